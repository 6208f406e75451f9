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

from engine.facts import dates
from engine.law import rulebook
from engine.evaluation import vectorised, vectorised_programs
from engine.decisions import classification as classify
from engine.evaluation.fact_columns import Columns, to_array
from engine.facts.household_columns import ChunkIndex, assign_periods, derive_frame, recognised_status_at, tri_isin
from engine.law.periods import periods_of

PROGRAMS = ("poor_households", "near_poor_households", "newly_escaped_households", "rural_water_supply",
            "rural_sanitation")
APPLICATION_FACTS = ("representative_full_capacity", "resides_in_lending_commune", "savings_group_member",
                     "selected_at_group_meeting", "commune_certified", "water_sanitation_commitment_certified")
CLASSIFICATION_COLUMNS = ("household_id", "reference_date", "outcome", "rule_ids", "flag_codes", "unverified",
                          "unverified_basis", "recognised_status", "deprivation_count")


def head_ages(hh: pd.DataFrame, mem: pd.DataFrame, ref: np.ndarray, index: ChunkIndex | None = None) -> np.ndarray:
    """Age in whole years of each household's first member recorded as head (NaN without a head)."""
    codes = (index or ChunkIndex(hh)).positions(mem)
    is_head = (mem["relation"] == "head").fillna(False).to_numpy(dtype=bool)
    idx = np.flatnonzero(is_head)
    owner = codes[idx]
    keep = np.unique(owner, return_index=True)[1]
    idx, owner = idx[keep], owner[keep]
    out = np.full(len(hh), np.nan)
    out[owner] = dates.full_years(mem["birth_date"].to_numpy(dtype="datetime64[ns]")[idx], ref[owner])
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


class ProgramFacts:
    """The household programs' facts for a chunk: household-level facts once (``household``, one row per
    household) and, per program, only the facts that differ between programs (``own``)."""

    def __init__(self, household: Columns, own: dict[str, dict[str, np.ndarray]]):
        self.household = household
        self.own = own


def program_facts(book, hh: pd.DataFrame, mem: pd.DataFrame, dec: pd.DataFrame | None, loans: pd.DataFrame | None,
                  ref: np.ndarray, facts_values: pd.DataFrame, computed: np.ndarray, programs=PROGRAMS,
                  assume_application: bool = True, index: ChunkIndex | None = None,
                  status_date: np.ndarray | None = None) -> ProgramFacts:
    """Every fact the programs' rules and terms read, for every household of the chunk.

    ``computed``: the computed classification per household (None where it needs review); ``status_date``:
    the date of the decision behind the recognised status, as derive_frame found it (found again if None)."""
    n = len(hh)
    index = index or ChunkIndex(hh)
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
            base[name] = to_array(facts_values[name])
    if "computed_status" in base:
        base["computed_status"] = computed
    if "months_since_status_decision" in base:
        if status_date is None:
            status_date = recognised_status_at(hh, dec, ref, index)[1]
        base["months_since_status_decision"] = dates.full_months(status_date, ref)
    if "representative_age" in base:
        base["representative_age"] = head_ages(hh, mem, ref, index)
    known = np.full(n, True if assume_application else None, dtype=object)
    for name in APPLICATION_FACTS:
        if name in base:
            base[name] = known
    for name in ("outstanding_in_program", "water_sanitation_works_missing_or_damaged"):
        base.pop(name, None)
    # D8: outstanding of the household in that program; 0 without a loan in it
    outstanding = np.zeros((n, k))
    if loans is not None and len(loans) and k:
        pos = index.positions(loans)
        pidx = pd.Index(programs).get_indexer(loans["program"].astype(object))
        ok = (pos >= 0) & (pidx >= 0)
        np.add.at(outstanding, (pos[ok], pidx[ok]), loans["outstanding"].to_numpy(dtype="float64", na_value=np.nan)[ok])
    # works missing or damaged: water source for water supply, latrine for sanitation
    unsafe_water = tri_isin(hh["water_source"], book.codes("safe_water"), invert=True)
    no_latrine = tri_isin(hh["latrine"], book.codes("hygienic_latrine"), invert=True)
    none = np.full(n, None, dtype=object)
    own = {}
    for j, p in enumerate(programs):
        src = unsafe_water if p == "rural_water_supply" else no_latrine if p == "rural_sanitation" else None
        works = none if src is None else np.where(src == 2, None, src == 1).astype(object)
        own[p] = {"outstanding_in_program": outstanding[:, j], "water_sanitation_works_missing_or_damaged": works}
    return ProgramFacts(Columns(base, n), own)


