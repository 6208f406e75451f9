"""The peer model in OpenFisca (openfisca-core), as a country package would write it: persons and
households, day periods, dated formulas per poverty standard, parameters from the project's rules/.

Parameters are not re-typed: the tree is built from engine.law.rulebook's parsed rules/parameters (the
same YAML files), each value at its effective date; an unknown legal value (null in rules/) becomes
NaN, and a parameter that stops (``until``) expires as OpenFisca parameters do.

Decisions and loans have no entity here: like an OpenFisca user, the adapter turns the commune
decisions into the household's recognised status and months since its decision, and the loan book
into outstanding per program, with pandas — counted in OpenFisca's time.
"""
from __future__ import annotations

import datetime as dt
import functools
import math

import numpy as np
import pandas as pd
from openfisca_core.entities import build_entity
from openfisca_core.indexed_enums import Enum
from openfisca_core.parameters import ParameterNode
from openfisca_core.periods import DAY
from openfisca_core.simulations import SimulationBuilder
from openfisca_core.taxbenefitsystems import TaxBenefitSystem
from openfisca_core.variables import Variable

from engine.law import rulebook
from engine.facts.model import (EducationLevel, Employment, Latrine, Nutrition, Relation, SchoolAttendance, WaterSource)

from .spec import BORDERLINE

# The law's code lists (rules/indicators.yaml code_sets), read once for this peer.
DEPRIVING_EMPLOYMENT = rulebook.default().codes("depriving_employment")
HYGIENIC_LATRINE = rulebook.default().codes("hygienic_latrine")
LEVEL_LOWER_SECONDARY_OR_MORE = rulebook.default().codes("education_lower_secondary_or_more")
LEVEL_UPPER_SECONDARY_OR_VOCATIONAL = rulebook.default().codes("education_upper_secondary_or_vocational")
POOR_ATTENDANCE = rulebook.default().codes("poor_attendance")
POOR_NUTRITION = rulebook.default().codes("poor_nutrition")
SAFE_WATER = rulebook.default().codes("safe_water")

Household = build_entity(key="household", plural="households", label="Hộ gia đình",
                         roles=[{"key": "member", "plural": "members", "label": "Thành viên"}])
Person = build_entity(key="person", plural="persons", label="Người", is_person=True)


def _enum(name, source) -> type[Enum]:
    return Enum(name, {m.name: m.value for m in source})


AreaE = Enum("AreaE", {"rural": "rural", "urban": "urban"})
RelationE = _enum("RelationE", Relation)
EducationE = _enum("EducationE", EducationLevel)
SchoolE = Enum("SchoolE", {"not_concerned": "not_concerned", **{m.name: m.value for m in SchoolAttendance}})
EmploymentE = _enum("EmploymentE", Employment)
NutritionE = Enum("NutritionE", {"not_concerned": "not_concerned", **{m.name: m.value for m in Nutrition}})
WaterE = _enum("WaterE", WaterSource)
LatrineE = _enum("LatrineE", Latrine)
StatusE = Enum("StatusE", {"none": "none", "poor": "poor", "near_poor": "near_poor", "escaped_poor": "escaped_poor",
                           "escaped_near_poor": "escaped_near_poor", "unknown": "unknown"})
OutcomeE = Enum("OutcomeE", {"needs_review": "needs_review", "poor": "poor", "near_poor": "near_poor",
                             "average": "average", "none": "none"})
AnswerE = Enum("AnswerE", {"not_eligible": "not_eligible", "eligible": "eligible", "needs_review": "needs_review"})


def _in(enum_array, enum_cls, codes) -> np.ndarray:
    return np.isin(enum_array, [enum_cls[c].index for c in codes])


def _input(name, entity, value_type, default=None, possible=None):
    attrs = {"value_type": value_type, "entity": entity, "definition_period": DAY, "label": name}
    if possible is not None:
        attrs["possible_values"] = possible
        attrs["default_value"] = default
    return type(name, (Variable,), attrs)


