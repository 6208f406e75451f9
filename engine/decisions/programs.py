"""Lending programs: eligibility (base rules + exceptions + required general rules) and terms.

Resolution, in order (the vectorised engine mirrors it in vectorised_programs.py):
  1. an exception rule holds                → not eligible
  2. a required general rule fails          → not eligible
  3. every base rule fails                  → not eligible ("why not": each failed condition)
  4. no base rule in force at the date      → not eligible (the program does not exist then)
  5. a base rule holds, every required rule holds, no exception undecidable → eligible
  6. otherwise                              → needs review, naming the missing fact or unknown value
"""
from __future__ import annotations

from dataclasses import dataclass, field

from engine.law import coverage
from engine.evaluation.explainer import RuleResult, decisive_leaves
from engine.law.periods import Period
from engine.law.rulebook import Family

ELIGIBLE, NOT_ELIGIBLE, REVIEW = "eligible", "not_eligible", "needs_review"
LENDING_FAMILY = "lending_general"


@dataclass
class ProgramResolution:
    outcome: str
    kind: str  # exception | general | conditions | not_in_force | eligible | review
    deciding: list[str] = field(default_factory=list)


def resolve(family: Family, period: Period, states: dict, required_states: dict) -> ProgramResolution:
    base = family.base_rules(period.rules_of(family.name))
    exceptions = family.exception_rules(period.rules_of(family.name))
    exc_true = [r.id for r in exceptions if states[r.id] is True]
    if exc_true:
        return ProgramResolution(NOT_ELIGIBLE, "exception", exc_true)
    req = [rid for rid in family.requires if rid in required_states]
    req_false = [rid for rid in req if required_states[rid] is False]
    if req_false:
        return ProgramResolution(NOT_ELIGIBLE, "general", req_false)
    if not base:
        return ProgramResolution(NOT_ELIGIBLE, "not_in_force", [])
    if all(states[r.id] is False for r in base):
        return ProgramResolution(NOT_ELIGIBLE, "conditions", [r.id for r in base])
    base_true = [r.id for r in base if states[r.id] is True]
    if base_true and all(required_states[rid] is True for rid in req) and not any(states[r.id] is None for r in exceptions):
        return ProgramResolution(ELIGIBLE, "eligible", base_true + req)
    return ProgramResolution(REVIEW, "review", [])


@dataclass
class TermValue:
    value: float | None
    sources: list = field(default_factory=list)  # ParamValue used


def eval_expr(expr, values: dict, period: Period) -> TermValue:
    return compile_expr(expr, period)(values)


def _param_value(name: str, pv) -> TermValue:
    if pv is None:
        return TermValue(None)
    coverage.value(name, pv)
    return TermValue(pv.value if pv.known else None, [(name, pv)])


def compile_expr(expr, period: Period):
    """The expression as a function of the facts (parameters without a placeholder looked up once)."""
    (key, arg), = expr.items()
    if key == "param":
        if "{" in arg:
            ph = arg[arg.index("{") + 1:arg.index("}")]
            token = "{" + ph + "}"

            def placeholder_param(values):
                v = values.get(ph)
                if v is None:
                    return TermValue(None)
                name = arg.replace(token, str(v))
                return _param_value(name, period.params.get(name))
            return placeholder_param
        pv = period.params.get(arg)
        return lambda values: _param_value(arg, pv)
    if key == "fact":
        def fact(values):
            v = values.get(arg)
            return TermValue(None if v is None else float(v))
        return fact
    parts = [compile_expr(a, period) for a in arg]

    def combined(values):
        tvs = [p(values) for p in parts]
        sources = [s for t in tvs for s in t.sources]
        nums = [t.value for t in tvs]
        if None in nums:
            return TermValue(None, sources)
        if key == "mul":
            out = 1.0
            for x in nums:
                out *= x
        elif key == "min":
            out = min(nums)
        elif key == "max":
            out = max(nums)
        else:  # sub
            out = nums[0] - sum(nums[1:])
        return TermValue(out, sources)
    return combined


def expr_facts(expr) -> set[str]:
    """Facts an amount/term/rate expression reads."""
    if not expr:
        return set()
    (key, arg), = expr.items()
    if key == "fact":
        return {arg}
    if key == "param":
        return set()
    return set().union(*(expr_facts(a) for a in arg))


_COMPILED: dict = {}


def _compiled_terms(family: Family, period: Period) -> dict:
    key = (id(family), id(period))
    hit = _COMPILED.get(key)
    if hit is None or hit[0] is not family or hit[1] is not period:
        hit = (family, period, {name: compile_expr(expr, period) for name, expr in family.terms.items()})
        _COMPILED[key] = hit
    return hit[2]


def terms(family: Family, values: dict, period: Period) -> dict[str, TermValue]:
    out = {name: fn(values) for name, fn in _compiled_terms(family, period).items()}
    ceiling = out.get("ceiling")
    if ceiling is not None:
        outstanding = out.get("outstanding")
        if ceiling.value is None:
            out["remaining"] = TermValue(None, ceiling.sources)
        elif outstanding is None:
            out["remaining"] = TermValue(ceiling.value, ceiling.sources)
        elif outstanding.value is None:
            out["remaining"] = TermValue(None, ceiling.sources)
        else:
            out["remaining"] = TermValue(max(0.0, ceiling.value - outstanding.value), ceiling.sources)
    return out


def unverified_basis(family: Family, res: ProgramResolution, results: dict[str, RuleResult],
                     required: dict[str, RuleResult], term_values: dict[str, TermValue]) -> list[str]:
    """D9: rules, parameter values and facts tagged U that this program's answer rests on."""
    basis = []
    pool = {**results, **required}
    if res.outcome == ELIGIBLE:
        for rid in res.deciding:
            rr = pool[rid]
            if rr.rule.source.confidence == "U":
                basis.append(rid)
            basis += [lr.param_name for lr in rr.leaves if lr.state is True and lr.threshold is not None
                      and lr.threshold.source.confidence == "U"]
        for name in ("ceiling", "term_months", "rate"):
            tv = term_values.get(name)
            if tv is not None:
                basis += [pname for pname, pv in tv.sources if pv.source.confidence == "U"]
    elif res.outcome == NOT_ELIGIBLE:
        for rid in res.deciding:
            rr = pool[rid]
            if rr.rule.source.confidence == "U" and res.kind == "exception":
                basis.append(rid)
            basis += [lr.param_name for lr in rr.leaves if lr.state is False and lr.threshold is not None
                      and lr.threshold.source.confidence == "U"]
    else:
        for rr in pool.values():
            if rr.state is None:
                basis += [lr.param_name for lr in decisive_leaves(rr) if lr.unknown_param]
    return sorted(set(basis))


def missing_facts(res: ProgramResolution, results: dict[str, RuleResult], required: dict[str, RuleResult]) -> list[str]:
    if res.outcome != REVIEW:
        return []
    out = set()
    for rr in list(results.values()) + list(required.values()):
        if rr.state is None:
            for lr in decisive_leaves(rr):
                out.update(lr.missing)
    return sorted(out)
