"""Job-creation loans: NĐ 61/2015 → NĐ 74/2019 (08/11/2019) → NĐ 338/2025 (01/01/2026).

Ceilings, terms and rate ratios are read from rules/; the tests check they change exactly on POLICY's
dates, that rates are expressed from the poor-household rate ('= near-poor' under NĐ 74, '127% of poor'
under NĐ 338), and that every eligible answer says its basis is unverified (POLICY gives no borrowing
conditions, so the rules are tagged U).
"""
from __future__ import annotations

import datetime as dt

import pytest

from engine.decisions import fmt
from engine.screening import screen as screening
from engine.facts.model import Application
from program_support import LEND_OK, param

D = dt.date
NDS = [(D(2019, 11, 8), "nd61_2015", "nd74_2019"), (D(2026, 1, 1), "nd74_2019", "nd338_2025")]




def household():
    return {"household_id": "T-JOB-1", "residence": {"province_code": "66", "commune_code": "66001", "area": "rural"},
            "members": [{"birth_date": "1985-02-02", "relation": "head"}]}


def screen_all(day, programs, lending=None, job=None, **kw):
    app = Application.model_validate({"household": household(), "programs": programs,
                                      "lending": LEND_OK if lending is None else lending,
                                      "job_creation": job if job is not None else {"plan_confirmed": True, "preferential_group": False},
                                      **kw})
    return {p.program: p for p in screening.screen_application(app, day).programs}


def screen(day, program, **kw):
    return screen_all(day, [program], **kw)[program]


# --- ceilings and terms by date ---------------------------------------------------------------

@pytest.mark.parametrize("change,old,new", NDS)
def test_worker_ceiling_and_term_change_on_the_decree_dates(book, change, old, new):
    for name in ("programs.job_creation.worker_ceiling", "programs.job_creation.establishment_project_ceiling",
                 "programs.job_creation.establishment_ceiling_per_worker", "programs.job_creation.max_term_months",
                 "programs.job_creation.rate_ratio.general"):
        assert change in book.parameters[name].change_dates(), name
    before, on = change - dt.timedelta(days=1), change
    a, b = screen(before, "job_creation_worker"), screen(on, "job_creation_worker")
    assert a.rule_ids[0] == f"program.job_creation_worker.{old}" and b.rule_ids[0] == f"program.job_creation_worker.{new}"
    assert a.ceiling == param(book, "programs.job_creation.worker_ceiling", before)
    assert b.ceiling == param(book, "programs.job_creation.worker_ceiling", on)
    assert a.ceiling < b.ceiling
    assert a.max_term_months == param(book, "programs.job_creation.max_term_months", before)
    assert b.max_term_months == param(book, "programs.job_creation.max_term_months", on)


