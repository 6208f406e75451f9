"""Reading the review list and the loan book (engine/reading): formats, headers, values, bad input."""
from __future__ import annotations

import datetime as dt
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from engine.facts import model
from engine.facts.columns import TABLES
from engine.reading import BadValue, read_frames, read_loan_book, read_review_list
from engine.reading import parsers, vocab
from engine.reading.headers import index
from engine.reading.result import DTYPES
from engine.reading.text import key

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
REF = dt.date(2025, 12, 14)
LABEL = {t: {c.name: c.label for c in cols} for t, cols in TABLES.items()}


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def canonical(df: pd.DataFrame, table: str) -> pd.DataFrame:
    return df[[c.name for c in TABLES[table]]].reset_index(drop=True)


def codes(result):
    return sorted((Path(r.file).name, r.sheet, r.row, r.field, r.code) for r in result.rejections)


def write_xlsx(path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list], sep: str = ",", encoding: str = "utf-8-sig") -> Path:
    import csv

    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=sep).writerows(rows)
    return path


# ------------------------------------------------------------------ sample canonical tables

def sample_tables() -> dict[str, pd.DataFrame]:
    hh = pd.DataFrame({
        "household_id": ["H001", "H002", "H003"], "province_code": ["01", "79", "01"],
        "province_name": ["Hà Nội", "TP Hồ Chí Minh", None], "district_code": ["001", None, "002"],
        "district_name": ["Ba Đình", None, None], "commune_code": ["00004", "26734", "00007"],
        "commune_name": ["Phúc Xá", "Bến Nghé", None], "village_code": [None, "T1", None],
        "village_name": ["Thôn 1", None, None], "area": ["rural", "urban", "rural"],
        "income_pc_month": [1200000, None, 2500000], "living_area_m2": [30.0, 25.5, None],
        "wall": ["durable", "non_durable", None], "column": ["durable", None, None], "roof": [None, "durable", None],
        "water_source": ["piped", "surface_water", None], "latrine": ["septic", "none", None],
        "internet_use": [True, False, None], "information_assets": ["tv;radio", "computer", None],
        "loudspeaker_reach": [None, True, False], "recognised_status": ["poor", "near_poor", None],
        "status_decision_date": [pd.Timestamp("2024-12-15"), None, None],
        "declared_deprivation_count": [3, None, 0],
    })
    for i in model.IndicatorId:
        hh[f"declared_{i.value}"] = [True, None, False]
    mem = pd.DataFrame({
        "household_id": ["H001", "H001", "H002", "H003"], "member_id": ["1", "2", None, "1"],
        "full_name": ["Thành viên A", None, "Thành viên B", "Thành viên C"],
        "birth_date": pd.to_datetime(["1980-03-05", "2012-04-01", "1975-01-01", "1990-12-31"]),
        "relation": ["head", "child", "head", "head"], "cccd": ["001080000001", None, None, "079090000123"],
        "education_level": ["primary", None, "university", None], "in_training": [False, True, None, None],
        "school_attendance": [None, "appropriate", None, None], "health_insurance": [True, True, False, None],
        "employment": ["self_employed", "not_in_labour_force", "wage_with_contract", None],
        "disability": [None, None, True, False], "monthly_social_allowance": [None, None, True, None],
        "nutrition": [None, "stunted", None, None],
    })
    dec = pd.DataFrame({"household_id": ["H001", "H002"], "status": ["poor", "escaped_near_poor"],
                        "decision_date": pd.to_datetime(["2024-12-15", "2023-12-20"]),
                        "decision_number": ["98/QĐ-UBND", None]})
    loans = pd.DataFrame({
        "loan_id": ["L1", "L2"], "household_id": ["H001", "H002"], "borrower_name": ["Người vay A", None],
        "borrower_cccd": ["001080000001", None], "borrower_birth_date": pd.to_datetime(["1980-03-05", None]),
        "program": ["poor_households", "rural_sanitation"], "purpose": ["chăn nuôi", "nhà tiêu"],
        "amount_disbursed": [50000000, 25000000], "outstanding": [40000000, 0], "disbursement_date":
            pd.to_datetime(["2025-01-15", "2024-10-01"]), "overdue_amount": [None, 0], "savings_group": ["Tổ 1", None],
        "group_leader": [None, "Tổ trưởng B"], "entrusted_org": ["women_union", "farmers_union"],
        "use_check_date": pd.to_datetime(["2025-02-01", None]),
    })
    out = {"households": hh, "members": mem, "decisions": dec, "loans": loans}
    for t, df in out.items():
        for c in TABLES[t]:
            df[c.name] = df[c.name].astype(DTYPES[c.type]) if c.type != "date" else \
                pd.to_datetime(df[c.name]).astype("datetime64[ns]")
    return out


