"""Social housing loans (NĐ 100/2024 from 01/08/2024, amended by NĐ 261/2025 from 10/10/2025; POLICY §4.9).

Programs social_housing_buy (80% of the contract value) and social_housing_build (70% of the
estimate, ≤ 1 bn, ≤ 70% of the collateral). Thresholds are read from rules/ for the edge cases; one
test per value pins what POLICY states, so a mis-typed parameter fails loudly.
"""
import datetime as dt

import pytest

from engine.law import rulebook
from engine.screening import screen as screening
from engine.facts.model import Application

BOOK = rulebook.default()
D = dt.date
START = D(2024, 8, 1)  # NĐ 100/2024
AMEND = D(2025, 10, 10)  # NĐ 261/2025
BUY, BUILD = "social_housing_buy", "social_housing_build"
CAP = "programs.social_housing.income_cap.{}"


def param(name, day):
    return BOOK.parameters[name].at(day)


def value(name, day):
    return param(name, day).value


def application(program, status=None, lending=None, existing=(), **social_housing):
    sh = {"group": "workers", "marital_situation": "single", "income_month": 12_000_000,
          "housing_condition_met": True, "investor_contract": True, "repayment_capacity": True,
          "contract_value": 1_000_000_000, "construction_estimate": 600_000_000, "collateral_value": 900_000_000}
    sh.update(social_housing)
    sh = {k: v for k, v in sh.items() if v is not None}
    household = {"household_id": "NOXH-1",
                 "residence": {"province_code": "01", "commune_code": "01001", "area": "urban"},
                 "members": [{"birth_date": "1990-05-01", "relation": "head"},
                             {"birth_date": "2015-02-01", "relation": "child"}],
                 "status_history": [{"status": status, "decision_date": "2015-06-01"}] if status else []}
    return Application.model_validate({
        "household": household, "programs": [program],
        "lending": lending if lending is not None else {"representative_full_capacity": True},
        "existing_loans": [{"program": program, "outstanding": o} for o in existing],
        "social_housing": sh})


def screen(app, day):
    (answer,) = screening.screen_application(app, day).programs
    return answer


def text(answer):
    return "\n".join(answer.reasons + answer.review_reasons)


# --- the values, as POLICY §4.2 / §4.9 state them -----------------------------------------------

def test_income_caps_change_on_10_10_2025_and_older_caps_are_unverified():
    before, on = AMEND - dt.timedelta(days=1), AMEND
    assert value(CAP.format("single"), before) == 15_000_000
    assert value(CAP.format("married"), before) == 30_000_000
    assert value(CAP.format("single_with_minor_child"), before) is None  # POLICY gives none (RH2)
    for situation in ("single", "married", "single_with_minor_child"):
        assert param(CAP.format(situation), before).source.confidence == "U"
        assert param(CAP.format(situation), on).source.confidence == "C2"
        assert "261/2025" in param(CAP.format(situation), on).source.instrument
    assert value(CAP.format("single"), on) == 20_000_000
    assert value(CAP.format("single_with_minor_child"), on) == 30_000_000
    assert value(CAP.format("married"), on) == 40_000_000
    assert param(CAP.format("single"), START - dt.timedelta(days=1)) is None  # NĐ 100/2024 not yet


def test_rate_by_date_ratios_term_and_ceiling_values():
    rate = "programs.social_housing.rate"
    assert value(rate, D(2023, 5, 10)) == 4.8
    assert value(rate, D(2024, 12, 31)) == 4.8
    assert value(rate, D(2025, 1, 1)) == 6.6
    assert value(rate, D(2025, 10, 9)) == 6.6
    assert value(rate, D(2025, 10, 10)) == 5.4
    assert value("programs.social_housing.ratio_buy", START) == 0.8
    assert value("programs.social_housing.ratio_build", START) == 0.7
    assert value("programs.social_housing.build_ceiling", START) == 1_000_000_000
    assert value("programs.social_housing.ratio_build_collateral", START) == 0.7
    assert value("programs.social_housing.max_term_months", START) == 25 * 12
    assert param("programs.social_housing.ratio_buy", START).source.confidence == "C2"
    assert param("programs.social_housing.ratio_build", START).source.confidence == "C1"


