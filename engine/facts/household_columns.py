"""Derived facts for many households at once (the vectorised twin of derive.py).

Tri-state int8 arrays throughout: 1 = true, 0 = false, 2 = unknown (cannot be determined).
Every threshold comes from rules/parameters through the period in force for each household.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from engine.facts import dates
from engine.facts.household import COUNT_THRESHOLD, INDICATOR_PARAMS
from engine.law.periods import Period, periods_of
from engine.law.rulebook import Rulebook

F, T, U = np.int8(0), np.int8(1), np.int8(2)
NA_MEMBER = np.int8(-1)  # member not concerned by an indicator


@dataclass
class FrameFacts:
    """Column-wise facts, aligned with the households table (positional)."""
    values: pd.DataFrame  # fact columns named as in rules/facts.yaml
    period: np.ndarray  # period index per household
    indicators: dict  # id → dict(derived=int8[], declared=int8[], used=int8[], counts=bool[])
    deprivation_unknown: np.ndarray
    deprivation_unverified: np.ndarray  # bool: a U-tagged indicator was counted as deprived
    status_conflict: np.ndarray  # bool
    count_mismatch: np.ndarray | None = None  # bool: declared count outside what the indicators allow
    status_date: np.ndarray | None = None  # datetime64: date of the decision the recognised status comes from


class ChunkIndex:
    """Positions of other tables' rows (members, decisions, loans) among a chunk's households.

    Hashing the household id strings is the costly part: each table is looked up once per chunk and
    the positions kept for every fact that needs them."""

    def __init__(self, hh: pd.DataFrame):
        self.index = pd.Index(hh["household_id"])
        self._done: dict[int, tuple[pd.DataFrame, np.ndarray]] = {}

    def positions(self, frame: pd.DataFrame) -> np.ndarray:
        """Household position of each row of ``frame`` (-1 for an id not in the chunk)."""
        hit = self._done.get(id(frame))
        if hit is None or hit[0] is not frame:
            hit = self._done[id(frame)] = (frame, self.index.get_indexer(frame["household_id"]))
        return hit[1]


def tri(series: pd.Series, invert: bool = False) -> np.ndarray:
    """Nullable boolean → tri-state."""
    arr = series.to_numpy(dtype="float64", na_value=np.nan) if len(series) else np.zeros(0)
    out = np.where(np.isnan(arr), U, (arr > 0.5) != invert).astype(np.int8)
    return out


def tri_isin(series: pd.Series, values: set, invert: bool = False) -> np.ndarray:
    isna = series.isna().to_numpy()
    hit = series.isin(list(values)).to_numpy(dtype=bool, na_value=False)
    return np.where(isna, U, hit != invert).astype(np.int8)


def any_of_members(codes: np.ndarray, state: np.ndarray, n: int) -> np.ndarray:
    """Kleene OR per household of member states (-1 = not concerned)."""
    any_t = np.bincount(codes[state == T], minlength=n) > 0
    any_u = np.bincount(codes[state == U], minlength=n) > 0
    return np.where(any_t, T, np.where(any_u, U, F)).astype(np.int8)


def count3(known: np.ndarray, unknown: np.ndarray, threshold) -> np.ndarray:
    return np.where(known >= threshold, T, np.where(known + unknown < threshold, F, U)).astype(np.int8)


def assign_periods(book: Rulebook, ref: pd.Series) -> np.ndarray:
    ps = periods_of(book)
    starts = np.array([np.datetime64(p.start, "ns") for p in ps])
    idx = np.searchsorted(starts, ref.to_numpy(dtype="datetime64[ns]"), side="right") - 1
    return idx


def _param(period: Period, short: str):
    pv = period.params.get(INDICATOR_PARAMS + short)
    return None if pv is None else pv.value


def _indicators_for(book: Rulebook, period: Period, hh: pd.DataFrame, mem: pd.DataFrame, codes: np.ndarray,
                    ages: np.ndarray, sizes: np.ndarray) -> dict[str, np.ndarray]:
    n = len(hh)
    p = lambda s: _param(period, s)  # noqa: E731
    out: dict[str, np.ndarray] = {}
    emp = tri_isin(mem["employment"], book.codes("depriving_employment"))
    out["employment"] = any_of_members(codes, emp, n)

    allowance = mem["monthly_social_allowance"]
    is_child = ages < p("dependant_child_age_below")
    allow_t = allowance.fillna(False).to_numpy(dtype=bool)
    allow_na = allowance.isna().to_numpy()
    dep_known = is_child | allow_t
    dep_unknown = ~dep_known & allow_na
    dmin = np.bincount(codes[dep_known], minlength=n)
    dunk = np.bincount(codes[dep_unknown], minlength=n)
    share = p("dependant_share_max")
    out["dependants"] = np.where(dmin / sizes > share, T, np.where((dmin + dunk) / sizes <= share, F, U)).astype(np.int8)

    nut = tri_isin(mem["nutrition"], book.codes("poor_nutrition"))
    out["nutrition"] = any_of_members(codes, np.where(ages < p("nutrition_child_age_below"), nut, NA_MEMBER), n)

    ins = tri(mem["health_insurance"], invert=True)
    out["health_insurance"] = any_of_members(codes, np.where(ages >= p("insurance_min_age"), ins, NA_MEMBER), n)

    lo, up, hi = p("adult_education_min_age"), p("adult_education_upper_age"), p("adult_education_max_age")
    level = mem["education_level"]
    meets = np.where(ages < up, tri_isin(level, book.codes("education_lower_secondary_or_more")),
                     tri_isin(level, book.codes("education_upper_secondary_or_vocational")))
    training = tri(mem["in_training"])
    edu = np.where((meets == T) | (training == T), F, np.where((meets == F) & (training == F), T, U)).astype(np.int8)
    out["adult_education"] = any_of_members(codes, np.where((ages >= lo) & (ages <= hi), edu, NA_MEMBER), n)

    att = tri_isin(mem["school_attendance"], book.codes("poor_attendance"))
    concerned = (ages >= p("school_child_min_age")) & (ages < p("school_child_age_below"))
    out["school_attendance"] = any_of_members(codes, np.where(concerned, att, NA_MEMBER), n)

    parts = hh[["wall", "column", "roof"]]
    nd = (parts == "non_durable").fillna(False).to_numpy(dtype=bool).sum(axis=1)
    unk = parts.isna().to_numpy().sum(axis=1)
    out["housing_quality"] = count3(nd, unk, p("housing_non_durable_parts_min"))

    area = hh["living_area_m2"].to_numpy(dtype="float64", na_value=np.nan)
    out["living_area"] = np.where(np.isnan(area), U, area / sizes < p("living_area_per_person_min")).astype(np.int8)

    out["water"] = tri_isin(hh["water_source"], book.codes("safe_water"), invert=True)
    out["latrine"] = tri_isin(hh["latrine"], book.codes("hygienic_latrine"), invert=True)
    out["internet"] = tri(hh["internet_use"], invert=True)
    assets = hh["information_assets"]
    has_asset = assets.fillna("").str.len().to_numpy(dtype="int64") > 0
    assets_known = assets.notna().to_numpy()
    speaker = hh["loudspeaker_reach"]
    sp_t = speaker.fillna(False).to_numpy(dtype=bool)
    sp_f = (~speaker.fillna(True)).to_numpy(dtype=bool)
    out["information_assets"] = np.where(has_asset | sp_t, F, np.where(assets_known & sp_f, T, U)).astype(np.int8)
    out["household_waste"] = np.full(n, U, dtype=np.int8)
    return out


def recognised_status_at(hh: pd.DataFrame, dec: pd.DataFrame | None, ref,
                         index: ChunkIndex | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Column-wise twin of household.recognised_status_on: the latest commune decision on or before each
    household's reference date, as (status — 'none' without any, None for two statuses the same day —,
    date of that decision — NaT without —, same-day conflict)."""
    n = len(hh)
    status = np.full(n, "none", dtype=object)
    date = np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
    conflict = np.zeros(n, dtype=bool)
    if dec is None or dec.empty:
        return status, date, conflict
    ref = np.asarray(ref, dtype="datetime64[ns]")
    pos = (index or ChunkIndex(hh)).positions(dec)
    dates = dec["decision_date"].to_numpy(dtype="datetime64[ns]")
    ok = pos >= 0
    ok[ok] = dates[ok] <= ref[pos[ok]]  # NaT compares False: an undated decision is never the latest
    if not ok.any():
        return status, date, conflict
    d = pd.DataFrame({"pos": pos[ok], "status": pd.Series(dec["status"].to_numpy(dtype=object)[ok], dtype=object),
                      "date": dates[ok]})
    last = d.groupby("pos")["date"].transform("max")
    latest = d[d["date"] == last]
    g = latest.groupby("pos")
    nuniq = g["status"].nunique()
    first = g["status"].first()
    at = g["date"].first()
    status[first.index.to_numpy()] = first.to_numpy()
    date[at.index.to_numpy()] = at.to_numpy(dtype="datetime64[ns]")
    conflicted = nuniq[nuniq > 1].index.to_numpy()
    status[conflicted] = None
    conflict[conflicted] = True
    return status, date, conflict


