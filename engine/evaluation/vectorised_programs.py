"""Lending programs column-wise: the same families, resolution and terms as engine/decisions/programs.py.

Input: one row per (record, program) with the program's facts (columns named as in
rules/facts.yaml), a ``program`` column and a ``reference_date`` column. The audit builds such
frames from the loan book (facts at each disbursement date); the differential test builds them
from generated applications and proves this module equal to the interactive path.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from engine.decisions import programs
from engine.law import rulebook
from engine.facts.household_columns import F, T, U, assign_periods
from engine.law.periods import periods_of
from engine.evaluation.fact_columns import Columns
from engine.evaluation.vectorised import categorical, combine_tree, or_into, sorted_join, leaf_relevance, pattern_codes

NUMERIC = ("money", "count", "number", "months", "days", "age")


def facts_frame(rows: list[dict], book: rulebook.Rulebook) -> pd.DataFrame:
    """Typed facts table from fact dicts: numbers as float64 (NaN = unknown), the rest as objects."""
    df = pd.DataFrame(rows)
    for name, spec in book.facts.items():
        if name not in df.columns:
            df[name] = np.nan if spec["type"] in NUMERIC else None
        if spec["type"] in NUMERIC:
            df[name] = pd.to_numeric(df[name], errors="raise").astype("float64")
        else:
            df[name] = df[name].astype(object).where(df[name].notna(), None)
    return df


def _expr(expr, values: Columns, period, registry) -> tuple[np.ndarray, dict]:
    """Vectorised twin of programs.eval_expr: (values with NaN = unknown, {param name: rows used})."""
    n = len(values)
    (key, arg), = expr.items()
    if key == "param":
        out = np.full(n, np.nan)
        used: dict[str, np.ndarray] = {}
        if "{" in arg:
            ph = arg[arg.index("{") + 1:arg.index("}")]
            keys = values[ph]
            branches = [(keys == code, arg.replace("{" + ph + "}", code)) for code in registry[ph]["values"]]
        else:
            branches = [(np.ones(n, bool), arg)]
        for sel, name in branches:
            pv = period.params.get(name)
            if pv is None:
                continue
            used[name] = sel
            if pv.known:
                out = np.where(sel, pv.value, out)
        return out, used
    if key == "fact":
        return values.floats(arg), {}
    parts = [_expr(a, values, period, registry) for a in arg]
    used = {}
    for _, u in parts:
        for name, m in u.items():
            used[name] = used.get(name, np.zeros(n, bool)) | m
    arrays = [p for p, _ in parts]
    if key == "mul":
        out = np.prod(arrays, axis=0)
    elif key == "min":
        out = np.min(arrays, axis=0)  # NaN propagates: unknown stays unknown
    elif key == "max":
        out = np.max(arrays, axis=0)
    else:
        out = arrays[0] - np.sum(arrays[1:], axis=0)
    return out, used


def _states(rules, sub, period, registry):
    out = {}
    for r in rules:
        leaves: list = []
        out[r.id] = (r, combine_tree(r.when, sub, period, registry, leaves), leaves)
    return out


def program_blocks(book: rulebook.Rulebook, facts: pd.DataFrame):
    """(period, family, row positions) for each period × program present in ``facts``.

    Rows whose reference date lies outside the rulebook's coverage belong to no block (their
    answer stays "cần rà soát")."""
    period_idx = assign_periods(book, pd.to_datetime(facts["reference_date"]))
    ps = periods_of(book)
    prog = facts["program"].to_numpy(dtype=object)
    fams = {f.program: f for f in book.families.values() if f.resolution == "eligibility"}
    last = ps[-1].end
    inside = pd.to_datetime(facts["reference_date"]).to_numpy() <= np.datetime64(last)
    for pi in np.unique(period_idx):
        if pi < 0:
            continue
        for program, fam in fams.items():
            rows = np.flatnonzero((period_idx == pi) & (prog == program) & inside)
            if len(rows):
                yield ps[pi], fam, rows


# outcomes and kinds of resolution as small integer codes into these names (strings only in the result)
OUTCOMES = (programs.REVIEW, programs.ELIGIBLE, programs.NOT_ELIGIBLE)
KINDS = ("review", "eligible", "not_in_force", "conditions", "general", "exception")
K_REVIEW, K_ELIGIBLE, K_NOT_IN_FORCE, K_CONDITIONS, K_GENERAL, K_EXCEPTION = range(len(KINDS))
TERMS = ("ceiling", "outstanding", "remaining", "term_months", "rate", "overdue_rate")


class Block:
    """One family's answers on one block of rows: codes, pattern codes with their strings, and terms."""

    def __init__(self, m: int):
        self.outcome = np.zeros(m, np.int8)  # into OUTCOMES
        self.kind = np.zeros(m, np.int8)  # into KINDS
        self.patterns: dict[str, tuple[np.ndarray, list[str]]] = {}  # rule_ids / missing_facts / unverified_basis
        self.terms = {c: np.full(m, np.nan) for c in TERMS}


