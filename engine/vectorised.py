"""Many households at once: the same rules/ compiled to column-wise numpy/pandas operations.

Mirrors interactive.py + classify.py (Kleene logic, exclusive resolution, flag codes); the
differential test (tests/test_differential.py) proves the two engines give identical answers.
"""
from __future__ import annotations

import operator

import numpy as np
import pandas as pd

from . import classify, rulebook
from .conditions import All, Leaf
from .derive_frame import F, T, U, FrameFacts, derive_frame
from .periods import Period, periods_of, rules_of_family

COMPARE = {"lt": operator.lt, "lte": operator.le, "gt": operator.gt, "gte": operator.ge,
           "eq": operator.eq, "neq": operator.ne}


class LeafColumns:
    """Per-row state of a leaf, plus why it is unknown."""

    def __init__(self, state, missing: dict, unknown_param: dict):
        self.state = state  # int8[]
        self.missing = missing  # fact → bool[] (fact missing on rows where the leaf is unknown)
        self.unknown_param = unknown_param  # param name → bool[]
        self.threshold_u = {}  # param name → bool[] rows where that (known) threshold is tagged U


def _missing_mask(values: pd.DataFrame, fact: str) -> np.ndarray:
    col = values[fact]
    if col.dtype == object:
        return col.isna().to_numpy()
    return np.isnan(col.to_numpy(dtype="float64"))


def eval_leaf(leaf: Leaf, values: pd.DataFrame, period: Period, facts_registry: dict) -> LeafColumns:
    n = len(values)
    col = values[leaf.fact]
    missing = {f: _missing_mask(values, f) for f in leaf.facts_read()}
    any_missing = np.zeros(n, bool)
    for m in missing.values():
        any_missing |= m
    unknown_param: dict[str, np.ndarray] = {}
    lc_threshold_u: dict[str, np.ndarray] = {}
    if leaf.param is None:
        if leaf.op == "in":
            ok = col.isin(list(leaf.values)).to_numpy(dtype=bool)
        else:
            ok = COMPARE[leaf.op](col.to_numpy(dtype=object), leaf.value).astype(bool)
        unknown = any_missing
    else:
        ph = leaf.placeholder
        x = col.to_numpy(dtype="float64")
        ok = np.zeros(n, bool)
        unknown = any_missing.copy()
        if ph is None:
            branches = [(np.ones(n, bool), leaf.param)]
        else:
            key = values[ph].to_numpy(dtype=object)
            branches = [(key == code, leaf.param.replace("{" + ph + "}", code)) for code in facts_registry[ph]["values"]]
        for sel, name in branches:
            pv = period.params[name]
            if not pv.known:
                # Unknown legal value: the scalar evaluator checks it before missing facts.
                unknown_param[name] = sel.copy()
                unknown |= sel
                continue
            with np.errstate(invalid="ignore"):
                ok |= sel & COMPARE[leaf.op](x, pv.value)
            if pv.source.confidence == "U":
                lc_threshold_u[name] = sel.copy()
    state = np.where(unknown, U, ok).astype(np.int8)
    lc = LeafColumns(state, missing, unknown_param)
    lc.threshold_u = lc_threshold_u
    return lc


def _combine(node, values, period, registry, out: list) -> np.ndarray:
    if isinstance(node, Leaf):
        lc = eval_leaf(node, values, period, registry)
        out.append((node, lc))
        return lc.state
    states = np.vstack([_combine(c, values, period, registry, out) for c in node.children])
    if isinstance(node, All):
        return np.where((states == F).any(axis=0), F, np.where((states == T).all(axis=0), T, U)).astype(np.int8)
    return np.where((states == T).any(axis=0), T, np.where((states == F).all(axis=0), F, U)).astype(np.int8)


def _join_codes(code_sets: list[set]) -> list[str]:
    return [";".join(sorted(s)) for s in code_sets]


