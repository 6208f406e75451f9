"""Citations users can check: instrument, article and date — without the engineers' reading notes.

The ``article`` field in rules/ often carries notes for reviewers in brackets or after a dash
("(điều khoản chưa đối chiếu Công báo — POLICY §4.6)", "— nguồn thứ cấp không chính thức"). Those
notes stay in the full trace, the rules page and the review book; a farmer or a village head cannot
look up "POLICY §4.6", so what users see keeps only the part of the article found in the law.
A test checks that every source in rules/ comes out of ``public_article`` without such a note.
"""
from __future__ import annotations

import datetime as dt
import re

# Words that mark a note for reviewers, not a place in the law.
NOTE_MARKERS = re.compile(
    r"POLICY|§|\bD\d\b|chưa đối chiếu|nguồn thứ cấp|xung đột|tài liệu tham chiếu|đọc là|chưa xác minh|"
    r"mốc tính|báo tiếng Anh|dẫn là|\bC[12]\b|\.md\b")
DASH = " — "


def _groups(text: str) -> list[tuple[str, bool]]:
    """Split ``text`` into (piece, is_bracketed) at top-level brackets (nesting allowed)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                out.append((text[start:i], False))
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append((text[start:i + 1], True))
                start = i + 1
    out.append((text[start:], depth > 0))
    return [(p, b) for p, b in out if p]


def public_article(article: str) -> str:
    """The article without reviewers' notes: bracketed notes go, then dash or semicolon tails that are notes."""
    kept = "".join(piece for piece, bracketed in _groups(article) if not (bracketed and NOTE_MARKERS.search(piece)))
    parts = []
    for clause in kept.split(";"):
        head, *tails = clause.split(DASH)
        if NOTE_MARKERS.search(head):
            continue
        parts.append(DASH.join([head] + [t for t in tails if not NOTE_MARKERS.search(t)]))
    if kept.lstrip().startswith("POLICY"):  # the whole article is a reference to our notes
        return ""
    text = ";".join(parts)
    text = re.sub(r"\s+", " ", text).strip(" ;,—:")
    return re.sub(r"\s+([,;)])", r"\1", text)


def public_instrument(instrument: str) -> str:
    """The instrument's name; a bracketed note about its source ("(nguồn thứ cấp …)") is ours, not its name."""
    return public_article(instrument) or instrument


def public_citation(source, start: dt.date | None = None) -> str:
    """'khoản 2 Điều 3 Nghị định 07/2021/NĐ-CP, áp dụng từ 01/01/2022' — what a user can look up."""
    article, instrument = public_article(source.article), public_instrument(source.instrument)
    text = f"{article} {instrument}".strip() if article else instrument
    if start is not None:
        text += f", áp dụng từ {start.strftime('%d/%m/%Y')}"
    return text