def evaluate_block(book: rulebook.Rulebook, per, fam, sub: Columns, general_rules: bool = True) -> Block:
    """The family's resolution, deciding rules, missing facts, D9 basis and terms on every row of ``sub``,
    all in force at period ``per``. See ``evaluate`` for ``general_rules``."""
    registry = book.facts
    m = len(sub)
    blk = Block(m)
    base = _states(fam.base_rules(per.rules), sub, per, registry)
    exc = _states(fam.exception_rules(per.rules), sub, per, registry)
    lending = [r for r in per.rules if r.id in fam.requires] if general_rules else []
    req = _states(lending, sub, per, registry)
    exc_t = np.zeros(m, bool)
    exc_u = np.zeros(m, bool)
    for _, st, _ in exc.values():
        exc_t |= st == T
        exc_u |= st == U
    req_f = np.zeros(m, bool)
    req_all_t = np.ones(m, bool)
    for _, st, _ in req.values():
        req_f |= st == F
        req_all_t &= st == T
    base_all_f = np.ones(m, bool)
    base_t = np.zeros(m, bool)
    for _, st, _ in base.values():
        base_all_f &= st == F
        base_t |= st == T
    kind = blk.kind
    eligible = base_t & req_all_t & ~exc_u
    kind[eligible] = K_ELIGIBLE
    if not base:
        kind[:] = K_NOT_IN_FORCE
    else:
        kind[base_all_f] = K_CONDITIONS
    kind[req_f] = K_GENERAL
    kind[exc_t] = K_EXCEPTION
    blk.outcome[:] = OUTCOMES.index(programs.NOT_ELIGIBLE)
    blk.outcome[kind == K_ELIGIBLE] = OUTCOMES.index(programs.ELIGIBLE)
    blk.outcome[kind == K_REVIEW] = OUTCOMES.index(programs.REVIEW)
    # Deciding rules, in the scalar order (exceptions; failed required; base; eligible = true base
    # + required), as one mask per rule joined once per distinct pattern of rows.
    is_ = {k: kind == c for c, k in enumerate(KINDS)}
    dec_masks: dict[str, np.ndarray] = {}
    for rid, (_, st, _) in exc.items():
        dec_masks[rid] = is_["exception"] & (st == T)
    for rid, (_, st, _) in base.items():
        dec_masks[rid] = is_["conditions"] | (is_["eligible"] & (st == T))
    for rid in fam.requires:
        if rid in req:
            dec_masks[rid] = (is_["general"] & (req[rid][1] == F)) | is_["eligible"]
    blk.patterns["rule_ids"] = pattern_codes(dec_masks, m, ";".join)
    pool = {**base, **exc, **req}
    # D9 basis and missing facts, mirroring programs.unverified_basis / missing_facts
    miss_masks: dict[str, np.ndarray] = {}
    basis_masks: dict[str, np.ndarray] = {}
    refused = is_["exception"] | is_["general"] | is_["conditions"]
    for rid, (rule, st, leaves) in pool.items():
        relevance = leaf_relevance(rule.when, leaves)
        in_deciding = dec_masks.get(rid, np.zeros(m, bool))
        for (leaf, lc), rel in zip(leaves, relevance):
            rel_u = rel & (st == U) & is_["review"]
            for f, mm in lc.missing.items():
                or_into(miss_masks, f, rel_u & mm)
            for name, um in lc.unknown_param.items():
                or_into(basis_masks, name, rel_u & um)
            for name, um in lc.threshold_u.items():
                or_into(basis_masks, name, um & in_deciding & ((is_["eligible"] & (lc.state == T))
                                                          | (refused & (lc.state == F))))
        if rule.source.confidence == "U":
            or_into(basis_masks, rid, in_deciding & (is_["eligible"] | is_["exception"]))
    terms = {}
    for name, expr in fam.terms.items():
        terms[name] = _expr(expr, sub, per, registry)
        blk.terms[name] = terms[name][0]
    if "ceiling" in terms:
        c = terms["ceiling"][0]
        if "outstanding" in terms:
            o = terms["outstanding"][0]
            rem = np.maximum(0.0, c - o)
        else:
            rem = c
        blk.terms["remaining"] = rem
    for name in ("ceiling", "term_months", "rate"):
        if name not in terms:
            continue
        for pname, sel in terms[name][1].items():
            pv = per.params[pname]
            if pv.source.confidence != "U":
                continue
            or_into(basis_masks, pname, sel & is_["eligible"])
    blk.patterns["missing_facts"] = pattern_codes(miss_masks, m, sorted_join)
    blk.patterns["unverified_basis"] = pattern_codes(basis_masks, m, sorted_join)
    # not eligible: no amount remains (the scalar path leaves it empty)
    blk.terms["remaining"] = np.where(blk.outcome == OUTCOMES.index(programs.NOT_ELIGIBLE), np.nan,
                                      blk.terms["remaining"])
    return blk