INPUTS = [
    _input("birth", Person, dt.date), _input("relation", Person, Enum, RelationE.other, RelationE),
    _input("education_level", Person, Enum, EducationE.none, EducationE), _input("in_training", Person, bool),
    _input("school_attendance", Person, Enum, SchoolE.not_concerned, SchoolE),
    _input("health_insurance", Person, bool), _input("employment", Person, Enum, EmploymentE.not_in_labour_force, EmploymentE),
    _input("monthly_social_allowance", Person, bool),
    _input("nutrition", Person, Enum, NutritionE.not_concerned, NutritionE),
    _input("area", Household, Enum, AreaE.rural, AreaE), _input("income_pc_month", Household, int),
    _input("living_area_m2", Household, float), _input("non_durable_parts", Household, int),
    _input("water_source", Household, Enum, WaterE.piped, WaterE), _input("latrine", Household, Enum, LatrineE.septic, LatrineE),
    _input("internet_use", Household, bool), _input("has_information_asset", Household, bool),
    _input("loudspeaker_reach", Household, bool), _input("declared_household_waste", Household, bool),
    _input("declared_deprivation_count", Household, int),
    _input("recognised_status", Household, Enum, StatusE.none, StatusE),
    _input("months_since_status_decision", Household, float),
    _input("outstanding_poor", Household, float), _input("outstanding_near_poor", Household, float),
    _input("outstanding_escaped", Household, float), _input("outstanding_water", Household, float),
]


class age(Variable):
    value_type = int
    entity = Person
    definition_period = DAY
    label = "Tuổi tròn tại ngày tham chiếu"

    def formula(person, period, parameters):
        b = person("birth", period)
        d = period.start
        y = b.astype("datetime64[Y]").astype(int) + 1970
        m = b.astype("datetime64[M]").astype(int) % 12 + 1
        day = (b - b.astype("datetime64[M]")).astype(int) + 1
        return d.year - y - ((d.month < m) | ((d.month == m) & (d.day < day)))


def _formula_var(name, entity, value_type, fn, possible=None, default=None, dated=None):
    attrs = {"value_type": value_type, "entity": entity, "definition_period": DAY, "label": name}
    if possible is not None:
        attrs["possible_values"], attrs["default_value"] = possible, default
    if dated:
        for date_name, f in dated.items():
            attrs[f"formula_{date_name}"] = f
    else:
        attrs["formula"] = fn
    return type(name, (Variable,), attrs)


def _ind(parameters, period):
    return parameters(period.start).poverty.indicators


def f_dep_count(household, period, parameters):
    p = _ind(parameters, period)
    age_ = household.members("age", period)
    any_ = household.any
    size = household.nb_persons()
    employment = household.any(_in(household.members("employment", period), EmploymentE, DEPRIVING_EMPLOYMENT))
    dependant = (age_ < p.dependant_child_age_below) | household.members("monthly_social_allowance", period)
    dependants = household.sum(dependant) / size > p.dependant_share_max
    nutrition = any_((age_ < p.nutrition_child_age_below)
                     & _in(household.members("nutrition", period), NutritionE, POOR_NUTRITION))
    insurance = any_((age_ >= p.insurance_min_age) & ~household.members("health_insurance", period))
    edu = household.members("education_level", period)
    meets = np.where(age_ < p.adult_education_upper_age, _in(edu, EducationE, LEVEL_LOWER_SECONDARY_OR_MORE),
                     _in(edu, EducationE, LEVEL_UPPER_SECONDARY_OR_VOCATIONAL))
    adult = (age_ >= p.adult_education_min_age) & (age_ <= p.adult_education_max_age)
    education = any_(adult & ~meets & ~household.members("in_training", period))
    school_age = (age_ >= p.school_child_min_age) & (age_ < p.school_child_age_below)
    school = any_(school_age & _in(household.members("school_attendance", period), SchoolE, POOR_ATTENDANCE))
    housing = household("non_durable_parts", period) >= p.housing_non_durable_parts_min
    area = household("living_area_m2", period) / size < p.living_area_per_person_min
    water = ~_in(household("water_source", period), WaterE, SAFE_WATER)
    latrine = ~_in(household("latrine", period), LatrineE, HYGIENIC_LATRINE)
    internet = ~household("internet_use", period)
    info = ~household("has_information_asset", period) & ~household("loudspeaker_reach", period)
    count = (employment.astype(int) + dependants + nutrition + insurance + education + school + housing + area
             + water + latrine + internet)
    # indicator 12 counts until 2026, indicator 13 (declared only) from 2027 (rules/indicators.yaml)
    book = rulebook.default()
    if book.indicators["information_assets"].counts_on(_pydate(period)) is not None:
        count = count + info
    if book.indicators["household_waste"].counts_on(_pydate(period)) is not None:
        count = count + household("declared_household_waste", period)
    return count


