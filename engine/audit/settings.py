"""Engineering settings of the audit — NOT law.

Every number here is a choice of this project (how wide a "borderline" band is, how many loans
are "unusually many"), not a value from a legal instrument: reports print them under "Thiết lập kỹ
thuật (không phải quy định pháp luật)", and the CLI can change each one. Legal values (income
lines, ceilings, windows, minimum age) and the U-tagged entrustment controls of POLICY §5 (overdue
bands, 1% goal, 30-day use check) live in rules/ and are read at the date they apply.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass(frozen=True)
class AuditSettings:
    # Income within this share of an income line (±) is "borderline" and worth a second look.
    borderline_band: float = 0.05
    # One CCCD as borrower of at least this many loans with an outstanding balance (S5).
    person_many_loans: int = 4
    # One group leader (per commune) linked to more than this many loans (S5) …
    leader_many_loans: int = 60
    # … or to loans in at least this many savings groups (S5).
    leader_many_groups: int = 2
    # Rows per sheet in the Excel report (the CSV/Parquet outputs always hold every row).
    excel_max_rows: int = 50_000

    LABELS = {
        "borderline_band": "Dải sát chuẩn thu nhập (± tỷ lệ của chuẩn)",
        "person_many_loans": "Một CCCD đứng tên từ số khoản vay còn dư nợ này trở lên",
        "leader_many_loans": "Một tổ trưởng gắn với nhiều hơn số khoản vay này",
        "leader_many_groups": "Một tổ trưởng gắn với từ số tổ TK&VV này trở lên",
        "excel_max_rows": "Số dòng tối đa mỗi sheet Excel (CSV/Parquet có đủ mọi dòng)",
    }

    def __post_init__(self):
        if not 0 <= self.borderline_band < 1:
            raise ValueError("borderline_band phải trong khoảng [0, 1)")
        for name in ("person_many_loans", "leader_many_loans", "leader_many_groups", "excel_max_rows"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} phải ≥ 1")

    def as_rows(self) -> list[tuple[str, str, object]]:
        """(name, Vietnamese label, value) for reports."""
        return [(f.name, self.LABELS[f.name], getattr(self, f.name)) for f in fields(self)]

    def as_dict(self) -> dict:
        return asdict(self)


NOT_LAW = "thiết lập kỹ thuật, không phải quy định pháp luật"
