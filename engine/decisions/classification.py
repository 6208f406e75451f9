"""Resolution of a family's rule states into one outcome, and the flags that go with it.

Catala-style: exactly one outcome must hold. Two different outcomes holding, a rule that cannot
be decided, or no rule at all gives "needs_review" with the reason — never a guess.
The vectorised engine re-implements this column-wise (vectorised.py); the differential test
proves the two equal.
"""
from __future__ import annotations

from dataclasses import dataclass

from engine.facts.household import Facts
from engine.evaluation.explainer import RuleResult
from engine.law.periods import Period, rules_of_family
from engine.law.rulebook import Rulebook

REVIEW = "needs_review"
FAMILY = "poverty_classification"
# Recognised statuses that a computed outcome confirms (D5).
LISTED = {"poor": "poor", "near_poor": "near_poor"}


@dataclass
class Resolution:
    outcome: str
    deciding: list[str]  # rule ids
    kind: str  # "decided" | "unknown" | "conflict" | "possible_conflict" | "no_rule"


def resolve(book: Rulebook, period: Period, states: dict[str, bool | None], family: str = FAMILY) -> Resolution:
    rules = rules_of_family(period, family)
    true_out: dict[str, list[str]] = {}
    unknown_out: set[str] = set()
    for r in rules:
        s = states[r.id]
        if s is True:
            true_out.setdefault(r.outcome, []).append(r.id)
        elif s is None:
            unknown_out.add(r.outcome)
    if len(true_out) == 1:
        outcome, ids = next(iter(true_out.items()))
        if unknown_out - {outcome}:
            return Resolution(REVIEW, ids, "possible_conflict")
        return Resolution(outcome, ids, "decided")
    if len(true_out) > 1:
        return Resolution(REVIEW, [i for ids in true_out.values() for i in ids], "conflict")
    if unknown_out:
        return Resolution(REVIEW, [], "unknown")
    return Resolution(REVIEW, [], "no_rule")


def flag_codes(book: Rulebook, facts: Facts, results: dict[str, RuleResult], res: Resolution,
               status_conflict: bool) -> dict[str, dict]:
    """Flag code → values that triggered it. Codes are what both engines must agree on."""
    flags: dict[str, dict] = {}
    if res.kind in ("unknown", "possible_conflict"):
        for rr in results.values():
            if rr.state is not None:
                continue
            for lr in rr.leaves:
                if lr.state is not None:
                    continue
                if lr.unknown_param:
                    flags[f"unknown_value.{lr.param_name}"] = {"rule_id": rr.rule.id, "parameter": lr.param_name}
                for f in lr.missing:
                    flags[f"missing_data.{f}"] = {"rule_id": rr.rule.id, "fact": f}
    if res.kind in ("conflict", "possible_conflict"):
        flags["rule_conflict"] = {"rules": list(res.deciding)}
    if res.kind == "no_rule":
        flags["no_rule"] = {}
    for iid, ind in facts.indicators.items():
        if ind.counts and ind.mismatch:
            flags[f"indicator_mismatch.{iid}"] = {"indicator": iid, "derived": ind.derived, "declared": ind.declared}
    if facts.count_mismatch:
        flags["deprivation_count_mismatch"] = {}
    recognised = facts.values.get("recognised_status")
    if res.kind == "decided" and recognised is not None:
        if LISTED.get(res.outcome) != LISTED.get(recognised):
            if res.outcome in LISTED or recognised in LISTED:
                flags["status_mismatch"] = {"recognised": recognised, "computed": res.outcome}
    if status_conflict:
        flags["status_decisions_conflict"] = {}
    if unverified_basis(book, facts, results, res):
        flags["unverified_basis"] = {}
    return flags


def unverified_basis(book: Rulebook, facts: Facts, results: dict[str, RuleResult], res: Resolution) -> list[str]:
    """What a decision rests on that is tagged U (D9): rules, parameter values, derived facts."""
    basis: list[str] = []
    if res.kind == "decided":
        for rid in res.deciding:
            rr = results[rid]
            if rr.rule.source.confidence == "U":
                basis.append(rid)
            for lr in rr.leaves:
                if lr.state is True and lr.threshold is not None and lr.threshold.source.confidence == "U":
                    basis.append(lr.param_name)
                if lr.state is True:
                    for src in facts.unverified.get(lr.leaf.fact, []):
                        basis.append(src)
    else:
        for rr in results.values():
            for lr in rr.leaves:
                if lr.unknown_param:
                    basis.append(lr.param_name)
    return sorted(set(basis))
