"""Step definitions for the Vietnamese lending-program features (features/chuong_trinh_*.feature).

Every scenario builds a loan application from Vietnamese phrases (vi_application.ApplicationDraft),
validates it with the engine's own parser (engine.facts.validation.parse_application) and screens it with
``engine.screening.screen_application`` (durable-rules). Each program answer is also computed by the
vectorised engine (engine.evaluation.vectorised_programs) from the same facts and must agree. After the
scenario, program_feature_hooks checks the ``@rule:`` tags against the rules really exercised.

Scenarios that show a defect outside features/ and tests/ are written as they should be and bound
below as strict xfails (``KNOWN_DEFECTS``); the feature file says so in a comment
"# Lỗi đã biết: <key>" above the scenario.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from pytest_bdd import given, parsers, scenario, scenarios, then, when
from pytest_bdd.gherkin_parser import get_gherkin_document
from vi_application import (PRISON_PAPERS, PROGRAM_SHORT, RELATIONS, STATUSES, ApplicationContext, FactNotInModel,
                            Screening, alternation, boolean_phrases, enum_code, fact_by_label, parameter_by_label,
                            program_by_title, program_runs, vi_amount, vi_date, vi_date_raw, vi_rate, works_phrases)

from engine.decisions import programs as program_rules
from engine.decisions import text as render_text
from engine.law import rulebook
from engine.evaluation import vectorised_programs
from engine.errors import DungDoiTuongError, InputError, ReferenceDateError
from engine.screening.screen import screen_application
from engine.facts.validation import parse_application

pytest_plugins = ["program_feature_hooks"]

ROOT = Path(__file__).resolve().parents[2]
FEATURE_DIR = ROOT / "features"
PROGRAM_FEATURES = tuple(sorted(p.name for p in FEATURE_DIR.glob("chuong_trinh_*.feature")))
FRAGMENTS = re.compile(r'"([^"]*)"')


# --------------------------------------------------------------------------- known defects

class MissingText(AssertionError):
    """A sentence the answer should contain is not there."""


class UnwantedText(AssertionError):
    """The answer says something it should not (an irrelevant reason, fact or value)."""


class WrongOutcome(AssertionError):
    """A program's outcome is not the one the law gives."""


@dataclass(frozen=True)
class KnownDefect:
    feature: str
    scenario: str
    raises: type[BaseException]
    reason: str


# Defects in rules/ or engine/ that a scenario shows, reported to their owner. Each scenario is
# written as it should be and runs as a strict xfail on the given exception: it must fail that way
# today and fails the run the day the defect is fixed, so that the entry is removed then.
KNOWN_DEFECTS: dict[str, KnownDefect] = {
}

for _key, _d in KNOWN_DEFECTS.items():
    if _d.feature in PROGRAM_FEATURES:
        globals()[f"test_known_defect_{_key}"] = pytest.mark.xfail(raises=_d.raises, reason=_d.reason, strict=True)(
            scenario(_d.feature, _d.scenario)(lambda: None))

scenarios(*PROGRAM_FEATURES)


@pytest.fixture
def app_ctx() -> ApplicationContext:
    return ApplicationContext()


@pytest.fixture(scope="session")
def book() -> rulebook.Rulebook:
    return rulebook.default()


# --------------------------------------------------------------------------- Cho (Given)

BOOLEAN = boolean_phrases()
WORKS = works_phrases()


@given(parsers.re(r'hộ gia đình ở (?P<area>nông thôn|thành thị|"[^"]*"), chủ hộ sinh ngày (?P<date>\S+)'))
def household(app_ctx, area, date):
    app_ctx.draft.set_household(area.strip('"'), date)


@given(parsers.re(rf"hộ có thêm thành viên số (?P<k>\d+) là (?P<relation>{alternation(RELATIONS)}), sinh ngày (?P<date>\S+)"))
def member(app_ctx, k, relation, date):
    app_ctx.draft.add_member(int(k), relation, date)


@given(parsers.re(r"người đại diện vay là thành viên số (?P<k>\d+)"))
def representative(app_ctx, k):
    app_ctx.draft.representative_member = int(k)


@given("hộ đáp ứng các điều kiện chung khi vay vốn")
def general_conditions(app_ctx):
    app_ctx.draft.meets_general_conditions()


