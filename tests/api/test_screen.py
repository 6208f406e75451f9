"""POST /screen: the engine's decision through HTTP, and every way a request can be wrong."""
from __future__ import annotations

import json

from api.schemas import EXAMPLE_REQUEST
from engine.law import rulebook
from engine.screening import screen as screening
from engine.facts import validation
from engine.facts.model import Application

from .conftest import DATE


def _expected(household: dict, day: str, request: dict | None = None) -> dict:
    app = Application.model_validate({"household": validation.parse_household(household), **(request or {})})
    return json.loads(screening.screen_application(app, day).model_dump_json())


def test_screen_returns_the_engines_decision(client, household):
    r = client.post("/screen", json={"household": household, "date": DATE})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body == _expected(household, DATE)
    assert body["ruleset_version"] == rulebook.default().version
    assert body["classification"]["label"]
    assert int(r.headers["X-Screening-Id"]) >= 1


def test_screen_reasons_carry_the_article_of_law(client, household):
    household["members"] = household["members"][:1]
    for m in household["members"]:
        m.update({"employment": "self_employed", "health_insurance": True})
    body = client.post("/screen", json={"household": household, "date": DATE}).json()
    c = body["classification"]
    text = " ".join(c["reasons"] + c["review_reasons"])
    assert "Điều" in text and ("Nghị định" in text or "Quyết định" in text)


def test_screen_answers_differ_by_reference_date(client, household):
    """The standard in force is picked by the reference date, not by today."""
    a = client.post("/screen", json={"household": household, "date": "2019-06-01"}).json()
    b = client.post("/screen", json={"household": household, "date": DATE}).json()
    assert a["classification"]["standard"] != b["classification"]["standard"]


def test_invalid_fields_are_named_in_vietnamese(client, household):
    household["members"][0]["birth_date"] = "14/12/1978"
    household["members"][1]["cccd"] = "0123"
    household["residence"]["area"] = "mountain"
    r = client.post("/screen", json={"household": household, "date": DATE})
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "invalid_input" and err["message"] == "Dữ liệu đầu vào không hợp lệ"
    by_field = {p["field"]: p for p in err["problems"]}
    assert set(by_field) == {"household.members[0].birth_date", "household.members[1].cccd", "household.residence.area"}
    assert by_field["household.members[1].cccd"]["message"] == "số CCCD phải gồm đúng 12 chữ số"
    assert by_field["household.members[0].birth_date"]["label"] == "hộ gia đình › thành viên số 1 › ngày sinh"
    assert "'14/12/1978'" in by_field["household.members[0].birth_date"]["message"]
    assert "{v" not in json.dumps(err)
    assert err["field"] in by_field


def test_missing_and_unknown_fields(client, household):
    del household["residence"]["commune_code"]
    household["thu_nhap"] = 5
    err = client.post("/screen", json={"household": household, "date": DATE}).json()["error"]
    msgs = {p["field"]: p["message"] for p in err["problems"]}
    assert msgs["household.residence.commune_code"] == "thiếu trường bắt buộc"
    assert "không có trong mẫu dữ liệu" in msgs["household.thu_nhap"]


def test_missing_date_and_household(client):
    err = client.post("/screen", json={}).json()["error"]
    assert {p["field"] for p in err["problems"]} == {"household", "date"}
    assert all(p["message"] == "thiếu trường bắt buộc" for p in err["problems"])


def test_member_born_after_reference_date(client, household):
    household["members"][2]["birth_date"] = "2026-01-05"
    r = client.post("/screen", json={"household": household, "date": DATE})
    assert r.status_code == 422
    p = r.json()["error"]["problems"][0]
    assert p["field"] == "household.members[2].birth_date"
    assert "sau ngày tham chiếu 14/12/2025" in p["message"]


def test_reference_date_outside_the_ruleset(client, household):
    r = client.post("/screen", json={"household": household, "date": "2040-01-01"})
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "invalid_reference_date" and err["field"] == "date"
    assert "nằm ngoài phạm vi bộ quy tắc" in err["message"]


def test_badly_written_reference_date(client, household):
    r = client.post("/screen", json={"household": household, "date": "14/12/2025"})
    assert r.status_code == 422
    p = r.json()["error"]["problems"][0]
    assert p["field"] == "date" and "YYYY-MM-DD" in p["message"]


def test_invalid_json_body(client):
    r = client.post("/screen", content=b'{"household": ', headers={"content-type": "application/json"})
    assert r.status_code == 422
    p = r.json()["error"]["problems"][0]
    assert p["field"] == "(gốc)" and "không phải JSON hợp lệ" in p["message"]


def test_body_must_be_an_object(client):
    r = client.post("/screen", json=[1, 2])
    assert r.status_code == 422
    assert r.json()["error"]["problems"][0]["message"]


def test_every_program_is_answered_without_a_request(client, household):
    body = client.post("/screen", json={"household": household, "date": DATE}).json()
    families = [f for f in rulebook.default().families.values() if f.resolution == "eligibility"]
    assert sorted(p["program"] for p in body["programs"]) == sorted(f.program for f in families)
    for p in body["programs"]:
        assert p["outcome"] in ("eligible", "not_eligible", "needs_review") and p["outcome_label"]
        assert p["citations"], p["program"]  # every answer cites its article of law


def test_loan_request_is_screened_and_recorded(client, household):
    r = client.post("/screen", json={"household": household, "date": DATE, "request": EXAMPLE_REQUEST})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body == _expected(household, DATE, EXAMPLE_REQUEST)
    assert {p["program"] for p in body["programs"]} == set(EXAMPLE_REQUEST["programs"])
    from api.db import ScreeningRecord

    with client.app.state.db.session() as s:
        rec = s.get(ScreeningRecord, int(r.headers["X-Screening-Id"]))
    assert rec.household["_request"]["requested_amount"] == EXAMPLE_REQUEST["requested_amount"]
    assert {p["program"]: p["outcome"] for p in rec.programs} == {p["program"]: p["outcome"] for p in body["programs"]}


def test_invalid_request_fields_are_named_under_request(client, household):
    bad = {"programs": ["vay_mua_xe"], "requested_amount": -5, "lending": {"savings_group_member": "có lẽ"}}
    r = client.post("/screen", json={"household": household, "date": DATE, "request": bad})
    assert r.status_code == 422
    problems = {p["field"]: p for p in r.json()["error"]["problems"]}
    assert set(problems) == {"request.programs[0]", "request.requested_amount", "request.lending.savings_group_member"}
    assert problems["request.requested_amount"]["label"].startswith("đề nghị vay › số tiền đề nghị vay")
    assert "chấp nhận" in problems["request.programs[0]"]["message"]
