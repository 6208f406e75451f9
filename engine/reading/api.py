"""Reading the review list and the loan book: files in, canonical tables + rejections out."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from engine.facts.columns import TABLES
from . import vocab
from .headers import cell_text, detect
from .result import ReadResult, Rejection, TABLE_LABELS
from .sources import FileProblem, Sheet, expand_paths, frames_sheet, open_sheets
from .tables import TableReader, sheet_place
from .text import key
from . import places as place_reading

REVIEW_TABLES = ("households", "members", "decisions")
LOAN_TABLES = ("loans",)
DEFAULT_CHUNK_ROWS = 50_000


def read_review_list(path_or_paths, reference_date: dt.date | None = None, *,
                     chunk_rows: int = DEFAULT_CHUNK_ROWS, place=None) -> ReadResult:
    """Households, members and (optional) status decisions from .xlsx / .csv / .parquet files.

    ``path_or_paths``: one path, a list of paths, or a folder. An .xlsx may hold all three tables as
    sheets ("Hộ gia đình", "Thành viên", "Quyết định"); a CSV or Parquet file holds one table, told
    by its file name or its headers. ``reference_date`` (default today): dates after it are rejected.
    ``place`` (an engine.places.Hint: province, commune as names or codes) is used for households
    whose row, title block and file name do not say their place (engine/reading/places.py).
    """
    return _read(expand_paths(path_or_paths), REVIEW_TABLES, _ref(reference_date), chunk_rows, place)


def read_loan_book(path_or_paths, reference_date: dt.date | None = None, *, households=None,
                   chunk_rows: int = DEFAULT_CHUNK_ROWS) -> ReadResult:
    """The loan book. ``households`` (a ReadResult of the review list, a households DataFrame, or an
    iterable of household ids) enables the "loan for an unknown household" check."""
    result = _read(expand_paths(path_or_paths), LOAN_TABLES, _ref(reference_date), chunk_rows)
    if households is not None:
        _check_loans_against(result, households)
    return result


def read_frames(table: str, chunks: Iterable[pd.DataFrame] | pd.DataFrame, *, name: str = "<dữ liệu>",
                reference_date: dt.date | None = None, chunk_rows: int = DEFAULT_CHUNK_ROWS,
                place=None) -> ReadResult:
    """Type and check data already in memory: one DataFrame or an iterator of DataFrame chunks (e.g.
    ``pd.read_csv(..., chunksize=…)`` or ``ParquetFile.iter_batches`` turned to pandas), columns named
    by headers (canonical names, labels or aliases). Rows are numbered 1, 2, … across chunks."""
    if isinstance(chunks, pd.DataFrame):
        chunks = [chunks]
    ref = _ref(reference_date)
    result = ReadResult()
    reader = TableReader(table, ref)
    try:
        sheet = frames_sheet(chunks, name)
    except FileProblem as e:
        result.rejections.append(Rejection(name, None, None, None, e.reason, None, e.code, table))
        return result
    match = detect(sheet.head, [table])
    if match is None:
        result.rejections.append(Rejection(name, None, None, None, _no_header_reason(table), None, "no_header",
                                           table))
        return result
    try:
        reader.read_sheet(sheet, match, chunk_rows)
    except FileProblem as e:
        result.rejections.append(Rejection(name, None, None, None, e.reason, None, e.code, table))
    _collect(result, {table: reader})
    _finish(result, {table: reader}, (table,), place)
    return result


# ------------------------------------------------------------------ internals

def _ref(reference_date) -> dt.date:
    if reference_date is None:
        return dt.date.today()
    if isinstance(reference_date, str):
        return dt.date.fromisoformat(reference_date)
    if isinstance(reference_date, dt.datetime):
        return reference_date.date()
    return reference_date


def _no_header_reason(table_or_tables) -> str:
    tables = [table_or_tables] if isinstance(table_or_tables, str) else list(table_or_tables)
    examples = []
    for t in tables:
        examples += [f"'{c.label}'" for c in TABLES[t] if c.required][:3]
    return ("không tìm thấy dòng tiêu đề (tên cột) trong 40 dòng đầu; cần các cột như "
            + ", ".join(dict.fromkeys(examples)))


def _hint(name: str | None, allowed) -> str | None:
    """The table a sheet or file name points to ('Thành viên' → members), if any."""
    if not name:
        return None
    k = f" {key(Path(name).stem if '.' in name else name)} "
    best, length = None, 0
    for table, names in vocab.SHEET_NAMES.items():
        for n in names:
            kn = key(n)
            if f" {kn} " in k and len(kn) > length:
                best, length = table, len(kn)
    return best


def _is_note(name: str | None) -> bool:
    return bool(name) and key(name) in {key(n) for n in vocab.NOTE_SHEETS}


def _sheet_empty(sheet: Sheet) -> bool:
    return not any(cell_text(v) for row in (sheet.head or []) for v in row)


def _read(paths: list[str], allowed: tuple[str, ...], ref: dt.date, chunk_rows: int, place=None) -> ReadResult:
    result = ReadResult()
    readers = {t: TableReader(t, ref) for t in allowed}
    if not paths:
        result.rejections.append(Rejection("", None, None, None, "không có tệp nào để đọc", None, "missing_file"))
    for path in paths:
        try:
            sheets = open_sheets(path)
        except FileProblem as e:
            result.rejections.append(Rejection(path, None, None, None, e.reason, None, e.code))
            continue
        try:
            _read_file(path, sheets, allowed, readers, result, chunk_rows)
        finally:
            if sheets and sheets[0].close:
                sheets[0].close()
    _collect(result, readers)
    _finish(result, readers, allowed, place)
    return result


def _read_file(path, sheets, allowed, readers, result, chunk_rows):
    file_hint = _hint(Path(path).name, allowed) if len(sheets) == 1 and sheets[0].name is None else None
    for sheet in sheets:
        where = sheet_place(sheet)
        if _is_note(sheet.name):
            continue
        if _sheet_empty(sheet):
            if len(sheets) == 1:
                result.rejections.append(Rejection(path, sheet.name, None, None, "tệp rỗng, không có dữ liệu",
                                                   None, "empty_file"))
            else:
                result.warnings.append(f"{where}: sheet trống, bỏ qua")
            continue
        hint = _hint(sheet.name, allowed) or file_hint
        if hint is not None and hint not in allowed:
            result.warnings.append(f"{where}: sheet là bảng {TABLE_LABELS[hint]}, không thuộc danh sách đang đọc; "
                                   "bỏ qua")
            continue
        match = detect(sheet.head, [hint] if hint else allowed)
        if match is None:
            if sheet.name is not None and hint is None and len(sheets) > 1:
                result.warnings.append(f"{where}: không nhận ra bảng nào trong sheet (không có dòng tiêu đề), bỏ qua")
            else:
                result.rejections.append(Rejection(path, sheet.name, None, None,
                                                   _no_header_reason(hint or allowed), None, "no_header", hint))
            continue
        try:
            info = readers[match.table].read_sheet(sheet, match, chunk_rows)
            if match.table == "households":
                place_reading.sheet_hints(info, (sheet.head or [])[:match.first_row], path)
        except FileProblem as e:
            result.rejections.append(Rejection(path, sheet.name, None, None, e.reason, None, e.code, match.table))


def _collect(result: ReadResult, readers: dict[str, TableReader]) -> None:
    for t, r in readers.items():
        setattr(result, t, r.frame())
        result.rejections.extend(r.rejections)
        result.warnings.extend(r.warnings)
        result.sources.extend(r.sources)
        result.rejected_ids[t] = dict(r.rejected_keys)


def _reject_rows(result: ReadResult, table: str, mask: pd.Series, field: str, code: str, reasons) -> None:
    df = result.table(table)
    label = next(c.label for c in TABLES[table] if c.name == field)
    sub = df[mask]
    for (idx, row), reason in zip(sub.iterrows(), reasons):
        result.rejections.append(Rejection(str(row["source_file"]), _na(row["source_sheet"]), int(row["source_row"]),
                                           field, reason, row[field], code, table, label))
        _account(result, row, -1)
    setattr(result, table, df[~mask].reset_index(drop=True))


def _na(v):
    return None if v is pd.NA or v is None or (isinstance(v, float) and v != v) else str(v)


def _account(result: ReadResult, row, delta: int) -> None:
    for s in result.sources:
        if s.file == str(row["source_file"]) and s.sheet == _na(row["source_sheet"]):
            s.clean += delta
            s.rejected -= delta
            return


def _place(file, sheet, row) -> str:
    return f"{Path(file).name}" + (f", sheet '{sheet}'" if sheet else "") + f", dòng {row}"


def _dedupe(result: ReadResult, table: str, field: str, what: str) -> None:
    df = result.table(table)
    if df.empty:
        return
    dup = df.duplicated(field, keep="first") & df[field].notna()
    if not dup.any():
        return
    first = df[~df.duplicated(field, keep="first")].set_index(field)
    reasons = [f"{what} '{v}' trùng với {_place(first.at[v, 'source_file'], _na(first.at[v, 'source_sheet']), first.at[v, 'source_row'])}"
               " — chỉ giữ dòng đầu tiên, kiểm tra lại dòng này" for v in df.loc[dup, field]]
    _reject_rows(result, table, dup, field, "duplicate_id", reasons)


def _link(result: ReadResult, table: str, known: set, rejected: dict, code: str, what: str) -> None:
    df = result.table(table)
    if df.empty:
        return
    orphan = ~df["household_id"].isin(known)
    if not orphan.any():
        return
    reasons = []
    for v in df.loc[orphan, "household_id"]:
        if v in rejected:
            reasons.append(f"{what} của hộ '{v}', nhưng dòng hộ này bị từ chối ({_place(*rejected[v])}); "
                           "sửa dòng hộ rồi đọc lại")
        else:
            reasons.append(f"{what} của hộ '{v}' nhưng mã hộ này không có trong danh sách hộ gia đình")
    _reject_rows(result, table, orphan, "household_id", code, reasons)


def _finish(result: ReadResult, readers: dict[str, TableReader], allowed, place=None) -> None:
    tables_with_file_errors = {r.table for r in result.file_errors}
    if "households" in readers:
        _dedupe(result, "households", "household_id", "mã hộ")
        place_reading.assign(result, place, readers["households"].rejected_keys)
        hh_sources = [s for s in result.sources if s.table == "households"]
        if hh_sources or "households" in tables_with_file_errors:
            known = set(result.households["household_id"].dropna())
            rejected = readers["households"].rejected_keys
            _link(result, "members", known, rejected, "orphan_member", "thành viên")
            _link(result, "decisions", known, rejected, "orphan_decision", "quyết định")
            if not result.members.empty:
                with_members = set(result.members["household_id"].dropna())
                lonely = known - with_members
                if lonely:
                    result.warnings.append(f"{len(lonely)} hộ không có thành viên nào trong danh sách thành viên "
                                           f"(ví dụ: {', '.join(sorted(lonely)[:5])})")
        for t, label in (("households", "danh sách hộ gia đình (sheet 'Hộ gia đình')"),
                         ("members", "danh sách thành viên (sheet 'Thành viên')")):
            if not any(s.table == t for s in result.sources) and t not in tables_with_file_errors:
                result.rejections.append(Rejection("", None, None, None, f"không tìm thấy {label} trong các tệp đã "
                                                   "đọc", None, "missing_table", t))
        if "members" in readers and not result.members.empty:
            mem = result.members
            has_id = mem["member_id"].notna()
            if has_id.any():
                dup = mem.duplicated(["household_id", "member_id"], keep="first") & has_id
                if dup.any():
                    first = mem[has_id & ~mem.duplicated(["household_id", "member_id"], keep="first")] \
                        .set_index(["household_id", "member_id"])
                    reasons = [f"mã thành viên '{m}' của hộ '{h}' trùng với "
                               f"{_place(first.at[(h, m), 'source_file'], _na(first.at[(h, m), 'source_sheet']), first.at[(h, m), 'source_row'])}"
                               for h, m in zip(mem.loc[dup, "household_id"], mem.loc[dup, "member_id"])]
                    _reject_rows(result, "members", dup, "member_id", "duplicate_id", reasons)
    if "loans" in readers:
        _dedupe(result, "loans", "loan_id", "mã khoản vay")
        if not any(s.table == "loans" for s in result.sources) and "loans" not in tables_with_file_errors:
            result.rejections.append(Rejection("", None, None, None, "không tìm thấy sổ vay trong các tệp đã đọc",
                                               None, "missing_table", "loans"))
    result.rejections.sort(key=lambda r: (r.file, r.sheet or "", -1 if r.row is None else r.row, r.field or ""))


def _check_loans_against(result: ReadResult, households) -> None:
    rejected: dict = {}
    if isinstance(households, ReadResult):
        known = set(households.households["household_id"].dropna())
        rejected = households.rejected_ids.get("households", {})
    elif isinstance(households, pd.DataFrame):
        known = set(households["household_id"].dropna().astype(str))
    else:
        known = {str(h) for h in households}
    _link(result, "loans", known, rejected, "unknown_household", "khoản vay")
    result.rejections.sort(key=lambda r: (r.file, r.sheet or "", -1 if r.row is None else r.row, r.field or ""))
