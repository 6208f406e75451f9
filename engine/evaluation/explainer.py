"""Scalar three-valued evaluation of rule conditions, keeping every value seen and threshold.

This is the explainer: it produces the "why / why not" of each condition. The durable-rules
engine decides; this evaluator must agree with it on every rule (checked on every screening).
"""
from __future__ import annotations

import operator
from dataclasses import dataclass

from engine.errors import EngineConsistencyError
from engine.law import conditions
from engine.law import coverage
from engine.law.conditions import All, Leaf
from engine.law.parameters import ParamValue
from engine.law.periods import Period
from engine.law.rulebook import Rule

COMPARE = {
    "lt": operator.lt, "lte": operator.le, "gt": operator.gt, "gte": operator.ge,
    "eq": operator.eq, "neq": operator.ne,
}

T, F, U = True, False, None


@dataclass(frozen=True)
class LeafResult:
    leaf: Leaf
    value: object  # the fact's value seen (None = missing)
    param_name: str | None
    threshold: ParamValue | None  # the parameter value compared with
    state: bool | None
    missing: tuple = ()  # facts that were missing
    unknown_param: bool = False  # the law's value is unknown at this date


@dataclass(frozen=True)
class RuleResult:
    rule: Rule
    state: bool | None
    leaves: tuple
    decisive: tuple = ()  # the leaves that made the state (decisive_leaves)


def eval_leaf(leaf: Leaf, values: dict, period: Period) -> LeafResult:
    value = values.get(leaf.fact)
    reads = leaf.facts_read()
    if len(reads) == 1:  # the common case, without a generator per leaf
        missing = () if value is not None else reads
    else:
        missing = tuple(f for f in reads if values.get(f) is None)
    pname = leaf.param_name(values) if leaf.param is not None else None
    threshold = period.params.get(pname) if pname else None
    if threshold is not None:
        coverage.value(pname, threshold)
    if leaf.param and pname and threshold is not None and not threshold.known:
        return LeafResult(leaf, value, pname, threshold, U, missing, unknown_param=True)
    if missing:
        return LeafResult(leaf, value, pname, threshold, U, missing)
    if leaf.param:
        state = COMPARE[leaf.op](value, threshold.value)
    elif leaf.op == "in":
        state = value in leaf.values
    else:
        state = COMPARE[leaf.op](value, leaf.value)
    return LeafResult(leaf, value, pname, threshold, bool(state))


def _combine(node, values, period, out: list) -> tuple:
    """(state, decisive leaves) of ``node``; every leaf's result is appended to ``out`` in order."""
    if isinstance(node, Leaf):
        r = eval_leaf(node, values, period)
        out.append(r)
        return r.state, (r,)
    kids = [_combine(c, values, period, out) for c in node.children]
    states = [k[0] for k in kids]
    if isinstance(node, All):
        state = F if F in states else (T if all(s is T for s in states) else U)
    else:
        state = T if T in states else (F if all(s is F for s in states) else U)
    return state, tuple(lr for st, decisive in kids if st is state for lr in decisive)


def eval_rule(rule: Rule, values: dict, period: Period) -> RuleResult:
    coverage.rule(rule.id)
    leaves: list[LeafResult] = []
    state, decisive = _combine(rule.when, values, period, leaves)
    return RuleResult(rule, state, tuple(leaves), decisive)


def decisive_leaves(result: RuleResult) -> list[LeafResult]:
    """Leaves that made the rule's state, following the condition tree: under a true 'any' only the
    true branch counts; under a false 'all' only the false parts; under an unknown node only the
    unknown parts (so a satisfied alternative is never given as a reason or a missing fact).
    Found in the same walk that evaluates the rule (eval_rule)."""
    return list(result.decisive)


def family_results(values: dict, period: Period, family: str, states: dict, check: bool = True, only=None) -> dict:
    """The explainer's result for every rule of ``family`` (or those in ``only``): the values seen and
    thresholds behind each state. With ``check`` it must agree with durable-rules' ``states``."""
    results = {r.id: eval_rule(r, values, period) for r in period.rules_of(family)
               if only is None or r.id in only}
    if check:
        for rid, rr in results.items():
            if rr.state is not states[rid]:
                raise EngineConsistencyError(f"quy tắc {rid}: durable-rules {states[rid]}, bộ giải thích {rr.state}")
    return results


__all__ = ["eval_rule", "family_results", "eval_leaf", "RuleResult", "LeafResult", "decisive_leaves", "conditions"]
