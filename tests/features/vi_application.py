"""Vietnamese vocabulary of the lending-program feature files and the application they describe.

* ``ApplicationDraft`` — a loan application built up step by step from Vietnamese phrases (the
  household, the commune's recognition decisions, the general lending conditions, the loans still
  outstanding, the request and each program's own facts). It stays a plain dict until the "Khi"
  step, so bad input reaches the engine's own validation (engine.facts.validation.parse_application)
  exactly as a user's file would.
* ``Screening`` — one "Khi" step's answer plus, per program, the facts and rule states behind it
  (re-derived the way tests/test_differential_programs.py does), so the tags of a scenario can be
  checked against the rules it really exercised and the vectorised engine can be asked the same.
* Words only: no number from the law lives here (those are written in the .feature files and
  checked against the engine's answers). Amounts and dates are read by vi_household's parsers.

A module of its own (not conftest.py) so that the step module and the hook plugin can import it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from vi_household import HouseholdDraft, lookup, vi_amount, vi_area, vi_date, vi_date_raw  # noqa: F401 (re-exported)

from engine.facts import household as derive, application as derive_application
from engine.law import periods
from engine.decisions import programs
from engine.screening import screen as screening
from engine.law.rulebook import Rulebook

# Recognition decisions of the commune People's Committee (status_history[].status).
STATUSES = {
    "hộ nghèo": "poor",
    "hộ cận nghèo": "near_poor",
    "hộ mới thoát nghèo": "escaped_poor",
    "hộ mới thoát cận nghèo": "escaped_near_poor",
    "không thuộc danh sách hộ nghèo, hộ cận nghèo": "none",
}

# Short names of programs as officers say them ("dư nợ chương trình hộ nghèo …"); the "Khi" step
# takes the program's full title from rules/ instead (``program_by_title``).
PROGRAM_SHORT = {
    "hộ nghèo": "poor_households",
    "hộ cận nghèo": "near_poor_households",
    "hộ mới thoát nghèo": "newly_escaped_households",
    "nước sạch": "rural_water_supply",
    "vệ sinh môi trường": "rural_sanitation",
    "học sinh, sinh viên": "students",
    "STEM": "stem_students",
    "học nghề cho người chấp hành xong án phạt tù": "post_prison_vocational",
    "sản xuất, kinh doanh cho người chấp hành xong án phạt tù": "post_prison_production",
    "cơ sở sử dụng người chấp hành xong án phạt tù": "post_prison_business",
    "nhà ở xã hội (mua, thuê mua)": "social_housing_buy",
    "nhà ở xã hội (xây, sửa nhà)": "social_housing_build",
    "nhà ở hộ nghèo (QĐ 167)": "poor_housing_qd167",
    "nhà ở phòng chống bão lụt (QĐ 48)": "storm_housing_qd48",
    "nhà ở hộ nghèo (QĐ 33)": "poor_housing_qd33",
    "nhà ở đồng bào dân tộc thiểu số": "ethnic_minority_housing",
    "tạo việc làm cho người lao động": "job_creation_worker",
    "tạo việc làm cho cơ sở": "job_creation_establishment",
}

RELATIONS = {
    "vợ/chồng": "spouse", "vợ": "spouse", "chồng": "spouse", "con": "child", "cha/mẹ": "parent",
    "cha": "parent", "mẹ": "parent", "cháu": "grandchild", "ông/bà": "grandparent", "anh/chị/em": "sibling",
    "con dâu/con rể": "child_in_law", "khác": "other",
}

# Yes/no facts of an application, each said three ways: held, not held, not known.
# (block, field) → (held, not held, unknown). Block "lending" is Application.lending.
BOOLEAN_FACTS: dict[tuple[str, str], tuple[str, str, str]] = {
    ("lending", "representative_full_capacity"): (
        "người đại diện vay có đủ năng lực hành vi dân sự",
        "người đại diện vay không có đủ năng lực hành vi dân sự",
        "chưa rõ người đại diện vay có đủ năng lực hành vi dân sự hay không"),
    ("lending", "resides_in_lending_commune"): (
        "hộ cư trú hợp pháp tại xã nơi cho vay",
        "hộ không cư trú hợp pháp tại xã nơi cho vay",
        "chưa rõ hộ có cư trú hợp pháp tại xã nơi cho vay hay không"),
    ("lending", "savings_group_member"): (
        "hộ là thành viên Tổ Tiết kiệm và vay vốn",
        "hộ không phải là thành viên Tổ Tiết kiệm và vay vốn",
        "chưa rõ hộ có là thành viên Tổ Tiết kiệm và vay vốn hay không"),
    ("lending", "selected_at_group_meeting"): (
        "hộ được Tổ TK&VV bình xét cho vay",
        "hộ không được Tổ TK&VV bình xét cho vay",
        "chưa rõ hộ có được Tổ TK&VV bình xét cho vay hay không"),
    ("lending", "commune_certified"): (
        "hộ có tên trong danh sách được UBND xã xác nhận",
        "hộ không có tên trong danh sách được UBND xã xác nhận",
        "chưa rõ hộ có tên trong danh sách được UBND xã xác nhận hay không"),
    ("water_sanitation", "commitment_certified"): (
        "hộ có cam kết sử dụng vốn đúng mục đích, trả nợ đúng hạn được UBND xã xác nhận",
        "hộ không có cam kết được UBND xã xác nhận",
        "chưa rõ hộ có cam kết được UBND xã xác nhận hay không"),
    # học sinh, sinh viên; người học ngành STEM
    ("student", "orphan"): (
        "người học mồ côi cả cha lẫn mẹ, hoặc mồ côi cha/mẹ và người còn lại không có khả năng lao động",
        "người học không mồ côi",
        "chưa rõ người học có mồ côi hay không"),
    ("student", "family_hardship_certified"): (
        "gia đình người học gặp khó khăn do tai nạn, bệnh tật, thiên tai, hỏa hoạn, dịch bệnh, được UBND xã xác nhận",
        "gia đình người học không gặp khó khăn đột xuất",
        "chưa rõ gia đình người học có gặp khó khăn đột xuất hay không"),
    ("student", "licensed_institution"): (
        "cơ sở giáo dục nghề nghiệp của người học được cấp phép",
        "cơ sở giáo dục nghề nghiệp của người học chưa được cấp phép",
        "chưa rõ cơ sở giáo dục nghề nghiệp của người học có được cấp phép hay không"),
    ("student", "academic_requirement_met"): (
        "người học đạt yêu cầu về kết quả học tập",
        "người học không đạt yêu cầu về kết quả học tập",
        "chưa rõ người học có đạt yêu cầu về kết quả học tập hay không"),
    # người chấp hành xong án phạt tù
    ("prison", "certificate"): (
        "người đó có giấy chứng nhận chấp hành xong án phạt tù",
        "người đó không có giấy chứng nhận chấp hành xong án phạt tù hoặc giấy chứng nhận đặc xá",
        "chưa rõ người đó có giấy chứng nhận chấp hành xong án phạt tù hay không"),
    ("prison", "on_police_list"): (
        "người đó có tên trong danh sách của công an xã",
        "người đó không có tên trong danh sách của công an xã",
        "chưa rõ người đó có tên trong danh sách của công an xã hay không"),
    ("prison", "commune_confirmed"): (
        "danh sách của công an xã được UBND xã xác nhận (mẫu 01)",
        "danh sách của công an xã chưa được UBND xã xác nhận",
        "chưa rõ danh sách của công an xã đã được UBND xã xác nhận hay chưa"),
    ("prison", "loan_need"): (
        "người đó có nhu cầu vay vốn",
        "người đó không có nhu cầu vay vốn",
        "chưa rõ người đó có nhu cầu vay vốn hay không"),
    # cơ sở sản xuất, kinh doanh
    ("business", "lawfully_operating"): (
        "cơ sở hoạt động hợp pháp",
        "cơ sở không hoạt động hợp pháp",
        "chưa rõ cơ sở có hoạt động hợp pháp hay không"),
    ("business", "plan_confirmed"): (
        "phương án vay của cơ sở được UBND xã nơi thực hiện xác nhận (mẫu 02)",
        "phương án vay của cơ sở chưa được UBND xã xác nhận",
        "chưa rõ phương án vay của cơ sở đã được UBND xã xác nhận hay chưa"),
    # vay tạo việc làm
    ("job_creation", "plan_confirmed"): (
        "có dự án, phương án tạo việc làm được xác nhận",
        "không có dự án, phương án tạo việc làm được xác nhận",
        "chưa rõ dự án, phương án tạo việc làm đã được xác nhận hay chưa"),
    ("job_creation", "preferential_group"): (
        "người vay thuộc nhóm được hưởng lãi suất ưu đãi",
        "người vay không thuộc nhóm được hưởng lãi suất ưu đãi",
        "chưa rõ người vay có thuộc nhóm được hưởng lãi suất ưu đãi hay không"),
    # nhà ở xã hội
    ("social_housing", "housing_condition_met"): (
        "người vay đáp ứng điều kiện về nhà ở",
        "người vay không đáp ứng điều kiện về nhà ở",
        "chưa rõ người vay có đáp ứng điều kiện về nhà ở hay không"),
    ("social_housing", "investor_contract"): (
        "người vay đã ký hợp đồng mua, thuê mua nhà ở xã hội với chủ đầu tư",
        "người vay chưa ký hợp đồng mua, thuê mua với chủ đầu tư",
        "chưa rõ người vay đã ký hợp đồng với chủ đầu tư hay chưa"),
    ("social_housing", "repayment_capacity"): (
        "người vay có thu nhập và khả năng trả nợ",
        "người vay không có khả năng trả nợ",
        "chưa rõ người vay có khả năng trả nợ hay không"),
    # hỗ trợ nhà ở hộ nghèo, hộ dân tộc thiểu số
    ("housing_support", "on_support_list"): (
        "hộ có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt",
        "hộ không có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt",
        "chưa rõ hộ có tên trong danh sách hỗ trợ nhà ở hay không"),
    ("housing_support", "ethnic_minority"): (
        "hộ là hộ dân tộc thiểu số",
        "hộ là hộ dân tộc Kinh",
        "chưa rõ hộ có phải hộ dân tộc thiểu số hay không"),
    ("housing_support", "extremely_difficult_area"): (
        "hộ cư trú hợp pháp tại xã, thôn đặc biệt khó khăn vùng đồng bào dân tộc thiểu số và miền núi",
        "hộ không cư trú tại xã, thôn đặc biệt khó khăn",
        "chưa rõ hộ có cư trú tại xã, thôn đặc biệt khó khăn hay không"),
    ("housing_support", "storm_flood_area"): (
        "hộ cư trú tại vùng thường xuyên bị bão, lũ thuộc 14 tỉnh miền Trung",
        "hộ không cư trú tại vùng thường xuyên bị bão, lũ",
        "chưa rõ hộ có cư trú tại vùng thường xuyên bị bão, lũ hay không"),
    ("housing_support", "no_or_dilapidated_house"): (
        "hộ chưa có nhà ở hoặc đang ở nhà tạm, hư hỏng, dột nát",
        "hộ đã có nhà ở kiên cố",
        "chưa rõ tình trạng nhà ở của hộ"),
    ("housing_support", "earlier_housing_support"): (
        "hộ đã được hỗ trợ nhà ở trước đây",
        "hộ chưa được hỗ trợ nhà ở lần nào",
        "chưa rõ hộ đã được hỗ trợ nhà ở trước đây hay chưa"),
    ("housing_support", "earlier_house_lost_to_disaster"): (
        "nhà được hỗ trợ trước đây đã bị thiên tai phá hủy",
        "nhà được hỗ trợ trước đây không bị thiên tai phá hủy",
        "chưa rõ nhà được hỗ trợ trước đây có bị thiên tai phá hủy hay không"),
    ("housing_support", "loan_plan_fits_purpose"): (
        "hộ có phương án vay phù hợp mục đích xây dựng mới, sửa chữa nhà ở",
        "phương án vay của hộ không phù hợp mục đích",
        "chưa rõ phương án vay của hộ có phù hợp mục đích hay không"),
}

# "người đó có đủ giấy tờ và xác nhận": the four yes/no facts of QĐ 22/2023 at once.
PRISON_PAPERS = ("certificate", "on_police_list", "commune_confirmed", "loan_need")

# The general conditions of NĐ 78/2002 in one phrase ("hộ đáp ứng các điều kiện chung khi vay vốn"),
# spelled out one by one in features/chuong_trinh_dieu_kien_chung.feature.
GENERAL_CONDITIONS = ("representative_full_capacity", "resides_in_lending_commune", "savings_group_member",
                      "selected_at_group_meeting", "commune_certified")

# Works of the rural water and sanitation programs, said per type of work.
# type → (missing, damaged, present and usable, unknown)
WORKS = {
    "water": ("hộ chưa có công trình cấp nước sinh hoạt",
              "công trình cấp nước sinh hoạt của hộ đã hư hỏng",
              "hộ đã có công trình cấp nước sinh hoạt còn dùng tốt",
              "chưa rõ hộ đã có công trình cấp nước sinh hoạt hay chưa"),
    "latrine": ("hộ chưa có nhà tiêu hợp vệ sinh",
                "nhà tiêu hợp vệ sinh của hộ đã hư hỏng",
                "hộ đã có nhà tiêu hợp vệ sinh còn dùng tốt",
                "chưa rõ hộ đã có nhà tiêu hợp vệ sinh hay chưa"),
}

DEFAULT_REPRESENTATIVE_BIRTH = "1980-03-15"


class FactNotInModel(Exception):
    """The scenario states a fact the input model (engine/facts/model.py) has no field for."""


def boolean_phrases() -> dict[str, tuple[tuple[str, str], bool | None]]:
    """phrase → ((block, field), value)."""
    out = {}
    for key, (held, failed, unknown) in BOOLEAN_FACTS.items():
        out[held], out[failed], out[unknown] = (key, True), (key, False), (key, None)
    return out


def works_phrases() -> dict[str, tuple[str, bool | None]]:
    """phrase → (type of work, works missing or damaged?)."""
    out = {}
    for kind, (missing, damaged, usable, unknown) in WORKS.items():
        out[missing], out[damaged], out[usable], out[unknown] = (kind, True), (kind, True), (kind, False), (kind, None)
    return out


def alternation(phrases) -> str:
    """A regex alternation of literal phrases, longest first (so no phrase shadows a longer one)."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def vi_rate(text: str) -> float:
    """'6,6' → 6.6; '10,296' → 10.296 (percent per year, Vietnamese decimal comma)."""
    return float(vi_amount(text))