@given(parsers.re(f"(?P<phrase>{alternation(BOOLEAN)})"))
def boolean_fact(app_ctx, phrase):
    (block, name), value = BOOLEAN[phrase]
    app_ctx.draft.set_block(block, name, value)


@given(parsers.re(f"(?P<phrase>{alternation(WORKS)})"))
def works(app_ctx, phrase):
    kind, value = WORKS[phrase]
    app_ctx.draft.works[kind] = value


@given(parsers.re(rf"hộ được UBND xã công nhận là (?P<status>{alternation(STATUSES)}) ngày (?P<date>\S+)"))
def recognised(app_ctx, status, date):
    app_ctx.draft.recognised(status, date)


@given("hộ chưa có quyết định công nhận nào của UBND xã")
def never_recognised(app_ctx):
    app_ctx.draft.status_history = []


@given(parsers.re(rf'hộ đang còn dư nợ chương trình (?P<program>{alternation(PROGRAM_SHORT)}) (?P<amount>\S+) đồng'
                  r'(?:, mục đích "(?P<purpose>[^"]*)")?'))
def outstanding(app_ctx, program, amount, purpose):
    app_ctx.draft.outstanding(PROGRAM_SHORT[program], amount, purpose)


@given("hộ không còn dư nợ chương trình nào")
def no_outstanding(app_ctx):
    app_ctx.draft.existing_loans = []


@given(parsers.re(r'hộ đề nghị vay (?P<amount>\S+) đồng(?:, mục đích "(?P<purpose>[^"]*)")?'))
def requested(app_ctx, amount, purpose):
    app_ctx.draft.requested_amount = vi_amount(amount)
    if purpose:
        app_ctx.draft.purpose = purpose


@given(parsers.re(r"thu nhập bình quân (?P<amount>\S+) đồng/người/tháng"))
def income(app_ctx, amount):
    app_ctx.draft.household.income = vi_amount(amount)


@given(parsers.re(r"hộ khai báo thiếu hụt (?P<n>\d+) chỉ số dịch vụ xã hội cơ bản"))
def declared_count(app_ctx, n):
    app_ctx.draft.household.declare_count(int(n))


@given(parsers.re(r'hồ sơ có thêm trường "(?P<name>[^"]+)" với giá trị "(?P<value>[^"]*)"'))
def extra_field(app_ctx, name, value):
    app_ctx.draft.extra[name] = value


@given(parsers.re(r'người học đang học tại "(?P<label>[^"]*)"'))
def institution(app_ctx, book, label):
    app_ctx.draft.set_block("student", "institution_type", enum_code(book, "student_institution_type", label))


@given(parsers.re(r"thu nhập bình quân của hộ người học (?P<amount>\S+) đồng/người/tháng"))
def student_household_income(app_ctx, amount):
    app_ctx.draft.set_block("student", "household_income_pc_month", vi_amount(amount))


@given(parsers.re(r'người học ngành "(?P<field>[^"]*)", giai đoạn "(?P<stage>[^"]*)"'))
def stem_field_stage(app_ctx, book, field, stage):
    app_ctx.draft.set_block("student", "stem_field", enum_code(book, "student_stem_field", field))
    app_ctx.draft.set_block("student", "stem_study_stage", enum_code(book, "student_stem_study_stage", stage))


@given(parsers.re(r"học phí còn phải đóng sau học bổng, hỗ trợ (?P<amount>\S+) đồng"))
def tuition(app_ctx, amount):
    app_ctx.draft.set_block("student", "tuition_remaining", vi_amount(amount))


@given("chưa rõ học phí còn phải đóng sau học bổng, hỗ trợ")
def tuition_unknown(app_ctx):
    app_ctx.draft.set_block("student", "tuition_remaining", None)


@given(parsers.re(r"người học đề nghị vay chi phí sinh hoạt (?P<n>\d+) tháng"))
def months_requested(app_ctx, n):
    app_ctx.draft.set_block("student", "months_requested", int(n))


@given(parsers.re(r"người chấp hành xong án phạt tù ngày (?P<date>\S+)"))
def prison_completion(app_ctx, date):
    app_ctx.draft.set_block("prison", "completion_date", vi_date_raw(date))


