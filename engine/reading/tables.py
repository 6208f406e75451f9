"""Typing one table, sheet by sheet and chunk by chunk: raw cells → canonical typed columns + rejections.

A row is clean when every cell of a known column parses and every required value is present;
otherwise every bad cell of the row gives one ``Rejection`` and the row is left out of the clean table.
Cells are parsed once per distinct value in a chunk (``pandas.factorize``), so repeated values such as
enum labels or dates cost one parse each.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import partial

import numpy as np
import pandas as pd

from engine.facts.columns import TABLES, Column
from . import parsers
from .headers import HeaderMatch, cell_text, closest_header, closest_known
from .parsers import BadValue
from .result import DTYPES, Rejection, SourceInfo, TABLE_LABELS
from .sources import ROW, Sheet
from .text import key
from .vocab import COLUMN_VOCAB, WATER_SANITATION
from engine.decisions.fmt import date as fmt_date
from engine.law import rulebook

AMOUNT_COLUMNS = frozenset({"income_pc_month", "amount_disbursed", "outstanding", "overdue_amount"})
# engine/facts/model.py: ge=0, at most as many as rules/indicators.yaml defines
COUNT_MAXIMUM = {"declared_deprivation_count": rulebook.indicator_count()}
FLOAT_MAXIMUM = {"living_area_m2": 100000.0}  # engine/facts/model.py Housing.living_area_m2 le=100000
CCCD_COLUMNS = frozenset({"cccd", "borrower_cccd"})
KEY_COLUMN = {"households": "household_id", "members": "household_id", "decisions": "household_id",
              "loans": "loan_id"}
_NUMBERING_CELL = re.compile(r"^\(?(\d{1,2}|[A-Za-z]{1,2})\)?$")


def parser_for(col: Column):
    if col.name in CCCD_COLUMNS:
        return parsers.parse_cccd
    if col.type == "str":
        return partial(parsers.parse_text, max_length=40 if col.name.endswith(("_id", "_code")) else 200)
    if col.type == "enum":
        return partial(parsers.parse_enum, vocab_name=COLUMN_VOCAB[col.name])
    if col.type == "list":
        return partial(parsers.parse_list, vocab_name=COLUMN_VOCAB[col.name])
    if col.type == "int":
        if col.name in AMOUNT_COLUMNS:
            return parsers.parse_amount
        return partial(parsers.parse_count, maximum=COUNT_MAXIMUM.get(col.name))
    if col.type == "float":
        return partial(parsers.parse_float, maximum=FLOAT_MAXIMUM.get(col.name))
    if col.type == "bool":
        return parsers.parse_bool
    if col.type == "date":
        return parsers.parse_date
    raise ValueError(f"unknown column type {col.type}")  # pragma: no cover - columns.py is fixed


_PLAIN_AMOUNT = r"\d{1,3}(?:\.\d{3})+|\d+"
_PLAIN_DATE = r"\d{1,2}/\d{1,2}/\d{4}"


def _fast_path(uniques: np.ndarray, col: Column, reference_date: dt.date):
    """Vectorised parse of the common spellings (plain or dot-grouped amounts, dd/mm/yyyy dates):
    (positions parsed, their values). Everything else goes through the per-value parser."""
    plain_text = col.type == "str" and col.name not in CCCD_COLUMNS
    if not (plain_text or col.type == "date" or col.type == "int" and col.name in AMOUNT_COLUMNS) or not len(uniques):
        return np.array([], dtype=np.int64), []
    su = pd.Series(uniques, dtype=object)
    is_str = su.map(type).eq(str).to_numpy()
    if not is_str.any():
        return np.array([], dtype=np.int64), []
    ss = su[is_str].astype(str)
    if plain_text:  # ASCII codes and ids, already clean: taken as they are
        limit = 40 if col.name.endswith(("_id", "_code")) else 200
        ok = ss.str.fullmatch(r"[!-\"$-~](?:[!-~]| (?! ))*").to_numpy() & ss.str.len().le(limit).to_numpy() \
            & ~ss.str.casefold().isin(parsers.MISSING_TOKENS).to_numpy()
        kept = ss[ok]
        return kept.index.to_numpy(), list(kept)
    if col.type == "int":
        ok = ss.str.fullmatch(_PLAIN_AMOUNT).to_numpy()
        digits = ss[ok].str.replace(".", "", regex=False)
        ok_len = digits.str.len().le(13).to_numpy()
        nums = pd.to_numeric(digits[ok_len]).astype("int64")
        nums = nums[nums.le(parsers.MAX_AMOUNT)]
        return nums.index.to_numpy(), [int(v) for v in nums.to_numpy()]
    ok = ss.str.fullmatch(_PLAIN_DATE).to_numpy()
    parsed = pd.to_datetime(ss[ok], format="%d/%m/%Y", errors="coerce")
    good = parsed.notna() & parsed.dt.year.between(parsers.MIN_YEAR, parsers.MAX_YEAR) \
        & parsed.le(pd.Timestamp(reference_date))
    parsed = parsed[good]
    return parsed.index.to_numpy(), list(parsed.dt.date)


def parse_cells(raw: pd.Series, col: Column, reference_date: dt.date):
    """(parsed values, reasons, codes) as object arrays; reason None = fine; parsed None = empty."""
    parse = parser_for(col)
    n = len(raw)
    try:
        codes, uniques = pd.factorize(raw, use_na_sentinel=True)
    except TypeError:  # unhashable cells (lists from Parquet): parse one by one
        codes, uniques = np.arange(n), raw.to_numpy(dtype=object)
    uniques = np.asarray(uniques, dtype=object)
    m = len(uniques)
    u_val = np.empty(m + 1, dtype=object)
    u_reason = np.empty(m + 1, dtype=object)
    u_code = np.empty(m + 1, dtype=object)
    done = np.zeros(m + 1, dtype=bool)
    pos, vals = _fast_path(uniques, col, reference_date)
    if len(pos):
        u_val[pos] = np.array(vals + [None], dtype=object)[:-1]
        done[pos] = True
    for i in np.flatnonzero(~done[:m]):
        v = uniques[i]
        try:
            p = parse(v)
        except BadValue as e:
            u_reason[i], u_code[i] = e.reason, "invalid_value"
            continue
        if col.type == "date" and p is not None and p > reference_date:
            u_reason[i] = (f"ngày {fmt_date(p)} sau ngày tham chiếu {fmt_date(reference_date)} "
                           "(ngày trong tương lai)")
            u_code[i] = "future_date"
            continue
        u_val[i] = p
    # index m (the last slot) stands for empty cells (factorize's -1)
    idx = np.where(codes < 0, m, codes)
    return u_val[idx], u_reason[idx], u_code[idx]


def typed(values: np.ndarray, ctype: str):
    if ctype == "date":
        out = pd.to_datetime(pd.Series(values, dtype=object), errors="raise")
        return out.astype("datetime64[ns]").to_numpy() if len(values) else np.array([], dtype="datetime64[ns]")
    return pd.array(values, dtype=DTYPES[ctype])


def _blank(raw: pd.Series) -> np.ndarray:
    try:
        codes, uniques = pd.factorize(raw, use_na_sentinel=True)
    except TypeError:
        return raw.map(parsers.is_missing).to_numpy(dtype=bool)
    su = pd.Series(uniques, dtype=object)
    is_str = su.map(type).eq(str).to_numpy()
    u_blank = np.zeros(len(su) + 1, dtype=bool)
    u_blank[-1] = True
    if is_str.any():
        t = su[is_str].astype(str).str.normalize("NFC").str.replace(r"[\s\u00a0]+", " ", regex=True).str.strip()
        blank = t.eq("") | t.str.casefold().isin(parsers.MISSING_TOKENS)
        u_blank[:-1][is_str] = blank.to_numpy()
    others = np.flatnonzero(~is_str)
    for i in others:
        u_blank[i] = parsers.is_missing(su.iloc[i])
    return u_blank[np.where(codes < 0, len(uniques), codes)]


class TableReader:
    """Reads every sheet of one table; keeps clean chunks, rejections and the ids of rejected rows."""

    def __init__(self, table: str, reference_date: dt.date):
        self.table = table
        self.columns = {c.name: c for c in TABLES[table]}
        self.reference_date = reference_date
        self.frames: list[pd.DataFrame] = []
        self.rejections: list[Rejection] = []
        self.warnings: list[str] = []
        self.sources: list[SourceInfo] = []
        self.rejected_keys: dict[str, tuple[str, str | None, int]] = {}  # household/loan id → first rejected row

    # -------------------------------------------------------------- one sheet
    def read_sheet(self, sheet: Sheet, match: HeaderMatch, chunk_rows: int) -> SourceInfo:
        header_rows = tuple(range(match.first_row + 1, match.first_row + match.n_rows + 1)) if not sheet.typed \
            else ()
        info = SourceInfo(sheet.file, sheet.name, self.table, header_rows,
                          {name: match.shown[pos] for pos, name in match.columns.items()})
        self.sources.append(info)
        where = sheet_place(sheet)
        present = set(match.columns.values())
        missing_required = [c for c in TABLES[self.table] if c.required and c.name not in present]
        all_headers = list(match.shown.values()) + list(match.unknown.values())
        missing_hints = []
        for col in missing_required:
            near, ratio = closest_header(col.name, self.table, list(match.unknown.values()))
            hint = (f"; cột gần giống nhất trong tệp: '{near}' — nếu đúng là cột này, hãy sửa tiêu đề thành "
                    f"'{col.label}'" if near and ratio >= 0.5 else
                    f"; các cột tìm thấy: {', '.join(repr(h) for h in all_headers[:12])}")
            missing_hints.append((col, hint))
        for pos, text in match.unknown.items():
            near = closest_known(text, self.table)
            tip = f"; có phải cột '{near}'? Hãy sửa tiêu đề để cột được đọc" if near else ""
            self.warnings.append(f"{where}: cột '{text}' không có trong mẫu, bỏ qua{tip}")
        for pos, name, text in match.duplicates:
            self.warnings.append(f"{where}: cột '{text}' trùng với cột '{match.shown[_pos_of(match, name)]}' "
                                 f"({self.columns[name].label}); chỉ đọc cột đầu tiên")
        absent = [c.label for c in TABLES[self.table] if not c.required and c.name not in present]
        if absent and not missing_required:
            self.warnings.append(f"{where}: không có các cột {', '.join(absent)} — các giá trị này coi là chưa rõ")

        first = True
        width = match.width
        extra_warned = False
        for chunk in sheet.chunks(match.data_start, chunk_rows):
            rows = chunk[ROW].to_numpy()
            cells = chunk.drop(columns=[ROW])
            positions = [p for p in cells.columns if isinstance(p, (int, np.integer))]
            known_positions = [p for p in positions if p in match.columns or p in match.unknown]
            nonempty = np.zeros(len(chunk), dtype=np.int64)
            for p in known_positions:
                nonempty += ~_blank(cells[p])
            if not extra_warned and not sheet.typed:
                extras = [p for p in positions if p >= width and (~_blank(cells[p])).any()]
                if extras:
                    extra_warned = True
                    self.warnings.append(f"{where}: có dữ liệu ở cột không có tiêu đề (cột thứ "
                                         f"{', '.join(str(p + 1) for p in extras[:5])}), bỏ qua")
            keep = nonempty > 0
            if first and keep.any():
                first = False
                i = int(np.argmax(keep))
                row_cells = [cell_text(cells.at[cells.index[i], p]) for p in known_positions]
                filled = [c for c in row_cells if c]
                if len(filled) >= 3 and all(_NUMBERING_CELL.match(c) for c in filled):
                    keep[i] = False
                    self.warnings.append(f"{where}: dòng {rows[i]} là dòng đánh số cột ({' '.join(filled[:4])} …), "
                                         "bỏ qua")
            if not keep.all():
                cells, rows, nonempty = cells[keep], rows[keep], nonempty[keep]
            if not len(rows):
                continue
            info.rows_in += len(rows)
            if missing_required:
                info.unread += len(rows)
                continue
            self._read_chunk(sheet, match, cells, rows, nonempty, info)
        if info.rows_in == 0 and not missing_required:
            if self.table == "decisions":
                self.warnings.append(f"{where}: sheet quyết định không có dòng dữ liệu")
            else:
                self.rejections.append(Rejection(sheet.file, sheet.name, None, None,
                                                 f"không có dòng dữ liệu nào dưới dòng tiêu đề "
                                                 f"(bảng {TABLE_LABELS[self.table]})", None, "no_rows", self.table))
        for col, hint in missing_hints:
            self.rejections.append(Rejection(
                sheet.file, sheet.name, None, col.name,
                f"thiếu cột bắt buộc '{col.label}' (bảng {TABLE_LABELS[self.table]}){hint}; "
                f"không đọc được {info.unread} dòng dữ liệu của sheet này", None, "missing_column", self.table,
                col.label))
        return info

    # -------------------------------------------------------------- one chunk
    def _read_chunk(self, sheet: Sheet, match: HeaderMatch, cells: pd.DataFrame, rows: np.ndarray,
                    nonempty: np.ndarray, info: SourceInfo) -> None:
        n = len(rows)
        bad = np.zeros(n, dtype=bool)
        out: dict[str, object] = {}
        problems: list[tuple[int, str, str, str, object]] = []  # (i, field, reason, code, raw)
        key_name = KEY_COLUMN[self.table]
        key_pos = _pos_of(match, key_name)
        key_values = None
        # A row with no key and at most two filled cells is a note or a signature line, not a record.
        key_blank = _blank(cells[key_pos]) if key_pos in cells.columns else np.ones(n, dtype=bool)
        non_data = (key_blank & (nonempty <= 2)) | (nonempty == 1)
        for pos, name in match.columns.items():
            col = self.columns[name]
            raw = cells[pos] if pos in cells.columns else pd.Series([None] * n, index=cells.index, dtype=object)
            values, reasons, codes = parse_cells(raw, col, self.reference_date)
            if name == key_name:
                key_values = values
            err = pd.notna(reasons)
            if col.required:
                empty = pd.isna(values) & ~err
                for i in np.flatnonzero(empty & ~non_data):
                    problems.append((i, name, "thiếu giá trị bắt buộc", "missing_value", None))
                bad |= empty
            for i in np.flatnonzero(err & ~non_data):
                problems.append((i, name, reasons[i], codes[i], raw.iloc[i]))
            bad |= err
            out[name] = values
        if self.table == "loans" and "program" in out:
            bad |= self._resolve_water_sanitation(out, raw_of=lambda name: cells[_pos_of(match, name)],
                                                  problems=problems, skip=non_data)
        bad |= non_data
        shown = {name: match.shown[pos] for pos, name in match.columns.items()}
        for i in np.flatnonzero(non_data):
            filled = [cell_text(cells.iloc[i][p]) for p in cells.columns if cell_text(cells.iloc[i][p])]
            problems.append((i, None, f"dòng chỉ có {len(filled)} ô có chữ — có thể là dòng ghi chú/chữ ký; "
                                      "nếu là dữ liệu thì thiếu các cột bắt buộc",
                             "non_data_row", " | ".join(filled)[:80]))
        for i, name, reason, code, raw_value in problems:
            col = self.columns.get(name) if name else None
            self.rejections.append(Rejection(sheet.file, sheet.name, int(rows[i]), name, reason, raw_value, code,
                                             self.table, shown.get(name) if name else None,
                                             bool(col and col.personal)))
        if key_values is not None:
            for i in np.flatnonzero(bad):
                k = key_values[i]
                if k is not None and k not in self.rejected_keys:
                    self.rejected_keys[k] = (sheet.file, sheet.name, int(rows[i]))
        good = ~bad
        info.rejected += int(bad.sum())
        info.clean += int(good.sum())
        if not good.any():
            return
        m = int(good.sum())
        frame = {}
        for c in TABLES[self.table]:
            if c.name in out:
                frame[c.name] = typed(out[c.name][good], c.type)
            else:
                frame[c.name] = typed(np.full(m, None, dtype=object), c.type)
        frame["source_file"] = pd.array([sheet.file] * m, dtype="string")
        frame["source_sheet"] = pd.array([sheet.name] * m, dtype="string")
        frame["source_row"] = pd.array(rows[good].astype(np.int64), dtype="Int64")
        self.frames.append(pd.DataFrame(frame))

    @staticmethod
    def _resolve_water_sanitation(out: dict, raw_of, problems: list, skip: np.ndarray) -> np.ndarray:
        """'Nước sạch và VSMT' is one program in VBSP books but two in the rules (the ceiling is per type of
        work): the purpose column says which. Returns the rows that cannot be resolved."""
        program = out["program"]
        rows = np.flatnonzero(program == WATER_SANITATION)
        bad = np.zeros(len(program), dtype=bool)
        if not len(rows):
            return bad
        purpose = out.get("purpose", np.full(len(program), None, dtype=object))
        for i in rows:
            k = key(purpose[i] or "")
            if re.search(r"\b(nha tieu|ve sinh|nha xi|ho xi|nha ve sinh)\b", k):
                program[i] = "rural_sanitation"
            elif re.search(r"\b(nuoc|cap nuoc|gieng|be nuoc|loc nuoc)\b", k):
                program[i] = "rural_water_supply"
            else:
                bad[i] = True
                if not skip[i]:
                    problems.append((i, "program", "chương trình nước sạch và vệ sinh môi trường: ghi loại công trình "
                                                   "ở cột 'Mục đích / loại công trình' (công trình nước sạch hoặc nhà "
                                                   "tiêu hợp vệ sinh) để biết hạn mức áp dụng", "invalid_value",
                                     raw_of("program").iloc[i]))
        return bad

    def frame(self) -> pd.DataFrame:
        from .result import empty_frame

        if not self.frames:
            return empty_frame(self.table)
        df = pd.concat(self.frames, ignore_index=True)
        return df


def _pos_of(match: HeaderMatch, name: str) -> int | None:
    for pos, n in match.columns.items():
        if n == name:
            return pos
    return None


def sheet_place(sheet: Sheet) -> str:
    """The file and sheet a message is about, as a person reads it."""
    from pathlib import Path

    return f"{Path(sheet.file).name}" + (f", sheet '{sheet.name}'" if sheet.name else "")