def program_by_title(book: Rulebook, title: str) -> str:
    """The program code whose family title in rules/ is ``title``."""
    found = [f.program for f in book.families.values() if f.resolution == "eligibility" and f.title == title.strip()]
    if not found:
        titles = sorted(f.title for f in book.families.values() if f.resolution == "eligibility")
        raise KeyError(f"không có chương trình tên '{title}' trong rules/; các chương trình: {titles}")
    return found[0]


def family_of(book: Rulebook, program: str):
    return next(f for f in book.families.values() if f.resolution == "eligibility" and f.program == program)


def enum_code(book: Rulebook, fact: str, label: str):
    """The code of an enum fact whose Vietnamese label in rules/facts.yaml is ``label``; an empty
    label is "not known" (None)."""
    if label.strip() == "":
        return None
    values = book.facts[fact]["values"]
    found = [code for code, text in values.items() if text == label.strip()]
    if not found:
        raise KeyError(f"'{label}' không có trong danh mục {book.facts[fact]['label']}: {list(values.values())}")
    return found[0]


def fact_by_label(book: Rulebook, label: str) -> str:
    found = [name for name, spec in book.facts.items() if spec["label"] == label.strip()]
    if not found:
        raise KeyError(f"không có dữ kiện tên '{label}' trong rules/facts.yaml")
    return found[0]


