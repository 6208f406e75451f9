"""Evaluate one in-memory chunk of households: the function every batch path (in memory, streamed,
Dask) applies, so that they give identical answers.

When the batch audit (engine/audit, issue 4) is installed and exposes ``audit_frames``, the batch
paths can call it instead (``use_audit``); until then a chunk is evaluated as:

- the poverty classification of engine/evaluation/vectorised.py (outcome, deciding rules, flag codes, D9);
- the household-level lending programs of engine/evaluation/vectorised_programs.py — poor, near-poor,
  newly-escaped, rural water and sanitation — from facts the review list and the loan book carry:
  recognised status and whole months since its commune decision, the head's age as the
  representative's, area, water source / latrine as "works missing", outstanding per program.
  The conditions of an application (full capacity, residence, savings-group membership, group
  selection, commune certification, the pre-2024 commitment) are not in those files: with
  ``assume_application=True`` they are taken as met, so the answer reads "eligible on status, area
  and ceiling — the application conditions are checked when the household applies"; with False
  they stay unknown and every program answer is "cần rà soát".
"""
from __future__ import annotations


import numpy as np
import pandas as pd

from engine.law import rulebook
from engine.evaluation import vectorised, vectorised_programs
from engine.facts.household_columns import derive_frame, tri_isin

PROGRAMS = ("poor_households", "near_poor_households", "newly_escaped_households", "rural_water_supply",
            "rural_sanitation")
APPLICATION_FACTS = ("representative_full_capacity", "resides_in_lending_commune", "savings_group_member",
                     "selected_at_group_meeting", "commune_certified", "water_sanitation_commitment_certified")
CLASSIFICATION_COLUMNS = ("household_id", "reference_date", "outcome", "rule_ids", "flag_codes", "unverified",
                          "unverified_basis", "recognised_status", "deprivation_count")


