"""Arrow ↔ pandas for the canonical tables: the dtypes engine/facts/tables.py gives (string, Int64, Float64,
boolean, datetime64[ns]), so the vectorised engine sees the same frames from any source."""
from __future__ import annotations

import pandas as pd
import pyarrow as pa

from engine.facts.columns import TABLES

_MAP = {pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype(),
        pa.int32(): pd.Int64Dtype(), pa.float64(): pd.Float64Dtype(), pa.bool_(): pd.BooleanDtype()}


def to_pandas(table: pa.Table, name: str | None = None) -> pd.DataFrame:
    """A canonical pandas frame from an Arrow table (dictionary columns decoded, dates as datetime64[ns])."""
    cols = {}
    for field, col in zip(table.schema, table.columns):
        if pa.types.is_dictionary(field.type):
            col = col.cast(field.type.value_type)
        if pa.types.is_timestamp(field.type) or pa.types.is_date(field.type):
            col = col.cast(pa.timestamp("ns"))
        cols[field.name] = col
    df = pa.table(cols).to_pandas(types_mapper=_MAP.get, self_destruct=True)
    if name is not None:
        order = [c.name for c in TABLES[name]]
        df = df[[c for c in order if c in df.columns] + [c for c in df.columns if c not in order]]
    return df


def frames(tables: dict[str, pa.Table]) -> dict[str, pd.DataFrame]:
    return {name: to_pandas(t, name) for name, t in tables.items()}