def assert_same(got: pd.DataFrame, want: pd.DataFrame, table: str):
    pd.testing.assert_frame_equal(canonical(got, table), canonical(want, table), check_dtype=True)


# ------------------------------------------------------------------ formats round-trip

def test_dtypes_are_canonical_and_missing_stays_missing(tmp_path):
    t = sample_tables()
    p = tmp_path / "ho.parquet"
    t["households"].to_parquet(p)
    r = read_review_list([p], REF)
    for c in TABLES["households"]:
        assert str(r.households[c.name].dtype) == DTYPES[c.type], c.name
    assert pd.isna(r.households.loc[1, "income_pc_month"])  # never 0
    assert list(r.households["source_row"]) == [1, 2, 3]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet"])
def test_each_format_round_trips(tmp_path, fmt):
    t = sample_tables()
    if fmt == "parquet":
        paths = []
        for name, table in (("ho_gia_dinh", "households"), ("thanh_vien", "members"), ("quyet_dinh", "decisions")):
            paths.append(tmp_path / f"{name}.parquet")
            t[table].to_parquet(paths[-1])
        t["loans"].to_parquet(tmp_path / "so_vay.parquet")
        review, loans_path = paths, tmp_path / "so_vay.parquet"
    elif fmt == "csv":
        review = []
        for name, table in (("ho_gia_dinh", "households"), ("thanh_vien", "members"), ("quyet_dinh", "decisions")):
            review.append(tmp_path / f"{name}.csv")
            t[table].rename(columns=LABEL[table]).to_csv(review[-1], index=False)
        loans_path = tmp_path / "so_vay.csv"
        t["loans"].rename(columns=LABEL["loans"]).to_csv(loans_path, index=False)
    else:
        review = tmp_path / "ds.xlsx"
        with pd.ExcelWriter(review, engine="openpyxl") as w:
            for sheet, table in (("Hộ gia đình", "households"), ("Thành viên", "members"), ("Quyết định", "decisions")):
                t[table].rename(columns=LABEL[table]).to_excel(w, sheet_name=sheet, index=False)
        loans_path = tmp_path / "so_vay.xlsx"
        t["loans"].rename(columns=LABEL["loans"]).to_excel(loans_path, sheet_name="Sổ vay", index=False)
    r = read_review_list(review, REF)
    assert r.rejections == [], [x.text() for x in r.rejections]
    for table in ("households", "members", "decisions"):
        assert_same(r.table(table), t[table], table)
    lr = read_loan_book(loans_path, REF, households=r)
    assert lr.rejections == [], [x.text() for x in lr.rejections]
    assert_same(lr.loans, t["loans"], "loans")


def test_csv_semicolon_title_block_and_chunks(tmp_path):
    rows = [["UBND XÃ AN BÌNH"], ["DANH SÁCH HỘ NGHÈO NĂM 2025"], [],
            ["Mã hộ", "Mã tỉnh", "Mã xã", "Khu vực", "Thu nhập bình quân (đồng/người/tháng)"]]
    rows += [[f"H{i:03d}", "01", "00004", "Nông thôn", f"1.{i:03d}.000"] for i in range(1, 8)]
    rows[7][4] = "một triệu"  # H004, file row 8
    p = write_csv(tmp_path / "ho_gia_dinh.csv", rows, sep=";")
    r = read_review_list([p], REF, chunk_rows=2)
    assert list(r.households["household_id"]) == ["H001", "H002", "H003", "H005", "H006", "H007"]
    assert list(r.households["income_pc_month"]) == [1001000, 1002000, 1003000, 1005000, 1006000, 1007000]
    assert list(r.households["source_row"]) == [5, 6, 7, 9, 10, 11]
    assert [(x.row, x.field, x.code) for x in r.row_rejections] == [(8, "income_pc_month", "invalid_value")]
    assert r.sources[0].header_rows == (4,)


