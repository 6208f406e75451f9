"""Screening one household at a reference date: the engine's public entry point."""
from __future__ import annotations

import datetime as dt
import functools

from engine.decisions import classification as classify, sentences as explain, flags, fmt, programs
from engine.facts import household as derive, application as derive_application, validation
from engine.evaluation import explainer as evaluate
from engine.law import periods, rulebook
from engine.decisions.decision import (Citation, Classification, ConditionTrace, Decision, IndicatorTrace, ProgramDecision, RuleTrace, state_name)
from engine.errors import EngineConsistencyError
from engine.evaluation.durable_rules import InteractiveEngine
from engine.facts.model import Application, Household, Program


@functools.lru_cache(maxsize=1)
def _engine() -> InteractiveEngine:
    return InteractiveEngine(rulebook.default().facts)


@functools.lru_cache(maxsize=4096)
def _citation(source) -> Citation:
    return Citation(instrument=source.instrument, article=source.article, url=source.url, confidence=source.confidence)


def _engine_for(book):
    return _engine() if book is rulebook.default() else _engine_cache(book)


@functools.lru_cache(maxsize=4)
def _engine_cache(book) -> InteractiveEngine:
    return InteractiveEngine(book.facts)


def evaluate_family(book, values: dict, period, family: str, check: bool = True):
    """Rule states from durable-rules, plus the explainer's results; they must agree."""
    states = _engine_for(book).states(values, period, family)
    return states, explained(values, period, family, states, check)


def explained(values: dict, period, family: str, states: dict, check: bool = True, only=None) -> dict:
    """The explainer's result for every rule of ``family`` (or those in ``only``): the values seen and
    thresholds behind each state. With ``check`` it must agree with durable-rules' ``states``."""
    results = {r.id: evaluate.eval_rule(r, values, period) for r in period.rules_of(family)
               if only is None or r.id in only}
    if check:
        for rid, rr in results.items():
            if rr.state is not states[rid]:
                raise EngineConsistencyError(f"quy tắc {rid}: durable-rules {states[rid]}, bộ giải thích {rr.state}")
    return results


def _classify(household: Household, day, book, check: bool):
    day = validation.check_reference_date(day, book.coverage)
    validation.check_against_date(household, day)
    period = periods.period_for(book, day)
    facts = derive.derive(household, day, book)
    states, results = evaluate_family(book, facts.values, period, classify.FAMILY, check)
    decision = build_decision(book, household.household_id, day, period, facts, results, states, "durable_rules")
    return decision, facts, period, day


def screen(household: Household, day, book: rulebook.Rulebook | None = None, check: bool = True) -> Decision:
    """Classify ``household`` at ``day`` through durable-rules, explained in Vietnamese.

    ``check`` re-evaluates every rule with the scalar explainer and raises
    EngineConsistencyError if the two disagree (they never should).
    """
    return _classify(household, day, book or rulebook.default(), check)[0]


def screen_application(app: Application, day, book: rulebook.Rulebook | None = None, check: bool = True) -> Decision:
    """Classification plus every requested lending program's answer at ``day``."""
    book = book or rulebook.default()
    decision, facts, period, day = _classify(app.household, day, book, check)
    shared = derive_application.application_facts(app, day, facts.values, facts.status_date,
                                                  decision.classification.outcome, book)
    wanted = set(app.programs) if app.programs else None
    order = {p.value: i for i, p in enumerate(Program)}
    families = sorted((f for f in book.families.values() if f.resolution == "eligibility"),
                      key=lambda f: (order.get(f.program, len(order)), f.name))
    values = {fam.name: derive_application.program_facts(shared, app, fam.program, book) for fam in families}
    # One assert for the general lending rules and every program (all of them, whatever was asked,
    # so the set of rulesets stays one per period).
    states = _engine_for(book).states_of(period, shared, [(programs.LENDING_FAMILY, shared)]
                                         + [(fam.name, values[fam.name]) for fam in families],
                                         own=derive_application.PROGRAM_FACTS)
    lending_states = states[programs.LENDING_FAMILY]
    lending_results = explained(shared, period, programs.LENDING_FAMILY, lending_states, check)
    out = []
    for fam in families:
        if wanted is not None and fam.program not in wanted:
            continue
        # Without the check only the rules the answer names are explained (build_program_decision)
        results = explained(values[fam.name], period, fam.name, states[fam.name]) if check else None
        out.append(build_program_decision(book, fam, period, values[fam.name], states[fam.name], results,
                                          lending_states, lending_results, day))
    decision.programs = out
    return decision


