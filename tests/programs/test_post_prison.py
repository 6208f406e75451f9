"""People who completed a prison sentence (QĐ 22/2023, from 10/10/2023): vocational, production and
business variants. Amounts read from rules/.

Window reading (written down as asked): "borrows within 5 years of completion" holds while the whole
years elapsed since the completion date are fewer than 5. With completion on 10/10/2020, 09/10/2025 (the
day before the 5th anniversary) is inside and 10/10/2025 (the anniversary) is outside — the same counting
as the 36-month newly-escaped window (D4). See docs/decisions.md.
"""
from __future__ import annotations

import datetime as dt

import pytest

from engine.decisions import fmt
from engine.screening import screen as screening
from engine.facts.model import Application
from program_support import LEND_OK, param

D = dt.date
DAY = D(2025, 12, 14)




def household():
    return {"household_id": "T-PRI-1", "residence": {"province_code": "40", "commune_code": "40010", "area": "rural"},
            "members": [{"birth_date": "1960-05-05", "relation": "head"}, {"birth_date": "1990-07-07", "relation": "child"}]}


def prison(**kw):
    base = dict(member=2, completion_date="2023-03-01", certificate=True, on_police_list=True,
                commune_confirmed=True, loan_need=True)
    base.update(kw)
    return base


def screen(program, day=DAY, lending=None, **kw):
    kw.setdefault("prison", prison())
    kw.setdefault("household", household())
    app = Application.model_validate({"programs": [program], "lending": LEND_OK if lending is None else lending, **kw})
    (p,) = screening.screen_application(app, day).programs
    assert p.program == program
    return p


INDIVIDUAL = ["post_prison_vocational", "post_prison_production"]


# --- in force from 10/10/2023 ----------------------------------------------------------------

@pytest.mark.parametrize("program", INDIVIDUAL)
def test_program_starts_on_10_10_2023(program):
    pr = prison(completion_date="2022-01-01")
    before, on = screen(program, D(2023, 10, 9), prison=pr), screen(program, D(2023, 10, 10), prison=pr)
    assert before.outcome == "not_eligible" and "không có quy định hiệu lực" in before.reasons[0]
    assert on.outcome == "eligible" and on.rule_ids[0] == f"program.{program}.qd22_2023"


# --- the 5-year window -------------------------------------------------------------------------

@pytest.mark.parametrize("program", INDIVIDUAL)
def test_window_day_before_and_on_the_fifth_anniversary(book, program):
    years = param(book, "programs.post_prison.window_years", DAY)
    done = D(2020, 10, 10)
    anniversary = done.replace(year=done.year + int(years))
    pr = prison(completion_date=done.isoformat())
    inside = screen(program, anniversary - dt.timedelta(days=1), prison=pr)
    assert inside.outcome == "eligible"
    outside = screen(program, anniversary, prison=pr)
    assert outside.outcome == "not_eligible"
    text = "\n".join(outside.reasons)
    assert (f"Số năm tròn kể từ ngày chấp hành xong án phạt tù {fmt.number(years)} năm không thấp hơn "
            f"thời hạn được vay kể từ khi chấp hành xong án phạt tù {fmt.number(years)} năm") in text
    assert "Quyết định 22/2023/QĐ-TTg" in text


def test_completion_after_the_reference_date_needs_review():
    p = screen("post_prison_production", prison=prison(completion_date="2026-01-01"))
    assert p.outcome == "needs_review" and p.missing_facts == ["prison_years_since_completion"]


# --- each condition ----------------------------------------------------------------------------

CONDITIONS = [("certificate", "prison_certificate", "Có giấy chứng nhận chấp hành xong án phạt tù"),
              ("loan_need", "prison_loan_need", "Có nhu cầu vay vốn"),
              ("on_police_list", "prison_on_police_list", "Có tên trong danh sách người chấp hành xong án phạt tù"),
              ("commune_confirmed", "prison_commune_confirmed", "Danh sách được UBND xã xác nhận (mẫu 01)")]


@pytest.mark.parametrize("program", INDIVIDUAL)
@pytest.mark.parametrize("field,fact,label", CONDITIONS)
def test_each_condition_failed_and_missing(program, field, fact, label):
    no = screen(program, prison=prison(**{field: False}))
    assert no.outcome == "not_eligible" and no.rule_ids == [f"program.{program}.qd22_2023"]
    assert any(r.startswith(label) and r.endswith(": không — không đạt yêu cầu") for r in no.reasons)
    missing = screen(program, prison=prison(**{field: None}))
    assert missing.outcome == "needs_review" and missing.missing_facts == [fact]


@pytest.mark.parametrize("program", INDIVIDUAL)
def test_all_conditions_held(program):
    p = screen(program)
    assert p.outcome == "eligible"
    text = "\n".join(p.reasons)
    for _f, _fact, label in CONDITIONS:
        assert label in text


# --- same-purpose exclusion --------------------------------------------------------------------

