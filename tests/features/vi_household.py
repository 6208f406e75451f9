"""Vietnamese vocabulary of the poverty feature files and the household they describe.

* ``HouseholdDraft`` — a minimal valid household built up step by step from Vietnamese phrases
  (area, members, housing, water, latrine, internet, information assets, income, declared
  deprivations). It stays a plain dict until the "Khi" step, so bad input reaches the engine's
  own validation exactly as a user's file would.
* The words the steps accept, mapped to the model's codes. Words only: no number from the law
  lives here (those are written in the .feature files, where the engine's answers are checked).

A module of its own (not conftest.py) so that the step module can import it by a unique name.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

AREAS = {"nông thôn": "rural", "thành thị": "urban", "đô thị": "urban"}

OUTCOMES = {
    "hộ nghèo": "poor",
    "hộ cận nghèo": "near_poor",
    "hộ có mức sống trung bình": "average",
    "không thuộc diện": "none",
    "cần rà soát": "needs_review",
}

RELATIONS = {
    "chủ hộ": "head", "vợ/chồng": "spouse", "vợ": "spouse", "chồng": "spouse", "con": "child",
    "cha/mẹ": "parent", "cha": "parent", "mẹ": "parent", "cháu": "grandchild", "ông/bà": "grandparent",
    "ông": "grandparent", "bà": "grandparent", "anh/chị/em": "sibling", "con dâu/con rể": "child_in_law",
    "con dâu": "child_in_law", "con rể": "child_in_law", "khác": "other",
}
EMPLOYMENT = {
    "làm công có hợp đồng": "wage_with_contract",
    "làm công không có hợp đồng": "wage_without_contract",
    "tự làm": "self_employed",
    "thất nghiệp": "unemployed",
    "không tham gia lao động": "not_in_labour_force",
}
EDUCATION = {
    "chưa đi học": "none", "tiểu học": "primary", "trung học cơ sở": "lower_secondary",
    "trung học phổ thông": "upper_secondary", "sơ cấp nghề": "vocational_elementary",
    "trung cấp nghề": "vocational_intermediate", "cao đẳng": "college", "đại học": "university",
}
ATTENDANCE = {"đúng cấp": "appropriate", "chậm cấp": "behind", "không đi học": "not_attending"}
NUTRITION = {"bình thường": "normal", "thấp còi": "stunted", "nhẹ cân": "underweight"}
DURABILITY = {"bền chắc": "durable", "không bền chắc": "non_durable"}
WATER = {
    "nước máy": "piped", "giếng khoan": "drilled_well", "giếng đào được bảo vệ": "protected_well",
    "nước khe, mó được bảo vệ": "protected_spring", "nước mưa": "rainwater", "nước đóng chai": "bottled",
    "giếng đào không được bảo vệ": "unprotected_well", "nước khe, mó không được bảo vệ": "unprotected_spring",
    "nước sông, suối, ao, hồ": "surface_water", "nguồn khác": "other",
}
LATRINE = {
    "tự hoại": "septic", "bán tự hoại": "semi_septic", "dội nước": "pour_flush",
    "loại hợp vệ sinh khác": "other_approved", "không hợp vệ sinh": "unhygienic", "không có nhà tiêu": "none",
}
ASSETS = {"ti vi": "tv", "đài": "radio", "máy tính": "computer"}
YES_NO = {"có": True, "không": False}
INDICATOR_STATES = {"thiếu hụt": True, "không thiếu hụt": False, "chưa xác định": None}

# Member-table columns → (model field, vocabulary or converter).
MEMBER_COLUMNS = {
    "quan hệ": ("relation", RELATIONS),
    "ngày sinh": ("birth_date", "date"),
    "việc làm": ("employment", EMPLOYMENT),
    "bảo hiểm y tế": ("health_insurance", YES_NO),
    "trợ cấp xã hội hằng tháng": ("monthly_social_allowance", YES_NO),
    "khuyết tật": ("disability", YES_NO),
    "trình độ": ("education_level", EDUCATION),
    "đang đi học": ("in_training", YES_NO),
    "tình trạng đi học": ("school_attendance", ATTENDANCE),
    "dinh dưỡng": ("nutrition", NUTRITION),
}

# "Hộ khai báo thiếu hụt N chỉ số": the first N of these are declared deprived, every other
# indicator is declared not deprived. The first five are indicators a household with only
# birth dates cannot have derived (no housing, water, latrine or employment data) and whose
# definition is not tagged U, so a plain count never drags in an unverified basis by accident.
DECLARATION_ORDER = ("water", "latrine", "housing_quality", "living_area", "employment",
                     "internet", "health_insurance", "dependants", "information_assets", "household_waste")
ALL_INDICATORS = ("employment", "dependants", "nutrition", "health_insurance", "adult_education",
                  "school_attendance", "housing_quality", "living_area", "water", "latrine", "internet",
                  "information_assets", "household_waste")

# Default members for "hộ ... có N thành viên": adults aged 31–55 over the whole 2016–2030 span,
# so no member is a child, a young adult under the education indicator, or a newborn.
DEFAULT_BIRTH_YEARS = (1975, 1977, 1979, 1981, 1983, 1985)
DEFAULT_RELATIONS = ("head", "spouse", "sibling", "other")

DATE_VI = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def vi_date(text: str) -> dt.date:
    """'01/06/2025' → date(2025, 6, 1). Raises ValueError on an impossible date."""
    m = DATE_VI.match(text.strip())
    if not m:
        raise ValueError(f"ngày phải viết dạng dd/mm/yyyy: {text!r}")
    d, mo, y = (int(g) for g in m.groups())
    return dt.date(y, mo, d)


def vi_date_raw(text: str) -> str:
    """'31/02/1980' → '1980-02-31' without checking it exists: the engine must refuse it itself."""
    m = DATE_VI.match(text.strip())
    if not m:
        return text
    d, mo, y = m.groups()
    return f"{y}-{int(mo):02d}-{int(d):02d}"


def vi_amount(text: str):
    """'1.500.001' → 1500001; '-1' → -1; '1.500.000,5' → 1500000.5 (Vietnamese separators)."""
    t = text.strip().replace("−", "-").replace(" ", "")
    whole, _, frac = t.partition(",")
    whole = whole.replace(".", "")
    return float(f"{whole}.{frac}") if frac else int(whole)


def vi_area(text: str) -> str:
    """'nông thôn' → 'rural'; anything else is passed through untouched for validation to refuse."""
    return AREAS.get(text.strip(), text.strip())


def lookup(vocab: dict, text: str, what: str):
    key = text.strip()
    if key not in vocab:
        raise KeyError(f"'{key}' không có trong danh mục {what}: {', '.join(vocab)}")
    return vocab[key]


@dataclass
class HouseholdDraft:
    area: str | None = None
    members: list[dict] = field(default_factory=list)
    income: object = None
    housing: dict | None = None
    water_source: str | None = None
    latrine: str | None = None
    internet_use: bool | None = None
    information_assets: list[str] | None = None
    loudspeaker_reach: bool | None = None
    declared_count: int | None = None
    declared: dict[str, bool] = field(default_factory=dict)
    declared_one: dict[str, bool] = field(default_factory=dict)  # named indicators, over ``declared``
    extra: dict = field(default_factory=dict)  # unknown fields, for bad-input scenarios

    def default_members(self, n: int) -> None:
        self.members = [{"birth_date": f"{DEFAULT_BIRTH_YEARS[i % len(DEFAULT_BIRTH_YEARS)]}-03-15",
                         "relation": DEFAULT_RELATIONS[min(i, len(DEFAULT_RELATIONS) - 1)]} for i in range(n)]

    def members_from_table(self, table: list[list[str]]) -> None:
        header, *rows = table
        unknown = [h for h in header if h.strip() not in MEMBER_COLUMNS]
        if unknown:
            raise KeyError(f"cột không có trong bảng thành viên: {unknown}; dùng: {', '.join(MEMBER_COLUMNS)}")
        self.members = []
        for row in rows:
            member: dict = {}
            for head, cell in zip(header, row):
                name, conv = MEMBER_COLUMNS[head.strip()]
                if cell.strip() == "":
                    continue  # empty cell = not known
                member[name] = vi_date_raw(cell) if conv == "date" else lookup(conv, cell, head)
            self.members.append(member)

    def set_member_field(self, k: int, column: str, cell: str) -> None:
        """``thành viên số 2 có "việc làm" là ""`` → member 2's employment becomes unknown."""
        name, conv = MEMBER_COLUMNS[column.strip()]
        member = self.members[k - 1]
        if cell.strip() == "":
            member.pop(name, None)
        else:
            member[name] = vi_date_raw(cell) if conv == "date" else lookup(conv, cell, column)

    def declare_count(self, n: int) -> None:
        """N deprivations declared: as a count (read for 2016–2021, D3) and as named indicators
        (read from 2022), so one household can be screened on both sides of 01/01/2022."""
        if n > len(DECLARATION_ORDER):
            raise ValueError(f"tối đa {len(DECLARATION_ORDER)} chỉ số khai báo theo số lượng")
        self.declared_count = n
        deprived = set(DECLARATION_ORDER[:n])
        self.declared = {i: i in deprived for i in ALL_INDICATORS}

    def set_housing(self, **values) -> None:
        self.housing = {**(self.housing or {}), **{k: v for k, v in values.items() if v is not None}}

    def to_json(self) -> dict:
        data: dict = {
            "household_id": "HO-KIEM-THU-01",
            "residence": {"province_code": "26", "commune_code": "09172"},
            "members": self.members,
        }
        if self.area is not None:
            data["residence"]["area"] = self.area
        optional = {"housing": self.housing, "water_source": self.water_source, "latrine": self.latrine,
                    "internet_use": self.internet_use, "information_assets": self.information_assets,
                    "loudspeaker_reach": self.loudspeaker_reach, "income_pc_month": self.income,
                    "declared_deprivation_count": self.declared_count}
        data.update({k: v for k, v in optional.items() if v is not None})
        declared = {**self.declared, **self.declared_one}
        if declared:
            data["declared_deprivations"] = declared
        data.update(self.extra)
        return data


@dataclass
class ScenarioContext:
    draft: HouseholdDraft = field(default_factory=HouseholdDraft)
    decisions: list = field(default_factory=list)  # (reference date, Decision), in step order
    error: Exception | None = None  # refusal at the latest "Khi" step
    errors: list = field(default_factory=list)  # every refusal in the scenario
    vectorised_checked: int = 0
    checked_indicators: set = field(default_factory=set)
    step_failed: bool = False  # a step failed: its own error is the one to report

    @property
    def decision(self):
        assert self.error is None, f"hồ sơ bị từ chối, không có kết quả phân loại: {self.error}"
        assert self.decisions, "chưa có bước 'Khi xét phân loại hộ tại ngày …'"
        return self.decisions[-1][1]




def indicator_by_label(book, label: str):
    for ind in book.indicators.values():
        if ind.label == label.strip():
            return ind
    raise KeyError(f"không có chỉ số tên '{label}'; các chỉ số: {[i.label for i in book.indicators.values()]}")
