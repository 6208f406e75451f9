"""Household input model (pydantic v2): NFC text, ISO dates, unknown fields refused.

A field left out is *unknown*, never a silent zero: rules that need it answer "cần rà soát"
and name it. Field titles are the Vietnamese labels used in error messages.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import Enum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, Strict
from pydantic_core import PydanticCustomError

from engine.facts.dates import full_years_between
from engine.law import rulebook

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def _iso_date(value):
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and ISO_DATE.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise PydanticCustomError("ngay_khong_ton_tai", "ngày '{v}' không tồn tại", {"v": value}) from None
    raise PydanticCustomError("ngay_sai_dang", "ngày phải theo dạng YYYY-MM-DD (ví dụ 2025-12-14), nhận được '{v}'", {"v": str(value)})


Text = Annotated[str, AfterValidator(_nfc), Field(min_length=1, max_length=200)]
Code = Annotated[str, AfterValidator(_nfc), Field(min_length=1, max_length=40)]
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
Cccd = Annotated[str, Field(pattern=r"^\d{12}$", title="số CCCD")]
# Strict numbers and booleans: JSON false is not 0, "1" is not 1 — no silent conversion.
Money = Annotated[int, Strict(), Field(ge=0, le=10**13)]
StrictCount = Annotated[int, Strict()]
Flag = Annotated[bool, Strict()]
# A measure: JSON 36 or 36.5, never false or "36" (strict float still takes an integer).
Measure = Annotated[float, Strict()]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, use_enum_values=True,
                              validate_default=True)


class Area(str, Enum):
    rural = "rural"
    urban = "urban"


class Relation(str, Enum):
    head = "head"
    spouse = "spouse"
    child = "child"
    parent = "parent"
    grandchild = "grandchild"
    grandparent = "grandparent"
    sibling = "sibling"
    child_in_law = "child_in_law"
    other = "other"


class EducationLevel(str, Enum):
    none = "none"
    primary = "primary"
    lower_secondary = "lower_secondary"
    upper_secondary = "upper_secondary"
    vocational_elementary = "vocational_elementary"
    vocational_intermediate = "vocational_intermediate"
    college = "college"
    university = "university"


class SchoolAttendance(str, Enum):
    appropriate = "appropriate"  # đi học đúng cấp theo độ tuổi
    behind = "behind"  # đi học nhưng không đúng cấp theo độ tuổi
    not_attending = "not_attending"


class Employment(str, Enum):
    wage_with_contract = "wage_with_contract"
    wage_without_contract = "wage_without_contract"
    self_employed = "self_employed"
    unemployed = "unemployed"  # có khả năng, muốn làm việc nhưng không có việc
    not_in_labour_force = "not_in_labour_force"  # chưa/quá tuổi lao động, đi học, nội trợ, mất khả năng


class Nutrition(str, Enum):
    normal = "normal"
    stunted = "stunted"
    underweight = "underweight"


class Durability(str, Enum):
    durable = "durable"
    non_durable = "non_durable"


class WaterSource(str, Enum):
    piped = "piped"
    drilled_well = "drilled_well"
    protected_well = "protected_well"
    protected_spring = "protected_spring"
    rainwater = "rainwater"
    bottled = "bottled"
    unprotected_well = "unprotected_well"
    unprotected_spring = "unprotected_spring"
    surface_water = "surface_water"
    other = "other"


class Latrine(str, Enum):
    septic = "septic"
    semi_septic = "semi_septic"
    pour_flush = "pour_flush"
    other_approved = "other_approved"
    unhygienic = "unhygienic"
    none = "none"


class InformationAsset(str, Enum):
    tv = "tv"
    radio = "radio"
    computer = "computer"


class Status(str, Enum):
    poor = "poor"
    near_poor = "near_poor"
    escaped_poor = "escaped_poor"
    escaped_near_poor = "escaped_near_poor"
    none = "none"


class IndicatorId(str, Enum):
    employment = "employment"
    dependants = "dependants"
    nutrition = "nutrition"
    health_insurance = "health_insurance"
    adult_education = "adult_education"
    school_attendance = "school_attendance"
    housing_quality = "housing_quality"
    living_area = "living_area"
    water = "water"
    latrine = "latrine"
    internet = "internet"
    information_assets = "information_assets"
    household_waste = "household_waste"


class Residence(_Model):
    province_code: Code = Field(title="mã tỉnh/thành phố")
    province_name: Text | None = Field(None, title="tên tỉnh/thành phố")
    district_code: Code | None = Field(None, title="mã huyện (đơn vị hành chính cấp huyện cũ)")
    district_name: Text | None = Field(None, title="tên huyện")
    commune_code: Code = Field(title="mã xã/phường")
    commune_name: Text | None = Field(None, title="tên xã/phường")
    village_code: Code | None = Field(None, title="mã thôn/bản/tổ dân phố")
    village_name: Text | None = Field(None, title="tên thôn/bản/tổ dân phố")
    area: Area = Field(title="khu vực (nông thôn/thành thị)")


class Member(_Model):
    member_id: Code | None = Field(None, title="mã thành viên")
    full_name: Text | None = Field(None, title="họ và tên")
    birth_date: IsoDate = Field(title="ngày sinh")
    relation: Relation = Field(title="quan hệ với chủ hộ")
    cccd: Cccd | None = Field(None, title="số CCCD")
    education_level: EducationLevel | None = Field(None, title="trình độ giáo dục cao nhất")
    in_training: Flag | None = Field(None, title="đang đi học/đào tạo")
    school_attendance: SchoolAttendance | None = Field(None, title="tình trạng đi học (trẻ em)")
    health_insurance: Flag | None = Field(None, title="có bảo hiểm y tế")
    employment: Employment | None = Field(None, title="tình trạng việc làm")
    disability: Flag | None = Field(None, title="người khuyết tật")
    monthly_social_allowance: Flag | None = Field(None, title="hưởng trợ cấp xã hội hằng tháng")
    nutrition: Nutrition | None = Field(None, title="tình trạng dinh dưỡng (trẻ em)")


class Housing(_Model):
    living_area_m2: Measure | None = Field(None, ge=0, le=100000, title="diện tích nhà ở (m²)")
    wall: Durability | None = Field(None, title="tường nhà")
    column: Durability | None = Field(None, title="cột nhà (khung)")
    roof: Durability | None = Field(None, title="mái nhà")
    wall_material: Text | None = Field(None, title="vật liệu tường")
    column_material: Text | None = Field(None, title="vật liệu cột")
    roof_material: Text | None = Field(None, title="vật liệu mái")


class StatusDecision(_Model):
    status: Status = Field(title="tình trạng được công nhận")
    decision_date: IsoDate = Field(title="ngày quyết định")
    decision_number: Text | None = Field(None, title="số quyết định")


class Household(_Model):
    household_id: Code = Field(title="mã hộ")
    residence: Residence = Field(title="nơi cư trú")
    members: list[Member] = Field(min_length=1, max_length=60, title="thành viên")
    housing: Housing | None = Field(None, title="nhà ở")
    water_source: WaterSource | None = Field(None, title="nguồn nước sinh hoạt")
    latrine: Latrine | None = Field(None, title="nhà tiêu")
    internet_use: Flag | None = Field(None, title="có thành viên sử dụng internet")
    information_assets: list[InformationAsset] | None = Field(None, title="phương tiện tiếp cận thông tin")
    loudspeaker_reach: Flag | None = Field(None, title="nghe được loa truyền thanh xã/thôn")
    income_pc_month: Money | None = Field(None, title="thu nhập bình quân đầu người/tháng (đồng)")
    status_history: list[StatusDecision] = Field(default_factory=list, title="lịch sử công nhận của UBND xã")
    declared_deprivations: dict[IndicatorId, Flag] | None = Field(None, title="chỉ số thiếu hụt đã khai báo")
    declared_deprivation_count: StrictCount | None = Field(None, ge=0, le=rulebook.indicator_count(), title="số chỉ số thiếu hụt đã khai báo (dùng khi dữ liệu thành viên chưa đủ để tính)")


def age_on(birth: dt.date, day: dt.date) -> int:
    """Full years of age on ``day`` (engine.facts.dates: the arithmetic and its column-wise twin)."""
    return full_years_between(birth, day)


# --- Loan application (issue 3) -------------------------------------------------------------

class Program(str, Enum):
    poor_households = "poor_households"
    near_poor_households = "near_poor_households"
    newly_escaped_households = "newly_escaped_households"
    students = "students"
    stem_students = "stem_students"
    post_prison_vocational = "post_prison_vocational"
    post_prison_production = "post_prison_production"
    post_prison_business = "post_prison_business"
    rural_water_supply = "rural_water_supply"
    rural_sanitation = "rural_sanitation"
    social_housing_buy = "social_housing_buy"
    social_housing_build = "social_housing_build"
    poor_housing_qd167 = "poor_housing_qd167"
    storm_housing_qd48 = "storm_housing_qd48"
    poor_housing_qd33 = "poor_housing_qd33"
    ethnic_minority_housing = "ethnic_minority_housing"
    job_creation_worker = "job_creation_worker"
    job_creation_establishment = "job_creation_establishment"


class ExistingLoan(_Model):
    program: Program = Field(title="chương trình cho vay")
    purpose: Text | None = Field(None, title="mục đích vay")
    outstanding: Money = Field(title="dư nợ (đồng)")
    disbursement_date: IsoDate | None = Field(None, title="ngày giải ngân")


class Lending(_Model):
    """Facts the general lending rules need (NĐ 78/2002, POLICY §4.1)."""
    representative_member: StrictCount | None = Field(None, ge=1, le=60, title="số thứ tự thành viên đại diện vay (mặc định: chủ hộ)")
    representative_full_capacity: Flag | None = Field(None, title="người đại diện có đủ năng lực hành vi dân sự")
    resides_in_lending_commune: Flag | None = Field(None, title="cư trú hợp pháp tại xã nơi cho vay")
    savings_group_member: Flag | None = Field(None, title="là thành viên Tổ Tiết kiệm và vay vốn")
    selected_at_group_meeting: Flag | None = Field(None, title="được Tổ TK&VV bình xét cho vay")
    commune_certified: Flag | None = Field(None, title="có tên trong danh sách được UBND xã xác nhận")


class InstitutionType(str, Enum):
    university = "university"
    college = "college"
    professional_intermediate = "professional_intermediate"
    vocational = "vocational"
    other = "other"


class StemField(str, Enum):
    natural_sciences = "natural_sciences"
    computing_it = "computing_it"
    engineering_technology = "engineering_technology"
    engineering = "engineering"
    architecture_construction = "architecture_construction"
    manufacturing_processing = "manufacturing_processing"
    mathematics_statistics = "mathematics_statistics"
    fintech = "fintech"
    other_key_technology = "other_key_technology"
    not_stem = "not_stem"


class StemStudyStage(str, Enum):
    first_year = "first_year"  # năm thứ nhất: xét kết quả học tập THPT
    later_year = "later_year"  # từ năm thứ hai: xét kết quả năm học trước
    postgraduate = "postgraduate"  # thạc sĩ, tiến sĩ: cơ sở đào tạo công nhận trúng tuyển


class StudentInfo(_Model):
    member: StrictCount | None = Field(None, ge=1, le=60, title="số thứ tự thành viên là học sinh, sinh viên")
    institution_type: InstitutionType | None = Field(None, title="loại cơ sở đào tạo")
    licensed_institution: Flag | None = Field(None, title="cơ sở đào tạo được cấp phép")
    orphan: Flag | None = Field(None, title="mồ côi cả cha lẫn mẹ, hoặc mồ côi cha/mẹ và người còn lại không có khả năng lao động")
    family_hardship_certified: Flag | None = Field(None, title="gia đình gặp khó khăn do tai nạn, bệnh tật, thiên tai, hỏa hoạn, dịch bệnh (UBND xã xác nhận)")
    household_income_pc_month: Money | None = Field(None, title="thu nhập bình quân hộ (theo quy định cũ về học sinh, sinh viên)")
    stem_field: StemField | None = Field(None, title="ngành đào tạo STEM")
    academic_requirement_met: Flag | None = Field(None, title="đạt yêu cầu học lực (sinh viên ngành STEM)")
    stem_study_stage: StemStudyStage | None = Field(None, title="giai đoạn học (năm thứ nhất / từ năm thứ hai / sau đại học) (sinh viên ngành STEM)")
    tuition_remaining: Money | None = Field(None, title="học phí còn phải đóng sau học bổng, hỗ trợ (đồng)")
    months_requested: StrictCount | None = Field(None, ge=1, le=120, title="số tháng đề nghị vay")


class PrisonInfo(_Model):
    member: StrictCount | None = Field(None, ge=1, le=60, title="số thứ tự thành viên đã chấp hành xong án phạt tù")
    completion_date: IsoDate | None = Field(None, title="ngày chấp hành xong án phạt tù / đặc xá")
    certificate: Flag | None = Field(None, title="có giấy chứng nhận chấp hành xong án phạt tù hoặc đặc xá")
    on_police_list: Flag | None = Field(None, title="có tên trong danh sách của công an xã")
    commune_confirmed: Flag | None = Field(None, title="được UBND xã xác nhận (mẫu 01)")
    loan_need: Flag | None = Field(None, title="có nhu cầu vay vốn")


class BusinessInfo(_Model):
    lawfully_operating: Flag | None = Field(None, title="cơ sở hoạt động hợp pháp")
    workers_total: StrictCount | None = Field(None, ge=0, le=10**7, title="tổng số lao động")
    returnee_workers: StrictCount | None = Field(None, ge=0, le=10**7, title="số lao động là người chấp hành xong án phạt tù (có hợp đồng)")
    supported_workers: StrictCount | None = Field(None, ge=0, le=10**7, title="số lao động được tạo việc làm/hỗ trợ")
    plan_confirmed: Flag | None = Field(None, title="phương án vay được UBND xã xác nhận")


class WaterSanitationInfo(_Model):
    # One per type of work: a household may have a good well and no latrine (D8: ceilings per type).
    water_works_missing_or_damaged: Flag | None = Field(None, title="chưa có công trình cấp nước sinh hoạt hoặc đã hư hỏng")
    latrine_missing_or_damaged: Flag | None = Field(None, title="chưa có nhà tiêu hợp vệ sinh hoặc đã hư hỏng")
    commitment_certified: Flag | None = Field(None, title="có cam kết sử dụng đúng mục đích, trả nợ đúng hạn được UBND xã xác nhận (theo quy định cũ về nước sạch, vệ sinh)")


class MaritalSituation(str, Enum):
    single = "single"
    single_with_minor_child = "single_with_minor_child"
    married = "married"


class SocialHousingGroup(str, Enum):
    """Nhóm đối tượng theo Điều 76 Luật Nhà ở 2023 (khoản 1–8) được vay nhà ở xã hội (POLICY §4.9)."""
    merit_people = "merit_people"  # khoản 1
    poor_near_poor = "poor_near_poor"  # khoản 2–4
    low_income_urban = "low_income_urban"  # khoản 5
    workers = "workers"  # khoản 6
    armed_forces = "armed_forces"  # khoản 7
    civil_servants = "civil_servants"  # khoản 8
    other = "other"  # không thuộc khoản 1–8


class SocialHousingInfo(_Model):
    group: SocialHousingGroup | None = Field(None, title="nhóm đối tượng được hỗ trợ nhà ở xã hội theo Luật Nhà ở")
    investor_contract: Flag | None = Field(None, title="đã ký hợp đồng mua, thuê mua nhà ở xã hội với chủ đầu tư")
    repayment_capacity: Flag | None = Field(None, title="có thu nhập và khả năng trả nợ")
    eligible_group: Flag | None = Field(None, title="thuộc đối tượng được hỗ trợ nhà ở xã hội theo Luật Nhà ở")
    poor_or_near_poor_group: Flag | None = Field(None, title="thuộc đối tượng hộ nghèo, cận nghèo")
    marital_situation: MaritalSituation | None = Field(None, title="tình trạng hôn nhân")
    income_month: Money | None = Field(None, title="thu nhập hằng tháng (đồng; vợ chồng: tổng)")
    housing_condition_met: Flag | None = Field(None, title="đáp ứng điều kiện về nhà ở")
    contract_value: Money | None = Field(None, title="giá trị hợp đồng mua, thuê mua (đồng)")
    construction_estimate: Money | None = Field(None, title="dự toán xây dựng, cải tạo (đồng)")
    collateral_value: Money | None = Field(None, title="giá trị tài sản bảo đảm (đồng)")


class HousingSupportInfo(_Model):
    on_support_list: Flag | None = Field(None, title="có tên trong danh sách hỗ trợ nhà ở được phê duyệt")
    ethnic_minority: Flag | None = Field(None, title="hộ dân tộc thiểu số")
    extremely_difficult_area: Flag | None = Field(None, title="cư trú tại xã, thôn đặc biệt khó khăn vùng đồng bào DTTS và miền núi")
    storm_flood_area: Flag | None = Field(None, title="vùng thường xuyên bị bão, lũ")
    no_or_dilapidated_house: Flag | None = Field(None, title="chưa có nhà hoặc nhà tạm, hư hỏng")
    earlier_housing_support: Flag | None = Field(None, title="đã được hỗ trợ nhà ở trước đây")
    earlier_support_date: IsoDate | None = Field(None, title="ngày được hỗ trợ nhà ở lần trước")
    earlier_house_lost_to_disaster: Flag | None = Field(None, title="nhà đã được hỗ trợ trước đây bị thiên tai phá hủy")
    separate_household_since: IsoDate | None = Field(None, title="ngày hộ tách hộ, ở riêng (hộ độc lập)")
    loan_plan_fits_purpose: Flag | None = Field(None, title="phương án vay phù hợp mục đích xây dựng, sửa chữa nhà ở")


class JobCreationInfo(_Model):
    preferential_group: Flag | None = Field(None, title="thuộc nhóm được hưởng lãi suất ưu đãi")
    plan_confirmed: Flag | None = Field(None, title="có dự án/phương án tạo việc làm được xác nhận")


class Application(_Model):
    """One screening request: the household, the reference date's request and its supporting facts."""
    household: Household = Field(title="hộ gia đình")
    programs: list[Program] | None = Field(None, title="chương trình cần xét (mặc định: tất cả)")
    requested_amount: Money | None = Field(None, ge=1, title="số tiền đề nghị vay (đồng)")
    purpose: Text | None = Field(None, title="mục đích vay")
    existing_loans: list[ExistingLoan] = Field(default_factory=list, title="các khoản vay NHCSXH đang còn dư nợ")
    lending: Lending = Field(default_factory=Lending, title="điều kiện chung khi vay")
    student: StudentInfo | None = Field(None, title="thông tin học sinh, sinh viên")
    prison: PrisonInfo | None = Field(None, title="thông tin người chấp hành xong án phạt tù")
    business: BusinessInfo | None = Field(None, title="thông tin cơ sở sản xuất, kinh doanh")
    water_sanitation: WaterSanitationInfo | None = Field(None, title="thông tin công trình nước sạch, vệ sinh")
    social_housing: SocialHousingInfo | None = Field(None, title="thông tin nhà ở xã hội")
    housing_support: HousingSupportInfo | None = Field(None, title="thông tin hỗ trợ nhà ở")
    job_creation: JobCreationInfo | None = Field(None, title="thông tin vay tạo việc làm")
