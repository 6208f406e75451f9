"""National scale in bounded memory: Parquet in, chunks of whole households, Parquet out.

Dataset layout (what ``write_dataset`` produces; any other set of files works if each table is sorted
by household_id within a partition):

    ROOT/households/province_code=01/part-00000.parquet
    ROOT/members/province_code=01/part-00000.parquet      (same households as the file above)
    ROOT/decisions/…   ROOT/loans/…                        (decisions and loans optional)

A partition is a sub-folder of ``households/`` (or the folder itself). Within it, households are read
``chunk`` rows at a time; members, decisions and loans are read alongside them by a merge cursor that
takes rows up to the chunk's last household id — tables sorted by household id need no index, no
join over the whole partition, and memory stays bounded by the chunk, whatever N is. Every chunk
goes through the same function as the in-memory path (engine/batch/chunks.py) and is appended to
the output file of its partition as it is done; outputs appear under their final name only when
the partition is complete (written to a temporary name, then renamed).
"""
from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from engine.law import rulebook
from engine.batch import chunks as ev
from engine.generation.tables import Tables, schema
from .tables import to_pandas
from engine.facts.columns import TABLES

TABLE_NAMES = ("households", "members", "decisions", "loans")


class BatchInputError(ValueError):
    """Input files the streaming path cannot use; the message is Vietnamese, for the user."""


# --- writing a dataset ----------------------------------------------------------------------------

def write_dataset(root: Path, tables: Tables, part: str = "part-00000", partition: str | None = "province_code",
                  row_group: int = 128_000) -> None:
    """Write generated tables under ``root``, partitioned by province (or flat with ``partition=None``),
    aligned file by file: ``<table>/<partition>/<part>.parquet`` hold the same households."""
    root = Path(root)
    if partition is None:
        for name, table in tables.as_dict().items():
            (root / name).mkdir(parents=True, exist_ok=True)
            pq.write_table(table, root / name / f"{part}.parquet", row_group_size=row_group, compression="snappy")
        return
    hh = tables.households
    prov = hh[partition]
    hid = hh["household_id"]
    values = pc.unique(prov).to_pylist()
    for name, table in tables.as_dict().items():
        if name == "households":
            key = prov
        else:
            key = prov.take(pc.index_in(table["household_id"], value_set=hid))
        for v in values:
            sub = table.filter(pc.equal(key, v))
            d = root / name / f"{partition}={v}"
            d.mkdir(parents=True, exist_ok=True)
            pq.write_table(sub, d / f"{part}.parquet", row_group_size=row_group, compression="snappy")


# --- reading in chunks ----------------------------------------------------------------------------

def partitions(root: Path) -> list[str]:
    """Relative partition paths ('' for a flat layout), sorted."""
    base = Path(root) / "households"
    if not base.is_dir():
        raise BatchInputError(f"Không tìm thấy thư mục danh sách hộ: {base}")
    subs = sorted({str(p.parent.relative_to(base)) for p in base.rglob("*.parquet")})
    if not subs:
        raise BatchInputError(f"Thư mục {base} không có tệp Parquet nào")
    return ["" if s == "." else s for s in subs]


def _files(root: Path, table: str, part: str) -> list[Path]:
    d = Path(root) / table / part if part else Path(root) / table
    if not d.is_dir():
        return []
    return sorted(d.glob("*.parquet"))


class _Cursor:
    """Rows of one table in household-id order, handed out up to a given household id."""

    def __init__(self, files: list[Path], name: str, batch_rows: int):
        self.name = name
        self.schema = schema(TABLES[name])
        self._batches = self._iter(files, batch_rows)
        self._buf: list[pa.Table] = []
        self._last: str | None = None
        self._done = False

    def _iter(self, files, batch_rows) -> Iterator[pa.RecordBatch]:
        for f in files:
            pf = pq.ParquetFile(f)
            cols = [c for c in self.schema.names if c in pf.schema_arrow.names]
            yield from pf.iter_batches(batch_size=batch_rows, columns=cols)

    def _pull(self) -> bool:
        try:
            b = next(self._batches)
        except StopIteration:
            self._done = True
            return False
        t = pa.Table.from_batches([b])
        ids = t["household_id"]
        if len(ids):
            first = ids[0].as_py()
            if (self._last is not None and first < self._last) or not _sorted(ids):
                raise BatchInputError(f"Bảng {self.name} chưa sắp xếp theo mã hộ trong phân vùng: hãy sắp xếp "
                                      "theo household_id trước khi chạy theo luồng")
            self._last = ids[-1].as_py()
        self._buf.append(t)
        return True

    def take_through(self, last_id: str) -> pa.Table:
        """Every remaining row with household_id ≤ last_id."""
        while not self._done and (not self._buf or self._buf[-1].num_rows == 0
                                  or self._buf[-1]["household_id"][-1].as_py() <= last_id):
            if not self._pull():
                break
        if not self._buf:
            return self.schema.empty_table()
        t = pa.concat_tables(self._buf) if len(self._buf) > 1 else self._buf[0]
        k = pc.sum(pc.less_equal(t["household_id"], last_id)).as_py() or 0
        self._buf = [t.slice(k)] if k < t.num_rows else []
        return t.slice(0, k)


