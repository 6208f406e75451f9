"""Many households at once: the same rules/ compiled to column-wise numpy/pandas operations.

Mirrors interactive.py + classify.py (Kleene logic, exclusive resolution, flag codes); the
differential test (tests/test_differential.py) proves the two engines give identical answers.
"""
from __future__ import annotations

import operator

import numpy as np
import pandas as pd

from engine.decisions import classification as classify
from engine.law import rulebook
from engine.law.conditions import All, Leaf
from engine.evaluation.fact_columns import Columns
from engine.facts.household_columns import F, T, U, FrameFacts, derive_frame
from engine.law.periods import Period, periods_of, rules_of_family

COMPARE = {"lt": operator.lt, "lte": operator.le, "gt": operator.gt, "gte": operator.ge,
           "eq": operator.eq, "neq": operator.ne}


# how the classification of a row was resolved (classify.resolve's cases), as int8 codes
NO_RULE, UNKNOWN, CONFLICT, POSSIBLE_CONFLICT, DECIDED = range(5)


class LeafColumns:
    """Per-row state of a leaf, plus why it is unknown."""

    def __init__(self, state, missing: dict, unknown_param: dict):
        self.state = state  # int8[]
        self.missing = missing  # fact → bool[] (fact missing on rows where the leaf is unknown)
        self.unknown_param = unknown_param  # param name → bool[]
        self.threshold_u = {}  # param name → bool[] rows where that (known) threshold is tagged U


def eval_leaf(leaf: Leaf, values, period: Period, facts_registry: dict) -> LeafColumns:
    """Three-valued state of ``leaf`` on every row of ``values`` (Columns or a DataFrame).

    Computed once per block and period: a leaf shared by several rules or programs is read from the cache."""
    cols = Columns.of(values)
    return cols.leaf((leaf, id(period)), leaf.facts_read(), lambda: _eval_leaf(leaf, cols, period, facts_registry))


def _isin(col: np.ndarray, codes) -> np.ndarray:
    if col.dtype != object:
        return np.isin(col, list(codes))
    ok = np.zeros(len(col), bool)
    for code in codes:
        ok |= col == code
    return ok


def _eval_leaf(leaf: Leaf, values: Columns, period: Period, facts_registry: dict) -> LeafColumns:
    n = len(values)
    missing = {f: values.missing(f) for f in leaf.facts_read()}
    any_missing = np.zeros(n, bool)
    for m in missing.values():
        any_missing |= m
    unknown_param: dict[str, np.ndarray] = {}
    lc_threshold_u: dict[str, np.ndarray] = {}
    if leaf.param is None:
        col = values[leaf.fact]
        if leaf.op == "in":
            ok = _isin(col, leaf.values)
        else:
            with np.errstate(invalid="ignore"):
                ok = np.asarray(COMPARE[leaf.op](col, leaf.value), dtype=bool)
        unknown = any_missing
    else:
        ph = leaf.placeholder
        x = values.floats(leaf.fact)
        ok = np.zeros(n, bool)
        unknown = any_missing.copy()
        if ph is None:
            branches = [(np.ones(n, bool), leaf.param)]
        else:
            key = values[ph]
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


def combine_tree(node, values, period, registry, out: list) -> np.ndarray:
    """Three-valued state of a condition tree for every row; each leaf and its columns appended to ``out``."""
    values = Columns.of(values)
    if isinstance(node, Leaf):
        lc = eval_leaf(node, values, period, registry)
        out.append((node, lc))
        return lc.state
    states = np.vstack([combine_tree(c, values, period, registry, out) for c in node.children])
    if isinstance(node, All):
        return np.where((states == F).any(axis=0), F, np.where((states == T).all(axis=0), T, U)).astype(np.int8)
    return np.where((states == T).any(axis=0), T, np.where((states == F).all(axis=0), F, U)).astype(np.int8)


def pattern_codes(masks: dict, n: int, render) -> tuple[np.ndarray, list[str]]:
    """(code per row, the strings the codes stand for) from boolean masks, rendered once per pattern.

    ``render(keys)`` turns the tuple of keys whose mask is set on a row (in ``masks`` order) into
    that row's string. Rows share a handful of patterns, so this replaces a Python loop over
    millions of rows by ``np.unique`` and a loop over the patterns; the strings stay a short list
    until a renderer needs them (``categorical``).
    """
    keys = [k for k, m in masks.items() if m.any()]
    if not keys or n == 0:
        return np.zeros(n, np.int32), [render(())]
    if len(keys) <= 62:
        packed = np.zeros(n, np.int64)
        for i, k in enumerate(keys):
            packed |= masks[k].astype(np.int64) << i
    else:
        bits = np.packbits(np.column_stack([masks[k] for k in keys]), axis=1)
        packed = np.ascontiguousarray(bits).view(np.dtype((np.void, bits.shape[1]))).ravel()
    uniq, first, inverse = np.unique(packed, return_index=True, return_inverse=True)
    strings: dict[str, int] = {}
    remap = np.empty(len(uniq), np.int32)
    for u, row in enumerate(first):
        text = render(tuple(k for k in keys if masks[k][row]))
        remap[u] = strings.setdefault(text, len(strings))
    return remap[inverse.ravel()], list(strings)


