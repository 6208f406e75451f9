"""The peer model: what every engine in the comparison computes, and how outputs are compared.

Per household, at one reference date, on complete records (no unknown input: OpenFisca has no notion
of one — unknown *legal values* in rules/ still give "needs_review"):

  income_pc            income per person per month (đồng)
  poverty_line         income line of the standard in force for the household's area (QĐ 59/2015:
                       the poor line; NĐ 07/2021 and NĐ 351/2025: the income line)
  deprivation_count    deprived indicators counted at the date (declared count 2016–2021, D3)
  outcome              poor / near_poor / average / none / needs_review (classification family)
  poor, near_poor, average   outcome flags
  borderline           income within ±5% of poverty_line (the audit's "review needs", issue 4 —
                       a screening margin of this project, not a number from the law)
  elig_poor, elig_near_poor, elig_newly_escaped, elig_rural_water
                       eligible / not_eligible / needs_review for the four household programs:
                       status recognised by the commune (D5), 36-month window (D4), rural area and
                       missing water works (D6), outstanding below the ceiling (D8); the head is the
                       representative (age from rules/), and the application conditions not in a review
                       list (capacity, residence, savings group, selection, certification, the
                       pre-2024 commitment) are taken as met
  poor_loan_ceiling    poor-household loan ceiling in force (đồng)
  poor_loan_remaining  ceiling − outstanding in that program, at least 0; empty when not eligible

Every number comes from rules/ through engine.law.rulebook (parameter names are written in each peer,
values never are).
"""
from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd

from engine.law import rulebook

BORDERLINE = 0.05
PROGRAMS = {"elig_poor": "poor_households", "elig_near_poor": "near_poor_households",
            "elig_newly_escaped": "newly_escaped_households", "elig_rural_water": "rural_water_supply"}
COLUMNS = ("household_id", "income_pc", "poverty_line", "deprivation_count", "outcome", "poor", "near_poor",
           "average", "borderline", "elig_poor", "elig_near_poor", "elig_newly_escaped", "elig_rural_water",
           "poor_loan_ceiling", "poor_loan_remaining")
FLOATS = ("income_pc", "poverty_line", "deprivation_count", "poor_loan_ceiling", "poor_loan_remaining")
BOOLS = ("poor", "near_poor", "average", "borderline")


class Params:
    """Parameter values in force at one date, read from rules/ (None = unknown or not in force)."""

    def __init__(self, day: dt.date, book: rulebook.Rulebook | None = None):
        self.book = book or rulebook.default()
        self.day = day

    def __call__(self, name: str):
        p = self.book.parameters.get(name)
        pv = p.at(self.day) if p is not None else None
        return None if pv is None or not pv.known else pv.value

    def in_force(self, name: str) -> bool:
        p = self.book.parameters.get(name)
        return p is not None and p.at(self.day) is not None


def normalise(df: pd.DataFrame) -> pd.DataFrame:
    """Common dtypes and order, sorted by household id, so outputs compare exactly."""
    out = pd.DataFrame({c: df[c] for c in COLUMNS})
    for c in FLOATS:
        out[c] = pd.to_numeric(out[c], errors="raise").astype("float64")
    for c in BOOLS:
        out[c] = out[c].astype(bool)
    for c in ("household_id", "outcome") + tuple(PROGRAMS):
        out[c] = out[c].astype(object).astype(str)
    return out.sort_values("household_id", kind="stable").reset_index(drop=True)


def differences(a: pd.DataFrame, b: pd.DataFrame, limit: int = 5) -> list[str]:
    """Human-readable differences between two normalised outputs (empty list = identical)."""
    if len(a) != len(b):
        return [f"{len(a)} rows vs {len(b)}"]
    if not (a["household_id"].to_numpy() == b["household_id"].to_numpy()).all():
        return ["different households"]
    out = []
    for c in COLUMNS[1:]:
        x, y = a[c].to_numpy(), b[c].to_numpy()
        if c in FLOATS:
            same = (x == y) | (np.isnan(x) & np.isnan(y))
        else:
            same = x == y
        bad = np.flatnonzero(~same)
        if len(bad):
            i = bad[0]
            out.append(f"{c}: {len(bad)} rows differ, e.g. {a['household_id'][i]}: {x[i]!r} vs {y[i]!r}")
        if len(out) >= limit:
            break
    return out


def nan(x) -> float:
    return math.nan if x is None else float(x)