@pytest.mark.parametrize("program", INDIVIDUAL + ["post_prison_business"])
def test_same_purpose_loan_elsewhere_excludes(program):
    loans = [{"program": "poor_households", "outstanding": 20_000_000, "purpose": " Chăn nuôi "}]
    kw = dict(purpose="chăn nuôi", existing_loans=loans)
    if program == "post_prison_business":
        kw["business"] = dict(lawfully_operating=True, workers_total=10, returnee_workers=1, plan_confirmed=True)
    p = screen(program, **kw)
    assert p.outcome == "not_eligible"
    assert p.rule_ids == [f"program.{program}.same_purpose_exclusion"]
    assert p.reasons[0].startswith("Đang còn dư nợ cùng mục đích") or p.reasons[0].startswith("Cơ sở đang còn dư nợ")
    assert any("Đang còn dư nợ cùng mục đích ở chương trình khác của NHCSXH: có" in r for r in p.reasons)


def test_other_purpose_or_repaid_loan_does_not_exclude():
    other = [{"program": "poor_households", "outstanding": 20_000_000, "purpose": "sửa nhà"}]
    assert screen("post_prison_production", purpose="chăn nuôi", existing_loans=other).outcome == "eligible"
    repaid = [{"program": "poor_households", "outstanding": 0, "purpose": "chăn nuôi"}]
    assert screen("post_prison_production", purpose="chăn nuôi", existing_loans=repaid).outcome == "eligible"


def test_unknown_purpose_with_other_loans_needs_review():
    loans = [{"program": "poor_households", "outstanding": 20_000_000, "purpose": "chăn nuôi"}]
    p = screen("post_prison_production", existing_loans=loans)
    assert p.outcome == "needs_review" and p.missing_facts == ["has_same_purpose_loan_elsewhere"]


def test_exclusion_wins_over_a_failed_condition():
    loans = [{"program": "near_poor_households", "outstanding": 1, "purpose": "học nghề"}]
    p = screen("post_prison_vocational", purpose="học nghề", existing_loans=loans, prison=prison(certificate=False))
    assert p.rule_ids == ["program.post_prison_vocational.same_purpose_exclusion"]


# --- vocational: monthly ceiling -------------------------------------------------------------

def test_vocational_monthly_ceiling_rate_and_unknown_term(book):
    p = screen("post_prison_vocational")
    assert p.amount_unit == "đồng/tháng"
    assert p.ceiling == p.remaining_amount == param(book, "programs.post_prison.vocational_monthly_ceiling", DAY)
    rate = param(book, "rates.poor", DAY)
    assert p.interest_rate == round(rate, 4)
    assert p.overdue_rate == round(rate * param(book, "rates.overdue_ratio", DAY), 4)
    assert p.max_term_months is None
    assert p.unverified and "programs.post_prison.vocational_max_term_months" in p.unverified_basis


# --- production: ceiling minus outstanding (D8) ------------------------------------------------

def test_production_remaining_is_ceiling_minus_outstanding(book):
    cap = param(book, "programs.post_prison.production_ceiling", DAY)
    loans = lambda amount: [{"program": "post_prison_production", "outstanding": amount, "purpose": "chăn nuôi"}]
    p = screen("post_prison_production", purpose="chăn nuôi", existing_loans=loans(30_000_000))
    assert p.outcome == "eligible" and p.ceiling == cap and p.outstanding == 30_000_000
    assert p.remaining_amount == cap - 30_000_000
    edge = screen("post_prison_production", purpose="chăn nuôi", existing_loans=loans(cap - 1))
    assert edge.outcome == "eligible" and edge.remaining_amount == 1
    full = screen("post_prison_production", purpose="chăn nuôi", existing_loans=loans(cap))
    assert full.outcome == "not_eligible" and full.remaining_amount is None
    assert any(f"Dư nợ hiện tại trong chương trình {fmt.money(cap)} không thấp hơn mức cho vay sản xuất, kinh doanh tối đa "
               f"{fmt.money(cap)}" in r for r in full.reasons)


def test_production_term_is_unverified(book):
    p = screen("post_prison_production")
    assert p.max_term_months == param(book, "programs.post_prison.production_max_term_months", DAY)
    assert p.unverified and p.unverified_basis == ["programs.post_prison.production_max_term_months"]


def test_request_above_remaining_is_flagged(book):
    cap = param(book, "programs.post_prison.production_ceiling", DAY)
    p = screen("post_prison_production", requested_amount=cap + 1)
    assert p.outcome == "eligible"
    assert any("vượt số còn có thể vay" in r for r in p.review_reasons)


# --- borrower: household or the returnee directly ----------------------------------------------

@pytest.mark.parametrize("program", INDIVIDUAL)
def test_no_adult_representative_needed(program):
    hh = household()
    hh["members"] = [{"birth_date": "2008-01-01", "relation": "head"}, {"birth_date": "1990-07-07", "relation": "sibling"}]
    p = screen(program, household=hh, lending={**LEND_OK, "representative_full_capacity": False})
    assert p.outcome == "eligible" and "lending.representative_adult" not in p.rule_ids