def test_read_frames_takes_an_iterator_of_chunks():
    t = sample_tables()["households"]
    chunks = (t.iloc[i:i + 1] for i in range(len(t)))
    r = read_frames("households", chunks, reference_date=REF)
    assert_same(r.households, t, "households")
    assert list(r.households["source_row"]) == [1, 2, 3]


# ------------------------------------------------------------------ headers

HH_HEADER = ["Mã hộ", "Mã tỉnh", "Mã xã", "Khu vực", "Thu nhập bình quân (đồng/người/tháng)"]
HH_ROW = ["H001", "01", "00004", "Nông thôn", "1.500.000"]


@pytest.mark.parametrize("header", [
    HH_HEADER,
    [nfd(h) for h in HH_HEADER],
    ["Ma ho", "Ma tinh", "Ma xa", "Khu vuc", "Thu nhap binh quan (dong/nguoi/thang)"],
    ["  MÃ HỘ ", "mã  tỉnh", "MÃ XÃ", "khu vực", "THU NHẬP BÌNH QUÂN ĐẦU NGƯỜI/THÁNG"],
    ["household_id", "province_code", "commune_code", "area", "income_pc_month"],
    ["Mã hộ gia đình", "Mã tỉnh/thành phố", "Mã xã/phường", "Nông thôn/thành thị", "TNBQ"],
], ids=["nfc", "nfd", "no-diacritics", "case-spacing", "canonical", "aliases"])
def test_header_spellings(tmp_path, header):
    p = write_xlsx(tmp_path / "ds.xlsx", {"Hộ gia đình": [header, HH_ROW]})
    r = read_review_list(p, REF)
    assert len(r.households) == 1
    row = r.households.iloc[0]
    assert (row["household_id"], row["commune_code"], row["area"], row["income_pc_month"]) == \
        ("H001", "00004", "rural", 1500000)
    assert not [w for w in r.warnings if "không có trong mẫu" in w]


