"""Vietnamese sentences for conditions and outcomes ("why" and "why not")."""
from __future__ import annotations

from engine.decisions import fmt
from engine.evaluation.explainer import LeafResult
from engine.law.citations import public_citation
from engine.law.rulebook import Rulebook

# (held, failed) phrases per operator, read as "<fact> <value> <phrase> <threshold>".
PHRASES = {
    "lte": ("không vượt quá", "cao hơn"),
    "lt": ("thấp hơn", "không thấp hơn"),
    "gte": ("đạt", "thấp hơn"),
    "gt": ("cao hơn", "không vượt quá"),
    "eq": ("là", "không phải là"),
    "neq": ("không phải là", "là"),
    "in": ("thuộc", "không thuộc"),
}


def fact_value(book: Rulebook, fact: str, value) -> str:
    spec = book.facts[fact]
    if value is None:
        return "chưa có dữ liệu"
    if spec["type"] == "enum":
        return spec["values"].get(value, str(value))
    if spec["type"] == "bool":
        return "có" if value else "không"
    unit = spec.get("unit", "")
    return f"{fmt.number(value)} {unit}".strip()


def citation(source) -> str:
    """Inline in a sentence: article and instrument without reviewers' notes (engine/law/citations.py).
    The date a text applies from goes with the answer's list of citations, not into every sentence."""
    return public_citation(source)


def leaf_text(book: Rulebook, lr: LeafResult, exclusion: bool = False) -> str:
    """One condition in Vietnamese. In an exclusion rule a condition that holds is the reason for
    refusal, so it is never called "đạt yêu cầu"."""
    leaf = lr.leaf
    spec = book.facts[leaf.fact]
    label = spec["label"]
    if lr.missing:
        others = [book.facts[f]["label"] for f in lr.missing if f != leaf.fact]
        extra = f" (thiếu: {', '.join(others)})" if others else ""
        seen_part = "chưa có dữ liệu" if leaf.fact in lr.missing else fact_value(book, leaf.fact, lr.value)
        return f"{label}: {seen_part}{extra} — cần bổ sung để xét"
    if lr.unknown_param:
        param = book.parameters[lr.param_name]
        return (f"{param.label[:1].upper()}{param.label[1:]} chưa có giá trị trong văn bản tại ngày tham chiếu "
                f"({citation(lr.threshold.source)}; căn cứ chưa xác minh) — cần rà soát")
    held, failed = PHRASES[leaf.op]
    phrase = held if lr.state else failed
    seen = fact_value(book, leaf.fact, lr.value)
    if leaf.param:
        param = book.parameters[lr.param_name]
        thr = fmt.with_unit(lr.threshold.value, param.unit)
        text = f"{label} {seen} {phrase} {param.label} {thr} ({citation(lr.threshold.source)})"
        if lr.threshold.source.confidence == "U":
            text += " — căn cứ chưa xác minh"
        return text
    if leaf.op == "in":
        allowed = ", ".join(fact_value(book, leaf.fact, v) for v in leaf.values)
        return f"{label}: {seen} — {phrase} nhóm {allowed}"
    if spec["type"] == "bool":
        if exclusion:
            verdict = "thuộc trường hợp không được vay" if lr.state else "không thuộc trường hợp loại trừ"
        else:
            verdict = "đạt yêu cầu" if lr.state else "không đạt yêu cầu"
        return f"{label}: {seen} — {verdict}"
    return f"{label}: {seen} — {phrase} {fact_value(book, leaf.fact, leaf.value)}"
