"""Rules and parameters as plain data for the API and the rules page (citations, dates, confidence)."""
from __future__ import annotations

import datetime as dt

from engine.law import conditions
from engine.law.citations import public_article, public_instrument
from engine.decisions import fmt
from engine.decisions import rule_wording
from engine.law.parameters import UNITS

UNVERIFIED = "căn cứ chưa xác minh"


def citation(source, public: bool = False) -> dict:
    """``public``: what users see (GET /parameters) — the article without reviewers' notes; the rules
    page and GET /rules keep the notes for reviewers."""
    return {"instrument": public_instrument(source.instrument) if public else source.instrument, "article": public_article(source.article) if public else source.article,
            "url": source.url, "confidence": source.confidence, "unverified": source.confidence == "U",
            "note": None if public else getattr(source, "note", None)}


def rule_out(book, rule) -> dict:
    when = rule.when
    match = "all" if isinstance(when, conditions.All) else "any" if isinstance(when, conditions.Any) else "leaf"
    family = book.families[rule.family]
    conds = [{"fact": leaf.fact, "op": leaf.op, "parameter": leaf.param,
              "value": list(leaf.values) if leaf.op == "in" else leaf.value,
              "text": rule_wording.leaf_text(book, leaf)} for leaf in conditions.leaves(when)]
    return {"id": rule.id, "family": rule.family, "title": rule.title, "outcome": rule.outcome,
            "outcome_label": family.outcomes.get(rule.outcome, rule.outcome),
            "effective_from": rule.start, "effective_to": rule.end, "citation": citation(rule.source),
            "decisions": list(rule.decisions), "match": match, "conditions": conds, "note": rule.note}


def value_out(param, v, public: bool = False) -> dict:
    return {"effective_from": v.start, "effective_to": v.end, "value": v.value,
            "display": fmt.with_unit(v.value, param.unit) if v.value is not None else f"chưa rõ ({UNVERIFIED})",
            "citation": citation(v.source, public)}


def parameter_out(book, param, day: dt.date | None = None, public: bool = False) -> dict:
    """``public`` (GET /parameters/{id}): no reviewers' notes and no readings D1–D9, which are ours."""
    at = param.at(day) if day else None
    return {"id": param.name, "label": param.label,
            "description": public_article(param.description) if public else param.description, "unit": param.unit,
            "unit_label": UNITS.get(param.unit, param.unit), "decisions": [] if public else list(param.decisions),
            "values": [value_out(param, v, public) for v in param.values], "date": day,
            "at_date": value_out(param, at, public) if at else None}
