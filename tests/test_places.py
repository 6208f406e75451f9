"""Where a list is from (issue 11): row columns, title block, file name, --tinh/--xa; the units in force."""
from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from cli.main import app
from engine import places
from engine.places import FROM_FILE_NAME, FROM_OPTION, FROM_ROW, FROM_TITLE, Hint, Place, PlaceProblem, units
from engine.reading import read_review_list

REF = dt.date(2025, 12, 14)
BA_TO = "21484"  # Xã Ba Tơ, Quảng Ngãi (GSO code in vietnam-provinces)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def test_the_units_in_force_are_the_34_provinces_and_their_communes():
    d = units.directory()
    assert len(d.provinces) == 34
    assert 3000 < len(d.communes) < 3500
    assert units.commune(BA_TO).name == "Xã Ba Tơ" and units.commune(BA_TO).province_code == "51"
    assert all(u.province_code == "46" for u in units.communes_of("46"))


@pytest.mark.parametrize("title", [
    ["ỦY BAN NHÂN DÂN XÃ BA TƠ", "TỈNH QUẢNG NGÃI"],
    ["Ủy ban nhân dân xã Ba Tơ", "Tỉnh Quảng Ngãi"],
    [nfd("UBND XÃ BA TƠ"), nfd("TỈNH QUẢNG NGÃI")],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "UBND xã Ba Tơ, tỉnh Quảng Ngãi"],
])
def test_title_block_spellings_give_the_same_commune(title):
    found = places.resolve([places.scan(title)])
    assert isinstance(found, Place) and found.commune.code == BA_TO and found.source == FROM_TITLE


def test_tp_abbreviation_names_a_city_province():
    found = places.resolve([places.scan(["UBND PHƯỜNG THUẬN HÓA", "TP. HUẾ"])])
    assert (found.province.name, found.commune.name) == ("Thành phố Huế", "Phường Thuận Hóa")


def test_without_diacritics_two_communes_of_one_province_must_be_chosen():
    found = places.resolve([places.scan(["UBND XA BA TO", "TINH QUANG NGAI"])])
    assert isinstance(found, PlaceProblem) and found.code == "ambiguous_place"
    assert "Xã Ba Tô" in found.reason and "Xã Ba Tơ" in found.reason and "hãy chọn" in found.reason


def test_a_name_in_several_provinces_is_narrowed_by_the_province():
    assert places.resolve([Hint(None, "An Bình")]).code == "ambiguous_place"
    found = places.resolve([Hint("Phú Thọ", "An Bình")])
    assert found.commune.name == "Xã An Bình" and found.province.code == "25"


def test_order_row_then_title_then_file_name_then_option():
    row, title = Hint(None, "Ba Tô", FROM_ROW), Hint("Quảng Ngãi", "Ba Tơ", FROM_TITLE)
    option = Hint(None, BA_TO, FROM_OPTION)
    assert places.resolve([row, title, option]).commune.name == "Xã Ba Tô"
    assert places.resolve([title, option]).source == FROM_TITLE
    assert places.resolve([places.from_file_name("ds_ho_phuong_thuan_hoa_hue.xlsx")]).source == FROM_FILE_NAME
    assert places.resolve([option]).commune.code == BA_TO


def test_a_commune_code_of_another_province_is_refused():
    found = places.resolve([Hint("Thành phố Huế", BA_TO)])
    assert found.code == "unknown_place" and "không thuộc" in found.reason


def _office_list(path: Path, title: list[str], n: int = 3) -> Path:
    """A commune's list as offices make it: title block, no code columns, a members sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Hộ gia đình"
    for t in title + ["", "DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025"]:
        ws.append([t])
    ws.append(["STT", "Mã hộ", "Thôn", "Khu vực", "Thu nhập bình quân (đồng/người/tháng)"])
    for i in range(n):
        ws.append([i + 1, f"H{i:03d}", "Thôn 1", "Nông thôn", "1.200.000"])
    mem = wb.create_sheet("Thành viên")
    mem.append(["Mã hộ", "Ngày sinh", "Quan hệ với chủ hộ"])
    for i in range(n):
        mem.append([f"H{i:03d}", "01/01/1980", "Chủ hộ"])
    wb.save(path)
    return path


def test_a_list_without_code_columns_takes_its_place_from_the_title_block(tmp_path):
    r = read_review_list(_office_list(tmp_path / "ds.xlsx", ["ỦY BAN NHÂN DÂN XÃ BA TƠ", "TỈNH QUẢNG NGÃI"]), REF)
    assert not r.rejections and len(r.households) == 3
    assert set(r.households["commune_code"]) == {BA_TO} and set(r.households["province_code"]) == {"51"}
    assert set(r.households["place_source"]) == {FROM_TITLE}
    assert r.places == [f"Xã Ba Tơ (mã {BA_TO}), tỉnh Quảng Ngãi (mã 51) — lấy từ {FROM_TITLE}: 3 hộ"]


def test_check_on_an_office_list_checks_every_household_and_says_where_the_place_came_from(tmp_path):
    src = _office_list(tmp_path / "ds.xlsx", ["UBND XÃ BA TƠ", "TỈNH QUẢNG NGÃI"])
    res = CliRunner().invoke(app, ["check", str(src), "--date", REF.isoformat(), "--out", str(tmp_path / "out"),
                                   "--quiet"])
    assert res.exit_code == 0, res.output
    assert "Xã Ba Tơ" in res.output and "khối tiêu đề" in res.output
    summary = openpyxl.load_workbook(tmp_path / "out" / "bao_cao.xlsx", read_only=True)["Tổng hợp"]
    assert any("Địa bàn: Xã Ba Tơ" in str(c.value) for row in summary.iter_rows(max_row=8) for c in row)


def test_check_without_any_place_stops_with_what_was_looked_for_and_writes_nothing(tmp_path):
    src = _office_list(tmp_path / "ds.xlsx", ["DANH SÁCH"])
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["check", str(src), "--date", REF.isoformat(), "--out", str(out), "--quiet"])
    assert res.exit_code == 2 and not out.exists()
    assert "khối tiêu đề" in res.output and "--xa" in res.output and "Traceback" not in res.output
    res = CliRunner().invoke(app, ["check", str(src), "--date", REF.isoformat(), "--out", str(out), "--quiet",
                                   "--tinh", "Quảng Ngãi", "--xa", "Ba Tơ"])
    assert res.exit_code == 0 and "tham số" in res.output
