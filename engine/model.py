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

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

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
    raise PydanticCustomError("ngay_sai_dang", "ngày phải theo dạng YYYY-MM-DD (ví dụ 2025-12-14), nhận được {v!r}", {"v": value})


Text = Annotated[str, AfterValidator(_nfc), Field(min_length=1, max_length=200)]
Code = Annotated[str, AfterValidator(_nfc), Field(min_length=1, max_length=40)]
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
Cccd = Annotated[str, Field(pattern=r"^\d{12}$", title="số CCCD")]
Money = Annotated[int, Field(ge=0, le=10**13)]


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
    district_code: Code | None = Field(None, title="mã huyện (trước 01/07/2025)")
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
    in_training: bool | None = Field(None, title="đang đi học/đào tạo")
    school_attendance: SchoolAttendance | None = Field(None, title="tình trạng đi học (trẻ em)")
    health_insurance: bool | None = Field(None, title="có bảo hiểm y tế")
    employment: Employment | None = Field(None, title="tình trạng việc làm")
    disability: bool | None = Field(None, title="người khuyết tật")
    monthly_social_allowance: bool | None = Field(None, title="hưởng trợ cấp xã hội hằng tháng")
    nutrition: Nutrition | None = Field(None, title="tình trạng dinh dưỡng (trẻ em)")


class Housing(_Model):
    living_area_m2: float | None = Field(None, ge=0, le=100000, title="diện tích nhà ở (m²)")
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
    internet_use: bool | None = Field(None, title="có thành viên sử dụng internet")
    information_assets: list[InformationAsset] | None = Field(None, title="phương tiện tiếp cận thông tin")
    loudspeaker_reach: bool | None = Field(None, title="nghe được loa truyền thanh xã/thôn")
    income_pc_month: Money | None = Field(None, title="thu nhập bình quân đầu người/tháng (đồng)")
    status_history: list[StatusDecision] = Field(default_factory=list, title="lịch sử công nhận của UBND xã")
    declared_deprivations: dict[IndicatorId, bool] | None = Field(None, title="chỉ số thiếu hụt đã khai báo")
    declared_deprivation_count: int | None = Field(None, ge=0, le=13, title="số chỉ số thiếu hụt đã khai báo (giai đoạn 2016–2021)")


def age_on(birth: dt.date, day: dt.date) -> int:
    """Full years of age on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