def test_rule_ids_are_stable():
    for program in (BUY, BUILD):
        ids = {r.id for r in BOOK.families[f"program.{program}"].rules}
        assert ids == {f"program.{program}.{x}" for x in
                       ("income_cap", "poor_near_poor", "merit_armed_forces", "housing_condition_not_met")}
        assert all(r.start == START and r.end == D(2030, 12, 31) for r in BOOK.families[f"program.{program}"].rules)


# --- in force from 01/08/2024 ----------------------------------------------------------------------

@pytest.mark.parametrize("program", [BUY, BUILD])
def test_program_starts_on_1_8_2024(program):
    app = application(program, income_month=15_000_000)
    before = screen(app, START - dt.timedelta(days=1))
    assert before.outcome == "not_eligible" and "không có quy định hiệu lực" in text(before)
    on = screen(app, START)
    assert on.outcome == "eligible"
    assert on.rule_ids == [f"program.{program}.income_cap", "lending.representative_adult"]


# --- income caps by date and marital situation -----------------------------------------------------

@pytest.mark.parametrize("program", [BUY, BUILD])
@pytest.mark.parametrize("situation", ["single", "single_with_minor_child", "married"])
def test_income_at_the_cap_is_eligible_one_dong_more_is_not(program, situation):
    cap = value(CAP.format(situation), AMEND)
    at = screen(application(program, marital_situation=situation, income_month=int(cap)), AMEND)
    assert at.outcome == "eligible"
    over = screen(application(program, marital_situation=situation, income_month=int(cap) + 1), AMEND)
    assert over.outcome == "not_eligible"
    seen, threshold = f"{int(cap) + 1:,}".replace(",", "."), f"{int(cap):,}".replace(",", ".")
    line = next(r for r in over.reasons if r.startswith("Thu nhập hằng tháng"))
    assert seen in line and threshold in line and "cao hơn" in line
    assert over.unverified is False  # the failed threshold is C2 from 10/10/2025


@pytest.mark.parametrize("program", [BUY, BUILD])
def test_single_20_million_day_before_and_day_of_10_10_2025(program):
    app = application(program, marital_situation="single", income_month=20_000_000)
    before = screen(app, AMEND - dt.timedelta(days=1))
    assert before.outcome == "not_eligible"
    assert "15.000.000" in text(before) and "căn cứ chưa xác minh" in text(before)
    assert before.unverified and CAP.format("single") in before.unverified_basis
    on = screen(app, AMEND)
    assert on.outcome == "eligible"
    assert CAP.format("single") not in on.unverified_basis


@pytest.mark.parametrize("program", [BUY, BUILD])
def test_couple_40_million_day_before_and_day_of_10_10_2025(program):
    app = application(program, marital_situation="married", income_month=40_000_000)
    assert screen(app, AMEND - dt.timedelta(days=1)).outcome == "not_eligible"
    assert screen(app, AMEND).outcome == "eligible"
    at_old_cap = screen(application(program, marital_situation="married", income_month=30_000_000),
                        AMEND - dt.timedelta(days=1))
    assert at_old_cap.outcome == "eligible"
    assert CAP.format("married") in at_old_cap.unverified_basis  # 30 M before 10/10/2025 is U


@pytest.mark.parametrize("program", [BUY, BUILD])
def test_single_parent_before_10_10_2025_needs_review_then_30_million(program):
    app = application(program, marital_situation="single_with_minor_child", income_month=25_000_000)
    before = screen(app, AMEND - dt.timedelta(days=1))
    assert before.outcome == "needs_review"
    assert CAP.format("single_with_minor_child") in before.unverified_basis
    assert "chưa có giá trị" in text(before)
    assert screen(app, AMEND).outcome == "eligible"


# --- groups (Housing Law 2023 Art. 76) --------------------------------------------------------------

@pytest.mark.parametrize("program", [BUY, BUILD])
@pytest.mark.parametrize("group", ["low_income_urban", "workers", "civil_servants"])
def test_capped_groups_are_eligible_under_the_cap(program, group):
    answer = screen(application(program, group=group), AMEND)
    assert answer.outcome == "eligible"
    assert answer.rule_ids[0] == f"program.{program}.income_cap"


@pytest.mark.parametrize("program", [BUY, BUILD])
def test_group_outside_article_76_is_refused_with_the_group_named(program):
    answer = screen(application(program, group="other"), AMEND)
    assert answer.outcome == "not_eligible"
    assert "không thuộc khoản 1–8 Điều 76" in text(answer)
    assert answer.rule_ids == [f"program.{program}.{x}" for x in ("income_cap", "poor_near_poor", "merit_armed_forces")]


