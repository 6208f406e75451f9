"""Student loans (QĐ 157/2007 as amended by QĐ 05/2022): categories, institutions, monthly ceiling by date.

Amounts come from rules/ (the tests read the parameter in force); the change dates are POLICY §4.6's
and the tests check that rules/ changes exactly there.
"""
from __future__ import annotations

import datetime as dt

import pytest

from engine.decisions import fmt
from engine.screening import screen as screening
from engine.facts.model import Application
from program_support import LEND_OK, param

D = dt.date
PROGRAM = "students"




def household(status=None, status_date="2015-12-01", income=None, area="rural"):
    h = {"household_id": "T-STU-1",
         "residence": {"province_code": "38", "commune_code": "38001", "area": area},
         "members": [{"birth_date": "1975-04-02", "relation": "head"},
                     {"birth_date": "2004-09-01", "relation": "child"}],
         "income_pc_month": income}
    if status:
        h["status_history"] = [{"status": status, "decision_date": status_date}]
    return h


def student(**kw):
    base = dict(member=2, institution_type="university", orphan=False, family_hardship_certified=False)
    base.update(kw)
    return base


def screen(day, stu=None, hh=None, lending=None, **kw):
    app = Application.model_validate({"household": hh or household(), "programs": [PROGRAM],
                                      "lending": LEND_OK if lending is None else lending,
                                      "student": student() if stu is None else stu, **kw})
    (p,) = screening.screen_application(app, day).programs
    assert p.program == PROGRAM
    return p


# --- ceiling by date -------------------------------------------------------------------------

@pytest.mark.parametrize("change", [D(2019, 12, 1), D(2022, 5, 19)])
def test_monthly_ceiling_changes_on_the_policy_dates(book, change):
    assert change in book.parameters["programs.students.monthly_ceiling"].change_dates()
    before, on = change - dt.timedelta(days=1), change
    hh = household("poor")
    a, b = screen(before, hh=hh), screen(on, hh=hh)
    assert a.outcome == b.outcome == "eligible"
    assert a.ceiling == param(book, "programs.students.monthly_ceiling", before)
    assert b.ceiling == param(book, "programs.students.monthly_ceiling", on)
    assert b.ceiling is not None and a.ceiling != b.ceiling
    assert b.amount_unit == "đồng/tháng"


def test_ceiling_before_december_2019_is_unknown_and_marked_unverified(book):
    p = screen(D(2019, 11, 30), hh=household("poor"))
    assert p.outcome == "eligible"
    assert p.ceiling is None and p.remaining_amount is None
    assert p.unverified and "programs.students.monthly_ceiling" in p.unverified_basis
    assert any("Căn cứ chưa xác minh" in r for r in p.review_reasons)


def test_monthly_ceiling_is_not_reduced_by_the_outstanding_balance(book):
    """The ceiling caps each month's disbursement; the student balance grows over the years (D8 reading)."""
    day = D(2025, 12, 14)
    p = screen(day, hh=household("poor"),
               existing_loans=[{"program": PROGRAM, "outstanding": 30_000_000, "purpose": "học phí"}])
    assert p.outcome == "eligible"
    assert p.remaining_amount == p.ceiling == param(book, "programs.students.monthly_ceiling", day)
    assert any("đồng/tháng" in r for r in p.reasons if r.startswith("Số tiền còn có thể vay"))


def test_rate_overdue_and_unknown_term(book):
    day = D(2025, 12, 14)
    p = screen(day, hh=household("near_poor"))
    rate = param(book, "programs.students.rate", day)
    assert p.interest_rate == round(rate, 4)
    assert p.overdue_rate == round(rate * param(book, "rates.overdue_ratio", day), 4)
    assert p.max_term_months is None  # POLICY gives no maximum term: null, U
    assert "programs.students.max_term_months" in p.unverified_basis


# --- categories from 19/05/2022 --------------------------------------------------------------

DAY = D(2025, 12, 14)


def test_orphan_is_eligible():
    p = screen(DAY, stu=student(orphan=True))
    assert p.outcome == "eligible" and p.rule_ids[0] == "program.students.orphan"


@pytest.mark.parametrize("status", ["poor", "near_poor"])
def test_recognised_poor_or_near_poor_household(status):
    p = screen(DAY, hh=household(status))
    assert p.outcome == "eligible" and p.rule_ids[0] == "program.students.poor_or_near_poor"


