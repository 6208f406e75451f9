"""A real browser: Debian's chromium driven by Playwright against a live uvicorn on 127.0.0.1.

Fills the form for a household (adding a member row), reads the result, then uploads a small batch
and waits for the report link. `make test` installs chromium (apt) and Playwright (pip) first.
"""
from __future__ import annotations

import json
import os
import shutil

import pytest

from engine.screening import screen as screening
from engine.facts import validation

from .conftest import DATE

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    path = os.environ.get("DDT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Không tìm thấy chromium: cài bằng `apt-get install -y chromium` (make test tự cài)")
    return path


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), headless=True, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def test_screen_a_household_in_the_browser(page, live_server, tmp_path):
    page.goto(live_server.url + "/")
    assert page.title().startswith("Xét một hộ")
    page.fill("#f-household_id", "DB-0007")
    page.fill("#f-date", DATE)
    page.fill("#f-operator", "Lò Văn Páo")
    page.fill("#f-residence-province_code", "11")
    page.fill("#f-residence-commune_code", "03200")
    page.fill("#f-income_pc_month", "1.180.000")
    page.fill("#f-members-0-birth_date", "1975-04-02")
    page.select_option("#f-members-0-health_insurance", "true")
    page.select_option("#f-members-0-employment", "self_employed")
    page.click("button[value=add_member]")
    page.fill("#f-members-1-birth_date", "2013-09-01")
    page.fill("#f-members-1-cccd", "123")  # wrong on purpose: the server's message shows inline
    page.click("button[value=screen]")
    page.wait_for_selector("#err-members-1-cccd")
    assert page.text_content("#err-members-1-cccd").strip().endswith("số CCCD phải gồm đúng 12 chữ số")
    assert page.input_value("#f-income_pc_month") == "1.180.000"  # nothing typed is lost
    page.fill("#f-members-1-cccd", "")
    page.select_option("#f-members-1-school_attendance", "appropriate")
    page.click("button[value=screen]")
    page.wait_for_selector(".verdict-label")

    household = {"household_id": "DB-0007",
                 "residence": {"province_code": "11", "commune_code": "03200", "area": "rural"},
                 "members": [{"birth_date": "1975-04-02", "relation": "head", "health_insurance": True,
                              "employment": "self_employed"},
                             {"birth_date": "2013-09-01", "relation": "child", "school_attendance": "appropriate"}],
                 "income_pc_month": 1180000}
    expected = screening.screen(validation.parse_household(household), DATE)
    assert page.text_content(".verdict-label").strip() == expected.classification.label
    assert page.get_attribute(".verdict-label", "data-outcome") == expected.classification.outcome
    reasons = [r.strip() for r in page.locator("ul.reasons li").all_text_contents()]
    assert reasons[:len(expected.classification.reasons + expected.classification.review_reasons)] == \
        expected.classification.reasons + expected.classification.review_reasons
    assert "14/12/2025" in page.text_content(".meta")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"trang rộng {width}px, tràn màn hình 360px"
    page.screenshot(path=str(tmp_path / "ket-qua-360.png"), full_page=True)
    page.emulate_media(media="print")
    assert not page.is_visible("header.top") and not page.is_visible(".actions")


def test_upload_a_batch_in_the_browser(page, live_server, tmp_path):
    batch = [{"household_id": f"L-{i}", "residence": {"province_code": "15", "commune_code": "80", "area": "rural"},
              "members": [{"birth_date": "1980-01-01", "relation": "head"}], "income_pc_month": 900_001 + 250_000 * i}
             for i in range(5)]
    path = tmp_path / "danh-sach.json"
    path.write_text(json.dumps(batch), encoding="utf-8")
    page.goto(live_server.url + "/kiem-tra")
    page.set_input_files("#f-files", str(path))
    page.fill("#f-date", DATE)
    page.click("button[type=submit]")
    page.wait_for_url("**/kiem-tra/*")
    link = page.wait_for_selector("a.report-link", timeout=30_000)  # the page refreshes itself until done
    assert page.get_attribute(".job-status", "data-status") == "done"
    with page.expect_download() as dl:
        link.click()
    saved = tmp_path / dl.value.suggested_filename
    dl.value.save_as(saved)
    assert saved.suffix == ".xlsx" and saved.stat().st_size > 0
    from openpyxl import load_workbook

    assert load_workbook(saved)["Kết quả từng hộ"].max_row == len(batch) + 1
