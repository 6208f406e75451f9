"""Audit trail and batch-check job state in any SQLAlchemy database (SQLite by default)."""
from __future__ import annotations

import datetime as dt
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
                cur.execute("PRAGMA busy_timeout=30000")
                cur.close()
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        Base.metadata.create_all(self.engine)

    def session(self) -> Session:
        return self.sessions()

    def add(self, obj):
        with self.session() as s, s.begin():
            s.add(obj)
        return obj

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
        self.engine.dispose()
