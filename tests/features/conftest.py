"""Fixtures and hooks for the Vietnamese feature files (features/*.feature).

Scenario tags: ``@rule:<rule id>``, ``@indicator:<indicator id>``, ``@input:<field>`` become pytest
marks ``rule(id)``, ``indicator(id)``, ``input(field)``; after each scenario the tags are checked
against what the scenario really did (see ``pytest_bdd_after_scenario``), because a review book
maps scenarios to rules by them.
"""
from __future__ import annotations

import re

import pytest
from vi_household import ScenarioContext

from engine.law import rulebook
from engine.errors import InputError, ReferenceDateError

TAG_KINDS = ("rule", "indicator", "input")


@pytest.fixture
def ctx() -> ScenarioContext:
    return ScenarioContext()


@pytest.fixture(scope="session")
def book() -> rulebook.Rulebook:
    return rulebook.default()


def tag_values(tags, kind: str) -> list[str]:
    prefix = kind + ":"
    return sorted(t[len(prefix):] for t in tags if t.startswith(prefix))


def pytest_configure(config):
    config.addinivalue_line("markers", "rule(rule_id): kịch bản kiểm tra quy tắc rules/ có mã này")
    config.addinivalue_line("markers", "indicator(indicator_id): kịch bản kiểm tra chỉ số thiếu hụt này")
    config.addinivalue_line("markers", "input(field): kịch bản kiểm tra dữ liệu đầu vào sai ở trường này")


@pytest.hookimpl(tryfirst=True)
def pytest_bdd_apply_tag(tag, function):
    """``@rule:poverty.nd07.poor`` → ``pytest.mark.rule("poverty.nd07.poor")`` (a colon cannot be a mark name)."""
    kind, sep, value = tag.partition(":")
    if sep and kind in TAG_KINDS:
        getattr(pytest.mark, kind)(value)(function)
        return True
    return None


def _mark_failed(request):
    if "ctx" in request.fixturenames:
        request.getfixturevalue("ctx").step_failed = True


def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception):
    _mark_failed(request)


def pytest_bdd_step_func_lookup_error(request, feature, scenario, step, exception):
    _mark_failed(request)


def _error_concerns(err, name: str) -> bool:
    """A refusal concerns ``name``: "reference_date", "unknown_field", or a field path without
    list indexes ("members.birth_date")."""
    if name == "reference_date":
        return isinstance(err, ReferenceDateError)
    if not isinstance(err, InputError):
        return False
    if name == "unknown_field":
        return any(p.message.startswith("trường không có trong mẫu dữ liệu") for p in err.problems)
    return any(re.sub(r"\[\d+\]", "", p.field) == name for p in err.problems)


def pytest_bdd_after_scenario(request, feature, scenario):
    """The tags must say what the scenario really exercised, since a review book will map
    scenarios to rules by them:
    * every ``@rule:`` tag names a rule of rules/, appears in the evaluation trace of one of the
      scenario's decisions, and each decision was decided by a tagged rule (or, for "cần rà soát",
      left undecidable a tagged rule);
    * every ``@indicator:`` tag names an indicator some step of the scenario checked;
    * every refusal in a scenario tagged ``@input:<field>`` concerns that field.
    """
    if "ctx" not in request.fixturenames:
        return
    ctx: ScenarioContext = request.getfixturevalue("ctx")
    if ctx.step_failed:
        return
    tags = set(scenario.tags) | set(feature.tags)
    rule_tags = set(tag_values(tags, "rule"))
    book = rulebook.default()
    unknown = rule_tags - {r.id for r in book.rules}
    assert not unknown, f"thẻ @rule: không có trong rules/: {sorted(unknown)}"
    if rule_tags:
        assert ctx.decisions, f"kịch bản gắn thẻ {sorted(rule_tags)} nhưng không có kết quả phân loại nào"
        traced = {t.rule_id for _, d in ctx.decisions for t in d.trace}
        absent = rule_tags - traced
        assert not absent, f"thẻ {sorted(absent)} không thuộc chuẩn áp dụng tại ngày tham chiếu của kịch bản"
        for day, d in ctx.decisions:
            exercised = set(d.classification.rule_ids)
            if d.classification.outcome == "needs_review":
                exercised |= {t.rule_id for t in d.trace if t.state == "unknown"}
            assert exercised & rule_tags, (
                f"kết quả ngày {day:%d/%m/%Y} ({d.classification.label}) do {sorted(exercised)} quyết định, "
                f"không quy tắc nào trong thẻ {sorted(rule_tags)}")
    for name in tag_values(tags, "input"):
        for err in ctx.errors:
            assert _error_concerns(err, name), f"thẻ @input:{name} nhưng lỗi nêu: {err.message}"
    unchecked = set(tag_values(tags, "indicator")) - ctx.checked_indicators
    assert not unchecked, f"thẻ @indicator: {sorted(unchecked)} nhưng kịch bản không kiểm tra chỉ số đó"
