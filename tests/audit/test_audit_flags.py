"""Each flag family planted in small frames and found — and its clean twin left alone.

Thresholds come from rules/ through ``param`` / ``line``; the dates of a window are computed from the
window's own parameter, so these tests follow the law if rules/ changes.
"""
from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest
from audit_builders import (DAY, codes, decision, flags, household, line, loan, member, param, run)

from engine.audit import AuditSettings
from engine.audit import catalogue
from engine.audit.catalogue import FAMILIES, FLAGS


def months_later(date: str, months: int, days: int = 0) -> str:
    return (pd.Timestamp(date) + pd.DateOffset(months=months) + pd.Timedelta(days=days)).date().isoformat()


def years_later(date: str, years: int, days: int = 0) -> str:
    return (pd.Timestamp(date) + pd.DateOffset(years=years) + pd.Timedelta(days=days)).date().isoformat()


# ------------------------------------------------------------------ inclusion / exclusion (D5, S9)

def test_listed_poor_computed_otherwise_is_an_inclusion_error():
    top = int(param("poverty.average_income_top.rural"))
    r = run([household("H1", income=top + 1), household("H2", income=line() - 1, deprived=3)],
            decisions=[decision("H1", "poor", "2024-12-15"), decision("H2", "poor", "2024-12-15")])
    f = flags(r, "inclusion.listed_not_computed", household="H1")
    assert len(f) == 1 and f.iloc[0]["severity"] == "high"
    assert "hộ nghèo" in f.iloc[0]["message"] and catalogue.READING_STATUS in f.iloc[0]["citation"]
    assert "Nghị định 07/2021/NĐ-CP" in f.iloc[0]["citation"]
    v = json.loads(f.iloc[0]["values"])
    assert v["recognised_status"] == "poor" and v["computed"] == "none" and v["income_pc_month"] == top + 1
    assert "inclusion.listed_not_computed" not in codes(r, household="H2")  # listed poor and computed poor


def test_computed_poor_not_on_the_list_is_an_exclusion_error():
    r = run([household("H1", income=line() - 1, deprived=3), household("H2", income=line() - 1),
             household("H3", income=line() + 1)])
    assert flags(r, "exclusion.computed_not_listed", household="H1")["message"].str.contains("Hộ nghèo").all()
    assert len(flags(r, "exclusion.computed_not_listed", household="H2")) == 1  # near-poor, not listed
    assert not len(flags(r, "exclusion.computed_not_listed", household="H3"))


def test_loan_without_the_status_at_disbursement():
    r = run([household("H1", income=line() - 1), household("H2", income=line() - 1, deprived=3),
             household("H3", income=line() - 1, deprived=3)],
            decisions=[decision("H1", "near_poor", "2024-12-15"), decision("H2", "poor", "2024-12-15"),
                       decision("H3", "poor", "2025-06-01")],
            loans=[loan("H1", loan_id="A1", program="poor_households", date="2025-03-01"),
                   loan("H2", loan_id="A2", program="poor_households", date="2025-03-01"),
                   loan("H3", loan_id="A3", program="poor_households", date="2025-03-01")])
    f = flags(r, "inclusion.loan_without_status", loan="A1")
    assert len(f) == 1 and "'hộ nghèo'" in f.iloc[0]["message"] and "hộ cận nghèo" in f.iloc[0]["message"]
    assert "program.poor_households.eligible" in f.iloc[0]["citation"]
    assert not len(flags(r, "inclusion.loan_without_status", loan="A2"))
    later = flags(r, "inclusion.loan_without_status", loan="A3")  # recognised only after the loan (S1)
    assert len(later) == 1 and "sau ngày giải ngân" in later.iloc[0]["message"]


def test_rural_water_loan_for_an_urban_household():
    r = run([household("H1", area="urban", income=line("urban") - 1), household("H2", income=line() - 1)],
            loans=[loan("H1", loan_id="W1", program="water_sanitation", purpose="Xây nhà tiêu hợp vệ sinh",
                        amount=10_000_000),
                   loan("H2", loan_id="W2", program="water_sanitation", purpose="Xây nhà tiêu hợp vệ sinh",
                        amount=10_000_000)])
    f = flags(r, "inclusion.loan_area_not_rural", loan="W1")
    assert len(f) == 1 and "program.rural_sanitation" in f.iloc[0]["citation"]
    assert not len(flags(r, "inclusion.loan_area_not_rural", loan="W2"))


