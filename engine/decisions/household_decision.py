"""The household's classification in Vietnamese, with its flags, indicators and full trace.

Moved out of engine/screening so the screening path only evaluates; the wording lives here.
"""
from __future__ import annotations

import datetime as dt

from engine.decisions import classification as classify, flags, sentences as explain
from engine.decisions.decision import (Classification, ConditionTrace, Decision, IndicatorTrace, RuleTrace,
                                       state_name)
from engine.decisions.program_decision import citation, rule_heading
from engine.evaluation.explainer import decisive_leaves


def household_decision(book, household_id, day: dt.date, period, facts, results, states, engine_name) -> Decision:
    res = classify.resolve(book, period, states)
    family = book.families[classify.FAMILY]
    codes = classify.flag_codes(book, facts, results, res, facts.status_conflict)
    basis = classify.unverified_basis(book, facts, results, res)
    fam_rules = period.rules_of(classify.FAMILY)
    standard = fam_rules[0].source.instrument if fam_rules else None
    reasons, review = [], []
    if res.kind == "decided":
        for rid in res.deciding:
            rr = results[rid]
            reasons.append(rule_heading(book, rr.rule))
            reasons.extend(explain.leaf_text(book, lr) for lr in rr.leaves)
    else:
        for rr in results.values():
            if rr.rule.family != classify.FAMILY:
                continue
            if rr.state is None or (res.kind in ("conflict", "possible_conflict") and rr.state is True):
                review.append(f"{rr.rule.title}: " + "; ".join(explain.leaf_text(book, lr) for lr in decisive_leaves(rr)))
    outcome_label = family.outcomes.get(res.outcome, "Cần rà soát")
    classification = Classification(outcome=res.outcome, label=outcome_label, standard=standard, rule_ids=res.deciding,
                                    reasons=reasons, review_reasons=review, unverified=bool(basis), unverified_basis=basis)
    trace = []
    for rid, rr in results.items():
        conds = []
        for lr in rr.leaves:
            conds.append(ConditionTrace(
                fact=lr.leaf.fact, value=lr.value, op=lr.leaf.op, parameter=lr.param_name,
                threshold=lr.threshold.value if lr.threshold is not None else None,
                threshold_citation=citation(book, lr.threshold.source, lr.threshold.start) if lr.threshold is not None else None,
                literal=lr.leaf.value if lr.leaf.op in ("eq", "neq") else (list(lr.leaf.values) or None),
                state=state_name(lr.state), text=explain.leaf_text(book, lr)))
        facts_read = sorted({f for lr in rr.leaves for f in lr.leaf.facts_read()})
        trace.append(RuleTrace(rule_id=rid, title=rr.rule.title, state=state_name(states[rid]), outcome=rr.rule.outcome,
                               citation=citation(book, rr.rule.source, rr.rule.start),
                               reading=rr.rule.source.citation(), decisions=list(rr.rule.decisions),
                               facts_read=facts_read, conditions=conds))
    indicators = [IndicatorTrace(id=iid, number=book.indicators[iid].number, label=book.indicators[iid].label,
                                 counts=ir.counts, derived=ir.derived, declared=ir.declared, used=ir.used, source=ir.source,
                                 confidence=book.indicators[iid].confidence) for iid, ir in facts.indicators.items()]
    status = facts.values.get("recognised_status")
    status_label = book.facts["recognised_status"]["values"].get(status, "chưa xác định") if status else "chưa xác định"
    fact_out = dict(facts.values)
    fact_out["deprivation_unknown"] = facts.deprivation_unknown
    fact_out["deprivation_source"] = facts.deprivation_source
    return Decision(household_id=household_id, reference_date=day, ruleset_version=book.version, engine=engine_name,
                    classification=classification, recognised_status=status, recognised_status_label=status_label,
                    flags=[flags.describe(book, c, v) for c, v in sorted(codes.items())], facts=fact_out,
                    indicators=indicators, trace=trace)
