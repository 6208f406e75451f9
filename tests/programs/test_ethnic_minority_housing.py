"""Ethnic-minority housing loans (NĐ 28/2022, from 26/04/2022; POLICY §4.11): 40 M, 15 years, 3%.

Poor ethnic-minority households, or poor Kinh households in extremely difficult communes/villages,
on the approved housing-support list with a fitting plan. The programme's phase 2021–2025 ended:
from 01/01/2026 its values are unknown (U) and the answer is "cần rà soát" (RH7).
"""
import datetime as dt

import pytest

from engine.law import rulebook
from engine.screening import screen as screening
from engine.facts.model import Application

BOOK = rulebook.default()
D = dt.date
PROGRAM = "ethnic_minority_housing"
START = D(2022, 4, 26)
DAY = D(2024, 3, 15)
LAST, AFTER = D(2025, 12, 31), D(2026, 1, 1)
EM_RULE = "program.ethnic_minority_housing.ethnic_minority"
KINH_RULE = "program.ethnic_minority_housing.kinh_extremely_difficult_area"
GENERAL = {"representative_full_capacity": True, "resides_in_lending_commune": True, "savings_group_member": True,
           "selected_at_group_meeting": True, "commune_certified": True}


def application(status="poor", lending=None, existing=(), members=None, **support):
    hs = {"ethnic_minority": True, "on_support_list": True, "loan_plan_fits_purpose": True}
    hs.update(support)
    hs = {k: v for k, v in hs.items() if v is not None}
    household = {"household_id": "DTTS-1",
                 "residence": {"province_code": "11", "commune_code": "11045", "area": "rural"},
                 "members": members or [{"birth_date": "1982-09-09", "relation": "head"}],
                 "status_history": [{"status": status, "decision_date": "2021-12-20"}] if status else []}
    return Application.model_validate({
        "household": household, "programs": [PROGRAM], "lending": GENERAL if lending is None else lending,
        "existing_loans": [{"program": PROGRAM, "outstanding": o} for o in existing], "housing_support": hs})


def screen(app, day=DAY):
    (answer,) = screening.screen_application(app, day).programs
    return answer


def text(answer):
    return "\n".join(answer.reasons + answer.review_reasons)


def test_rule_ids_dates_and_values():
    rules = BOOK.families["program.ethnic_minority_housing"].rules
    assert [(r.id, r.start, r.end, r.source.confidence) for r in rules] == [
        (EM_RULE, START, D(2030, 12, 31), "C2"), (KINH_RULE, START, D(2030, 12, 31), "C2")]
    params = BOOK.parameters
    assert params["programs.ethnic_minority_housing.ceiling"].at(START).value == 40_000_000
    assert params["programs.ethnic_minority_housing.max_term_months"].at(START).value == 15 * 12
    assert params["programs.ethnic_minority_housing.rate"].at(START).value == 3.0
    for name in ("ceiling", "max_term_months", "rate"):
        after = params[f"programs.ethnic_minority_housing.{name}"].at(AFTER)
        assert after.value is None and after.source.confidence == "U"


def test_in_force_from_signing_26_4_2022():
    before = screen(application(), START - dt.timedelta(days=1))
    assert before.outcome == "not_eligible" and "không có quy định hiệu lực" in text(before)
    on = screen(application(), START)
    assert on.outcome == "eligible" and on.rule_ids[0] == EM_RULE


def test_poor_ethnic_minority_household_terms():
    answer = screen(application())
    assert answer.outcome == "eligible"
    assert answer.rule_ids == [EM_RULE, "lending.representative_adult", "lending.residence",
                               "lending.savings_group", "lending.group_selection"]
    assert (answer.ceiling, answer.remaining_amount, answer.max_term_months) == (40_000_000, 40_000_000, 180)
    assert (answer.interest_rate, answer.overdue_rate) == (3.0, 3.9)
    assert answer.unverified is False


def test_poor_kinh_household_needs_an_extremely_difficult_area():
    inside = screen(application(ethnic_minority=False, extremely_difficult_area=True))
    assert inside.outcome == "eligible" and inside.rule_ids[0] == KINH_RULE
    outside = screen(application(ethnic_minority=False, extremely_difficult_area=False))
    assert outside.outcome == "not_eligible"
    assert "xã, thôn đặc biệt khó khăn" in text(outside) and "Hộ dân tộc thiểu số: không" in text(outside)


@pytest.mark.parametrize("change,needle", [
    ({"status": "near_poor"}, "hộ cận nghèo"),
    ({"status": None}, "không thuộc danh sách"),
    ({"on_support_list": False}, "danh sách hộ được hỗ trợ nhà ở"),
    ({"loan_plan_fits_purpose": False}, "Phương án vay phù hợp"),
])
def test_each_condition_failed_is_named(change, needle):
    answer = screen(application(**change))
    assert answer.outcome == "not_eligible"
    assert needle in text(answer)


def test_ceiling_on_the_outstanding_balance():
    room = screen(application(existing=[40_000_000 - 1]))
    assert room.outcome == "eligible" and room.remaining_amount == 1
    full = screen(application(existing=[40_000_000]))
    assert full.outcome == "not_eligible"
    line = next(r for r in full.reasons if r.startswith("Dư nợ"))
    assert "40.000.000" in line and "không thấp hơn" in line


def test_representative_under_18_is_refused():
    members = [{"birth_date": "2007-01-01", "relation": "head"}]
    answer = screen(application(members=members))
    assert answer.outcome == "not_eligible" and answer.rule_ids == ["lending.representative_adult"]


def test_missing_fact_gives_needs_review_naming_it():
    answer = screen(application(ethnic_minority=None, extremely_difficult_area=True))
    assert answer.outcome == "needs_review"
    assert answer.missing_facts == ["housing_support_ethnic_minority"]
    plan = screen(application(loan_plan_fits_purpose=None))
    assert plan.outcome == "needs_review" and plan.missing_facts == ["housing_support_loan_plan_fits_purpose"]


def test_after_the_2021_2025_phase_the_answer_is_review_not_a_guess():
    assert screen(application(), LAST).outcome == "eligible"
    after = screen(application(), AFTER)
    assert after.outcome == "needs_review"
    assert after.unverified and "programs.ethnic_minority_housing.ceiling" in after.unverified_basis
    assert "chưa có giá trị" in text(after)
    assert after.ceiling is None and after.max_term_months is None and after.interest_rate is None
    # a household outside the programme is still refused, with its reason
    outside = screen(application(ethnic_minority=False, extremely_difficult_area=False), AFTER)
    assert outside.outcome == "not_eligible"
