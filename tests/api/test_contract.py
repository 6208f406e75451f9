"""The four contract failures of issue 14, each pinned: strict types, the covered range in the schema,
`files` required, and links from POST /checks to the job."""
from __future__ import annotations

import datetime as dt
import re

from api.schemas import date_range_pattern
from engine.law import rulebook

DATE = "2025-12-14"


def test_a_boolean_is_not_a_living_area(client, household):
    household["housing"]["living_area_m2"] = False
    r = client.post("/screen", json={"household": household, "date": DATE})
    assert r.status_code == 422
    assert r.json()["error"]["problems"][0]["field"].endswith("living_area_m2")
    household["housing"]["living_area_m2"] = 36  # an integer is still a number of square metres
    assert client.post("/screen", json={"household": household, "date": DATE}).status_code == 200


def test_a_number_is_not_a_date(client):
    r = client.get("/parameters/poverty.income_line.rural", params={"date": "0"})
    assert r.status_code == 422
    assert "YYYY-MM-DD" in r.json()["error"]["problems"][0]["message"]
    assert client.get("/parameters/poverty.income_line.rural", params={"date": DATE}).status_code == 200


def test_the_schema_declares_the_covered_dates_from_rules(client, household):
    first, last = rulebook.default().coverage
    spec = client.get("/openapi.json").json()
    date_schema = spec["components"]["schemas"]["ScreenRequest"]["properties"]["date"]
    pattern = re.compile(date_schema["pattern"])
    assert pattern.match(first.isoformat()) and pattern.match(last.isoformat())
    assert not pattern.match((first - dt.timedelta(days=1)).isoformat())
    assert not pattern.match((last + dt.timedelta(days=1)).isoformat())
    assert not pattern.match("2000-01-01")
    form = spec["components"]["schemas"]["Body_create_check_checks_post"]
    assert form["properties"]["date"]["pattern"] == date_schema["pattern"]
    assert client.post("/screen", json={"household": household, "date": "2000-01-01"}).status_code == 422


def test_the_pattern_is_exact_for_any_range():
    first, last = dt.date(2016, 3, 5), dt.date(2018, 2, 10)
    pattern = re.compile(date_range_pattern(first, last))
    day, wrong = dt.date(2015, 12, 1), []
    while day < dt.date(2018, 4, 1):
        if bool(pattern.match(day.isoformat())) != (first <= day <= last):
            wrong.append(day)
        day += dt.timedelta(days=1)
    assert wrong == []


def test_files_are_required_and_the_job_is_linked(client):
    spec = client.get("/openapi.json").json()
    form = spec["components"]["schemas"]["Body_create_check_checks_post"]
    assert "files" in form["required"] and form["properties"]["files"]["minItems"] == 1
    r = client.post("/checks", data={"date": DATE})
    assert r.status_code == 422 and r.json()["error"]["field"] == "files"
    links = spec["paths"]["/checks"]["post"]["responses"]["202"]["links"]
    assert links["GetCheck"] == {"operationId": "get_check", "parameters": {"job_id": "$response.body#/id"},
                                 "description": links["GetCheck"]["description"]}
    report_link = spec["paths"]["/checks/{job_id}"]["get"]["responses"]["200"]["links"]["GetCheckReport"]
    assert report_link["operationId"] == "check_report"
    assert report_link["parameters"]["name"] == "$response.body#/reports/0/name"