@pytest.mark.parametrize("change,old,new", NDS)
def test_establishment_ceiling_is_per_worker_capped_per_project(book, change, old, new):
    for day in (change - dt.timedelta(days=1), change):
        per = param(book, "programs.job_creation.establishment_ceiling_per_worker", day)
        project = param(book, "programs.job_creation.establishment_project_ceiling", day)
        few = screen(day, "job_creation_establishment", business={"supported_workers": 3})
        assert few.outcome == "eligible" and few.ceiling == min(project, 3 * per)
        many_workers = int(project // per) + 1
        many = screen(day, "job_creation_establishment", business={"supported_workers": many_workers})
        assert many.ceiling == project


def test_first_decree_applies_from_the_start_of_the_rulebook(book):
    p = screen(D(2016, 1, 1), "job_creation_worker")
    assert p.rule_ids[0] == "program.job_creation_worker.nd61_2015"
    assert p.ceiling == param(book, "programs.job_creation.worker_ceiling", D(2016, 1, 1))


# --- remaining amount (D8) --------------------------------------------------------------------

@pytest.mark.parametrize("day", [D(2019, 11, 7), D(2025, 12, 31), D(2026, 1, 1)])
def test_remaining_is_ceiling_minus_outstanding(book, day):
    cap = param(book, "programs.job_creation.worker_ceiling", day)
    loans = lambda amount: [{"program": "job_creation_worker", "outstanding": amount, "purpose": "chăn nuôi"}]
    p = screen(day, "job_creation_worker", purpose="chăn nuôi", existing_loans=loans(cap - 1))
    assert p.outcome == "eligible" and p.remaining_amount == 1
    q = screen(day, "job_creation_worker", purpose="chăn nuôi", existing_loans=loans(cap))
    assert q.outcome == "not_eligible" and q.remaining_amount is None
    assert any(f"Dư nợ hiện tại trong chương trình {fmt.money(cap)} không thấp hơn mức cho vay tối đa đối với người lao động "
               f"{fmt.money(cap)}" in r for r in q.reasons)


def test_outstanding_carried_across_the_2026_ceiling_rise(book):
    """A worker at the NĐ 74 ceiling may borrow the difference once NĐ 338 applies."""
    old = param(book, "programs.job_creation.worker_ceiling", D(2025, 12, 31))
    new = param(book, "programs.job_creation.worker_ceiling", D(2026, 1, 1))
    loans = [{"program": "job_creation_worker", "outstanding": old, "purpose": "chăn nuôi"}]
    assert screen(D(2025, 12, 31), "job_creation_worker", purpose="chăn nuôi", existing_loans=loans).outcome == "not_eligible"
    p = screen(D(2026, 1, 1), "job_creation_worker", purpose="chăn nuôi", existing_loans=loans)
    assert p.outcome == "eligible" and p.remaining_amount == new - old


# --- rates expressed from the poor-household rate ---------------------------------------------

def test_nd61_general_rate_equals_the_poor_rate(book):
    day = D(2018, 6, 1)
    assert screen(day, "job_creation_worker").interest_rate == round(param(book, "rates.poor", day), 4)


def test_nd74_general_rate_equals_the_near_poor_rate(book):
    day = D(2022, 6, 1)
    assert (param(book, "programs.job_creation.rate_ratio.general", day)
            == param(book, "programs.near_poor_households.rate_ratio", day))
    both = screen_all(day, ["job_creation_worker", "near_poor_households"])
    assert both["job_creation_worker"].interest_rate == both["near_poor_households"].interest_rate is not None


def test_nd74_preferential_rate_is_half_the_near_poor_rate(book):
    day = D(2022, 6, 1)
    p = screen(day, "job_creation_worker", job={"plan_confirmed": True, "preferential_group": True})
    near_poor = param(book, "programs.near_poor_households.rate_ratio", day) * param(book, "rates.poor", day)
    assert p.interest_rate == round(near_poor / 2, 4)


def test_nd338_rates(book):
    day = D(2026, 1, 1)
    poor = param(book, "rates.poor", day)
    general = screen(day, "job_creation_worker")
    assert general.interest_rate == round(param(book, "programs.job_creation.rate_ratio.general", day) * poor, 4)
    assert general.interest_rate > poor
    assert general.overdue_rate == round(general.interest_rate * param(book, "rates.overdue_ratio", day), 4)
    pref = screen(day, "job_creation_worker", job={"plan_confirmed": True, "preferential_group": True})
    assert pref.interest_rate == round(poor, 4)


@pytest.mark.parametrize("change,_o,_n", NDS)
def test_rate_changes_on_the_decree_dates(change, _o, _n):
    a = screen(change - dt.timedelta(days=1), "job_creation_worker")
    b = screen(change, "job_creation_worker")
    assert a.interest_rate is not None and b.interest_rate is not None and a.interest_rate != b.interest_rate


def test_nd61_preferential_rate_is_unknown_and_unverified():
    p = screen(D(2018, 6, 1), "job_creation_worker", job={"plan_confirmed": True, "preferential_group": True})
    assert p.outcome == "eligible" and p.interest_rate is None
    assert "programs.job_creation.rate_ratio.preferential" in p.unverified_basis


def test_rate_unknown_when_the_rate_group_is_not_given():
    p = screen(D(2026, 3, 1), "job_creation_worker", job={"plan_confirmed": True})
    assert p.outcome == "eligible" and p.interest_rate is None


# --- conditions ------------------------------------------------------------------------------

@pytest.mark.parametrize("program", ["job_creation_worker", "job_creation_establishment"])
def test_eligible_answers_are_marked_unverified(program):
    p = screen(D(2026, 3, 1), program, business={"supported_workers": 2})
    assert p.outcome == "eligible" and p.unverified
    assert p.rule_ids[0] in p.unverified_basis


@pytest.mark.parametrize("program", ["job_creation_worker", "job_creation_establishment"])
def test_plan_not_confirmed_is_refused_and_missing_needs_review(program):
    workers = {"supported_workers": 2}
    no = screen(D(2026, 3, 1), program, job={"plan_confirmed": False, "preferential_group": False}, business=workers)
    assert no.outcome == "not_eligible"
    assert any("Có dự án, phương án tạo việc làm được xác nhận: không — không đạt yêu cầu" in r for r in no.reasons)
    missing = screen(D(2026, 3, 1), program, job={"preferential_group": False}, business=workers)
    assert missing.outcome == "needs_review" and missing.missing_facts == ["job_creation_plan_confirmed"]


def test_worker_needs_the_general_household_rules():
    p = screen(D(2026, 3, 1), "job_creation_worker", lending={**LEND_OK, "resides_in_lending_commune": False})
    assert p.outcome == "not_eligible" and p.rule_ids == ["lending.residence"]


def test_establishment_is_not_a_household_borrower():
    p = screen(D(2026, 3, 1), "job_creation_establishment", lending={}, business={"supported_workers": 2})
    assert p.outcome == "eligible" and p.rule_ids == ["program.job_creation_establishment.nd338_2025"]


def test_establishment_without_worker_count_needs_review():
    p = screen(D(2026, 3, 1), "job_creation_establishment")
    assert p.outcome == "needs_review" and p.ceiling is None and p.remaining_amount is None
    assert "business_has_supported_workers" in p.missing_facts


def test_establishment_without_supported_workers_is_refused():
    p = screen(D(2026, 3, 1), "job_creation_establishment", business={"supported_workers": 0})
    assert p.outcome == "not_eligible"
    assert any("Dự án có lao động được tạo việc làm, hỗ trợ: không — không đạt yêu cầu" in r for r in p.reasons)


@pytest.mark.parametrize("day", [D(2019, 11, 7), D(2019, 11, 8), D(2026, 1, 1)])
def test_establishment_outstanding_at_the_per_worker_cap_is_refused(book, day):
    """Ceiling min(project, per worker × workers) − outstanding (D8): at the cap nothing is left."""
    per = param(book, "programs.job_creation.establishment_ceiling_per_worker", day)
    loans = lambda amount: [{"program": "job_creation_establishment", "outstanding": amount, "purpose": "may mặc"}]
    kw = dict(purpose="may mặc", business={"supported_workers": 3})
    edge = screen(day, "job_creation_establishment", existing_loans=loans(3 * per - 1), **kw)
    assert edge.outcome == "eligible" and edge.remaining_amount == 1
    full = screen(day, "job_creation_establishment", existing_loans=loans(3 * per), **kw)
    assert full.outcome == "not_eligible"
    assert any(f"Dư nợ hiện tại bình quân trên mỗi lao động được tạo việc làm, hỗ trợ {fmt.money(per, 'đồng/người')} "
               f"không thấp hơn mức cho vay tối đa trên mỗi lao động được tạo việc làm {fmt.money(per)}" in r
               for r in full.reasons)