def test_header_under_a_title_block(tmp_path):
    rows = [["UBND XÃ AN BÌNH", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            [None, None, None, "Độc lập - Tự do - Hạnh phúc"], [],
            ["DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025"], ["(Kèm theo Quyết định số 12/QĐ-UBND)"], [],
            ["STT"] + HH_HEADER, [1] + HH_ROW, [2, "H002", "01", "00004", "Thành thị", 2100000]]
    p = write_xlsx(tmp_path / "ds.xlsx", {"Hộ gia đình": rows})
    r = read_review_list(p, REF)
    assert list(r.households["household_id"]) == ["H001", "H002"]
    assert list(r.households["source_row"]) == [8, 9]
    assert r.sources[0].header_rows == (7,)


def test_merged_two_row_header(tmp_path):
    top = ["STT", "Mã hộ", "Mã tỉnh", "Mã xã", "Khu vực", "Thông tin nhà ở", None, None, None,
           "Chỉ số thiếu hụt", None]
    bottom = [None, None, None, None, None, "Diện tích (m²)", "Tường", "Cột", "Mái", "Việc làm", "Bảo hiểm y tế"]
    numbering = [f"({i})" for i in range(1, 12)]
    data = [1, "H001", "01", "00004", "Nông thôn", "25,5", "Bền chắc", "Không bền chắc", "Tạm", "x", "Không"]
    p = write_xlsx(tmp_path / "ds.xlsx", {"Hộ gia đình": [["UBND XÃ"], ["DANH SÁCH"], top, bottom, numbering, data]},
                   {"Hộ gia đình": ["F3:I3", "J3:K3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4"]})
    r = read_review_list(p, REF)
    assert r.sources[0].header_rows == (3, 4)
    row = r.households.iloc[0]
    assert row["living_area_m2"] == 25.5
    assert (row["wall"], row["column"], row["roof"]) == ("durable", "non_durable", "non_durable")
    assert bool(row["declared_employment"]) is True and bool(row["declared_health_insurance"]) is False
    assert row["source_row"] == 6
    assert any("dòng 5 là dòng đánh số cột" in w for w in r.warnings)


def test_aliases_do_not_collide_within_a_table():
    for table, cols in TABLES.items():
        seen = {}
        for c in cols:
            for w in (c.name, c.label, *c.aliases):
                assert seen.setdefault(key(w), c.name) == c.name, (table, w, seen[key(w)], c.name)
        assert len(index(table)) == len(seen)


# ------------------------------------------------------------------ values

@pytest.mark.parametrize("raw, want", [
    ("1.500.000", 1500000), ("1.500.000 đ", 1500000), ("1.500.000đ", 1500000), ("1500000", 1500000),
    ("1,500,000", 1500000), ("1 500 000 VNĐ", 1500000), ("1,5 triệu", 1500000), ("500 nghìn", 500000),
    ("2 tỷ", 2000000000), (1500000, 1500000), (1500000.0, 1500000), ("0", 0), ("", None), (None, None),
    ("-", None),
])
def test_amounts(raw, want):
    assert parsers.parse_amount(raw) == want


@pytest.mark.parametrize("raw", ["-500.000", "(500.000)", "abc", "1.5.0", True, "#VALUE!", "100.000 tỷ tỷ",
                                 "99999999999999"])
def test_bad_amounts(raw):
    with pytest.raises(BadValue):
        parsers.parse_amount(raw)


@pytest.mark.parametrize("raw, want", [
    ("05/03/2024", dt.date(2024, 3, 5)), ("5/3/2024", dt.date(2024, 3, 5)), ("05-03-2024", dt.date(2024, 3, 5)),
    ("05.03.2024", dt.date(2024, 3, 5)), ("2024-03-05", dt.date(2024, 3, 5)),
    ("2024-03-05 00:00:00", dt.date(2024, 3, 5)), ("20240305", dt.date(2024, 3, 5)),
    ("ngày 5 tháng 3 năm 2024", dt.date(2024, 3, 5)), (dt.datetime(2024, 3, 5, 14, 30), dt.date(2024, 3, 5)),
    (dt.date(2024, 3, 5), dt.date(2024, 3, 5)), (45356, dt.date(2024, 3, 5)), ("", None),
])
def test_dates(raw, want):
    assert parsers.parse_date(raw) == want


@pytest.mark.parametrize("raw, reason", [
    ("12/25/2024", "tháng 25 không tồn tại"), ("31/02/2024", "không tồn tại"), ("05/03/24", "4 chữ số"),
    ("03/2024", "dd/mm/yyyy"), ("01/01/1800", "ngoài khoảng"), ("hôm qua", "dd/mm/yyyy"),
])
def test_bad_dates(raw, reason):
    with pytest.raises(BadValue, match=reason):
        parsers.parse_date(raw)


@pytest.mark.parametrize("raw, want", [("Có", True), ("có", True), ("CO", True), ("x", True), ("X", True),
                                       ("1", True), (1, True), ("true", True), ("✓", True), ("Không", False),
                                       ("khong", False), ("0", False), (0.0, False), ("false", False),
                                       (False, False), ("", None), (None, None)])
def test_booleans(raw, want):
    assert parsers.parse_bool(raw) is want


@pytest.mark.parametrize("vocab_name, raw, want", [
    ("area", "Nông thôn", "rural"), ("area", "THANH THI", "urban"), ("area", "Đô thị", "urban"),
    ("status", "Hộ nghèo", "poor"), ("status", "ho can ngheo", "near_poor"), ("relation", "Chủ hộ", "head"),
    ("relation", "Vợ", "spouse"), ("relation", "Con", "child"), ("relation", "Bà", "grandparent"),
    ("relation", "Ba", "parent"), ("water_source", "Nước máy", "piped"), ("latrine", "Tự hoại", "septic"),
    ("latrine", "Bán tự hoại", "semi_septic"), ("durability", "Không bền chắc", "non_durable"),
    ("program", "Hộ cận nghèo", "near_poor_households"), ("program", "GQVL", "job_creation_worker"),
    ("entrusted_org", "Hội LHPN", "women_union"),
    ("area", nfd("Nông thôn"), "rural"), ("area", "rural", "rural"),
])
def test_enum_words(vocab_name, raw, want):
    assert parsers.parse_enum(raw, vocab_name) == want


def test_enum_without_diacritics_refused_when_ambiguous():
    with pytest.raises(BadValue, match="không rõ nghĩa khi không có dấu"):
        parsers.parse_enum("Bá", "relation")  # "Ba" (father, southern) or "Bà" (grandmother)?
    with pytest.raises(BadValue, match="có phải 'Nước mưa'"):
        parsers.parse_enum("Nuoc mua mua", "water_source")


def test_lists_and_cccd():
    assert parsers.parse_list("Ti vi, đài", "information_asset") == "tv;radio"
    assert parsers.parse_list("Máy tính; TV", "information_asset") == "tv;computer"
    assert parsers.parse_list("Không có", "information_asset") == ""  # an empty list, not unknown
    assert parsers.parse_cccd(1080000001) == "001080000001"  # Excel dropped two zeros
    assert parsers.parse_cccd("079 090 000 123") == "079090000123"
    with pytest.raises(BadValue, match="CMND"):
        parsers.parse_cccd("123456789")


def test_vocabularies_cover_the_model_enums():
    pairs = {"area": model.Area, "durability": model.Durability, "water_source": model.WaterSource,
             "latrine": model.Latrine, "status": model.Status, "relation": model.Relation,
             "education_level": model.EducationLevel, "school_attendance": model.SchoolAttendance,
             "employment": model.Employment, "nutrition": model.Nutrition,
             "information_asset": model.InformationAsset}
    assert [t.code for t in vocab.terms("program") if t.code != vocab.WATER_SANITATION] == [p.value for p in model.Program]
    for name, enum in pairs.items():
        assert [t.code for t in vocab.terms(name)] == [e.value for e in enum], name
    for table, cols in TABLES.items():
        for c in cols:
            if c.type in ("enum", "list"):
                assert c.name in vocab.COLUMN_VOCAB, c.name


ANY_CELL = st.one_of(st.text(), st.text(alphabet="0123456789.,-/ đ()triệunghìn"), st.integers(), st.floats(),
                     st.booleans(), st.none(), st.dates(), st.datetimes(), st.decimals(allow_nan=True))


@settings(max_examples=400, deadline=None)
@given(ANY_CELL)
def test_parsers_only_ever_reject(value):
    for parse in (parsers.parse_amount, parsers.parse_date, parsers.parse_bool, parsers.parse_float,
                  parsers.parse_count, parsers.parse_cccd, parsers.parse_text,
                  lambda v: parsers.parse_enum(v, "water_source"), lambda v: parsers.parse_list(v, "information_asset")):
        try:
            parse(value)
        except BadValue as e:
            assert e.reason and isinstance(e.reason, str)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**13))
