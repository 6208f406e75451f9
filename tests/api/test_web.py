"""The Vietnamese web pages, through the ASGI app (the real browser test is test_browser.py)."""
from __future__ import annotations

import json
import re

from markupsafe import escape

from engine.decisions import fmt
from engine.law import rulebook
from engine.screening import screen as screening
from engine.facts import validation
from engine.facts.model import Application

from .conftest import DATE, wait_for_job

BASE_FORM = {"date": DATE, "residence.area": "rural", "residence.province_code": "11", "residence.commune_code": "03200",
             "members[0].birth_date": "1975-04-02", "members[0].relation": "head"}


def test_form_has_defaults_and_one_member_row(client):
    html = client.get("/").text
    assert '<html lang="vi">' in html and "Xét một hộ gia đình" in html
    assert 'name="members[0].birth_date"' in html and 'name="members[1].birth_date"' not in html
    assert re.search(r'name="date"[^>]*value="\d{4}-\d{2}-\d{2}"', html)
    assert re.search(r'<option value="head" selected>Chủ hộ</option>', html)


def test_add_and_remove_member_rows_without_javascript(client):
    html = client.post("/xet", data={**BASE_FORM, "action": "add_member"}).text
    assert 'name="members[1].birth_date"' in html and "Thành viên (2)" in html
    form = {**BASE_FORM, "members[1].birth_date": "2010-01-01", "members[1].relation": "child",
            "members[2].birth_date": "2012-02-02", "members[2].relation": "child", "action": "remove_member:1"}
    html = client.post("/xet", data=form).text
    assert "Thành viên (2)" in html and 'value="2012-02-02"' in html and 'value="2010-01-01"' not in html


def test_inline_errors_come_from_the_engine(client):
    form = {**BASE_FORM, "members[0].cccd": "12345", "income_pc_month": "mười triệu", "residence.commune_code": ""}
    r = client.post("/xet", data={**form, "action": "screen"})
    assert r.status_code == 422
    html = r.text
    assert "Có 3 lỗi cần sửa" in html
    assert "số CCCD phải gồm đúng 12 chữ số" in html and "phải là số nguyên" in html
    assert re.search(r'name="members\[0\]\.cccd" id="f-members-0-cccd" aria-invalid="true"', html)
    assert 'href="#f-residence-commune_code"' in html
    assert 'value="mười triệu"' in html  # what was typed is kept


def test_result_page_matches_the_engine(client):
    form = {**BASE_FORM, "income_pc_month": "1.180.000", "members[0].health_insurance": "true",
            "members[0].employment": "self_employed", "water_source": "piped", "latrine": "septic"}
    r = client.post("/xet", data={**form, "action": "screen"})
    assert r.status_code == 200, r.text
    expected_hh = {"household_id": "HO-WEB", "residence": {"area": "rural", "province_code": "11", "commune_code": "03200"},
                   "members": [{"birth_date": "1975-04-02", "relation": "head", "health_insurance": True,
                                "employment": "self_employed"}],
                   "water_source": "piped", "latrine": "septic", "income_pc_month": 1180000}
    d = screening.screen_application(Application(household=validation.parse_household(expected_hh)), DATE)
    assert f'data-outcome="{d.classification.outcome}">{d.classification.label}<' in r.text
    for reason in d.classification.reasons + d.classification.review_reasons:
        assert str(escape(reason)) in r.text
    assert "window.print()" in r.text and "14/12/2025" in r.text
    assert d.programs
    for p in d.programs:  # one card per program: verdict, amount still available, papers, cited reasons
        card = r.text.split(f'data-program="{p.program}"', 1)[1].split('<div class="program ', 1)[0]
        assert f'<span class="badge">{p.outcome_label}</span>' in card
        if p.remaining_amount is not None:
            assert fmt.money(p.remaining_amount, p.amount_unit) in card
        for paper in p.papers:
            assert str(escape(paper)) in card
        for c in p.citations:
            assert str(escape(c.instrument)) in card