@given("người đó có đủ giấy tờ và xác nhận: giấy chứng nhận chấp hành xong án phạt tù, tên trong danh sách "
       "của công an xã được UBND xã xác nhận (mẫu 01), nhu cầu vay vốn")
def prison_papers(app_ctx):
    for name in PRISON_PAPERS:
        app_ctx.draft.set_block("prison", name, True)


@given(parsers.re(r"cơ sở có (?P<total>\d+) lao động, trong đó (?P<returnees>\d+) người chấp hành xong án phạt tù "
                  r"có hợp đồng lao động"))
def business_workers(app_ctx, total, returnees):
    app_ctx.draft.set_block("business", "workers_total", int(total))
    app_ctx.draft.set_block("business", "returnee_workers", int(returnees))


@given(parsers.re(r"cơ sở tạo việc làm, hỗ trợ cho (?P<n>\d+) lao động"))
def supported_workers(app_ctx, n):
    app_ctx.draft.set_block("business", "supported_workers", int(n))


@given(parsers.re(r'người vay thuộc nhóm "(?P<label>[^"]*)"'))
def social_housing_group(app_ctx, book, label):
    app_ctx.draft.set_block("social_housing", "group", enum_code(book, "social_housing_group", label))


@given(parsers.re(r'tình trạng hôn nhân "(?P<label>[^"]*)", thu nhập hằng tháng (?P<amount>\S+) đồng'))
def marital_income(app_ctx, book, label, amount):
    app_ctx.draft.set_block("social_housing", "marital_situation",
                            enum_code(book, "social_housing_marital_situation", label))
    app_ctx.draft.set_block("social_housing", "income_month", vi_amount(amount))


SOCIAL_HOUSING_AMOUNTS = {
    "giá trị hợp đồng mua, thuê mua nhà ở xã hội": "contract_value",
    "dự toán xây dựng, cải tạo, sửa chữa nhà ở": "construction_estimate",
    "giá trị tài sản bảo đảm": "collateral_value",
}


@given(parsers.re(rf"(?P<what>{alternation(SOCIAL_HOUSING_AMOUNTS)}) (?P<amount>\S+) đồng"))
def social_housing_amount(app_ctx, what, amount):
    app_ctx.draft.set_block("social_housing", SOCIAL_HOUSING_AMOUNTS[what], vi_amount(amount))


@given(parsers.re(r"hộ được hỗ trợ nhà ở lần trước ngày (?P<date>\S+)"))
def earlier_support(app_ctx, date):
    app_ctx.draft.set_block("housing_support", "earlier_housing_support", True)
    app_ctx.draft.set_block("housing_support", "earlier_support_date", vi_date_raw(date))


@given(parsers.re(r"hộ tách hộ, ở riêng từ ngày (?P<date>\S+)"))
def separate_household(app_ctx, date):
    app_ctx.draft.set_block("housing_support", "separate_household_since", vi_date_raw(date))


# --------------------------------------------------------------------------- Khi (When)

def _vectorised_agrees(book, s: Screening) -> None:
    """The vectorised engine gives each program the same answer from the same facts."""
    rows = [{**run.values, "program": p, "reference_date": pd.Timestamp(s.day)} for p, run in s.runs.items()]
    if not rows:
        return
    got = vectorised_programs.evaluate(book, vectorised_programs.facts_frame(rows, book))

    def num(x, digits=None):
        if x is None or (isinstance(x, float) and x != x):
            return None
        return round(x, digits) if digits else int(round(x))

    for (program, run), row in zip(s.runs.items(), got.itertuples(index=False)):
        d = run.decision
        a = (d.outcome, ";".join(d.rule_ids), d.remaining_amount, d.ceiling, d.max_term_months, d.interest_rate,
             ";".join(d.missing_facts), ";".join(d.unverified_basis))
        b = (row.outcome, row.rule_ids, num(row.remaining), num(row.ceiling), num(row.term_months), num(row.rate, 4),
             row.missing_facts, row.unverified_basis)
        assert a == b, f"bộ máy vector hoá cho '{d.label}' kết quả khác bộ máy tương tác:\n  {a}\n  {b}"