def pattern_strings(masks: dict, n: int, render) -> np.ndarray:
    """Per-row strings from boolean masks (pattern_codes, expanded)."""
    codes, strings = pattern_codes(masks, n, render)
    return np.array(strings, dtype=object)[codes]


def categorical(codes: np.ndarray, strings) -> pd.Categorical:
    """Codes and their strings as a pandas Categorical: compares and prints as the strings, costs the codes."""
    return pd.Categorical.from_codes(codes, categories=pd.Index(list(strings), dtype=object))


def sorted_join(keys) -> str:
    return ";".join(sorted(keys))


def or_into(masks: dict, key, mask):
    """masks[key] |= mask, creating the entry on first use."""
    if key in masks:
        masks[key] |= mask
    else:
        masks[key] = mask.copy()


def evaluate(book: rulebook.Rulebook, facts: FrameFacts) -> pd.DataFrame:
    """Classification outcome, deciding rules, flag codes and D9 basis for every household.

    Mirrors classify.resolve / flag_codes / unverified_basis, with per-row sets replaced by
    boolean masks (one per flag code, basis entry and rule) joined per distinct pattern.
    """
    values = facts.values
    cols = Columns.of(values)
    n = len(values)
    # outcomes as codes into ``names`` (needs_review first), strings only in the returned Categorical
    names = [classify.REVIEW] + list(dict.fromkeys(r.outcome for r in book.rules if r.family == classify.FAMILY))
    outcome = np.zeros(n, np.int16)
    code_masks: dict[str, np.ndarray] = {}
    basis_masks: dict[str, np.ndarray] = {}
    true_masks: dict[str, np.ndarray] = {}  # rule id → rule true and reported as deciding
    rule_outcome: dict[str, str] = {}
    ps = periods_of(book)
    registry = book.facts
    u_indicators = [iid for iid, ind in book.indicators.items() if ind.confidence == "U"]
    for pi in np.unique(facts.period):
        per = ps[pi]
        rows = np.flatnonzero(facts.period == pi)
        sel = np.zeros(n, bool)
        sel[rows] = True
        sub = cols.take(rows)
        rules = rules_of_family(per, classify.FAMILY)
        results = {}
        for r in rules:
            leaves: list = []
            results[r.id] = (r, combine_tree(r.when, sub, per, registry, leaves), leaves)
        outcomes = list(dict.fromkeys(r.outcome for r in rules))
        t_by = {o: np.zeros(len(rows), bool) for o in outcomes}
        u_by = {o: np.zeros(len(rows), bool) for o in outcomes}
        for r, st, _ in results.values():
            t_by[r.outcome] |= st == T
            u_by[r.outcome] |= st == U
        n_true = np.sum([t_by[o] for o in outcomes], axis=0) if outcomes else np.zeros(len(rows), int)
        any_u = np.any([u_by[o] for o in outcomes], axis=0) if outcomes else np.zeros(len(rows), bool)
        kind = np.full(len(rows), NO_RULE, np.int8)
        kind[any_u] = UNKNOWN
        kind[n_true > 1] = CONFLICT
        for o in outcomes:
            single = (n_true == 1) & t_by[o]
            others_u = np.zeros(len(rows), bool)
            for o2 in outcomes:
                if o2 != o:
                    others_u |= u_by[o2]
            kind[single & others_u] = POSSIBLE_CONFLICT
            decided = single & ~others_u
            kind[decided] = DECIDED
            outcome[rows[decided]] = names.index(o)
        kind_decided = kind == DECIDED
        review_unknown = (kind == UNKNOWN) | (kind == POSSIBLE_CONFLICT)
        reports_true = (kind != NO_RULE) & (kind != UNKNOWN)

        def full(local_mask):
            m = np.zeros(n, bool)
            m[rows] = local_mask
            return m

        for r, st, leaves in results.values():
            is_t = st == T
            rule_outcome[r.id] = r.outcome
            or_into(true_masks, r.id, full(is_t & reports_true))
            for leaf, lc in leaves:
                unknown_here = (lc.state == U) & (st == U) & review_unknown
                for name, m in lc.unknown_param.items():
                    or_into(code_masks, f"unknown_value.{name}", full(m & unknown_here))
                    or_into(basis_masks, name, full(m & (lc.state == U) & ~kind_decided))
                for f, m in lc.missing.items():
                    or_into(code_masks, f"missing_data.{f}", full(m & unknown_here))
                leaf_t_decided = (lc.state == T) & is_t & kind_decided
                for name, m in lc.threshold_u.items():
                    or_into(basis_masks, name, full(m & leaf_t_decided))
                if leaf.fact == "deprivation_count":
                    counted_u = leaf_t_decided & facts.deprivation_unverified[rows]
                    for iid in u_indicators:
                        slot = facts.indicators[iid]
                        or_into(basis_masks, f"indicator.{iid}",
                            full(counted_u & slot["counts"][rows] & (slot["used"][rows] == T)))
            if r.source.confidence == "U":
                or_into(basis_masks, r.id, full(is_t & kind_decided))
        or_into(code_masks, "rule_conflict", full((kind == CONFLICT) | (kind == POSSIBLE_CONFLICT)))
        or_into(code_masks, "no_rule", full(kind == NO_RULE))
    # Flags that do not depend on rule states.
    for iid, slot in facts.indicators.items():
        mm = slot["counts"] & (slot["derived"] != U) & (slot["declared"] != U) & (slot["derived"] != slot["declared"])
        or_into(code_masks, f"indicator_mismatch.{iid}", mm)
    if facts.count_mismatch is not None:
        or_into(code_masks, "deprivation_count_mismatch", facts.count_mismatch)
    recognised = cols["recognised_status"]
    # the list each status and outcome belongs to, compared as small integers (one lookup per distinct value)
    rec_codes, rec_values = pd.factorize(recognised, use_na_sentinel=True)
    listed_id: dict = {}
    rec_l = np.array([listed_id.setdefault(classify.LISTED.get(x), len(listed_id)) for x in rec_values] + [-1])
    out_l = np.array([listed_id.setdefault(classify.LISTED.get(x), len(listed_id)) for x in names])
    decided_rows = outcome != 0
    known_rec = rec_codes >= 0
    mismatch = decided_rows & known_rec & (rec_l[rec_codes] != out_l[outcome])
    or_into(code_masks, "status_mismatch", mismatch)
    or_into(code_masks, "status_decisions_conflict", facts.status_conflict)
    any_basis = np.zeros(n, bool)
    for m in basis_masks.values():
        any_basis |= m
    or_into(code_masks, "unverified_basis", any_basis)
    return pd.DataFrame({
        "outcome": categorical(outcome, names),
        "rule_ids": categorical(*pattern_codes(true_masks, n, lambda ids: _deciding_order(ids, rule_outcome))),
        "flag_codes": categorical(*pattern_codes(code_masks, n, sorted_join)),
        "unverified": any_basis,
        "unverified_basis": categorical(*pattern_codes(basis_masks, n, sorted_join)),
        "recognised_status": pd.Series(recognised, dtype=object, copy=False),  # no text inference: one pass less
        "deprivation_count": values["deprivation_count"].to_numpy(),
    })


