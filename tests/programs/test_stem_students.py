"""STEM student loans (QĐ 29/2025): fields, study stage and academic test, no poverty test, ceiling =
tuition + monthly living-cost cap × months; amounts read from rules/."""
from __future__ import annotations

import datetime as dt

import pytest

from engine.law import rulebook
from engine.screening import screen as screening
from engine.facts.model import Application, StemField

D = dt.date
PROGRAM = "stem_students"
DAY = D(2025, 12, 14)
LEND_OK = dict(representative_full_capacity=True, resides_in_lending_commune=True, savings_group_member=True,
               selected_at_group_meeting=True, commune_certified=True)
STEM = [f.value for f in StemField if f.value != "not_stem"]


@pytest.fixture(scope="module")
def book():
    return rulebook.default()


def param(book, name, day):
    return book.parameters[name].at(day).value


def household(status=None, income=None):
    h = {"household_id": "T-STEM-1", "residence": {"province_code": "01", "commune_code": "01001", "area": "urban"},
         "members": [{"birth_date": "1970-01-01", "relation": "head"}, {"birth_date": "2006-03-01", "relation": "child"}],
         "income_pc_month": income}
    if status:
        h["status_history"] = [{"status": status, "decision_date": "2024-12-15"}]
    return h


def student(**kw):
    base = dict(member=2, stem_field="computing_it", stem_study_stage="first_year", academic_requirement_met=True,
                tuition_remaining=18_000_000, months_requested=9)
    base.update(kw)
    return base


def screen(day, stu=None, hh=None, lending=None):
    app = Application.model_validate({"household": hh or household(), "programs": [PROGRAM],
                                      "lending": LEND_OK if lending is None else lending,
                                      "student": student() if stu is None else stu})
    (p,) = screening.screen_application(app, day).programs
    return p


def test_program_starts_in_september_2025(book):
    before, on = screen(D(2025, 8, 31)), screen(D(2025, 9, 1))
    assert before.outcome == "not_eligible" and "không có quy định hiệu lực" in before.reasons[0]
    assert on.outcome == "eligible"
    assert {r.start for r in book.rules if r.family == "program.stem_students"} == {D(2025, 9, 1)}


@pytest.mark.parametrize("field", STEM)
def test_every_stem_field_is_eligible(field):
    assert screen(DAY, stu=student(stem_field=field)).outcome == "eligible"


def test_non_stem_field_is_refused_naming_the_field():
    p = screen(DAY, stu=student(stem_field="not_stem"))
    assert p.outcome == "not_eligible"
    assert any("Ngành đào tạo: ngành không thuộc STEM — không thuộc nhóm" in r for r in p.reasons)


@pytest.mark.parametrize("stage,rule", [("first_year", "program.stem_students.first_year"),
                                        ("later_year", "program.stem_students.later_year"),
                                        ("postgraduate", "program.stem_students.postgraduate")])
def test_each_study_stage(stage, rule):
    p = screen(DAY, stu=student(stem_study_stage=stage))
    assert p.outcome == "eligible" and p.rule_ids[0] == rule


def test_later_year_rests_on_an_unverified_grade_word():
    """POLICY: 'khá' vs 'excellent' (CONFLICT) for years 2+: the decision says its basis is unverified (D9)."""
    later = screen(DAY, stu=student(stem_study_stage="later_year"))
    assert later.unverified and "program.stem_students.later_year" in later.unverified_basis
    first = screen(DAY, stu=student(stem_study_stage="first_year"))
    assert "program.stem_students.first_year" not in first.unverified_basis


def test_academic_requirement_not_met_is_refused():
    p = screen(DAY, stu=student(academic_requirement_met=False))
    assert p.outcome == "not_eligible"
    assert any("Đạt yêu cầu về kết quả học tập: không — không đạt yêu cầu" in r for r in p.reasons)


@pytest.mark.parametrize("field,fact", [("stem_study_stage", "student_stem_study_stage"),
                                        ("academic_requirement_met", "student_academic_requirement_met"),
                                        ("stem_field", "student_stem_field")])
def test_missing_fact_needs_review_and_names_it(field, fact):
    p = screen(DAY, stu=student(**{field: None}))
    assert p.outcome == "needs_review" and fact in p.missing_facts


def test_no_poverty_test():
    p = screen(DAY, hh=household("none", income=90_000_000))
    assert p.outcome == "eligible"


def test_ceiling_is_tuition_plus_monthly_living_cost_times_months(book):
    cap = param(book, "programs.stem_students.living_cost_monthly_ceiling", DAY)
    p = screen(DAY, stu=student(tuition_remaining=18_000_000, months_requested=9))
    assert p.ceiling == p.remaining_amount == 18_000_000 + 9 * cap
    q = screen(DAY, stu=student(tuition_remaining=0, months_requested=1))
    assert q.ceiling == cap


def test_ceiling_unknown_without_months_or_tuition():
    assert screen(DAY, stu=student(months_requested=None)).ceiling is None
    p = screen(DAY, stu=student(tuition_remaining=None))
    assert p.outcome == "eligible" and p.ceiling is None


def test_rate_and_term(book):
    p = screen(DAY)
    rate = param(book, "programs.stem_students.rate", DAY)
    assert p.interest_rate == round(rate, 4)
    assert p.overdue_rate == round(rate * param(book, "rates.overdue_ratio", DAY), 4)
    assert p.max_term_months is None and "programs.stem_students.max_term_months" in p.unverified_basis


def test_learner_borrows_directly_without_an_adult_representative():
    hh = household()
    hh["members"] = [{"birth_date": "2009-01-01", "relation": "head"}]
    p = screen(DAY, hh=hh, lending={**LEND_OK, "representative_full_capacity": False})
    assert p.outcome == "eligible"
    assert "lending.representative_adult" not in p.rule_ids


def test_residence_still_required():
    p = screen(DAY, lending={**LEND_OK, "resides_in_lending_commune": False})
    assert p.outcome == "not_eligible" and p.rule_ids == ["lending.residence"]