def test_amount_written_with_dots_reads_back(n):
    assert parsers.parse_amount(f"{n:,}".replace(",", ".")) == n
    assert parsers.parse_amount(f"{n:,}".replace(",", ".") + " đ") == n


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_date_written_dd_mm_yyyy_reads_back(d):
    assert parsers.parse_date(d.strftime("%d/%m/%Y")) == d
    assert parsers.parse_date(f"{d.day}/{d.month}/{d.year}") == d


def test_combined_water_sanitation_program_is_resolved_by_purpose(tmp_path):
    header = ["Mã khoản vay", "Mã hộ", "Chương trình", "Loại công trình", "Số tiền vay", "Dư nợ", "Ngày vay"]
    p = write_csv(tmp_path / "so_vay.csv", [header, ["L1", "H1", "NS&VSMT", "Công trình nước sạch", "20.000.000", "0", "01/10/2024"],
                                           ["L2", "H1", "Nước sạch và VSMT", "Nhà tiêu hợp vệ sinh", "20.000.000", "0", "01/10/2024"],
                                           ["L3", "H1", "NS&VSMT", "", "20.000.000", "0", "01/10/2024"]])
    r = read_loan_book(p, REF)
    assert list(r.loans["program"]) == ["rural_water_supply", "rural_sanitation"]
    [rej] = r.rejections
    assert (rej.row, rej.field) == (4, "program") and "loại công trình" in rej.reason


