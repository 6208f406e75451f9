"""Row-wise baseline: the peer model as one plain Python function per household, applied with
``DataFrame.apply(axis=1)`` — how spreadsheets-turned-scripts are often written. Complete records."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from engine.law import rulebook

from .spec import BORDERLINE, COLUMNS, Params

IND = "poverty.indicators."
# The law's code lists (rules/indicators.yaml code_sets), read once for this peer.
SAFE_WATER = rulebook.default().codes("safe_water")
HYGIENIC_LATRINE = rulebook.default().codes("hygienic_latrine")
DEPRIVING_EMPLOYMENT = rulebook.default().codes("depriving_employment")
LEVEL_LOWER_SECONDARY_OR_MORE = rulebook.default().codes("education_lower_secondary_or_more")
LEVEL_UPPER_SECONDARY_OR_VOCATIONAL = rulebook.default().codes("education_upper_secondary_or_vocational")
POOR_ATTENDANCE = rulebook.default().codes("poor_attendance")
POOR_NUTRITION = rulebook.default().codes("poor_nutrition")


def _age(birth: pd.Timestamp, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _household(r, p: Params, day: dt.date, counting: dict):
    members = r["members"]
    n = len(members)
    ages = [_age(m["birth_date"], day) for m in members]
    area = r["area"]
    income = float(r["income_pc_month"])
    if p("poverty.deprivation_threshold") is not None:
        ind = {
            "employment": any(m["employment"] in DEPRIVING_EMPLOYMENT for m in members),
            "dependants": sum(1 for m, a in zip(members, ages) if a < p(IND + "dependant_child_age_below")
                              or m["monthly_social_allowance"]) / n > p(IND + "dependant_share_max"),
            "nutrition": any(a < p(IND + "nutrition_child_age_below") and m["nutrition"] in POOR_NUTRITION
                             for m, a in zip(members, ages)),
            "health_insurance": any(a >= p(IND + "insurance_min_age") and not m["health_insurance"]
                                    for m, a in zip(members, ages)),
            "adult_education": any(
                p(IND + "adult_education_min_age") <= a <= p(IND + "adult_education_max_age") and not m["in_training"]
                and m["education_level"] not in (LEVEL_LOWER_SECONDARY_OR_MORE if a < p(IND + "adult_education_upper_age")
                                                 else LEVEL_UPPER_SECONDARY_OR_VOCATIONAL)
                for m, a in zip(members, ages)),
            "school_attendance": any(p(IND + "school_child_min_age") <= a < p(IND + "school_child_age_below")
                                     and m["school_attendance"] in POOR_ATTENDANCE for m, a in zip(members, ages)),
            "housing_quality": sum(r[c] == "non_durable" for c in ("wall", "column", "roof"))
                               >= p(IND + "housing_non_durable_parts_min"),
            "living_area": r["living_area_m2"] / n < p(IND + "living_area_per_person_min"),
            "water": r["water_source"] not in SAFE_WATER,
            "latrine": r["latrine"] not in HYGIENIC_LATRINE,
            "internet": not r["internet_use"],
            "information_assets": not r["information_assets"] and not r["loudspeaker_reach"],
            "household_waste": bool(r["declared_household_waste"]),
        }
        dep = float(sum(ind[i] for i, c in counting.items() if c))
        threshold = p("poverty.deprivation_threshold")
        line = p(f"poverty.income_line.{area}")
        top = p(f"poverty.average_income_top.{area}")
        if income <= line:
            outcome = "poor" if dep >= threshold else "near_poor"
        elif top is None:
            outcome = "needs_review"
        else:
            outcome = "average" if income <= top else "none"
    else:
        dep = float(r["declared_deprivation_count"])
        threshold = p("poverty.deprivation_threshold")
        line = p(f"poverty.income_line.{area}")
        near = p(f"poverty.near_poor_income_line.{area}")
        top = p(f"poverty.average_income_top.{area}")
        if income <= line:
            outcome = "poor"
        elif income <= near:
            outcome = "poor" if dep >= threshold else "near_poor"
        elif top is None:
            outcome = "needs_review"
        else:
            outcome = "average" if income <= top else "none"
    # recognised status and its decision
    past = [(d, s) for d, s in r["decisions"] if d.date() <= day]
    status, months = "none", None
    if past:
        last = max(d for d, _ in past)
        statuses = {s for d, s in past if d == last}
        status = statuses.pop() if len(statuses) == 1 else None
        months = (day.year - last.year) * 12 + (day.month - last.month) - (day.day < last.day)
    heads = [a for m, a in zip(members, ages) if m["relation"] == "head"]
    adult = bool(heads) and heads[0] >= p("lending.min_borrower_age")
    out = r["loans"]

    def answer(base):  # base: True / False / None (unknown)
        if base is False or not adult:
            return "not_eligible"
        return "eligible" if base else "needs_review"

    def status_program(program, statuses, ceiling, extra=True):
        conds = [None if status is None else status in statuses, extra,
                 None if ceiling is None else out.get(program, 0.0) < ceiling]
        return False if False in conds else (None if None in conds else True)

    c_poor = p("programs.poor_households.ceiling")
    window = p("programs.newly_escaped_households.window_months")
    elig_poor = answer(status_program("poor_households", {"poor"}, c_poor))
    remaining = np.nan if elig_poor == "not_eligible" else max(0.0, c_poor - out.get("poor_households", 0.0))
    return (r["household_id"], income, float(line), dep, outcome, outcome == "poor", outcome == "near_poor",
            outcome == "average", abs(income - line) <= BORDERLINE * line, elig_poor,
            answer(status_program("near_poor_households", {"near_poor"}, p("programs.near_poor_households.ceiling"))),
            answer(status_program("newly_escaped_households", {"escaped_poor", "escaped_near_poor"},
                                  p("programs.newly_escaped_households.ceiling"),
                                  months is not None and months < window)),
            answer(area == "rural" and r["water_source"] not in SAFE_WATER
                   and out.get("rural_water_supply", 0.0) < p("programs.rural_water_sanitation.ceiling_per_work")),
            float(c_poor), remaining)


def run(hh: pd.DataFrame, mem: pd.DataFrame, dec: pd.DataFrame, loans: pd.DataFrame, day: dt.date) -> pd.DataFrame:
    p = Params(day)
    counting = {i: ind.counts_on(day) is not None for i, ind in p.book.indicators.items()}
    members = {k: g.to_dict("records") for k, g in mem.groupby("household_id", sort=False)}
    decisions = {k: list(zip(g["decision_date"], g["status"])) for k, g in dec.groupby("household_id", sort=False)}
    outstanding = loans.groupby(["household_id", "program"])["outstanding"].sum()
    by_h: dict = {}
    for (h, prog), v in outstanding.items():
        by_h.setdefault(h, {})[prog] = float(v)
    frame = hh.copy()
    ids = frame["household_id"].tolist()
    frame["members"] = pd.Series([members[h] for h in ids], index=frame.index, dtype=object)
    frame["decisions"] = pd.Series([decisions.get(h, []) for h in ids], index=frame.index, dtype=object)
    frame["loans"] = pd.Series([by_h.get(h, {}) for h in ids], index=frame.index, dtype=object)
    rows = frame.apply(_household, axis=1, args=(p, day, counting))
    return pd.DataFrame(rows.tolist(), columns=list(COLUMNS))
