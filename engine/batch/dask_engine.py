"""The same chunk evaluation through Dask: a dask.dataframe of households, one partition per data file,
and ``map_partitions`` of engine/batch/chunks.py over it — on the threads of this process, or on a
``distributed`` cluster when a scheduler address is given (docs/dask.md).

Each households file has aligned files for members, decisions and loans (same relative path under
their table folder, the same households: what ``stream.write_dataset`` writes); the partition function
reads them where it runs, so every worker must see the data under the same path or URL (a shared
disk, or object storage through fsspec).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from engine.law import rulebook
from engine.batch import chunks as ev
from .stream import TABLE_NAMES, BatchInputError, partitions
from .tables import to_pandas

PART = "_part"  # column carrying each household's data file (relative path), dropped from the output


class DaskMissing(ImportError):
    MESSAGE = ("Chưa cài Dask: cài thêm bằng lệnh  pip install 'dungdoituong[dask]'  "
               "(gồm dask[dataframe] và distributed), rồi chạy lại với --engine dask")


def _dask():
    try:
        import dask
        import dask.dataframe as dd
    except ImportError as exc:  # pragma: no cover - exercised by hand without the extra
        raise DaskMissing(DaskMissing.MESSAGE) from exc
    return dask, dd


def part_files(root: Path) -> list[str]:
    """Households files, relative to ``root/households`` (each one a Dask partition)."""
    root = Path(root)
    out = []
    for p in partitions(root):
        base = root / "households" / p if p else root / "households"
        out += [str(f.relative_to(root / "households")) for f in sorted(base.glob("*.parquet"))]
    return out


def _read(root: str, table: str, rel: str) -> pd.DataFrame | None:
    f = Path(root) / table / rel
    if not f.exists():
        if table in ("households", "members"):
            raise BatchInputError(f"Thiếu tệp {f}: mỗi tệp danh sách hộ cần tệp thành viên cùng tên")
        return None
    return to_pandas(pq.read_table(f), table)


def _households(rel: str, root: str) -> pd.DataFrame:
    hh = _read(root, "households", rel)
    hh[PART] = pd.Series([rel] * len(hh), dtype="string")
    return hh


def _evaluate_partition(hh: pd.DataFrame, root: str, day, assume_application: bool = True) -> pd.DataFrame:
    if not len(hh):
        return _meta(day, assume_application)
    rel = hh[PART].iloc[0]
    frames = {"households": hh.drop(columns=[PART]).reset_index(drop=True)}
    for t in TABLE_NAMES[1:]:
        frames[t] = _read(root, t, rel)
    out = ev.evaluate_tables(frames, pd.Timestamp(day), rulebook.default(), assume_application=assume_application)
    return _typed(out)


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    for c in df.columns:
        # Categoricals too: partitions' categories differ, the written text does not
        if df[c].dtype == object or isinstance(df[c].dtype, pd.CategoricalDtype):
            df[c] = df[c].astype("string")
    return df


def _meta(day, assume_application: bool) -> pd.DataFrame:
    """Empty frame with the output's columns and dtypes (Dask needs it up front)."""
    from engine.generation.tables import generate
    from .tables import frames

    small = frames(generate(4, day=pd.Timestamp(day).date(), seed=1).as_dict())
    out = ev.evaluate_tables(small, pd.Timestamp(day), rulebook.default(), assume_application=assume_application)
    return _typed(out).iloc[:0]


def collection(root: Path, day, assume_application: bool = True):
    """The lazy dask DataFrame of results (one partition per households file)."""
    _, dd = _dask()
    root = Path(root)
    rels = part_files(root)
    if not rels:
        raise BatchInputError(f"Không có tệp danh sách hộ trong {root / 'households'}")
    meta_hh = _households(rels[0], str(root)).iloc[:0]
    hh = dd.from_map(_households, rels, root=str(root), meta=meta_hh, enforce_metadata=False)
    return hh.map_partitions(_evaluate_partition, str(root), pd.Timestamp(day), assume_application,
                             meta=_meta(day, assume_application), enforce_metadata=False)


def run_dask(root: Path, day, out: Path | None = None, scheduler: str | None = None,
             assume_application: bool = True):
    """Evaluate with Dask. With ``out``, write Parquet there (one file per partition) and return the
    number of households; otherwise return the results as one pandas frame sorted by household id."""
    dask, _ = _dask()
    client = None
    if scheduler:
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover
            raise DaskMissing(DaskMissing.MESSAGE) from exc
        client = Client(scheduler)
    try:
        result = collection(root, day, assume_application)
        if out is not None:
            Path(out).mkdir(parents=True, exist_ok=True)
            result.to_parquet(str(out), write_index=False)
            return sum(pq.ParquetFile(f).metadata.num_rows for f in Path(out).glob("*.parquet"))
        df = result.compute()
        return df.sort_values("household_id", kind="stable").reset_index(drop=True)
    finally:
        if client is not None:
            client.close()
