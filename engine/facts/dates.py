"""Date arithmetic of the facts, written once: for one household (dates) and for many rows (columns).

Whole months between two dates (the 36 months after an escape decision, D4) and whole years (age, years
since a sentence was served, QĐ 33/2015 housing years). Each scalar function has its column-wise twin
beside it; tests/test_dates.py proves them equal on every edge (month ends, 29 February, NaT).

The column-wise twins work on numpy datetime64 directly (year, month and day from the calendar units),
not through pandas' DatetimeIndex accessors, which cost a conversion each.
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd


def full_months_between(start: dt.date, end: dt.date) -> int:
    """Whole months elapsed from ``start`` to ``end`` (the 36th month is 'within 36' while this is < 36, D4)."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return months


def full_years_between(start: dt.date, end: dt.date) -> int:
    """Whole years from ``start`` to ``end``: the age on ``end`` of someone born on ``start``."""
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _ymd(values) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(year, month 1–12, day 1–31, NaT mask) of datetime64 values."""
    d = np.asarray(values)
    if d.dtype.kind != "M":
        d = pd.to_datetime(pd.Series(d)).to_numpy(dtype="datetime64[ns]")
    d = d.astype("datetime64[D]")
    nat = np.isnat(d)
    m = d.astype("datetime64[M]")
    year = m.astype("datetime64[Y]").astype(np.int64) + 1970
    month = m.astype(np.int64) % 12 + 1
    day = (d - m).astype(np.int64) + 1
    return year, month, day, nat


def full_months(start, end) -> np.ndarray:
    """full_months_between per row, as float64 (NaN where either date is missing)."""
    sy, sm, sd, s_nat = _ymd(start)
    ey, em, ed, e_nat = _ymd(end)
    out = ((ey - sy) * 12 + (em - sm) - (ed < sd)).astype("float64")
    out[s_nat | e_nat] = np.nan
    return out


def full_years(start, end) -> np.ndarray:
    """full_years_between per row, as float64 (NaN where either date is missing)."""
    sy, sm, sd, s_nat = _ymd(start)
    ey, em, ed, e_nat = _ymd(end)
    before = (em < sm) | ((em == sm) & (ed < sd))
    out = (ey - sy - before).astype("float64")
    out[s_nat | e_nat] = np.nan
    return out
