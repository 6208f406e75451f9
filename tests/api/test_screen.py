"""POST /screen: the engine's decision through HTTP, and every way a request can be wrong."""
from __future__ import annotations

import json

from engine import rulebook, screening, validation

from .conftest import DATE


def _expected(household: dict, day: str) -> dict:
    return json.loads(screening.screen(validation.parse_household(household), day).model_dump_json())


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


def test_loan_request_is_accepted_and_recorded(client, household):
    req = {"program": "poor_household", "amount": 50_000_000, "term_months": 36}
    r = client.post("/screen", json={"household": household, "date": DATE, "request": req})
    assert r.status_code == 200
    db = client.app.state.db
    from api.db import ScreeningRecord

    with db.session() as s:
        rec = s.get(ScreeningRecord, int(r.headers["X-Screening-Id"]))
    assert rec.household["_request"] == req