def evaluate_programs(book, pf: ProgramFacts, ref: np.ndarray) -> dict[str, vectorised_programs.Assembly]:
    """Each program's answers for every household: one block per period in force, the household facts
    shared by the programs (a leaf reading only them is evaluated once for all five)."""
    n = pf.household.n
    period_idx = assign_periods(book, pd.Series(ref))
    ps = periods_of(book)
    inside = ref <= np.datetime64(ps[-1].end)
    fams = {f.program: f for f in book.families.values() if f.resolution == "eligibility"}
    out = {p: vectorised_programs.Assembly(n) for p in pf.own}
    for pi in np.unique(period_idx):
        if pi < 0:
            continue
        rows = np.flatnonzero((period_idx == pi) & inside)
        if not len(rows):
            continue
        shared = pf.household.take(rows)
        for p, own in pf.own.items():
            if p not in fams:
                continue  # no eligibility family: the answer stays "cần rà soát", as in program_blocks
            sub = shared.overlay({name: col[rows] for name, col in own.items()})
            out[p].put(rows, vectorised_programs.evaluate_block(book, ps[pi], fams[p], sub))
    return out


def evaluate_chunk(households: pd.DataFrame, members: pd.DataFrame, decisions: pd.DataFrame | None,
                   loans: pd.DataFrame | None, day, book: rulebook.Rulebook | None = None,
                   programs=PROGRAMS, assume_application: bool = True) -> pd.DataFrame:
    """Classification and household-level program answers for every household of the chunk.

    ``day``: the reference date (a date, or a Series aligned with ``households``). Output: one row per
    household in input order; program columns ``<program>`` (eligible / not_eligible / needs_review, a
    Categorical), ``<program>_remaining`` (đồng, NaN when not eligible or unknown) and ``<program>_ceiling``.
    """
    book = book or rulebook.default()
    hh = households.reset_index(drop=True)
    n = len(hh)
    ref_series = day if isinstance(day, pd.Series) else pd.Series([pd.Timestamp(day)] * n)
    ref = pd.to_datetime(ref_series).to_numpy(dtype="datetime64[ns]")
    index = ChunkIndex(hh)  # the household id hashed once per chunk, for members, decisions and loans
    facts = derive_frame(book, hh, members, decisions, pd.Series(ref), index=index)
    cls = vectorised.evaluate(book, facts)
    cls.insert(0, "household_id", hh["household_id"].array)
    cls.insert(1, "reference_date", ref)
    if not programs:
        return cls
    outcome = cls["outcome"].array
    names = np.array([None if c == classify.REVIEW else c for c in outcome.categories], dtype=object)
    computed = names[outcome.codes]
    pf = program_facts(book, hh, members, decisions, loans, ref, facts.values, computed, programs,
                       assume_application, index, facts.status_date)
    res = evaluate_programs(book, pf, ref)
    for p, a in res.items():
        cls[p] = vectorised.categorical(a.outcome, vectorised_programs.OUTCOMES)
        cls[f"{p}_remaining"] = a.terms["remaining"]
        cls[f"{p}_ceiling"] = a.terms["ceiling"]
    return cls


def evaluate_tables(frames: dict, day, book=None, **kw) -> pd.DataFrame:
    """evaluate_chunk over a dict of canonical frames (households, members, decisions, loans)."""
    return evaluate_chunk(frames["households"], frames["members"], frames.get("decisions"), frames.get("loans"),
                          day, book, **kw)