# ------------------------------------------------------------------ bad input

def review_book(tmp_path, households, members=None, name="ds.xlsx"):
    sheets = {"Hộ gia đình": [HH_HEADER] + households}
    sheets["Thành viên"] = [["Mã hộ", "Ngày sinh", "Quan hệ với chủ hộ"]] + (members or [])
    return write_xlsx(tmp_path / name, sheets)


def test_wrong_types_are_rejected_with_row_and_reason(tmp_path):
    p = review_book(tmp_path, [HH_ROW, ["H002", "01", "00004", "Miền núi", "abc"], ["H003", "01", "00004", "Nông thôn", ""]],
                    [["H001", "32/13/1980", "Chủ hộ"], ["H001", "01/01/1985", "Vợ"], ["H003", "01/01/1990", "Bạn"]])
    r = read_review_list(p, REF)
    got = {(x.sheet, x.row, x.field): x.reason for x in r.rejections}
    assert "không thuộc danh mục" in got[("Hộ gia đình", 3, "area")]
    assert "không đọc được số" in got[("Hộ gia đình", 3, "income_pc_month")]
    assert "không tồn tại" in got[("Thành viên", 2, "birth_date")]
    assert "không thuộc danh mục" in got[("Thành viên", 4, "relation")]
    assert list(r.households["household_id"]) == ["H001", "H003"]
    assert pd.isna(r.households.loc[1, "income_pc_month"])
    assert list(r.members["source_row"]) == [3]


def test_duplicate_household_ids(tmp_path):
    p = review_book(tmp_path, [HH_ROW, ["H002", "01", "00004", "Nông thôn", "1"], HH_ROW, HH_ROW],
                    [["H001", "01/01/1980", "Chủ hộ"]])
    r = read_review_list(p, REF)
    dups = [x for x in r.rejections if x.code == "duplicate_id"]
    assert [(x.row, x.field) for x in dups] == [(4, "household_id"), (5, "household_id")]
    assert "trùng với ds.xlsx, sheet 'Hộ gia đình', dòng 2" in dups[0].reason
    assert list(r.households["household_id"]) == ["H001", "H002"]
    assert [(s.clean, s.rejected) for s in r.sources if s.table == "households"] == [(2, 2)]


def test_members_without_a_household(tmp_path):
    p = review_book(tmp_path, [HH_ROW, ["H002", "01", "00004", "Nông thôn", "-1"]],
                    [["H001", "01/01/1980", "Chủ hộ"], ["H404", "01/01/1980", "Chủ hộ"], ["H002", "01/01/1980", "Chủ hộ"]])
    r = read_review_list(p, REF)
    orphans = {x.row: x.reason for x in r.rejections if x.code == "orphan_member"}
    assert set(orphans) == {3, 4}
    assert "không có trong danh sách hộ" in orphans[3]
    assert "bị từ chối" in orphans[4] and "dòng 3" in orphans[4]
    assert list(r.members["household_id"]) == ["H001"]


def test_loans_for_unknown_households_and_future_dates(tmp_path):
    header = ["Mã khoản vay", "Mã hộ", "Chương trình cho vay", "Số tiền giải ngân (đồng)", "Dư nợ (đồng)",
              "Ngày giải ngân"]
    p = write_csv(tmp_path / "so_vay.csv", [header, ["L1", "H001", "Hộ nghèo", "50.000.000", "50.000.000", "15/01/2025"],
                                           ["L2", "H404", "Hộ nghèo", "10.000.000", "0", "15/01/2025"],
                                           ["L3", "H001", "Hộ nghèo", "10.000.000", "0", "15/01/2026"]])
    r = read_loan_book(p, REF, households=["H001"])
    assert codes(r) == [("so_vay.csv", None, 3, "household_id", "unknown_household"),
                        ("so_vay.csv", None, 4, "disbursement_date", "future_date")]
    assert "sau ngày tham chiếu 14/12/2025" in r.rejections[1].reason
    assert list(r.loans["loan_id"]) == ["L1"]
    assert list(read_loan_book(p, dt.date(2026, 6, 1)).loans["loan_id"]) == ["L1", "L2", "L3"]