@pytest.mark.parametrize("program", [BUY, BUILD])
@pytest.mark.parametrize("status", ["poor", "near_poor"])
def test_poor_and_near_poor_use_recognised_status_instead_of_the_cap(program, status):
    # income far above any cap: the poverty standard replaces it (U), recognised status decides (D5)
    answer = screen(application(program, status=status, group="poor_near_poor", income_month=90_000_000), AMEND)
    assert answer.outcome == "eligible"
    assert answer.rule_ids[0] == f"program.{program}.poor_near_poor"
    assert answer.unverified and f"program.{program}.poor_near_poor" in answer.unverified_basis


@pytest.mark.parametrize("program", [BUY, BUILD])
def test_poor_group_without_recognised_status_is_refused(program):
    answer = screen(application(program, status="escaped_poor", group="poor_near_poor"), AMEND)
    assert answer.outcome == "not_eligible"
    assert "hộ mới thoát nghèo" in text(answer)


@pytest.mark.parametrize("program", [BUY, BUILD])
@pytest.mark.parametrize("group", ["merit_people", "armed_forces"])
def test_clauses_1_and_7_need_review_because_their_income_condition_is_unknown(program, group):
    answer = screen(application(program, group=group, income_month=1_000_000), AMEND)
    assert answer.outcome == "needs_review"
    assert "programs.social_housing.income_cap_merit_armed_forces" in answer.unverified_basis
    assert answer.unverified


# --- housing condition (U) ----------------------------------------------------------------------------

@pytest.mark.parametrize("program", [BUY, BUILD])
def test_housing_condition_not_met_is_refused_and_marked_unverified(program):
    answer = screen(application(program, housing_condition_met=False), AMEND)
    assert answer.outcome == "not_eligible"
    assert answer.rule_ids == [f"program.{program}.housing_condition_not_met"]
    assert "Đáp ứng điều kiện về nhà ở" in text(answer) and ": không" in text(answer)
    assert answer.unverified and answer.unverified_basis == [f"program.{program}.housing_condition_not_met"]


@pytest.mark.parametrize("program", [BUY, BUILD])
def test_eligible_answers_rest_on_the_unverified_housing_condition(program):
    answer = screen(application(program), AMEND)
    assert answer.outcome == "eligible"
    assert answer.unverified and answer.unverified_basis == [f"program.{program}.income_cap"]
    assert any("Căn cứ chưa xác minh" in r for r in answer.review_reasons)


# --- conditions to buy (C1) ---------------------------------------------------------------------------

@pytest.mark.parametrize("field,label", [("investor_contract", "hợp đồng mua, thuê mua"),
                                         ("repayment_capacity", "khả năng trả nợ")])
def test_buy_needs_the_investor_contract_and_repayment_capacity(field, label):
    refused = screen(application(BUY, **{field: False}), AMEND)
    assert refused.outcome == "not_eligible"
    assert label in text(refused) and "không đạt yêu cầu" in text(refused)
    assert screen(application(BUILD, **{field: False}), AMEND).outcome == "eligible"  # buy only
    missing = screen(application(BUY, **{field: None}), AMEND)
    assert missing.outcome == "needs_review"
    assert missing.missing_facts == [f"social_housing_{field}"]


# --- missing facts -----------------------------------------------------------------------------------

@pytest.mark.parametrize("program", [BUY, BUILD])
@pytest.mark.parametrize("field", ["income_month", "marital_situation", "housing_condition_met", "group"])
def test_missing_fact_gives_needs_review_naming_it(program, field):
    answer = screen(application(program, **{field: None}), AMEND)
    assert answer.outcome == "needs_review"
    assert f"social_housing_{field}" in answer.missing_facts
    assert any(r.startswith("Thiếu dữ liệu: ") for r in answer.review_reasons)


# --- general rules: lent directly by VBSP ------------------------------------------------------------

@pytest.mark.parametrize("program", [BUY, BUILD])
def test_only_the_borrower_capacity_rule_applies(program):
    refused = screen(application(program, lending={"representative_full_capacity": False}), AMEND)
    assert refused.outcome == "not_eligible" and refused.rule_ids == ["lending.representative_adult"]
    no_group = {"representative_full_capacity": True, "resides_in_lending_commune": False,
                "savings_group_member": False, "selected_at_group_meeting": False, "commune_certified": False}
    assert screen(application(program, lending=no_group), AMEND).outcome == "eligible"


