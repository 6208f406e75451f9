"""docs/law-index.md (legal clause → rule, parameters, scenarios, tests) is what the code generates."""
from pathlib import Path

import pytest

from engine.law.rulebook import load
from engine.review import law_index

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def book():
    return load()


@pytest.fixture(scope="module")
def text(book):
    return law_index.markdown(book)


def test_committed_law_index_is_generated_from_the_rules(text):
    assert (ROOT / "docs" / "law-index.md").read_text(encoding="utf-8") == text + "\n", \
        "docs/law-index.md is out of date: run `python -m engine.review.law_index`"


def test_every_rule_appears_once_under_its_instrument(book, text):
    for fam in book.families.values():
        for r in fam.rules:
            assert text.count(f"`{r.id}` `{r.file}:{r.line}`") == 1, r.id
            section = text.split(f"## {r.source.instrument}\n", 1)
            assert len(section) == 2 and f"`{r.id}`" in section[1].split("\n## ", 1)[0], r.id


def test_a_tagged_scenario_is_listed_with_its_rule(text):
    row = next(line for line in text.splitlines() if "`poverty.nd07.poor`" in line)
    assert "features/phan_loai_nd07_2021.feature:" in row or "features/chi_so_thieu_hut.feature:" in row