PATTERNS = ("rule_ids", "missing_facts", "unverified_basis")


class Assembly:
    """Blocks written into full-length columns; pattern codes merged into one list of strings per column."""

    def __init__(self, n: int):
        self.n = n
        self.outcome = np.zeros(n, np.int8)
        self.kind = np.zeros(n, np.int8)
        self.codes = {c: np.zeros(n, np.int32) for c in PATTERNS}
        self.strings = {c: {"": 0} for c in PATTERNS}  # rows outside every block: empty
        self.terms = {c: np.full(n, np.nan) for c in TERMS}

    def put(self, rows, blk: Block) -> None:
        self.outcome[rows] = blk.outcome
        self.kind[rows] = blk.kind
        for c in PATTERNS:
            local, strings = blk.patterns[c]
            known = self.strings[c]
            remap = np.array([known.setdefault(s, len(known)) for s in strings], np.int32)
            self.codes[c][rows] = remap[local]
        for c in TERMS:
            self.terms[c][rows] = blk.terms[c]

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame({
            "outcome": categorical(self.outcome, OUTCOMES), "kind": categorical(self.kind, KINDS),
            **{c: categorical(self.codes[c], list(self.strings[c])) for c in PATTERNS},
            **self.terms})


def evaluate(book: rulebook.Rulebook, facts: pd.DataFrame, *, general_rules: bool = True) -> pd.DataFrame:
    """Outcome, deciding rules, terms, missing facts and D9 basis per (record, program) row.

    ``general_rules=False`` evaluates each family without its ``requires`` (the general NĐ 78
    lending rules: representative, residence, savings group, selection): as if they all held.
    The audit uses it (engine/audit): it checks the program's own conditions at a disbursement
    date, where facts such as the group's selection are not in the loan book. Default: unchanged.

    Text columns come back as pandas Categoricals (they compare and print as their strings).
    """
    facts = facts.reset_index(drop=True)
    cols = Columns.of(facts)
    out = Assembly(len(facts))
    for per, fam, rows in program_blocks(book, facts):
        out.put(rows, evaluate_block(book, per, fam, cols.take(rows), general_rules))
    return out.frame()