def _screen(app_ctx, book, date, programs_wanted, current):
    day = vi_date(date)
    app_ctx.error = None
    app_ctx.current = current
    try:
        app = parse_application(app_ctx.draft.to_json(programs_wanted))
        decision = screen_application(app, day, book)
    except DungDoiTuongError as exc:
        app_ctx.error = exc
        app_ctx.errors.append(exc)
        return
    s = Screening(day, app, decision, program_runs(book, app, day, decision))
    app_ctx.screenings.append(s)
    _vectorised_agrees(book, s)
    app_ctx.vectorised_checked += 1


@when(parsers.re(r'xét chương trình "(?P<title>[^"]+)" ngày (?P<date>\S+)'))
def screen_one(app_ctx, book, title, date):
    program = program_by_title(book, title)
    _screen(app_ctx, book, date, [program], program)


@when(parsers.re(r"xét mọi chương trình ngày (?P<date>\S+)"))
def screen_all(app_ctx, book, date):
    _screen(app_ctx, book, date, None, None)


@when(parsers.re(r'xét chương trình mã "(?P<code>[^"]*)" ngày (?P<date>\S+)'))
def screen_code(app_ctx, book, code, date):
    """A program named by its code, as an integrator's file would: unknown codes must be refused."""
    _screen(app_ctx, book, date, [code], code)


# --------------------------------------------------------------------------- Thì (Then)

def _fragments(text: str) -> list[str]:
    found = FRAGMENTS.findall(text)
    assert found, f"không đọc được đoạn văn trong ngoặc kép: {text!r}"
    return found


def _one_line_has_all(lines: list[str], fragments: list[str], what: str) -> None:
    if not any(all(f in line for f in fragments) for line in lines):
        raise MissingText(f"không {what} nào chứa đủ {fragments}:\n  " + "\n  ".join(lines))


def _outcome(d, label: str) -> None:
    if d.outcome_label != label.strip():
        raise WrongOutcome(f"'{d.label}': kết quả {d.outcome_label!r}, mong đợi {label!r}; "
                           f"lý do: {d.reasons}; cần rà soát: {d.review_reasons}")


@then(parsers.re(r'kết quả là "(?P<label>[^"]+)"'))
def outcome_is(app_ctx, label):
    _outcome(app_ctx.program(), label)


@then(parsers.re(r'chương trình "(?P<title>[^"]+)" có kết quả "(?P<label>[^"]+)"'))
def program_outcome_is(app_ctx, book, title, label):
    _outcome(app_ctx.program(program_by_title(book, title)), label)


@then("kết quả từng chương trình là:")
def outcome_table(app_ctx, book, datatable):
    """Columns "chương trình", "kết quả" and, optionally, "số tiền còn có thể vay (đồng)"
    (an empty cell: no amount, as for a refusal)."""
    header, *rows = datatable
    header = [h.strip() for h in header]
    assert header[:2] == ["chương trình", "kết quả"] and header[2:] in ([], ["số tiền còn có thể vay (đồng)"]), header
    for title, label, *amount in rows:
        d = app_ctx.program(program_by_title(book, title))
        _outcome(d, label)
        if amount:
            expected = vi_amount(amount[0]) if amount[0].strip() else None
            assert d.remaining_amount == expected, f"'{d.label}': số tiền còn có thể vay {d.remaining_amount}, mong đợi {expected}"


UNIT = r"(?P<unit>đồng/tháng|đồng)"


def _unit(d, unit: str) -> None:
    assert d.amount_unit == unit, f"'{d.label}': đơn vị {d.amount_unit!r}, mong đợi {unit!r}"


@then(parsers.re(rf"số tiền còn có thể vay là (?P<amount>\S+) {UNIT}"))
def remaining_is(app_ctx, amount, unit):
    d = app_ctx.program()
    assert d.remaining_amount == vi_amount(amount), f"số tiền còn có thể vay: {d.remaining_amount}"
    _unit(d, unit)
    if d.outcome == "eligible":
        _one_line_has_all(d.reasons, [f"Số tiền còn có thể vay: {amount} {unit}"], "lý do")


@then("không có số tiền còn có thể vay")
def no_remaining(app_ctx):
    d = app_ctx.program()
    assert d.remaining_amount is None, f"số tiền còn có thể vay: {d.remaining_amount}"


