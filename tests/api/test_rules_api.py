"""GET /rules, /rules/{id}, /parameters, /parameters/{id}?date=, /health, /version — against rules/ itself."""
from __future__ import annotations

import datetime as dt

from engine.law import rulebook
from engine.law.citations import public_instrument


def test_rules_lists_every_rule_with_citation_and_dates(client):
    book = rulebook.default()
    body = client.get("/rules").json()
    assert body["ruleset_version"] == book.version
    assert [r["id"] for r in body["rules"]] == [r.id for r in book.rules]
    for out, rule in zip(body["rules"], book.rules):
        assert out["citation"]["instrument"] == rule.source.instrument
        assert out["citation"]["article"] == rule.source.article
        assert out["citation"]["confidence"] == rule.source.confidence
        assert out["citation"]["unverified"] == (rule.source.confidence == "U")
        assert out["effective_from"] == rule.start.isoformat() and out["effective_to"] == rule.end.isoformat()
        assert out["conditions"] and all(c["text"] for c in out["conditions"])


def test_one_rule(client):
    rule = rulebook.default().rules[0]
    body = client.get(f"/rules/{rule.id}").json()
    assert body["id"] == rule.id and body["title"] == rule.title


def test_unknown_rule_is_404(client):
    r = client.get("/rules/khong.co.quy_tac")
    assert r.status_code == 404
    err = r.json()["error"]
    assert err["code"] == "rule_not_found" and "khong.co.quy_tac" in err["message"]


def test_parameters_list(client):
    body = client.get("/parameters").json()
    assert [p["id"] for p in body["parameters"]] == list(rulebook.default().parameters)


def test_parameter_value_at_each_effective_date(client):
    book = rulebook.default()
    for name, param in book.parameters.items():
        for v in param.values:
            day = v.start
            body = client.get(f"/parameters/{name}", params={"date": day.isoformat()}).json()
            assert body["at_date"]["value"] == param.at(day).value, name
            # what users see: the instrument without our note on its source (engine/law/citations.py)
            assert body["at_date"]["citation"]["instrument"] == public_instrument(param.at(day).source.instrument)
            before = day - dt.timedelta(days=1)
            at_before = param.at(before)
            got = client.get(f"/parameters/{name}", params={"date": before.isoformat()}).json()["at_date"]
            assert (got is None) == (at_before is None)


def test_unknown_value_is_marked_unverified(client):
    book = rulebook.default()
    for name, param in book.parameters.items():
        for i, v in enumerate(param.values):
            out = client.get(f"/parameters/{name}").json()["values"][i]
            assert out["citation"]["unverified"] == (v.source.confidence == "U")
            if v.value is None:
                assert "căn cứ chưa xác minh" in out["display"]


def test_parameter_errors(client):
    r = client.get("/parameters/khong.co")
    assert r.status_code == 404 and r.json()["error"]["code"] == "parameter_not_found"
    r = client.get("/parameters/poverty.income_line.rural", params={"date": "31/12/2025"})
    assert r.status_code == 422
    p = r.json()["error"]["problems"][0]
    assert p["field"] == "date" and "YYYY-MM-DD" in p["message"]


def test_health_and_version(client):
    assert client.get("/health").json()["status"] == "ok"
    v = client.get("/version").json()
    book = rulebook.default()
    assert v["ruleset_version"] == book.version and v["ruleset_name"] == book.name
    assert v["coverage_from"] == book.coverage[0].isoformat()
    assert v["app_version"]
