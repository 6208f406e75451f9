"""Severity and Vietnamese wording of each flag code (codes are shared by both engines)."""
from __future__ import annotations

from engine.decisions.decision import Flag
from engine.law.rulebook import Rulebook


def describe(book: Rulebook, code: str, values: dict) -> Flag:
    head, _, tail = code.partition(".")
    if head == "missing_data":
        label = book.facts[tail]["label"]
        return Flag(code=code, severity="medium", message=f"Cần rà soát: thiếu dữ liệu '{label}' để áp dụng quy tắc {values.get('rule_id')}",
                    rule_id=values.get("rule_id"), values=values)
    if head == "unknown_value":
        p = book.parameters[tail]
        return Flag(code=code, severity="medium",
                    message=f"Cần rà soát: văn bản chưa cho biết giá trị '{p.label}' tại ngày tham chiếu (căn cứ chưa xác minh)",
                    rule_id=values.get("rule_id"), values=values)
    if head == "indicator_mismatch":
        ind = book.indicators[tail]
        d = "thiếu hụt" if values.get("derived") else "không thiếu hụt"
        k = "thiếu hụt" if values.get("declared") else "không thiếu hụt"
        return Flag(code=code, severity="medium",
                    message=f"Cần rà soát chỉ số {ind.number} '{ind.label}': dữ liệu thành viên cho thấy {d} nhưng khai báo là {k}",
                    values=values)
    fixed = {
        "rule_conflict": ("high", "Cần rà soát: có hơn một kết quả phân loại có thể đúng cùng lúc (xung đột quy tắc)"),
        "no_rule": ("high", "Cần rà soát: không có quy tắc nào áp dụng cho trường hợp này"),
        "status_mismatch": ("high", "Tình trạng được UBND xã công nhận khác với kết quả tính theo chuẩn nghèo"),
        "status_decisions_conflict": ("medium", "Có hai quyết định công nhận khác nhau cùng một ngày"),
        "deprivation_count_mismatch": ("medium", "Cần rà soát: số chỉ số thiếu hụt khai báo khác với số tính được "
                                                 "từ dữ liệu thành viên và nhà ở"),
        "unverified_basis": ("low", "Kết quả dựa trên căn cứ chưa xác minh"),
    }
    severity, message = fixed[code]
    if code == "status_mismatch":
        status_vi = book.facts["recognised_status"]["values"]
        outcomes = book.families["poverty_classification"].outcomes
        message += f": công nhận '{status_vi.get(values['recognised'], values['recognised'])}', tính được '{outcomes[values['computed']]}'"
    return Flag(code=code, severity=severity, message=message, values=values)