@then(parsers.re(rf"mức cho vay tối đa là (?P<amount>\S+) {UNIT}"))
def ceiling_is(app_ctx, amount, unit):
    d = app_ctx.program()
    assert d.ceiling == vi_amount(amount), f"mức cho vay tối đa: {d.ceiling}"
    _unit(d, unit)


@then("mức cho vay tối đa chưa rõ")
def ceiling_unknown(app_ctx):
    d = app_ctx.program()
    assert d.ceiling is None, f"mức cho vay tối đa: {d.ceiling}"


@then(parsers.re(r"dư nợ hiện tại trong chương trình là (?P<amount>\S+) đồng"))
def outstanding_is(app_ctx, amount):
    d = app_ctx.program()
    assert d.outstanding == vi_amount(amount), f"dư nợ hiện tại: {d.outstanding}"


@then(parsers.re(r"lãi suất là (?P<rate>\S+)%/năm"))
def rate_is(app_ctx, rate):
    d = app_ctx.program()
    assert d.interest_rate is not None and abs(d.interest_rate - vi_rate(rate)) < 1e-9, f"lãi suất: {d.interest_rate}"


@then("lãi suất chưa rõ")
def rate_unknown(app_ctx):
    d = app_ctx.program()
    assert d.interest_rate is None, f"lãi suất: {d.interest_rate}"


@then(parsers.re(r"lãi suất nợ quá hạn là (?P<rate>\S+)%/năm"))
def overdue_rate_is(app_ctx, rate):
    d = app_ctx.program()
    assert d.overdue_rate is not None and abs(d.overdue_rate - vi_rate(rate)) < 1e-9, f"lãi suất nợ quá hạn: {d.overdue_rate}"


@then(parsers.re(r"thời hạn tối đa là (?P<n>\d+) tháng"))
def term_is(app_ctx, n):
    d = app_ctx.program()
    assert d.max_term_months == int(n), f"thời hạn tối đa: {d.max_term_months}"


@then("thời hạn tối đa chưa rõ")
def term_unknown(app_ctx):
    d = app_ctx.program()
    assert d.max_term_months is None, f"thời hạn tối đa: {d.max_term_months}"


@then(parsers.re(r'lý do có câu (?P<text>".+")'))
def reason_has(app_ctx, text):
    _one_line_has_all(app_ctx.program().reasons, _fragments(text), "lý do")


@then(parsers.re(r'lý do không có câu (?P<text>".+")'))
def reason_has_not(app_ctx, text):
    fragments = _fragments(text)
    lines = app_ctx.program().reasons
    if any(all(f in line for f in fragments) for line in lines):
        raise UnwantedText(f"có lý do chứa {fragments}:\n  " + "\n  ".join(lines))


@then(parsers.re(r'lý do cần rà soát có câu (?P<text>".+")'))
def review_reason_has(app_ctx, text):
    _one_line_has_all(app_ctx.program().review_reasons, _fragments(text), "lý do cần rà soát")


@then("không có lý do cần rà soát")
def no_review_reason(app_ctx):
    d = app_ctx.program()
    assert not d.review_reasons, d.review_reasons


@then(parsers.re(r'cần bổ sung dữ liệu "(?P<label>[^"]+)"'))
def missing_fact_named(app_ctx, book, label):
    d = app_ctx.program()
    fact = fact_by_label(book, label)
    assert fact in d.missing_facts, f"dữ liệu còn thiếu: {d.missing_facts}"
    assert f"Thiếu dữ liệu: {label}" in d.review_reasons, d.review_reasons


@then(parsers.re(r'không cần bổ sung dữ liệu "(?P<label>[^"]+)"'))
def fact_not_missing(app_ctx, book, label):
    d = app_ctx.program()
    fact = fact_by_label(book, label)
    if fact in d.missing_facts or any(label in r for r in d.review_reasons):
        raise UnwantedText(f"'{label}' không ảnh hưởng kết quả nhưng vẫn bị nêu là còn thiếu: {d.review_reasons}")


