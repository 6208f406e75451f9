"""The flags table: one row per flag raised, built column-wise from masks and columns.

Columns (FLAG_COLUMNS): family, code, severity, basis, entity (household | loan | group | commune |
organisation | person | leader | file), household_id, loan_id, entity_key (group, commune, … for
portfolio flags), message (Vietnamese, with the values), citation, values (JSON object of the values
that triggered the flag), source_file / source_sheet / source_row (the input row to fix).
Location columns (province_code, commune_code, village) are joined from the households at the end.
No names or CCCD numbers are ever put here (a CCCD appears masked, e.g. ``********1234``).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .catalogue import FLAGS

FLAG_COLUMNS = ["family", "code", "severity", "basis", "entity", "household_id", "loan_id", "entity_key", "message",
                "citation", "values", "source_file", "source_sheet", "source_row"]
LOCATION_COLUMNS = ["province_code", "commune_code", "commune_name", "village"]


def _as_array(value, n: int) -> np.ndarray:
    if isinstance(value, (pd.Series, pd.Index)):
        arr = value.to_numpy(dtype=object)
    elif isinstance(value, np.ndarray):
        arr = value.astype(object)
    elif isinstance(value, list):
        arr = np.array(value, dtype=object)
    else:
        arr = np.full(n, value, dtype=object)
    if len(arr) != n:
        raise ValueError(f"column of length {len(arr)} for {n} flags")
    return arr


def values_json(values: dict, n: int) -> np.ndarray:
    """One JSON object per row from aligned columns (NaN/NA → null), built by pandas in C."""
    if not values or n == 0:
        return np.full(n, "{}", dtype=object)
    cols = {}
    for k, v in values.items():
        arr = v.to_numpy() if isinstance(v, (pd.Series, pd.Index)) else v
        if isinstance(arr, np.ndarray) and np.issubdtype(arr.dtype, np.datetime64):
            arr = pd.Series(arr).dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
        if not isinstance(arr, (np.ndarray, list)):
            arr = [arr] * n
        cols[k] = arr
    df = pd.DataFrame(cols)
    for c in df.columns:
        if df[c].dtype == object:
            df[c] = df[c].where(pd.notna(df[c]), None)
    text = df.to_json(orient="records", lines=True, force_ascii=False, double_precision=15)
    lines = text.split("\n")
    return np.array(lines[:n], dtype=object)


class FlagSink:
    """Collects flag columns per check; ``frame()`` concatenates them once."""

    def __init__(self):
        self.parts: list[pd.DataFrame] = []

    def add(self, code: str, n: int | None = None, *, message, citation, household_id=None, loan_id=None,
            entity: str = "household", entity_key=None, values: dict | None = None, severity=None,
            source: pd.DataFrame | None = None) -> None:
        if code not in FLAGS:
            raise KeyError(f"unknown flag code {code}")
        if n is None:
            n = len(message)
        if n == 0:
            return
        d = FLAGS[code]
        src = source.reset_index(drop=True) if source is not None else None
        part = _objects({
            "family": d.family,
            "code": code,
            "severity": _as_array(severity if severity is not None else d.severity, n),
            "basis": d.basis,
            "entity": entity,
            "household_id": _as_array(household_id, n),
            "loan_id": _as_array(loan_id, n),
            "entity_key": _as_array(entity_key, n),
            "message": _as_array(message, n),
            "citation": _as_array(citation, n),
            "values": values_json(values or {}, n),
            "source_file": _as_array(src["source_file"] if src is not None and "source_file" in src else None, n),
            "source_sheet": _as_array(src["source_sheet"] if src is not None and "source_sheet" in src else None, n),
            "source_row": _as_array(src["source_row"] if src is not None and "source_row" in src else None, n),
        })
        self.parts.append(part)

    def extend(self, other: "FlagSink") -> None:
        self.parts.extend(other.parts)

    def frame(self) -> pd.DataFrame:
        if not self.parts:
            return empty_flags()
        out = pd.concat(self.parts, ignore_index=True)
        for c in ("household_id", "loan_id", "entity_key", "source_file", "source_sheet"):
            out[c] = out[c].where(pd.notna(out[c]), None)
        return out


def _objects(cols: dict) -> pd.DataFrame:
    """A frame whose text columns stay Python objects (no conversion to pandas' Arrow-backed str dtype)."""
    n = max((len(v) for v in cols.values() if isinstance(v, np.ndarray)), default=0)
    return pd.DataFrame({k: pd.Series(v if isinstance(v, np.ndarray) else np.full(n, v, dtype=object), dtype=object)
                         for k, v in cols.items()})


def empty_flags() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=object) for c in FLAG_COLUMNS})