def test_hardship_certified_by_the_commune():
    p = screen(DAY, stu=student(family_hardship_certified=True))
    assert p.outcome == "eligible" and p.rule_ids[0] == "program.students.hardship"


def test_average_living_standard_rests_on_the_computed_status(book):
    line = param(book, "poverty.income_line.rural", DAY)
    p = screen(DAY, hh=household(income=line + 1))
    assert p.outcome == "eligible" and p.rule_ids[0] == "program.students.average_living_standard"
    top = param(book, "poverty.average_income_top.rural", DAY)
    q = screen(DAY, hh=household(income=top + 1))
    assert q.outcome == "not_eligible"
    assert any("hộ có mức sống trung bình" in r for r in q.reasons)


def test_no_category_is_refused_with_every_category_and_its_value():
    p = screen(DAY, hh=household("none", income=50_000_000))
    assert p.outcome == "not_eligible"
    assert set(p.rule_ids) == {"program.students.orphan", "program.students.poor_or_near_poor",
                               "program.students.average_living_standard", "program.students.hardship"}
    text = "\n".join(p.reasons)
    assert "Mồ côi" in text and ": không — không đạt yêu cầu" in text
    assert "không thuộc danh sách — không thuộc nhóm hộ nghèo, hộ cận nghèo" in text
    assert p.remaining_amount is None


def test_recognised_status_governs_not_the_computed_one(book):
    """D5: a household computed poor but not on the commune list is not a poor household for the loan."""
    line = param(book, "poverty.income_line.rural", DAY)
    hh = household("none", income=line - 1)
    hh["declared_deprivations"] = {k: True for k in ("employment", "nutrition", "health_insurance", "water")}
    app = Application.model_validate({"household": hh, "programs": [PROGRAM], "lending": LEND_OK, "student": student()})
    d = screening.screen_application(app, DAY)
    assert d.classification.outcome == "poor" and d.recognised_status == "none"
    (p,) = d.programs
    assert p.outcome == "not_eligible"


def test_missing_category_fact_needs_review_and_names_it():
    p = screen(DAY, stu=student(orphan=None))
    assert p.outcome == "needs_review"
    assert "student_orphan" in p.missing_facts
    assert any("Thiếu dữ liệu: Mồ côi" in r for r in p.review_reasons)


# --- institutions ----------------------------------------------------------------------------

@pytest.mark.parametrize("inst", ["university", "college", "professional_intermediate"])
def test_listed_institutions(inst):
    assert screen(DAY, hh=household("poor"), stu=student(institution_type=inst)).outcome == "eligible"


def test_vocational_institution_must_be_licensed():
    ok = screen(DAY, hh=household("poor"), stu=student(institution_type="vocational", licensed_institution=True))
    assert ok.outcome == "eligible"
    bad = screen(DAY, hh=household("poor"), stu=student(institution_type="vocational", licensed_institution=False))
    assert bad.outcome == "not_eligible"
    assert any("Cơ sở giáo dục nghề nghiệp được cấp phép: không — không đạt yêu cầu" in r for r in bad.reasons)
    unknown = screen(DAY, hh=household("poor"), stu=student(institution_type="vocational"))
    assert unknown.outcome == "needs_review" and "student_licensed_institution" in unknown.missing_facts


def test_other_institution_is_refused_naming_it():
    p = screen(DAY, hh=household("poor"), stu=student(institution_type="other"))
    assert p.outcome == "not_eligible"
    assert any("cơ sở khác — không thuộc nhóm" in r for r in p.reasons)


def test_missing_institution_needs_review():
    p = screen(DAY, hh=household("poor"), stu=student(institution_type=None))
    assert p.outcome == "needs_review" and "student_institution_type" in p.missing_facts


# --- before 19/05/2022 -----------------------------------------------------------------------

def test_near_poor_switches_on_19_05_2022():
    """Before QĐ 05/2022 category (2) was poor households or income ≤ 150% of the poor line."""
    hh = household("near_poor")
    stu = student(household_income_pc_month=50_000_000)
    before, on = screen(D(2022, 5, 18), hh=hh, stu=stu), screen(D(2022, 5, 19), hh=hh, stu=stu)
    assert before.outcome == "not_eligible"
    assert "program.students.poor_or_low_income_before_qd05_2022" in before.rule_ids
    assert on.outcome == "eligible" and on.rule_ids[0] == "program.students.poor_or_near_poor"


