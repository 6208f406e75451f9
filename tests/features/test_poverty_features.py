"""Step definitions for the Vietnamese poverty-classification features (features/*.feature).

Every scenario builds a household from Vietnamese phrases, validates it with the engine's own
parser (engine.facts.validation.parse_household) and screens it with the interactive engine
(engine.screening.screen, durable-rules), then through the vectorised engine, which must give
the same outcome and flag codes (``_vectorised_outcomes``): through
``engine.evaluation.vectorised.screen_many(households, day) -> list[Decision]`` once it exists, until then
through ``engine.facts.tables.to_frames`` + ``engine.evaluation.vectorised.classify_frames`` as the differential
test does. If neither can be reached, scenarios run through the interactive engine only and
``test_vectorised_engine_runs_the_feature_scenarios`` is reported skipped with the reason.
"""
from __future__ import annotations

import re

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from vi_household import (ASSETS, DURABILITY, INDICATOR_STATES, LATRINE, OUTCOMES, WATER, YES_NO, indicator_by_label,
                          lookup, vi_amount, vi_area, vi_date, vi_date_raw)
from engine.decisions import text as render_text
from engine.errors import DungDoiTuongError, InputError, ReferenceDateError
from engine.facts.model import age_on
from engine.screening.screen import screen
from engine.facts.validation import parse_household

FEATURES = (
    "phan_loai_qd59_2015.feature",
    "phan_loai_nd07_2021.feature",
    "phan_loai_nd351_2025.feature",
    "ranh_gioi_thoi_gian.feature",
    "chi_so_thieu_hut.feature",
    "du_lieu_thieu.feature",
)
scenarios(*FEATURES)

AREA = r'(?P<area>nông thôn|thành thị|đô thị|"[^"]*")'
FRAGMENTS = re.compile(r'"([^"]*)"')


# --------------------------------------------------------------------------- the second engine

def vectorised_screen_many():
    """A ``screen_many(households, day) -> list[(outcome, flag codes)]`` over the vectorised engine,
    or None when it cannot be reached.

    Prefers ``engine.evaluation.vectorised.screen_many`` (the agreed interface, returning Decisions); until
    that exists, goes through ``engine.facts.tables.to_frames`` + ``engine.evaluation.vectorised.classify_frames``,
    the path tests/test_differential.py uses.
    """
    try:
        from engine.facts import tables as frames
        from engine.evaluation import vectorised
    except ImportError:
        return None
    screen_many = getattr(vectorised, "screen_many", None)
    if screen_many is not None:
        return lambda households, day: [(d.classification.outcome, d.flag_codes())
                                        for d in screen_many(list(households), day)]
    classify_frames = getattr(vectorised, "classify_frames", None)
    to_frames = getattr(frames, "to_frames", None)
    if classify_frames is None or to_frames is None:
        return None

    def via_frames(households, day):
        hh, mem, dec = to_frames(list(households))
        out = classify_frames(hh, mem, dec, day)
        return [(row.outcome, sorted(c for c in row.flag_codes.split(";") if c)) for row in out.itertuples(index=False)]

    return via_frames


def _vectorised_outcomes(households, day) -> list[tuple[str, list[str]]]:
    """(outcome, sorted flag codes) per household from the vectorised engine; skips with the
    reason when the vectorised engine cannot be reached, so the "Khi" step only calls it when it can."""
    screen_many = vectorised_screen_many()
    if screen_many is None:
        pytest.skip("engine.evaluation.vectorised chưa có screen_many(households, day) -> list[Decision] "
                    "(hay classify_frames + engine.facts.tables.to_frames): các kịch bản chỉ chạy qua bộ máy tương tác")
    return screen_many(households, day)


def test_vectorised_engine_runs_the_feature_scenarios():
    """Skipped, with the reason, in the summary whenever the scenarios cannot reach the vectorised engine."""
    household = parse_household({"household_id": "HO-VEC-01",
                                 "residence": {"province_code": "26", "commune_code": "09172", "area": "rural"},
                                 "members": [{"birth_date": "1980-03-15", "relation": "head"}]})
    day = vi_date("15/06/2024")
    decision = screen(household, day)
    assert _vectorised_outcomes([household], day) == [(decision.classification.outcome, decision.flag_codes())]


