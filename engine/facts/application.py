"""Facts of a loan application, per program (the household's facts plus the request's).

Every field of an application's info block becomes a fact named ``<block>_<field>`` (e.g.
``student_orphan``, ``prison_on_police_list``); a few facts are computed here (ages, elapsed
months and years, shares, sums of outstanding balances). Only facts declared in
rules/facts.yaml reach the rules.
"""
from __future__ import annotations

import datetime as dt
import unicodedata

from engine.facts.dates import full_months_between, full_years_between
from engine.facts.model import Application, age_on
from engine.law.rulebook import Rulebook

BLOCKS = ("student", "prison", "business", "water_sanitation", "social_housing", "housing_support", "job_creation")


def _norm(text: str | None) -> str | None:
    return None if text is None else unicodedata.normalize("NFC", text).strip().casefold()


def _member(app: Application, index: int | None):
    members = app.household.members
    if index is None:
        heads = [m for m in members if m.relation == "head"]
        return heads[0] if heads else None
    return members[index - 1] if index <= len(members) else None


def application_facts(app: Application, day: dt.date, base: dict, status_date: dt.date | None,
                      computed_status: str | None, book: Rulebook) -> dict:
    """Facts shared by every program for this application."""
    v = dict(base)
    v["computed_status"] = computed_status if computed_status != "needs_review" else None
    v["months_since_status_decision"] = full_months_between(status_date, day) if status_date else None
    lend = app.lending
    rep = _member(app, lend.representative_member)
    v["representative_age"] = age_on(rep.birth_date, day) if rep else None
    for name in ("representative_full_capacity", "resides_in_lending_commune", "savings_group_member",
                 "selected_at_group_meeting", "commune_certified"):
        v[name] = getattr(lend, name)
    v["requested_amount"] = app.requested_amount
    for block in BLOCKS:
        info = getattr(app, block)
        for field in type(getattr(app, block) or _EMPTY[block]).model_fields:
            v[f"{block}_{field}"] = getattr(info, field) if info is not None else None
    # computed facts of the blocks
    p = app.prison
    # A completion date after the reference date is not a completed sentence: unknown, not "0 years".
    v["prison_years_since_completion"] = (full_years_between(p.completion_date, day)
                                          if p is not None and p.completion_date and p.completion_date <= day else None)
    b = app.business
    # Percent of workers (QĐ 22/2023 states the threshold in %), so reasons read "9,09 % < 10 %".
    v["business_returnee_share"] = (_percent(b.returnee_workers, b.workers_total)
                                    if b is not None and b.returnee_workers is not None and b.workers_total else None)
    hs = app.housing_support
    # QĐ 33/2015: whole years at the reference date (D7); a date after it is unknown, as above.
    for fact, when in (("housing_support_separate_household_years", hs and hs.separate_household_since),
                       ("housing_support_years_since_earlier_support", hs and hs.earlier_support_date)):
        v[fact] = full_years_between(when, day) if when and when <= day else None
    j = app.job_creation
    v["job_creation_rate_group"] = (None if j is None or j.preferential_group is None
                                    else "preferential" if j.preferential_group else "general")
    s = app.student
    v["student_income_to_poor_line"] = _income_to_poor_line(s.household_income_pc_month if s else None,
                                                           base.get("area"), day, book)
    for key in list(v):
        if isinstance(v[key], dt.date):
            v[key] = v[key].isoformat()
    return {k: val for k, val in v.items() if k in book.facts}


def _income_to_poor_line(income, area, day, book: Rulebook):
    """Income as a percent of the poor-household income line in force (QĐ 157 before 19/05/2022: ≤ 150%)."""
    if income is None or area is None:
        return None
    param = book.parameters.get(f"poverty.income_line.{area}")
    pv = param.at(day) if param else None
    return _percent(income, pv.value) if pv is not None and pv.known else None


def _percent(part, whole) -> float:
    """100 × part / whole, kept out of exponent notation: durable-rules' JSON parser rejects "5e-05"
    (error 204). Six decimals keep every comparison with a threshold exact (one đồng or one worker
    moves the value by far more); a value under 0.0001 % is 0."""
    value = round(100 * part / whole, 6)
    return 0.0 if abs(value) < 1e-4 else value


# The facts whose value differs between programs (program_facts sets them; every other fact is the
# application's, shared by all programs): durable-rules reads these once per program (states_of).
PROGRAM_FACTS = frozenset({
    "outstanding_in_program", "water_sanitation_works_missing_or_damaged", "has_same_purpose_loan_elsewhere",
    "business_outstanding_per_returnee", "business_outstanding_per_supported_worker",
    "business_has_supported_workers"})


def program_facts(shared: dict, app: Application, program: str, book: Rulebook) -> dict:
    """Facts for one program: the shared ones plus outstanding balances (D8) for it."""
    v = dict(shared)
    v.update((k, val) for k, val in _program_own(app, program).items() if k in book.facts)
    return v


def _program_own(app: Application, program: str) -> dict:
    """The values of PROGRAM_FACTS for one program."""
    v = {}
    v["outstanding_in_program"] = sum(l.outstanding for l in app.existing_loans if l.program == program)
    # The works condition is read per type of work: the water works for water supply, the latrine
    # for sanitation (both programs' rules read the one fact water_sanitation_works_missing_or_damaged).
    ws = app.water_sanitation
    per_type = {"rural_water_supply": "water_works_missing_or_damaged", "rural_sanitation": "latrine_missing_or_damaged"}
    v["water_sanitation_works_missing_or_damaged"] = (
        getattr(ws, per_type[program]) if ws is not None and program in per_type else None)
    purpose = _norm(app.purpose)
    others = [l for l in app.existing_loans if l.program != program and l.outstanding > 0]
    if not others:
        v["has_same_purpose_loan_elsewhere"] = False
    elif purpose is None or any(l.purpose is None for l in others):
        v["has_same_purpose_loan_elsewhere"] = True if purpose and any(_norm(l.purpose) == purpose for l in others) else None
    else:
        v["has_same_purpose_loan_elsewhere"] = any(_norm(l.purpose) == purpose for l in others)
    # Ceilings "per worker × workers, capped per project" (QĐ 22/2023 business, job creation): the rules
    # compare the outstanding per worker with the per-worker cap, since outstanding < cap × workers ⟺
    # outstanding / workers < cap when there are workers (D8; the legal caps stay in rules/).
    b = app.business
    out = v["outstanding_in_program"]
    v["business_outstanding_per_returnee"] = (_no_exponent(out / b.returnee_workers)
                                              if b is not None and b.returnee_workers else None)
    v["business_outstanding_per_supported_worker"] = (_no_exponent(out / b.supported_workers)
                                                      if b is not None and b.supported_workers else None)
    v["business_has_supported_workers"] = (None if b is None or b.supported_workers is None
                                           else b.supported_workers > 0)
    assert v.keys() == PROGRAM_FACTS, "PROGRAM_FACTS must name exactly the facts set here"
    return v


def _no_exponent(value: float) -> float:
    """durable-rules' JSON parser rejects exponent notation ("5e-05"): a value that small is 0 here."""
    return 0.0 if abs(value) < 1e-4 else value


def _empty_blocks():
    from engine.facts import model

    return {"student": model.StudentInfo(), "prison": model.PrisonInfo(), "business": model.BusinessInfo(),
            "water_sanitation": model.WaterSanitationInfo(), "social_housing": model.SocialHousingInfo(),
            "housing_support": model.HousingSupportInfo(), "job_creation": model.JobCreationInfo()}


_EMPTY = _empty_blocks()
