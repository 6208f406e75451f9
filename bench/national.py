"""National-scale run: generate N households (27M by default) as Parquet by province, block by block,
then stream them through engine/batch in bounded chunks, timing read / evaluate / write and peak RSS.

    python -m bench.national generate --n 27000000 --data /tmp/ddt-national
    python -m bench.national run --data /tmp/ddt-national --out /tmp/ddt-national-out [--profile]

Results go to bench/results/national.json (read by bench/run.py into RESULTS.md). Long: run it in
the background (nohup … &) and poll the log.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
BLOCK = 1_000_000


def generate(n: int, data: Path, day: str, block: int = BLOCK) -> dict:
    from engine.generation import tables as gen
    from engine.batch import stream

    if data.exists():
        shutil.rmtree(data)
    t0 = time.perf_counter()
    c0 = time.process_time()
    rows = {"households": 0, "members": 0, "decisions": 0, "loans": 0}
    for b, start in enumerate(range(0, n, block)):
        tables = gen.generate(min(block, n - start), day=day, start=start, missing=0.02)
        for k, t in tables.as_dict().items():
            rows[k] += t.num_rows
        stream.write_dataset(data, tables, part=f"part-{b:05d}")
        print(f"generated {start + tables.households.num_rows:,} households "
              f"({time.perf_counter() - t0:.0f} s)", flush=True)
    size = sum(f.stat().st_size for f in data.rglob("*.parquet"))
    return {"n": n, "rows": rows, "wall_s": time.perf_counter() - t0, "cpu_s": time.process_time() - c0,
            "bytes": size}


def run(data: Path, out: Path, day: str, chunk: int, profile: bool, audit: bool = False) -> dict:
    from engine.batch import audit_stream, stream

    if out.exists():
        shutil.rmtree(out)
    prof = None
    if profile:
        from pyinstrument import Profiler

        prof = Profiler(interval=0.01)
        prof.start()
    t0 = time.perf_counter()
    c0 = time.process_time()
    last = [0.0]

    def progress(s):
        now = time.perf_counter()
        if now - last[0] > 30:
            last[0] = now
            print(f"{s.households:,} households, {now - t0:.0f} s, rss peak {s.peak_rss_mb:.0f} MB", flush=True)

    if audit:
        stats = audit_stream.run_audit_stream(data, out, day, chunk=chunk, progress=progress)
    else:
        stats = stream.run_stream(data, out, day, chunk=chunk, progress=progress)
    wall = time.perf_counter() - t0
    result = {"path": "audit (engine/batch/audit_stream.py)" if audit else "classification + programs",
              "households": stats.households, "chunks": stats.chunks, "chunk": chunk, "wall_s": wall,
              "cpu_s": time.process_time() - c0, "read_s": stats.read_s, "evaluate_s": stats.evaluate_s,
              "write_s": stats.write_s, "peak_rss_mb": stats.peak_rss_mb,
              "households_per_s": stats.households / wall,
              "load_avg": os.getloadavg(), "python": platform.python_version()}
    if prof is not None:
        prof.stop()
        (RESULTS / "national_profile.txt").write_text(prof.output_text(unicode=True, color=False, show_all=False),
                                                      encoding="utf-8")
    return result


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=["generate", "run"])
    ap.add_argument("--n", type=int, default=27_000_000)
    ap.add_argument("--data", type=Path, default=Path("/tmp/ddt-national"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/ddt-national-out"))
    ap.add_argument("--date", default="2025-12-14")
    ap.add_argument("--chunk", type=int, default=250_000)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--audit", action="store_true", help="the full audit (engine/audit) instead of classification")
    a = ap.parse_args(argv)
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / "national.json"
    doc = json.loads(path.read_text()) if path.exists() else {}
    if a.step == "generate":
        doc["generate"] = generate(a.n, a.data, a.date)
    else:
        doc["run"] = run(a.data, a.out, a.date, a.chunk, a.profile, a.audit)
    path.write_text(json.dumps(doc, indent=2, default=str), encoding="utf-8")
    print(json.dumps(doc, indent=2, default=str))


if __name__ == "__main__":
    sys.exit(main())
