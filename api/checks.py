"""Check jobs seen from HTTP: save an upload under its job folder and queue it, and a job's state as JSON.

Used by both shells of the service, the JSON API (routes) and the web page (web); the job runner itself
is api/jobs.py.
"""
from __future__ import annotations

import datetime as dt
import shutil

import anyio
from fastapi import Request, UploadFile

from engine.facts import validation
from engine.law import rulebook

from .db import CheckJob
from .errors import ApiError
from .jobs import LOANS_NEED_TABLE, loans_without_table, safe_name, supported_suffixes

JOB_STATUS = {"queued": "Đang chờ xử lý", "running": "Đang xử lý", "done": "Hoàn thành", "failed": "Thất bại"}


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    """The database keeps UTC without a zone; the API says so (RFC 3339 date-time needs the offset)."""
    return moment.replace(tzinfo=dt.timezone.utc) if moment is not None and moment.tzinfo is None else moment


def job_out(request: Request, job: CheckJob) -> dict:
    total = job.total
    percent = 100 if job.status == "done" else (int(job.done * 100 / total) if total else 0)
    return {"id": job.id, "status": job.status, "status_label": JOB_STATUS.get(job.status, job.status),
            "reference_date": job.reference_date, "created_at": _utc(job.created_at),
            "started_at": _utc(job.started_at), "finished_at": _utc(job.finished_at), "done": job.done or 0,
            "total": total, "percent": min(percent, 100),
            "stage": job.stage, "inputs": list(job.inputs or []), "ruleset_version": job.ruleset_version,
            "error": job.error, "summary": job.summary or None,
            "reports": [{**r, "url": str(request.url_for("check_report", job_id=job.id, name=r["name"]))}
                        for r in (job.reports or [])] if job.status == "done" else []}


def check_suffix(f: UploadFile, allowed: tuple[str, ...], field: str) -> None:
    suffix = ("." + f.filename.rsplit(".", 1)[-1].lower()) if f.filename and "." in f.filename else ""
    if suffix not in allowed:
        raise ApiError(422, "unsupported_file",
                       f"Tệp '{f.filename}' có định dạng chưa được hỗ trợ; dùng: {', '.join(allowed) or '(chưa hỗ trợ)'}",
                       field=field)


async def start_check(request: Request, files: list[UploadFile], day: dt.date, operator: str | None,
                      loan_book: list[UploadFile] | None = None) -> CheckJob:
    """Save the uploads under the job folder (chunk by chunk) and queue the job."""
    book = rulebook.default()
    validation.check_reference_date(day, book.coverage)
    files = [f for f in files if f is not None and (f.filename or f.size)]
    loans = [f for f in (loan_book or []) if f is not None and (f.filename or f.size)]
    if not files:
        raise ApiError(422, "no_file", "Chưa chọn tệp danh sách hộ nào để tải lên", field="files")
    for f in files:
        check_suffix(f, supported_suffixes(), "files")
    for f in loans:
        check_suffix(f, supported_suffixes(loans=True), "loan_book")
    if loans_without_table([f.filename or "" for f in files], [f.filename or "" for f in loans]):
        raise ApiError(422, "loans_without_review_table", LOANS_NEED_TABLE, field="loan_book")
    manager = request.app.state.jobs
    job_id = manager.create()
    names = []
    try:
        for prefix, group in (("", files), ("loans/", loans)):
            for i, f in enumerate(group, start=1):
                name = prefix + safe_name(f.filename or "tep", i)
                target = manager.job_dir(job_id) / "inputs" / name
                target.parent.mkdir(parents=True, exist_ok=True)
                with target.open("wb") as out:
                    await anyio.to_thread.run_sync(shutil.copyfileobj, f.file, out, 1024 * 1024)
                names.append(name)
        manager.submit(job_id, day, operator, names)
    except BaseException:
        manager.discard(job_id)
        raise
    return request.app.state.db.job(job_id)
