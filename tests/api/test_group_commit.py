"""Audit records are committed in groups, and nobody is answered before their own record is durable."""
from __future__ import annotations

import concurrent.futures
import datetime as dt

import pytest
from sqlalchemy import func, select

from api.db import AuditWriteError, Database, ScreeningRecord


def _record(i: int) -> ScreeningRecord:
    return ScreeningRecord(channel="api", household_id=f"H{i}", reference_date=dt.date(2025, 12, 14),
                           ruleset_version="t", app_version="t", outcome="poor", household={})


def test_concurrent_records_all_committed_each_with_its_own_id(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'a.sqlite'}")
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
            done = list(pool.map(lambda i: db.add_committed(_record(i)), range(200)))
        ids = [r.id for r in done]
        assert None not in ids and len(set(ids)) == 200
        # what add_committed returned is in the database, read through a fresh connection
        other = Database(db.url)
        with other.session() as s:
            rows = dict(s.execute(select(ScreeningRecord.id, ScreeningRecord.household_id)).all())
        other.dispose()
        assert all(rows[r.id] == r.household_id for r in done)
    finally:
        db.dispose()


def test_a_failed_commit_is_not_acknowledged(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'b.sqlite'}")
    try:
        bad = _record(1)
        bad.outcome = None  # NOT NULL: the whole group's transaction fails
        with pytest.raises(AuditWriteError):
            db.add_committed(bad)
        assert db.add_committed(_record(2)).id is not None  # the writer goes on after a failure
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(ScreeningRecord)) == 1
    finally:
        db.dispose()
