"""Step definitions for the audit feature files (features/kiem_tra_*.feature), one file per flag family.

Each scenario builds a small review list and loan book from Vietnamese phrases (tests/features/vi_audit.py),
runs engine.audit.audit_frames and checks the flags. Scenario tags ``@flag:<code>`` say which flag a
scenario is about; after each scenario every tagged code must have been looked for by a "Thì" step
(found, or shown absent in a clean twin), and ``test_every_flag_has_a_positive_scenario`` requires each
flag of engine/audit/catalogue.py to be found by some scenario tagged with it.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, scenarios, then, when
from pytest_bdd.gherkin_parser import get_gherkin_document

from vi_audit import SETTINGS, SEVERITIES, STATUSES, AuditContext, iso, make_decision
from vi_household import lookup, vi_amount, vi_date

from engine.audit.catalogue import FLAGS

FEATURE_DIR = Path(__file__).resolve().parents[2] / "features"
FEATURES = sorted(p.name for p in FEATURE_DIR.glob("kiem_tra_*.feature"))
_POSITIVE: dict[str, set] = {}  # scenario node name → codes found (filled at run time)

with warnings.catch_warnings():
    # pytest-bdd turns '@flag:<code>' into a mark named 'flag:<code>', which pytest cannot register by name
    warnings.simplefilter("ignore", pytest.PytestUnknownMarkWarning)
    scenarios(*FEATURES)

ID = r'"(?P<hid>[^"]+)"'
LOAN = r'"(?P<lid>[^"]+)"'
CODE = r'"(?P<code>[a-z_]+\.[a-z_]+)"'


@pytest.fixture
def actx(request):
    """The scenario's data and result; on teardown, every ``@flag:<code>`` tag must name a flag of the
    catalogue that some "Thì" step of the scenario looked for (unless the scenario already failed)."""
    ctx = AuditContext()
    failed_before = request.session.testsfailed
    yield ctx
    if request.session.testsfailed > failed_before:
        return
    tags = [m.name.split(":", 1)[1] for m in request.node.iter_markers() if m.name.startswith("flag:")]
    unknown = [t for t in tags if t not in FLAGS]
    assert not unknown, f"thẻ @flag: không có trong engine/audit/catalogue.py: {unknown}"
    unchecked = set(tags) - ctx.checked
    assert not unchecked, f"kịch bản gắn thẻ {sorted(unchecked)} nhưng không bước 'Thì' nào kiểm tra cảnh báo đó"


# --------------------------------------------------------------------------- Cho (Given)

@given(parsers.re(r"ngày rà soát là (?P<date>\d{1,2}/\d{1,2}/\d{4})"))
def review_date(actx, date):
    actx.draft.day = vi_date(date)


@given(parsers.re(rf"hộ {ID} ở (?P<area>nông thôn|thành thị|đô thị) có thu nhập (?P<amount>\S+) đồng/người/tháng"))
def a_household(actx, hid, area, amount):
    actx.draft.add_household(hid, area, vi_amount(amount))


@given(parsers.re(rf"hộ {ID} ở (?P<area>nông thôn|thành thị|đô thị) chưa rõ thu nhập"))
def a_household_without_income(actx, hid, area):
    actx.draft.add_household(hid, area, None)


@given(parsers.re(rf"hộ {ID} thiếu hụt (?P<k>\d+) chỉ số về nước, nhà tiêu, nhà ở, diện tích"))
def deprived(actx, hid, k):
    actx.draft.set_deprived(hid, int(k))


@given(parsers.re(rf'hộ {ID} khai báo chỉ số "(?P<label>[^"]+)" là "(?P<state>thiếu hụt|không thiếu hụt)"'))
def declared(actx, hid, label, state):
    from engine.law import rulebook

    ind = next((i for i in rulebook.default().indicators.values() if i.label == label), None)
    assert ind is not None, f"không có chỉ số tên '{label}'"
    actx.draft.household(hid)[f"declared_{ind.id}"] = state == "thiếu hụt"


@given(parsers.re(rf"hộ {ID} không có thành viên nào dùng internet"))
def no_internet(actx, hid):
    actx.draft.household(hid)["internet_use"] = False


@given(parsers.re(rf'hộ {ID} được UBND xã công nhận "(?P<status>[^"]+)" ngày (?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}})'))
def recognised(actx, hid, status, date):
    actx.draft.decisions.append(make_decision(hid, status, date))


@given(parsers.re(rf'danh sách ghi hộ {ID} là "(?P<status>[^"]+)" theo quyết định ngày (?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}})'))
def listed(actx, hid, status, date):
    h = actx.draft.household(hid)
    h["recognised_status"] = lookup(STATUSES, status, "tình trạng")
    h["status_decision_date"] = iso(date)


@given(parsers.re(rf'danh sách kỳ trước ngày (?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}}) ghi hộ {ID} là "(?P<status>[^"]+)" '
                  rf'theo quyết định ngày (?P<dec>\d{{1,2}}/\d{{1,2}}/\d{{4}})'))
def previous_list(actx, date, hid, status, dec):
    actx.draft.previous_date = vi_date(date)
    actx.draft.previous[hid] = (lookup(STATUSES, status, "tình trạng"), iso(dec))


@given(parsers.re(rf"hộ {ID} có các thành viên:"))
def members(actx, hid, datatable):
    actx.draft.members_from_table(hid, datatable)


@given(parsers.re(rf"hộ {ID} (?P<need>có|không có) nhu cầu vay vốn"))
def loan_need(actx, hid, need):
    actx.draft.household(hid)["loan_need"] = need == "có"


@given(parsers.re(r"sổ vay có các khoản vay:"))
def loan_book(actx, datatable):
    actx.draft.loans_from_table(datatable)


@given(parsers.re(r"sổ vay không có khoản vay nào"))
def empty_loan_book(actx):
    actx.draft.loans = []


@given(parsers.re(r'thiết lập "(?P<name>[^"]+)" là (?P<value>\S+)'))
def setting(actx, name, value):
    field = lookup(SETTINGS, name, "thiết lập")
    actx.draft.settings[field] = float(value.replace(",", ".")) if field == "borderline_band" else int(value)


@given(parsers.re(r'bộ quy tắc thử bỏ quy tắc "(?P<rule_id>[^"]+)"'))
def trimmed_rulebook(actx, rule_id, tmp_path):
    """A copy of rules/ without one rule, to show what the audit says when no rule decides a household."""
    import shutil

    from engine.law import rulebook

    rules = tmp_path / "rules"
    shutil.copytree(rulebook.RULES_DIR, rules)
    for f in (rules / "families").rglob("*.yaml"):
        text = f.read_text(encoding="utf-8")
        start = text.find(f"  - id: {rule_id}\n")
        if start >= 0:
            nxt = text.find("\n  - id: ", start + 1)
            f.write_text(text[:start] + (text[nxt + 1:] if nxt >= 0 else ""), encoding="utf-8")
            break
    else:
        raise KeyError(rule_id)
    actx.draft.book = rulebook.load(rules)


# --------------------------------------------------------------------------- Khi (When)

@when("kiểm tra danh sách và sổ vay")
def check(actx):
    actx.result = actx.draft.run()


# --------------------------------------------------------------------------- Thì (Then)

def _expect(actx, code, present: bool, **where):
    assert code in FLAGS, f"mã cảnh báo '{code}' không có trong engine/audit/catalogue.py"
    actx.checked.add(code)
    f = actx.flags(code, **where)
    shown = actx.result.flags[["code", "household_id", "loan_id", "message"]].to_string(max_colwidth=90)
    if present:
        assert len(f), f"không có cảnh báo {code} {where}; các cảnh báo:\n{shown}"
        actx.found.add(code)
        actx.last = f
    else:
        assert not len(f), f"có cảnh báo {code} {where} không mong đợi: {list(f['message'])}"


@then(parsers.re(rf"có cảnh báo {CODE} cho hộ {ID}"))
def flag_for_household(actx, code, hid):
    _expect(actx, code, True, household=hid)


@then(parsers.re(rf"có cảnh báo {CODE} cho khoản vay {LOAN}"))
def flag_for_loan(actx, code, lid):
    _expect(actx, code, True, loan=lid)


@then(parsers.re(rf"có cảnh báo {CODE}$"))
def flag_anywhere(actx, code):
    _expect(actx, code, True)


@then(parsers.re(rf"không có cảnh báo {CODE} cho hộ {ID}"))
def no_flag_for_household(actx, code, hid):
    _expect(actx, code, False, household=hid)


@then(parsers.re(rf"không có cảnh báo {CODE} cho khoản vay {LOAN}"))
def no_flag_for_loan(actx, code, lid):
    _expect(actx, code, False, loan=lid)


@then(parsers.re(rf"không có cảnh báo {CODE}$"))
def no_flag(actx, code):
    _expect(actx, code, False)


@then(parsers.re(r'cảnh báo đó có mức độ "(?P<level>cao|trung bình|thấp)"'))
def severity(actx, level):
    assert set(actx.last["severity"]) == {SEVERITIES[level]}, list(actx.last["severity"])


@then(parsers.re(r'cảnh báo đó nêu "(?P<text>[^"]+)"'))
def message_says(actx, text):
    assert actx.last["message"].str.contains(text, regex=False).all(), list(actx.last["message"])


@then(parsers.re(r'cảnh báo đó có căn cứ "(?P<text>[^"]+)"'))
def citation_says(actx, text):
    assert actx.last["citation"].str.contains(text, regex=False).all(), list(actx.last["citation"])


@then(parsers.re(r'cảnh báo đó ghi giá trị "(?P<name>[^"]+)" là "(?P<value>[^"]*)"'))
def value_is(actx, name, value):
    got = [json.loads(v).get(name) for v in actx.last["values"]]
    assert all(str(g) == value for g in got), got


@then(parsers.re(r"cảnh báo đó có (?P<n>\d+) dòng"))
def count(actx, n):
    assert len(actx.last) == int(n), list(actx.last["message"])


# --------------------------------------------------------------------------- the feature files themselves

def _tagged_scenarios():
    out = []
    for name in FEATURES:
        feature = get_gherkin_document(str(FEATURE_DIR / name)).feature
        ftags = {t.name.lstrip("@") for t in feature.tags}
        for child in feature.children:
            kids = child.rule.children if child.rule is not None else [child]
            for k in kids:
                if k.scenario is not None:
                    tags = ftags | {t.name.lstrip("@") for t in k.scenario.tags}
                    out.append((name, k.scenario.name, {t.split(":", 1)[1] for t in tags if t.startswith("flag:")},
                                [s.text for s in k.scenario.steps]))
    return out


def test_every_flag_has_a_positive_scenario():
    """Each flag code is tagged on a scenario whose "Thì" steps say it is raised."""
    covered = set()
    for _, _, tags, steps in _tagged_scenarios():
        for code in tags:
            if any(re.match(rf'có cảnh báo "{re.escape(code)}"', s) for s in steps):
                covered.add(code)
    missing = sorted(set(FLAGS) - covered)
    assert not missing, f"cảnh báo chưa có kịch bản tiếng Việt: {missing}"


def test_every_audit_scenario_is_tagged():
    untagged = [f"{f}: {s}" for f, s, tags, _ in _tagged_scenarios() if not tags]
    assert not untagged, f"kịch bản chưa gắn thẻ @flag:<mã>: {untagged}"


def test_one_feature_file_per_flag_family():
    from engine.audit.catalogue import FAMILIES

    families = set()
    for name in FEATURES:
        feature = get_gherkin_document(str(FEATURE_DIR / name)).feature
        families |= {t.name.split(":", 1)[1] for t in feature.tags if t.name.startswith("@family:")}
    assert families == set(FAMILIES), sorted(set(FAMILIES) ^ families)