# --------------------------------------------------------------------------- Cho (Given)

def _area(text: str) -> str:
    return vi_area(text.strip('"'))


@given(parsers.re(rf"hộ gia đình ở khu vực {AREA} có (?P<n>\d+) thành viên"))
def household_with_members(ctx, area, n):
    ctx.draft.area = _area(area)
    ctx.draft.default_members(int(n))


@given(parsers.re(r"hộ gia đình chưa rõ khu vực, có (?P<n>\d+) thành viên"))
def household_without_area(ctx, n):
    ctx.draft.area = None
    ctx.draft.default_members(int(n))


@given(parsers.re(rf"hộ gia đình ở khu vực {AREA} có các thành viên:"))
def household_with_member_table(ctx, area, datatable):
    ctx.draft.area = _area(area)
    ctx.draft.members_from_table(datatable)


@given(parsers.re(r"thu nhập bình quân (?P<amount>\S+) đồng/người/tháng"))
def income(ctx, amount):
    ctx.draft.income = vi_amount(amount)


@given("hộ chưa có số liệu thu nhập bình quân")
def no_income(ctx):
    ctx.draft.income = None


@given(parsers.re(r"hộ khai báo thiếu hụt (?P<n>\d+) chỉ số dịch vụ xã hội cơ bản"))
def declared_count(ctx, n):
    ctx.draft.declare_count(int(n))


@given("hộ không khai báo chỉ số thiếu hụt nào")
def declared_nothing(ctx):
    ctx.draft.declared_count = None
    ctx.draft.declared = {}
    ctx.draft.declared_one = {}


@given(parsers.re(r'hộ khai báo chỉ số "(?P<label>[^"]+)" là "(?P<state>thiếu hụt|không thiếu hụt)"'))
def declared_one(ctx, book, label, state):
    ctx.draft.declared_one[indicator_by_label(book, label).id] = INDICATOR_STATES[state]


@given(parsers.re(r'thành viên số (?P<k>\d+) có "(?P<column>[^"]+)" là "(?P<value>[^"]*)"'))
def member_field(ctx, k, column, value):
    ctx.draft.set_member_field(int(k), column, value)


@given(parsers.re(r"thành viên số (?P<k>\d+) sinh ngày (?P<date>\S+)"))
def member_birth_date(ctx, k, date):
    ctx.draft.members[int(k) - 1]["birth_date"] = vi_date_raw(date)


@given(parsers.re(r"nhà ở có diện tích (?P<m2>[\d.,]+) m²(?: \(bình quân (?P<per_person>[\d.,]+) m²/người\))?"))
def living_area(ctx, m2, per_person):
    area = float(vi_amount(m2))
    ctx.draft.set_housing(living_area_m2=area)
    if per_person:  # the feature's own arithmetic, so a reader can trust the figure shown
        assert abs(area / len(ctx.draft.members) - float(vi_amount(per_person))) < 1e-9, \
            f"{m2} m² cho {len(ctx.draft.members)} người không phải {per_person} m²/người"


@given("nhà ở chưa rõ diện tích")
def living_area_unknown(ctx):
    ctx.draft.set_housing()


def _opt(vocab, text, what):
    return None if text.strip() == "" else lookup(vocab, text, what)


@given(parsers.re(r'nhà ở có tường "(?P<wall>[^"]*)", cột "(?P<column>[^"]*)", mái "(?P<roof>[^"]*)"'))
def housing_parts(ctx, wall, column, roof):
    ctx.draft.set_housing(wall=_opt(DURABILITY, wall, "tường"), column=_opt(DURABILITY, column, "cột"),
                          roof=_opt(DURABILITY, roof, "mái"))


@given(parsers.re(r'nguồn nước sinh hoạt là "(?P<value>[^"]*)"'))
def water(ctx, value):
    ctx.draft.water_source = _opt(WATER, value, "nguồn nước")