def parameter_by_label(book: Rulebook, label: str) -> str:
    found = [name for name, p in book.parameters.items() if p.label == label.strip()]
    if not found:
        raise KeyError(f"không có tham số tên '{label}' trong rules/parameters")
    return found[0]


@dataclass
class ApplicationDraft:
    household: HouseholdDraft = field(default_factory=HouseholdDraft)
    status_history: list[dict] = field(default_factory=list)
    representative_member: int | None = None
    lending: dict = field(default_factory=dict)
    existing_loans: list[dict] = field(default_factory=list)
    requested_amount: object = None
    purpose: str | None = None
    blocks: dict[str, dict] = field(default_factory=dict)  # student, prison, business, … → fields
    works: dict[str, bool | None] = field(default_factory=dict)  # type of work → missing or damaged
    extra: dict = field(default_factory=dict)  # unknown application fields, for bad-input scenarios

    def set_household(self, area_text: str, head_birth: str) -> None:
        self.household.area = vi_area(area_text)
        self.household.members = [{"birth_date": vi_date_raw(head_birth), "relation": "head"}]

    def add_member(self, k: int, relation: str, birth: str) -> None:
        if k != len(self.household.members) + 1:
            raise ValueError(f"thành viên tiếp theo là số {len(self.household.members) + 1}, không phải số {k}")
        self.household.members.append({"birth_date": vi_date_raw(birth), "relation": lookup(RELATIONS, relation, "quan hệ")})

    def set_block(self, block: str, name: str, value) -> None:
        if block == "lending":
            self.lending[name] = value
        else:
            self.blocks.setdefault(block, {})[name] = value

    def meets_general_conditions(self) -> None:
        for name in GENERAL_CONDITIONS:
            self.lending[name] = True

    def recognised(self, status_text: str, date_text: str, number: str | None = None) -> None:
        entry = {"status": lookup(STATUSES, status_text, "tình trạng công nhận"), "decision_date": vi_date_raw(date_text)}
        if number:
            entry["decision_number"] = number
        self.status_history.append(entry)

    def outstanding(self, program: str, amount: str, purpose: str | None = None, disbursed: str | None = None) -> None:
        loan = {"program": program, "outstanding": vi_amount(amount)}
        if purpose:
            loan["purpose"] = purpose
        if disbursed:
            loan["disbursement_date"] = vi_date_raw(disbursed)
        self.existing_loans.append(loan)

    def _water_sanitation(self) -> dict:
        """The state of each type of work goes to its own field of the model."""
        fields = {"water": "water_works_missing_or_damaged", "latrine": "latrine_missing_or_damaged"}
        out = dict(self.blocks.get("water_sanitation", {}))
        for kind, value in self.works.items():
            if value is not None:
                out[fields[kind]] = value
        return out

    def to_json(self, programs_wanted: list[str] | None) -> dict:
        hh = self.household
        if not hh.members:
            hh.members = [{"birth_date": DEFAULT_REPRESENTATIVE_BIRTH, "relation": "head"}]
        household = hh.to_json()
        if self.status_history:
            household["status_history"] = self.status_history
        lending = dict(self.lending)
        if self.representative_member is not None:
            lending["representative_member"] = self.representative_member
        data: dict = {"household": household, "lending": lending, "existing_loans": self.existing_loans}
        if programs_wanted is not None:
            data["programs"] = programs_wanted
        if self.requested_amount is not None:
            data["requested_amount"] = self.requested_amount
        if self.purpose is not None:
            data["purpose"] = self.purpose
        blocks = {k: dict(v) for k, v in self.blocks.items()}
        ws = self._water_sanitation()
        if ws:
            blocks["water_sanitation"] = ws
        data.update(blocks)
        data.update(self.extra)
        return data


