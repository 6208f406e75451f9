"""Hand-written numpy/pandas baseline of the peer model: what a data analyst would write for exactly
these outputs, with no rule engine — the speed to beat. Complete records only (see spec.py)."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from engine.law import rulebook

from .spec import BORDERLINE, Params

IND = "poverty.indicators."
# The law's code lists (rules/indicators.yaml code_sets), read once for this peer.
SAFE_WATER = rulebook.default().codes("safe_water")
HYGIENIC_LATRINE = rulebook.default().codes("hygienic_latrine")
DEPRIVING_EMPLOYMENT = rulebook.default().codes("depriving_employment")
LEVEL_LOWER_SECONDARY_OR_MORE = rulebook.default().codes("education_lower_secondary_or_more")
LEVEL_UPPER_SECONDARY_OR_VOCATIONAL = rulebook.default().codes("education_upper_secondary_or_vocational")
POOR_ATTENDANCE = rulebook.default().codes("poor_attendance")
POOR_NUTRITION = rulebook.default().codes("poor_nutrition")


def _isin(s: pd.Series, values) -> np.ndarray:
    return s.isin(list(values)).to_numpy(dtype=bool, na_value=False)


def _b(s: pd.Series) -> np.ndarray:
    return s.to_numpy(dtype=bool, na_value=False)


def run(hh: pd.DataFrame, mem: pd.DataFrame, dec: pd.DataFrame, loans: pd.DataFrame, day: dt.date,
        book=None) -> pd.DataFrame:
    p = Params(day, book)
    n = len(hh)
    hid = pd.Index(hh["household_id"])
    owner = hid.get_indexer(mem["household_id"])
    size = np.bincount(owner, minlength=n)
    b = pd.DatetimeIndex(mem["birth_date"])
    age = day.year - b.year.to_numpy() - ((day.month < b.month.to_numpy())
                                          | ((day.month == b.month.to_numpy()) & (day.day < b.day.to_numpy())))
    urban = (hh["area"] == "urban").to_numpy(dtype=bool, na_value=False)
    area = np.where(urban, "urban", "rural")
    income = hh["income_pc_month"].to_numpy(dtype="float64", na_value=np.nan)

    def by_area(name):
        return np.where(urban, p(name.format(area="urban")) or np.nan, p(name.format(area="rural")) or np.nan)

    def any_member(mask):
        return np.bincount(owner[mask], minlength=n) > 0

    # deprivation count
    new_standard = p("poverty.deprivation_threshold") is not None
    if new_standard:
        threshold = p("poverty.deprivation_threshold")
        ind = {}
        ind["employment"] = any_member(_isin(mem["employment"], DEPRIVING_EMPLOYMENT))
        dep = (age < p(IND + "dependant_child_age_below")) | _b(mem["monthly_social_allowance"])
        ind["dependants"] = np.bincount(owner[dep], minlength=n) / size > p(IND + "dependant_share_max")
        ind["nutrition"] = any_member((age < p(IND + "nutrition_child_age_below")) & _isin(mem["nutrition"], POOR_NUTRITION))
        ind["health_insurance"] = any_member((age >= p(IND + "insurance_min_age")) & ~_b(mem["health_insurance"]))
        up = p(IND + "adult_education_upper_age")
        meets = np.where(age < up, _isin(mem["education_level"], LEVEL_LOWER_SECONDARY_OR_MORE),
                         _isin(mem["education_level"], LEVEL_UPPER_SECONDARY_OR_VOCATIONAL))
        adult = (age >= p(IND + "adult_education_min_age")) & (age <= p(IND + "adult_education_max_age"))
        ind["adult_education"] = any_member(adult & ~meets & ~_b(mem["in_training"]))
        school = (age >= p(IND + "school_child_min_age")) & (age < p(IND + "school_child_age_below"))
        ind["school_attendance"] = any_member(school & _isin(mem["school_attendance"], POOR_ATTENDANCE))
        nd = sum((hh[c] == "non_durable").to_numpy(dtype=bool, na_value=False) for c in ("wall", "column", "roof"))
        ind["housing_quality"] = nd >= p(IND + "housing_non_durable_parts_min")
        ind["living_area"] = hh["living_area_m2"].to_numpy(dtype="float64") / size < p(IND + "living_area_per_person_min")
        ind["water"] = ~_isin(hh["water_source"], SAFE_WATER)
        ind["latrine"] = ~_isin(hh["latrine"], HYGIENIC_LATRINE)
        ind["internet"] = ~_b(hh["internet_use"])
        has_asset = hh["information_assets"].fillna("").str.len().to_numpy(dtype="int64") > 0
        ind["information_assets"] = ~has_asset & ~_b(hh["loudspeaker_reach"])
        ind["household_waste"] = _b(hh["declared_household_waste"])
        book_ = p.book
        count = np.zeros(n, dtype=np.int64)
        for iid, indicator in book_.indicators.items():
            if indicator.counts_on(day) is not None:
                count += ind[iid]
        dep_count = count.astype("float64")
        line = by_area("poverty.income_line.{area}")
        top = by_area("poverty.average_income_top.{area}")
        le_line = income <= line
        poor = le_line & (dep_count >= threshold)
        near = le_line & (dep_count < threshold)
        avg = ~le_line & (income <= top)
        none = ~le_line & (income > top)
        unknown = ~le_line & np.isnan(top)
    else:
        threshold = p("poverty.deprivation_threshold")
        dep_count = hh["declared_deprivation_count"].to_numpy(dtype="float64", na_value=np.nan)
        line = by_area("poverty.income_line.{area}")
        near_line = by_area("poverty.near_poor_income_line.{area}")
        top = by_area("poverty.average_income_top.{area}")
        band = (income > line) & (income <= near_line)
        poor = (income <= line) | (band & (dep_count >= threshold))
        near = band & (dep_count < threshold)
        avg = (income > near_line) & (income <= top)
        none = (income > near_line) & (income > top)
        unknown = (income > near_line) & np.isnan(top)
    outcome = np.select([unknown, poor, near, avg, none], ["needs_review", "poor", "near_poor", "average", "none"],
                        "needs_review").astype(object)

    # recognised status: latest decision on or before the date; two different ones that day → unknown
    d = pd.DataFrame({"pos": hid.get_indexer(dec["household_id"]), "status": dec["status"].astype(object),
                      "date": dec["decision_date"].to_numpy(dtype="datetime64[ns]")})
    d = d[d["date"] <= np.datetime64(day, "ns")]
    last = d.groupby("pos")["date"].transform("max")
    latest = d[d["date"] == last]
    g = latest.groupby("pos")
    first, nuniq, sdate = g["status"].first(), g["status"].nunique(), g["date"].first()
    status = np.full(n, "none", dtype=object)
    status[first.index.to_numpy()] = first.to_numpy()
    status_known = np.ones(n, bool)
    status_known[nuniq.index.to_numpy()[nuniq.to_numpy() > 1]] = False
    months = np.full(n, np.nan)
    sd = pd.DatetimeIndex(sdate.to_numpy())
    months[sdate.index.to_numpy()] = ((day.year - sd.year) * 12 + (day.month - sd.month) - (day.day < sd.day)).to_numpy()

    # outstanding per program
    lp = pd.DataFrame({"pos": hid.get_indexer(loans["household_id"]), "program": loans["program"].astype(object),
                       "out": loans["outstanding"].to_numpy(dtype="float64")})
    sums = lp.groupby(["program", "pos"])["out"].sum()

    def outstanding(program):
        o = np.zeros(n)
        if program in sums.index.get_level_values(0):
            s = sums.loc[program]
            o[s.index.to_numpy()] = s.to_numpy()
        return o

    head = _isin(mem["relation"], {"head"})
    head_age = np.full(n, np.nan)
    head_age[owner[head][::-1]] = age[head][::-1]  # first head of each household
    rep_ok = head_age >= p("lending.min_borrower_age")

    def answer(base_t, base_u):
        """Kleene AND of the base rule with the representative's age, resolved as engine/decisions/programs.py."""
        eligible = base_t & rep_ok
        review = base_u & rep_ok
        return np.where(eligible, "eligible", np.where(review, "needs_review", "not_eligible")).astype(object)

    def program(prefix, statuses, extra_t=None):
        ceiling = p(f"programs.{prefix}.ceiling")
        o = outstanding(prefix)
        st_t = status_known & np.isin(status, list(statuses))
        st_u = ~status_known
        extra = np.ones(n, bool) if extra_t is None else extra_t
        if ceiling is None:
            below_t, below_u = np.zeros(n, bool), np.ones(n, bool)
        else:
            below_t, below_u = o < ceiling, np.zeros(n, bool)
        base_f = (status_known & ~st_t) | ~extra | (~below_t & ~below_u)
        base_t = st_t & extra & below_t
        return answer(base_t, ~base_t & ~base_f), ceiling, o

    elig_poor, poor_ceiling, poor_out = program("poor_households", {"poor"})
    elig_near, _, _ = program("near_poor_households", {"near_poor"})
    window = p("programs.newly_escaped_households.window_months")
    elig_esc, _, _ = program("newly_escaped_households", {"escaped_poor", "escaped_near_poor"},
                             (months < window) if window is not None else None)
    ws_ceiling = p("programs.rural_water_sanitation.ceiling_per_work")
    unsafe = ~_isin(hh["water_source"], SAFE_WATER)
    water_t = (area == "rural") & unsafe & (outstanding("rural_water_supply") < ws_ceiling)
    elig_water = answer(water_t, np.zeros(n, bool))

    remaining = np.maximum(0.0, (poor_ceiling if poor_ceiling is not None else np.nan) - poor_out)
    remaining = np.where(elig_poor == "not_eligible", np.nan, remaining)
    return pd.DataFrame({
        "household_id": hh["household_id"].to_numpy(dtype=object), "income_pc": income, "poverty_line": line,
        "deprivation_count": dep_count, "outcome": outcome, "poor": outcome == "poor",
        "near_poor": outcome == "near_poor", "average": outcome == "average",
        "borderline": np.abs(income - line) <= BORDERLINE * line,
        "elig_poor": elig_poor, "elig_near_poor": elig_near, "elig_newly_escaped": elig_esc,
        "elig_rural_water": elig_water,
        "poor_loan_ceiling": np.full(n, np.nan if poor_ceiling is None else float(poor_ceiling)),
        "poor_loan_remaining": remaining,
    })