def build_program_decision(book, fam, period, values, states, results, lending_states, lending_results,
                           day=None) -> ProgramDecision:
    day = day or period.start
    required_states = {rid: lending_states[rid] for rid in fam.requires if rid in lending_states}
    required_results = {rid: lending_results[rid] for rid in fam.requires if rid in lending_results}
    res = programs.resolve(fam, period, states, required_states)
    rules = {r.id: r for r in period.rules_of(fam.name)}
    if results is None:  # the answer names the deciding rules and the undecided ones, no others
        named = set(res.deciding) | {rid for rid, state in states.items() if state is None}
        results = explained(values, period, fam.name, states, check=False, only=named)
    tv = programs.terms(fam, values, period)
    basis = programs.unverified_basis(fam, res, results, required_results, tv)
    missing = programs.missing_facts(res, results, required_results)
    pool = {**results, **required_results}
    reasons, review = [], []
    def texts(rr):
        exclusion = rr.rule.outcome == programs.NOT_ELIGIBLE
        return [explain.leaf_text(book, lr, exclusion=exclusion) for lr in evaluate.decisive_leaves(rr)]

    if res.outcome == programs.ELIGIBLE:
        for rid in res.deciding:
            rr = pool[rid]
            reasons.append(f"{rr.rule.title} ({explain.citation(rr.rule.source)})")
            reasons.extend(texts(rr))
    elif res.kind == "not_in_force":
        spans = sorted({(r.start, r.end, r.source.instrument) for r in fam.base_rules(book.rules)})
        where = "; ".join(f"{inst} áp dụng từ {fmt.date(a)} đến {fmt.date(b)}" for a, b, inst in spans)
        reasons.append(f"Chương trình không có quy định hiệu lực tại ngày {fmt.date(day)}" + (f" ({where})" if where else ""))
    elif res.outcome == programs.NOT_ELIGIBLE:
        for rid in res.deciding:
            rr = pool[rid]
            reasons.append(f"{rr.rule.title} ({explain.citation(rr.rule.source)})")
            reasons.extend(texts(rr))
    else:
        for rr in pool.values():
            if rr.state is None:
                review.append(f"{rr.rule.title}: " + "; ".join(texts(rr)))
    def _int(name):
        t = tv.get(name)
        return None if t is None or t.value is None else int(round(t.value))
    def _rate(name):
        t = tv.get(name)
        return None if t is None or t.value is None else round(t.value, 4)
    citations = []
    rules.update((rid, rr.rule) for rid, rr in required_results.items())
    for rid in sorted({**states, **required_states}):
        citations.append(_citation(rules[rid].source))
    for name in ("ceiling", "term_months", "rate"):
        if name in tv:
            citations.extend(_citation(pv.source) for _n, pv in tv[name].sources)
    unique = list({(c.instrument, c.article): c for c in citations}.values())
    if res.outcome == programs.ELIGIBLE and tv.get("remaining") and tv["remaining"].value is not None:
        req = values.get("requested_amount")
        rem = tv["remaining"].value
        reasons.append(f"Số tiền còn có thể vay: {fmt.money(rem, fam.amount_unit)}"
                       + (f" (mức tối đa {fmt.money(tv['ceiling'].value, fam.amount_unit)} trừ dư nợ "
                          f"{fmt.money(tv['outstanding'].value)}, D8)" if 'outstanding' in tv and tv['outstanding'].value is not None else ""))
        if req is not None and req > rem:
            review.append(f"Số tiền đề nghị {fmt.money(req)} vượt số còn có thể vay {fmt.money(rem, fam.amount_unit)}: chỉ được vay tối đa số còn lại")
    if res.outcome == programs.ELIGIBLE and "remaining" in tv:
        if tv["remaining"].value is None:
            gaps = sorted({f for f in programs.expr_facts(fam.terms.get("ceiling", {})) if values.get(f) is None})
            review.append("Chưa tính được số tiền còn có thể vay" + (
                ": thiếu " + ", ".join(book.facts[f]["label"] for f in gaps) if gaps else ": văn bản chưa cho biết mức cho vay"))
        elif tv["remaining"].value == 0:
            review.append("Đã hết hạn mức: dư nợ đã bằng hoặc vượt mức cho vay tối đa")
    if basis:
        review.append("Căn cứ chưa xác minh: " + ", ".join(basis))
    for f in missing:
        review.append(f"Thiếu dữ liệu: {book.facts[f]['label']}")
    return ProgramDecision(
        program=fam.program, label=fam.title, outcome=res.outcome,
        outcome_label={"eligible": "Đủ điều kiện", "not_eligible": "Không đủ điều kiện", "needs_review": "Cần rà soát"}[res.outcome],
        ceiling=_int("ceiling"), outstanding=_int("outstanding"),
        remaining_amount=None if res.outcome == programs.NOT_ELIGIBLE else _int("remaining"),
        amount_unit=fam.amount_unit, max_term_months=_int("term_months"), interest_rate=_rate("rate"),
        overdue_rate=_rate("overdue_rate"),
        papers=[f"{p.text} ({p.source.article} {p.source.instrument})" + (" — căn cứ chưa xác minh" if p.source.confidence == "U" else "")
                for p in fam.papers],
        reasons=reasons, review_reasons=review, rule_ids=res.deciding, citations=unique,
        unverified=bool(basis), unverified_basis=basis, missing_facts=missing)


def build_decision(book, household_id, day: dt.date, period, facts, results, states, engine_name) -> Decision:
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
            reasons.append(f"{rr.rule.title} ({explain.citation(rr.rule.source)})")
            reasons.extend(explain.leaf_text(book, lr) for lr in rr.leaves)
    else:
        for rr in results.values():
            if rr.rule.family != classify.FAMILY:
                continue
            if rr.state is None or (res.kind in ("conflict", "possible_conflict") and rr.state is True):
                review.append(f"{rr.rule.title}: " + "; ".join(explain.leaf_text(book, lr) for lr in evaluate.decisive_leaves(rr)))
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
                threshold_citation=_citation(lr.threshold.source) if lr.threshold is not None else None,
                literal=lr.leaf.value if lr.leaf.op in ("eq", "neq") else (list(lr.leaf.values) or None),
                state=state_name(lr.state), text=explain.leaf_text(book, lr)))
        facts_read = sorted({f for lr in rr.leaves for f in lr.leaf.facts_read()})
        trace.append(RuleTrace(rule_id=rid, title=rr.rule.title, state=state_name(states[rid]), outcome=rr.rule.outcome,
                               citation=_citation(rr.rule.source), decisions=list(rr.rule.decisions),
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
