"""The serving path of issue 12: POST /screen on loopback, and one application in-process.

    python -m bench.serving                          # in-process latency, then load at 100…500 req/s
    python -m bench.serving --rates 300,500 --workers 2 --runs 3 --seconds 10
    python -m bench.serving --only inprocess --profile   # + cProfile of the in-process path
    python -m bench.serving --py-spy                 # + py-spy profile of the server during the last run
    python -m bench.serving --write                  # + the figures into bench/RESULTS.md

Load: the service (``dungdoituong serve --workers N``, a temporary data folder so every screening is
committed to a fresh audit trail) listens on 127.0.0.1; the load generator (bench/loadgen.py) runs in
its own process on the same machine, open loop, and checks every answer against the in-process
engine. Server CPU per request is read from /proc for the server and its worker processes.
Targets (issue 12): ≥ 500 req/s with p99 ≤ 25 ms, 0 errors, 0 wrong answers; in-process one full
application ≤ 1 ms median.
"""
from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
HOST = "127.0.0.1"
DAY = dt.date(2025, 12, 14)
TARGET_RPS, TARGET_P99_MS, TARGET_INPROCESS_MS = 500, 25.0, 1.0
BEGIN, END = "<!-- serving:begin -->", "<!-- serving:end -->"


def _applications(k: int, seed: int) -> list[dict]:
    from bench.peers import project
    from engine.batch import tables
    from engine.generation import tables as generate

    f = tables.frames(generate.generate(k, day=DAY, seed=seed, missing=0.02).as_dict())
    return [a["household"] for a in project.applications(f["households"], f["members"], f["decisions"], f["loans"])]


def inprocess(count: int, runs: int, profile: bool) -> dict:
    """One full application (validation, classification, every program, explained) in this process."""
    from engine.facts.model import Application
    from engine.screening import screen as screening

    households = _applications(200, seed=5)
    for h in households[:20]:
        screening.screen_application(Application.model_validate({"household": h}), DAY)
    medians, p99s = [], []
    for _ in range(runs):
        times = []
        for i in range(count):
            h = households[i % len(households)]
            t0 = time.perf_counter()
            screening.screen_application(Application.model_validate({"household": h}), DAY)
            times.append(time.perf_counter() - t0)
        times.sort()
        medians.append(statistics.median(times) * 1000)
        p99s.append(times[int(0.99 * len(times))] * 1000)
    out = {"median_ms": medians, "p99_ms": p99s, "count": count}
    if profile:
        prof = cProfile.Profile()
        prof.enable()
        for i in range(count):
            screening.screen_application(Application.model_validate({"household": households[i % len(households)]}), DAY)
        prof.disable()
        text = io.StringIO()
        pstats.Stats(prof, stream=text).sort_stats("cumulative").print_stats(30)
        out["profile"] = text.getvalue()
    return out


def _payloads(k: int) -> list[dict]:
    """k distinct households, each with the answer the in-process engine gives it."""
    from engine.facts.model import Application
    from engine.screening import screen as screening

    out = []
    for h in _applications(k, seed=9):
        d = screening.screen_application(Application.model_validate({"household": h}), DAY)
        expected = [d.classification.outcome, sorted([p.program, p.outcome] for p in d.programs)]
        out.append({"request": {"household": h, "date": DAY.isoformat()}, "expected": expected})
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return out