def _deciding_order(rule_ids, rule_outcome) -> str:
    """classify.resolve's order: true rules grouped by outcome, outcomes in order of first true rule."""
    groups: dict[str, list] = {}
    for rid in rule_ids:
        groups.setdefault(rule_outcome[rid], []).append(rid)
    return ";".join(i for ids in groups.values() for i in ids)


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
    out.insert(0, "household_id", hh["household_id"].array)
    out.insert(1, "reference_date", pd.to_datetime(ref).to_numpy())
    return out


def leaf_relevance(node, leaves: list) -> list:
    """Per leaf, the rows where it belongs to what made the rule's state (evaluate.decisive_leaves):
    each node keeps only the children whose state equals its own. ``leaves`` is the (leaf, columns)
    list `_combine` filled for ``node``, in the same depth-first order."""
    it = iter(leaves)

    def build(n):
        if isinstance(n, Leaf):
            leaf, lc = next(it)
            return lc.state, lc
        kids = [build(c) for c in n.children]
        states = np.vstack([k[0] for k in kids])
        if isinstance(n, All):
            st = np.where((states == F).any(axis=0), F, np.where((states == T).all(axis=0), T, U))
        else:
            st = np.where((states == T).any(axis=0), T, np.where((states == F).all(axis=0), F, U))
        return st.astype(np.int8), kids

    out: list = []

    def collect(tree, rel):
        st, body = tree
        if isinstance(body, LeafColumns):
            out.append(rel)
            return
        for kid in body:
            collect(kid, rel & (kid[0] == st))

    tree = build(node)
    collect(tree, np.ones(len(tree[0]), bool))
    return out
