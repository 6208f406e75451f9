"""Poor-household housing loans for historical lending (POLICY §4.9): QĐ 167/2008 (phase 1,
2008–2010), QĐ 48/2014 (storm/flood-safe housing, 2014–2016) and QĐ 33/2015 (phase 2, from
01/10/2015). QĐ 167/2008 lies wholly before the rulebook's coverage (2016–2030): it cannot be
screened, so its rule is evaluated here on a period built for a 2009 date, by both engines.
"""
import datetime as dt

import pytest

from engine.law import rulebook
from engine.screening import screen as screening
from engine.errors import ReferenceDateError
from engine.facts.model import Application
from engine.law.periods import Period

BOOK = rulebook.default()
D = dt.date
QD167, QD48, QD33 = "poor_housing_qd167", "storm_housing_qd48", "poor_housing_qd33"
GENERAL = {"representative_full_capacity": True, "resides_in_lending_commune": True, "savings_group_member": True,
           "selected_at_group_meeting": True, "commune_certified": True}


def value(name, day):
    return BOOK.parameters[name].at(day).value


def application(program, status="poor", area="rural", lending=None, existing=(), **support):
    hs = {"on_support_list": True, "storm_flood_area": True, "no_or_dilapidated_house": True,
          "earlier_housing_support": False, "separate_household_since": "2008-03-15"}
    hs.update(support)
    hs = {k: v for k, v in hs.items() if v is not None}
    household = {"household_id": "NHN-1",
                 "residence": {"province_code": "38", "commune_code": "38123", "area": area},
                 "members": [{"birth_date": "1975-04-02", "relation": "head"}],
                 "status_history": [{"status": status, "decision_date": "2015-06-01"}] if status else []}
    return Application.model_validate({
        "household": household, "programs": [program], "lending": GENERAL if lending is None else lending,
        "existing_loans": [{"program": program, "outstanding": o} for o in existing], "housing_support": hs})


def screen(app, day):
    (answer,) = screening.screen_application(app, day).programs
    return answer


def text(answer):
    return "\n".join(answer.reasons + answer.review_reasons)


def test_rule_ids_and_real_dates_are_kept():
    expected = {QD167: ("program.poor_housing_qd167.eligible", D(2008, 12, 12), D(2010, 12, 31)),
                QD48: ("program.storm_housing_qd48.eligible", D(2014, 8, 28), D(2016, 12, 31)),
                QD33: ("program.poor_housing_qd33.eligible", D(2015, 10, 1), D(2030, 12, 31))}
    for program, (rid, start, end) in expected.items():
        base = [r for r in BOOK.families[f"program.{program}"].rules if r.outcome == "eligible"]
        assert [(r.id, r.start, r.end) for r in base] == [(rid, start, end)]
    exceptions = [r.id for r in BOOK.families[f"program.{QD33}"].rules if r.outcome == "not_eligible"]
    assert exceptions == ["program.poor_housing_qd33.earlier_support"]


def test_values_as_policy_states_them():
    assert value("programs.poor_housing_qd167.ceiling", D(2009, 6, 1)) == 8_000_000
    assert value("programs.poor_housing_qd167.max_term_months", D(2009, 6, 1)) == 10 * 12
    assert BOOK.parameters["programs.poor_housing_qd167.ceiling"].at(D(2009, 6, 1)).source.confidence == "C1"
    assert value("programs.storm_housing_qd48.ceiling", D(2015, 6, 1)) == 15_000_000
    assert value("programs.storm_housing_qd48.max_term_months", D(2015, 6, 1)) == 10 * 12
    assert value("programs.poor_housing_qd33.ceiling", D(2015, 10, 1)) == 25_000_000
    assert value("programs.poor_housing_qd33.max_term_months", D(2015, 10, 1)) == 15 * 12
    assert value("programs.poor_housing_qd33.min_separate_household_years", D(2015, 10, 1)) == 5
    assert value("programs.poor_housing_qd33.earlier_support_min_years", D(2015, 10, 1)) == 8
    for program, day in ((QD167, D(2009, 6, 1)), (QD48, D(2015, 6, 1)), (QD33, D(2020, 1, 1))):
        assert value(f"programs.{program}.rate", day) == 3.0
    assert BOOK.parameters["programs.poor_housing_qd33.ceiling"].at(D(2015, 9, 30)) is None


# --- QĐ 167/2008: before the coverage ---------------------------------------------------------------

def _period_2009():
    day = D(2009, 6, 1)
    return Period(0, day, day, tuple(r for r in BOOK.rules if r.in_force(day)),
                  {name: p.at(day) for name, p in BOOK.parameters.items()})


def _qd167_state(**changes):
    facts = {"area": "rural", "recognised_status": "poor", "housing_support_no_or_dilapidated_house": True,
             "housing_support_earlier_housing_support": False, "outstanding_in_program": 0}
    facts.update(changes)
    states, results = screening.evaluate_family(BOOK, facts, _period_2009(), "program.poor_housing_qd167")
    return states["program.poor_housing_qd167.eligible"], results["program.poor_housing_qd167.eligible"]


def test_qd167_rule_on_a_2009_date_each_condition_held_and_failed():
    assert _qd167_state()[0] is True
    for change in ({"area": "urban"}, {"recognised_status": "near_poor"},
                   {"housing_support_no_or_dilapidated_house": False},
                   {"housing_support_earlier_housing_support": True}):
        assert _qd167_state(**change)[0] is False, change
    ceiling = value("programs.poor_housing_qd167.ceiling", D(2009, 6, 1))
    assert _qd167_state(outstanding_in_program=ceiling - 1)[0] is True
    state, result = _qd167_state(outstanding_in_program=ceiling)
    assert state is False
    (leaf,) = [lr for lr in result.leaves if lr.state is False]
    assert (leaf.value, leaf.threshold.value) == (ceiling, 8_000_000)
    assert _qd167_state(housing_support_no_or_dilapidated_house=None)[0] is None


