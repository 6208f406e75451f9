"""The decision a screening returns: outcome, reasons with citations, flags, facts and trace."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["high", "medium", "low"]
State = Literal["held", "failed", "unknown"]


def state_name(state: bool | None) -> State:
    return "held" if state is True else "failed" if state is False else "unknown"


class Citation(BaseModel):
    """A place in the law a user can look up: instrument, article, the date it applies from."""
    model_config = ConfigDict(frozen=True)  # one instance per legal source, shared by every answer

    instrument: str
    article: str = Field(description="Điều, khoản (không kèm ghi chú nội bộ)")
    date: dt.date | None = Field(None, description="Áp dụng từ ngày")
    url: str
    confidence: Literal["C2", "C1", "U"]


class ConditionTrace(BaseModel):
    fact: str
    value: object = None
    op: str
    parameter: str | None = None
    threshold: float | int | None = None
    threshold_citation: Citation | None = None
    literal: object = None
    state: State
    text: str = Field(description="Giải thích bằng tiếng Việt")


class RuleTrace(BaseModel):
    rule_id: str
    title: str
    state: State
    outcome: str
    citation: Citation
    reading: str = Field("", description="Điều, khoản kèm ghi chú của người rà soát (chỉ trong vết đầy đủ)")
    decisions: list[str] = []
    facts_read: list[str]
    conditions: list[ConditionTrace]


class Flag(BaseModel):
    code: str
    severity: Severity
    message: str
    rule_id: str | None = None
    values: dict = {}


class IndicatorTrace(BaseModel):
    id: str
    number: int
    label: str
    counts: bool
    derived: bool | None
    declared: bool | None
    used: bool | None
    source: str | None
    confidence: Literal["C2", "C1", "U"]


class Classification(BaseModel):
    outcome: Literal["poor", "near_poor", "average", "none", "needs_review"]
    label: str
    standard: str | None = Field(None, description="Văn bản chuẩn nghèo áp dụng tại ngày tham chiếu")
    rule_ids: list[str] = Field(default_factory=list, description="Quy tắc quyết định kết quả")
    reasons: list[str] = Field(default_factory=list, description="Lý do, mỗi lý do kèm căn cứ pháp lý")
    review_reasons: list[str] = Field(default_factory=list)
    unverified: bool = Field(False, description="Kết quả dựa trên căn cứ chưa xác minh (U) — D9")
    unverified_basis: list[str] = Field(default_factory=list)


class ProgramDecision(BaseModel):
    """One lending program's answer for the applicant at the reference date (issue 3)."""
    program: str
    label: str
    outcome: Literal["eligible", "not_eligible", "needs_review"]
    outcome_label: str
    ceiling: int | None = Field(None, description="Mức cho vay tối đa (đồng)")
    outstanding: int | None = Field(None, description="Dư nợ hiện tại trong chương trình (đồng)")
    remaining_amount: int | None = Field(None, description="Số tiền còn có thể vay = mức tối đa − dư nợ (D8)")
    amount_unit: str = "đồng"
    max_term_months: int | None = None
    interest_rate: float | None = Field(None, description="Lãi suất %/năm tại ngày tham chiếu")
    overdue_rate: float | None = None
    papers: list[str] = Field(default_factory=list, description="Giấy tờ, xác nhận cần chuẩn bị")
    reasons: list[str] = Field(default_factory=list)
    review_reasons: list[str] = Field(default_factory=list)
    rule_ids: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    unverified: bool = False
    unverified_basis: list[str] = Field(default_factory=list)
    missing_facts: list[str] = Field(default_factory=list, description="Dữ kiện còn thiếu khiến chương trình cần rà soát")


class Decision(BaseModel):
    household_id: str
    reference_date: dt.date
    ruleset_version: str
    engine: str
    classification: Classification
    recognised_status: str | None
    recognised_status_label: str
    programs: list[ProgramDecision] = Field(default_factory=list, description="Kết quả từng chương trình cho vay")
    flags: list[Flag] = []
    facts: dict = {}
    indicators: list[IndicatorTrace] = []
    trace: list[RuleTrace] = []

    def flag_codes(self) -> list[str]:
        return sorted(f.code for f in self.flags)
