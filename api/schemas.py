"""Request and response models of the JSON API, with Vietnamese descriptions and examples."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, create_model

from engine.facts.model import Application, Household, IsoDate
from engine.law import rulebook


MONTH = "(0[1-9]|1[0-2])"
DAY = "(0[1-9]|[12][0-9]|3[01])"


def date_range_pattern(first: dt.date, last: dt.date) -> str:
    """A regular expression for the ISO dates from ``first`` to ``last``, whole years where it can.

    JSON Schema has no minimum for a date string; the pattern is how the schema says what the
    service enforces, so that a client (and schemathesis) knows a date in 2000 is refused. Months
    and days are spelled out so that nearly every string the pattern admits is a real date."""
    def months(year: int, lo: dt.date, hi: dt.date) -> list[str]:
        out = []
        for month in range(lo.month, hi.month + 1):
            first_day = lo.day if month == lo.month else 1
            last_day = hi.day if month == hi.month else 31
            day = DAY if (first_day, last_day) == (1, 31) else "(" + "|".join(
                f"{d:02d}" for d in range(first_day, last_day + 1)) + ")"
            out.append(f"{year:04d}-{month:02d}-{day}")
        return out

    whole, partial = [], []
    for year in range(first.year, last.year + 1):
        lo = first if year == first.year else dt.date(year, 1, 1)
        hi = last if year == last.year else dt.date(year, 12, 31)
        if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31):
            whole.append(f"{year:04d}")
        else:
            partial += months(year, lo, hi)
    alternatives = ([f"({'|'.join(whole)})-{MONTH}-{DAY}"] if whole else []) + partial
    return "^(" + "|".join(alternatives) + ")$"


_FIRST, _LAST = rulebook.default().coverage
REFERENCE_DATE_PATTERN = date_range_pattern(_FIRST, _LAST)
# The reference date of a screening or a check: ISO only (a number is not a date) and inside the
# rulebook's coverage (rules/ruleset.yaml), which the schema declares and the service enforces.
ReferenceDate = Annotated[IsoDate, WithJsonSchema({
    "type": "string", "format": "date", "pattern": REFERENCE_DATE_PATTERN,
    "description": f"Ngày dạng YYYY-MM-DD, từ {_FIRST:%d/%m/%Y} đến {_LAST:%d/%m/%Y} (phạm vi bộ quy tắc)"})]

EXAMPLE_HOUSEHOLD = {
    "household_id": "HN-0001",
    "residence": {"province_code": "01", "province_name": "Hà Nội", "commune_code": "00637",
                  "commune_name": "Xã Minh Châu", "village_name": "Thôn Chu Chàng", "area": "rural"},
    "members": [
        {"birth_date": "1978-03-15", "relation": "head", "health_insurance": True, "employment": "self_employed",
         "education_level": "lower_secondary"},
        {"birth_date": "1981-07-02", "relation": "spouse", "health_insurance": True, "employment": "self_employed",
         "education_level": "primary"},
        {"birth_date": "2012-09-20", "relation": "child", "health_insurance": True, "school_attendance": "appropriate",
         "nutrition": "normal"},
    ],
    "housing": {"living_area_m2": 36, "wall": "durable", "column": "durable", "roof": "non_durable"},
    "water_source": "drilled_well",
    "latrine": "semi_septic",
    "internet_use": False,
    "information_assets": ["radio"],
    "loudspeaker_reach": True,
    "income_pc_month": 1180000,
    "status_history": [{"status": "near_poor", "decision_date": "2024-12-20", "decision_number": "125/QĐ-UBND"}],
}


EXAMPLE_REQUEST = {
    "programs": ["near_poor_households", "rural_water_supply"],
    "requested_amount": 37650000,
    "purpose": "Mua giống, phân bón",
    "existing_loans": [{"program": "rural_water_supply", "outstanding": 8450000, "disbursement_date": "2024-03-11"}],
    "lending": {"representative_full_capacity": True, "resides_in_lending_commune": True, "savings_group_member": True,
                "selected_at_group_meeting": True, "commune_certified": True},
    "water_sanitation": {"water_works_missing_or_damaged": True, "latrine_missing_or_damaged": False},
}

# The engine's Application without its household: what the applicant asks for and the facts behind it.
LoanRequest = create_model(
    "LoanRequest",
    __config__=ConfigDict(**{**Application.model_config, "title": "LoanRequest",
                             "json_schema_extra": {"examples": [EXAMPLE_REQUEST]}}),
    __doc__="Đề nghị vay: chương trình cần xét (mặc định tất cả), số tiền, dư nợ hiện có và các điều kiện kèm theo",
    **{name: (f.annotation, f) for name, f in Application.model_fields.items() if name != "household"},
)


class ScreenRequest(BaseModel):
    """Một hộ gia đình cần xét, ngày tham chiếu và (tuỳ chọn) đề nghị vay."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"household": EXAMPLE_HOUSEHOLD, "date": "2025-12-14"},
        {"household": EXAMPLE_HOUSEHOLD, "date": "2025-12-14", "request": EXAMPLE_REQUEST},
    ]})
    household: Household = Field(title="hộ gia đình", description="Dữ liệu hộ theo mẫu data/schema")
    date: ReferenceDate = Field(title="ngày tham chiếu",
                          description="Ngày đề nghị vay, giải ngân hoặc rà soát, dạng YYYY-MM-DD")
    request: LoanRequest | None = Field(None, title="đề nghị vay",
                                        description="Đề nghị vay (chương trình, số tiền, dư nợ hiện có, điều kiện kèm "
                                                    "theo); bỏ trống: xét mọi chương trình với dữ liệu đã có")


