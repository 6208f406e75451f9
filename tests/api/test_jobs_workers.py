"""Several server processes on one data folder (serve --workers N): one runs the checks, none twice."""
from __future__ import annotations

import datetime as dt
import threading
import time

from api.db import CheckJob, Database
from api.jobs import CheckResult, JobManager


def _counting_runner(runs: list, lock: threading.Lock):
    def runner(inputs, day, out_dir, progress_cb):
        with lock:
            runs.append(out_dir.parent.name)
        return CheckResult(reports=[], summary={"households": 0})
    return runner


def _wait_done(db: Database, job_id: str, timeout: float = 10) -> CheckJob:
    deadline = time.time() + timeout
    while time.time() < deadline:
        job = db.job(job_id)
        if job is not None and job.status in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} not finished: {db.job(job_id).status}")


def test_one_runner_runs_jobs_queued_by_either_process(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'j.sqlite'}")
    runs, lock = [], threading.Lock()
    first = JobManager(db, tmp_path / "checks", _counting_runner(runs, lock))
    second = JobManager(db, tmp_path / "checks", _counting_runner(runs, lock))
    second.POLL_S = first.POLL_S = 0.1
    first.start()
    second.start()  # the lock is taken: this one only queues
    try:
        ids = []
        for manager in (first, second, second, first):
            job_id = manager.create()
            manager.submit(job_id, dt.date(2025, 12, 14), None, [])
            ids.append(job_id)
        for job_id in ids:
            assert _wait_done(db, job_id).status == "done"
        assert sorted(runs) == sorted(ids)  # each job ran exactly once
    finally:
        second.stop()
        first.stop()
    # the runner stopped: a new process takes the lock and resumes what was left running
    db.add(CheckJob(id="f" * 32, reference_date=dt.date(2025, 12, 14), inputs=[], status="running"))
    (tmp_path / "checks" / ("f" * 32)).mkdir()
    third = JobManager(db, tmp_path / "checks", _counting_runner(runs, lock))
    third.start()
    try:
        assert _wait_done(db, "f" * 32).status == "done"
    finally:
        third.stop()
        db.dispose()