@given(parsers.re(r'nhà tiêu là "(?P<value>[^"]*)"'))
def latrine(ctx, value):
    ctx.draft.latrine = _opt(LATRINE, value, "nhà tiêu")


@given(parsers.re(r'có thành viên sử dụng internet: "(?P<value>[^"]*)"'))
def internet(ctx, value):
    ctx.draft.internet_use = _opt(YES_NO, value, "có/không")


@given(parsers.re(r'phương tiện tiếp cận thông tin là "(?P<value>[^"]*)"'))
def information_assets(ctx, value):
    text = value.strip()
    if text == "":
        ctx.draft.information_assets = None
    elif text == "không có":
        ctx.draft.information_assets = []
    else:
        ctx.draft.information_assets = [lookup(ASSETS, t, "phương tiện") for t in text.split(",")]


@given(parsers.re(r'nghe được loa truyền thanh xã/thôn: "(?P<value>[^"]*)"'))
def loudspeaker(ctx, value):
    ctx.draft.loudspeaker_reach = _opt(YES_NO, value, "có/không")


@given(parsers.re(r'hồ sơ có thêm trường "(?P<name>[^"]+)" với giá trị "(?P<value>[^"]*)"'))
def extra_field(ctx, name, value):
    ctx.draft.extra[name] = value


@given(parsers.re(r'thành viên số (?P<k>\d+) có thêm trường "(?P<name>[^"]+)" với giá trị "(?P<value>[^"]*)"'))
def member_extra_field(ctx, k, name, value):
    ctx.draft.members[int(k) - 1][name] = value


# --------------------------------------------------------------------------- Khi (When)

@when(parsers.re(r"xét phân loại hộ tại ngày (?P<date>\S+)"))
def classify_on(ctx, date):
    """Validate and screen; a refusal in Vietnamese is kept for the "Thì" steps, anything else
    (a Python stack trace) fails the scenario."""
    day = vi_date(date)
    ctx.error = None
    try:
        household = parse_household(ctx.draft.to_json())
        decision = screen(household, day)
    except DungDoiTuongError as exc:
        ctx.error = exc
        ctx.errors.append(exc)
        return
    ctx.decisions.append((day, decision))
    if vectorised_screen_many() is not None:
        assert _vectorised_outcomes([household], day) == [(decision.classification.outcome, decision.flag_codes())], \
            "bộ máy vector hoá cho kết quả hoặc cảnh báo khác bộ máy tương tác"
        ctx.vectorised_checked += 1


# --------------------------------------------------------------------------- Thì (Then)

def _fragments(text: str) -> list[str]:
    found = FRAGMENTS.findall(text)
    assert found, f"không đọc được đoạn văn trong ngoặc kép: {text!r}"
    return found


def _one_line_has_all(lines: list[str], fragments: list[str], what: str) -> None:
    assert any(all(f in line for f in fragments) for line in lines), \
        f"không {what} nào chứa đủ {fragments}:\n  " + "\n  ".join(lines)


@then(parsers.re(r'kết quả là "(?P<outcome>[^"]+)"'))
def outcome_is(ctx, outcome):
    c = ctx.decision.classification
    expected = OUTCOMES[outcome.strip().lower()]
    assert c.outcome == expected, f"kết quả {c.label!r} ({c.outcome}), mong đợi {outcome!r}; lý do: {c.reasons or c.review_reasons}"
    assert c.label.lower().startswith(outcome.strip().lower()), c.label


@then(parsers.re(r'chuẩn áp dụng là "(?P<instrument>[^"]+)"'))
def standard_is(ctx, instrument):
    assert ctx.decision.classification.standard == instrument


@then(parsers.re(r'lý do nêu (?P<text>".+")'))
def reason_mentions(ctx, text):
    _one_line_has_all(ctx.decision.classification.reasons, _fragments(text), "lý do")


@then(parsers.re(r'lý do cần rà soát nêu (?P<text>".+")'))
def review_reason_mentions(ctx, text):
    _one_line_has_all(ctx.decision.classification.review_reasons, _fragments(text), "lý do cần rà soát")