def _pydate(period) -> dt.date:
    s = period.start
    return dt.date(s.year, s.month, s.day)


def f_dep_count_qd59(household, period, parameters):
    return household("declared_deprivation_count", period)


def _by_area(household, period, node):
    urban = household("area", period) == AreaE.urban
    return np.where(urban, node.urban, node.rural)


def f_line_2016(household, period, parameters):
    return _by_area(household, period, parameters(period.start).poverty.income_line)


def f_line_2022(household, period, parameters):
    return _by_area(household, period, parameters(period.start).poverty.income_line)


def f_outcome_2016(household, period, parameters):
    p = parameters(period.start).poverty
    income = household("income_pc_month", period)
    dep = household("deprivation_count", period)
    line = _by_area(household, period, p.income_line)
    near_line = _by_area(household, period, p.near_poor_income_line)
    top = _by_area(household, period, p.average_income_top)
    band = (income > line) & (income <= near_line)
    return np.select([(income > near_line) & np.isnan(top), (income <= line) | (band & (dep >= p.deprivation_threshold)),
                      band & (dep < p.deprivation_threshold), (income > near_line) & (income <= top),
                      (income > near_line) & (income > top)],
                     [OutcomeE.needs_review.index, OutcomeE.poor.index, OutcomeE.near_poor.index,
                      OutcomeE.average.index, OutcomeE.none.index], OutcomeE.needs_review.index)


def f_outcome_2022(household, period, parameters):
    p = parameters(period.start).poverty
    income = household("income_pc_month", period)
    dep = household("deprivation_count", period)
    line = _by_area(household, period, p.income_line)
    top = _by_area(household, period, p.average_income_top)
    le = income <= line
    return np.select([le & (dep >= p.deprivation_threshold), le & (dep < p.deprivation_threshold),
                      ~le & np.isnan(top), ~le & (income <= top), ~le & (income > top)],
                     [OutcomeE.poor.index, OutcomeE.near_poor.index, OutcomeE.needs_review.index,
                      OutcomeE.average.index, OutcomeE.none.index], OutcomeE.needs_review.index)


def f_borderline(household, period, parameters):
    line = household("poverty_line", period)
    return np.abs(household("income_pc_month", period) - line) <= BORDERLINE * line


def _head_adult(household, period, parameters):
    is_head = household.members("relation", period) == RelationE.head
    head_age = household.max(np.where(is_head, household.members("age", period), -1))
    return head_age >= parameters(period.start).lending.min_borrower_age


def _answer(household, period, parameters, base_t, base_u):
    adult = _head_adult(household, period, parameters)
    return np.where(base_t & adult, AnswerE.eligible.index,
                    np.where(base_u & adult, AnswerE.needs_review.index, AnswerE.not_eligible.index))


def _status_program(household, period, parameters, statuses, ceiling, outstanding_var, extra=None):
    status = household("recognised_status", period)
    known = status != StatusE.unknown
    st_t = known & _in(status, StatusE, statuses)
    below_t = household(outstanding_var, period) < ceiling  # NaN ceiling (unknown) → neither
    below_u = np.isnan(ceiling) & np.ones(len(status), bool)
    extra = np.ones(len(status), bool) if extra is None else extra
    base_t = st_t & extra & below_t
    base_f = (known & ~st_t) | ~extra | (~below_t & ~below_u)
    return _answer(household, period, parameters, base_t, ~base_t & ~base_f)


def f_elig_poor(household, period, parameters):
    c = parameters(period.start).programs.poor_households.ceiling
    return _status_program(household, period, parameters, {"poor"}, c, "outstanding_poor")


def f_elig_near_poor(household, period, parameters):
    c = parameters(period.start).programs.near_poor_households.ceiling
    return _status_program(household, period, parameters, {"near_poor"}, c, "outstanding_near_poor")


def f_elig_escaped(household, period, parameters):
    p = parameters(period.start).programs.newly_escaped_households
    window = household("months_since_status_decision", period) < p.window_months
    return _status_program(household, period, parameters, {"escaped_poor", "escaped_near_poor"}, p.ceiling,
                           "outstanding_escaped", window)


def f_elig_water(household, period, parameters):
    c = parameters(period.start).programs.rural_water_sanitation.ceiling_per_work
    rural = household("area", period) == AreaE.rural
    unsafe = ~_in(household("water_source", period), WaterE, SAFE_WATER)
    base_t = rural & unsafe & (household("outstanding_water", period) < c)
    return _answer(household, period, parameters, base_t, np.zeros(len(base_t), bool))


