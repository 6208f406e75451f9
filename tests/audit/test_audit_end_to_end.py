"""End to end: the LibreOffice-saved review list and loan book with planted targeting errors
(tests/fixtures/make_audit_fixture.py) → read → audit → reports; and the CLI on them.

The planted errors must all be found; no other household may get an inclusion, exclusion, window,
ceiling or misuse flag; every input row is accounted for; nothing personal reaches an output file.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

from engine.law import rulebook
from engine.audit.catalogue import FAMILIES
from engine.audit.driver import run_check
from engine.audit.excel import FAMILY_SHEETS

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(FIXTURES))
import make_audit_fixture as fx  # noqa: E402

REVIEW = FIXTURES / fx.REVIEW
LOANS = FIXTURES / fx.LOANS
DAY = fx.REVIEW_DATE
STRICT_FAMILIES = ("inclusion", "exclusion", "window", "ceiling", "misuse")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("e2e") / "bao_cao"
    return run_check([str(REVIEW)], DAY, out, loans_paths=[str(LOANS)], what_if=dt.date(2027, 1, 1))


def test_the_fixture_was_saved_by_libreoffice():
    for f in (REVIEW, LOANS):
        with zipfile.ZipFile(f) as z:
            assert "LibreOffice" in z.read("docProps/app.xml").decode("utf-8")
    wb = openpyxl.load_workbook(REVIEW)
    assert wb["Hộ gia đình"].merged_cells.ranges, "merged header cells expected"
    assert "UBND XÃ AN BÌNH" in str(wb["Hộ gia đình"]["A1"].value)


def test_the_fixture_still_sits_on_the_law_it_was_written_for(run):
    """The planted amounts were chosen against rules/ at the review date: re-derive them."""
    book = rulebook.default()
    line = book.parameters["poverty.income_line.rural"].at(DAY).value
    top = book.parameters["poverty.average_income_top.rural"].at(DAY).value
    hh = run.review.households.set_index("household_id")
    assert hh.loc["K01", "income_pc_month"] > top  # listed poor, above the average-living top
    band = run.result.settings.borderline_band
    assert abs(hh.loc["K07", "income_pc_month"] - line) <= band * line < line - hh.loc["K03", "income_pc_month"]
    loans = run.loans.loans.set_index("loan_id")
    cap = book.parameters["programs.poor_households.ceiling"].at(dt.date(2025, 4, 1)).value
    assert loans.loc["V051", "amount_disbursed"] < cap < loans.loc["V051", "amount_disbursed"] + loans.loc["V052", "amount_disbursed"]
    window = book.parameters["programs.newly_escaped_households.window_months"].at(dt.date(2025, 1, 20)).value
    assert (pd.Timestamp("2021-12-15") + pd.DateOffset(months=int(window))) <= loans.loc["V041", "disbursement_date"]


def test_every_planted_error_is_found(run):
    f = run.result.flags
    for code, hid, lid in fx.PLANTED:
        sel = f[f["code"] == code]
        if hid is not None:
            sel = sel[sel["household_id"] == hid]
        if lid is not None:
            sel = sel[sel["loan_id"] == lid]
        assert len(sel), f"not found: {code} {hid} {lid}"
        assert sel["message"].str.len().gt(20).all() and sel["citation"].str.len().gt(10).all()


def test_nothing_else_in_the_strict_families(run):
    f = run.result.flags
    f = f[f["family"].isin(STRICT_FAMILIES)]
    planted = {(c, h, l) for c, h, l in fx.PLANTED}
    extra = [(r.code, r.household_id, r.loan_id) for r in f.itertuples()
             if (r.code, r.household_id, r.loan_id) not in planted and (r.code, r.household_id, None) not in planted]
    assert not extra, extra


def test_every_row_is_accounted_for(run):
    acc = run.accounting
    assert acc["balanced"].all()
    assert (acc["rows_in"] == acc["clean"] + acc["rejected"] + acc["unread"]).all()
    rej = run.rejections
    for sheet, row, field in fx.REJECTED:
        assert ((rej["sheet"] == sheet) & (rej["row"] == row)).any(), (sheet, row, field)
    # every clean household row is in the decisions output, evaluated or with its reason
    hh = run.result.households
    assert set(hh["household_id"]) == set(run.review.households["household_id"])
    assert (hh["evaluated"] | hh["not_evaluated_reason"].notna()).all()
    assert len(run.result.loans) == len(run.loans.loans)


def test_reports_are_written(run):
    out = Path(run.outputs[0]).parent
    names = {p.name for p in out.iterdir()}
    assert {"bao_cao.xlsx", "bao_cao.html", "ket_qua_ho.csv", "ket_qua_ho.parquet", "canh_bao.csv", "canh_bao.parquet",
            "ket_qua_khoan_vay.csv", "ket_qua_khoan_vay.parquet", "dong_bi_tu_choi.csv", "doi_soat_dong.csv",
            "tom_tat.json", "chuan_moi.csv"} <= names
    assert not [n for n in out.parent.iterdir() if n.name.startswith(".bao_cao")], "temporary folder left behind"
    wb = openpyxl.load_workbook(out / "bao_cao.xlsx")
    assert wb.sheetnames[0] == "Tổng hợp"
    for fam, sheet in FAMILY_SHEETS.items():
        assert wb[sheet].auto_filter.ref, f"no filter on '{sheet}'"
    assert set(FAMILY_SHEETS) == set(FAMILIES)
    ws = wb["Đưa vào sai"]
    ids = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and re.fullmatch(r"K\d\d", c.value)}
    assert {"K01", "K03", "K06"} <= ids
    flags = pd.read_parquet(out / "canh_bao.parquet")
    assert len(flags) == len(run.result.flags)
    assert len(pd.read_csv(out / "ket_qua_ho.csv")) == len(run.result.households)
    summary = json.loads((out / "tom_tat.json").read_text(encoding="utf-8"))
    assert summary["flags"]["inclusion.listed_not_computed"] == 1 and summary["what_if_date"] == "2027-01-01"


def test_html_opens_offline(run):
    html = (Path(run.outputs[0]).parent / "bao_cao.html").read_text(encoding="utf-8")
    assert "<svg" in html and "<script" not in html.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html, re.I), "external resource in the report"
    assert not re.search(r"@import|url\(", html), "external stylesheet or font"
    for text in ("Tình trạng theo thôn", "Cảnh báo theo nhóm và mức độ", "Thôn Đông"):
        assert text in html


def test_no_personal_data_in_any_output(run):
    out = Path(run.outputs[0]).parent
    cccds = set(run.review.members["cccd"].dropna()) | set(run.loans.loans["borrower_cccd"].dropna())
    names = set(run.review.members["full_name"].dropna()) | set(run.loans.loans["borrower_name"].dropna()) \
        | set(run.loans.loans["group_leader"].dropna())
    assert cccds and names
    for p in out.iterdir():
        if p.suffix == ".xlsx":
            wb = openpyxl.load_workbook(p)
            text = "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
        elif p.suffix == ".parquet":
            text = pd.read_parquet(p).to_csv()
        else:
            text = p.read_text(encoding="utf-8-sig")
        leaked = [x for x in cccds | names if x in text]
        assert not leaked, f"{p.name}: {leaked[:3]}"


def test_cli_check_on_the_fixture(tmp_path):
    from cli.main import app

    out = tmp_path / "report"
    res = CliRunner().invoke(app, ["check", str(REVIEW), "--loans", str(LOANS), "--date", DAY.isoformat(), "--out",
                                   str(out), "--what-if", "2027-01-01", "--quiet"])
    assert res.exit_code == 0, res.output
    assert "Cảnh báo theo nhóm và mức độ" in res.output and "Đưa vào sai đối tượng" in res.output
    assert "Khi áp dụng chuẩn tại 01/01/2027" in res.output
    assert (out / "bao_cao.xlsx").exists()
    for x in ("001078000003", "Người ngoài"):
        assert x not in res.output


def test_cli_exits_non_zero_only_when_nothing_could_be_read(tmp_path):
    from cli.main import app

    runner = CliRunner()
    empty = tmp_path / "trong.csv"
    empty.write_text("", encoding="utf-8")
    res = runner.invoke(app, ["check", str(empty), "--date", DAY.isoformat(), "--out", str(tmp_path / "a"), "--quiet"])
    assert res.exit_code == 2
    assert "Không đọc được hộ nào" in res.output
    assert (tmp_path / "a" / "dong_bi_tu_choi.csv").exists()  # the reasons are still written
    # the loan book unreadable, the review list fine: the run goes on
    res = runner.invoke(app, ["check", str(REVIEW), "--loans", str(empty), "--date", DAY.isoformat(), "--out",
                              str(tmp_path / "b"), "--quiet"])
    assert res.exit_code == 0, res.output
    summary = json.loads((tmp_path / "b" / "tom_tat.json").read_text(encoding="utf-8"))
    assert "exclusion.outreach_no_loan" not in summary["flags"]  # an unreadable book is not "no loans"
    res = runner.invoke(app, ["check", str(REVIEW), "--date", "2040-01-01", "--out", str(tmp_path / "c")])
    assert res.exit_code == 2 and "ngoài phạm vi" in res.output
    res = runner.invoke(app, ["check", str(tmp_path / "khong_co.xlsx"), "--date", DAY.isoformat(), "--out",
                              str(tmp_path / "d")])
    assert res.exit_code == 2 and "Không tìm thấy" in res.output


def test_output_is_atomic(tmp_path, monkeypatch):
    from engine.audit import html as html_mod

    out = tmp_path / "report"
    run_check([str(REVIEW)], DAY, out)
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}

    def boom(*a, **k):
        raise RuntimeError("crash while writing")

    monkeypatch.setattr(html_mod, "write_html", boom)
    with pytest.raises(RuntimeError):
        run_check([str(REVIEW)], DAY, out, loans_paths=[str(LOANS)])
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before  # the previous report, untouched
    assert [p.name for p in tmp_path.iterdir()] == ["report"]  # no temporary folder left
    other = tmp_path / "khac"
    other.mkdir()
    (other / "thu.txt").write_text("x", encoding="utf-8")
    from engine.audit.outputs import OutputError

    with pytest.raises(OutputError):
        run_check([str(REVIEW)], DAY, other)
    assert (other / "thu.txt").exists()


def test_the_readers_fixture_every_row_accounted_for(tmp_path):
    """The readers' LibreOffice fixture (bad rows planted): rejected rows keep their row numbers, households
    left without members are listed as not evaluated with the reason, and the rest is checked."""
    run = run_check([str(FIXTURES / "libreoffice_ds_ho.xlsx")], DAY, tmp_path / "r",
                    loans_paths=[str(FIXTURES / "libreoffice_so_vay.xlsx")])
    acc = run.accounting
    assert acc["balanced"].all()
    hh = run.result.households
    not_ev = hh[~hh["evaluated"]]
    assert len(not_ev) and not_ev["not_evaluated_reason"].str.contains("không có thành viên").all()
    assert set(run.result.not_evaluated["source_row"]) == set(
        run.review.households.set_index("household_id").loc[list(not_ev["household_id"]), "source_row"])
    households_row = acc[(acc["table"] == "hộ gia đình")].iloc[0]
    assert households_row["evaluated"] + households_row["not_evaluated"] == households_row["clean"]
    assert (run.rejections["row"].notna() | run.rejections["reason"].str.len().gt(0)).all()
    assert len(run.result.loans) == len(run.loans.loans)


def test_reports_cite_the_law_not_our_reference(run):
    """Commune staff do not have our legal reference: no 'POLICY §', no reading id like '(D9)' or 'D5 ('
    in what the check writes (the readings appear in plain words; the ids stay in docs/decisions.md)."""
    out = Path(run.outputs[0]).parent
    found = {}
    for p in out.iterdir():
        if p.suffix == ".xlsx":
            wb = openpyxl.load_workbook(p)
            text = "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
        elif p.suffix in (".csv", ".html"):
            text = p.read_text(encoding="utf-8-sig")
        else:
            continue
        hits = re.findall(r"POLICY|§\s?\d|\(D\d\)|\bD\d \(|\bD\d:", text)
        if hits:
            found[p.name] = sorted(set(hits))
    assert not found, found