class CitationOut(BaseModel):
    instrument: str = Field(description="Văn bản")
    article: str = Field(description="Điều, khoản")
    url: str
    confidence: Literal["C2", "C1", "U"] = Field(description="Mức tin cậy: C2, C1 hoặc U (căn cứ chưa xác minh)")
    unverified: bool = Field(description="true nếu căn cứ chưa xác minh (U)")
    note: str | None = None


class ConditionOut(BaseModel):
    fact: str
    op: str
    text: str = Field(description="Điều kiện bằng tiếng Việt")
    parameter: str | None = None
    value: object = None


class RuleOut(BaseModel):
    id: str
    family: str
    title: str
    outcome: str
    outcome_label: str
    effective_from: dt.date
    effective_to: dt.date
    citation: CitationOut
    decisions: list[str] = Field(description="Quyết định mã hoá liên quan (docs/decisions.md)")
    match: Literal["all", "any", "leaf"] = Field(description="Cách kết hợp điều kiện cấp ngoài cùng")
    conditions: list[ConditionOut]
    note: str | None = None

    model_config = {"json_schema_extra": {"examples": [{
        "id": "poverty.nd07.poor", "family": "poverty_classification",
        "title": "Hộ nghèo — thu nhập không vượt chuẩn nghèo và thiếu hụt từ 3 chỉ số (2022–2026)",
        "outcome": "poor", "outcome_label": "Hộ nghèo", "effective_from": "2022-01-01", "effective_to": "2026-12-31",
        "citation": {"instrument": "Nghị định 07/2021/NĐ-CP", "article": "khoản 2 Điều 3",
                     "url": "https://lawnet.vn/", "confidence": "C2", "unverified": False, "note": None},
        "decisions": ["D1", "D2"], "match": "all",
        "conditions": [{"fact": "income_pc_month", "op": "lte", "parameter": "poverty.income_line.{area}", "value": None,
                        "text": "thu nhập bình quân đầu người/tháng không vượt quá chuẩn nghèo theo khu vực"}],
        "note": None}]}}


class RuleList(BaseModel):
    ruleset_version: str
    rules: list[RuleOut]