def f_poor_ceiling(household, period, parameters):
    return np.full(household.count, parameters(period.start).programs.poor_households.ceiling)


def f_poor_remaining(household, period, parameters):
    c = household("poor_loan_ceiling", period)
    rem = np.maximum(0.0, c - household("outstanding_poor", period))
    return np.where(household("elig_poor", period) == AnswerE.not_eligible, np.nan, rem)


FORMULAS = [
    age,
    _formula_var("deprivation_count", Household, float, None,
                 dated={"2016_01_01": f_dep_count_qd59, "2022_01_01": f_dep_count}),
    _formula_var("poverty_line", Household, float, None, dated={"2016_01_01": f_line_2016, "2022_01_01": f_line_2022}),
    _formula_var("outcome", Household, Enum, None, OutcomeE, OutcomeE.needs_review,
                 dated={"2016_01_01": f_outcome_2016, "2022_01_01": f_outcome_2022}),
    _formula_var("borderline", Household, bool, f_borderline),
    _formula_var("elig_poor", Household, Enum, f_elig_poor, AnswerE, AnswerE.not_eligible),
    _formula_var("elig_near_poor", Household, Enum, f_elig_near_poor, AnswerE, AnswerE.not_eligible),
    _formula_var("elig_newly_escaped", Household, Enum, f_elig_escaped, AnswerE, AnswerE.not_eligible),
    _formula_var("elig_rural_water", Household, Enum, f_elig_water, AnswerE, AnswerE.not_eligible),
    _formula_var("poor_loan_ceiling", Household, float, f_poor_ceiling),
    _formula_var("poor_loan_remaining", Household, float, f_poor_remaining),
]


def parameter_tree(book: rulebook.Rulebook) -> ParameterNode:
    """OpenFisca parameters from rules/parameters (as parsed by engine/law/parameters.py)."""
    tree: dict = {}
    for name, param in book.parameters.items():
        values = {}
        for v in param.values:
            values[v.start.isoformat()] = {"value": math.nan if v.value is None else v.value}
        if param.end is not None:
            values[(param.end + dt.timedelta(days=1)).isoformat()] = {"value": None}
        node = tree
        parts = name.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = {"description": param.description, "values": values}
    return ParameterNode("", data=tree)


class VietnamPoverty(TaxBenefitSystem):
    def __init__(self, book: rulebook.Rulebook):
        super().__init__([Person, Household])
        for v in INPUTS + FORMULAS:
            self.add_variable(v)
        self.parameters = parameter_tree(book)


@functools.lru_cache(maxsize=1)
def system() -> VietnamPoverty:
    return VietnamPoverty(rulebook.default())


OUTPUTS = ("deprivation_count", "poverty_line", "outcome", "borderline", "elig_poor", "elig_near_poor",
           "elig_newly_escaped", "elig_rural_water", "poor_loan_ceiling", "poor_loan_remaining")


def _encode(enum_cls, values: pd.Series) -> np.ndarray:
    return enum_cls.encode(np.asarray(values.astype(object).to_numpy(), dtype=str))


