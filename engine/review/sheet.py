"""The reviewer's spreadsheet: every scenario with its stable id, its plain-Vietnamese text, its latest
result and three columns for the reviewer (Đồng ý / Không đồng ý / Ghi chú); and reading it back.

Reading finds the header row and the columns by their titles (a reviewer may move or add columns,
add rows above, or save with another office suite), takes any mark in a column as a mark (x, X, ✓,
1, TRUE, "có"…), and groups the disputed scenarios and comments by rule, using the rule column of
the sheet itself, so that a sheet of an older version of the features still reads back; ids that are
no longer among the current scenarios are said so.
"""
from __future__ import annotations

import datetime as dt
import json
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from . import catalogue, results

SHEET = "Kịch bản"
HELP_SHEET = "Hướng dẫn"
COLUMNS = [  # (key, title, width)
    ("uid", "Mã kịch bản", 34),
    ("rules", "Quy tắc / thẻ", 34),
    ("file", "Tệp", 26),
    ("name", "Kịch bản", 45),
    ("text", "Nội dung (tiếng Việt)", 80),
    ("outcome", "Kết quả lần chạy gần nhất", 16),
    ("agree", "Đồng ý", 10),
    ("disagree", "Không đồng ý", 12),
    ("comment", "Ghi chú", 45),
]
TITLES = {key: title for key, title, _ in COLUMNS}
NO_MARK = {"", "0", "không", "khong", "false", "sai", "no", "n", "-", "—"}
NO_RULE = "(không gắn quy tắc)"
HELP = [
    "Sổ rà soát kịch bản — hướng dẫn",
    "Mỗi dòng của trang «Kịch bản» là một kịch bản kiểm thử (mỗi dòng dữ liệu của khung kịch bản là một kịch bản).",
    "Đọc cột «Nội dung»: hệ thống phải cho đúng kết quả nêu ở các câu «Thì …».",
    "Đánh dấu x vào «Đồng ý» nếu kịch bản đúng quy định; vào «Không đồng ý» nếu sai, và ghi lý do, điều khoản ở «Ghi chú».",
    "Không sửa cột «Mã kịch bản»: mã giữ nguyên khi kịch bản được chuyển chỗ hay sửa câu chữ, nhóm phát triển dựa vào đó.",
    "Lưu lại dạng .xlsx (Excel hoặc LibreOffice) và gửi lại; nhóm phát triển chạy: dungdoituong review-import <tệp>.",
]


def _rules_cell(case: catalogue.Case) -> str:
    rules = case.rules
    if rules:
        return "\n".join(rules)
    return "\n".join(sorted(t for t in case.tags if t.split(":", 1)[0] in catalogue.TAG_KINDS)) or NO_RULE


def write_sheet(out: Path, cases: list | None = None, runs: dict | None = None) -> int:
    """Write the review sheet; returns the number of scenarios."""
    cases = catalogue.load() if cases is None else cases
    runs = results.load() if runs is None else runs
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append([title for _, title, _ in COLUMNS])
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for i, (_, _, width) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=i)
        cell.font, cell.fill = bold, fill
        ws.column_dimensions[cell.column_letter].width = width
    for c in cases:
        run = results.for_case(runs, c)
        ws.append([c.uid, _rules_cell(c), c.file, c.name, c.text(), run.label if run else "chưa chạy", None, None, None])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    marks = DataValidation(type="list", formula1='"x"', allow_blank=True, showErrorMessage=False)
    ws.add_data_validation(marks)
    keys = [k for k, _, _ in COLUMNS]
    for key in ("agree", "disagree"):
        letter = openpyxl.utils.get_column_letter(keys.index(key) + 1)
        marks.add(f"{letter}2:{letter}{len(cases) + 1}")
    help_ws = wb.create_sheet(HELP_SHEET)
    for line in HELP:
        help_ws.append([line])
    help_ws["A1"].font = bold
    help_ws.column_dimensions["A"].width = 120
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return len(cases)


# --------------------------------------------------------------------------- reading back

@dataclass
class Answer:
    uid: str
    rules: list
    name: str
    row: int
    agree: bool
    disagree: bool
    comment: str
    current: bool = True  # the id is among the current scenarios

    @property
    def disputed(self) -> bool:
        return self.disagree


@dataclass
class Review:
    file: str
    answers: list = field(default_factory=list)

    @property
    def disputed(self) -> list:
        return [a for a in self.answers if a.disputed]

    @property
    def commented(self) -> list:
        """Comments that come with no disagreement (an agreement with a remark, or a remark alone)."""
        return [a for a in self.answers if a.comment and not a.disputed]

    @property
    def agreed(self) -> list:
        return [a for a in self.answers if a.agree and not a.disagree]

    @property
    def unanswered(self) -> list:
        return [a for a in self.answers if not a.agree and not a.disagree and not a.comment]

    def by_rule(self) -> dict[str, list]:
        """rule id (or tag) → disputed and commented answers, disputed first."""
        groups: dict[str, list] = {}
        for a in self.disputed + self.commented:
            for r in a.rules or [NO_RULE]:
                groups.setdefault(r, []).append(a)
        return dict(sorted(groups.items()))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value)).strip()