def _cpu_s(pids: list[int]) -> float:
    """User + system CPU seconds of these processes (clock ticks from /proc/<pid>/stat)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except OSError:
            pass
    return total / tick


class Server:
    def __init__(self, workers: int):
        self.workers = workers
        self.port = _free_port()
        self.tmp = tempfile.TemporaryDirectory()
        env = {**os.environ, "DDT_DATA_DIR": str(Path(self.tmp.name) / "var")}
        env.pop("DDT_ACCESS_TOKEN", None)
        # the command operators run (cli serve → api/server.py), its output discarded
        cmd = [sys.executable, "-m", "cli.main", "serve", "--host", HOST, "--port", str(self.port),
               "--workers", str(workers)]
        self.proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def wait_ready(self, timeout: float = 90) -> None:
        import urllib.request

        deadline = time.time() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"http://{HOST}:{self.port}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.time() > deadline or self.proc.poll() is not None:
                raise RuntimeError("the service did not start")
            time.sleep(0.3)
        if self.workers > 1:  # every worker imports the app; give the others time to be ready
            time.sleep(3)

    def pids(self) -> list[int]:
        return _tree(self.proc.pid)

    def db_rows(self) -> int:
        import sqlite3

        path = Path(self.tmp.name) / "var" / "dungdoituong.sqlite3"  # api/settings.py's default
        if not path.exists():
            return 0
        with sqlite3.connect(path) as conn:
            return conn.execute("SELECT count(*) FROM screenings").fetchone()[0]

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.tmp.cleanup()


def _py_spy() -> str:
    beside = Path(sys.executable).parent / "py-spy"  # installed in the venv by pip
    return str(beside) if beside.exists() else "py-spy"


def _loadgen(port: int, payloads_file: str, rate: float, seconds: float, connections: int) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
        out_path = out.name
    t_cpu = time.time()
    subprocess.run([sys.executable, "-m", "bench.loadgen", "--port", str(port), "--payloads", payloads_file,
                    "--rate", str(rate), "--seconds", str(seconds), "--connections", str(connections),
                    "--out", out_path], cwd=ROOT, check=True)
    with open(out_path, encoding="utf-8") as f:
        res = json.load(f)
    os.unlink(out_path)
    res["wall_s"] = time.time() - t_cpu
    return res


def _summary(res: dict, server_cpu_s: float) -> dict:
    lat = sorted(x * 1000 for x in res["latencies_s"])
    n = len(lat)

    def pct(q):
        return lat[min(n - 1, int(q * n))] if n else None
    done = n
    return {"rate": res["rate"], "sent": res["sent"], "answered": done,
            "achieved_rps": done / res["elapsed_s"] if res["elapsed_s"] else 0.0,
            "p50_ms": pct(0.50), "p99_ms": pct(0.99), "max_ms": lat[-1] if n else None,
            "errors": sum(res["errors"].values()), "error_kinds": res["errors"], "wrong": res["wrong"],
            "server_cpu_ms_per_req": 1000 * server_cpu_s / max(1, res["sent"]),
            "client_cpu_ms_per_req": 1000 * res["client_cpu_s"] / max(1, res["sent"]),
            "connections": res["connections"]}


def load(rates: list[float], seconds: float, runs: int, workers: int, connections: int, py_spy: bool) -> dict:
    payloads = _payloads(100)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(payloads, f)
        payloads_file = f.name
    server = Server(workers)
    rows, profile = [], None
    try:
        server.wait_ready()
        _loadgen(server.port, payloads_file, 100, 2, connections)  # warm-up: every worker, every ruleset
        for r_i, rate in enumerate(rates):
            for run in range(runs):
                last = r_i == len(rates) - 1 and run == runs - 1
                spy = None
                if py_spy and last:
                    profile = str(HERE / "results" / f"serving-py-spy-{int(rate)}rps.txt")
                    spy = subprocess.Popen([_py_spy(), "record", "--pid", str(server.proc.pid), "--subprocesses",
                                            "--gil", "--format", "raw", "--duration", str(int(seconds)), "--output",
                                            profile, "--nonblocking"], stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL)
                before_rows = server.db_rows()
                cpu0 = _cpu_s(server.pids())
                res = _loadgen(server.port, payloads_file, rate, seconds, connections)
                cpu1 = _cpu_s(server.pids())
                if spy is not None:
                    spy.wait(timeout=60)
                res["rate"] = rate
                row = _summary(res, cpu1 - cpu0)
                row["records_committed"] = server.db_rows() - before_rows
                row["load_avg"] = os.getloadavg()
                rows.append(row)
                print(_row_text(row), flush=True)
    finally:
        server.stop()
        os.unlink(payloads_file)
    return {"workers": workers, "seconds": seconds, "connections": connections, "rows": rows,
            "py_spy_profile": profile}


def _row_text(r: dict) -> str:
    ok = (r["achieved_rps"] >= 0.98 * r["rate"] and r["p99_ms"] is not None and r["p99_ms"] <= TARGET_P99_MS
          and r["errors"] == 0 and r["wrong"] == 0)
    return (f"| {r['rate']:.0f} | {r['sent']} | {r['achieved_rps']:.0f} | {r['p50_ms']:.1f} ms | {r['p99_ms']:.1f} ms "
            f"| {r['max_ms']:.0f} ms | {r['errors']} | {r['wrong']} | {r['records_committed']} "
            f"| {r['server_cpu_ms_per_req']:.2f} ms | {r['client_cpu_ms_per_req']:.2f} ms "
            f"| {r['load_avg'][0]:.1f} | {'yes' if ok else 'no'} |") if r["p50_ms"] is not None else (
            f"| {r['rate']:.0f} | {r['sent']} | 0 | — | — | — | {r['errors']} | {r['wrong']} | — | — | — | — | no |")


def render(doc: dict) -> str:
    from importlib import metadata

    def ver(name):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "—"
    L = [BEGIN, "## Serving path (issue 12): POST /screen on loopback, one application in-process", "",
         f"Measured by `python -m bench.serving` on {doc['when']} (2 cores shared with other sessions; load "
         f"average at start {doc['load_avg'][0]:.1f}). uvicorn {ver('uvicorn')} with uvloop {ver('uvloop')} and "
         f"httptools {ver('httptools')}, durable-rules {ver('durable-rules')}, pydantic {ver('pydantic')}, "
         f"FastAPI {ver('fastapi')}.", ""]
    ip = doc.get("inprocess")
    if ip:
        med = statistics.median(ip["median_ms"])
        L += ["**In-process**, one full application (JSON dict → pydantic validation → classification → every "
              "lending program, explained; the scalar cross-check on), 200 generated households in turn, "
              f"{len(ip['median_ms'])} × {ip['count']}:", "",
              f"- median {med:.2f} ms (runs: {', '.join(f'{x:.2f}' for x in ip['median_ms'])}), p99 "
              f"{statistics.median(ip['p99_ms']):.2f} ms; target ≤ {TARGET_INPROCESS_MS:.0f} ms median: "
              f"{med / TARGET_INPROCESS_MS:.2f}× the target — {'met' if med <= TARGET_INPROCESS_MS else 'missed'}", ""]
    ld = doc.get("load")
    if ld:
        L += [f"**Under load**: server with {ld['workers']} worker process(es), load generator "
              f"(bench/loadgen.py) in its own process, open loop for {ld['seconds']:.0f} s per run, up to "
              f"{ld['connections']} keep-alive connections, 100 different households, every answer compared "
              "with the in-process engine; latency counted from when each request was due. CPU per request "
              "is total CPU ÷ requests sent.", "",
              "| rate asked | sent | achieved rps | p50 | p99 | max | errors | wrong answers | records committed "
              "| server CPU / req | client CPU / req | load avg | target met |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        L += [_row_text(r) for r in ld["rows"]]
        L.append("")
    L += doc.get("notes", [])
    L.append(END)
    return "\n".join(L) + "\n"


def write_results(section: str) -> None:
    path = HERE / "RESULTS.md"
    text = path.read_text(encoding="utf-8")
    if BEGIN in text:
        text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END) + "\n?", lambda _m: section, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="inprocess,load")
    ap.add_argument("--rates", default="100,250,500")
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--profile", action="store_true", help="cProfile of the in-process path")
    ap.add_argument("--py-spy", action="store_true", help="py-spy profile of the server during the last run")
    ap.add_argument("--write", action="store_true", help="write the figures into bench/RESULTS.md")
    a = ap.parse_args(argv)
    only = set(a.only.split(","))
    doc = {"when": dt.datetime.now().isoformat(timespec="seconds"), "load_avg": os.getloadavg()}
    if "inprocess" in only:
        doc["inprocess"] = inprocess(a.count, 3, a.profile)
        ip = doc["inprocess"]
        print(f"in-process median {statistics.median(ip['median_ms']):.2f} ms, p99 "
              f"{statistics.median(ip['p99_ms']):.2f} ms (target ≤ {TARGET_INPROCESS_MS} ms median)", flush=True)
        if a.profile:
            print(ip["profile"])
    if "load" in only:
        doc["load"] = load([float(x) for x in a.rates.split(",")], a.seconds, a.runs, a.workers, a.connections,
                           a.py_spy)
    (HERE / "results").mkdir(exist_ok=True)
    with open(HERE / "results" / "serving.json", "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, default=str)
    section = render(doc)
    print(section)
    if a.write:
        write_results(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
