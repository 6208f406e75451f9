"""``make bench``: every figure of issue 5, measured on this machine, printed as a table and written to
bench/RESULTS.md as median (min–max) of several runs. Each measurement runs in its own process
(bench/workers.py) so that peak RSS is its own.

    python -m bench.run                 # full: peer model at 100k and 1M, batch at 100k / 1M / 5M, latency, load
    python -m bench.run --quick         # small sizes, to check the bench itself (a few minutes)
    python -m bench.run --only peer,latency

The national 27M run is long: ``python -m bench.national generate`` then ``… run`` (in the background);
its result (bench/results/national.json) is folded into RESULTS.md by the next bench run, or with
``python -m bench.run --render``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
DAY = dt.date(2025, 12, 14)
TMP = Path(os.environ.get("DDT_BENCH_TMP", "/tmp/ddt-bench"))
CHECK_DATES = (dt.date(2021, 6, 30), dt.date(2024, 5, 1), dt.date(2027, 6, 30))


def fmt(values, unit="s", digits=2) -> str:
    values = [v for v in values if v is not None]
    if not values:
        return "—"
    med = statistics.median(values)
    if len(values) == 1:
        return f"{med:.{digits}f} {unit}".strip()
    return f"{med:.{digits}f} ({min(values):.{digits}f}–{max(values):.{digits}f}) {unit}".strip()


def rate(n, seconds) -> str:
    return fmt([n / s for s in seconds], "hộ/s", 0)


def worker(*args, timeout=7200) -> dict:
    cmd = [sys.executable, "-m", "bench.workers", *map(str, args), "--tmp", str(TMP)]
    print("  $", " ".join(cmd[2:]), flush=True)
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def dataset(n: int, missing: float, partition: str | None = "province_code") -> Path:
    """Generated tables on disk (not timed), reused across runs with the same parameters."""
    from engine.generation import tables as generate
    from engine.batch import stream

    d = TMP / f"data-{n}-{missing}-{partition or 'flat'}"
    if (d / ".done").exists():
        return d
    print(f"  generating {n:,} households → {d}", flush=True)
    block = 1_000_000
    for b, start in enumerate(range(0, n, block)):
        stream.write_dataset(d, generate.generate(min(block, n - start), day=DAY, start=start, missing=missing),
                             part=f"part-{b:05d}", partition=partition)
    (d / ".done").write_text("ok")
    return d


def machine() -> dict:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 2**20:.1f} GiB"
    except (OSError, ValueError):
        pass
    versions = {}
    for pkg in ("numpy", "pandas", "pyarrow", "durable-rules", "pydantic", "OpenFisca-Core", "dask", "distributed",
                "fastapi", "uvicorn"):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = "—"
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "python": platform.python_version(),
            "os": platform.platform(), "versions": versions, "load_avg_start": os.getloadavg(),
            "date": dt.datetime.now().isoformat(timespec="seconds"),
            "openblas": {k: os.environ.get(k) for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}}


# --- peer model -------------------------------------------------------------------------------------

def bench_peer(sizes, repeat: int, durable_sample: int, rowwise_sample: int) -> dict:
    import pandas as pd

    from bench.peers import spec

    out = {"sizes": {}, "checks": {}}
    for n in sizes:
        data = dataset(n, 0.0, None)
        res = {}
        outputs = {}
        for engine, sample in (("baseline", 0), ("vectorised", 0), ("openfisca", 0), ("durable", durable_sample),
                               ("rowwise", rowwise_sample)):
            if sample and sample >= n:
                sample = 0
            f = TMP / f"peer-{engine}-{n}.parquet"
            r = worker("peer", "--data", data, "--engine", engine, "--out", f, "--repeat", repeat,
                       "--sample", sample)
            res[engine] = r
            outputs[engine] = pd.read_parquet(f)
            print(f"    {engine:<10} {fmt(r['wall_s'])} (cpu {fmt(r['cpu_s'])}) on {r['n']:,}", flush=True)
        base = outputs["baseline"]
        identical = {}
        for engine, df in outputs.items():
            ref = base[base["household_id"].isin(set(df["household_id"]))].reset_index(drop=True)
            identical[engine] = spec.differences(ref, df)
        out["sizes"][n] = {"results": res, "identical": identical}
    # the same engines at the other standards' dates (no timing), on smaller data
    out["checks"] = check_dates(20_000, 500)
    return out


def check_dates(n: int, k: int) -> dict:
    from engine.generation import tables as generate
    from engine.batch import tables
    from bench.peers import baseline, openfisca_model, project, rowwise, spec
    from bench.workers import sample

    out = {}
    for day in CHECK_DATES:
        f = tables.frames(generate.generate(n, day=day, missing=0.0).as_dict())
        args = (f["households"], f["members"], f["decisions"], f["loans"])
        ref = spec.normalise(baseline.run(*args, day))
        diffs = {"vectorised": spec.differences(ref, spec.normalise(project.vectorised(*args, day))),
                 "openfisca": spec.differences(ref, spec.normalise(openfisca_model.run(*args, day)))}
        s = sample(f, k)
        sargs = (s["households"], s["members"], s["decisions"], s["loans"])
        sref = ref.iloc[:k].reset_index(drop=True)
        diffs["rowwise"] = spec.differences(sref, spec.normalise(rowwise.run(*sargs, day)))
        diffs["durable"] = spec.differences(sref, spec.normalise(project.durable(project.applications(*sargs), day)))
        out[day.isoformat()] = {"n": n, "sample": k, "diffs": diffs,
                                "outcomes": ref["outcome"].value_counts().to_dict()}
        print(f"    {day}: {({k: (v or 'identical') for k, v in diffs.items()})}", flush=True)
    return out


# --- batch / audit -----------------------------------------------------------------------------------

def bench_batch(plan: list[tuple]) -> dict:
    """plan: (households, mode, path, repeat)."""
    out: dict = {}
    for n, mode, path, repeat in plan:
        data = dataset(n, 0.02)
        r = worker("audit", "--data", data, "--mode", mode, "--path", path, "--repeat", repeat)
        out.setdefault(str(n), {})[f"{path} {mode}"] = r
        print(f"    {n:,} {path} {mode}: evaluate {fmt([x['evaluate_s'] for x in r['runs']])}, "
              f"peak {r['peak_rss_mb']:.0f} MB", flush=True)
    return out


def bench_dask(n: int, repeat: int) -> dict:
    data = dataset(n, 0.02)
    return {"n": n, "threads": worker("dask", "--data", data, "--repeat", repeat),
            "cluster": worker("dask", "--data", data, "--repeat", repeat, "--cluster")}


def bench_latency(repeat: int, count: int) -> dict:
    return worker("latency", "--repeat", repeat, "--count", count)


def bench_load(rate: float, seconds: float, repeat: int) -> dict:
    from bench import load

    runs = []
    for _ in range(repeat):
        runs.append(load.summary(load.run(rate, seconds)))
        print(f"    {runs[-1]}", flush=True)
    return {"rate": rate, "seconds": seconds, "runs": runs, "load_avg": os.getloadavg()}


# --- report -----------------------------------------------------------------------------------------

def render(doc: dict) -> str:
    m = doc.get("machine", {})
    L = ["# Benchmarks (issue 5)", "",
         f"Generated by `make bench` (bench/run.py) on {m.get('date', '?')}. Every figure is the median "
         "(min–max) of the runs listed; wall-clock seconds unless marked CPU. Reproduce with `make bench`; "
         "the national 27M run with `python -m bench.national generate` then `python -m bench.national run`.", "",
         "## Machine", "",
         f"- CPU: {m.get('cpu')} — {m.get('cores')} cores; memory {m.get('memory')}; {m.get('os')}",
         f"- Python {m.get('python')}; " + ", ".join(f"{k} {v}" for k, v in m.get("versions", {}).items()),
         f"- Load average at start: {', '.join(f'{x:.1f}' for x in m.get('load_avg_start', []))}; at end: "
         f"{', '.join(f'{x:.1f}' for x in doc.get('load_avg_end', []))}. Other sessions share this machine: "
         "when the load is above the core count, wall-clock times are inflated and CPU times are the "
         "steadier figure (both are given).",
         f"- OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE: {m.get('openblas')} (left as the machine sets them)", ""]
    peer = doc.get("peer")
    if peer:
        L += ["## Peer model", "",
              "Same outputs, same data (complete records, reference date 14/12/2025 — NĐ 07/2021 in force), "
              "defined in bench/peers/spec.py: income per person, poverty line by area and date, deprivation "
              "count, poor / near-poor / average, borderline ±5 %, poor / near-poor / newly-escaped / rural-water "
              "eligibility, poor-loan ceiling and remaining amount. Timed from canonical in-memory tables to the "
              "output table. Throughput = households / wall second.", ""]
        for n, block in peer["sizes"].items():
            res = block["results"]
            base_wall = statistics.median(res["baseline"]["wall_s"])
            base_cpu = statistics.median(res["baseline"]["cpu_s"])
            of_rate = None
            if "openfisca" in res:
                of_rate = res["openfisca"]["n"] / statistics.median(res["openfisca"]["wall_s"])
                of_rate_cpu = res["openfisca"]["n"] / statistics.median(res["openfisca"]["cpu_s"])
            L += [f"### {int(n):,} households".replace(",", "."), "",
                  "| engine | households timed | wall time | CPU time | throughput | × OpenFisca (wall / CPU) | time ÷ baseline (wall / CPU) | peak RSS | output |",
                  "|---|---|---|---|---|---|---|---|---|"]
            for engine in ("vectorised", "baseline", "openfisca", "durable", "rowwise"):
                if engine not in res:
                    continue
                r = res[engine]
                k = r["n"]
                scale = int(n) / k
                wall = [w * scale for w in r["wall_s"]]
                cpu = [c * scale for c in r["cpu_s"]]
                label = {"vectorised": "project, vectorised (engine/vectorised*.py via engine/batch)",
                         "baseline": "hand-written numpy/pandas", "openfisca": "OpenFisca 46 (bench/peers)",
                         "durable": "project, durable-rules (screen_application)",
                         "rowwise": "row-wise DataFrame.apply"}[engine]
                extra = f" — **extrapolated** from a sample of {k:,}".replace(",", ".") if k < int(n) else ""
                thr = int(n) / statistics.median(wall)
                vs_of = (f"{thr / of_rate:.2f}× / {int(n) / statistics.median(cpu) / of_rate_cpu:.2f}×"
                         if of_rate else "—")
                vs_base = f"{statistics.median(wall) / base_wall:.2f} / {statistics.median(cpu) / base_cpu:.2f}"
                diff = block["identical"].get(engine)
                L.append(f"| {label}{extra} | {k:,} | {fmt(wall)} | {fmt(cpu)} | {thr:,.0f} hộ/s | {vs_of} | {vs_base} | "
                         f"{r['peak_rss_mb']:.0f} MB | {'identical' if not diff else '; '.join(diff)} |")
            L.append("")
        checks = peer.get("checks", {})
        if checks:
            L += ["Outputs compared at the other standards' dates as well (no timing; vectorised and OpenFisca on "
                  "all rows, durable-rules and row-wise on the first rows):", ""]
            for day, c in checks.items():
                verdict = ", ".join(f"{k} {'identical' if not v else v}" for k, v in c["diffs"].items())
                L.append(f"- {day} ({c['n']:,} households, sample {c['sample']}): {verdict}; outcomes "
                         f"{c['outcomes']}".replace(",", ",", 1))
            L.append("")
    batch = doc.get("batch")
    if batch:
        L += ["## Batch: the full audit, and classification + programs", "",
              "*audit*: engine/audit (issue 4) — classification, every flag family, loans evaluated at their "
              "disbursement dates, cross-household and portfolio signals; in memory with `audit_frames`, streamed "
              "with engine/batch/audit_stream.py. *classify*: engine/batch/chunks.py — the poverty "
              "classification (flags, D9 basis) and the five household programs with remaining amounts. Data "
              "generated by engine/generation/tables.py, 2 % of optional cells empty, ≈ 3.6 members and ≈ 0.32 "
              "loans per household, Parquet by province. *memory*: read everything → evaluate → write; *stream*: "
              "chunks of 250.000 households, memory bounded by the chunk. Peak RSS of the whole process.", "",
              "| households | path, mode | read | evaluate | write | total | households/s (total) | CPU total | peak RSS |",
              "|---|---|---|---|---|---|---|---|---|"]
        for n, row in batch.items():
            for mode, r in row.items():
                runs = r["runs"]
                L.append(f"| {int(n):,} | {mode} | {fmt([x['read_s'] for x in runs])} | "
                         f"{fmt([x['evaluate_s'] for x in runs])} | {fmt([x['write_s'] for x in runs])} | "
                         f"{fmt([x['wall_s'] for x in runs])} | {rate(int(n), [x['wall_s'] for x in runs])} | "
                         f"{fmt([x['cpu_s'] for x in runs])} | {r['peak_rss_mb']:,.0f} MB |".replace(",", "."))
        L.append("")
        if doc.get("rss_note"):
            L += [doc["rss_note"], ""]
    nat = doc.get("national")
    if nat:
        L += ["## National scale (27 million households)", ""]
        g = nat.get("generate")
        if g:
            L.append(f"- Generated {g['n']:,} households, {g['rows']['members']:,} members, "
                     f"{g['rows']['loans']:,} loans, {g['rows']['decisions']:,} decisions as Parquet by province: "
                     f"{g['bytes'] / 2**30:.1f} GiB on disk, {g['wall_s'] / 60:.1f} min wall "
                     f"({g['cpu_s'] / 60:.1f} min CPU) — not part of the run below.")
        r = nat.get("run")
        if r:
            L.append(f"- Streamed run, {r.get('path', 'classification + programs')} "
                     f"(`python -m bench.national run{' --audit' if 'audit' in r.get('path', '') else ''}`, chunks of {r['chunk']:,}): "
                     f"**{r['wall_s'] / 60:.1f} min** wall ({r['cpu_s'] / 60:.1f} min CPU) for {r['households']:,} "
                     f"households — read {r['read_s'] / 60:.1f} min, evaluate {r['evaluate_s'] / 60:.1f} min, write "
                     f"{r['write_s'] / 60:.1f} min; {r['households_per_s']:,.0f} households/s; "
                     f"**peak RSS {r['peak_rss_mb']:,.0f} MB**; load average at the end {r.get('load_avg')}.")
            if (HERE / "results" / "national_profile.txt").exists():
                L.append("- Where the time goes: bench/results/national_profile.txt (pyinstrument).")
        L.append("")
    dk = doc.get("dask")
    if dk:
        L += ["## Dask", "", f"{dk['n']:,} households (Parquet by province, one Dask partition per file), "
              "written back as Parquet:", "",
              f"- threaded scheduler: {fmt(dk['threads']['wall_s'])}",
              f"- distributed LocalCluster (2 workers × 1 thread, 127.0.0.1): {fmt(dk['cluster']['wall_s'])} "
              f"(cluster start {dk['cluster']['cluster_start_s']:.1f} s, not included)", ""]
    lat = doc.get("latency")
    if lat:
        import numpy as np

        L += ["## Interactive latency", "", "One household in-process: JSON dict → pydantic validation → "
              "durable-rules → explained Decision (reasons, trace, citations), 200 different generated households "
              "in turn.", "", "| what | median | p99 | runs |", "|---|---|---|---|"]
        for name, runs in lat["latency_s"].items():
            med = [float(np.median(r)) * 1000 for r in runs]
            p99 = [float(np.percentile(r, 99)) * 1000 for r in runs]
            label = {"classification": "classification only (screening.screen)",
                     "all_programs": "classification + every lending program (screen_application, what POST /screen runs)"}[name]
            L.append(f"| {label} | {fmt(med, 'ms')} | {fmt(p99, 'ms')} | {len(runs)} × {lat['count']} |")
        L.append("")
    ld = doc.get("load")
    if ld:
        L += ["## POST /screen under load (loopback)", "",
              f"uvicorn, one process, on 127.0.0.1; an asyncio httpx client on the same 2 cores sends "
              f"{ld['rate']:.0f} requests/s (open loop) for {ld['seconds']:.0f} s; 100 different households; "
              "every answer checked against the in-process engine.", "",
              "| run | sent | achieved rps | p50 | p99 | errors | wrong answers |", "|---|---|---|---|---|---|---|"]
        for i, r in enumerate(ld["runs"], 1):
            L.append(f"| {i} | {r['sent']} | {r['rps']:.0f} | {r['p50_ms'] or 0:.1f} ms | {r['p99_ms'] or 0:.1f} ms | "
                     f"{r['errors']} | {r['wrong']} |")
        L.append("")
    if doc.get("notes"):
        L += ["## Targets and where the time goes", "", doc["notes"], ""]
    return "\n".join(L)


def save(path: Path, doc: dict) -> None:
    """Results so far (a long bench stopped half-way keeps what it measured)."""
    path.write_text(json.dumps(doc, indent=1, default=str), encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", default="peer,batch,dask,latency,load")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--render", action="store_true", help="only rewrite RESULTS.md from bench/results/")
    a = ap.parse_args(argv)
    RESULTS.mkdir(exist_ok=True)
    TMP.mkdir(parents=True, exist_ok=True)
    path = RESULTS / "results.json"
    doc = json.loads(path.read_text()) if path.exists() else {}
    if not a.render:
        doc["machine"] = machine()
        only = set(a.only.split(","))
        quick = a.quick
        if "peer" in only:
            print("peer model", flush=True)
            doc["peer"] = bench_peer([20_000] if quick else [100_000, 1_000_000], a.repeat,
                                     200 if quick else 2_000, 1_000 if quick else 10_000)
            save(path, doc)
        if "batch" in only:
            print("batch", flush=True)
            from engine.batch import audit_stream

            doc["batch_path"] = "audit" if audit_stream.available() else "classification + programs"
            paths = (["audit"] if audit_stream.available() else []) + ["classify"]
            if quick:
                plan = [(20_000, mode, path, 2) for path in paths for mode in ("memory", "stream")]
            else:
                plan = ([(100_000, mode, path, a.repeat) for path in paths for mode in ("memory", "stream")]
                        + [(1_000_000, mode, path, 2) for path in paths for mode in ("memory", "stream")]
                        + [(5_000_000, "stream", paths[0], 1)])
            doc["batch"] = bench_batch(plan)
            save(path, doc)
        if "dask" in only:
            print("dask", flush=True)
            doc["dask"] = bench_dask(20_000 if quick else 1_000_000, a.repeat)
            save(path, doc)
        if "latency" in only:
            print("latency", flush=True)
            doc["latency"] = bench_latency(a.repeat, 200 if quick else 1000)
            save(path, doc)
        if "load" in only:
            print("load", flush=True)
            doc["load"] = bench_load(500, 3 if quick else 10, a.repeat)
        doc["load_avg_end"] = os.getloadavg()
        path.write_text(json.dumps(doc, indent=1, default=str), encoding="utf-8")
    nat = RESULTS / "national.json"
    if nat.exists():
        doc["national"] = json.loads(nat.read_text())
    notes = HERE / "NOTES.md"
    if notes.exists():
        doc["notes"] = notes.read_text(encoding="utf-8").strip()
    text = render(doc)
    (HERE / "RESULTS.md").write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    sys.exit(main())
