"""Batch checks ("kiểm tra hàng loạt"): a job runner interface and a worker thread with state in the DB.

The runner is a plain function ``run_check(inputs, day, out_dir, progress_cb) -> CheckResult`` so the
full audit of issue 4 can replace the simple classification below without touching the service.
Uploaded files and reports live under ``<data_dir>/checks/<job id>/``; the job's state lives in the
database, so a job survives the browser closing and, if the process stops, is run again at start-up.
"""
from __future__ import annotations

import datetime as dt
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

from engine import rulebook, validation
from engine.errors import DungDoiTuongError, InputError
from engine.model import Household

from . import reports
from .db import CheckJob, Database, utcnow

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


class CheckRunner(Protocol):
    def __call__(self, inputs: list[Path], day: dt.date, out_dir: Path, progress_cb: ProgressCallback) -> CheckResult: ...


class CheckInputError(DungDoiTuongError):
    """An uploaded file cannot be read at all; the message is Vietnamese."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def _reading():
    try:
        from engine import reading  # written by another helper; used once it exists
    except ImportError:
        return None
    return reading


def supported_suffixes() -> tuple[str, ...]:
    reading = _reading()
    extra = (".csv", ".xlsx") if reading is not None and hasattr(reading, "read_households") else ()
    return (".json",) + extra


def iter_households(path: Path) -> Iterator[tuple[int, object]]:
    """(1-based row, raw record) for each household in an uploaded file."""
    suffix = path.suffix.lower()
    if suffix == ".json":
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
        return
    reading = _reading()
    if reading is not None and hasattr(reading, "read_households") and suffix in (".csv", ".xlsx"):
        for i, item in enumerate(reading.read_households(path), start=1):
            yield i, item
        return
    raise CheckInputError(f"Chưa hỗ trợ định dạng tệp {path.suffix or '(không có đuôi)'} ({path.name}); "
                          f"dùng: {', '.join(supported_suffixes())}")


def run_check(inputs: list[Path], day: dt.date, out_dir: Path, progress_cb: ProgressCallback) -> CheckResult:
    """Classify every household of the uploaded files at ``day``; write CSV, Excel and HTML reports."""
    from .service import run_engine

    book = rulebook.default()
    day = validation.check_reference_date(day, book.coverage)
    progress_cb(0, None, "Đang đọc tệp tải lên")
    records = [(p.name, row, raw) for p in inputs for row, raw in iter_households(p)]
    total = len(records)
    progress_cb(0, total, "Đang xét từng hộ")
    rows: list[reports.Row] = []
    last = time.monotonic()
    for n, (fname, row, raw) in enumerate(records, start=1):
        try:
            household = raw if isinstance(raw, Household) else validation.parse_household(raw)
            decision = run_engine(household, day)
            rows.append(reports.Row.from_decision(fname, row, decision))
        except InputError as exc:
            hid = raw.get("household_id") if isinstance(raw, dict) and isinstance(raw.get("household_id"), str) else None
            for p in exc.problems:
                p.row = row
            rows.append(reports.Row.rejected(fname, row, hid, exc.problems))
        now = time.monotonic()
        if now - last > 0.3 or n == total:
            progress_cb(n, total, "Đang xét từng hộ")
            last = now
    progress_cb(total, total, "Đang ghi báo cáo")
    meta = reports.Meta(day=day, ruleset_version=book.version, files=[p.name for p in inputs], created=dt.datetime.now())
    out_dir.mkdir(parents=True, exist_ok=True)
    reports.write_csv(rows, out_dir / "ket-qua.csv")
    reports.write_xlsx(rows, meta, out_dir / "bao-cao.xlsx")
    reports.write_html(rows, meta, out_dir / "bao-cao.html")
    return CheckResult(
        reports=[Report("bao-cao.xlsx", "Báo cáo Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                 Report("bao-cao.html", "Báo cáo HTML (xem không cần mạng)", "text/html; charset=utf-8"),
                 Report("ket-qua.csv", "Kết quả từng hộ (CSV)", "text/csv; charset=utf-8")],
        summary=reports.summary(rows))


_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str, index: int) -> str:
    base = unicodedata.normalize("NFKD", Path(name or "").name).encode("ascii", "ignore").decode()
    base = _SAFE.sub("_", base).strip("._") or "tep"
    return f"{index:02d}-{base[:80]}"


class JobManager:
    """One worker thread runs queued checks in order; every state change is written to the database."""

    def __init__(self, db: Database, jobs_dir: Path, runner: CheckRunner = run_check):
        self.db, self.jobs_dir, self.runner = db, Path(jobs_dir), runner
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self.jobs_dir.mkdir(parents=True, exist_ok=True)
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

    def job_dir(self, job_id: str) -> Path:
        return self.jobs_dir / job_id

    def create(self) -> str:
        job_id = uuid.uuid4().hex
        (self.job_dir(job_id) / "inputs").mkdir(parents=True)
        return job_id

    def submit(self, job_id: str, day: dt.date, operator: str | None, inputs: list[str]) -> None:
        self.db.add(CheckJob(id=job_id, reference_date=day, operator=operator, inputs=inputs, status="queued",
                             stage="Đang chờ xử lý"))
        self._queue.put(job_id)

    def discard(self, job_id: str) -> None:
        shutil.rmtree(self.job_dir(job_id), ignore_errors=True)

    def _loop(self) -> None:
        while True:
            job_id = self._queue.get()
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
        if job is None:
            return
        folder = self.job_dir(job_id)
        inputs = [folder / "inputs" / name for name in job.inputs]
        self.db.update_job(job_id, status="running", started_at=utcnow(), stage="Đang bắt đầu",
                           ruleset_version=rulebook.default().version)
        log.info("bắt đầu kiểm tra %s (%d tệp)", job_id, len(inputs))

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
