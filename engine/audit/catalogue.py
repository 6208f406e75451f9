"""Every flag the audit can raise: code, family, severity, Vietnamese title and what it rests on.

``basis`` says what kind of ground a flag stands on, and the report prints it with the flag:
  * ``law``     — a rule or parameter of rules/ (the row's citation names it, with its confidence);
  * ``signal``  — an engineering signal of POLICY §6.2 (S1–S9), never a legal finding;
  * ``unverified`` — a value tagged U in rules/ (POLICY §5 entrustment controls, D9);
  * ``data``    — the data cannot answer a rule (missing or contradictory input).
Codes are stable identifiers (reports, filters, the feature files' ``@flag:<code>`` tags).
"""
from __future__ import annotations

from dataclasses import dataclass

SEVERITIES = {"high": "Cao", "medium": "Trung bình", "low": "Thấp"}
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}

FAMILIES = {
    "inclusion": "Đưa vào sai đối tượng",
    "exclusion": "Bỏ sót đối tượng",
    "window": "Quá thời hạn được vay",
    "ceiling": "Vượt mức cho vay, trùng mục đích",
    "misuse": "Dấu hiệu vay ké, sai mục đích",
    "review": "Cần rà soát",
    "portfolio": "Chất lượng tín dụng ủy thác",
    "transition": "Biến động so với kỳ trước",
}

# What the report says where a flag rests on an engineering signal or on one of the project's readings of
# the law (docs/decisions.md, D-ids): plain words, never the id or our reference's section number; which
# signal (S1…S9) a flag matches stays in its catalogue entry (Flag.signal) for reviewers.
SIGNAL_TEXT = "tín hiệu kỹ thuật, không phải quy định pháp luật"
READING_STATUS = ("tình trạng theo quyết định công nhận của UBND xã và kết quả tính theo chuẩn được xét riêng; "
                  "khác nhau là cảnh báo")
READING_OUTSTANDING = ("mức cho vay tối đa áp dụng cho dư nợ của hộ trong từng chương trình "
                       "(nước sạch, vệ sinh: từng loại công trình)")
READING_UNVERIFIED = "căn cứ chưa xác minh"


@dataclass(frozen=True)
class FlagDef:
    code: str
    family: str
    severity: str
    title: str  # Vietnamese, one line
    basis: str  # law | signal | unverified | data
    signal: str | None = None  # S1…S9 of POLICY §6.2 the flag also matches


_DEFS = (
    FlagDef("inclusion.listed_not_computed", "inclusion", "high",
            "Được công nhận hộ nghèo/cận nghèo nhưng tính theo chuẩn thì không", "law", "S9"),
    FlagDef("inclusion.loan_without_status", "inclusion", "high",
            "Vay chương trình mà hộ không có tình trạng được công nhận tương ứng tại ngày giải ngân", "law", "S1"),
    FlagDef("inclusion.loan_area_not_rural", "inclusion", "high",
            "Vay nước sạch/vệ sinh môi trường nông thôn nhưng hộ ở thành thị", "law"),
    FlagDef("exclusion.computed_not_listed", "exclusion", "high",
            "Tính theo chuẩn là hộ nghèo/cận nghèo nhưng không có trong danh sách công nhận", "law", "S9"),
    FlagDef("exclusion.outreach_no_loan", "exclusion", "low",
            "Hộ đủ điều kiện vay theo tình trạng được công nhận nhưng chưa có khoản vay nào", "law"),
    FlagDef("window.newly_escaped_expired", "window", "high",
            "Vay hộ mới thoát nghèo sau khi hết thời hạn kể từ quyết định thoát nghèo", "law", "S2"),
    FlagDef("window.post_prison_expired", "window", "high",
            "Vay theo QĐ 22/2023 sau khi hết thời hạn kể từ ngày chấp hành xong án phạt tù", "law"),
    FlagDef("ceiling.above_ceiling", "ceiling", "high",
            "Dư nợ trong chương trình vượt mức cho vay tối đa tại ngày giải ngân", "law", "S4"),
    FlagDef("ceiling.same_purpose", "ceiling", "medium",
            "Hai khoản vay còn dư nợ cùng mục đích ở hai chương trình", "signal", "S3"),
    FlagDef("misuse.borrower_not_member", "misuse", "high",
            "Người vay không phải thành viên của hộ", "signal", "S5"),
    FlagDef("misuse.cccd_several_households", "misuse", "high",
            "Cùng một số CCCD ở nhiều hộ", "signal", "S5"),
    FlagDef("misuse.cccd_several_names", "misuse", "medium",
            "Cùng một số CCCD đứng tên vay với nhiều họ tên khác nhau", "signal", "S5"),
    FlagDef("misuse.person_many_loans", "misuse", "medium",
            "Một người đứng tên nhiều khoản vay còn dư nợ", "signal", "S5"),
    FlagDef("misuse.leader_many_loans", "misuse", "medium",
            "Một tổ trưởng gắn với bất thường nhiều khoản vay hoặc nhiều tổ", "signal", "S5"),
    FlagDef("misuse.borrower_under_age", "misuse", "high",
            "Người vay chưa đủ tuổi tối thiểu tại ngày giải ngân", "law"),
    FlagDef("review.borderline_income", "review", "low",
            "Thu nhập sát chuẩn (trong dải ± quanh chuẩn thu nhập)", "signal"),
    FlagDef("review.indicator_mismatch", "review", "medium",
            "Chỉ số thiếu hụt khai báo khác với dữ liệu thành viên", "law"),
    FlagDef("review.unverified_basis", "review", "low",
            "Kết quả dựa trên căn cứ chưa xác minh", "unverified"),
    FlagDef("review.missing_data", "review", "medium",
            "Thiếu dữ liệu để áp dụng quy tắc", "data"),
    FlagDef("review.unknown_value", "review", "medium",
            "Văn bản chưa cho biết giá trị cần dùng tại ngày tham chiếu", "unverified"),
    FlagDef("review.rule_conflict", "review", "high",
            "Không kết luận được: xung đột quy tắc hoặc không quy tắc nào áp dụng", "data"),
    FlagDef("review.status_conflict", "review", "medium",
            "Hai quyết định công nhận khác nhau cùng một ngày", "data"),
    FlagDef("portfolio.overdue_above_goal", "portfolio", "medium",
            "Tỷ lệ nợ quá hạn từ mục tiêu của kế hoạch tỉnh trở lên (dải phí ủy thác)", "unverified", "S6"),
    FlagDef("portfolio.no_use_check", "portfolio", "low",
            "Không có kiểm tra sử dụng vốn trong thời hạn sau giải ngân", "unverified", "S6"),
    FlagDef("transition.changed_without_decision", "transition", "high",
            "Tình trạng thay đổi so với kỳ trước mà không có quyết định công nhận mới của UBND xã", "law"),
)

FLAGS: dict[str, FlagDef] = {d.code: d for d in _DEFS}

BASIS_LABELS = {
    "law": "quy định (rules/)",
    "signal": "tín hiệu kỹ thuật",
    "unverified": "căn cứ chưa xác minh (U)",
    "data": "dữ liệu",
}
