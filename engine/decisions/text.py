"""Plain Vietnamese text rendering of a decision, for the terminal and for printing."""
from __future__ import annotations

from engine.decisions import fmt
from engine.decisions.decision import Decision

SEVERITY_VI = {"high": "cao", "medium": "trung bình", "low": "thấp"}
STATE_VI = {"held": "đúng", "failed": "không đúng", "unknown": "chưa xác định"}


def decision_text(d: Decision, with_trace: bool = False) -> str:
    c = d.classification
    lines = [
        f"Hộ {d.household_id} — ngày tham chiếu {fmt.date(d.reference_date)} — bộ quy tắc {d.ruleset_version}",
        f"Chuẩn áp dụng: {c.standard or 'không có'}",
        f"KẾT QUẢ: {c.label.upper()}",
    ]
    if c.unverified:
        lines.append("  ⚠ Căn cứ chưa xác minh: " + ", ".join(c.unverified_basis))
    if c.reasons:
        lines.append("Lý do:")
        lines += [f"  - {r}" for r in c.reasons]
    if c.review_reasons:
        lines.append("Cần rà soát vì:")
        lines += [f"  - {r}" for r in c.review_reasons]
    lines.append(f"Tình trạng được công nhận: {d.recognised_status_label}")
    counted = [i for i in d.indicators if i.counts]
    if counted:
        deprived = [f"{i.number}. {i.label}" + (" (U)" if i.confidence == "U" else "") for i in counted if i.used]
        unknown = [f"{i.number}. {i.label}" for i in counted if i.used is None]
        lines.append(f"Chỉ số thiếu hụt ({len(deprived)}): " + ("; ".join(deprived) or "không có"))
        if unknown:
            lines.append("Chỉ số chưa xác định được: " + "; ".join(unknown))
    if d.programs:
        lines.append("CHƯƠNG TRÌNH CHO VAY:")
        for p in d.programs:
            lines.append(f"• {p.label}: {p.outcome_label.upper()}" + (" (căn cứ chưa xác minh)" if p.unverified else ""))
            if p.remaining_amount is not None:
                lines.append(f"    Số tiền còn có thể vay: {fmt.money(p.remaining_amount, p.amount_unit)}"
                             + (f" (mức tối đa {fmt.money(p.ceiling, p.amount_unit)})" if p.ceiling is not None else ""))
            if p.outcome != "not_eligible":
                term = f"{p.max_term_months} tháng" if p.max_term_months is not None else "chưa rõ"
                rate = f"{fmt.number(p.interest_rate)}%/năm" if p.interest_rate is not None else "chưa rõ"
                lines.append(f"    Thời hạn tối đa: {term}; lãi suất: {rate}")
            lines += [f"    - {r}" for r in (p.reasons if p.outcome != "eligible" else p.reasons[:1]) + p.review_reasons]
            if p.outcome != "not_eligible" and p.papers:
                lines.append("    Giấy tờ cần chuẩn bị: " + "; ".join(p.papers))
    if d.flags:
        lines.append("Cảnh báo:")
        lines += [f"  [{SEVERITY_VI[f.severity]}] {f.message}" for f in d.flags]
    if with_trace:
        lines.append("Vết đánh giá:")
        for t in d.trace:
            lines.append(f"  {t.rule_id} [{STATE_VI[t.state]}] — {t.title}")
            lines += [f"      · {c.text} → {STATE_VI[c.state]}" for c in t.conditions]
    return "\n".join(lines)