@then('kết quả được đánh dấu "căn cứ chưa xác minh"')
def marked_unverified(app_ctx):
    d = app_ctx.program()
    assert d.unverified and d.unverified_basis, (d.unverified, d.unverified_basis)
    _one_line_has_all(d.review_reasons, ["Căn cứ chưa xác minh: "], "lý do cần rà soát")
    text = render_text.decision_text(app_ctx.screening.decision)
    assert f"• {d.label}: {d.outcome_label.upper()} (căn cứ chưa xác minh)" in text, text


@then("kết quả không dựa trên căn cứ chưa xác minh")
def not_unverified(app_ctx):
    d = app_ctx.program()
    assert not d.unverified and not d.unverified_basis, d.unverified_basis


@then(parsers.re(r'căn cứ chưa xác minh gồm giá trị "(?P<label>[^"]+)"'))
def unverified_parameter(app_ctx, book, label):
    d = app_ctx.program()
    name = parameter_by_label(book, label)
    assert name in d.unverified_basis, d.unverified_basis


@then(parsers.re(r'căn cứ chưa xác minh không gồm giá trị "(?P<label>[^"]+)"'))
def not_unverified_parameter(app_ctx, book, label):
    d = app_ctx.program()
    name = parameter_by_label(book, label)
    if name in d.unverified_basis:
        raise UnwantedText(f"'{label}' không ảnh hưởng kết quả nhưng nằm trong căn cứ chưa xác minh: {d.unverified_basis}")


@then("căn cứ chưa xác minh gồm chính quy tắc cho vay")
def unverified_rule(app_ctx):
    """The program rule that decided the answer is itself tagged U (D9)."""
    s = app_ctx.screening
    d = app_ctx.program()
    deciding = set(d.rule_ids) & s.runs[d.program].family_rules
    assert deciding and deciding <= set(d.unverified_basis), (d.rule_ids, d.unverified_basis)


@then(parsers.re(r'giấy tờ cần chuẩn bị có "(?P<text>[^"]+)"'))
def paper_listed(app_ctx, text):
    d = app_ctx.program()
    assert any(text in p for p in d.papers), f"giấy tờ: {d.papers}"


@then(parsers.re(r'căn cứ pháp lý gồm "(?P<instrument>[^"]+)"'))
def cites(app_ctx, instrument):
    d = app_ctx.program()
    assert any(c.instrument == instrument for c in d.citations), [c.instrument for c in d.citations]


@then(parsers.re(r'có cảnh báo "(?P<text>[^"]+)"'))
def flag_present(app_ctx, text):
    messages = [f.message for f in app_ctx.screening.decision.flags]
    assert any(text in m for m in messages), f"không có cảnh báo chứa {text!r}: {messages}"


@then(parsers.re(r'không có cảnh báo "(?P<text>[^"]+)"'))
def flag_absent(app_ctx, text):
    messages = [f.message for f in app_ctx.screening.decision.flags]
    assert not any(text in m for m in messages), f"có cảnh báo chứa {text!r}: {messages}"


@then(parsers.re(r'hồ sơ bị từ chối với lỗi ở trường "(?P<label>[^"]+)" \(mã (?P<field>[^)\s]+)\): "(?P<content>[^"]+)"'))
def refused_on_field(app_ctx, label, field, content):
    err = app_ctx.error
    got = err or (app_ctx.screenings and app_ctx.screenings[-1].decision.programs)
    assert isinstance(err, InputError), f"mong đợi hồ sơ bị từ chối, nhưng: {got}"
    matching = [p for p in err.problems if p.field == field]
    assert matching, f"lỗi không nêu trường {field}: {[p.field for p in err.problems]}"
    assert any(p.label == label and content in p.message for p in matching), [p.text() for p in matching]
    assert f"{label} ({field}): " in err.message and content in err.message, err.message


@then(parsers.re(r'ngày tham chiếu bị từ chối với thông báo "(?P<text>[^"]+)"'))
def reference_date_refused(app_ctx, text):
    assert isinstance(app_ctx.error, ReferenceDateError), f"mong đợi ngày tham chiếu bị từ chối, nhưng: {app_ctx.error}"
    assert text in app_ctx.error.message, app_ctx.error.message


@then("thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật")
def error_is_plain_vietnamese(app_ctx):
    assert isinstance(app_ctx.error, DungDoiTuongError), app_ctx.error
    message = app_ctx.error.message
    for technical in ("Traceback", "ValidationError", "pydantic", "Error:", "errors.pydantic.dev"):
        assert technical not in message, message
    assert re.search(r"[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", message.lower()), message


