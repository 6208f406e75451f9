"""Derived facts for one household at a reference date (the scalar twin of household_columns.py).

Indicator thresholds come from rules/parameters (poverty.indicators.*), the codes that meet an
indicator from rules/indicators.yaml (code_sets, read through Rulebook.codes). Three-valued logic
throughout: True / False / None (= cannot be determined from the data given).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from engine.law import coverage
from engine.facts.model import Household, age_on
from engine.law.rulebook import Rulebook

INDICATOR_PARAMS = "poverty.indicators."
COUNT_THRESHOLD = "poverty.deprivation_threshold"


@dataclass
class IndicatorResult:
    id: str
    derived: bool | None
    declared: bool | None
    counts: bool  # enters the count at this date

    @property
    def used(self) -> bool | None:
        return self.derived if self.derived is not None else self.declared

    @property
    def source(self) -> str | None:
        if self.derived is not None:
            return "derived"
        if self.declared is not None:
            return "declared"
        return None

    @property
    def mismatch(self) -> bool:
        return self.derived is not None and self.declared is not None and self.derived != self.declared


@dataclass
class Facts:
    day: dt.date
    values: dict
    indicators: dict[str, IndicatorResult] = field(default_factory=dict)
    unverified: dict[str, list[str]] = field(default_factory=dict)  # fact → U sources it rests on
    deprivation_unknown: int = 0
    deprivation_source: str | None = None  # "indicators" | "declared_count" | "indicators+declared_count" | None
    count_mismatch: bool = False  # declared count outside what the indicators allow (docs/decisions.md, issue 11)
    status_date: dt.date | None = None  # date of the commune decision behind recognised_status
    status_conflict: bool = False  # two different decisions on that same date


def any3(states) -> bool | None:
    """Kleene OR over an iterable of True / False / None."""
    unknown = False
    for s in states:
        if s is True:
            return True
        if s is None:
            unknown = True
    return None if unknown else False


def count3(min_count: int, unknown: int, threshold: int) -> bool | None:
    """True if at least ``threshold`` certainly; False if certainly fewer; None otherwise."""
    if min_count >= threshold:
        return True
    if min_count + unknown < threshold:
        return False
    return None


class _P:
    def __init__(self, book: Rulebook, day: dt.date):
        self.book, self.day = book, day

    def __call__(self, short: str):
        pv = self.book.parameters[INDICATOR_PARAMS + short].at(self.day)
        coverage.value(INDICATOR_PARAMS + short, pv)
        return None if pv is None else pv.value


def derive_indicators(h: Household, day: dt.date, book: Rulebook) -> dict[str, bool | None]:
    p = _P(book, day)
    ages = [age_on(m.birth_date, day) for m in h.members]
    n = len(h.members)
    out: dict[str, bool | None] = {}

    out["employment"] = any3(None if m.employment is None else m.employment in book.codes("depriving_employment") for m in h.members)

    child_age = p("dependant_child_age_below")
    dep_min = dep_unknown = 0
    for m, a in zip(h.members, ages):
        if a < child_age or m.monthly_social_allowance is True:
            dep_min += 1
        elif m.monthly_social_allowance is None:
            dep_unknown += 1
    share = p("dependant_share_max")
    if dep_min / n > share:
        out["dependants"] = True
    elif (dep_min + dep_unknown) / n <= share:
        out["dependants"] = False
    else:
        out["dependants"] = None

    nut_age = p("nutrition_child_age_below")
    out["nutrition"] = any3(None if m.nutrition is None else m.nutrition in book.codes("poor_nutrition")
                            for m, a in zip(h.members, ages) if a < nut_age)

    ins_age = p("insurance_min_age")
    out["health_insurance"] = any3(None if m.health_insurance is None else not m.health_insurance
                                   for m, a in zip(h.members, ages) if a >= ins_age)

    lo, up, hi = p("adult_education_min_age"), p("adult_education_upper_age"), p("adult_education_max_age")
    states = []
    for m, a in zip(h.members, ages):
        if not lo <= a <= hi:
            continue
        expected = book.codes("education_lower_secondary_or_more" if a < up else "education_upper_secondary_or_vocational")
        meets = None if m.education_level is None else m.education_level in expected
        training = m.in_training
        if meets is True or training is True:
            states.append(False)
        elif meets is False and training is False:
            states.append(True)
        else:
            states.append(None)
    out["adult_education"] = any3(states)

    s_lo, s_hi = p("school_child_min_age"), p("school_child_age_below")
    out["school_attendance"] = any3(None if m.school_attendance is None else m.school_attendance in book.codes("poor_attendance")
                                    for m, a in zip(h.members, ages) if s_lo <= a < s_hi)

    if h.housing is None:
        out["housing_quality"] = None
        out["living_area"] = None
    else:
        parts = [h.housing.wall, h.housing.column, h.housing.roof]
        out["housing_quality"] = count3(sum(x == "non_durable" for x in parts), sum(x is None for x in parts),
                                        p("housing_non_durable_parts_min"))
        area = h.housing.living_area_m2
        out["living_area"] = None if area is None else area / n < p("living_area_per_person_min")

    out["water"] = None if h.water_source is None else h.water_source not in book.codes("safe_water")
    out["latrine"] = None if h.latrine is None else h.latrine not in book.codes("hygienic_latrine")
    out["internet"] = None if h.internet_use is None else not h.internet_use
    if h.information_assets:
        out["information_assets"] = False
    elif h.loudspeaker_reach is True:
        out["information_assets"] = False
    elif h.information_assets is not None and h.loudspeaker_reach is False:
        out["information_assets"] = True
    else:
        out["information_assets"] = None
    out["household_waste"] = None  # declared only: no derivation rule is known (POLICY §2.3)
    return out


def recognised_status_on(h: Household, day: dt.date) -> tuple[str | None, dt.date | None, bool]:
    """Latest commune decision on or before ``day``: (status, date, conflicting-same-day)."""
    past = [d for d in h.status_history if d.decision_date <= day]
    if not past:
        return "none", None, False
    last = max(d.decision_date for d in past)
    statuses = {d.status for d in past if d.decision_date == last}
    if len(statuses) > 1:
        return None, last, True
    return statuses.pop(), last, False


def derive(h: Household, day: dt.date, book: Rulebook) -> Facts:
    values = {
        "area": h.residence.area,
        "income_pc_month": h.income_pc_month,
        "member_count": len(h.members),
    }
    status, status_date, conflict = recognised_status_on(h, day)
    values["recognised_status"] = status
    facts = Facts(day, values, status_date=status_date, status_conflict=conflict)
    counting = {iid: ind.counts_on(day) for iid, ind in book.indicators.items()}
    threshold_pv = book.parameters[COUNT_THRESHOLD].at(day)
    coverage.value(COUNT_THRESHOLD, threshold_pv)
    if threshold_pv is None or not any(counting.values()):
        # 2016–2021: QĐ 59/2015 indicator thresholds are unknown; the count is taken as declared (D3).
        values["deprivation_count"] = h.declared_deprivation_count
        facts.deprivation_source = "declared_count" if h.declared_deprivation_count is not None else None
        return facts
    derived = derive_indicators(h, day, book)
    declared = h.declared_deprivations or {}
    known = unknown = 0
    u_sources = []
    for iid, ind in book.indicators.items():
        res = IndicatorResult(iid, None if ind.declared_only else derived.get(iid), declared.get(iid), counting[iid] is not None)
        facts.indicators[iid] = res
        if not res.counts:
            continue
        if res.used is True:
            known += 1
            if ind.confidence == "U":
                u_sources.append(f"indicator.{iid}")
        elif res.used is None:
            unknown += 1
    facts.deprivation_unknown = unknown
    facts.deprivation_source = "indicators"
    decided = count3(known, unknown, threshold_pv.value) if threshold_pv.known else (None if unknown else True)
    values["deprivation_count"] = known if decided is not None else None
    # The declared count fills in what members' data leave open, when it fits what the indicators
    # already show (at least `known`, at most `known + unknown`); otherwise it is a disagreement.
    dc = h.declared_deprivation_count
    if dc is not None:
        fits = known <= dc <= known + unknown
        facts.count_mismatch = not fits
        if fits and decided is None:
            values["deprivation_count"] = dc
            facts.deprivation_source = "indicators+declared_count"
    if u_sources and decided is not None:  # a declared count rests on the declaration, not on U indicators
        facts.unverified["deprivation_count"] = u_sources
    return facts