@pytest.mark.parametrize("program", INDIVIDUAL)
def test_entrusted_lending_rules_apply(program):
    p = screen(program, lending={**LEND_OK, "selected_at_group_meeting": False})
    assert p.outcome == "not_eligible" and p.rule_ids == ["lending.group_selection"]


# --- business variant --------------------------------------------------------------------------

def business(**kw):
    base = dict(lawfully_operating=True, workers_total=30, returnee_workers=3, plan_confirmed=True)
    base.update(kw)
    return base


def test_business_share_edge(book):
    share = param(book, "programs.post_prison.business_min_returnee_share", DAY)
    total = 30
    at = int(total * share / 100)
    assert at * 100 == total * share
    ok = screen("post_prison_business", business=business(workers_total=total, returnee_workers=at))
    assert ok.outcome == "eligible" and ok.rule_ids == ["program.post_prison_business.qd22_2023"]
    low = screen("post_prison_business", business=business(workers_total=total, returnee_workers=at - 1))
    assert low.outcome == "not_eligible"
    seen = round(100 * (at - 1) / total, 6)
    assert any(f"{fmt.number(seen)} % thấp hơn tỷ lệ lao động tối thiểu là người chấp hành xong án phạt tù "
               f"{fmt.number(share)} %" in r for r in low.reasons)


@pytest.mark.parametrize("field,fact", [("lawfully_operating", "business_lawfully_operating"),
                                        ("plan_confirmed", "business_plan_confirmed")])
def test_business_conditions_failed_and_missing(field, fact):
    assert screen("post_prison_business", business=business(**{field: False})).outcome == "not_eligible"
    p = screen("post_prison_business", business=business(**{field: None}))
    assert p.outcome == "needs_review" and p.missing_facts == [fact]


def test_business_without_workers_needs_review():
    p = screen("post_prison_business", business=business(workers_total=0, returnee_workers=0))
    assert p.outcome == "needs_review" and "business_returnee_share" in p.missing_facts


def test_business_ceiling_per_returnee_and_per_project(book):
    per = param(book, "programs.post_prison.business_ceiling_per_returnee", DAY)
    project = param(book, "programs.post_prison.business_project_ceiling", DAY)
    loans = [{"program": "post_prison_business", "outstanding": 50_000_000, "purpose": "may mặc"}]
    p = screen("post_prison_business", purpose="may mặc", existing_loans=loans, business=business())
    assert p.ceiling == min(project, 3 * per)
    assert p.remaining_amount == p.ceiling - 50_000_000
    many = int(project // per) + 5
    q = screen("post_prison_business", business=business(workers_total=many * 2, returnee_workers=many))
    assert q.ceiling == project
    r = screen("post_prison_business", business=business(returnee_workers=None, workers_total=None))
    assert r.outcome == "needs_review" and r.ceiling is None


def test_business_outstanding_at_the_per_returnee_cap_is_refused(book):
    """Ceiling min(project, per returnee × returnees) − outstanding (D8): at the cap nothing is left."""
    per = param(book, "programs.post_prison.business_ceiling_per_returnee", DAY)
    cap = 2 * per
    loans = lambda amount: [{"program": "post_prison_business", "outstanding": amount, "purpose": "may mặc"}]
    b = business(workers_total=20, returnee_workers=2)
    edge = screen("post_prison_business", purpose="may mặc", existing_loans=loans(cap - 1), business=b)
    assert edge.outcome == "eligible" and edge.remaining_amount == 1
    full = screen("post_prison_business", purpose="may mặc", existing_loans=loans(cap), business=b)
    assert full.outcome == "not_eligible" and full.remaining_amount is None
    assert any(f"Dư nợ hiện tại bình quân trên mỗi lao động là người chấp hành xong án phạt tù {fmt.money(per, 'đồng/người')} "
               f"không thấp hơn mức cho vay tối đa trên mỗi lao động là người chấp hành xong án phạt tù {fmt.money(per)}"
               in r for r in full.reasons)


def test_business_outstanding_at_project_cap_is_refused(book):
    project = param(book, "programs.post_prison.business_project_ceiling", DAY)
    loans = [{"program": "post_prison_business", "outstanding": project, "purpose": "may mặc"}]
    p = screen("post_prison_business", purpose="may mặc", existing_loans=loans, business=business())
    assert p.outcome == "not_eligible"


def test_business_is_lent_directly_without_household_rules(book):
    p = screen("post_prison_business", business=business(), lending={})
    assert p.outcome == "eligible"
    assert p.rule_ids == ["program.post_prison_business.qd22_2023"]
    assert p.interest_rate == round(param(book, "rates.poor", DAY), 4)
    assert p.max_term_months == param(book, "programs.post_prison.business_max_term_months", DAY)
    assert p.unverified and "programs.post_prison.business_max_term_months" in p.unverified_basis
    assert any("Tài sản bảo đảm" in paper for paper in p.papers)
