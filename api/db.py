"""Audit trail and batch-check job state in any SQLAlchemy database (SQLite by default)."""
from __future__ import annotations

import datetime as dt
import queue
import threading
from pathlib import Path

from sqlalchemy import JSON, Date, DateTime, Integer, String, Text, create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class ScreeningRecord(Base):
    """One screening: when, at which reference date, under which ruleset, with what outcome, for whom."""

    __tablename__ = "screenings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    operator: Mapped[str | None] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(20))  # "api" | "web"
    household_id: Mapped[str] = mapped_column(String(100), index=True)
    reference_date: Mapped[dt.date] = mapped_column(Date)
    ruleset_version: Mapped[str] = mapped_column(String(40))
    app_version: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(40))
    programs: Mapped[list] = mapped_column(JSON, default=list)  # [{program, outcome, remaining_amount}]
    flags: Mapped[list] = mapped_column(JSON, default=list)  # flag codes
    household: Mapped[dict] = mapped_column(JSON)  # the input, names and CCCD removed unless enabled
    personal: Mapped[list | None] = mapped_column(JSON, nullable=True)  # [{member, full_name, cccd}] only when enabled


class CheckJob(Base):
    """A batch check: its inputs live on disk, its state here, so it outlives the browser and the process."""

    __tablename__ = "check_jobs"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    operator: Mapped[str | None] = mapped_column(String(200))
    reference_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="queued")  # queued | running | done | failed
    done: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int | None] = mapped_column(Integer, nullable=True)
    stage: Mapped[str | None] = mapped_column(Text, nullable=True)
    inputs: Mapped[list] = mapped_column(JSON, default=list)  # file names under the job folder
    reports: Mapped[list] = mapped_column(JSON, default=list)  # [{name, label, media_type}]
    summary: Mapped[dict] = mapped_column(JSON, default=dict)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    ruleset_version: Mapped[str | None] = mapped_column(String(40), nullable=True)


class Database:
    def __init__(self, url: str):
        self.url = url
        kwargs: dict = {}
        if url.startswith("sqlite"):
            path = url.split("///", 1)[-1]
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        self.engine: Engine = create_engine(url, **kwargs)
        if url.startswith("sqlite"):
            @event.listens_for(self.engine, "connect")
            def _pragmas(conn, _record):  # concurrent readers while the worker writes progress
                cur = conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                # FULL: each commit fsyncs the WAL, so an acknowledged screening survives a power cut
                # too; the group commit (GroupCommitter) shares that fsync between waiting requests.
                cur.execute("PRAGMA synchronous=FULL")
                cur.execute("PRAGMA busy_timeout=30000")
                cur.close()
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        Base.metadata.create_all(self.engine)
        self._group: GroupCommitter | None = None
        self._in_memory = url.startswith("sqlite") and url.split("///", 1)[-1] in ("", ":memory:")
        self._committer_lock = threading.Lock()

    def session(self) -> Session:
        return self.sessions()

    def add(self, obj):
        with self.session() as s, s.begin():
            s.add(obj)
        return obj

    def add_committed(self, obj, timeout: float = 30):
        """Add ``obj`` in the next group commit and return once it is committed (its id set).

        Many requests arrive together: one transaction (one WAL fsync) for all that are waiting
        costs about what one costs, and nobody is answered before their own record is durable."""
        if self._in_memory:  # each thread would see its own empty in-memory database
            return self.add(obj)
        return self._committer().add(obj, timeout)

    def _committer(self) -> "GroupCommitter":
        with self._committer_lock:
            if self._group is None:
                self._group = GroupCommitter(self.sessions)
            return self._group

    def update_job(self, job_id: str, **values) -> None:
        with self.session() as s, s.begin():
            job = s.get(CheckJob, job_id)
            if job is not None:
                for k, v in values.items():
                    setattr(job, k, v)

    def job(self, job_id: str) -> CheckJob | None:
        with self.session() as s:
            return s.get(CheckJob, job_id)

    def unfinished_jobs(self) -> list[CheckJob]:
        with self.session() as s:
            return list(s.scalars(select(CheckJob).where(CheckJob.status.in_(("queued", "running")))
                                  .order_by(CheckJob.created_at)))

    def ping(self) -> bool:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return True

    def dispose(self):
        if self._group is not None:
            self._group.stop()
            self._group = None
        self.engine.dispose()


class AuditWriteError(RuntimeError):
    """The audit record could not be committed: the screening must not be answered."""


class GroupCommitter:
    """One writer thread; each pass commits every record waiting, in one transaction.

    Callers block until their record's transaction has committed (SQLite in WAL mode with
    synchronous=FULL: the WAL is fsynced at each commit), so an answer sent after ``add`` returns
    survives kill -9 of the server and a power cut. A failed commit fails every caller in it."""

    MAX_BATCH = 256

    def __init__(self, sessions):
        self._sessions = sessions
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name="ddt-audit-writer", daemon=True)
        self._thread.start()

    def add(self, obj, timeout: float = 30):
        slot = _Pending(obj)
        self._queue.put(slot)
        if not slot.done.wait(timeout):
            raise AuditWriteError("ghi nhật ký kiểm tra quá thời gian")
        if slot.error is not None:
            raise AuditWriteError("không ghi được nhật ký kiểm tra") from slot.error
        return obj

    def stop(self, timeout: float = 10) -> None:
        self._queue.put(None)
        self._thread.join(timeout)

    def _loop(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            stop = False
            while len(batch) < self.MAX_BATCH:
                try:
                    nxt = self._queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    stop = True
                    break
                batch.append(nxt)
            error = None
            try:
                with self._sessions() as s, s.begin():
                    s.add_all([p.obj for p in batch])
            except Exception as exc:  # noqa: BLE001 - handed to every waiting caller
                error = exc
            for p in batch:
                p.error = error
                p.done.set()
            if stop:
                return


class _Pending:
    __slots__ = ("obj", "done", "error")

    def __init__(self, obj):
        self.obj, self.done, self.error = obj, threading.Event(), None
