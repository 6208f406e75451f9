"""Measurements, each run in its own process by bench/run.py (so peak RSS is the task's own):

    python -m bench.workers peer --data DIR --engine vectorised|baseline|openfisca|durable|rowwise --out F
    python -m bench.workers audit --data DIR --mode memory|stream
    python -m bench.workers dask --data DIR [--cluster]
    python -m bench.workers latency

Each prints one JSON object on its last line: wall and CPU seconds per repetition, peak RSS.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

DAY = dt.date(2025, 12, 14)


def rss_mb() -> float:
    from engine.batch.stream import peak_rss_mb

    return peak_rss_mb()


def read_frames(data: Path) -> dict[str, pd.DataFrame]:
    from engine.batch.tables import to_pandas

    out = {}
    for name in ("households", "members", "decisions", "loans"):
        files = sorted((data / name).rglob("*.parquet"))
        out[name] = to_pandas(pa.concat_tables([pq.read_table(f) for f in files]), name)
    return out


def sample(frames: dict, k: int) -> dict:
    hh = frames["households"].iloc[:k].reset_index(drop=True)
    ids = set(hh["household_id"])
    return {"households": hh, **{n: frames[n][frames[n]["household_id"].isin(ids)].reset_index(drop=True)
                                 for n in ("members", "decisions", "loans")}}


def timed(fn, repeat: int):
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        result = fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return walls, cpus, result


def peer(a) -> dict:
    from bench.peers import spec

    frames = read_frames(a.data)
    n_total = len(frames["households"])
    if a.sample:
        frames = sample(frames, a.sample)
    f = (frames["households"], frames["members"], frames["decisions"], frames["loans"])
    if a.engine == "vectorised":
        from bench.peers import project
        fn = lambda: project.vectorised(*f, DAY)  # noqa: E731
    elif a.engine == "baseline":
        from bench.peers import baseline
        fn = lambda: baseline.run(*f, DAY)  # noqa: E731
    elif a.engine == "openfisca":
        from bench.peers import openfisca_model
        openfisca_model.system()  # building the tax-benefit system once is not per-run work
        fn = lambda: openfisca_model.run(*f, DAY)  # noqa: E731
    elif a.engine == "rowwise":
        from bench.peers import rowwise
        fn = lambda: rowwise.run(*f, DAY)  # noqa: E731
    elif a.engine == "durable":
        from bench.peers import project
        apps = project.applications(*f)  # JSON-like input, as the API receives it (not timed)
        project.durable(apps[:5], DAY)  # warm the rule engine
        fn = lambda: project.durable(apps, DAY)  # noqa: E731
    else:
        raise SystemExit(f"unknown engine {a.engine}")
    walls, cpus, result = timed(fn, a.repeat)
    spec.normalise(result).to_parquet(a.out)
    return {"engine": a.engine, "n": len(frames["households"]), "n_total": n_total, "wall_s": walls, "cpu_s": cpus,
            "peak_rss_mb": rss_mb()}


def audit(a) -> dict:
    """--mode memory|stream, --path audit|classify: read, evaluate, write, each timed; peak RSS."""
    from engine.batch import audit_stream, chunks as ev, stream

    use_audit = a.path == "audit"
    if use_audit and not audit_stream.available():
        raise SystemExit("engine/audit is not installed")
    out = {"mode": a.mode, "path": a.path, "runs": []}
    for _ in range(a.repeat):
        with tempfile.TemporaryDirectory(dir=a.tmp) as tmp:
            c0 = time.process_time()
            if a.mode == "stream":
                run = audit_stream.run_audit_stream if use_audit else stream.run_stream
                st = run(a.data, Path(tmp) / "out", DAY, chunk=a.chunk)
                out["runs"].append({"households": st.households, "read_s": st.read_s, "evaluate_s": st.evaluate_s,
                                    "write_s": st.write_s, "wall_s": st.total_s, "cpu_s": time.process_time() - c0})
                continue
            t0 = time.perf_counter()
            frames = read_frames(a.data)
            t1 = time.perf_counter()
            if use_audit:
                from engine.audit import audit_frames

                res = audit_frames(frames["households"], frames["members"], frames["decisions"], frames["loans"],
                                   day=DAY)
                n = len(res.households)
            else:
                res = ev.evaluate_tables(frames, pd.Timestamp(DAY))
                n = len(res)
            t2 = time.perf_counter()
            if use_audit:
                for name in ("households", "loans", "flags"):
                    audit_stream._write(getattr(res, name), Path(tmp) / f"{name}.parquet")
            else:
                pq.write_table(stream._output_table(res), Path(tmp) / "ket_qua.parquet")
            t3 = time.perf_counter()
            out["runs"].append({"households": n, "read_s": t1 - t0, "evaluate_s": t2 - t1, "write_s": t3 - t2,
                                "wall_s": t3 - t0, "cpu_s": time.process_time() - c0})
            del frames, res
    out["peak_rss_mb"] = rss_mb()
    return out


def dask_run(a) -> dict:
    from engine.batch import dask_engine

    a.repeat = min(a.repeat, 2)  # each run re-reads and re-evaluates everything: two are enough here
    runs = []
    if a.cluster:
        from distributed import LocalCluster

        t0 = time.perf_counter()
        with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None) as cl:
            start = time.perf_counter() - t0
            for _ in range(a.repeat):
                with tempfile.TemporaryDirectory(dir=a.tmp) as tmp:
                    t1 = time.perf_counter()
                    n = dask_engine.run_dask(a.data, DAY, out=Path(tmp) / "out", scheduler=cl.scheduler_address)
                    runs.append(time.perf_counter() - t1)
        return {"scheduler": "LocalCluster(2×1)", "households": n, "wall_s": runs, "cluster_start_s": start}
    for _ in range(a.repeat):
        with tempfile.TemporaryDirectory(dir=a.tmp) as tmp:
            t1 = time.perf_counter()
            n = dask_engine.run_dask(a.data, DAY, out=Path(tmp) / "out")
            runs.append(time.perf_counter() - t1)
    return {"scheduler": "threads", "households": n, "wall_s": runs}


def latency(a) -> dict:
    """One screening in-process: JSON dict → validation → durable-rules → explained Decision."""
    from engine.screening import screen as screening
    from engine.facts import validation
    from engine.generation import tables as generate
    from engine.batch import tables
    from engine.facts.model import Application
    from bench.peers import project

    f = tables.frames(generate.generate(200, day=DAY, seed=5, missing=0.02).as_dict())
    apps = project.applications(f["households"], f["members"], f["decisions"], f["loans"])
    households = [x["household"] for x in apps]
    for h in households[:20]:
        screening.screen_application(Application.model_validate({"household": h}), DAY)
    out = {}
    for name, fn in (("classification", lambda h: screening.screen(validation.parse_household(h), DAY)),
                     ("all_programs", lambda h: screening.screen_application(Application.model_validate({"household": h}), DAY))):
        runs = []
        for _ in range(a.repeat):
            times = []
            for i in range(a.count):
                h = households[i % len(households)]
                t0 = time.perf_counter()
                fn(h)
                times.append(time.perf_counter() - t0)
            runs.append(times)
        out[name] = runs
    return {"latency_s": out, "count": a.count}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("task", choices=["peer", "audit", "dask", "latency"])
    ap.add_argument("--data", type=Path)
    ap.add_argument("--engine")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mode", default="memory")
    ap.add_argument("--path", default="audit", choices=["audit", "classify"])
    ap.add_argument("--chunk", type=int, default=250_000)
    ap.add_argument("--cluster", action="store_true")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--tmp", default=None)
    a = ap.parse_args(argv)
    res = {"peer": peer, "audit": audit, "dask": dask_run, "latency": latency}[a.task](a)
    res["load_avg"] = os.getloadavg()
    print(json.dumps(res))


if __name__ == "__main__":
    sys.exit(main())
