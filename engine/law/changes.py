"""What changed in the law between two dates: parameter values and rules that start or stop."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from engine.law.rulebook import Rulebook


@dataclass(frozen=True)
class Change:
    day: dt.date  # the first day the change applies
    kind: str  # "parameter" | "rule_start" | "rule_end"
    id: str
    text: str  # Vietnamese
    citation: str
    confidence: str


def changes_between(book: Rulebook, start: dt.date, end: dt.date) -> list[Change]:
    """Changes taking effect on a day d with start < d <= end (a rule ending on e changes on e + 1)."""
    from engine.decisions import fmt

    out: list[Change] = []
    for p in book.parameters.values():
        for i, v in enumerate(p.values):
            if start < v.start <= end:
                before = p.values[i - 1].value if i > 0 else None
                was = f" (trước đó {fmt.with_unit(before, p.unit)})" if i > 0 else " (giá trị đầu tiên)"
                out.append(Change(v.start, "parameter", p.name,
                                  f"{p.label}: {fmt.with_unit(v.value, p.unit)}{was}",
                                  f"{v.source.article} {v.source.instrument}", v.source.confidence))
        if p.end is not None and start < p.end + dt.timedelta(days=1) <= end:
            out.append(Change(p.end + dt.timedelta(days=1), "parameter", p.name, f"{p.label}: hết hiệu lực",
                              f"{p.values[-1].source.article} {p.values[-1].source.instrument}", p.values[-1].source.confidence))
    for r in book.rules:
        if start < r.start <= end:
            out.append(Change(r.start, "rule_start", r.id, f"Bắt đầu áp dụng: {r.title}", f"{r.source.article} {r.source.instrument}",
                              r.source.confidence))
        after = r.end + dt.timedelta(days=1)
        if start < after <= end:
            out.append(Change(after, "rule_end", r.id, f"Hết áp dụng: {r.title}", f"{r.source.article} {r.source.instrument}",
                              r.source.confidence))
    return sorted(out, key=lambda c: (c.day, c.kind, c.id))
