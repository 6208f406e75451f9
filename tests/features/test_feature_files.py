"""The feature files themselves: encoding, language line, unique names, and the rule/indicator tags.

pytest-bdd fails to parse a file saved in NFD and keys scenarios by name, so a second scenario
with the same name would silently not run; the tags are what the review book maps scenarios to
rules with, so every poverty rule and every NĐ 07/2021 indicator must have a scenario.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from pytest_bdd.gherkin_parser import get_gherkin_document

from engine.law import rulebook

ROOT = Path(__file__).resolve().parents[2]
FEATURE_DIR = ROOT / "features"
FEATURE_FILES = sorted(FEATURE_DIR.rglob("*.feature"))
POVERTY_FAMILY = "poverty_classification"
# The files whose scenarios exercise the poverty rules (tests/features/test_poverty_features.py).
POVERTY_FEATURES = ("phan_loai_qd59_2015.feature", "phan_loai_nd07_2021.feature", "phan_loai_nd351_2025.feature",
                    "ranh_gioi_thoi_gian.feature", "chi_so_thieu_hut.feature", "du_lieu_thieu.feature")


def _ids(paths):
    return [str(p.relative_to(FEATURE_DIR)) for p in paths]


def _scenarios(path: Path):
    """(scenario name, set of tags incl. feature/rule/examples tags) for every scenario of a file."""
    feature = get_gherkin_document(str(path)).feature
    feature_tags = {t.name.lstrip("@") for t in feature.tags}

    def walk(children, inherited):
        for child in children:
            if child.rule is not None:
                rule_tags = inherited | {t.name.lstrip("@") for t in child.rule.tags}
                yield from walk(child.rule.children, rule_tags)
            elif child.scenario is not None:
                s = child.scenario
                tags = inherited | {t.name.lstrip("@") for t in s.tags}
                for ex in s.examples:
                    tags |= {t.name.lstrip("@") for t in ex.tags}
                yield s.name, tags

    return list(walk(feature.children, feature_tags))


def _tagged(kind: str) -> dict[str, list[str]]:
    """tag value → scenario names carrying ``@<kind>:<value>``, over the poverty feature files."""
    out: dict[str, list[str]] = {}
    for name in POVERTY_FEATURES:
        for scenario, tags in _scenarios(FEATURE_DIR / name):
            for t in tags:
                if t.startswith(kind + ":"):
                    out.setdefault(t.split(":", 1)[1], []).append(f"{name}: {scenario}")
    return out


def test_there_are_feature_files():
    assert {p.name for p in FEATURE_FILES} >= set(POVERTY_FEATURES)


@pytest.mark.parametrize("path", FEATURE_FILES, ids=_ids(FEATURE_FILES))
def test_feature_file_is_nfc_and_vietnamese(path):
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    assert not text.startswith("\ufeff"), f"{path.name}: bỏ BOM ở đầu tệp"
    assert text.splitlines()[0].strip() == "# language: vi", f"{path.name}: dòng đầu phải là '# language: vi'"
    assert unicodedata.is_normalized("NFC", text), (
        f"{path.name} không ở dạng Unicode NFC (tệp NFD không phân tích được): "
        "lưu lại bằng trình soạn thảo dùng NFC hoặc chạy unicodedata.normalize('NFC', …)")


@pytest.mark.parametrize("path", FEATURE_FILES, ids=_ids(FEATURE_FILES))
def test_examples_keyword_is_du_lieu(path):
    """`Ví dụ:` is not a Vietnamese Gherkin keyword; `Dữ liệu:` is."""
    bad = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
           if line.strip().startswith("Ví dụ:")]
    assert not bad, f"{path.name} dòng {bad}: dùng 'Dữ liệu:' thay cho 'Ví dụ:'"


@pytest.mark.parametrize("path", FEATURE_FILES, ids=_ids(FEATURE_FILES))
def test_scenario_names_are_unique(path):
    names = [name for name, _ in _scenarios(path)]
    dupes = sorted({n for n in names if names.count(n) > 1})
    assert not dupes, f"{path.name}: trùng tên kịch bản (pytest-bdd sẽ bỏ qua một bản): {dupes}"


def test_every_poverty_rule_has_a_scenario():
    book = rulebook.default()
    rule_ids = {r.id for r in book.families[POVERTY_FAMILY].rules}
    tagged = _tagged("rule")
    assert rule_ids, "rules/families/poverty không có quy tắc nào"
    missing = sorted(rule_ids - set(tagged))
    assert not missing, f"quy tắc chưa có kịch bản nào gắn thẻ @rule:…: {missing}"
    unknown = sorted(set(tagged) - {r.id for r in book.rules})
    assert not unknown, f"thẻ @rule:… không có trong rules/: {unknown} ({[tagged[u] for u in unknown]})"


def test_every_nd07_indicator_has_a_scenario():
    book = rulebook.default()
    day = dt.date(2024, 6, 15)
    counted = {i.id for i in book.indicators.values() if i.counts_on(day) and not i.declared_only}
    assert len(counted) == 12, f"Nghị định 07/2021 có 12 chỉ số, rules/indicators.yaml cho {sorted(counted)}"
    tagged = _tagged("indicator")
    missing = sorted(counted - set(tagged))
    assert not missing, f"chỉ số chưa có kịch bản nào gắn thẻ @indicator:…: {missing}"
    unknown = sorted(set(tagged) - set(book.indicators))
    assert not unknown, f"thẻ @indicator:… không có trong rules/indicators.yaml: {unknown}"


def test_every_poverty_scenario_is_tagged():
    """Each scenario says what it exercises: a rule, an indicator or a kind of bad input."""
    untagged = [f"{name}: {scenario}" for name in POVERTY_FEATURES for scenario, tags in _scenarios(FEATURE_DIR / name)
                if not any(t.split(":", 1)[0] in ("rule", "indicator", "input") for t in tags)]
    assert not untagged, f"kịch bản chưa gắn thẻ @rule:/@indicator:/@input:: {untagged}"
