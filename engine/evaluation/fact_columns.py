"""Fact columns of a block of rows as plain numpy arrays, for the column-wise evaluators.

Why not a DataFrame: the evaluators read each fact many times (every leaf of every rule of every
program), and a pandas column read costs a conversion each time (``to_numpy(dtype=object)`` of an
Arrow string column, ``isna`` of an object column). Here each fact is converted once, its missing
mask computed once, and a leaf's states computed once per block — also across programs: the batch
evaluates the five household programs over the same households, and a leaf that reads only household
facts (recognised status, area, months since the decision) has the same states for all of them.

``Columns(arrays)`` holds the facts; ``overlay(own)`` gives a view in which ``own`` replaces some facts
(a program's own facts: its outstanding amount, its works) and which shares the base's cache for every
leaf that reads none of them.
"""
from __future__ import annotations

import numpy as np
import pandas as pd


def to_array(col) -> np.ndarray:
    """One fact column as float64 (numbers, NaN = unknown) or object (codes, booleans; None = unknown)."""
    if isinstance(col, np.ndarray) and col.dtype in (np.float64, object):
        return col
    s = col if isinstance(col, pd.Series) else pd.Series(col)
    if pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype):
        return s.to_numpy(dtype="float64", na_value=np.nan)
    arr = s.to_numpy(dtype=object)
    if s.dtype != object:
        arr = np.where(pd.isna(arr), None, arr)
    return arr


class Columns:
    def __init__(self, arrays: dict, n: int | None = None, base: "Columns | None" = None, source=None):
        self.arrays = arrays
        self.n = n if n is not None else (len(next(iter(arrays.values()))) if arrays else 0)
        self.base = base
        self.source = source  # (parent Columns, rows): facts of the parent taken on rows when first read
        self._missing: dict[str, np.ndarray] = {}
        self._floats: dict[str, np.ndarray] = {}
        self._leaves: dict = {}

    @classmethod
    def of(cls, values) -> "Columns":
        """``values`` as Columns: a DataFrame is converted column by column when first read."""
        if isinstance(values, Columns):
            return values
        return cls({c: values[c] for c in values.columns}, len(values))

    def __len__(self) -> int:
        return self.n

    def _local(self, name) -> bool:
        return name in self.arrays or (self.source is not None and self.source[0]._local(name))

    def __contains__(self, name) -> bool:
        return self._local(name) or (self.base is not None and name in self.base)

    def _owner(self, name) -> "Columns":
        if self._local(name) or self.base is None:
            return self
        return self.base._owner(name)

    def _read(self, name) -> np.ndarray:
        if name not in self.arrays:
            parent, rows = self.source
            self.arrays[name] = parent._read(name)[rows]
        col = self.arrays[name]
        if not isinstance(col, np.ndarray) or col.dtype not in (np.float64, object):
            col = self.arrays[name] = to_array(col)
        return col

    def __getitem__(self, name) -> np.ndarray:
        return self._owner(name)._read(name)

    def missing(self, name) -> np.ndarray:
        owner = self._owner(name)
        if name not in owner._missing:
            col = owner._read(name)
            owner._missing[name] = np.isnan(col) if col.dtype == np.float64 else pd.isna(col)
        return owner._missing[name]

    def floats(self, name) -> np.ndarray:
        owner = self._owner(name)
        if name not in owner._floats:
            col = owner._read(name)
            owner._floats[name] = col if col.dtype == np.float64 else col.astype("float64")
        return owner._floats[name]

    def leaf(self, key, facts_read, compute):
        """``compute()`` once per (leaf, period) key, in the layer that holds every fact the leaf reads."""
        if self.base is not None and not any(self._local(f) for f in facts_read):
            return self.base.leaf(key, facts_read, compute)
        if key not in self._leaves:
            self._leaves[key] = compute()
        return self._leaves[key]

    def take(self, rows: np.ndarray) -> "Columns":
        """The same facts on a subset of rows (positions), as a new block with its own cache."""
        base = self.base.take(rows) if self.base is not None else None
        return Columns({}, len(rows), base, source=(self, rows))

    def overlay(self, own: dict) -> "Columns":
        return Columns(own, self.n, self)
