"""Batch-check reports: CSV of decisions, an Excel workbook and a self-contained offline HTML page."""
from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from engine.decisions import fmt
from engine.decisions.decision import Decision
from engine.errors import FieldProblem

OUTCOME_ORDER = ("poor", "near_poor", "average", "none", "needs_review")
REJECTED_LABEL = "Bị từ chối (dữ liệu sai)"


@dataclass
class Row:
    """One household's line in a report: a decision, or the reasons its data was rejected."""

    file: str
    row: int | None
    household_id: str | None
    outcome: str = "rejected"
    label: str = REJECTED_LABEL
    standard: str = ""
    unverified: bool | None = None
    programs: str = ""
    flags: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    has_flags: bool = False

    @classmethod
    def from_decision(cls, file: str, row: int | None, d: Decision) -> "Row":
        c = d.classification
        programs = "; ".join(f"{p.label}: {p.outcome_label}" +
                             (f" (còn {fmt.money(p.remaining_amount)})" if p.remaining_amount is not None else "")
                             for p in d.programs)
        return cls(file, row, d.household_id, c.outcome, c.label, c.standard or "", c.unverified, programs,
                   [f.message for f in d.flags], c.reasons + c.review_reasons, bool(d.flags))

    @classmethod
    def rejected(cls, file: str, row: int | None, household_id: str | None, problems: list[FieldProblem]) -> "Row":
        return cls(file, row, household_id, reasons=[p.text() for p in problems])

    def programs_text(self) -> str:
        return self.programs

    def reasons_text(self) -> str:
        return "; ".join(self.reasons)

    def flags_text(self) -> str:
        return "; ".join(self.flags)


@dataclass
class Meta:
    day: dt.date
    ruleset_version: str
    files: list[str]
    created: dt.datetime
    warnings: list[str] = field(default_factory=list)


def summary(rows: list[Row]) -> dict:
    counts = Counter(r.outcome for r in rows)
    labels = {}
    for r in rows:
        labels.setdefault(r.outcome, r.label)
    flagged = sum(1 for r in rows if r.has_flags)
    unverified = sum(1 for r in rows if r.unverified)
    order = [o for o in OUTCOME_ORDER if o in counts] + [o for o in counts if o not in OUTCOME_ORDER]
    return {"total": len(rows), "flagged": flagged, "unverified": unverified,
            "outcomes": [{"outcome": o, "label": labels[o], "count": counts[o]} for o in order]}


HEADER = ["Tệp", "Dòng", "Mã hộ", "Kết quả", "Mã kết quả", "Chuẩn áp dụng", "Căn cứ chưa xác minh",
          "Chương trình cho vay", "Cảnh báo", "Lý do / lỗi dữ liệu"]


def _cells(r: Row) -> list:
    unverified = "" if r.unverified is None else ("có" if r.unverified else "không")
    return [r.file, r.row if r.row is not None else "", r.household_id or "", r.label, r.outcome, r.standard,
            unverified, r.programs_text(), r.flags_text(), r.reasons_text()]


def write_csv(rows: list[Row], path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:  # BOM: Excel opens Vietnamese correctly
        w = csv.writer(f)
        w.writerow(HEADER)
        for r in rows:
            w.writerow(_cells(r))


def write_xlsx(rows: list[Row], meta: Meta, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Tổng hợp"
    bold = Font(bold=True)
    ws.append(["Báo cáo kiểm tra hàng loạt — Đúng Đối Tượng"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Ngày tham chiếu", fmt.date(meta.day)])
    ws.append(["Bộ quy tắc", meta.ruleset_version])
    ws.append(["Tệp", ", ".join(meta.files)])
    ws.append(["Lập lúc", meta.created.strftime("%d/%m/%Y %H:%M")])
    ws.append([])
    ws.append(["Kết quả", "Số hộ"])
    for cell in ws[ws.max_row]:
        cell.font = bold
    s = summary(rows)
    for o in s["outcomes"]:
        ws.append([o["label"], o["count"]])
    ws.append(["Tổng số hộ", s["total"]])
    ws.append(["Có cảnh báo", s["flagged"]])
    ws.append(["Dựa trên căn cứ chưa xác minh", s["unverified"]])
    if meta.warnings:
        ws.append([])
        ws.append(["Lưu ý khi đọc tệp"])
        ws[ws.max_row][0].font = bold
        for w in meta.warnings:
            ws.append([w])
    ws.column_dimensions["A"].width = 45
    ws.column_dimensions["B"].width = 30

    detail = wb.create_sheet("Kết quả từng hộ")
    detail.append(HEADER)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    for cell in detail[1]:
        cell.font = bold
        cell.fill = head_fill
    for r in rows:
        detail.append(_cells(r))
    for col, width in zip("ABCDEFGHIJ", (18, 7, 14, 26, 14, 26, 12, 40, 50, 80)):
        detail.column_dimensions[col].width = width
    for row in detail.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    detail.freeze_panes = "A2"
    detail.auto_filter.ref = detail.dimensions
    wb.save(path)


def write_html(rows: list[Row], meta: Meta, path: Path) -> None:
    from .templating import templates_env

    html = templates_env().get_template("report.html").render(rows=rows, meta=meta, summary=summary(rows), fmt=fmt)
    path.write_text(html, encoding="utf-8")
