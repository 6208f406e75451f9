"""kill -9 of a live server mid-load (issue 14, item 3): the audit trail stays readable and holds every
screening and every check job that was acknowledged.

A real uvicorn child process serves the app on a temporary data folder; client threads send
screenings (each household its own id) and batch-check uploads and note what was answered (200 with
X-Screening-Id, 202 with a job id); the server gets SIGKILL while requests are in flight. Then the
SQLite file (WAL) is opened cold: integrity_check passes and every acknowledged id is in it.
"""
from __future__ import annotations

import copy
import http.client
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

from api.schemas import EXAMPLE_HOUSEHOLD

ROOT = Path(__file__).resolve().parents[2]
DATE = "2025-12-14"
HOST = "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _start(data_dir: Path) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    env = {**os.environ, "DDT_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    env.pop("DDT_ACCESS_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--host", HOST,
                             "--port", str(port), "--log-level", "warning", "--no-access-log"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while True:
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=2)
            conn.request("GET", "/health")
            if conn.getresponse().status == 200:
                return proc, port
        except OSError:
            pass
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            raise RuntimeError("the service did not start")
        time.sleep(0.2)


def _screenings(port: int, tag: str, acked: list, stop: threading.Event) -> None:
    conn = http.client.HTTPConnection(HOST, port, timeout=10)
    i = 0
    while not stop.is_set():
        household = copy.deepcopy(EXAMPLE_HOUSEHOLD)
        household["household_id"] = f"K9-{tag}-{i}"
        i += 1
        try:
            conn.request("POST", "/screen", json.dumps({"household": household, "date": DATE}),
                         {"Content-Type": "application/json"})
            answer = conn.getresponse()
            answer.read()
        except (OSError, http.client.HTTPException):
            return  # the server is gone
        if answer.status == 200 and answer.getheader("X-Screening-Id"):
            acked.append(household["household_id"])


def _uploads(port: int, acked: list, stop: threading.Event) -> None:
    body_json = json.dumps([dict(EXAMPLE_HOUSEHOLD, household_id="K9-UP")]).encode()
    while not stop.is_set():
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"date\"\r\n\r\n{DATE}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"danh-sach.json\"\r\n"
                f"Content-Type: application/json\r\n\r\n").encode() + body_json + f"\r\n--{boundary}--\r\n".encode()
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=10)
            conn.request("POST", "/checks", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
            answer = conn.getresponse()
            text = answer.read()
        except (OSError, http.client.HTTPException):
            return
        if answer.status == 202:
            acked.append(json.loads(text)["id"])
        time.sleep(0.05)


def test_server_killed_mid_load_keeps_every_acknowledged_record(tmp_path):
    data = tmp_path / "var"
    proc, port = _start(data)
    screened: list[str] = []
    jobs: list[str] = []
    stop = threading.Event()
    threads = [threading.Thread(target=_screenings, args=(port, str(t), screened, stop)) for t in range(4)]
    threads.append(threading.Thread(target=_uploads, args=(port, jobs, stop)))
    try:
        for t in threads:
            t.start()
        deadline = time.monotonic() + 60
        while (len(screened) < 150 or len(jobs) < 2) and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)  # requests are in flight: the clients are still sending
        assert proc.wait(10) == -signal.SIGKILL
    finally:
        stop.set()
        if proc.poll() is None:
            proc.kill()
        for t in threads:
            t.join(15)
    acknowledged = set(screened)
    print(f"{len(acknowledged)} screenings and {len(jobs)} check jobs acknowledged before SIGKILL")
    assert len(acknowledged) >= 150 and jobs

    db = data / "dungdoituong.sqlite3"  # api/settings.py's default
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT household_id FROM screenings")}
        stored_jobs = {r[0] for r in conn.execute("SELECT id FROM check_jobs")}
    assert acknowledged <= stored, f"lost: {sorted(acknowledged - stored)[:10]}"
    assert set(jobs) <= stored_jobs, f"lost jobs: {sorted(set(jobs) - stored_jobs)}"