def _full_months(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Whole months from ``start`` to ``end`` (datetime64[D] arrays; NaT → NaN), as derive_application."""
    s = pd.DatetimeIndex(start)
    e = pd.DatetimeIndex(end)
    months = (e.year - s.year) * 12 + (e.month - s.month) - (e.day < s.day)
    return np.asarray(months, dtype="float64")


def status_dates(hh: pd.DataFrame, dec: pd.DataFrame | None, ref: np.ndarray) -> np.ndarray:
    """Date of the latest commune decision on or before each household's reference date (NaT without)."""
    n = len(hh)
    out = np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
    if dec is None or dec.empty:
        return out
    pos = pd.Index(hh["household_id"]).get_indexer(dec["household_id"])
    dates = dec["decision_date"].to_numpy(dtype="datetime64[ns]")
    ok = (pos >= 0) & (dates <= ref[np.maximum(pos, 0)])
    if ok.any():
        s = pd.Series(dates[ok]).groupby(pos[ok]).max()
        out[s.index.to_numpy()] = s.to_numpy()
    return out


def head_ages(hh: pd.DataFrame, mem: pd.DataFrame, ref: np.ndarray) -> np.ndarray:
    """Age in whole years of each household's first member recorded as head (NaN without a head)."""
    codes = pd.Index(hh["household_id"]).get_indexer(mem["household_id"])
    is_head = (mem["relation"] == "head").fillna(False).to_numpy(dtype=bool)
    idx = np.flatnonzero(is_head)
    owner = codes[idx]
    keep = np.unique(owner, return_index=True)[1]
    idx, owner = idx[keep], owner[keep]
    out = np.full(len(hh), np.nan)
    birth = pd.DatetimeIndex(mem["birth_date"].to_numpy(dtype="datetime64[ns]")[idx])
    r = pd.DatetimeIndex(ref[owner])
    before = (r.month < birth.month) | ((r.month == birth.month) & (r.day < birth.day))
    out[owner] = np.asarray(r.year - birth.year - before, dtype="float64")
    return out


def _expr_facts(expr) -> set[str]:
    (key, arg), = expr.items()
    if key == "fact":
        return {arg}
    if key == "param":
        return {arg[arg.index("{") + 1:arg.index("}")]} if "{" in arg else set()
    return set().union(*(_expr_facts(a) for a in arg))


def facts_read(book, programs) -> set[str]:
    """Facts the rules and terms of these programs' families (and the general rules they require) read."""
    from engine.law.conditions import leaves

    out: set[str] = set()
    for fam in book.families.values():
        if fam.program not in programs:
            continue
        rules = list(fam.rules) + [r for r in book.rules if r.id in fam.requires]
        for r in rules:
            for leaf in leaves(r.when):
                out.update(leaf.facts_read())
        for expr in fam.terms.values():
            out |= _expr_facts(expr)
    return out


def program_facts(book, hh: pd.DataFrame, mem: pd.DataFrame, dec: pd.DataFrame | None, loans: pd.DataFrame | None,
                  ref: np.ndarray, facts_values: pd.DataFrame, outcome: np.ndarray, programs=PROGRAMS,
                  assume_application: bool = True) -> pd.DataFrame:
    """One row per (household, program), household-major, with every fact of rules/facts.yaml."""
    n = len(hh)
    programs = [p for p in programs if any(f.program == p for f in book.families.values())]
    k = len(programs)
    needed = facts_read(book, programs)
    base: dict[str, np.ndarray] = {}
    for name, spec in book.facts.items():
        if name not in needed:
            continue
        numeric = spec["type"] in vectorised_programs.NUMERIC
        base[name] = np.full(n, np.nan) if numeric else np.full(n, None, dtype=object)
    for name in ("area", "income_pc_month", "member_count", "recognised_status", "deprivation_count"):
        if name in base:
            base[name] = facts_values[name].to_numpy(dtype="float64" if name in ("income_pc_month", "member_count",
                                                                                   "deprivation_count") else object)
    if "computed_status" in base:
        base["computed_status"] = np.where(outcome == "needs_review", None, outcome).astype(object)
    if "months_since_status_decision" in base:
        base["months_since_status_decision"] = _full_months(status_dates(hh, dec, ref), ref)
    if "representative_age" in base:
        base["representative_age"] = head_ages(hh, mem, ref)
    known = np.full(n, True if assume_application else None, dtype=object)
    for name in APPLICATION_FACTS:
        if name in base:
            base[name] = known
    out = {name: np.repeat(col, k) if k else col[:0] for name, col in base.items()
           if name not in ("outstanding_in_program", "water_sanitation_works_missing_or_damaged")}
    prog = np.tile(np.array(programs, dtype=object), n)
    # D8: outstanding of the household in that program; 0 without a loan in it
    outstanding = np.zeros((n, k))
    if loans is not None and len(loans) and k:
        pos = pd.Index(hh["household_id"]).get_indexer(loans["household_id"])
        pidx = pd.Index(programs).get_indexer(loans["program"].astype(object))
        ok = (pos >= 0) & (pidx >= 0)
        np.add.at(outstanding, (pos[ok], pidx[ok]), loans["outstanding"].to_numpy(dtype="float64", na_value=np.nan)[ok])
    out["outstanding_in_program"] = outstanding.ravel()
    # works missing or damaged: water source for water supply, latrine for sanitation
    unsafe_water = tri_isin(hh["water_source"], book.codes("safe_water"), invert=True)
    no_latrine = tri_isin(hh["latrine"], book.codes("hygienic_latrine"), invert=True)
    works = np.full((n, k), None, dtype=object)
    for j, p in enumerate(programs):
        src = unsafe_water if p == "rural_water_supply" else no_latrine if p == "rural_sanitation" else None
        if src is not None:
            works[:, j] = np.where(src == 2, None, src == 1).astype(object)
    out["water_sanitation_works_missing_or_damaged"] = works.ravel()
    frame = pd.DataFrame({name: pd.Series(col, dtype=object if col.dtype == object else col.dtype, copy=False)
                          for name, col in out.items()})
    frame["program"] = pd.Series(prog, dtype=object)
    frame["reference_date"] = np.repeat(ref, k)
    return frame


def evaluate_chunk(households: pd.DataFrame, members: pd.DataFrame, decisions: pd.DataFrame | None,
                   loans: pd.DataFrame | None, day, book: rulebook.Rulebook | None = None,
                   programs=PROGRAMS, assume_application: bool = True) -> pd.DataFrame:
    """Classification and household-level program answers for every household of the chunk.

    ``day``: the reference date (a date, or a Series aligned with ``households``). Output: one row per
    household in input order; program columns ``<program>`` (eligible / not_eligible / needs_review)
    ``<program>_remaining`` (đồng, NaN when not eligible or unknown) and ``<program>_ceiling``.
    """
    book = book or rulebook.default()
    hh = households.reset_index(drop=True)
    n = len(hh)
    ref_series = day if isinstance(day, pd.Series) else pd.Series([pd.Timestamp(day)] * n)
    ref = pd.to_datetime(ref_series).to_numpy(dtype="datetime64[ns]")
    facts = derive_frame(book, hh, members, decisions, pd.Series(ref))
    cls = vectorised.evaluate(book, facts)
    cls.insert(0, "household_id", hh["household_id"].to_numpy())
    cls.insert(1, "reference_date", ref)
    if not programs:
        return cls
    pf = program_facts(book, hh, members, decisions, loans, ref, facts.values, cls["outcome"].to_numpy(dtype=object),
                       programs, assume_application)
    present = list(dict.fromkeys(pf["program"][:len(pf) // max(n, 1)])) if n else []
    res = vectorised_programs.evaluate(book, pf)
    k = len(present)
    for j, p in enumerate(present):
        cls[p] = res["outcome"].to_numpy(dtype=object)[j::k]
        cls[f"{p}_remaining"] = res["remaining"].to_numpy(dtype="float64")[j::k]
        cls[f"{p}_ceiling"] = res["ceiling"].to_numpy(dtype="float64")[j::k]
    return cls


def evaluate_tables(frames: dict, day, book=None, **kw) -> pd.DataFrame:
    """evaluate_chunk over a dict of canonical frames (households, members, decisions, loans)."""
    return evaluate_chunk(frames["households"], frames["members"], frames.get("decisions"), frames.get("loans"),
                          day, book, **kw)
