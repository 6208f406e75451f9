"""One lending program's answer in Vietnamese, from its rule results: outcome, reasons, amounts, papers.

Moved out of engine/screening so the screening path only evaluates; the wording lives here.
"""
from __future__ import annotations

import functools

from engine.decisions import fmt, programs, sentences as explain
from engine.decisions.decision import Citation, ProgramDecision
from engine.evaluation.explainer import decisive_leaves, family_results
from engine.law.citations import public_article, public_instrument

OUTCOME_LABEL = {programs.ELIGIBLE: "Đủ điều kiện", programs.NOT_ELIGIBLE: "Không đủ điều kiện",
                 programs.REVIEW: "Cần rà soát"}


def citation(book, source, start=None) -> Citation:
    """A citation users can check; a start on the rulebook's first day is where our data begins, not shown."""
    if start is not None and start <= book.coverage[0]:
        start = None
    return _citation(source, start)


@functools.lru_cache(maxsize=4096)
def _citation(source, start) -> Citation:  # one frozen instance per legal source and date, shared by answers
    return Citation(instrument=public_instrument(source.instrument), article=public_article(source.article), date=start,
                    url=source.url, confidence=source.confidence)


def paper_text(book, paper) -> str:
    text = f"{paper.text} ({explain.citation(paper.source)})"
    return text + (" — căn cứ chưa xác minh" if paper.source.confidence == "U" else "")


def rule_heading(book, rule) -> str:
    return f"{rule.title} ({explain.citation(rule.source)})"


def program_decision(book, fam, period, values, states, results, lending_states, lending_results,
                     day=None) -> ProgramDecision:
    day = day or period.start
    required_states = {rid: lending_states[rid] for rid in fam.requires if rid in lending_states}
    required_results = {rid: lending_results[rid] for rid in fam.requires if rid in lending_results}
    res = programs.resolve(fam, period, states, required_states)
    rules = {r.id: r for r in period.rules_of(fam.name)}
    rules.update((rid, rr.rule) for rid, rr in required_results.items())
    if results is None:  # the answer names the deciding rules and the undecided ones, no others
        named = set(res.deciding) | {rid for rid, state in states.items() if state is None}
        results = family_results(values, period, fam.name, states, check=False, only=named)
    tv = programs.terms(fam, values, period)
    basis = programs.unverified_basis(fam, res, results, required_results, tv)
    missing = programs.missing_facts(res, results, required_results)
    pool = {**results, **required_results}
    reasons, review = [], []

    def texts(rr):
        exclusion = rr.rule.outcome == programs.NOT_ELIGIBLE
        return [explain.leaf_text(book, lr, exclusion=exclusion) for lr in decisive_leaves(rr)]

    if res.kind == "not_in_force":
        spans = sorted({(r.start, r.end, r.source.instrument) for r in fam.base_rules(book.rules)})
        where = "; ".join(f"{inst} áp dụng từ {fmt.date(a)} đến {fmt.date(b)}" for a, b, inst in spans)
        reasons.append(f"Chương trình không có quy định hiệu lực tại ngày {fmt.date(day)}" + (f" ({where})" if where else ""))
    elif res.outcome in (programs.ELIGIBLE, programs.NOT_ELIGIBLE):
        for rid in res.deciding:
            rr = pool[rid]
            reasons.append(rule_heading(book, rr.rule))
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

    cites = [citation(book, rules[rid].source, rules[rid].start) for rid in sorted({**states, **required_states})]
    for name in ("ceiling", "term_months", "rate"):
        if name in tv:
            cites.extend(citation(book, pv.source, pv.start) for _n, pv in tv[name].sources)
    unique = list({(c.instrument, c.article): c for c in cites}.values())
    if res.outcome == programs.ELIGIBLE and tv.get("remaining") and tv["remaining"].value is not None:
        req = values.get("requested_amount")
        rem = tv["remaining"].value
        outstanding = tv.get("outstanding")
        reasons.append(f"Số tiền còn có thể vay: {fmt.money(rem, fam.amount_unit)}"
                       + (f" (mức tối đa {fmt.money(tv['ceiling'].value, fam.amount_unit)} trừ dư nợ "
                          f"{fmt.money(outstanding.value)})" if outstanding is not None and outstanding.value is not None else ""))
        if req is not None and req > rem:
            review.append(f"Số tiền đề nghị {fmt.money(req)} vượt số còn có thể vay {fmt.money(rem, fam.amount_unit)}: "
                          "chỉ được vay tối đa số còn lại")
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
        program=fam.program, label=fam.title, outcome=res.outcome, outcome_label=OUTCOME_LABEL[res.outcome],
        ceiling=_int("ceiling"), outstanding=_int("outstanding"),
        remaining_amount=None if res.outcome == programs.NOT_ELIGIBLE else _int("remaining"),
        amount_unit=fam.amount_unit, max_term_months=_int("term_months"), interest_rate=_rate("rate"),
        overdue_rate=_rate("overdue_rate"), papers=[paper_text(book, p) for p in fam.papers],
        reasons=reasons, review_reasons=review, rule_ids=res.deciding, citations=unique,
        unverified=bool(basis), unverified_basis=basis, missing_facts=missing)