@then(parsers.re(r'vết đánh giá nêu (?P<text>".+")'))
def trace_mentions(ctx, text):
    lines = [f"{t.rule_id}: {c.text}" for t in ctx.decision.trace for c in t.conditions]
    _one_line_has_all(lines, _fragments(text), "điều kiện trong vết đánh giá")


@then(parsers.re(r'quy tắc "(?P<outcome>[^"]+)" không áp dụng vì "(?P<text>[^"]+)"'))
def rule_failed_because(ctx, outcome, text):
    """Every rule leading to that outcome failed, and one of them on a condition saying ``text``."""
    code = OUTCOMES[outcome.strip().lower()]
    rules = [t for t in ctx.decision.trace if t.outcome == code]
    assert rules, f"không có quy tắc nào cho kết quả {outcome!r} tại ngày tham chiếu"
    assert all(t.state == "failed" for t in rules), [(t.rule_id, t.state) for t in rules]
    failed = [c.text for t in rules for c in t.conditions if c.state == "failed"]
    assert any(text in c for c in failed), f"không điều kiện không đạt nào chứa {text!r}: {failed}"


@then(parsers.re(r'cần bổ sung dữ liệu "(?P<label>[^"]+)"'))
def missing_fact_named(ctx, book, label):
    facts = [name for name, spec in book.facts.items() if spec["label"] == label]
    assert facts, f"không có dữ kiện tên '{label}' trong rules/facts.yaml"
    d = ctx.decision
    flags = [f for f in d.flags if f.code == f"missing_data.{facts[0]}"]
    assert flags, f"không có cảnh báo thiếu '{label}'; cảnh báo: {d.flag_codes()}"
    assert all(label in f.message for f in flags)


@then(parsers.re(r'có cảnh báo "(?P<text>[^"]+)"'))
def flag_present(ctx, text):
    messages = [f.message for f in ctx.decision.flags]
    assert any(text in m for m in messages), f"không có cảnh báo chứa {text!r}: {messages}"


@then(parsers.re(r'không có cảnh báo "(?P<text>[^"]+)"'))
def flag_absent(ctx, text):
    messages = [f.message for f in ctx.decision.flags]
    assert not any(text in m for m in messages), f"có cảnh báo chứa {text!r}: {messages}"


@then(parsers.re(r'không có cảnh báo về chỉ số "(?P<label>[^"]+)"'))
def no_indicator_flag(ctx, book, label):
    iid = indicator_by_label(book, label).id
    ctx.checked_indicators.add(iid)
    assert f"indicator_mismatch.{iid}" not in ctx.decision.flag_codes()


@then('kết quả được đánh dấu "căn cứ chưa xác minh"')
def marked_unverified(ctx):
    d = ctx.decision
    assert d.classification.unverified and d.classification.unverified_basis
    assert "unverified_basis" in d.flag_codes()
    assert "căn cứ chưa xác minh" in render_text.decision_text(d).lower()


@then("kết quả không dựa trên căn cứ chưa xác minh")
def not_unverified(ctx):
    c = ctx.decision.classification
    assert not c.unverified and not c.unverified_basis, c.unverified_basis
    assert "unverified_basis" not in ctx.decision.flag_codes()


@then(parsers.re(r'căn cứ chưa xác minh gồm chỉ số "(?P<label>[^"]+)"'))
def unverified_indicator(ctx, book, label):
    ind = indicator_by_label(book, label)
    ctx.checked_indicators.add(ind.id)
    assert ind.confidence == "U"
    assert f"indicator.{ind.id}" in ctx.decision.classification.unverified_basis


@then(parsers.re(r'căn cứ chưa xác minh gồm giá trị "(?P<label>[^"]+)"'))
def unverified_parameter(ctx, book, label):
    names = [name for name, p in book.parameters.items() if p.label == label]
    assert names, f"không có tham số tên '{label}' trong rules/parameters"
    assert names[0] in ctx.decision.classification.unverified_basis, ctx.decision.classification.unverified_basis