@dataclass
class ProgramRun:
    """One program's answer in one screening, with the facts and rule states behind it."""
    program: str
    decision: object  # engine.decisions.decision.ProgramDecision
    values: dict  # the program's facts (derive_application.program_facts)
    states: dict[str, bool | None]  # every rule of the program in force, and the general rules it requires
    family_rules: set[str]  # every rule of the program's family, in force or not


@dataclass
class Screening:
    day: dt.date
    application: object  # engine.facts.model.Application
    decision: object  # engine.decisions.decision.Decision
    runs: dict[str, ProgramRun] = field(default_factory=dict)


def program_runs(book: Rulebook, app, day: dt.date, decision) -> dict[str, ProgramRun]:
    """Re-derive each program's facts and rule states as screen_application does (the same path as
    tests/test_differential_programs.py), so that tags and the vectorised engine can be checked."""
    facts = derive.derive(app.household, day, book)
    shared = derive_application.application_facts(app, day, facts.values, facts.status_date,
                                                  decision.classification.outcome, book)
    period = periods.period_for(book, day)
    lending_states, _ = screening.evaluate_family(book, shared, period, programs.LENDING_FAMILY)
    out = {}
    for p in decision.programs:
        fam = family_of(book, p.program)
        values = derive_application.program_facts(shared, app, p.program, book)
        states, _ = screening.evaluate_family(book, values, period, fam.name)
        states = {**states, **{rid: lending_states[rid] for rid in fam.requires if rid in lending_states}}
        out[p.program] = ProgramRun(p.program, p, values, states, {r.id for r in fam.rules})
    return out