def test_outreach_list_eligible_households_without_a_loan():
    r = run([household("H1", income=line() - 1, deprived=3, loan_need=True), household("H2", income=line() - 1),
             household("H3", income=line() - 1, deprived=3, loan_need=False), household("H4", income=line() - 1)],
            decisions=[decision(h, s, "2024-12-15") for h, s in
                       (("H1", "poor"), ("H2", "near_poor"), ("H3", "poor"), ("H4", "near_poor"))],
            loans=[loan("H4", program="near_poor_households")])
    f = flags(r, "exclusion.outreach_no_loan")
    assert set(f["household_id"]) == {"H1", "H2"}  # H3 said no need, H4 has a loan
    assert f.set_index("household_id").loc["H1", "severity"] == "medium"  # need recorded
    assert f.set_index("household_id").loc["H2", "severity"] == "low"  # need not recorded
    assert "Cho vay hộ nghèo" in f.set_index("household_id").loc["H1", "message"]


def test_no_outreach_list_without_a_loan_book():
    r = run([household("H1", income=line() - 1, deprived=3)], decisions=[decision("H1", "poor", "2024-12-15")])
    assert not len(flags(r, "exclusion.outreach_no_loan"))


# ------------------------------------------------------------------ windows

def test_newly_escaped_loan_after_the_window():
    window = int(param("programs.newly_escaped_households.window_months"))
    esc = "2021-12-15"
    r = run([household(h, income=line() + 100_000) for h in ("H1", "H2")],
            decisions=[decision("H1", "escaped_poor", esc), decision("H2", "escaped_near_poor", esc)],
            loans=[loan("H1", loan_id="E1", program="newly_escaped_households", date=months_later(esc, window)),
                   loan("H2", loan_id="E2", program="newly_escaped_households", date=months_later(esc, window, days=-1))])
    f = flags(r, "window.newly_escaped_expired", loan="E1")
    assert len(f) == 1 and json.loads(f.iloc[0]["values"])["months_since_status_decision"] == window
    assert "programs.newly_escaped_households.window_months" in f.iloc[0]["citation"]
    assert not len(flags(r, "window.newly_escaped_expired", loan="E2"))  # the whole last month is inside (D4)


def test_post_prison_loan_after_five_years():
    years = int(param("programs.post_prison.window_years"))
    done = "2019-12-01"  # + the window falls after QĐ 22/2023 took effect
    r = run([household(h, income=line() + 100_000) for h in ("H1", "H2", "H3")],
            loans=[loan("H1", loan_id="P1", program="post_prison_production", date=years_later(done, years),
                        sentence_completion_date=done),
                   loan("H2", loan_id="P2", program="post_prison_production", date=years_later(done, years, days=-1),
                        sentence_completion_date=done),
                   loan("H3", loan_id="P3", program="post_prison_production", date="2025-01-01")])
    assert len(flags(r, "window.post_prison_expired", loan="P1")) == 1
    assert not len(flags(r, "window.post_prison_expired", loan="P2"))
    missing = flags(r, "review.missing_data", loan="P3")  # no completion date: cannot check, says so
    assert len(missing) == 1 and "chấp hành xong án phạt tù" in missing.iloc[0]["message"]


# ------------------------------------------------------------------ ceilings, same purpose

