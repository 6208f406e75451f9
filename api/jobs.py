"""Batch checks ("kiểm tra hàng loạt"): a job runner interface and a worker thread with state in the DB.

The runner is a plain function ``run_check(inputs: CheckInputs, day, out_dir, progress_cb) -> CheckResult``.
JSON uploads go household by household through the durable-rules engine (as ``POST /screen``); spreadsheets
are read and audited once, by the same path as ``dungdoituong check`` (engine.audit.driver).
Uploaded files and reports live under ``<data_dir>/checks/<job id>/``; the job's state lives in the
database, so a job survives the browser closing and, if the process stops, is run again at start-up.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import json
import logging
import queue
import re
import shutil
import threading
import time
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Protocol

import pandas as pd

from engine.audit import driver
from engine.law import rulebook
from engine.facts import validation
from engine.errors import DungDoiTuongError, FieldProblem, InputError

from . import reports
from .db import CheckJob, Database, utcnow
from .service import RequestInputError, run_engine

log = logging.getLogger("dungdoituong.api.jobs")

ProgressCallback = Callable[[int, "int | None", str], None]
"""progress_cb(done, total or None, stage in Vietnamese)."""


@dataclass
class Report:
    name: str  # file name under out_dir
    label: str  # Vietnamese
    media_type: str


@dataclass
class CheckResult:
    reports: list[Report]
    summary: dict = field(default_factory=dict)


@dataclass
class CheckInputs:
    """The uploaded files of one check: the review list (households) and, optionally, the loan book."""

    review: list[Path]
    loans: list[Path] = field(default_factory=list)

    def all(self) -> list[Path]:
        return self.review + self.loans


class CheckRunner(Protocol):
    def __call__(self, inputs: CheckInputs, day: dt.date, out_dir: Path, progress_cb: ProgressCallback) -> CheckResult: ...


class CheckInputError(DungDoiTuongError):
    """An uploaded file cannot be read at all; the message is Vietnamese."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


TABULAR = (".xlsx", ".csv", ".parquet")


def supported_suffixes(loans: bool = False) -> tuple[str, ...]:
    return TABULAR if loans else (".json",) + TABULAR


LOANS_NEED_TABLE = ("Sổ vay được đối chiếu với danh sách rà soát dạng bảng (.xlsx, .csv, .parquet); "
                    "hãy tải lên danh sách hộ dạng bảng cùng sổ vay")


def loans_without_table(review_names: list[str], loan_names: list[str]) -> bool:
    """A loan book is audited against the households of a review list in a table format (engine.audit)."""
    return bool(loan_names) and not any(Path(n).suffix.lower() in TABULAR for n in review_names)


def iter_households(path: Path) -> Iterator[tuple[int, object]]:
    """(1-based position, raw record) for each household (or application) in an uploaded JSON file."""
    try:
        data = json.loads(path.read_bytes())
    except UnicodeDecodeError:
        raise CheckInputError(f"Tệp {path.name} không phải văn bản UTF-8") from None
    except json.JSONDecodeError as exc:
        raise CheckInputError(f"Tệp {path.name} không phải JSON hợp lệ: dòng {exc.lineno}, cột {exc.colno}: {exc.msg}") from None
    if isinstance(data, dict) and isinstance(data.get("households"), list):
        data = data["households"]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise CheckInputError(f"Tệp {path.name} phải chứa một danh sách hộ gia đình [ {{...}}, {{...}} ]")
    yield from enumerate(data, start=1)