def test_missing_required_column_is_a_sheet_error_naming_the_closest_header(tmp_path):
    p = write_xlsx(tmp_path / "ds.xlsx", {
        "Hộ gia đình": [["Mã hộ", "Mã tỉnh", "Mã xã", "Khu vựt"], ["H001", "01", "00004", "Nông thôn"]],
        "Thành viên": [["Mã hộ", "Ngày sinh", "Quan hệ với chủ hộ"], ["H001", "01/01/1980", "Chủ hộ"]]})
    r = read_review_list(p, REF)
    [err] = r.file_errors
    assert (err.sheet, err.field, err.code) == ("Hộ gia đình", "area", "missing_column")
    assert "thiếu cột bắt buộc 'Khu vực'" in err.reason and "'Khu vựt'" in err.reason
    assert "không đọc được 1 dòng" in err.reason
    assert len(r.members) == 0  # no household list was read, so no member can be placed
    assert [x.code for x in r.row_rejections] == ["orphan_member"]


def test_misspelt_optional_column_is_a_warning_with_a_suggestion(tmp_path):
    p = review_book(tmp_path, [HH_ROW])
    wb = openpyxl.load_workbook(p)
    wb["Hộ gia đình"]["F1"] = "Nguồn nước sinh hoạtt"
    wb["Hộ gia đình"]["F2"] = "Nước máy"
    wb.save(p)
    r = read_review_list(p, REF)
    assert any("'Nguồn nước sinh hoạtt' không có trong mẫu" in w and "có phải cột 'Nguồn nước sinh hoạt'" in w
               for w in r.warnings)
    assert len(r.households) == 1


@pytest.mark.parametrize("content, code", [(b"", "empty_file"), (b"   \n\n", "empty_file"),
                                           ("Mã hộ,Mã tỉnh,Mã xã,Khu vực\n".encode(), "no_rows"),
                                           ("chỉ có chữ\nkhông có tiêu đề\n".encode(), "no_header")],
                         ids=["zero-bytes", "whitespace", "header-only", "no-header"])
def test_empty_and_headerless_csv(tmp_path, content, code):
    p = tmp_path / "ho_gia_dinh.csv"
    p.write_bytes(content)
    r = read_review_list(p, REF)
    assert code in [x.code for x in r.file_errors]
    assert all(x.reason for x in r.file_errors)
    assert r.nothing_read


def test_broken_and_unsupported_files_do_not_stop_the_run(tmp_path):
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not a workbook")
    good = review_book(tmp_path, [HH_ROW], [["H001", "01/01/1980", "Chủ hộ"]], name="tot.xlsx")
    truncated = tmp_path / "cut.xlsx"
    truncated.write_bytes(good.read_bytes()[:2000])
    old = tmp_path / "cu.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    r = read_review_list([bad, truncated, old, tmp_path / "khong_co.xlsx", good], REF)
    by_file = {Path(x.file).name: x for x in r.file_errors}
    assert by_file["hong.xlsx"].code == "broken_file" and "hỏng" in by_file["hong.xlsx"].reason
    assert by_file["cut.xlsx"].code == "broken_file"
    assert by_file["cu.xls"].code == "unsupported_format"
    assert by_file["khong_co.xlsx"].code == "missing_file"
    assert list(r.households["household_id"]) == ["H001"] and len(r.members) == 1
    assert not r.nothing_read


def test_signature_rows_and_blank_rows(tmp_path):
    p = review_book(tmp_path, [HH_ROW, [], [None, None, "Người lập biểu"], [None, None, None, None, None]])
    r = read_review_list(p, REF)
    assert [(x.row, x.code) for x in r.rejections if x.table == "households"] == [(4, "non_data_row")]
    assert r.sources[0].rows_in == 2  # blank rows are not data


