"""The bundled sample households (data/sample/) and the published schema (data/schema/).

The planted edge cases are found by household_id (listed in data/sample/README.md). Their
expected outcomes follow the law as stated in ../shared/POLICY.md §2, with every amount, age and
count read from rules/; each case also checks that it really is what its id says (income equal to
the line ±1 đồng, the deprivation count the engine saw, the age on the reference date...), so an
expectation cannot hold by accident.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from engine.generation import sample as sample_generator
from engine.law import rulebook
from engine.screening import screen as screening
from engine.facts import validation
from engine.facts.model import Household, Housing, Member, Residence, StatusDecision, age_on

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SAMPLE = DATA / "sample" / "households.json"
ONE = DATA / "sample" / "one-household.json"
REF = dt.date(2025, 12, 14)  # the date `make run` screens at
OUTCOMES = {"poor", "near_poor", "average", "none", "needs_review"}
THRESHOLD_ID = re.compile(r"^edge-(line|top|qd59poor|qd59near|qd59top)-(rural|urban)-(\d{4})-(m1|eq|p1)-d(\d)$")
KIND_PARAM = {
    "line": "poverty.income_line.{area}",
    "top": "poverty.average_income_top.{area}",
    "qd59poor": "poverty.income_line.{area}",
    "qd59near": "poverty.near_poor_income_line.{area}",
    "qd59top": "poverty.average_income_top.{area}",
}
DELTA = {"m1": -1, "eq": 0, "p1": 1}


def _module(name: str):
    """data/<name>.py as a module (data/ is a folder of scripts, not a package)."""
    key = f"_dungdoituong_data_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, DATA / f"{name}.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[key] = mod  # dataclasses resolve string annotations through sys.modules
        spec.loader.exec_module(mod)
    return sys.modules[key]


@pytest.fixture(scope="module")
def book():
    return rulebook.default()


@pytest.fixture(scope="module")
def sample():
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def by_id(sample):
    return {h["household_id"]: h for h in sample}


@pytest.fixture(scope="module")
def decisions(sample):
    return {h["household_id"]: screening.screen(validation.parse_household(h), REF) for h in sample}


def screen_at(h: dict, day: dt.date):
    return screening.screen(validation.parse_household(h), day)


def value(book, name: str, day: dt.date):
    pv = book.parameters[name].at(day)
    return None if pv is None else pv.value


def codes(decision) -> set[str]:
    return {f.code for f in decision.flags}


def indicator(decision, iid: str):
    return next(i for i in decision.indicators if i.id == iid)


# --- size, validity, coverage --------------------------------------------------------------


def test_sample_has_at_least_200_households_with_unique_ids(sample):
    assert len(sample) >= 200
    ids = [h["household_id"] for h in sample]
    assert len(ids) == len(set(ids))


def test_every_household_validates_and_every_member_is_born_before_the_reference_date(sample):
    for h in sample:
        household = validation.parse_household(h)
        assert 1 <= len(household.members) <= 8, h["household_id"]
        assert all(m.birth_date < REF for m in household.members), h["household_id"]


def test_screening_the_sample_produces_every_outcome(decisions):
    seen = {d.classification.outcome for d in decisions.values()}
    assert OUTCOMES <= seen, f"missing outcomes: {OUTCOMES - seen}"


def test_one_household_is_a_rural_poor_household_in_a_northern_mountain_province(by_id):
    make_sample = sample_generator
    one = json.loads(ONE.read_text(encoding="utf-8"))
    assert isinstance(one, dict)
    household = validation.parse_household(one)
    assert household.residence.area == "rural"
    mountain = {p.code for p in make_sample.PROVINCES if p.region == "nmm"}
    assert household.residence.province_code in mountain
    decision = screening.screen(household, REF)
    assert decision.classification.outcome == "poor"
    assert decision.recognised_status == "poor" and "status_mismatch" not in codes(decision)
    assert by_id[one["household_id"]] == one, "one-household.json is also in households.json"


def test_sample_looks_like_the_country(sample, decisions):
    """Realism the README promises: sizes, names, CCCD, old records, poverty in the mountains."""
    make_sample = sample_generator
    regular = [h for h in sample if not h["household_id"].startswith("edge-")]
    sizes = [len(h["members"]) for h in regular]
    assert 3.0 <= statistics.mean(sizes) <= 4.2
    assert min(sizes) == 1 and max(sizes) >= 7
    members = [m for h in sample for m in h["members"]]
    ids = [m["cccd"] for m in members if "cccd" in m]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"\d{12}", c) for c in ids)
    assert len(ids) < len(members), "some members have no CCCD"
    assert all(len(m["full_name"].split()) >= 2 for m in members)
    assert any("district_code" in h["residence"] for h in sample), "records from before 01/07/2025 carry a district"
    assert {h["residence"]["area"] for h in regular} == {"rural", "urban"}
    assert any(m.get("monthly_social_allowance") and m.get("disability") for m in members)
    assert any(h.get("declared_deprivation_count") is not None for h in sample)
    new_codes = {p.code: p.region for p in make_sample.PROVINCES}
    old_codes = {o[0]: o[6] for o in make_sample.OLD_PLACES}
    assert len(new_codes) == 34

    def region(h):
        r = h["residence"]
        return old_codes[r["province_code"]] if "district_code" in r else new_codes[r["province_code"]]

    def poor_share(hs):
        return sum(decisions[h["household_id"]].classification.outcome in ("poor", "near_poor") for h in hs) / len(hs)

    mountain = [h for h in regular if region(h) in ("nmm", "ch")]
    lowland = [h for h in regular if region(h) in ("rrd", "se", "mkd")]
    assert poor_share(mountain) > 2 * poor_share(lowland)


# --- planted threshold cases: line ±1 đồng, each standard, both areas -------------------------


def expected_outcome(book, area: str, income: int, deprivations: int, day: dt.date) -> str:
    """POLICY §2 as a table, every number from rules/ at ``day``."""
    if value(book, f"poverty.near_poor_income_line.{area}", day) is not None:  # 2016–2021: two branches
        q = "poverty."
        if income <= value(book, f"{q}income_line.{area}", day):
            return "poor"
        if income <= value(book, f"{q}near_poor_income_line.{area}", day):
            return "poor" if deprivations >= value(book, f"{q}deprivation_threshold", day) else "near_poor"
        top = value(book, f"{q}average_income_top.{area}", day)
    else:  # 2022–2030: income line AND deprivations
        if income <= value(book, f"poverty.income_line.{area}", day):
            return "poor" if deprivations >= value(book, "poverty.deprivation_threshold", day) else "near_poor"
        top = value(book, f"poverty.average_income_top.{area}", day)
    if top is None:
        return "needs_review"  # the law's value is unknown (2027–2030 average band)
    return "average" if income <= top else "none"


def threshold_cases():
    ids = [h["household_id"] for h in json.loads(SAMPLE.read_text(encoding="utf-8"))]
    return [i for i in ids if THRESHOLD_ID.match(i)]


def test_threshold_cases_cover_every_known_line_value_both_areas_and_both_sides():
    book = rulebook.default()
    planted = set(threshold_cases())
    qd59_end = book.parameters["poverty.near_poor_income_line.rural"].values[-1].end
    for kind, pattern in KIND_PARAM.items():
        for area in ("rural", "urban"):
            for pv in book.parameters[pattern.format(area=area)].values:
                if pv.value is None or kind.startswith("qd59") != (pv.end is not None and pv.end <= qd59_end):
                    continue
                for tag in DELTA:
                    assert any(i.startswith(f"edge-{kind}-{area}-{pv.start.year}-{tag}-") for i in planted), (kind, area, pv.start, tag)


@pytest.mark.parametrize("hid", threshold_cases())
def test_threshold_case_lands_on_the_right_side(book, by_id, hid):
    kind, area, year, tag, d = THRESHOLD_ID.match(hid).groups()
    d = int(d)
    h = by_id[hid]
    param = book.parameters[KIND_PARAM[kind].format(area=area)]
    pv = next(v for v in param.values if v.start.year == int(year))
    assert h["residence"]["area"] == area
    assert h["income_pc_month"] == pv.value + DELTA[tag], "the planted income is the line ±1 đồng"
    days = {pv.start, pv.end or book.coverage[1]}
    if pv.start <= REF <= (pv.end or book.coverage[1]):
        days.add(REF)
    if kind.startswith("qd59"):
        assert h["declared_deprivation_count"] == d
        days.add(REF)  # the same household under NĐ 07/2021, its count derived from member data
    for day in sorted(days):
        decision = screen_at(h, day)
        assert decision.facts["deprivation_count"] == d, (day, "the planted deprivation count is the one the engine sees")
        want = expected_outcome(book, area, h["income_pc_month"], d, day)
        assert decision.classification.outcome == want, (day, decision.classification.reasons)
        if want == "needs_review":
            assert any(c.startswith("unknown_value.") for c in codes(decision))


def test_rural_line_of_nd07_plus_minus_one_dong(book, by_id, decisions):
    """The line itself belongs to the poor side: ≤ 1.500.000 đồng (rural, 2022–2026) is poor or near-poor."""
    line = value(book, "poverty.income_line.rural", REF)
    threshold = value(book, "poverty.deprivation_threshold", REF)
    for d in (2, 3):
        below_side = "poor" if d >= threshold else "near_poor"
        for tag, want in (("m1", below_side), ("eq", below_side), ("p1", "average")):
            hid = f"edge-line-rural-2022-{tag}-d{d}"
            assert by_id[hid]["income_pc_month"] - line == DELTA[tag]
            assert decisions[hid].classification.outcome == want, hid


# --- other planted cases at the reference date ----------------------------------------------


@pytest.mark.parametrize("area", ["rural", "urban"])
def test_deprivation_count_exactly_two_and_three(book, decisions, area):
    threshold = value(book, "poverty.deprivation_threshold", REF)
    for d in (2, 3):
        decision = decisions[f"edge-dep{d}-{area}"]
        assert decision.facts["deprivation_count"] == d
        assert decision.classification.outcome == ("poor" if d >= threshold else "near_poor")


def test_living_area_per_person_just_below_and_at_the_minimum(book, by_id, decisions):
    minimum = value(book, "poverty.indicators.living_area_per_person_min", REF)
    for hid, deprived in (("edge-area-below", True), ("edge-area-at", False)):
        h = by_id[hid]
        per_person = h["housing"]["living_area_m2"] / len(h["members"])
        assert (per_person < minimum) is deprived and abs(per_person - minimum) < 0.1
        assert indicator(decisions[hid], "living_area").derived is deprived


AGE_CASES = {
    # id suffix → (threshold parameter, expected derived indicators)
    "school-min-at": ("school_child_min_age", 0, {"school_attendance": True}),
    "school-min-below": ("school_child_min_age", -1, {"school_attendance": False}),
    "insurance-at": ("insurance_min_age", 0, {"health_insurance": True}),
    "insurance-below": ("insurance_min_age", -1, {"health_insurance": False}),
    "school-max-at": ("school_child_age_below", 0, {"school_attendance": False, "nutrition": False, "adult_education": True}),
    "school-max-below": ("school_child_age_below", -1, {"school_attendance": True, "nutrition": True, "adult_education": False}),
    "adult-upper-at": ("adult_education_upper_age", 0, {"adult_education": True}),
    "adult-upper-below": ("adult_education_upper_age", -1, {"adult_education": False}),
    "adult-max-at": ("adult_education_max_age", 0, {"adult_education": True}),
    "adult-max-above": ("adult_education_max_age", 1, {"adult_education": False}),
}


@pytest.mark.parametrize("case", sorted(AGE_CASES))
def test_member_exactly_at_an_age_threshold_on_the_reference_date(book, by_id, decisions, case):
    param, offset, want = AGE_CASES[case]
    h = by_id[f"edge-age-{case}"]
    threshold = value(book, f"poverty.indicators.{param}", REF)
    ages = [age_on(dt.date.fromisoformat(m["birth_date"]), REF) for m in h["members"]]
    target = threshold + offset
    assert target in ages, f"no member aged {target} on {REF}"
    born = dt.date.fromisoformat(h["members"][ages.index(target)]["birth_date"])
    # exactly on the birthday, or one day short of it
    assert (born.month, born.day) == (REF.month, REF.day) or born == REF.replace(year=born.year) + dt.timedelta(days=1)
    decision = decisions[h["household_id"]]
    for iid, derived in want.items():
        assert indicator(decision, iid).derived is derived, (iid, target)


def test_missing_income_needs_review(decisions):
    for area in ("rural", "urban"):
        decision = decisions[f"edge-income-missing-{area}"]
        assert decision.classification.outcome == "needs_review"
        assert "missing_data.income_pc_month" in codes(decision)


def test_missing_member_or_housing_data_makes_the_count_undeterminable(by_id, decisions):
    assert "housing" not in by_id["edge-housing-missing"]
    assert any("health_insurance" not in m for m in by_id["edge-members-unknown"]["members"])
    for hid in ("edge-members-unknown", "edge-housing-missing"):
        decision = decisions[hid]
        assert decision.classification.outcome == "needs_review"
        assert "missing_data.deprivation_count" in codes(decision)
        assert decision.facts["deprivation_unknown"] > 0


def test_missing_data_that_cannot_change_the_outcome_does_not_block_it(decisions):
    assert decisions["edge-unknown-but-poor"].facts["deprivation_unknown"] > 0
    assert decisions["edge-unknown-but-poor"].classification.outcome == "poor"
    assert decisions["edge-unknown-but-average"].classification.outcome == "average"


def test_declared_deprivations_that_disagree_with_member_data_raise_a_flag(decisions):
    water = decisions["edge-declared-mismatch-water"]
    assert {c for c in codes(water) if c.startswith("indicator_mismatch.")} == {"indicator_mismatch.water"}
    assert indicator(water, "water").derived is True and indicator(water, "water").declared is False
    internet = decisions["edge-declared-mismatch-internet"]
    assert {c for c in codes(internet) if c.startswith("indicator_mismatch.")} == {"indicator_mismatch.internet"}
    agrees = decisions["edge-declared-agrees"]
    assert not any(c.startswith("indicator_mismatch.") for c in codes(agrees))


def test_a_declared_deprivation_fills_a_gap_in_member_data(by_id, decisions):
    assert "internet_use" not in by_id["edge-declared-fills-gap"]
    decision = decisions["edge-declared-fills-gap"]
    ind = indicator(decision, "internet")
    assert ind.derived is None and ind.declared is True and ind.source == "declared"
    assert decision.classification.outcome == "poor"


@pytest.mark.parametrize("hid", ["edge-status-poor-computed-none", "edge-status-near-computed-poor",
                                 "edge-status-escaped-computed-poor", "edge-status-none-computed-near"])
def test_recognised_status_that_disagrees_with_the_computed_one_raises_status_mismatch(decisions, hid):
    decision = decisions[hid]
    flag = next(f for f in decision.flags if f.code == "status_mismatch")
    assert flag.values["recognised"] == decision.recognised_status
    assert flag.values["computed"] == decision.classification.outcome
    assert decision.recognised_status != decision.classification.outcome


@pytest.mark.parametrize("hid,recognised", [
    ("edge-status-agrees-poor", "poor"),
    ("edge-escaped-poor-2023", "escaped_poor"),
    ("edge-escaped-near-2024", "escaped_near_poor"),
    ("edge-escaped-poor-then-near", "escaped_near_poor"),
    ("edge-escaped-on-refdate", "escaped_near_poor"),
    ("edge-escaped-after-refdate", "poor"),
    ("edge-status-same-day-superseded", "poor"),
])
def test_status_histories_resolve_to_the_latest_decision_on_or_before_the_reference_date(by_id, decisions, hid, recognised):
    decision = decisions[hid]
    assert decision.recognised_status == recognised
    assert not codes(decision) & {"status_mismatch", "status_decisions_conflict"}


def test_decisions_on_and_after_the_reference_date(by_id):
    dates = lambda hid: [dt.date.fromisoformat(s["decision_date"]) for s in by_id[hid]["status_history"]]  # noqa: E731
    assert REF in dates("edge-escaped-on-refdate")
    assert max(dates("edge-escaped-after-refdate")) > REF


def test_two_conflicting_decisions_on_the_same_date(by_id, decisions):
    history = by_id["edge-status-same-day"]["status_history"]
    assert len({s["decision_date"] for s in history}) == 1 and len({s["status"] for s in history}) == 2
    decision = decisions["edge-status-same-day"]
    assert "status_decisions_conflict" in codes(decision)
    assert decision.recognised_status is None


def test_2016_2021_record_without_a_declared_count_needs_review_then_but_not_now(book, by_id, decisions):
    h = by_id["edge-qd59-count-missing"]
    assert "declared_deprivation_count" not in h
    last_day = book.parameters["poverty.near_poor_income_line.rural"].values[-1].end  # last day of QĐ 59/2015
    then = screen_at(h, last_day)
    assert then.classification.outcome == "needs_review" and "missing_data.deprivation_count" in codes(then)
    assert decisions[h["household_id"]].classification.outcome != "needs_review"


def test_old_record_with_a_district_and_a_2016_2021_history(book, by_id):
    h = by_id["edge-qd59-history-old-record"]
    assert h["residence"].get("district_code") and h["declared_deprivation_count"] is not None
    last_day = book.parameters["poverty.near_poor_income_line.rural"].values[-1].end  # last day of QĐ 59/2015
    then = screen_at(h, last_day)
    assert then.recognised_status == "escaped_near_poor"
    assert then.facts["deprivation_count"] == h["declared_deprivation_count"]
    assert then.classification.outcome != "needs_review"


# --- regeneration: the committed files are exactly what the scripts produce --------------------


def _run_make_sample(out: Path, hash_seed: str):
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    subprocess.run([sys.executable, str(DATA / "make_sample.py"), "--out", str(out)], check=True, env=env, cwd=ROOT,
                   capture_output=True)


def test_make_sample_is_deterministic_and_matches_the_committed_files(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    _run_make_sample(first, "1")
    _run_make_sample(second, "2")  # string hashing must not leak into the output
    names = ("households.json", "one-household.json", "README.md")
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), f"{name} differs between two runs"
        committed = DATA / "sample" / name
        assert (first / name).read_bytes() == committed.read_bytes(), (
            f"data/sample/{name} is stale: run .venv/bin/python data/make_sample.py")


def test_generator_makes_any_number_of_households_independently_of_the_count():
    make_sample = sample_generator
    small, _ = make_sample.generate(count=5, seed="7", edges=False)
    large, _ = make_sample.generate(count=40, seed="7", edges=False)
    assert len(small) == 6 and len(large) == 41  # plus the one typical household
    assert large[:6] == small, "household i does not depend on how many are generated"
    other, _ = make_sample.generate(count=5, seed="8", edges=False)
    assert other[1:] != small[1:], "the seed changes the households"


def test_sample_readme_lists_exactly_the_planted_edge_cases(sample):
    text = (DATA / "sample" / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `(edge-[^`]+)` \|", text, flags=re.M))
    planted = {h["household_id"] for h in sample if h["household_id"].startswith("edge-")}
    assert listed == planted


def test_committed_schema_is_the_generated_one():
    make_schema = _module("make_schema")
    committed = (DATA / "schema" / "household.schema.json").read_text(encoding="utf-8")
    assert committed == make_schema.render(), "data/schema/household.schema.json is stale: run .venv/bin/python data/make_schema.py"
    assert json.loads(committed) == Household.model_json_schema()


def test_data_readme_documents_every_field_with_its_vietnamese_label():
    text = (DATA / "README.md").read_text(encoding="utf-8")
    for model in (Household, Residence, Member, Housing, StatusDecision):
        for name, f in model.model_fields.items():
            assert f"`{name}`" in text, f"{model.__name__}.{name} is not documented in data/README.md"
            assert f.title and f.title in text, f"label of {model.__name__}.{name} ('{f.title}') missing from data/README.md"


def test_the_generators_realism_choices_agree_with_the_indicator_definitions_in_rules():
    """make_sample picks 'safe' and 'unsafe' answers per region for realism; which answers are safe is
    the law's (rules/indicators.yaml), so the realism lists must fall on the right side of it."""
    make_sample = sample_generator
    book = rulebook.default()
    safe = book.code_sets["safe_water"].codes
    assert all(set(v) <= safe for v in make_sample.SAFE_WATER.values())
    assert all(not set(v) & safe for v in make_sample.UNSAFE_WATER.values())
    upper = book.code_sets["education_upper_secondary_or_vocational"].codes
    assert set(make_sample.UPPER_OR_MORE) <= upper and not set(make_sample.LOWER) & upper
    assert set(make_sample.LOWER) <= book.code_sets["education_lower_secondary_or_more"].codes