def _json_rows(paths: list[Path], day: dt.date, progress_cb: ProgressCallback) -> list[reports.Row]:
    """Each household through the durable-rules engine: classification and every lending program."""
    records = [(p.name, row, raw) for p in paths for row, raw in iter_households(p)]
    total = len(records)
    progress_cb(0, total, "Đang xét từng hộ")
    rows: list[reports.Row] = []
    last = time.monotonic()
    for n, (fname, row, raw) in enumerate(records, start=1):
        is_app = isinstance(raw, dict) and isinstance(raw.get("household"), dict)
        hh_raw = raw["household"] if is_app else raw
        hid = hh_raw.get("household_id") if isinstance(hh_raw, dict) and isinstance(hh_raw.get("household_id"), str) else None
        try:
            household = validation.parse_household(hh_raw)
            request = {k: v for k, v in raw.items() if k != "household"} if is_app else None
            rows.append(reports.Row.from_decision(fname, row, run_engine(household, day, request)))
        except InputError as exc:  # RequestInputError included
            prefix = "request." if isinstance(exc, RequestInputError) else ""
            for p in exc.problems:
                p.row, p.field = row, prefix + p.field
            rows.append(reports.Row.rejected(fname, row, hid, exc.problems))
        now = time.monotonic()
        if now - last > 0.3 or n == total:
            progress_cb(n, total, "Đang xét từng hộ")
            last = now
    return rows


def _where(file, sheet) -> str:
    name = Path(str(file)).name
    return f"{name} › {sheet}" if not pd.isna(sheet) and sheet else name


def _row_number(value) -> int | None:
    return None if pd.isna(value) else int(value)


def _audited_rows(review: list[Path], loans: list[Path], day: dt.date, work: Path,
                  progress_cb: ProgressCallback) -> tuple[list[reports.Row], dict]:
    """Review lists (.xlsx/.csv/.parquet) and the loan book through the targeting audit, once: the same
    path as ``dungdoituong check`` (engine.audit.driver). Its reports are written under ``work``; the
    per-household lines of the job's own report are taken from the same run."""
    book = rulebook.default()
    labels = {**book.families["poverty_classification"].outcomes, "needs_review": "Cần rà soát"}

    def step(name: str) -> None:
        progress_cb(driver.STEPS.index(name), len(driver.STEPS), f"Kiểm tra đúng đối tượng: {name}")

    run = driver.run_check([str(p) for p in review], day, work, loans_paths=[str(p) for p in loans] or None,
                           progress=step)
    rows: list[reports.Row] = []
    rejected: dict[tuple, list] = {}
    for read in (run.review, run.loans):
        for r in (read.rejections if read is not None else []):
            rejected.setdefault((Path(r.file).name, r.sheet, r.row), []).append(r)
    for (fname, sheet, row), rs in rejected.items():
        hid = next((str(r.value) for r in rs if r.field == "household_id" and r.value is not None), None)
        rows.append(reports.Row.rejected(_where(fname, sheet), row, hid, [r.as_field_problem() for r in rs]))
    if run.result is not None:
        flags = run.result.flags
        messages: dict[str, list[str]] = {}
        if len(flags):
            for hid, message in zip(flags["household_id"], flags["message"]):
                if isinstance(hid, str):
                    messages.setdefault(hid, []).append(message)
        for h in run.result.households.to_dict("records"):
            where, row, hid = _where(h["source_file"], h["source_sheet"]), _row_number(h["source_row"]), str(h["household_id"])
            if not h["evaluated"]:
                reason = h["not_evaluated_reason"] or "không xét được"
                rows.append(reports.Row.rejected(where, row, hid, [FieldProblem("members", "thành viên", reason)]))
                continue
            found = messages.get(hid, [])
            rows.append(reports.Row(where, row, hid, outcome=h["outcome"], label=labels.get(h["outcome"], h["outcome"]),
                                    unverified=bool(h["unverified_basis"]), flags=found, has_flags=bool(found),
                                    reasons=[f"Quy tắc quyết định: {h['rule_ids']}"] if h["rule_ids"] else []))
    extra = {"warnings": (run.review.warnings + (run.loans.warnings if run.loans is not None else []))[:200]}
    if run.loans is not None:
        extra["loans_read"] = int(len(run.loans.loans))
    return rows, extra


