"""Files in, reports out: read the review list (and loan book, and previous review) with
engine.reading, run ``audit_frames``, account for every input row, write the outputs atomically.

Personal data (names, CCCD) is read only to compare people; it is never logged, and the outputs
hold CCCD numbers only masked (``********1234``) and no names.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from engine.errors import DungDoiTuongError
from engine.law import rulebook
from ..reading import ReadResult, read_loan_book, read_review_list
from ..reading.result import TABLE_LABELS, show_value
from .core import AuditResult, audit_frames
from .settings import AuditSettings

class PlaceNotFound(DungDoiTuongError):
    """No province/commune for (some of) the list's households: nothing is checked or written."""

    def __init__(self, reason: str):
        self.message = reason[:1].upper() + reason[1:]
        super().__init__(self.message)


STEPS = ("Đọc danh sách hộ", "Đọc sổ vay", "Đọc danh sách kỳ trước", "Xét hộ và khoản vay", "Ghi báo cáo")


@dataclass
class CheckRun:
    day: dt.date
    review: ReadResult
    loans: ReadResult | None = None
    previous: ReadResult | None = None
    result: AuditResult | None = None
    accounting: pd.DataFrame = field(default_factory=pd.DataFrame)
    rejections: pd.DataFrame = field(default_factory=pd.DataFrame)
    outputs: list = field(default_factory=list)
    timings: dict = field(default_factory=dict)
    inputs: dict = field(default_factory=dict)

    @property
    def nothing_read(self) -> bool:
        """True when not a single household could be read: the CLI then exits non-zero."""
        return len(self.review.households) == 0


def rejections_frame(*reads: tuple[str, ReadResult | None]) -> pd.DataFrame:
    rows = []
    for what, r in reads:
        if r is None:
            continue
        for x in r.rejections:
            value = None
            if x.value is not None and x.row is not None:
                value = "[giá trị ẩn]" if x.personal else show_value(x.value)
            rows.append({"input": what, "table": TABLE_LABELS.get(x.table or "", x.table or ""), "file": Path(x.file).name,
                         "sheet": x.sheet, "row": x.row, "column": x.header or x.field, "code": x.code,
                         "reason": x.reason, "value": value})
    cols = ["input", "table", "file", "sheet", "row", "column", "code", "reason", "value"]
    return pd.DataFrame(rows, columns=cols)


def accounting_frame(run: CheckRun) -> pd.DataFrame:
    """Per sheet read: data rows, clean, rejected, not read (sheet error), not evaluated, evaluated."""
    rows = []
    ne = run.result.not_evaluated if run.result is not None else pd.DataFrame()
    for what, r in (("Danh sách rà soát", run.review), ("Sổ vay", run.loans), ("Danh sách kỳ trước", run.previous)):
        if r is None:
            continue
        for s in r.sources:
            not_ev = 0
            if what == "Danh sách rà soát" and s.table == "households" and len(ne) and "source_file" in ne:
                not_ev = int(((ne["source_file"] == s.file) & (ne["source_sheet"].fillna("") == (s.sheet or ""))).sum())
            evaluated = s.clean - not_ev if what != "Danh sách kỳ trước" else 0
            rows.append({"input": what, "table": TABLE_LABELS.get(s.table or "", s.table or ""), "file": Path(s.file).name,
                         "sheet": s.sheet, "rows_in": s.rows_in, "clean": s.clean, "rejected": s.rejected,
                         "unread": s.unread, "not_evaluated": not_ev, "evaluated": evaluated,
                         "balanced": s.rows_in == s.clean + s.rejected + s.unread})
        for x in r.file_errors:
            same = [row for row in rows if row["input"] == what and row["file"] == Path(x.file).name
                    and row["sheet"] == x.sheet]
            if same:
                same[-1]["file_error"] = x.reason
                continue
            rows.append({"input": what, "table": TABLE_LABELS.get(x.table or "", x.table or ""), "file": Path(x.file).name,
                         "sheet": x.sheet, "rows_in": 0, "clean": 0, "rejected": 0, "unread": 0, "not_evaluated": 0,
                         "evaluated": 0, "balanced": True, "file_error": x.reason})
    cols = ["input", "table", "file", "sheet", "rows_in", "clean", "rejected", "unread", "not_evaluated", "evaluated",
            "balanced", "file_error"]
    return pd.DataFrame(rows, columns=cols)


def run_check(review_paths, day: dt.date, out_dir: Path | str | None = None, *, loans_paths=None,
              previous_paths=None, previous_date: dt.date | None = None, what_if: dt.date | None = None,
              settings: AuditSettings | None = None, book: rulebook.Rulebook | None = None,
              progress: Callable[[str], None] | None = None, place=None) -> CheckRun:
    """The whole batch check. ``progress(step)`` is called as each step of STEPS starts. ``place``
    (engine.places.Hint) is the list's province/commune when its rows, title block and file name do
    not say it; a list whose place cannot be found raises ``PlaceNotFound`` before anything is written."""
    book = book or rulebook.default()
    settings = settings or AuditSettings()
    tell = progress or (lambda step: None)
    timings = {}
    t0 = time.perf_counter()
    tell(STEPS[0])
    review = read_review_list(review_paths, day, place=place)
    if review.place_problems:
        raise PlaceNotFound(" ".join(dict.fromkeys(review.place_problems)))
    timings["read_review"] = time.perf_counter() - t0
    run = CheckRun(day, review, inputs={"review": _names(review_paths), "loans": _names(loans_paths),
                                        "previous": _names(previous_paths)})
    t = time.perf_counter()
    tell(STEPS[1])
    if loans_paths:
        run.loans = read_loan_book(loans_paths, day, households=review)
    timings["read_loans"] = time.perf_counter() - t
    t = time.perf_counter()
    tell(STEPS[2])
    if previous_paths:
        run.previous = read_review_list(previous_paths, day, place=place)
    timings["read_previous"] = time.perf_counter() - t
    t = time.perf_counter()
    tell(STEPS[3])
    if not run.nothing_read:
        prev = None
        if run.previous is not None and len(run.previous.households):
            prev = (run.previous.households, run.previous.members, run.previous.decisions)
        # a loan book that could not be read at all is no loan book: no "eligible, no loan" outreach list from it
        loans = run.loans.loans if run.loans is not None and (len(run.loans.loans) or not run.loans.file_errors) \
            else None
        run.result = audit_frames(review.households, review.members, review.decisions, loans, day=day, book=book,
                                  settings=settings, previous=prev, previous_date=previous_date, what_if=what_if)
    timings["evaluate"] = time.perf_counter() - t
    run.accounting = accounting_frame(run)
    run.rejections = rejections_frame(("Danh sách rà soát", review), ("Sổ vay", run.loans),
                                      ("Danh sách kỳ trước", run.previous))
    t = time.perf_counter()
    tell(STEPS[4])
    if out_dir is not None:
        from .outputs import write_all

        run.outputs = write_all(run, Path(out_dir), book)
    timings["write"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - t0
    run.timings = timings
    return run


def _names(paths) -> list[str]:
    if not paths:
        return []
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return [Path(p).name for p in paths]
