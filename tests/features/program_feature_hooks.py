"""pytest-bdd hooks for the lending-program features (loaded by test_program_features.py through
``pytest_plugins``; conftest.py, owned by the poverty features, stays untouched).

After each program scenario the ``@rule:`` tags are checked against what the scenario really did,
since a review book maps scenarios to rules by them:

* every tag names a rule of rules/;
* every tag names a rule the engine evaluated for a program answer the scenario checked (a rule
  of that program's family in force at the date, or a general rule the program requires), or a
  rule of a program that was not in force at the date when the scenario shows exactly that;
* every program answer the scenario checked was decided by a tagged rule: for "Đủ điều kiện" and
  "Không đủ điều kiện" one of the rules the engine names as deciding; for "Cần rà soát" one of the
  rules left undecidable; for a program not in force, one of its rules;
* every refusal in a scenario tagged ``@input:<field>`` concerns that field.

The hooks act only on scenarios using the ``app_ctx`` fixture.
"""
from __future__ import annotations

import re

from engine.law import rulebook
from engine.errors import InputError, ReferenceDateError


def _ctx(request):
    if "app_ctx" not in request.fixturenames:
        return None
    return request.getfixturevalue("app_ctx")


def _mark_failed(request):
    ctx = _ctx(request)
    if ctx is not None:
        ctx.step_failed = True


def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception):
    _mark_failed(request)


def pytest_bdd_step_func_lookup_error(request, feature, scenario, step, exception):
    _mark_failed(request)


def tag_values(tags, kind: str) -> list[str]:
    prefix = kind + ":"
    return sorted(t[len(prefix):] for t in tags if t.startswith(prefix))


def error_concerns(err, name: str) -> bool:
    """A refusal concerns ``name``: "reference_date", "unknown_field", or a field path of the
    application without list indexes ("requested_amount", "household.members.birth_date")."""
    if name == "reference_date":
        return isinstance(err, ReferenceDateError)
    if not isinstance(err, InputError):
        return False
    if name == "unknown_field":
        return any(p.message.startswith("trường không có trong mẫu dữ liệu") for p in err.problems)
    return any(re.sub(r"\[\d+\]", "", p.field) == name for p in err.problems)


def exercised_rules(run) -> set[str]:
    """Rules that decided a program answer."""
    d = run.decision
    if d.outcome == "needs_review":
        return {rid for rid, s in run.states.items() if s is None}
    if d.outcome == "not_eligible" and not d.rule_ids:  # the program is not in force at the date
        return set(run.family_rules)
    return set(d.rule_ids)


def check_tags(ctx, tags) -> None:
    rule_tags = set(tag_values(tags, "rule"))
    book = rulebook.default()
    unknown = rule_tags - {r.id for r in book.rules}
    assert not unknown, f"thẻ @rule: không có trong rules/: {sorted(unknown)}"
    if rule_tags:
        assert ctx.asserted, f"kịch bản gắn thẻ {sorted(rule_tags)} nhưng không kiểm tra kết quả chương trình nào"
        evaluated: set[str] = set()
        for i, program in sorted(ctx.asserted):
            s = ctx.screenings[i]
            run = s.runs[program]
            evaluated |= set(run.states)
            if run.decision.outcome == "not_eligible" and not run.decision.rule_ids:
                evaluated |= run.family_rules
            exercised = exercised_rules(run)
            assert exercised & rule_tags, (
                f"kết quả '{run.decision.label}' ngày {s.day:%d/%m/%Y} ({run.decision.outcome_label}) do "
                f"{sorted(exercised)} quyết định, không quy tắc nào trong thẻ {sorted(rule_tags)}")
        absent = rule_tags - evaluated
        assert not absent, f"thẻ {sorted(absent)} không thuộc các quy tắc được xét cho chương trình ở ngày của kịch bản"
    for name in tag_values(tags, "input"):
        assert ctx.errors, f"thẻ @input:{name} nhưng hồ sơ không bị từ chối"
        for err in ctx.errors:
            assert error_concerns(err, name), f"thẻ @input:{name} nhưng lỗi nêu: {err.message}"


def pytest_bdd_after_scenario(request, feature, scenario):
    ctx = _ctx(request)
    if ctx is None or ctx.step_failed:
        return
    rule_tags = set(scenario.rule.tags) if getattr(scenario, "rule", None) is not None else set()
    check_tags(ctx, set(scenario.tags) | set(feature.tags) | rule_tags)