def run_check(inputs: CheckInputs, day: dt.date, out_dir: Path, progress_cb: ProgressCallback) -> CheckResult:
    """Classify every household of the uploaded files at ``day``; write CSV, Excel and HTML reports."""
    book = rulebook.default()
    day = validation.check_reference_date(day, book.coverage)
    progress_cb(0, None, "Đang đọc tệp tải lên")
    json_files = [p for p in inputs.review if p.suffix.lower() == ".json"]
    tabular = [p for p in inputs.review if p.suffix.lower() in TABULAR]
    if loans_without_table([p.name for p in inputs.review], [p.name for p in inputs.loans]):
        raise CheckInputError(LOANS_NEED_TABLE)
    rows = _json_rows(json_files, day, progress_cb) if json_files else []
    extra: dict = {}
    audit_reports: list[Report] = []
    if tabular:
        work = out_dir.parent / (out_dir.name + "-audit")
        more, extra = _audited_rows(tabular, inputs.loans, day, work, progress_cb)
        rows += more
        audit_reports = _audit_reports(work, out_dir)
    progress_cb(len(rows), len(rows), "Đang ghi báo cáo")
    meta = reports.Meta(day=day, ruleset_version=book.version, files=[p.name for p in inputs.all()],
                        created=dt.datetime.now(), warnings=extra.get("warnings", []))
    out_dir.mkdir(parents=True, exist_ok=True)
    reports.write_csv(rows, out_dir / "ket-qua.csv")
    reports.write_xlsx(rows, meta, out_dir / "bao-cao.xlsx")
    reports.write_html(rows, meta, out_dir / "bao-cao.html")
    summary = reports.summary(rows)
    summary.update({k: v for k, v in extra.items() if k != "warnings"})
    summary["warnings"] = extra.get("warnings", [])
    return CheckResult(
        reports=[Report("bao-cao.xlsx", "Báo cáo Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                 Report("bao-cao.html", "Báo cáo HTML (xem không cần mạng)", "text/html; charset=utf-8"),
                 Report("ket-qua.csv", "Kết quả từng hộ (CSV)", "text/csv; charset=utf-8")] + audit_reports,
        summary=summary)


# The targeting audit's own reports (engine/audit), offered beside the per-household report.
AUDIT_REPORTS = (("bao_cao.xlsx", "kiem-tra-doi-tuong.xlsx", "Kiểm tra đúng đối tượng — Excel (mọi cảnh báo, theo nhóm)",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                 ("bao_cao.html", "kiem-tra-doi-tuong.html", "Kiểm tra đúng đối tượng — HTML có biểu đồ", "text/html; charset=utf-8"),
                 ("canh_bao.csv", "canh-bao.csv", "Danh sách cảnh báo (CSV)", "text/csv; charset=utf-8"))


def _audit_reports(work: Path, out_dir: Path) -> list[Report]:
    """Copy the audit's reports under their download names."""
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for src, name, label, media in AUDIT_REPORTS:
        if (work / src).is_file():
            shutil.copyfile(work / src, out_dir / name)
            made.append(Report(name, label, media))
    shutil.rmtree(work, ignore_errors=True)
    return made


_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str, index: int) -> str:
    """``NN/<name>``: an ASCII file name in its own numbered folder, so two uploads never collide and
    reports show the name the user gave (less its diacritics)."""
    base = unicodedata.normalize("NFKD", Path(name or "").name.replace("đ", "d").replace("Đ", "D"))
    base = _SAFE.sub("_", base.encode("ascii", "ignore").decode()).strip("._") or "tep"
    return f"{index:02d}/{base[-80:]}"


class JobManager:
    """One worker thread runs queued checks in order; every state change is written to the database.

    With several server processes (``serve --workers N``) on one data folder, only the process holding
    the lock file ``checks/.runner.lock`` runs checks: it alone resumes unfinished jobs at start, and it
    also picks up, from the database, jobs that the other processes queued. So no job runs twice, and a
    restarted runner resumes exactly the jobs the stopped one left."""

    POLL_S = 1.0  # how often the runner looks for jobs queued by other processes

    def __init__(self, db: Database, jobs_dir: Path, runner: CheckRunner = run_check):
        self.db, self.jobs_dir, self.runner = db, Path(jobs_dir), runner
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock_file = None

    def start(self) -> None:
        self.jobs_dir.mkdir(parents=True, exist_ok=True)
        lock_file = open(self.jobs_dir / ".runner.lock", "a")
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # another process of this service runs the checks
            lock_file.close()
            return
        self._lock_file = lock_file
        for job in self.db.unfinished_jobs():  # left by a stopped process: run them again
            self.db.update_job(job.id, status="queued", done=0, stage="Đang chờ (chạy lại sau khi khởi động lại dịch vụ)")
            self._queue.put(job.id)
        self._thread = threading.Thread(target=self._loop, name="ddt-check-worker", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout)
            self._thread = None
        if self._lock_file is not None:
            self._lock_file.close()  # releases the lock: a restarted process becomes the runner
            self._lock_file = None

    def job_dir(self, job_id: str) -> Path:
        return self.jobs_dir / job_id

    def create(self) -> str:
        job_id = uuid.uuid4().hex
        (self.job_dir(job_id) / "inputs" / "loans").mkdir(parents=True)
        return job_id

    def submit(self, job_id: str, day: dt.date, operator: str | None, inputs: list[str]) -> None:
        self.db.add(CheckJob(id=job_id, reference_date=day, operator=operator, inputs=inputs, status="queued",
                             stage="Đang chờ xử lý"))
        if self._lock_file is not None:
            self._queue.put(job_id)  # else the runner process finds it in the database

    def discard(self, job_id: str) -> None:
        shutil.rmtree(self.job_dir(job_id), ignore_errors=True)

    def _loop(self) -> None:
        while True:
            try:
                job_id = self._queue.get(timeout=self.POLL_S)
            except queue.Empty:
                waiting = [j.id for j in self.db.unfinished_jobs() if j.status == "queued"]
                if not waiting:
                    continue
                job_id = waiting[0]
            if job_id is None:
                return
            try:
                self._run(job_id)
            except Exception as exc:  # never let one job stop the worker
                log.error("kiểm tra %s lỗi không lường trước: %s", job_id, type(exc).__name__)
                self.db.update_job(job_id, status="failed", finished_at=utcnow(),
                                   error="Lỗi nội bộ khi xử lý; vui lòng báo cho quản trị viên")

    def _run(self, job_id: str) -> None:
        job = self.db.job(job_id)
        if job is None or job.status != "queued":  # already run (found both queued here and in the database)
            return
        folder = self.job_dir(job_id)
        base = folder / "inputs"
        inputs = CheckInputs(review=[base / n for n in job.inputs if not n.startswith("loans/")],
                             loans=[base / n for n in job.inputs if n.startswith("loans/")])
        self.db.update_job(job_id, status="running", started_at=utcnow(), stage="Đang bắt đầu",
                           ruleset_version=rulebook.default().version)
        log.info("bắt đầu kiểm tra %s (%d tệp)", job_id, len(inputs.all()))

        def progress(done: int, total: int | None, stage: str) -> None:
            self.db.update_job(job_id, done=done, total=total, stage=stage)

        try:
            result = self.runner(inputs, job.reference_date, folder / "reports", progress)
        except (DungDoiTuongError, CheckInputError) as exc:
            self.db.update_job(job_id, status="failed", finished_at=utcnow(), error=exc.message, stage="Thất bại")
            log.info("kiểm tra %s thất bại (%s)", job_id, type(exc).__name__)
            return
        self.db.update_job(job_id, status="done", finished_at=utcnow(), stage="Hoàn thành", summary=result.summary,
                           reports=[{"name": r.name, "label": r.label, "media_type": r.media_type} for r in result.reports])
        log.info("xong kiểm tra %s", job_id)