def test_personal_values_are_masked_in_text(tmp_path):
    p = review_book(tmp_path, [HH_ROW])
    wb = openpyxl.load_workbook(p)
    ws = wb["Thành viên"]
    ws.append(["H001", "01/01/1980", "Chủ hộ"])
    ws["D1"], ws["D2"] = "Số CCCD", "12345"
    wb.save(p)
    r = read_review_list(p, REF)
    [rej] = r.rejections
    assert rej.field == "cccd" and rej.value == "12345"
    assert "12345" not in rej.text() and "giá trị ẩn" in rej.text()


# ------------------------------------------------------------------ the LibreOffice fixture

def fixture_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_libreoffice_fixture", FIXTURES / "make_libreoffice_fixture.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fixture_was_written_by_libreoffice():
    LOANS, REVIEW = fixture_script().LOANS, fixture_script().REVIEW
    for name in (REVIEW, LOANS):
        with zipfile.ZipFile(FIXTURES / name) as z:
            assert "<Application>LibreOffice" in z.read("docProps/app.xml").decode()


def test_libreoffice_fixture_finds_exactly_the_planted_errors():
    m = fixture_script()
    CLEAN, LOANS, PLANTED, REFERENCE_DATE, REVIEW = m.CLEAN, m.LOANS, m.PLANTED, m.REFERENCE_DATE, m.REVIEW
    review = read_review_list(FIXTURES / REVIEW, REFERENCE_DATE)
    loans = read_loan_book(FIXTURES / LOANS, REFERENCE_DATE, households=review)
    found = sorted({(Path(r.file).name, r.sheet, r.row, r.field, r.code)
                    for r in review.rejections + loans.rejections}, key=str)
    assert found == sorted(PLANTED, key=str)
    for table, n in CLEAN.items():
        got = loans.loans if table == "loans" else review.table(table)
        assert len(got) == n, table
    # the good rows are kept with their values
    hh = review.households.set_index("household_id")
    assert hh.loc["H002", "area"] == "urban" and hh.loc["H002", "income_pc_month"] == 1850000
    assert hh.loc["H003", "status_decision_date"] == pd.Timestamp("2024-12-15")
    assert hh.loc["H001", "living_area_m2"] == 30 and bool(hh.loc["H001", "declared_employment"])
    assert review.members.iloc[0]["cccd"] == "001080000001"
    assert set(loans.loans["program"]) == {"poor_households", "near_poor_households", "job_creation_worker"}
    assert any("Sử dụng intenet" in w and "Sử dụng internet" in w for w in review.warnings)
    # every row accounted for: clean + rejected = rows in, per sheet
    for res in (review, loans):
        for s in res.sources:
            rejected = {r.row for r in res.row_rejections if r.file == s.file and r.sheet == s.sheet}
            clean = (res.loans if s.table == "loans" else res.table(s.table))
            clean = clean[(clean["source_file"] == s.file) & (clean["source_sheet"] == s.sheet)]
            assert len(clean) + len(rejected) + s.unread == s.rows_in, s
            assert not set(clean["source_row"]) & rejected


# ------------------------------------------------------------------ templates and docs

def test_templates_read_back_with_every_column_mapped():
    r = read_review_list(ROOT / "data" / "templates" / "mau_danh_sach_ho.xlsx", REF)
    mapped = {s.table: set(s.columns) for s in r.sources}
    for table in ("households", "members", "decisions"):
        assert mapped[table] == {c.name for c in TABLES[table]}
    assert not [w for w in r.warnings if "không có trong mẫu" in w]
    lr = read_loan_book(ROOT / "data" / "templates" / "mau_so_vay.csv", REF)
    assert {s.table: set(s.columns) for s in lr.sources}["loans"] == {c.name for c in TABLES["loans"]}


def test_docs_columns_md_is_generated_from_the_code():
    from engine.reading.templates import columns_markdown

    assert (ROOT / "docs" / "columns.md").read_text(encoding="utf-8") == columns_markdown() + "\n", \
        "docs/columns.md is stale: run .venv/bin/python data/templates/make_templates.py"