def test_qd167_cannot_be_screened_before_2016_and_is_not_in_force_after():
    with pytest.raises(ReferenceDateError):
        screening.screen_application(application(QD167), D(2009, 6, 1))
    answer = screen(application(QD167), D(2016, 1, 1))
    assert answer.outcome == "not_eligible" and "không có quy định hiệu lực" in text(answer)


# --- QĐ 48/2014 ---------------------------------------------------------------------------------------

def test_qd48_eligible_in_2016_and_ended_on_31_12_2016():
    app = application(QD48)
    last = screen(app, D(2016, 12, 31))
    assert last.outcome == "eligible" and last.rule_ids[0] == "program.storm_housing_qd48.eligible"
    assert (last.ceiling, last.remaining_amount, last.max_term_months) == (15_000_000, 15_000_000, 120)
    assert (last.interest_rate, last.overdue_rate, last.unverified) == (3.0, 3.9, False)
    after = screen(app, D(2017, 1, 1))
    assert after.outcome == "not_eligible" and "không có quy định hiệu lực" in text(after)


@pytest.mark.parametrize("change,needle", [
    ({"storm_flood_area": False}, "vùng thường xuyên bị bão, lũ"),
    ({"status": "near_poor"}, "hộ cận nghèo"),
])
def test_qd48_refusals_name_the_condition(change, needle):
    answer = screen(application(QD48, **change), D(2016, 6, 1))
    assert answer.outcome == "not_eligible"
    assert needle in text(answer)


def test_qd48_ceiling_on_outstanding_and_missing_area_fact():
    ceiling = int(value("programs.storm_housing_qd48.ceiling", D(2016, 6, 1)))
    room = screen(application(QD48, existing=[ceiling - 1]), D(2016, 6, 1))
    assert room.outcome == "eligible" and room.remaining_amount == 1
    full = screen(application(QD48, existing=[ceiling]), D(2016, 6, 1))
    assert full.outcome == "not_eligible"
    assert "15.000.000" in text(full)
    missing = screen(application(QD48, storm_flood_area=None), D(2016, 6, 1))
    assert missing.outcome == "needs_review" and missing.missing_facts == ["housing_support_storm_flood_area"]


# --- QĐ 33/2015 ---------------------------------------------------------------------------------------

DAY = D(2018, 6, 1)


def test_qd33_eligible_with_terms():
    answer = screen(application(QD33), DAY)
    assert answer.outcome == "eligible"
    assert answer.rule_ids[0] == "program.poor_housing_qd33.eligible"
    assert (answer.ceiling, answer.max_term_months, answer.interest_rate, answer.overdue_rate) == (25_000_000, 180, 3.0, 3.9)
    assert answer.unverified is False
    assert screen(application(QD33), D(2016, 1, 1)).outcome == "eligible"


@pytest.mark.parametrize("change,needle", [
    ({"area": "urban"}, "thành thị"),
    ({"on_support_list": False}, "danh sách hộ được hỗ trợ nhà ở"),
    ({"no_or_dilapidated_house": False}, "nhà tạm, hư hỏng, dột nát"),
])
def test_qd33_each_condition_failed(change, needle):
    answer = screen(application(QD33, **change), DAY)
    assert answer.outcome == "not_eligible"
    assert needle in text(answer)


def test_qd33_separate_household_five_years_to_the_day():
    five = screen(application(QD33, separate_household_since="2013-06-01"), DAY)
    assert five.outcome == "eligible"
    short = screen(application(QD33, separate_household_since="2013-06-02"), DAY)
    assert short.outcome == "not_eligible"
    assert "4 năm" in text(short) and "5 năm" in text(short)
    future = screen(application(QD33, separate_household_since="2019-01-01"), DAY)
    assert future.outcome == "needs_review" and future.missing_facts == ["housing_support_separate_household_years"]


def test_qd33_earlier_support_excludes_unless_lost_to_disaster_or_eight_years_ago():
    recent = {"earlier_housing_support": True, "earlier_support_date": "2010-06-02", "earlier_house_lost_to_disaster": False}
    refused = screen(application(QD33, **recent), DAY)
    assert refused.outcome == "not_eligible" and refused.rule_ids == ["program.poor_housing_qd33.earlier_support"]
    assert "7 năm" in text(refused) and "8 năm" in text(refused)
    assert screen(application(QD33, **{**recent, "earlier_support_date": "2010-06-01"}), DAY).outcome == "eligible"
    assert screen(application(QD33, **{**recent, "earlier_house_lost_to_disaster": True}), DAY).outcome == "eligible"
    unknown = screen(application(QD33, earlier_housing_support=True), DAY)
    assert unknown.outcome == "needs_review"
    assert set(unknown.missing_facts) == {"housing_support_earlier_house_lost_to_disaster",
                                          "housing_support_years_since_earlier_support"}


def test_qd33_outstanding_and_general_rules():
    ceiling = int(value("programs.poor_housing_qd33.ceiling", DAY))
    assert screen(application(QD33, existing=[10_000_000]), DAY).remaining_amount == ceiling - 10_000_000
    assert screen(application(QD33, existing=[ceiling]), DAY).outcome == "not_eligible"
    no_group = screen(application(QD33, lending={**GENERAL, "savings_group_member": False}), DAY)
    assert no_group.outcome == "not_eligible" and no_group.rule_ids == ["lending.savings_group"]
    missing = screen(application(QD33, on_support_list=None), DAY)
    assert missing.outcome == "needs_review" and "housing_support_on_support_list" in missing.missing_facts