def run(hh: pd.DataFrame, mem: pd.DataFrame, dec: pd.DataFrame, loans: pd.DataFrame, day: dt.date) -> pd.DataFrame:
    tbs = system()
    n = len(hh)
    hid = hh["household_id"].to_numpy(dtype=object)
    sb = SimulationBuilder()
    sb.create_entities(tbs)
    sb.declare_person_entity("person", mem["member_id"].to_numpy(dtype=object))
    household = sb.declare_entity("household", hid)
    sb.join_with_persons(household, mem["household_id"].to_numpy(dtype=object), np.array(["member"] * len(mem)))
    sim = sb.build(tbs)
    per = day.isoformat()  # a day period: the reference date
    b = lambda s: s.to_numpy(dtype=bool, na_value=False)  # noqa: E731
    sim.set_input("birth", per, mem["birth_date"].to_numpy(dtype="datetime64[D]"))
    sim.set_input("relation", per, _encode(RelationE, mem["relation"]))
    sim.set_input("education_level", per, _encode(EducationE, mem["education_level"]))
    sim.set_input("in_training", per, b(mem["in_training"]))
    sim.set_input("school_attendance", per, _encode(SchoolE, mem["school_attendance"].fillna("not_concerned")))
    sim.set_input("health_insurance", per, b(mem["health_insurance"]))
    sim.set_input("employment", per, _encode(EmploymentE, mem["employment"]))
    sim.set_input("monthly_social_allowance", per, b(mem["monthly_social_allowance"]))
    sim.set_input("nutrition", per, _encode(NutritionE, mem["nutrition"].fillna("not_concerned")))
    sim.set_input("area", per, _encode(AreaE, hh["area"]))
    sim.set_input("income_pc_month", per, hh["income_pc_month"].to_numpy(dtype=np.int64))
    sim.set_input("living_area_m2", per, hh["living_area_m2"].to_numpy(dtype="float64"))
    sim.set_input("non_durable_parts", per, sum(b(hh[c] == "non_durable") for c in ("wall", "column", "roof")))
    sim.set_input("water_source", per, _encode(WaterE, hh["water_source"]))
    sim.set_input("latrine", per, _encode(LatrineE, hh["latrine"]))
    sim.set_input("internet_use", per, b(hh["internet_use"]))
    sim.set_input("has_information_asset", per, hh["information_assets"].fillna("").str.len().to_numpy() > 0)
    sim.set_input("loudspeaker_reach", per, b(hh["loudspeaker_reach"]))
    sim.set_input("declared_household_waste", per, b(hh["declared_household_waste"]))
    sim.set_input("declared_deprivation_count", per, hh["declared_deprivation_count"].to_numpy(dtype=np.int64))
    # decision register → recognised status and months since its decision (pandas, as a user would)
    idx = pd.Index(hid)
    d = pd.DataFrame({"pos": idx.get_indexer(dec["household_id"]), "status": dec["status"].astype(object),
                      "date": dec["decision_date"].to_numpy(dtype="datetime64[ns]")})
    d = d[d["date"] <= np.datetime64(day, "ns")]
    latest = d[d["date"] == d.groupby("pos")["date"].transform("max")]
    g = latest.groupby("pos")
    status = np.full(n, "none", dtype=object)
    first, nuniq, sdate = g["status"].first(), g["status"].nunique(), g["date"].first()
    status[first.index.to_numpy()] = np.where(nuniq.to_numpy() > 1, "unknown", first.to_numpy())
    sim.set_input("recognised_status", per, StatusE.encode(status.astype(str)))
    months = np.full(n, np.nan)
    sd = pd.DatetimeIndex(sdate.to_numpy())
    months[sdate.index.to_numpy()] = ((day.year - sd.year) * 12 + (day.month - sd.month) - (day.day < sd.day)).to_numpy()
    sim.set_input("months_since_status_decision", per, months)
    lp = pd.DataFrame({"pos": idx.get_indexer(loans["household_id"]), "program": loans["program"].astype(object),
                       "out": loans["outstanding"].to_numpy(dtype="float64")})
    sums = lp.groupby(["program", "pos"])["out"].sum()
    for var, prog in (("outstanding_poor", "poor_households"), ("outstanding_near_poor", "near_poor_households"),
                      ("outstanding_escaped", "newly_escaped_households"), ("outstanding_water", "rural_water_supply")):
        o = np.zeros(n)
        if prog in sums.index.get_level_values(0):
            s = sums.loc[prog]
            o[s.index.to_numpy()] = s.to_numpy()
        sim.set_input(var, per, o)
    res = {name: sim.calculate(name, per) for name in OUTPUTS}
    dec_ = lambda name: res[name].decode_to_str().astype(object)  # noqa: E731
    outcome = dec_("outcome")
    return pd.DataFrame({
        "household_id": hid, "income_pc": hh["income_pc_month"].to_numpy(dtype="float64"),
        "poverty_line": res["poverty_line"].astype("float64"), "deprivation_count": res["deprivation_count"].astype("float64"),
        "outcome": outcome, "poor": outcome == "poor", "near_poor": outcome == "near_poor", "average": outcome == "average",
        "borderline": res["borderline"], "elig_poor": dec_("elig_poor"), "elig_near_poor": dec_("elig_near_poor"),
        "elig_newly_escaped": dec_("elig_newly_escaped"), "elig_rural_water": dec_("elig_rural_water"),
        "poor_loan_ceiling": res["poor_loan_ceiling"].astype("float64"),
        "poor_loan_remaining": res["poor_loan_remaining"].astype("float64"),
    })