def derive_frame(book: Rulebook, hh: pd.DataFrame, mem: pd.DataFrame, dec: pd.DataFrame | None,
                 ref: pd.Series, index: ChunkIndex | None = None) -> FrameFacts:
    """Facts for every household; ``ref`` holds each household's reference date (datetime64)."""
    hh = hh.reset_index(drop=True)
    ref = pd.Series(pd.to_datetime(ref).to_numpy(dtype="datetime64[ns]"), index=hh.index)
    n = len(hh)
    index = index or ChunkIndex(hh)
    codes = index.positions(mem)
    if (codes < 0).any():
        raise ValueError("members without a household must be rejected before evaluation")
    sizes = np.bincount(codes, minlength=n)
    if (sizes == 0).any():
        raise ValueError("households without members must be rejected before evaluation")
    period = assign_periods(book, ref)
    ps = periods_of(book)
    # whole years at the reference date (integers: members without a birth date are rejected before)
    with np.errstate(invalid="ignore"):
        ages = dates.full_years(mem["birth_date"].to_numpy(dtype="datetime64[ns]"), ref.to_numpy()[codes]).astype(np.int64)

    values = pd.DataFrame(index=hh.index)
    values["area"] = hh["area"].astype("object").where(hh["area"].notna(), None)
    values["income_pc_month"] = hh["income_pc_month"].to_numpy(dtype="float64", na_value=np.nan)
    values["member_count"] = sizes.astype("float64")
    status, status_date, conflict = recognised_status_at(hh, dec, ref, index)
    values["recognised_status"] = pd.Series(status, index=hh.index, dtype="object")
    dep_count = np.full(n, np.nan)
    dep_unknown = np.zeros(n, dtype=np.int64)
    dep_unverified = np.zeros(n, dtype=bool)
    indicators = {iid: {"derived": np.full(n, U, np.int8), "declared": np.full(n, U, np.int8),
                       "used": np.full(n, U, np.int8), "counts": np.zeros(n, bool)} for iid in book.indicators}
    declared_count = hh["declared_deprivation_count"].to_numpy(dtype="float64", na_value=np.nan)
    count_mismatch = np.zeros(n, dtype=bool)
    for pi in np.unique(period):
        per = ps[pi]
        rows = np.flatnonzero(period == pi)
        counting = {iid: ind.counts_on(per.start) is not None for iid, ind in book.indicators.items()}
        threshold = per.params.get(COUNT_THRESHOLD)
        if threshold is None or not any(counting.values()):
            dep_count[rows] = declared_count[rows]  # D3: 2016–2021 count as declared
            continue
        sub = hh.iloc[rows]
        mem_mask = np.isin(codes, rows)
        local = np.searchsorted(rows, codes[mem_mask])
        derived = _indicators_for(book, per, sub, mem[mem_mask], local, ages[mem_mask], sizes[rows])
        known = np.zeros(len(rows), np.int64)
        unknown = np.zeros(len(rows), np.int64)
        unverified = np.zeros(len(rows), bool)
        for iid, ind in book.indicators.items():
            der = np.full(len(rows), U, np.int8) if ind.declared_only else derived[iid]
            dcl = tri(sub[f"declared_{iid}"])
            used = np.where(der != U, der, dcl).astype(np.int8)
            slot = indicators[iid]
            slot["derived"][rows], slot["declared"][rows], slot["used"][rows] = der, dcl, used
            slot["counts"][rows] = counting[iid]
            if not counting[iid]:
                continue
            known += used == T
            unknown += used == U
            if ind.confidence == "U":
                unverified |= used == T
        decided = count3(known, unknown, threshold.value)
        # declared count fills the gap when it fits the indicators (twin of household.derive)
        dc = declared_count[rows]
        has_dc = ~np.isnan(dc)
        fits = has_dc & (dc >= known) & (dc <= known + unknown)
        count_mismatch[rows] = has_dc & ~fits
        dep_count[rows] = np.where(decided != U, known, np.where(fits, dc, np.nan))
        dep_unknown[rows] = unknown
        dep_unverified[rows] = unverified & (decided != U)
    values["deprivation_count"] = dep_count
    return FrameFacts(values, period, indicators, dep_unknown, dep_unverified, conflict, count_mismatch, status_date)
