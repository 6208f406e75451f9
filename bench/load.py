"""POST /screen under load, on loopback only: starts the service (uvicorn, one process, a temporary
data folder) on 127.0.0.1, sends requests at a fixed rate (open loop) for a bounded count and time,
checks every answer against the in-process engine, and stops the server.

    python -m bench.load --rate 500 --seconds 10
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HOST = "127.0.0.1"  # loopback only: the load never leaves this machine
DAY = dt.date(2025, 12, 14)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _payloads(k: int):
    """k distinct households (JSON) and the answer the in-process engine gives each."""
    from engine.screening import screen as screening
    from engine.generation import tables as generate
    from engine.batch import tables
    from engine.facts.model import Application
    from bench.peers import project

    f = tables.frames(generate.generate(k, day=DAY, seed=9, missing=0.02).as_dict())
    apps = project.applications(f["households"], f["members"], f["decisions"], f["loans"])
    out = []
    for a in apps:
        d = screening.screen_application(Application.model_validate({"household": a["household"]}), DAY)
        expected = (d.classification.outcome, tuple(sorted((p.program, p.outcome) for p in d.programs)))
        out.append((json.dumps({"household": a["household"], "date": DAY.isoformat()}).encode(), expected))
    return out


async def _load(port: int, payloads, rate: float, seconds: float, max_requests: int, concurrency: int):
    import httpx

    url = f"http://{HOST}:{port}/screen"
    lat, errors, wrong = [], [], 0
    sem = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        async def one(i):
            nonlocal wrong
            body, expected = payloads[i % len(payloads)]
            async with sem:
                t0 = time.perf_counter()
                try:
                    r = await client.post(url, content=body, headers={"content-type": "application/json"})
                except Exception as exc:  # noqa: BLE001 - counted, reported
                    errors.append(type(exc).__name__)
                    return
                lat.append(time.perf_counter() - t0)
                if r.status_code != 200:
                    errors.append(str(r.status_code))
                    return
                d = r.json()
                got = (d["classification"]["outcome"], tuple(sorted((p["program"], p["outcome"]) for p in d["programs"])))
                if got != expected:
                    wrong += 1

        tasks = []
        start = time.perf_counter()
        n = min(max_requests, int(rate * seconds))
        for i in range(n):  # open loop: request i is sent at start + i / rate, whatever the server does
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(i)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - start
    return {"sent": n, "elapsed_s": elapsed, "latencies_s": lat, "errors": errors, "wrong": wrong}


def run(rate: float = 500, seconds: float = 10, max_requests: int = 10_000, concurrency: int = 256,
        distinct: int = 100) -> dict:
    payloads = _payloads(distinct)
    port = _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DDT_DATA_DIR": str(Path(tmp) / "var")}
        env.pop("DDT_ACCESS_TOKEN", None)
        cmd = [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--host", HOST, "--port", str(port),
               "--log-level", "warning", "--no-access-log"]
        server = subprocess.Popen(cmd, env=env, cwd=Path(__file__).resolve().parent.parent)
        try:
            import httpx

            deadline = time.time() + 60
            while True:
                try:
                    if httpx.get(f"http://{HOST}:{port}/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.time() > deadline or server.poll() is not None:
                    raise RuntimeError("the service did not start")
                time.sleep(0.3)
            # warm-up, then the measured run
            asyncio.run(_load(port, payloads, min(rate, 100), 1, 100, concurrency))
            res = asyncio.run(_load(port, payloads, rate, seconds, max_requests, concurrency))
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
    res.update({"rate": rate, "seconds": seconds, "load_avg": os.getloadavg()})
    return res


def summary(res: dict) -> dict:
    import numpy as np

    lat = np.array(res["latencies_s"]) * 1000
    ok = len(lat)
    return {"sent": res["sent"], "rps": res["sent"] / res["elapsed_s"], "p50_ms": float(np.percentile(lat, 50)) if ok else None,
            "p99_ms": float(np.percentile(lat, 99)) if ok else None, "errors": len(res["errors"]), "wrong": res["wrong"]}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--rate", type=float, default=500)
    ap.add_argument("--seconds", type=float, default=10)
    a = ap.parse_args(argv)
    res = run(a.rate, a.seconds)
    print(json.dumps({**summary(res), "raw": res}))


if __name__ == "__main__":
    sys.exit(main())