def test_pre_2022_rules_stop_the_day_before(book):
    ids = {r.id: r for r in book.rules if r.family == "program.students"}
    for old, new in (("orphan", "orphan"), ("poor_or_low_income", "poor_or_near_poor"), ("hardship", "hardship"),
                     ("poor_or_low_income", "average_living_standard")):
        assert ids[f"program.students.{old}_before_qd05_2022"].end == D(2022, 5, 18)
        assert ids[f"program.students.{new}"].start == D(2022, 5, 19)


@pytest.mark.parametrize("day,line_param", [(D(2020, 6, 1), "poverty.income_line.rural"),
                                            (D(2022, 3, 1), "poverty.income_line.rural")])
def test_income_at_150_percent_of_the_poor_line_is_the_edge(book, day, line_param):
    line = param(book, line_param, day)
    cap = param(book, "programs.students.income_to_poor_line_max", day)
    at = line * cap // 100
    assert at * 100 == line * cap  # exact edge in whole đồng
    hh = household("none")
    ok = screen(day, hh=hh, stu=student(household_income_pc_month=at))
    assert ok.outcome == "eligible" and ok.rule_ids[0] == "program.students.poor_or_low_income_before_qd05_2022"
    bad = screen(day, hh=hh, stu=student(household_income_pc_month=at + 1))
    assert bad.outcome == "not_eligible"
    text = "\n".join(bad.reasons)
    assert f"cao hơn mức thu nhập tối đa so với chuẩn hộ nghèo {fmt.number(cap)} %" in text
    assert "Thu nhập bình quân hộ so với chuẩn thu nhập hộ nghèo 150" in text  # the value seen, just above


def test_pre_2022_poor_household_and_orphan_and_hardship():
    day = D(2021, 6, 1)
    assert screen(day, hh=household("poor")).rule_ids[0] == "program.students.poor_or_low_income_before_qd05_2022"
    assert screen(day, stu=student(orphan=True)).rule_ids[0] == "program.students.orphan_before_qd05_2022"
    assert screen(day, stu=student(family_hardship_certified=True)).rule_ids[0] == "program.students.hardship_before_qd05_2022"


def test_pre_2022_income_missing_needs_review():
    p = screen(D(2021, 6, 1), hh=household("none"))
    assert p.outcome == "needs_review" and "student_income_to_poor_line" in p.missing_facts


# --- 2027: average living standard unknown (D2) ----------------------------------------------

def test_average_household_needs_review_from_2027(book):
    d26, d27 = D(2026, 12, 31), D(2027, 1, 1)
    income = param(book, "poverty.income_line.rural", d27) + 1  # above the 2027 line, in the 2026 average band
    assert income <= param(book, "poverty.average_income_top.rural", d26)
    hh = household("none", income=income)
    a, b = screen(d26, hh=hh), screen(d27, hh=hh)
    assert a.outcome == "eligible" and a.rule_ids[0] == "program.students.average_living_standard"
    assert b.outcome == "needs_review"
    assert "computed_status" in b.missing_facts
    assert any("từ 2027" in r for r in b.review_reasons)


def test_recognised_poor_student_is_still_eligible_in_2027():
    p = screen(D(2027, 3, 1), hh=household("poor"))
    assert p.outcome == "eligible" and p.rule_ids[0] == "program.students.poor_or_near_poor"


# --- general rules -----------------------------------------------------------------------------

def test_household_representative_under_18_is_refused():
    hh = household("poor")
    p = screen(DAY, hh=hh, lending={**LEND_OK, "representative_member": 2})  # the student, born 2004, is 21
    assert p.outcome == "eligible"
    hh["members"][1]["birth_date"] = "2010-01-01"
    q = screen(DAY, hh=hh, lending={**LEND_OK, "representative_member": 2})
    assert q.outcome == "not_eligible" and q.rule_ids == ["lending.representative_adult"]


def test_not_a_savings_group_member_is_refused():
    p = screen(DAY, hh=household("poor"), lending={**LEND_OK, "savings_group_member": False})
    assert p.outcome == "not_eligible" and p.rule_ids == ["lending.savings_group"]
