"""A rule's condition and a program's terms in plain Vietnamese, generated from the rule itself: the one
wording of a condition, read by the rules page and API (api/rules_view) and by the review book.

Nothing here is written per rule: the words come from rules/facts.yaml (fact labels, enum labels),
the parameters' labels and the operator phrases of :mod:`engine.decisions.sentences`, so the book can never
disagree with what the engine evaluates.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from engine.law import conditions
from engine.decisions.sentences import PHRASES
from engine.law.rulebook import Rule, Rulebook

TERM_LABELS = {
    "ceiling": "Mức cho vay tối đa",
    "outstanding": "Dư nợ tối đa",
    "term_months": "Thời hạn cho vay tối đa",
    "rate": "Lãi suất cho vay",
    "overdue_rate": "Lãi suất nợ quá hạn",
}


@dataclass
class Clause:
    """A node of a condition in words: ``kind`` all / any / leaf, the parameters a leaf reads."""
    kind: str
    text: str
    children: list = field(default_factory=list)
    params: list = field(default_factory=list)  # parameter names (placeholders expanded)


def _common_prefix_join(labels: list[str]) -> str:
    """["chuẩn nghèo nông thôn", "chuẩn nghèo thành thị"] → "chuẩn nghèo nông thôn / thành thị"."""
    if len(labels) < 2:
        return labels[0] if labels else ""
    words = [lb.split() for lb in labels]
    n = 0
    while all(len(w) > n + 1 for w in words) and len({w[n] for w in words}) == 1:
        n += 1
    return " ".join(words[0]) + "".join(" / " + " ".join(w[n:]) for w in words[1:])


def leaf_params(book: Rulebook, leaf: conditions.Leaf) -> list[str]:
    if not leaf.param:
        return []
    ph = leaf.placeholder
    if ph:
        return [leaf.param.replace("{" + ph + "}", code) for code in book.facts[ph]["values"]]
    return [leaf.param]


def _show(spec: dict, value) -> str:
    if isinstance(value, bool):
        return "có" if value else "không"
    return spec.get("values", {}).get(value, str(value))


def leaf_text(book: Rulebook, leaf: conditions.Leaf) -> str:
    if leaf.label:  # the rule file's own wording of this condition
        return leaf.label
    spec = book.facts[leaf.fact]
    label = spec["label"]
    held = PHRASES[leaf.op][0]
    if leaf.param:
        names = leaf_params(book, leaf)
        target = _common_prefix_join([book.parameters[n].label for n in names])
        if leaf.placeholder:
            target += f" (theo {book.facts[leaf.placeholder]['label'][:1].lower()}{book.facts[leaf.placeholder]['label'][1:]})"
        return f"{label} {held} {target}"
    if spec["type"] == "bool" and leaf.op in ("eq", "neq"):
        yes = (leaf.value is True) == (leaf.op == "eq")
        return f"{label}: {'có' if yes else 'không'}"
    if leaf.op == "in":
        return f"{label} {held} một trong: " + ", ".join(_show(spec, v) for v in leaf.values)
    return f"{label} {held} {_show(spec, leaf.value)}"


def clause(book: Rulebook, node) -> Clause:
    if isinstance(node, conditions.Leaf):
        return Clause("leaf", leaf_text(book, node), params=leaf_params(book, node))
    kind = "all" if isinstance(node, conditions.All) else "any"
    text = "Tất cả các điều kiện sau:" if kind == "all" else "Ít nhất một trong các điều kiện sau:"
    return Clause(kind, text, [clause(book, c) for c in node.children])


def rule_clause(book: Rulebook, rule: Rule) -> Clause:
    return clause(book, rule.when)


def lead_in(book: Rulebook, rule: Rule) -> str:
    """What the rule concludes, before its condition: 'Kết quả «Hộ nghèo» khi:'."""
    outcome = book.families[rule.family].outcomes.get(rule.outcome, rule.outcome)
    return f"Kết quả «{outcome}» khi"


def plain_lines(c: Clause, depth: int = 0) -> list[str]:
    """The clause as indented text lines ("– " bullets)."""
    pad = "  " * depth
    lines = [f"{pad}– {c.text}" if depth else c.text]
    for ch in c.children:
        lines += plain_lines(ch, depth + 1)
    return lines


def rule_sentence(book: Rulebook, rule: Rule) -> str:
    c = rule_clause(book, rule)
    if c.kind == "leaf":
        return f"{lead_in(book, rule)}: {c.text}"
    return f"{lead_in(book, rule)} — " + "\n".join(plain_lines(c))


def expr_params(expr) -> list[str]:
    """Parameter names (placeholders kept) read by a terms expression."""
    (key, arg), = expr.items()
    if key == "param":
        return [arg]
    if key == "fact":
        return []
    return [p for a in arg for p in expr_params(a)]


def expr_text(book: Rulebook, expr, link=lambda name, text: text) -> str:
    """A terms expression in words; ``link(name, text)`` may wrap each parameter (e.g. in HTML)."""
    (key, arg), = expr.items()
    if key == "param":
        if "{" in arg:
            ph = arg[arg.index("{") + 1:arg.index("}")]
            names = [arg.replace("{" + ph + "}", c) for c in book.facts[ph]["values"]]
            parts = [link(n, book.parameters[n].label) for n in names]
            return " / ".join(parts) + f" (theo {book.facts[ph]['label'][:1].lower()}{book.facts[ph]['label'][1:]})"
        return link(arg, book.parameters[arg].label)
    if key == "fact":
        return book.facts[arg]["label"][:1].lower() + book.facts[arg]["label"][1:]
    parts = [expr_text(book, a, link) for a in arg]
    if key == "mul":
        return " × ".join(parts)
    if key == "sub":
        return " − ".join(parts)
    word = "nhỏ nhất" if key == "min" else "lớn nhất"
    return f"{word} trong: " + "; ".join(parts)