# --------------------------------------------------------------------------- the feature files themselves

def _scenarios(path: Path):
    """(scenario name, tags incl. feature/rule/examples tags, line) for every scenario of a file."""
    feature = get_gherkin_document(str(path)).feature
    feature_tags = {t.name.lstrip("@") for t in feature.tags}

    def walk(children, inherited):
        for child in children:
            if child.rule is not None:
                yield from walk(child.rule.children, inherited | {t.name.lstrip("@") for t in child.rule.tags})
            elif child.scenario is not None:
                s = child.scenario
                tags = inherited | {t.name.lstrip("@") for t in s.tags}
                for ex in s.examples:
                    tags |= {t.name.lstrip("@") for t in ex.tags}
                yield s.name, tags, s.location.line

    return list(walk(feature.children, feature_tags))


def _program_rule_ids(book) -> set[str]:
    return {r.id for fam in book.families.values()
            if fam.resolution == "eligibility" or fam.name == program_rules.LENDING_FAMILY for r in fam.rules}


def test_there_is_a_feature_file_per_program():
    book = rulebook.default()
    assert "chuong_trinh_dieu_kien_chung.feature" in PROGRAM_FEATURES
    covered = set()
    for name in PROGRAM_FEATURES:
        for _, tags, _ in _scenarios(FEATURE_DIR / name):
            covered |= {t.split(":", 1)[1].split(".")[1] for t in tags if t.startswith("rule:program.")}
    programs = {fam.program for fam in book.families.values() if fam.resolution == "eligibility"}
    assert programs - covered == set(), f"chương trình chưa có kịch bản: {sorted(programs - covered)}"


def test_every_program_and_general_rule_has_a_scenario():
    """Every rule of rules/families/programs and rules/families/lending is tagged on a scenario."""
    book = rulebook.default()
    wanted = _program_rule_ids(book)
    assert wanted, "rules/ không có quy tắc chương trình cho vay nào"
    tagged: dict[str, list[str]] = {}
    for name in PROGRAM_FEATURES:
        for scen, tags, _ in _scenarios(FEATURE_DIR / name):
            for t in tags:
                if t.startswith("rule:"):
                    tagged.setdefault(t.split(":", 1)[1], []).append(f"{name}: {scen}")
    missing = sorted(wanted - set(tagged))
    assert not missing, f"quy tắc chưa có kịch bản nào gắn thẻ @rule:…: {missing}"
    unknown = sorted(set(tagged) - {r.id for r in book.rules})
    assert not unknown, f"thẻ @rule:… không có trong rules/: {unknown} ({[tagged[u] for u in unknown]})"


def test_every_program_scenario_is_tagged():
    untagged = [f"{name}: {scen}" for name in PROGRAM_FEATURES for scen, tags, _ in _scenarios(FEATURE_DIR / name)
                if not any(t.split(":", 1)[0] in ("rule", "input") for t in tags)]
    assert not untagged, f"kịch bản chưa gắn thẻ @rule:/@input:: {untagged}"


def test_known_defects_are_marked_in_the_features():
    """Each known defect names a scenario that exists, and the feature says so just above it."""
    for key, d in KNOWN_DEFECTS.items():
        path = FEATURE_DIR / d.feature
        found = [line for scen, _, line in _scenarios(path) if scen == d.scenario]
        assert found, f"{d.feature}: không có kịch bản '{d.scenario}' (lỗi đã biết {key})"
        lines = path.read_text(encoding="utf-8").splitlines()[:found[0] - 1]
        comments = [line.strip() for line in reversed(lines) if line.strip()][:4]
        assert f"# Lỗi đã biết: {key}" in comments, f"{d.feature}: thêm dòng '# Lỗi đã biết: {key}' ngay trên kịch bản"
    for name in PROGRAM_FEATURES:
        text = unicodedata.normalize("NFC", (FEATURE_DIR / name).read_text(encoding="utf-8"))
        for key in re.findall(r"# Lỗi đã biết: (\S+)", text):
            assert key in KNOWN_DEFECTS, f"{name}: '# Lỗi đã biết: {key}' không có trong KNOWN_DEFECTS"