@dataclass
class ApplicationContext:
    draft: ApplicationDraft = field(default_factory=ApplicationDraft)
    screenings: list[Screening] = field(default_factory=list)
    error: Exception | None = None  # refusal at the latest "Khi" step
    errors: list = field(default_factory=list)  # every refusal in the scenario
    current: str | None = None  # program the "Thì" steps talk about
    asserted: set = field(default_factory=set)  # (screening index, program) whose answer a step checked
    vectorised_checked: int = 0
    step_failed: bool = False

    @property
    def screening(self) -> Screening:
        assert self.error is None, f"hồ sơ bị từ chối, không có kết quả: {self.error}"
        assert self.screenings, "chưa có bước 'Khi xét chương trình … ngày …'"
        return self.screenings[-1]

    def program(self, program: str | None = None):
        """The ProgramDecision of ``program`` (default: the one the "Khi" step named) in the latest
        screening; remembers that the scenario checked it."""
        s = self.screening
        code = program or self.current
        assert code is not None, "bước 'Khi' xét nhiều chương trình: nêu tên chương trình trong bước 'Thì'"
        assert code in s.runs, f"kết quả không có chương trình {code}; có: {sorted(s.runs)}"
        self.asserted.add((len(self.screenings) - 1, code))
        return s.runs[code].decision
