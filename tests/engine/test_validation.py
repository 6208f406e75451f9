"""Bad input: a clear Vietnamese message naming the field — never a stack trace, never a silent default."""
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.screening import screen as screening
from engine.facts import validation
from engine.errors import InputError, ReferenceDateError

GOOD = {
    "household_id": "HH-1",
    "residence": {"province_code": "15", "commune_code": "15123", "area": "rural"},
    "members": [{"birth_date": "1980-05-01", "relation": "head"}],
    "income_pc_month": 1_000_000,
}


def _problems(data):
    with pytest.raises(InputError) as exc:
        validation.parse_household(data)
    return exc.value.problems


def test_good_household_parses_and_normalises_to_nfc():
    nfd = "Nguye\u0302\u0303n"  # "Nguyễn" in NFD
    data = json.loads(json.dumps(GOOD))
    data["members"][0]["full_name"] = nfd
    h = validation.parse_household(data)
    assert h.members[0].full_name == "Nguyễn"


def test_negative_income_names_the_field():
    p = _problems({**GOOD, "income_pc_month": -5})
    assert p[0].field == "income_pc_month"
    assert "thu nhập" in p[0].label and "lớn hơn hoặc bằng 0" in p[0].message


def test_unknown_field_is_refused():
    p = _problems({**GOOD, "thu_nhap": 5})
    assert p[0].field == "thu_nhap" and "không có trong mẫu" in p[0].message


def test_missing_required_field_in_member_names_member_number():
    data = json.loads(json.dumps(GOOD))
    data["members"].append({"relation": "child"})
    p = _problems(data)
    assert p[0].field == "members[1].birth_date"
    assert p[0].label == "thành viên số 2 › ngày sinh" and p[0].message == "thiếu trường bắt buộc"


def test_unpadded_or_impossible_dates_are_refused():
    for bad in ("1980-5-1", "1980-13-40", "01/05/1980", 19800501):
        data = json.loads(json.dumps(GOOD))
        data["members"][0]["birth_date"] = bad
        p = _problems(data)
        assert p[0].field == "members[0].birth_date", bad
        assert "ngày" in p[0].message


def test_enum_error_lists_accepted_values():
    p = _problems({**GOOD, "residence": {**GOOD["residence"], "area": "mountain"}})
    assert p[0].field == "residence.area" and "rural" in p[0].message and "urban" in p[0].message


def test_bad_cccd():
    data = json.loads(json.dumps(GOOD))
    data["members"][0]["cccd"] = "12345"
    p = _problems(data)
    assert p[0].message == "số CCCD phải gồm đúng 12 chữ số"


def test_birth_after_reference_date_inside_coverage():
    data = json.loads(json.dumps(GOOD))
    data["members"].append({"birth_date": "2026-03-01", "relation": "child"})
    h = validation.parse_household(data)
    with pytest.raises(InputError) as exc:
        screening.screen(h, "2025-12-14")
    p = exc.value.problems[0]
    assert p.field == "members[1].birth_date" and "sau ngày tham chiếu 14/12/2025" in p.message


@pytest.mark.parametrize("day", ["2015-12-31", "2031-01-01", "2025-02-30", "hôm nay"])
def test_reference_date_outside_or_malformed(day):
    h = validation.parse_household(GOOD)
    with pytest.raises(ReferenceDateError) as exc:
        screening.screen(h, day)
    assert "Ngày tham chiếu" in exc.value.message


def test_missing_income_is_needs_review_not_zero():
    data = {k: v for k, v in GOOD.items() if k != "income_pc_month"}
    d = screening.screen(validation.parse_household(data), "2025-12-14")
    assert d.classification.outcome == "needs_review"
    assert "missing_data.income_pc_month" in d.flag_codes()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**15, 10**15) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=25)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.dictionaries(st.sampled_from(list(GOOD) + ["members", "housing", "status_history", "x"]), json_values))
def test_fuzz_arbitrary_json_never_crashes(data):
    """Whatever JSON arrives, the answer is a household or an InputError with Vietnamese problems."""
    try:
        validation.parse_household(data)
    except InputError as exc:
        assert exc.problems and all(p.message and p.label for p in exc.problems)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(income=st.integers(0, 10**9), area=st.sampled_from(["rural", "urban"]),
       day=st.dates(min_value=__import__("datetime").date(2016, 1, 1), max_value=__import__("datetime").date(2030, 12, 31)))
def test_property_income_above_every_line_is_never_poor(income, area, day):
    """Monotonicity (D1): raising income never turns a non-poor household poor."""
    data = json.loads(json.dumps(GOOD))
    data["residence"]["area"] = area
    data["income_pc_month"] = income
    data["declared_deprivation_count"] = 5
    low = screening.screen(validation.parse_household(data), day).classification.outcome
    data["income_pc_month"] = income + 10**6
    high = screening.screen(validation.parse_household(data), day).classification.outcome
    if low not in ("poor",):
        assert high != "poor"
