"""The batch audit (engine/audit) on a generated data set of any size — kept out of ``make test``.

    .venv/bin/python bench/audit_scale.py 1000000            # generate, audit, print timings and flag counts
    .venv/bin/python bench/audit_scale.py 100000 --write /tmp/bao_cao   # also write the reports
    .venv/bin/python bench/audit_scale.py 100000 --profile    # cProfile of the audit, top 30

Data: engine/generation/tables.py (households, members, decisions, loans at realistic shares, thresholds
from rules/). Prints one line per phase (generate, audit, write) with seconds and peak RSS.
"""
from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("--date", default="2025-12-14")
    ap.add_argument("--seed", type=int, default=20261121)
    ap.add_argument("--write", type=Path, default=None, help="write the reports (Excel, HTML, CSV, Parquet) here")
    ap.add_argument("--profile", action="store_true")
    a = ap.parse_args()
    day = dt.date.fromisoformat(a.date)

    from engine.audit import audit_frames
    from engine.generation.tables import generate

    t = time.perf_counter()
    tables = generate(a.n, day, seed=a.seed)
    frames = {k: v.to_pandas() for k, v in tables.as_dict().items()}
    print(f"generate  {time.perf_counter() - t:7.1f} s  " + ", ".join(f"{k} {len(v):,}" for k, v in frames.items())
          + f"  (peak RSS {rss_mb():,.0f} MB)")
    t = time.perf_counter()
    if a.profile:
        import cProfile
        import pstats

        pr = cProfile.Profile()
        pr.enable()
    result = audit_frames(frames["households"], frames["members"], frames["decisions"], frames["loans"], day=day)
    elapsed = time.perf_counter() - t
    if a.profile:
        pr.disable()
        pstats.Stats(pr).sort_stats("cumulative").print_stats(30)
    print(f"audit     {elapsed:7.1f} s  {a.n / elapsed:,.0f} households/s  {len(result.flags):,} flags"
          f"  (peak RSS {rss_mb():,.0f} MB)")
    for code, k in result.flags["code"].value_counts().sort_index().items():
        print(f"    {code:<38} {k:>10,}")
    if a.write:
        from engine.audit.driver import CheckRun, accounting_frame, rejections_frame
        from engine.audit.outputs import write_all
        from engine.law import rulebook
        from engine.reading import ReadResult

        review = ReadResult(households=frames["households"], members=frames["members"], decisions=frames["decisions"])
        run = CheckRun(day, review, result=result, inputs={"review": ["generated"], "loans": ["generated"]})
        run.accounting = accounting_frame(run)
        run.rejections = rejections_frame()
        t = time.perf_counter()
        write_all(run, a.write, rulebook.default())
        print(f"write     {time.perf_counter() - t:7.1f} s  → {a.write}  (peak RSS {rss_mb():,.0f} MB)")


if __name__ == "__main__":
    main()