# --- amounts, term and rate ---------------------------------------------------------------------------

def test_buy_ceiling_is_80_percent_of_the_contract_value_minus_outstanding():
    answer = screen(application(BUY, contract_value=1_000_000_000), AMEND)
    assert (answer.ceiling, answer.remaining_amount) == (800_000_000, 800_000_000)
    contract = 1_234_567_891
    expected = round(value("programs.social_housing.ratio_buy", AMEND) * contract)
    answer = screen(application(BUY, contract_value=contract, existing=[100_000_000]), AMEND)
    assert answer.ceiling == expected
    assert answer.outstanding == 100_000_000 and answer.remaining_amount == expected - 100_000_000
    full = screen(application(BUY, contract_value=contract, existing=[expected + 1]), AMEND)
    assert full.remaining_amount == 0


@pytest.mark.parametrize("estimate,collateral,expected", [
    (600_000_000, 900_000_000, 420_000_000),      # 70% of the estimate is the lowest
    (2_000_000_000, 2_000_000_000, 1_000_000_000),  # the 1 bn ceiling
    (1_000_000_000, 400_000_000, 280_000_000),    # 70% of the collateral is the lowest
])
def test_build_ceiling_is_the_lowest_of_70_percent_estimate_1_billion_70_percent_collateral(estimate, collateral, expected):
    answer = screen(application(BUILD, construction_estimate=estimate, collateral_value=collateral, existing=[50_000_000]), AMEND)
    assert answer.outcome == "eligible"
    assert answer.ceiling == expected
    assert answer.remaining_amount == expected - 50_000_000


def test_build_ceiling_formula_against_the_parameters():
    estimate, collateral = 1_428_571_430, 1_428_571_420
    limits = [value("programs.social_housing.ratio_build", AMEND) * estimate,
              value("programs.social_housing.build_ceiling", AMEND),
              value("programs.social_housing.ratio_build_collateral", AMEND) * collateral]
    answer = screen(application(BUILD, construction_estimate=estimate, collateral_value=collateral), AMEND)
    assert answer.ceiling == round(min(limits))
    assert answer.ceiling < 1_000_000_000  # the collateral bound, 1 bn minus a few đồng


def test_amount_is_unknown_not_guessed_without_the_contract_value():
    answer = screen(application(BUY, contract_value=None), AMEND)
    assert answer.ceiling is None and answer.remaining_amount is None


@pytest.mark.parametrize("day,rate", [(START, 4.8), (D(2024, 12, 31), 4.8), (D(2025, 1, 1), 6.6),
                                      (D(2025, 10, 9), 6.6), (AMEND, 5.4)])
@pytest.mark.parametrize("program", [BUY, BUILD])
def test_rate_and_term_by_date(program, day, rate):
    answer = screen(application(program, marital_situation="married", income_month=25_000_000), day)
    assert answer.outcome == "eligible"
    assert answer.interest_rate == rate
    assert answer.overdue_rate == round(rate * value("rates.overdue_ratio", day), 4)
    assert answer.max_term_months == 300


def test_papers_carry_citations_and_flag_the_unverified_ones():
    answer = screen(application(BUY), AMEND)
    assert any("Hợp đồng mua, thuê mua nhà ở xã hội ký với chủ đầu tư" in p for p in answer.papers)
    assert any("điều kiện về nhà ở" in p and p.endswith("căn cứ chưa xác minh") for p in answer.papers)
    assert any(c.instrument.startswith("Nghị định 261/2025") for c in answer.citations)


def test_build_is_refused_once_the_outstanding_reaches_1_billion():
    cap = int(value("programs.social_housing.build_ceiling", AMEND))
    big = {"construction_estimate": 3_000_000_000, "collateral_value": 3_000_000_000}
    room = screen(application(BUILD, existing=[cap - 1], **big), AMEND)
    assert room.outcome == "eligible" and room.remaining_amount == 1
    full = screen(application(BUILD, existing=[cap], **big), AMEND)
    assert full.outcome == "not_eligible"
    line = next(r for r in full.reasons if r.startswith("Dư nợ"))
    assert "1.000.000.000" in line and "không thấp hơn" in line
