"""The full batch audit (engine/audit, issue 4) streamed in bounded memory.

engine/audit already splits its work: ``audit_chunk`` does every row-level check of a chunk of whole
households and returns small key tables; ``finish`` merges the chunks and runs the second pass
(cross-household signals, portfolio quality). At national scale ``finish`` would hold every chunk, so
this module drives the same two passes differently:

1. each chunk from ``stream.iter_chunks`` goes through ``audit_chunk``; its households, loans and
   flags are written at once (one Parquet file per chunk); the persons keys (CCCD hashes — never the
   numbers) are spilled to disk in hash buckets; leader and savings-group keys, which are already
   aggregates, are merged in memory (``cross.concat_keys``);
2. the second pass reads one bucket of persons at a time (a CCCD's rows are all in one bucket, so
   ``cross.flags`` sees each person whole), then leaders and groups once, then the portfolio tables.

Memory is bounded by the chunk, one bucket and the aggregates; the output is the same set of
households, loans and flags as ``audit_frames`` on the whole data (tests/batch/test_audit_stream.py).
"""
from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from engine.law import rulebook
from .stream import StreamStats, iter_chunks, peak_rss_mb
from .tables import to_pandas

BUCKETS = 32


def available() -> bool:
    try:
        from ..audit import core  # noqa: F401
    except ImportError:
        return False
    return hasattr(core, "audit_chunk") and hasattr(core, "finish")


def _write(df: pd.DataFrame, path: Path) -> None:
    """One Parquet file, under its final name only once complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    df = df.copy()
    for c in df.columns:
        if isinstance(df[c].dtype, pd.CategoricalDtype):
            df[c] = df[c].astype(object)
        if df[c].dtype == object:
            df[c] = df[c].map(lambda v: v if v is None or isinstance(v, (str, bytes)) else str(v)).astype("string")
    tmp = path.with_name("." + path.name + ".tmp")
    pq.write_table(pa.Table.from_pandas(df, preserve_index=False), tmp, compression="snappy")
    tmp.replace(path)


def _spill(parts: list, spill: Path, buckets: int, flushes: int) -> int:
    """Persons keys to disk, one file per hash bucket for this flush."""
    persons = pd.concat(parts, ignore_index=True)
    b = (persons["cccd_hash"].to_numpy(dtype=np.uint64) % np.uint64(buckets)).astype(np.int64)
    for k in np.unique(b):
        _write(persons[b == k].reset_index(drop=True), spill / f"bucket={k:03d}" / f"flush-{flushes:06d}.parquet")
    return flushes + 1


def run_audit_stream(root: Path, out: Path, day, chunk: int = 250_000, book=None, settings=None,
                     buckets: int = BUCKETS, progress=None,
                     spill_rows: int = 2_000_000) -> StreamStats:  # not-law: keys held in memory before a spill
    from ..audit import core, cross, portfolio
    from ..audit.flagframe import FlagSink
    from ..audit.settings import AuditSettings

    root, out = Path(root), Path(out)
    day = day if isinstance(day, dt.date) else pd.Timestamp(day).date()
    book = book or rulebook.default()
    settings = settings or AuditSettings()
    if out.exists():
        shutil.rmtree(out)
    spill = out / ".keys"
    stats = StreamStats()
    agg = None  # leaders and groups, merged as chunks come
    pending, pending_rows, flushes = [], 0, 0  # persons keys waiting to be spilled (bounded by spill_rows)
    has_overdue = False
    t0 = time.perf_counter()
    for i, (p, tables) in enumerate(iter_chunks(root, chunk)):
        f = {name: to_pandas(t, name) for name, t in tables.items()}
        t1 = time.perf_counter()
        stats.read_s += t1 - t0
        c = core.audit_chunk(f["households"], f["members"], f["decisions"], f["loans"], day, book=book,
                             settings=settings)
        small = cross.CrossKeys(c.keys.persons.iloc[:0], c.keys.leaders, c.keys.groups, c.keys.has_overdue_column)
        agg = small if agg is None else cross.concat_keys([agg, small])
        has_overdue |= c.keys.has_overdue_column
        t2 = time.perf_counter()
        stats.evaluate_s += t2 - t1
        name = f"part-{i:06d}.parquet"
        _write(c.households, out / "households" / name)
        if len(c.loans):
            _write(c.loans, out / "loans" / name)
        if len(c.flags):
            _write(c.flags, out / "flags" / name)
        if len(c.not_evaluated):
            _write(c.not_evaluated, out / "not_evaluated" / name)
        if len(c.keys.persons):
            pending.append(c.keys.persons)
            pending_rows += len(c.keys.persons)
        if pending_rows >= spill_rows:
            flushes = _spill(pending, spill, buckets, flushes)
            pending, pending_rows = [], 0
        stats.write_s += time.perf_counter() - t2
        stats.households += len(c.households)
        stats.chunks += 1
        stats.peak_rss_mb = peak_rss_mb()
        if progress:
            progress(stats)
        t0 = time.perf_counter()
    # second pass: persons bucket by bucket, then leaders and groups, then the portfolio
    t1 = time.perf_counter()
    if pending:
        _spill(pending, spill, buckets, flushes)
    sink = FlagSink()
    empty = cross.keys_of(pd.DataFrame({"household_id": []}), None, None)
    for d in sorted(spill.glob("bucket=*")) if spill.exists() else []:
        persons = pd.concat([pq.read_table(f).to_pandas() for f in sorted(d.glob("*.parquet"))], ignore_index=True)
        for col in persons.columns:
            if col != "cccd_hash" and col != "name_hash" and col != "active":
                persons[col] = persons[col].astype(object).where(persons[col].notna(), None)
        persons["cccd_hash"] = persons["cccd_hash"].astype(np.uint64)
        persons["name_hash"] = persons["name_hash"].astype(np.uint64)
        persons["active"] = persons["active"].astype(bool)
        cross.flags(cross.CrossKeys(persons, empty.leaders, empty.groups, has_overdue), settings, sink)
    agg = agg if agg is not None else empty
    keys = cross.CrossKeys(empty.persons, agg.leaders, agg.groups, has_overdue)
    cross.flags(keys, settings, sink)
    tabs = portfolio.tables(keys, day, book)
    portfolio.flags(keys, tabs, day, book, sink)
    second = sink.frame()
    if len(second):
        ids = [x for x in second["household_id"].dropna().unique().tolist()]
        hh = (ds.dataset(out / "households", format="parquet")
              .to_table(filter=ds.field("household_id").isin(ids)).to_pandas() if ids
              else pd.DataFrame({"household_id": []}))
        for c in ("province_code", "commune_code", "commune_name", "village_name", "village_code"):
            if c not in hh:
                hh[c] = None
        second = core._locate(second, hh)
        _write(second, out / "flags" / "second-pass.parquet")
    for level, table in tabs.items():
        _write(table, out / "portfolio" / f"{level}.parquet")
    if spill.exists():
        shutil.rmtree(spill)
    t2 = time.perf_counter()
    stats.evaluate_s += t2 - t1
    stats.peak_rss_mb = peak_rss_mb()
    return stats


def read(out: Path, what: str) -> pd.DataFrame:
    d = Path(out) / what
    files = sorted(d.glob("*.parquet")) if d.exists() else []
    if not files:
        return pd.DataFrame()
    return pd.concat([pq.read_table(f).to_pandas() for f in files], ignore_index=True)