def test_loan_request_fields_reach_the_engine(client):
    form = {**BASE_FORM, "request.programs": "rural_water_supply", "request.requested_amount": "abc",
            "request.lending.savings_group_member": "true", "action": "screen"}
    r = client.post("/xet", data=form)
    assert r.status_code == 422 and 'id="f-request-requested_amount" aria-invalid="true"' in r.text
    form["request.requested_amount"] = "12.000.000"
    r = client.post("/xet", data=form)
    assert r.status_code == 200
    assert r.text.count('data-program="') == 1 and 'data-program="rural_water_supply"' in r.text


def test_reference_date_error_is_shown_on_the_form(client):
    r = client.post("/xet", data={**BASE_FORM, "date": "2040-01-01", "action": "screen"})
    assert r.status_code == 422 and "nằm ngoài phạm vi bộ quy tắc" in r.text


def test_rules_page_shows_citations_dates_and_unverified(client):
    html = client.get("/quy-tac").text
    book = rulebook.default()
    for rule in book.rules:
        assert f'id="{rule.id}"' in html
    for p in book.parameters.values():
        assert f'id="{p.name}"' in html
    tagged_u = sum(v.source.confidence == "U" for p in book.parameters.values() for v in p.values) + \
        sum(r.source.confidence == "U" for r in book.rules)
    # every U-tagged rule and value carries the words, once each (plus once in the legend)
    assert html.count('<span class="tag tag-u">căn cứ chưa xác minh</span>') == tagged_u + 1
    assert "Nghị định 07/2021/NĐ-CP" in html


def test_upload_page_and_progress_page(client):
    assert 'type="file"' in client.get("/kiem-tra").text
    payload = json.dumps([{"household_id": "X1", "residence": {"province_code": "1", "commune_code": "2", "area": "urban"},
                           "members": [{"birth_date": "1980-01-01", "relation": "head"}]}]).encode()
    r = client.post("/kiem-tra", files={"files": ("ds.json", payload, "application/json")},
                    data={"date": DATE, "operator": "Cán bộ"}, follow_redirects=False)
    assert r.status_code == 303
    job_id = r.headers["location"].rsplit("/", 1)[-1]
    wait_for_job(client, job_id)
    html = client.get(r.headers["location"]).text
    assert 'data-status="done"' in html and "Báo cáo Excel" in html and 'http-equiv="refresh"' not in html


def test_upload_page_error(client):
    r = client.post("/kiem-tra", files={"files": ("ds.txt", b"x", "text/plain")}, data={"date": DATE})
    assert r.status_code == 422 and "chưa được hỗ trợ" in r.text


def test_pages_load_nothing_from_outside(client):
    for path in ("/", "/kiem-tra", "/quy-tac"):
        html = client.get(path).text
        assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', html), path
    css = client.get("/static/style.css").text
    assert "url(" not in css and "@import" not in css
    assert "@media print" in css and "max-width" in css


def test_sample_household_fills_the_form_and_screens_like_the_file(client):
    from api.web import SAMPLE_HOUSEHOLD

    sample = json.loads(SAMPLE_HOUSEHOLD.read_text(encoding="utf-8"))
    html = client.get("/?mau=1").text
    assert f'value="{sample["household_id"]}"' in html
    assert f'Thành viên ({len(sample["members"])})' in html
    # submit exactly what the page shows: the result equals the engine's on the file itself
    fields = dict(re.findall(r'<input type="(?:text|date)" name="([^"]+)" id="[^"]+" value="([^"]*)"', html))
    fields.update(re.findall(r'<select name="([^"]+)"[^>]*>(?:(?!</select>).)*?<option value="([^"]*)" selected', html, re.S))
    fields["information_assets"] = re.findall(r'name="information_assets" value="([^"]+)" checked', html)
    if 'name="assets_known" value="1" checked' in html:
        fields["assets_known"] = "1"
    r = client.post("/xet", data={**fields, "date": DATE, "action": "screen"})
    assert r.status_code == 200, r.text[:2000]
    d = screening.screen_application(Application(household=validation.parse_household(sample)), DATE)
    assert f'data-outcome="{d.classification.outcome}">{d.classification.label}<' in r.text