def _sorted(ids: pa.ChunkedArray) -> bool:
    a = ids.combine_chunks() if isinstance(ids, pa.ChunkedArray) else ids
    if len(a) < 2:
        return True
    return pc.all(pc.less_equal(a.slice(0, len(a) - 1), a.slice(1))).as_py()


def iter_chunks(root: Path, chunk: int = 250_000, part: str | None = None) -> Iterator[tuple[str, dict[str, pa.Table]]]:
    """(partition, {table: Arrow table}) for every chunk of at most ``chunk`` households."""
    for p in ([part] if part is not None else partitions(root)):
        hh_files = _files(root, "households", p)
        cursors = {name: _Cursor(_files(root, name, p), name, chunk * 4) for name in TABLE_NAMES[1:]}
        hh_schema = schema(TABLES["households"])
        prev = None
        for f in hh_files:
            pf = pq.ParquetFile(f)
            cols = [c for c in hh_schema.names if c in pf.schema_arrow.names]
            for b in pf.iter_batches(batch_size=chunk, columns=cols):
                hh = pa.Table.from_batches([b])
                if not hh.num_rows:
                    continue
                ids = hh["household_id"]
                if (prev is not None and ids[0].as_py() <= prev) or not _sorted(ids):
                    raise BatchInputError("Danh sách hộ chưa sắp xếp theo mã hộ (hoặc trùng mã hộ) trong phân vùng "
                                          f"{p or '(gốc)'}: hãy sắp xếp theo household_id trước khi chạy theo luồng")
                prev = ids[-1].as_py()
                yield p, {"households": hh, **{name: c.take_through(prev) for name, c in cursors.items()}}


# --- evaluating and writing -------------------------------------------------------------------------

Evaluator = Callable[[dict, object], pd.DataFrame]


def default_evaluator(book=None, **kw) -> Evaluator:
    book = book or rulebook.default()

    def run(frames: dict, day) -> pd.DataFrame:
        return ev.evaluate_tables(frames, day, book, **kw)
    return run


@dataclass
class StreamStats:
    households: int = 0
    chunks: int = 0
    read_s: float = 0.0
    evaluate_s: float = 0.0
    write_s: float = 0.0
    peak_rss_mb: float = 0.0
    outputs: list = field(default_factory=list)

    @property
    def total_s(self) -> float:
        return self.read_s + self.evaluate_s + self.write_s


def peak_rss_mb() -> float:
    """Peak resident memory of this process (VmHWM: unlike getrusage's ru_maxrss, it is not inherited
    from the parent across exec, so a worker started by a large process reports its own peak)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _output_table(df: pd.DataFrame) -> pa.Table:
    df = df.copy()
    for c in df.columns:
        # codes (Categoricals) become text here, where the file is written for people to read
        if df[c].dtype == object or isinstance(df[c].dtype, pd.CategoricalDtype):
            df[c] = df[c].astype("string")
    return pa.Table.from_pandas(df, preserve_index=False)


def run_stream(root: Path, out: Path, day, chunk: int = 250_000, evaluator: Evaluator | None = None,
               progress: Callable[[StreamStats], None] | None = None) -> StreamStats:
    """Evaluate every household under ``root`` chunk by chunk; one output Parquet file per partition."""
    root, out = Path(root), Path(out)
    day = pd.Timestamp(day)
    evaluator = evaluator or default_evaluator()
    stats = StreamStats()
    out.mkdir(parents=True, exist_ok=True)
    writer = None
    current = None
    tmp = final = None

    def close():
        nonlocal writer
        if writer is not None:
            t0 = time.perf_counter()
            writer.close()
            os.replace(tmp, final)
            stats.outputs.append(final)
            stats.write_s += time.perf_counter() - t0
            writer = None

    t0 = time.perf_counter()
    for p, tables in iter_chunks(root, chunk):
        frames = {name: to_pandas(t, name) for name, t in tables.items()}
        t1 = time.perf_counter()
        stats.read_s += t1 - t0
        result = evaluator(frames, day)
        t2 = time.perf_counter()
        stats.evaluate_s += t2 - t1
        table = _output_table(result)
        if p != current:
            close()
            current = p
            d = out / p if p else out
            d.mkdir(parents=True, exist_ok=True)
            final = d / "ket_qua.parquet"
            tmp = d / ".ket_qua.parquet.tmp"
            writer = pq.ParquetWriter(tmp, table.schema, compression="snappy")
        writer.write_table(table.cast(writer.schema) if table.schema != writer.schema else table)
        stats.write_s += time.perf_counter() - t2
        stats.households += len(result)
        stats.chunks += 1
        stats.peak_rss_mb = peak_rss_mb()
        if progress:
            progress(stats)
        t0 = time.perf_counter()
    close()
    stats.peak_rss_mb = peak_rss_mb()
    return stats


def read_output(out: Path) -> pd.DataFrame:
    """Every output file under ``out`` as one frame, sorted by household id."""
    files = sorted(Path(out).rglob("ket_qua.parquet"))
    df = pd.concat([pq.read_table(f).to_pandas() for f in files], ignore_index=True)
    return df.sort_values("household_id", kind="stable").reset_index(drop=True)


def today() -> dt.date:
    return dt.date.today()