class ParamValueOut(BaseModel):
    effective_from: dt.date
    effective_to: dt.date | None = Field(description="Ngày cuối áp dụng (null: chưa có ngày kết thúc)")
    value: float | int | None = Field(description="null: văn bản chưa cho biết giá trị (căn cứ chưa xác minh)")
    display: str = Field(description="Giá trị định dạng kiểu Việt Nam, kèm đơn vị")
    citation: CitationOut


class ParameterOut(BaseModel):
    id: str
    label: str
    description: str
    unit: str
    unit_label: str
    decisions: list[str]
    values: list[ParamValueOut]
    date: dt.date | None = Field(None, description="Ngày được hỏi (?date=)")
    at_date: ParamValueOut | None = Field(None, description="Giá trị áp dụng tại ngày được hỏi")

    model_config = {"json_schema_extra": {"examples": [{
        "id": "poverty.income_line.rural", "label": "chuẩn nghèo nông thôn",
        "description": "Chuẩn nghèo về thu nhập, khu vực nông thôn", "unit": "vnd_per_person_month",
        "unit_label": "đồng/người/tháng", "decisions": ["D1", "D2"], "values": [], "date": "2025-12-14",
        "at_date": None}]}}


class ParameterSummary(BaseModel):
    id: str
    label: str
    unit_label: str


class ParameterList(BaseModel):
    ruleset_version: str
    parameters: list[ParameterSummary]


class VersionOut(BaseModel):
    app_version: str = Field(description="Phiên bản phần mềm")
    ruleset_name: str
    ruleset_version: str = Field(description="Phiên bản bộ quy tắc (SemVer)")
    coverage_from: dt.date = Field(description="Ngày tham chiếu sớm nhất bộ quy tắc trả lời")
    coverage_to: dt.date

    model_config = {"json_schema_extra": {"examples": [{"app_version": "0.1.0", "ruleset_name": "dungdoituong-vbsp",
                                                        "ruleset_version": "0.1.0", "coverage_from": "2016-01-01",
                                                        "coverage_to": "2030-12-31"}]}}


class HealthOut(BaseModel):
    status: Literal["ok"] = "ok"
    database: Literal["ok"] = "ok"
    message: str = Field("Dịch vụ hoạt động bình thường")


class ReportLink(BaseModel):
    name: str
    label: str
    media_type: str
    url: str


class OutcomeCount(BaseModel):
    outcome: str
    label: str
    count: int


class CheckSummary(BaseModel):
    total: int = 0
    flagged: int = 0
    unverified: int = 0
    outcomes: list[OutcomeCount] = []
    loans_read: int | None = Field(None, description="Số khoản vay đọc được từ sổ vay (nếu có tải lên)")
    warnings: list[str] = Field(default_factory=list, description="Lưu ý khi đọc tệp (cột lạ, sheet bỏ qua…)")


class CheckJobOut(BaseModel):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    status_label: str = Field(description="Trạng thái bằng tiếng Việt")
    reference_date: dt.date
    created_at: dt.datetime
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    done: int = Field(description="Số hộ đã xét")
    total: int | None = Field(description="Tổng số hộ (null khi chưa đọc xong tệp)")
    percent: int = Field(description="Tiến độ, 0–100")
    stage: str | None = None
    inputs: list[str]
    ruleset_version: str | None = None
    error: str | None = Field(None, description="Lý do thất bại bằng tiếng Việt")
    summary: CheckSummary | None = None
    reports: list[ReportLink] = []

    model_config = {"json_schema_extra": {"examples": [{
        "id": "4f1c0a6e9b2d4c3a8e7f6d5c4b3a2910", "status": "running", "status_label": "Đang xử lý",
        "reference_date": "2025-12-14", "created_at": "2025-12-14T08:00:00", "started_at": "2025-12-14T08:00:01",
        "finished_at": None, "done": 120, "total": 480, "percent": 25, "stage": "Đang xét từng hộ",
        "inputs": ["01-danh-sach-ra-soat.json"], "ruleset_version": "0.1.0", "error": None, "summary": None,
        "reports": []}]}}