def evaluate(book: rulebook.Rulebook, facts: FrameFacts) -> pd.DataFrame:
    """Classification outcome, deciding rules, flag codes and D9 basis for every household."""
    values = facts.values
    n = len(values)
    outcome = np.full(n, classify.REVIEW, dtype=object)
    deciding = [[] for _ in range(n)]
    codes: list[set] = [set() for _ in range(n)]
    basis: list[set] = [set() for _ in range(n)]
    ps = periods_of(book)
    registry = book.facts
    for pi in np.unique(facts.period):
        per = ps[pi]
        rows = np.flatnonzero(facts.period == pi)
        sub = values.iloc[rows]
        rules = rules_of_family(per, classify.FAMILY)
        results = {}
        for r in rules:
            leaves: list = []
            results[r.id] = (r, _combine(r.when, sub, per, registry, leaves), leaves)
        outcomes = list(dict.fromkeys(r.outcome for r in rules))
        t_by = {o: np.zeros(len(rows), bool) for o in outcomes}
        u_by = {o: np.zeros(len(rows), bool) for o in outcomes}
        for r, st, _ in results.values():
            t_by[r.outcome] |= st == T
            u_by[r.outcome] |= st == U
        n_true = np.sum([t_by[o] for o in outcomes], axis=0) if outcomes else np.zeros(len(rows), int)
        any_u = np.any([u_by[o] for o in outcomes], axis=0) if outcomes else np.zeros(len(rows), bool)
        kind = np.full(len(rows), "no_rule", dtype=object)
        kind[any_u] = "unknown"
        kind[n_true > 1] = "conflict"
        for o in outcomes:
            single = (n_true == 1) & t_by[o]
            others_u = np.zeros(len(rows), bool)
            for o2 in outcomes:
                if o2 != o:
                    others_u |= u_by[o2]
            kind[single & others_u] = "possible_conflict"
            decided = single & ~others_u
            kind[decided] = "decided"
            outcome[rows[decided]] = o
        kind_decided = kind == "decided"
        review_unknown = (kind == "unknown") | (kind == "possible_conflict")
        for r, st, leaves in results.values():
            is_t = st == T
            for j in np.flatnonzero(is_t & (kind != "no_rule") & (kind != "unknown")):
                deciding[rows[j]].append(r.id)
            for leaf, lc in leaves:
                unknown_leaf = lc.state == U
                for name, m in lc.unknown_param.items():
                    for j in np.flatnonzero(m & unknown_leaf & (st == U) & review_unknown):
                        codes[rows[j]].add(f"unknown_value.{name}")
                    for j in np.flatnonzero(m & unknown_leaf & ~kind_decided):
                        basis[rows[j]].add(name)
                for f, m in lc.missing.items():
                    for j in np.flatnonzero(m & unknown_leaf & (st == U) & review_unknown):
                        codes[rows[j]].add(f"missing_data.{f}")
                leaf_t_decided = (lc.state == T) & is_t & kind_decided
                for name, m in lc.threshold_u.items():
                    for j in np.flatnonzero(m & leaf_t_decided):
                        basis[rows[j]].add(name)
                if leaf.fact == "deprivation_count":
                    for j in np.flatnonzero(leaf_t_decided & facts.deprivation_unverified[rows]):
                        basis[rows[j]].update(_u_indicator_sources(book, facts, rows[j]))
            if r.source.confidence == "U":
                for j in np.flatnonzero(is_t & kind_decided):
                    basis[rows[j]].add(r.id)
        for j in np.flatnonzero((kind == "conflict") | (kind == "possible_conflict")):
            codes[rows[j]].add("rule_conflict")
        for j in np.flatnonzero(kind == "no_rule"):
            codes[rows[j]].add("no_rule")
    # Flags that do not depend on rule states.
    for iid, slot in facts.indicators.items():
        mm = slot["counts"] & (slot["derived"] != U) & (slot["declared"] != U) & (slot["derived"] != slot["declared"])
        for j in np.flatnonzero(mm):
            codes[j].add(f"indicator_mismatch.{iid}")
    recognised = values["recognised_status"].to_numpy(dtype=object)
    listed = classify.LISTED
    rec_l = np.array([listed.get(x) if x is not None else None for x in recognised], dtype=object)
    out_l = np.array([listed.get(x) for x in outcome], dtype=object)
    decided_rows = outcome != classify.REVIEW
    known_rec = np.array([x is not None for x in recognised])
    mismatch = decided_rows & known_rec & (rec_l != out_l) & (pd.notna(rec_l) | pd.notna(out_l))
    for j in np.flatnonzero(mismatch):
        codes[j].add("status_mismatch")
    for j in np.flatnonzero(facts.status_conflict):
        codes[j].add("status_decisions_conflict")
    for j in range(n):
        if basis[j]:
            codes[j].add("unverified_basis")
    return pd.DataFrame({
        "outcome": outcome,
        "rule_ids": [";".join(d) for d in deciding],
        "flag_codes": _join_codes(codes),
        "unverified": [bool(b) for b in basis],
        "unverified_basis": _join_codes(basis),
        "recognised_status": recognised,
        "deprivation_count": values["deprivation_count"].to_numpy(),
    })


def _u_indicator_sources(book, facts: FrameFacts, row: int) -> list[str]:
    return [f"indicator.{iid}" for iid, slot in facts.indicators.items()
            if slot["counts"][row] and slot["used"][row] == T and book.indicators[iid].confidence == "U"]


def classify_frames(hh: pd.DataFrame, mem: pd.DataFrame, dec: pd.DataFrame | None, day,
                    book: rulebook.Rulebook | None = None) -> pd.DataFrame:
    """Evaluate every household at ``day`` (a date, or a Series of dates aligned with ``hh``)."""
    book = book or rulebook.default()
    hh = hh.reset_index(drop=True)
    if hh.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in (
            "household_id", "reference_date", "outcome", "rule_ids", "flag_codes", "unverified", "unverified_basis",
            "recognised_status", "deprivation_count")})
    ref = day if isinstance(day, pd.Series) else pd.Series([pd.Timestamp(day)] * len(hh))
    facts = derive_frame(book, hh, mem, dec, ref)
    out = evaluate(book, facts)
    out.insert(0, "household_id", hh["household_id"].to_numpy())
    out.insert(1, "reference_date", pd.to_datetime(ref).to_numpy())
    return out