def _marked(value) -> bool:
    return _text(value).casefold() not in NO_MARK


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", _text(s).casefold())
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn").replace("đ", "d")


class SheetError(ValueError):
    """The workbook is not a review sheet (message in Vietnamese)."""


def read_sheet(path: Path, cases: list | None = None) -> Review:
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 — any unreadable file gets the same plain message
        raise SheetError(f"Không đọc được tệp {path}: không phải bảng tính .xlsx ({type(exc).__name__})") from None
    ws = wb[SHEET] if SHEET in wb.sheetnames else wb.worksheets[0]
    wanted = {_fold(title): key for key, title, _ in COLUMNS}
    rows = ws.iter_rows(values_only=True)
    columns = None
    header_row = 0
    for header_row, row in enumerate(rows, start=1):
        found = {wanted[_fold(v)]: i for i, v in enumerate(row) if _fold(v) in wanted}
        if "uid" in found:
            columns = found
            break
        if header_row >= 20:
            break
    if columns is None:
        raise SheetError(f"{path}: không thấy dòng tiêu đề có cột «{TITLES['uid']}»")
    missing = [TITLES[k] for k in ("agree", "disagree", "comment") if k not in columns]
    if missing:
        raise SheetError(f"{path}: thiếu cột {', '.join('«' + m + '»' for m in missing)}")
    current = {c.uid for c in (catalogue.load() if cases is None else cases)}
    review = Review(str(path))

    def get(row, key):
        i = columns.get(key)
        return row[i] if i is not None and i < len(row) else None

    for n, row in enumerate(rows, start=header_row + 1):
        uid = _text(get(row, "uid"))
        if not uid:
            continue
        cell = _text(get(row, "rules"))
        rules = [] if cell == NO_RULE else cell.replace(",", " ").split()
        review.answers.append(Answer(uid, rules, _text(get(row, "name")), n, _marked(get(row, "agree")),
                                     _marked(get(row, "disagree")), _text(get(row, "comment")), uid in current))
    wb.close()
    return review


def report_text(review: Review, rule_titles: dict | None = None) -> str:
    rule_titles = rule_titles or {}
    a = review.answers
    lines = [f"Ý kiến rà soát từ {Path(review.file).name}: {len(a)} kịch bản — {len(review.agreed)} đồng ý, "
             f"{len(review.disputed)} không đồng ý, {len(review.commented)} ghi chú khác, {len(review.unanswered)} chưa trả lời."]
    groups = review.by_rule()
    if not groups:
        lines.append("Không có kịch bản nào bị phản đối hay có ghi chú.")
    for rule, answers in groups.items():
        n = sum(1 for x in answers if x.disputed)
        title = rule_titles.get(rule)
        lines.append("")
        lines.append(f"== {rule}" + (f" — {title}" if title else "") + f" ({n} không đồng ý, {len(answers) - n} ghi chú)")
        for x in answers:
            mark = "KHÔNG ĐỒNG Ý" if x.disputed else ("đồng ý, ghi chú" if x.agree else "ghi chú")
            if x.disputed and x.agree:
                mark += " (đánh dấu cả «Đồng ý»)"
            stale = "" if x.current else " [mã không còn trong bộ kịch bản hiện tại]"
            lines.append(f"  - [{mark}] {x.uid} (dòng {x.row}){stale}: {x.name}")
            if x.comment:
                lines.append(f"      Ghi chú: {x.comment}")
    return "\n".join(lines)


def report_json(review: Review) -> dict:
    return {"file": review.file, "generated": dt.datetime.now().isoformat(timespec="seconds"),
            "counts": {"scenarios": len(review.answers), "agreed": len(review.agreed),
                       "disputed": len(review.disputed), "commented": len(review.commented),
                       "unanswered": len(review.unanswered)},
            "by_rule": {rule: [asdict(x) for x in answers] for rule, answers in review.by_rule().items()}}


def write_report(review: Review, out_text: Path, rule_titles: dict | None = None) -> tuple[Path, Path]:
    out_text.parent.mkdir(parents=True, exist_ok=True)
    out_text.write_text(report_text(review, rule_titles) + "\n", encoding="utf-8")
    out_json = out_text.with_suffix(".json")
    out_json.write_text(json.dumps(report_json(review), ensure_ascii=False, indent=1), encoding="utf-8")
    return out_text, out_json
