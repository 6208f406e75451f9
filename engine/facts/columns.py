"""Canonical tabular layout of batch inputs: households, members, status decisions, loans.

Both the vectorised engine (engine/facts/tables.py) and the file readers use these names. Readers map
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


# Vietnamese names of the deprivation indicators (rules/indicators.yaml has the same labels,
# with their legal sources; these are only the column headers of the templates).
INDICATOR_LABELS = {
    "employment": "việc làm", "dependants": "người phụ thuộc", "nutrition": "dinh dưỡng",
    "health_insurance": "bảo hiểm y tế", "adult_education": "trình độ giáo dục người lớn",
    "school_attendance": "tình trạng đi học của trẻ em", "housing_quality": "chất lượng nhà ở",
    "living_area": "diện tích nhà ở bình quân", "water": "nguồn nước sinh hoạt", "latrine": "nhà tiêu hợp vệ sinh",
    "internet": "sử dụng internet", "information_assets": "phương tiện tiếp cận thông tin",
    "household_waste": "thu gom, xử lý rác thải",
}

INDICATORS = ("employment", "dependants", "nutrition", "health_insurance", "adult_education", "school_attendance",
              "housing_quality", "living_area", "water", "latrine", "internet", "information_assets", "household_waste")

# Aliases: headers seen on commune lists and VBSP reports. Readers compare them without diacritics,
# case, spacing or punctuation (engine/reading/text.py), so one spelling of each is enough.
HOUSEHOLD_ID_ALIASES = ("Mã hộ gia đình", "Mã số hộ", "Mã HGĐ", "Mã hộ nghèo", "Mã định danh hộ", "ID hộ",
                        "Household ID", "Mã hộ GĐ")

# Vietnamese names of the 13 indicators (NĐ 07/2021, NĐ 351/2025) as they head the "declared" columns.
INDICATOR_NAMES = {
    "employment": ("Việc làm",),
    "dependants": ("Người phụ thuộc", "Người phụ thuộc trong hộ gia đình", "Người phụ thuộc trong hộ"),
    "nutrition": ("Dinh dưỡng",),
    "health_insurance": ("Bảo hiểm y tế", "BHYT"),
    "adult_education": ("Trình độ giáo dục của người lớn", "Giáo dục người lớn", "Trình độ giáo dục người lớn"),
    "school_attendance": ("Tình trạng đi học của trẻ em", "Đi học của trẻ em", "Trẻ em đi học"),
    "housing_quality": ("Chất lượng nhà ở",),
    "living_area": ("Diện tích nhà ở bình quân đầu người", "Diện tích nhà ở bình quân", "Diện tích bình quân đầu người"),
    "water": ("Nguồn nước sinh hoạt", "Nước sinh hoạt"),
    "latrine": ("Nhà tiêu hợp vệ sinh", "Nhà tiêu", "Nhà vệ sinh"),
    "internet": ("Sử dụng dịch vụ viễn thông", "Dịch vụ viễn thông", "Internet", "Sử dụng internet"),
    "information_assets": ("Phương tiện phục vụ tiếp cận thông tin", "Tài sản phục vụ tiếp cận thông tin",
                           "Tiếp cận thông tin", "Phương tiện tiếp cận thông tin"),
    "household_waste": ("Thu gom, xử lý rác thải sinh hoạt", "Rác thải sinh hoạt", "Xử lý rác thải"),
}
# Words heading a merged group of deprivation columns ("Chỉ số thiếu hụt (khai báo)" over "Việc làm", …).
DEPRIVATION_PREFIXES = ("Thiếu hụt", "Thiếu hụt khai báo", "Thiếu hụt về", "Chỉ số thiếu hụt", "Chỉ số thiếu hụt khai báo",
                        "Các chỉ số thiếu hụt", "Chỉ số thiếu hụt dịch vụ xã hội cơ bản", "Thiếu hụt dịch vụ xã hội cơ bản",
                        "Các chỉ số thiếu hụt dịch vụ xã hội cơ bản")


def _deprivation_aliases(indicator: str) -> tuple:
    return tuple(f"{p} {n}" for n in INDICATOR_NAMES[indicator] for p in DEPRIVATION_PREFIXES) + (
        f"Thiếu hụt khai báo {indicator}", f"Thiếu hụt {indicator}")


# Province and commune codes are not required columns: a commune's list says its place in the title
# block or file name, or the user gives it (engine/reading/places.py); rows never stay without a place.
HOUSEHOLDS = (
    Column("household_id", "str", "Mã hộ", True, ("Mã hộ gia đình", "Ma ho") + HOUSEHOLD_ID_ALIASES[1:]),
    Column("province_code", "str", "Mã tỉnh", False, ("Mã tỉnh/thành phố", "Mã tỉnh/TP", "Mã tỉnh, thành phố",
                                                     "Mã đơn vị hành chính tỉnh", "Mã ĐVHC tỉnh")),
    Column("province_name", "str", "Tỉnh/thành phố", False, ("Tỉnh", "Tỉnh/TP", "Tên tỉnh", "Tỉnh, thành phố",
                                                              "Tên tỉnh/thành phố", "Tỉnh/thành")),
    Column("district_code", "str", "Mã huyện", False, ("Mã quận/huyện", "Mã huyện/thị xã", "Mã quận, huyện",
                                                        "Mã huyện/quận/thị xã/thành phố", "Mã ĐVHC huyện")),
    Column("district_name", "str", "Huyện", False, ("Quận/huyện", "Huyện/thị xã", "Tên huyện", "Quận, huyện",
                                                     "Huyện/quận/thị xã/thành phố", "Huyện/thị xã/thành phố")),
    Column("commune_code", "str", "Mã xã", False, ("Mã xã/phường", "Mã xã/phường/thị trấn", "Mã xã, phường",
                                                  "Mã đơn vị hành chính xã", "Mã ĐVHC xã", "Mã xã/phường/đặc khu")),
    Column("commune_name", "str", "Xã/phường", False, ("Xã", "Phường", "Tên xã", "Xã/phường/thị trấn", "Xã, phường",
                                                        "Tên xã/phường", "Xã/phường/đặc khu")),
    Column("village_code", "str", "Mã thôn", False, ("Mã thôn/bản", "Mã thôn/tổ", "Mã thôn/tổ dân phố", "Mã ấp",
                                                     "Mã tổ dân phố", "Mã thôn, bản, tổ dân phố", "Mã thôn/xóm")),
    Column("village_name", "str", "Thôn/bản/tổ dân phố", False, (
        "Thôn", "Thôn/bản", "Thôn/tổ", "Thôn, bản", "Thôn/xóm", "Xóm", "Ấp", "Bản", "Buôn", "Khóm", "Tổ dân phố",
        "Tên thôn", "Thôn/ấp/bản/tổ dân phố", "Thôn, bản, tổ dân phố", "Thôn/tổ dân phố", "Thôn/ấp")),
    Column("area", "enum", "Khu vực", True, ("Khu vực (nông thôn/thành thị)", "Nông thôn/thành thị",
                                             "Thành thị/nông thôn", "Khu vực (NT/TT)", "Nông thôn/đô thị",
                                             "Khu vực sinh sống", "Vùng", "Khu vực (nông thôn/đô thị)")),
    Column("income_pc_month", "int", "Thu nhập bình quân (đồng/người/tháng)", False, (
        "Thu nhập bình quân", "Thu nhập bình quân đầu người", "Thu nhập bình quân đầu người/tháng",
        "Thu nhập bình quân người/tháng", "Thu nhập bình quân/người/tháng", "Thu nhập BQ (đồng/người/tháng)",
        "Thu nhập BQ/người/tháng", "TNBQ", "TNBQ đầu người/tháng", "Thu nhập/người/tháng",
        "Thu nhập (đồng/người/tháng)", "Thu nhập bình quân đầu người (đồng/tháng)",
        "Thu nhập bình quân đầu người/tháng (đồng)", "Thu nhập bình quân đầu người một tháng",
        "Thu nhập bình quân tháng")),
    Column("living_area_m2", "float", "Diện tích nhà ở (m²)", False, (
        "Diện tích nhà ở", "Diện tích", "Diện tích (m²)", "Diện tích nhà (m²)", "Diện tích ở", "DT nhà ở",
        "Diện tích nhà", "Diện tích sàn", "Diện tích nhà ở (m2)")),
    Column("wall", "enum", "Tường nhà", False, ("Tường", "Vách", "Tường/vách", "Tường, vách", "Chất lượng tường",
                                                "Kết cấu tường", "Tường nhà (bền chắc/không)")),
    Column("column", "enum", "Cột nhà", False, ("Cột", "Khung", "Cột/khung", "Khung, cột", "Cột nhà (khung)",
                                                "Khung nhà", "Cột, khung nhà", "Chất lượng cột")),
    Column("roof", "enum", "Mái nhà", False, ("Mái", "Mái/trần", "Chất lượng mái", "Kết cấu mái")),
    Column("water_source", "enum", "Nguồn nước sinh hoạt", False, (
        "Nguồn nước", "Nước sinh hoạt", "Nguồn nước sinh hoạt chính", "Nguồn nước ăn uống", "Loại nguồn nước")),
    Column("latrine", "enum", "Nhà tiêu", False, ("Nhà vệ sinh", "Hố xí", "Loại nhà tiêu", "Nhà tiêu/hố xí",
                                                  "Loại nhà vệ sinh", "Nhà xí", "Loại hố xí")),
    Column("internet_use", "bool", "Sử dụng internet", False, (
        "Sử dụng Internet", "Có sử dụng internet", "Internet", "Có thành viên sử dụng internet",
        "Sử dụng dịch vụ internet", "Dùng internet")),
    Column("information_assets", "list", "Phương tiện tiếp cận thông tin", False, (
        "Phương tiện thông tin", "Tài sản tiếp cận thông tin", "Tài sản phục vụ tiếp cận thông tin",
        "Phương tiện phục vụ tiếp cận thông tin", "Phương tiện nghe nhìn", "Ti vi, radio, máy tính")),
    Column("loudspeaker_reach", "bool", "Nghe được loa truyền thanh", False, (
        "Loa truyền thanh", "Nghe được loa", "Nghe được loa truyền thanh xã/thôn", "Nghe được hệ thống loa",
        "Nghe được loa đài truyền thanh", "Trong vùng phủ loa truyền thanh")),
    Column("recognised_status", "enum", "Tình trạng được công nhận", False, (
        "Tình trạng", "Phân loại hộ", "Loại hộ", "Diện hộ", "Tình trạng hộ", "Kết quả rà soát", "Kết quả công nhận",
        "Phân loại", "Xếp loại hộ", "Hộ nghèo/cận nghèo", "Công nhận là", "Tình trạng công nhận")),
    Column("status_decision_date", "date", "Ngày quyết định công nhận", False, (
        "Ngày công nhận", "Ngày quyết định", "Ngày QĐ công nhận", "Ngày QĐ", "Ngày ra quyết định",
        "Ngày ký quyết định")),
    Column("declared_deprivation_count", "int", "Số chỉ số thiếu hụt (khai báo)", False, (
        "Số chỉ số thiếu hụt", "Tổng số chỉ số thiếu hụt", "Số chỉ số thiếu hụt dịch vụ xã hội cơ bản",
        "Số thiếu hụt", "Tổng số thiếu hụt", "Số chỉ số thiếu hụt DVXHCB", "Tổng số chỉ số thiếu hụt DVXHCB")),
) + tuple(Column(f"declared_{i}", "bool", f"Thiếu hụt khai báo: {INDICATOR_LABELS[i]}", False, _deprivation_aliases(i))
          for i in INDICATORS)

MEMBERS = (
    Column("household_id", "str", "Mã hộ", True, HOUSEHOLD_ID_ALIASES + ("Ma ho",)),
    Column("member_id", "str", "Mã thành viên", False, ("Mã nhân khẩu", "Mã TV", "Mã NK", "Mã số thành viên",
                                                        "Mã định danh thành viên", "Mã người")),
    Column("full_name", "str", "Họ và tên", False, ("Họ tên", "Họ và tên thành viên", "Họ tên thành viên", "Họ, tên",
                                                    "Họ và tên nhân khẩu", "Tên thành viên"), personal=True),
    Column("birth_date", "date", "Ngày sinh", True, ("Ngày tháng năm sinh", "Ngày, tháng, năm sinh",
                                                     "Ngày/tháng/năm sinh", "Ngày sinh (dd/mm/yyyy)", "Sinh ngày",
                                                     "NTNS", "Ngày sinh (ngày/tháng/năm)")),
    Column("relation", "enum", "Quan hệ với chủ hộ", True, ("Quan hệ", "QH với chủ hộ", "Mối quan hệ với chủ hộ",
                                                            "Quan hệ chủ hộ", "Quan hệ với CH", "Là gì của chủ hộ")),
    Column("cccd", "str", "Số CCCD", False, ("CCCD", "Số căn cước", "Số căn cước công dân", "Căn cước công dân",
                                             "Số CCCD/CMND", "CCCD/CMND", "Số định danh cá nhân",
                                             "Mã định danh cá nhân", "Số ĐDCN"), personal=True),
    Column("education_level", "enum", "Trình độ giáo dục", False, (
        "Trình độ học vấn", "Trình độ văn hóa", "Học vấn", "Trình độ giáo dục cao nhất", "Bằng cấp cao nhất",
        "Trình độ giáo dục - đào tạo", "Trình độ giáo dục, đào tạo", "Trình độ học vấn cao nhất")),
    Column("in_training", "bool", "Đang đi học/đào tạo", False, ("Đang đi học", "Đang học", "Đang đào tạo",
                                                                 "Đang đi học/đào tạo nghề", "Đang theo học",
                                                                 "Đang đi học hoặc đào tạo")),
    Column("school_attendance", "enum", "Tình trạng đi học", False, (
        "Tình trạng đi học (trẻ em)", "Tình trạng đi học của trẻ em", "Đi học", "Trẻ em đi học",
        "Đi học đúng độ tuổi")),
    Column("health_insurance", "bool", "Có bảo hiểm y tế", False, ("BHYT", "Bảo hiểm y tế", "Có BHYT", "Thẻ BHYT",
                                                                   "Có thẻ BHYT", "Tham gia BHYT")),
    Column("employment", "enum", "Tình trạng việc làm", False, ("Việc làm", "Tình trạng việc làm hiện tại",
                                                                "Việc làm hiện tại", "Tình trạng lao động",
                                                                "Nghề nghiệp/việc làm")),
    Column("disability", "bool", "Người khuyết tật", False, ("Khuyết tật", "Là người khuyết tật", "NKT",
                                                             "Người khuyết tật (có/không)")),
    Column("monthly_social_allowance", "bool", "Hưởng trợ cấp xã hội hằng tháng", False, (
        "Hưởng trợ cấp xã hội hàng tháng", "Trợ cấp xã hội hằng tháng", "Trợ cấp xã hội hàng tháng",
        "Trợ cấp xã hội", "Hưởng trợ cấp xã hội", "Hưởng TCXH", "TCXH hằng tháng", "Hưởng trợ cấp hằng tháng",
        "Hưởng trợ cấp hàng tháng")),
    Column("nutrition", "enum", "Dinh dưỡng (trẻ em)", False, ("Dinh dưỡng", "Tình trạng dinh dưỡng",
                                                               "Tình trạng dinh dưỡng trẻ em", "Suy dinh dưỡng",
                                                               "Tình trạng dinh dưỡng (trẻ em)")),
)

DECISIONS = (
    Column("household_id", "str", "Mã hộ", True, HOUSEHOLD_ID_ALIASES + ("Ma ho",)),
    Column("status", "enum", "Tình trạng được công nhận", True, (
        "Tình trạng", "Phân loại hộ", "Loại hộ", "Diện hộ", "Kết quả công nhận", "Công nhận là", "Tình trạng hộ",
        "Tình trạng công nhận")),
    Column("decision_date", "date", "Ngày quyết định", True, ("Ngày quyết định công nhận", "Ngày QĐ",
                                                              "Ngày ký quyết định", "Ngày ban hành", "Ngày ký",
                                                              "Ngày ra quyết định")),
    Column("decision_number", "str", "Số quyết định", False, ("Số QĐ", "Quyết định số", "Số hiệu quyết định",
                                                              "Số, ký hiệu quyết định", "Số ký hiệu QĐ")),
)

LOANS = (
    Column("loan_id", "str", "Mã khoản vay", True, ("Mã khế ước", "Số khế ước", "Số khế ước nhận nợ", "Mã món vay",
                                                    "Số món vay", "Số hợp đồng", "Số hợp đồng tín dụng",
                                                    "Số HĐ tín dụng", "Mã hợp đồng", "Mã KV", "Mã khoản vay/khế ước")),
    Column("household_id", "str", "Mã hộ", True, HOUSEHOLD_ID_ALIASES + ("Ma ho",)),
    Column("borrower_name", "str", "Họ tên người vay", False, (
        "Người vay", "Tên người vay", "Họ và tên người vay", "Khách hàng", "Tên khách hàng", "Họ tên khách hàng",
        "Họ và tên khách hàng", "Người đứng tên vay", "Họ tên", "Họ và tên"), personal=True),
    Column("borrower_cccd", "str", "Số CCCD người vay", False, (
        "CCCD người vay", "Số CCCD", "CCCD", "Số căn cước", "Số căn cước công dân", "Số CCCD/CMND", "CCCD/CMND",
        "Số định danh cá nhân", "Số CCCD khách hàng", "CCCD/CMND người vay"), personal=True),
    Column("borrower_birth_date", "date", "Ngày sinh người vay", False, (
        "Ngày sinh", "Ngày sinh khách hàng", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh")),
    Column("program", "enum", "Chương trình cho vay", True, (
        "Chương trình", "Chương trình vay", "Chương trình tín dụng", "Tên chương trình", "Mã chương trình",
        "Chương trình cho vay/sản phẩm", "Sản phẩm cho vay")),
    Column("purpose", "str", "Mục đích / loại công trình", False, (
        "Mục đích", "Mục đích vay", "Mục đích sử dụng vốn", "Mục đích sử dụng vốn vay", "Loại công trình",
        "Đối tượng đầu tư", "Phương án sử dụng vốn", "Mục đích/loại công trình")),
    Column("amount_disbursed", "int", "Số tiền giải ngân (đồng)", True, (
        "Số tiền giải ngân", "Số tiền vay", "Số tiền cho vay", "Số tiền được vay", "Giải ngân", "Số tiền vay (đồng)",
        "Số tiền giải ngân (VNĐ)", "Số tiền phát vay", "Doanh số cho vay", "Số tiền cho vay (đồng)")),
    Column("outstanding", "int", "Dư nợ (đồng)", True, ("Dư nợ", "Dư nợ hiện tại", "Dư nợ còn lại", "Số dư nợ",
                                                         "Tổng dư nợ", "Dư nợ (VNĐ)", "Dư nợ hiện nay",
                                                         "Dư nợ đến ngày")),
    Column("disbursement_date", "date", "Ngày giải ngân", True, ("Ngày vay", "Ngày cho vay", "Ngày phát tiền vay",
                                                                 "Ngày nhận tiền vay", "Ngày GN",
                                                                 "Ngày giải ngân (dd/mm/yyyy)")),
    Column("overdue_amount", "int", "Nợ quá hạn (đồng)", False, ("Nợ quá hạn", "Dư nợ quá hạn", "Số tiền quá hạn",
                                                                 "Nợ QH", "Quá hạn", "Nợ quá hạn (VNĐ)")),
    Column("savings_group", "str", "Tổ TK&VV", False, ("Tổ tiết kiệm và vay vốn", "Tổ TK và VV", "Tổ TKVV",
                                                       "Tổ vay vốn", "Tên tổ", "Tên tổ TK&VV", "Mã tổ", "Tổ",
                                                       "Tổ TK&VV quản lý")),
    Column("group_leader", "str", "Tổ trưởng Tổ TK&VV", False, (
        "Tổ trưởng", "Họ tên tổ trưởng", "Tổ trưởng tổ vay vốn", "Tổ trưởng Tổ TKVV",
        "Tổ trưởng tổ tiết kiệm và vay vốn"), personal=True),
    Column("entrusted_org", "enum", "Tổ chức nhận ủy thác", False, (
        "Hội đoàn thể nhận ủy thác", "Hội đoàn thể", "Tổ chức hội", "Đơn vị nhận ủy thác", "Hội nhận ủy thác",
        "Tổ chức chính trị - xã hội nhận ủy thác", "Ủy thác qua", "Hội quản lý", "Tổ chức hội nhận ủy thác")),
    Column("use_check_date", "date", "Ngày kiểm tra sử dụng vốn", False, (
        "Ngày kiểm tra sử dụng vốn vay", "Ngày kiểm tra", "Ngày KT sử dụng vốn", "Ngày kiểm tra sau cho vay")),
)

TABLES = {"households": HOUSEHOLDS, "members": MEMBERS, "decisions": DECISIONS, "loans": LOANS}

# Every field that holds a name or a CCCD, in any table (and in a screened household's members): an
# error about one of them never repeats its value (api/errors.py, the readers' rejections).
PERSONAL_FIELDS = frozenset(c.name for cols in TABLES.values() for c in cols if c.personal)
