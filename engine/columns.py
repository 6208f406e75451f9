"""Canonical tabular layout of batch inputs: households, members, status decisions, loans.

Both the vectorised engine (engine/frames.py) and the file readers use these names. Readers map
Vietnamese column headers (with or without diacritics, NFC or NFD) to them through ``aliases``.
Types: str, enum, int (VND amounts, counts), float, bool, date, list (semicolon-separated codes).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    label: str  # Vietnamese header used in templates and reports
    required: bool = False
    aliases: tuple = field(default_factory=tuple)  # other Vietnamese headers seen in the field
    personal: bool = False  # names, CCCD: never logged


INDICATORS = ("employment", "dependants", "nutrition", "health_insurance", "adult_education", "school_attendance",
              "housing_quality", "living_area", "water", "latrine", "internet", "information_assets", "household_waste")

HOUSEHOLDS = (
    Column("household_id", "str", "Mã hộ", True, ("Mã hộ gia đình", "Ma ho")),
    Column("province_code", "str", "Mã tỉnh", True),
    Column("province_name", "str", "Tỉnh/thành phố"),
    Column("district_code", "str", "Mã huyện"),
    Column("district_name", "str", "Huyện"),
    Column("commune_code", "str", "Mã xã", True),
    Column("commune_name", "str", "Xã/phường"),
    Column("village_code", "str", "Mã thôn"),
    Column("village_name", "str", "Thôn/bản/tổ dân phố"),
    Column("area", "enum", "Khu vực", True),
    Column("income_pc_month", "int", "Thu nhập bình quân (đồng/người/tháng)"),
    Column("living_area_m2", "float", "Diện tích nhà ở (m²)"),
    Column("wall", "enum", "Tường nhà"),
    Column("column", "enum", "Cột nhà"),
    Column("roof", "enum", "Mái nhà"),
    Column("water_source", "enum", "Nguồn nước sinh hoạt"),
    Column("latrine", "enum", "Nhà tiêu"),
    Column("internet_use", "bool", "Sử dụng internet"),
    Column("information_assets", "list", "Phương tiện tiếp cận thông tin"),
    Column("loudspeaker_reach", "bool", "Nghe được loa truyền thanh"),
    Column("recognised_status", "enum", "Tình trạng được công nhận"),
    Column("status_decision_date", "date", "Ngày quyết định công nhận"),
    Column("declared_deprivation_count", "int", "Số chỉ số thiếu hụt (khai báo)"),
) + tuple(Column(f"declared_{i}", "bool", f"Thiếu hụt khai báo: {i}") for i in INDICATORS)

MEMBERS = (
    Column("household_id", "str", "Mã hộ", True),
    Column("member_id", "str", "Mã thành viên"),
    Column("full_name", "str", "Họ và tên", personal=True),
    Column("birth_date", "date", "Ngày sinh", True),
    Column("relation", "enum", "Quan hệ với chủ hộ", True),
    Column("cccd", "str", "Số CCCD", personal=True),
    Column("education_level", "enum", "Trình độ giáo dục"),
    Column("in_training", "bool", "Đang đi học/đào tạo"),
    Column("school_attendance", "enum", "Tình trạng đi học"),
    Column("health_insurance", "bool", "Có bảo hiểm y tế"),
    Column("employment", "enum", "Tình trạng việc làm"),
    Column("disability", "bool", "Người khuyết tật"),
    Column("monthly_social_allowance", "bool", "Hưởng trợ cấp xã hội hằng tháng"),
    Column("nutrition", "enum", "Dinh dưỡng (trẻ em)"),
)

DECISIONS = (
    Column("household_id", "str", "Mã hộ", True),
    Column("status", "enum", "Tình trạng được công nhận", True),
    Column("decision_date", "date", "Ngày quyết định", True),
    Column("decision_number", "str", "Số quyết định"),
)

LOANS = (
    Column("loan_id", "str", "Mã khoản vay", True),
    Column("household_id", "str", "Mã hộ", True),
    Column("borrower_name", "str", "Họ tên người vay", personal=True),
    Column("borrower_cccd", "str", "Số CCCD người vay", personal=True),
    Column("borrower_birth_date", "date", "Ngày sinh người vay"),
    Column("program", "enum", "Chương trình cho vay", True),
    Column("purpose", "str", "Mục đích / loại công trình"),
    Column("amount_disbursed", "int", "Số tiền giải ngân (đồng)", True),
    Column("outstanding", "int", "Dư nợ (đồng)", True),
    Column("disbursement_date", "date", "Ngày giải ngân", True),
    Column("overdue_amount", "int", "Nợ quá hạn (đồng)"),
    Column("savings_group", "str", "Tổ TK&VV"),
    Column("group_leader", "str", "Tổ trưởng Tổ TK&VV", personal=True),
    Column("entrusted_org", "enum", "Tổ chức nhận ủy thác"),
    Column("use_check_date", "date", "Ngày kiểm tra sử dụng vốn"),
)

TABLES = {"households": HOUSEHOLDS, "members": MEMBERS, "decisions": DECISIONS, "loans": LOANS}