def _indicator(ctx, book, label):
    ind = indicator_by_label(book, label)
    ctx.checked_indicators.add(ind.id)
    found = [i for i in ctx.decision.indicators if i.id == ind.id]
    assert found, f"kết quả không có chỉ số '{label}' (giai đoạn 2016–2021 không xét từng chỉ số — D3)"
    return found[0]


@then(parsers.re(r'chỉ số "(?P<label>[^"]+)" là "(?P<state>thiếu hụt|không thiếu hụt|chưa xác định)"'))
def indicator_state(ctx, book, label, state):
    ind = _indicator(ctx, book, label)
    assert ind.used is INDICATOR_STATES[state], \
        f"chỉ số {ind.number} '{ind.label}': tính từ dữ liệu {ind.derived}, khai báo {ind.declared}, dùng {ind.used}"


@then("các chỉ số của hộ là:")
def indicator_table(ctx, book, datatable):
    header, *rows = datatable
    assert [h.strip() for h in header] == ["chỉ số", "kết quả"], header
    for label, state in rows:
        indicator_state(ctx, book, label, state.strip())


@then(parsers.re(r'chỉ số "(?P<label>[^"]+)" được lấy theo (?P<source>dữ liệu của hộ|khai báo)'))
def indicator_source(ctx, book, label, source):
    ind = _indicator(ctx, book, label)
    assert ind.source == {"dữ liệu của hộ": "derived", "khai báo": "declared"}[source], ind.source


@then(parsers.re(r'chỉ số "(?P<label>[^"]+)" (?P<neg>không )?được tính vào số chỉ số thiếu hụt'))
def indicator_counts(ctx, book, label, neg):
    assert _indicator(ctx, book, label).counts is (not neg)


@then(parsers.re(r"số chỉ số thiếu hụt được tính là (?P<n>\d+)"))
def deprivation_count_is(ctx, n):
    assert ctx.decision.facts["deprivation_count"] == int(n), ctx.decision.facts


@then("số chỉ số thiếu hụt chưa xác định được")
def deprivation_count_unknown(ctx):
    assert ctx.decision.facts["deprivation_count"] is None, ctx.decision.facts


@then(parsers.re(r"thành viên số (?P<k>\d+) đủ (?P<age>\d+) tuổi tại ngày tham chiếu"))
def member_age(ctx, k, age):
    day = ctx.decisions[-1][0]
    birth = vi_date(_member_birth_text(ctx, int(k)))
    assert age_on(birth, day) == int(age), f"sinh {birth:%d/%m/%Y}, ngày tham chiếu {day:%d/%m/%Y}"


def _member_birth_text(ctx, k: int) -> str:
    y, m, d = ctx.draft.members[k - 1]["birth_date"].split("-")
    return f"{d}/{m}/{y}"


@then(parsers.re(r'hồ sơ bị từ chối với lỗi ở trường "(?P<label>[^"]+)" \(mã (?P<field>[^)\s]+)\): "(?P<content>[^"]+)"'))
def refused_on_field(ctx, label, field, content):
    err = ctx.error
    assert isinstance(err, InputError), f"mong đợi hồ sơ bị từ chối, nhưng: {err or ctx.decisions[-1][1].classification.label}"
    matching = [p for p in err.problems if p.field == field]
    assert matching, f"lỗi không nêu trường {field}: {[p.field for p in err.problems]}"
    assert any(p.label == label and content in p.message for p in matching), [p.text() for p in matching]
    assert f"{label} ({field}): " in err.message and content in err.message, err.message


@then(parsers.re(r'ngày tham chiếu bị từ chối với thông báo "(?P<text>[^"]+)"'))
def reference_date_refused(ctx, text):
    assert isinstance(ctx.error, ReferenceDateError), f"mong đợi ngày tham chiếu bị từ chối, nhưng: {ctx.error}"
    assert text in ctx.error.message, ctx.error.message


@then("thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật")
def error_is_plain_vietnamese(ctx):
    assert isinstance(ctx.error, DungDoiTuongError), ctx.error
    message = ctx.error.message
    for technical in ("Traceback", "ValidationError", "pydantic", "Error:", "errors.pydantic.dev"):
        assert technical not in message, message
    assert re.search(r"[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", message.lower()), message
