"""The review loop: review-sheet exports every scenario, a reviewer answers in an office suite,
review-import reads the answers back and reports disputes and comments grouped by rule."""
from __future__ import annotations

import importlib.util
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from cli.main import app
from engine.review import results, sheet

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "libreoffice_ra_soat_kich_ban.xlsx"


def _fixture_answers() -> dict:
    spec = importlib.util.spec_from_file_location("make_review_fixture", ROOT / "tests" / "fixtures" / "make_review_fixture.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ANSWERS


@pytest.fixture(scope="module")
def exported(review_cases, review_runs, tmp_path_factory):
    path = tmp_path_factory.mktemp("sheet") / "review.xlsx"
    assert sheet.write_sheet(path, review_cases, review_runs) == len(review_cases)
    return path


def test_the_sheet_has_every_scenario_with_its_id_text_and_reviewer_columns(exported, review_cases, review_runs):
    ws = openpyxl.load_workbook(exported)[sheet.SHEET]
    header = [c.value for c in ws[1]]
    assert header == [title for _, title, _ in sheet.COLUMNS]
    assert {"Đồng ý", "Không đồng ý", "Ghi chú"} <= set(header)
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert len(rows) == len(review_cases)
    for c in review_cases:
        row = dict(zip(header, rows[c.uid]))
        assert row["Nội dung (tiếng Việt)"] == c.text()
        if c.rules:
            assert row["Quy tắc / thẻ"].split("\n") == c.rules
        run = results.for_case(review_runs, c)
        assert row["Kết quả lần chạy gần nhất"] == (run.label if run else "chưa chạy")
        assert row["Đồng ý"] is None and row["Không đồng ý"] is None and row["Ghi chú"] is None


def test_answers_read_back_grouped_by_rule(exported, review_cases, tmp_path):
    wb = openpyxl.load_workbook(exported)
    ws = wb[sheet.SHEET]
    header = [c.value for c in ws[1]]
    col = {t: i + 1 for i, t in enumerate(header)}
    with_rule = [c for c in review_cases if c.rules][:3]
    answers = {with_rule[0].uid: (None, "x", "Sai mức chuẩn nghèo"), with_rule[1].uid: ("x", None, "Nên thêm ví dụ"),
               with_rule[2].uid: ("x", None, None)}
    for row in range(2, ws.max_row + 1):
        uid = ws.cell(row=row, column=col["Mã kịch bản"]).value
        if uid in answers:
            for title, value in zip(("Đồng ý", "Không đồng ý", "Ghi chú"), answers[uid]):
                ws.cell(row=row, column=col[title]).value = value
    path = tmp_path / "answered.xlsx"
    wb.save(path)
    review = sheet.read_sheet(path, review_cases)
    assert [a.uid for a in review.disputed] == [with_rule[0].uid]
    assert review.disputed[0].comment == "Sai mức chuẩn nghèo"
    assert [a.uid for a in review.commented] == [with_rule[1].uid]
    assert len(review.agreed) == 2 and len(review.unanswered) == len(review_cases) - 3
    groups = review.by_rule()
    assert set(groups) == set(with_rule[0].rules) | set(with_rule[1].rules)
    for rule in with_rule[0].rules:
        assert with_rule[0].uid in [a.uid for a in groups[rule]]


def test_a_sheet_saved_by_libreoffice_reads_back(review_cases):
    with zipfile.ZipFile(FIXTURE) as z:
        assert "LibreOffice" in z.read("docProps/app.xml").decode("utf-8")
    answers = _fixture_answers()
    review = sheet.read_sheet(FIXTURE, review_cases)
    got = {a.uid: a for a in review.answers if a.agree or a.disagree or a.comment}
    assert set(got) == set(answers)
    for uid, (agree, disagree, comment) in answers.items():
        a = got[uid]
        assert (a.agree, a.disagree, a.comment) == (agree is not None, disagree is not None, comment or ""), uid
    by_rule = review.by_rule()
    for a in review.disputed + review.commented:
        assert a.rules, a.uid  # the sheet's own rule / tag column, even for a scenario with no rule tag
        for r in a.rules:
            assert a in by_rule[r]
    assert not [a for a in review.answers if a.agree and a.disagree and not a.disputed]


def test_review_import_prints_and_writes_the_disputes(tmp_path):
    out = tmp_path / "y-kien.txt"
    result = CliRunner().invoke(app, ["review-import", str(FIXTURE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    answers = _fixture_answers()
    disputed = [uid for uid, (_, disagree, _) in answers.items() if disagree]
    for uid in disputed:
        assert uid in result.output
    assert "Không đồng ý".upper() in result.output.upper()
    written = out.read_text(encoding="utf-8")
    assert all(uid in written for uid in disputed)
    doc = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert doc["counts"]["disputed"] == len(disputed)
    listed = {x["uid"] for group in doc["by_rule"].values() for x in group if x["disagree"]}
    assert listed == set(disputed)


def test_review_sheet_command_and_a_file_that_is_not_a_sheet(tmp_path):
    out = tmp_path / "review.xlsx"
    result = CliRunner().invoke(app, ["review-sheet", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(out)[sheet.SHEET].max_row > 1
    bad = tmp_path / "khong-phai.xlsx"
    bad.write_text("không phải bảng tính", encoding="utf-8")
    result = CliRunner().invoke(app, ["review-import", str(bad)])
    assert result.exit_code == 2
    assert "Không đọc được tệp" in result.output
    assert "Traceback" not in result.output


def test_review_book_command(tmp_path, review_runs):
    runs_file = tmp_path / "results.json"
    results.save(review_runs, runs_file)
    result = CliRunner().invoke(app, ["review-book", "--out", str(tmp_path / "book"), "--results", str(runs_file)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "book" / "index.html").exists() and (tmp_path / "book" / "style.css").exists()
    assert "Quy tắc có kịch bản" in result.output
