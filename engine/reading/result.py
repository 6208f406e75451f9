"""What a read returns: clean canonical tables, the rows rejected with reasons, warnings."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from engine.facts.columns import TABLES
from ..errors import FieldProblem

DTYPES = {"str": "string", "enum": "string", "int": "Int64", "float": "Float64", "bool": "boolean",
          "date": "datetime64[ns]", "list": "string"}
SOURCE_COLUMNS = ("source_file", "source_sheet", "source_row")

TABLE_LABELS = {"households": "hộ gia đình", "members": "thành viên", "decisions": "quyết định công nhận",
                "loans": "sổ vay"}

# Rejection codes (stable, for reports and filters).
CODES = {
    "invalid_value": "giá trị không hợp lệ",
    "missing_value": "thiếu giá trị bắt buộc",
    "future_date": "ngày sau ngày tham chiếu",
    "duplicate_id": "mã trùng",
    "orphan_member": "thành viên không thuộc hộ nào trong danh sách",
    "orphan_decision": "quyết định cho hộ không có trong danh sách",
    "unknown_household": "khoản vay của hộ không có trong danh sách",
    "non_data_row": "dòng không phải dữ liệu",
    "missing_column": "thiếu cột bắt buộc",
    "missing_table": "thiếu bảng",
    "no_header": "không tìm thấy dòng tiêu đề",
    "no_rows": "không có dòng dữ liệu",
    "empty_file": "tệp rỗng",
    "broken_file": "tệp hỏng",
    "bad_encoding": "sai bảng mã",
    "missing_file": "không tìm thấy tệp",
    "unsupported_format": "định dạng không hỗ trợ",
    "no_place": "không xác định được xã/phường",
    "unknown_place": "không có xã/phường này trong danh mục",
    "ambiguous_place": "tên xã/phường trùng nhiều đơn vị",
}
FILE_LEVEL = frozenset({"no_place", "missing_column", "missing_table", "no_header", "no_rows", "empty_file", "broken_file",
                        "bad_encoding", "missing_file", "unsupported_format"})


def show_value(value) -> str:
    """A raw cell as a user would recognise it: dates dd/mm/yyyy, whole numbers without '.0'."""
    import datetime as dt

    if isinstance(value, (dt.datetime, pd.Timestamp)):
        return value.strftime("%d/%m/%Y") if not (value.hour or value.minute or value.second) \
            else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)[:60]


@dataclass(frozen=True)
class Rejection:
    """One reason a row (or, with ``row`` None, a whole file or sheet) was not read."""

    file: str
    sheet: str | None
    row: int | None  # 1-based, as the user sees it in the sheet; None = the whole file/sheet
    field: str | None  # canonical column name, None when the reason is not one field's
    reason: str  # Vietnamese
    value: object = None  # the raw cell as read
    code: str = "invalid_value"
    table: str | None = None
    header: str | None = None  # the column's header as written in the file
    personal: bool = False  # value is a name or CCCD: masked in text()

    @property
    def file_level(self) -> bool:
        return self.row is None

    def where(self) -> str:
        parts = [Path(self.file).name] if self.file else []
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"dòng {self.row}")
        return ", ".join(parts)

    def text(self) -> str:
        """One Vietnamese line, personal values masked (safe for logs)."""
        col = f"cột '{self.header}': " if self.header else ""
        value = ""
        if self.value is not None and self.row is not None:
            value = " [giá trị ẩn]" if self.personal else f" [giá trị: {show_value(self.value)}]"
        where = self.where()
        return f"{where + ': ' if where else ''}{col}{self.reason}{value}"

    def as_field_problem(self) -> FieldProblem:
        return FieldProblem(field=self.field or "", label=self.header or TABLE_LABELS.get(self.table or "", ""),
                            message=self.reason, value=None if self.personal else self.value, row=self.row)


@dataclass
class SourceInfo:
    """One sheet or file read: which table it held and how its rows were accounted for."""

    file: str
    sheet: str | None
    table: str | None
    header_rows: tuple[int, ...] = ()  # 1-based row numbers of the header
    columns: dict[str, str] = field(default_factory=dict)  # canonical name → header as written
    rows_in: int = 0  # data rows (blank rows and a column-numbering row not counted)
    clean: int = 0
    rejected: int = 0
    unread: int = 0  # rows not read because of a file-level error (missing required column)
    place_hints: list = field(default_factory=list)  # engine.places.Hint from the title block, the file name


def empty_frame(table: str) -> pd.DataFrame:
    cols = {c.name: pd.Series([], dtype=DTYPES[c.type]) for c in TABLES[table]}
    cols["source_file"] = pd.Series([], dtype="string")
    cols["source_sheet"] = pd.Series([], dtype="string")
    cols["source_row"] = pd.Series([], dtype="Int64")
    return pd.DataFrame(cols)


@dataclass
class ReadResult:
    households: pd.DataFrame = field(default_factory=lambda: empty_frame("households"))
    members: pd.DataFrame = field(default_factory=lambda: empty_frame("members"))
    decisions: pd.DataFrame = field(default_factory=lambda: empty_frame("decisions"))
    loans: pd.DataFrame = field(default_factory=lambda: empty_frame("loans"))
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sources: list[SourceInfo] = field(default_factory=list)
    # table → {household or loan id of a rejected row → (file, sheet, row)}: for "its household was rejected"
    rejected_ids: dict[str, dict[str, tuple]] = field(default_factory=dict)
    place_problems: list[str] = field(default_factory=list)  # sheets whose place could not be found (Vietnamese)
    places: list[str] = field(default_factory=list)  # each place found, where it was taken from, how many households

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    @property
    def file_errors(self) -> list[Rejection]:
        return [r for r in self.rejections if r.file_level]

    @property
    def row_rejections(self) -> list[Rejection]:
        return [r for r in self.rejections if not r.file_level]

    def rejected_rows(self, table: str | None = None) -> set[tuple[str, str | None, int]]:
        return {(r.file, r.sheet, r.row) for r in self.row_rejections if table is None or r.table == table}

    @property
    def rows_in(self) -> int:
        return sum(s.rows_in for s in self.sources)

    @property
    def rows_clean(self) -> int:
        return sum(len(self.table(t)) for t in TABLES)

    @property
    def nothing_read(self) -> bool:
        """True when no table has a single clean row: the CLI exits non-zero only then."""
        return self.rows_clean == 0

    def summary(self) -> str:
        lines = []
        for t in TABLES:
            n = len(self.table(t))
            rej = len(self.rejected_rows(t))
            if n or rej:
                lines.append(f"{TABLE_LABELS[t]}: {n} dòng hợp lệ, {rej} dòng bị từ chối")
        if self.file_errors:
            lines.append(f"{len(self.file_errors)} lỗi cấp tệp/sheet")
        if self.warnings:
            lines.append(f"{len(self.warnings)} cảnh báo")
        return "\n".join(lines) or "không đọc được dữ liệu nào"
