"""Citations users can check (issue 12): every source in rules/ comes out without reviewers' notes."""
import re

import pytest

from engine.law import rulebook
from engine.law.citations import NOTE_MARKERS, public_article, public_citation
from engine.law.parameters import Source

BOOK = rulebook.default()
ENGINEERING = re.compile(r"POLICY|§|\bD\d\b|xung đột")


def all_sources():
    yield from ((r.id, r.source) for r in BOOK.rules)
    yield from ((p.name, v.source) for p in BOOK.parameters.values() for v in p.values)
    yield from ((f.name, paper.source) for f in BOOK.families.values() for paper in f.papers)
    yield from ((i.id, per.source) for i in BOOK.indicators.values() for per in i.periods)


@pytest.mark.parametrize("article,expected", [
    ("đối tượng (1) — mồ côi (điều khoản chưa đối chiếu Công báo; đọc là không đổi trước QĐ 05/2022 — POLICY §4.6)",
     "đối tượng (1) — mồ côi"),
    ("Điều 2 (đối tượng) và thời gian 36 tháng (mốc tính theo D4, chưa xác minh)", "Điều 2 (đối tượng) và thời gian 36 tháng"),
    ("điều kiện thu nhập trước 10/10/2025 — tài liệu tham chiếu chỉ nêu mức cho người độc thân",
     "điều kiện thu nhập trước 10/10/2025"),
    ("khoản 2 Điều 3", "khoản 2 Điều 3"),
    ("POLICY §5 ‘Fee by overdue ratio’: 2 đến dưới 3% → 80%; 3 đến dưới 4% → 50%", ""),
])
def test_public_article_keeps_the_place_in_the_law_and_drops_the_note(article, expected):
    assert public_article(article) == expected


def test_no_source_in_rules_shows_a_reviewers_note_to_users():
    shown = {name: public_citation(src) for name, src in all_sources()}
    assert len(shown) > 100
    leaks = {name: text for name, text in shown.items() if ENGINEERING.search(text) or NOTE_MARKERS.search(text)}
    assert not leaks
    papers = [p.text for f in BOOK.families.values() for p in f.papers]
    assert papers and not [t for t in papers if ENGINEERING.search(t)]


def test_an_article_that_is_only_a_note_cites_the_instrument():
    src = Source("Nghị định 78/2002/NĐ-CP", "điều, khoản chưa đối chiếu Công báo (POLICY §4.1)", "https://x", "C1")
    assert public_citation(src) == "Nghị định 78/2002/NĐ-CP"
    assert public_citation(src, __import__("datetime").date(2022, 1, 1)).endswith(", áp dụng từ 01/01/2022")