def test_outstanding_above_the_ceiling_at_disbursement():
    cap = int(param("programs.poor_households.ceiling", dt.date(2025, 1, 1)))
    r = run([household("H1", income=line() - 1, deprived=3), household("H2", income=line() - 1, deprived=3)],
            decisions=[decision("H1", "poor", "2023-12-15"), decision("H2", "poor", "2023-12-15")],
            loans=[loan("H1", loan_id="C1", amount=cap // 2 + 1, date="2024-03-01"),
                   loan("H1", loan_id="C2", amount=cap // 2, date="2025-01-01"),
                   loan("H2", loan_id="C3", amount=cap // 2, date="2024-03-01"),
                   loan("H2", loan_id="C4", amount=cap // 2, date="2025-01-01")])
    f = flags(r, "ceiling.above_ceiling")
    assert list(f["loan_id"]) == ["C2"]  # C1 alone is under; H2's two halves make exactly the ceiling
    v = json.loads(f.iloc[0]["values"])
    assert v["ceiling"] == cap and v["total"] == cap + 1 and v["parameter"] == "programs.poor_households.ceiling"


def test_water_and_sanitation_ceiling_is_per_type_of_work():
    cap = int(param("programs.rural_water_sanitation.ceiling_per_work", dt.date(2025, 1, 1)))
    r = run([household("H1", income=line() + 100_000), household("H2", income=line() + 100_000)],
            loans=[loan("H1", loan_id="W1", program="water_sanitation", purpose="Giếng khoan, bể nước", amount=cap,
                        date="2024-10-01"),
                   loan("H1", loan_id="W2", program="water_sanitation", purpose="Nhà tiêu tự hoại", amount=cap,
                        date="2025-01-01"),
                   loan("H2", loan_id="W3", program="water_sanitation", purpose="Nước sạch", amount=cap,
                        date="2024-10-01"),
                   loan("H2", loan_id="W4", program="water_sanitation", purpose="Lắp bồn chứa nước sạch", amount=1,
                        date="2025-01-01")])
    assert list(flags(r, "ceiling.above_ceiling")["loan_id"]) == ["W4"]  # W1 + W2: one of each type, both at the cap


def test_same_purpose_under_two_programs():
    r = run([household("H1", income=line() - 1), household("H2", income=line() - 1)],
            decisions=[decision("H1", "near_poor", "2024-12-15"), decision("H2", "near_poor", "2024-12-15")],
            loans=[loan("H1", loan_id="S1", program="near_poor_households", purpose="Chăn nuôi bò"),
                   loan("H1", loan_id="S2", program="job_creation_worker", purpose="chăn nuôi bò"),
                   loan("H2", loan_id="S3", program="near_poor_households", purpose="Chăn nuôi bò"),
                   loan("H2", loan_id="S4", program="job_creation_worker", purpose="Trồng cà phê")])
    f = flags(r, "ceiling.same_purpose")
    assert set(f["loan_id"]) == {"S1", "S2"}
    assert "S2" in f.set_index("loan_id").loc["S1", "message"]  # names the other loan
    assert "tín hiệu kỹ thuật, không phải quy định pháp luật" in f.iloc[0]["citation"]


# ------------------------------------------------------------------ vay ké, misuse

def test_borrower_not_a_member_of_the_household():
    r = run([household("H1", income=line() - 1)],
            members=[member("H1", cccd="001080000001", full_name="Nguyễn Văn An")],
            decisions=[decision("H1", "near_poor", "2024-12-15")],
            loans=[loan("H1", loan_id="B1", program="near_poor_households", borrower_cccd="001080000001"),
                   loan("H1", loan_id="B2", program="near_poor_households", borrower_cccd="038190012345", date="2025-04-01"),
                   loan("H1", loan_id="B3", program="near_poor_households", borrower_name="nguyen van an", date="2025-05-01")])
    f = flags(r, "misuse.borrower_not_member")
    assert list(f["loan_id"]) == ["B2"]
    assert "********2345" in f.iloc[0]["message"] and "038190012345" not in r.flags.to_csv()


def test_same_cccd_in_two_households_and_under_two_names():
    r = run([household("H1", income=line() + 100_000), household("H2", income=line() + 100_000)],
            members=[member("H1", cccd="001080000001"), member("H2", cccd="001080000001"),
                     member("H2", cccd="001080000002", relation="spouse")],
            loans=[loan("H2", loan_id="N1", program="job_creation_worker", borrower_cccd="001080000002",
                        borrower_name="Trần Thị Bình"),
                   loan("H2", loan_id="N2", program="students", borrower_cccd="001080000002",
                        borrower_name="Lê Văn Cường")])
    f = flags(r, "misuse.cccd_several_households")
    assert set(f["household_id"]) == {"H1", "H2"} and f["message"].str.contains("\\*{8}0001").all()
    assert set(flags(r, "misuse.cccd_several_names")["loan_id"]) == {"N1", "N2"}
    assert "001080000001" not in r.flags.to_csv() and "Trần Thị Bình" not in r.flags.to_csv()


def test_one_person_and_one_leader_with_many_loans():
    s = AuditSettings(person_many_loans=3, leader_many_loans=3, leader_many_groups=2)
    hh = [household(f"H{i}", income=line() + 100_000) for i in range(1, 6)]
    loans = [loan("H1", program="job_creation_worker", borrower_cccd="001080000009", group_leader="Tổ trưởng A")
             for _ in range(3)]
    loans += [loan(f"H{i}", program="job_creation_worker", group_leader="Tổ trưởng B", savings_group=g)
              for i, g in ((2, "Tổ 2"), (3, "Tổ 3"))]
    r = run(hh, loans=loans, settings=s)
    assert len(flags(r, "misuse.person_many_loans")) == 3
    lead = flags(r, "misuse.leader_many_loans")
    assert len(lead) == 1 and "Tổ 2; Tổ 3" in lead.iloc[0]["message"]  # leader B: two groups
    assert "Tổ trưởng" in lead.iloc[0]["message"] and "Tổ trưởng B" not in lead.iloc[0]["message"]
    assert "không phải quy định pháp luật" in lead.iloc[0]["citation"]
    r2 = run(hh, loans=loans)  # default settings: three loans, two groups → only the groups rule
    assert not len(flags(r2, "misuse.person_many_loans"))


def test_borrower_under_the_minimum_age():
    age = int(param("lending.min_borrower_age"))
    birth = pd.Timestamp("2025-03-01") - pd.DateOffset(years=age) + pd.Timedelta(days=1)
    r = run([household("H1", income=line() - 1)],
            members=[member("H1"), member("H1", relation="child", birth=birth.date().isoformat(),
                                          cccd="001207000001")],
            decisions=[decision("H1", "near_poor", "2024-12-15")],
            loans=[loan("H1", loan_id="Y1", program="near_poor_households", borrower_cccd="001207000001", date="2025-03-01"),
                   loan("H1", loan_id="Y2", program="near_poor_households", borrower_birth_date="1980-03-15", date="2025-04-01")])
    f = flags(r, "misuse.borrower_under_age")
    assert list(f["loan_id"]) == ["Y1"]
    assert json.loads(f.iloc[0]["values"])["borrower_age"] == age - 1


# ------------------------------------------------------------------ review needs

def test_borderline_income_within_the_band():
    band = AuditSettings().borderline_band
    ln = line()
    r = run([household("H1", income=int(ln * (1 + band / 2))), household("H2", income=int(ln * (1 + band * 2)))])
    f = flags(r, "review.borderline_income")
    assert list(f["household_id"]) == ["H1"] and "không phải quy định pháp luật" in f.iloc[0]["citation"]
    r = run([household("H2", income=int(ln * (1 + band * 2)))], settings=AuditSettings(borderline_band=band * 3))
    assert list(flags(r, "review.borderline_income")["household_id"]) == ["H2"]


def test_declared_deprivation_contradicted_by_data():
    r = run([household("H1", income=line() - 1, deprived=1, declared_water=False)])
    f = flags(r, "review.indicator_mismatch", household="H1")
    assert len(f) == 1 and "Nguồn nước sinh hoạt" in f.iloc[0]["message"]
    assert json.loads(f.iloc[0]["values"]) == {"indicator": "water", "number": 9, "declared": False, "derived": True}


def test_decisions_resting_on_unverified_values():
    # internet (indicator 11) is tagged U: a poor household counted deprived on it rests on it (D9)
    r = run([household("H1", income=line() - 1, deprived=2, internet_use=False)])
    f = flags(r, "review.unverified_basis", household="H1")
    assert len(f) == 1 and catalogue.READING_UNVERIFIED in f.iloc[0]["citation"]
    # the 50 M poor-household ceiling before 01/03/2019 is tagged U too
    r = run([household("H2", income=line() - 1, deprived=3)], decisions=[decision("H2", "poor", "2017-12-15")],
            loans=[loan("H2", loan_id="U1", program="poor_households", amount=10_000_000, date="2018-06-01")])
    assert "programs.poor_households.ceiling" in flags(r, "review.unverified_basis", loan="U1").iloc[0]["values"]


def test_missing_data_and_unknown_values():
    r = run([household("H1", income=None)])
    assert "income_pc_month" in flags(r, "review.missing_data", household="H1").iloc[0]["values"]
    # 2027: the average-living-standard bands are unknown (D2): a household above the line cannot be placed
    r = run([household("H2", income=line("rural", dt.date(2027, 6, 1)) + 1)], day=dt.date(2027, 6, 1))
    f = flags(r, "review.unknown_value", household="H2")
    assert len(f) == 1 and "average_income_top" in f.iloc[0]["values"]


def test_status_conflict_on_one_day():
    r = run([household("H1", income=line() - 1)],
            decisions=[decision("H1", "poor", "2024-12-15"), decision("H1", "near_poor", "2024-12-15")])
    assert len(flags(r, "review.status_conflict", household="H1")) == 1


def test_rule_conflict_when_no_rule_applies(tmp_path):
    import shutil
    from pathlib import Path

    from engine.law import rulebook

    rules = tmp_path / "rules"
    shutil.copytree(Path(rulebook.RULES_DIR), rules)
    f = rules / "families" / "poverty" / "nd07_2021.yaml"
    text = f.read_text(encoding="utf-8")
    cut = text.index("  - id: poverty.nd07.none")
    f.write_text(text[:cut], encoding="utf-8")  # a rulebook without the "none" rule
    book = rulebook.load(rules)
    top = int(param("poverty.average_income_top.rural"))
    r = run([household("H1", income=top + 1)], book=book)
    assert len(flags(r, "review.rule_conflict", household="H1")) == 1


# ------------------------------------------------------------------ portfolio (U)

def test_overdue_ratio_by_group_commune_and_organisation():
    b1, b3 = param("audit.entrustment_overdue_band_1"), param("audit.entrustment_overdue_band_3")
    hh = [household(f"H{i}", income=line() + 100_000) for i in range(1, 4)]
    loans = [loan("H1", program="job_creation_worker", amount=100_000_000, overdue_amount=int(b1 * 1_000_000) + 1,
                  savings_group="Tổ A"),
             loan("H2", program="job_creation_worker", amount=100_000_000, overdue_amount=int(b3 * 1_000_000),
                  savings_group="Tổ B", entrusted_org="farmers_union"),
             loan("H3", program="job_creation_worker", amount=100_000_000, overdue_amount=0, savings_group="Tổ C")]
    r = run(hh, loans=loans)
    f = flags(r, "portfolio.overdue_above_goal")
    by = {(row.entity, row.entity_key): row for row in f.itertuples()}
    assert by[("group", "00004 / Tổ A")].severity == "medium"
    assert by[("group", "00004 / Tổ B")].severity == "high"
    assert ("group", "00004 / Tổ C") not in by
    assert ("commune", "00004") in by and ("organisation", "00004 / farmers_union") in by
    assert all("U" in c and catalogue.READING_UNVERIFIED in c for c in f["citation"])
    g = r.portfolio["group"].set_index("savings_group")
    assert g.loc["Tổ B", "fee_share_pct"] == param("audit.entrustment_fee_share_band_3")


def test_use_check_within_the_days_after_disbursement():
    days = int(param("audit.use_check_days"))
    r = run([household("H1", income=line() + 100_000)],
            loans=[loan("H1", loan_id="K1", program="job_creation_worker", date="2025-03-01",
                        use_check_date=(pd.Timestamp("2025-03-01") + pd.Timedelta(days=days + 1)).date().isoformat()),
                   loan("H1", loan_id="K2", program="students", date="2025-03-01",
                        use_check_date=(pd.Timestamp("2025-03-01") + pd.Timedelta(days=days)).date().isoformat()),
                   loan("H1", loan_id="K3", program="students", date="2025-04-01", use_check_date=None),
                   loan("H1", loan_id="K4", program="students", date=(pd.Timestamp(DAY) - pd.Timedelta(days=days - 1))
                        .date().isoformat(), use_check_date=None)])
    assert set(flags(r, "portfolio.no_use_check")["loan_id"]) == {"K1", "K3"}  # K4 is not due yet


# ------------------------------------------------------------------ year over year

def test_status_changed_without_a_commune_decision():
    prev_hh = [household("H1", income=line() - 1, recognised_status="poor", status_decision_date="2023-12-15"),
               household("H2", income=line() - 1, recognised_status="poor", status_decision_date="2023-12-15"),
               household("H3", income=line() - 1, recognised_status="near_poor", status_decision_date="2023-12-15")]
    from audit_builders import frame

    prev = (frame("households", prev_hh), frame("members", [member(h["household_id"]) for h in prev_hh]),
            frame("decisions", []))
    cur = [household("H1", income=line() - 1, recognised_status="near_poor", status_decision_date="2023-12-15"),
           household("H2", income=line() - 1, recognised_status="near_poor", status_decision_date="2024-12-15"),
           household("H3", income=line() - 1, recognised_status="near_poor", status_decision_date="2023-12-15")]
    r = run(cur, previous=prev, previous_date=dt.date(2023, 12, 31))
    f = flags(r, "transition.changed_without_decision")
    assert list(f["household_id"]) == ["H1"]
    t = r.transitions.set_index("household_id")
    assert t.loc["H2", "changed"] and not t.loc["H2", "changed_without_decision"]
    assert not t.loc["H3", "changed"]
    assert r.transition_matrix.loc["hộ nghèo", "hộ cận nghèo"] == 2


# ------------------------------------------------------------------ the catalogue itself

def test_every_flag_code_is_raised_by_some_test_here():
    import inspect
    import sys

    source = inspect.getsource(sys.modules[__name__])
    missing = [c for c in FLAGS if f'"{c}"' not in source]
    assert not missing, missing
    assert {d.family for d in FLAGS.values()} == set(FAMILIES)


@pytest.mark.parametrize("code", sorted(FLAGS))
def test_every_flag_has_vietnamese_title_and_known_basis(code):
    d = FLAGS[code]
    assert d.family in FAMILIES and d.severity in ("high", "medium", "low")
    assert d.basis in ("law", "signal", "unverified", "data") and d.title
    assert code.startswith(d.family + ".")
