"""Vietnamese vocabulary of the audit feature files (features/kiem_tra_*.feature) and the data they build.

``AuditDraft`` collects households, members, commune decisions, loans and a previous review from the
steps, as plain rows in the canonical columns of engine/facts/columns.py, and runs ``engine.audit.audit_frames``
on them at the "Khi" step. Words only live here; the numbers of the law are written in the .feature
files, where the audit's answers are checked.
"""
from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "audit"))
from audit_builders import decision, frame, household, loan, member  # noqa: E402

from vi_household import lookup, vi_amount, vi_date  # noqa: E402

STATUSES = {"hộ nghèo": "poor", "hộ cận nghèo": "near_poor", "hộ mới thoát nghèo": "escaped_poor",
            "hộ mới thoát cận nghèo": "escaped_near_poor", "không thuộc diện": "none"}
AREAS = {"nông thôn": "rural", "thành thị": "urban", "đô thị": "urban"}
SEVERITIES = {"cao": "high", "trung bình": "medium", "thấp": "low"}
RELATIONS = {"chủ hộ": "head", "vợ": "spouse", "chồng": "spouse", "con": "child", "cha": "parent", "mẹ": "parent",
             "anh/chị/em": "sibling", "khác": "other"}
ORGS = {"hội phụ nữ": "women_union", "hội nông dân": "farmers_union", "hội cựu chiến binh": "veterans",
        "đoàn thanh niên": "youth_union"}
# "thiết lập" names in the feature files → AuditSettings fields (engineering settings, not law)
SETTINGS = {"dải sát chuẩn": "borderline_band", "số khoản vay của một người": "person_many_loans",
            "số khoản vay của một tổ trưởng": "leader_many_loans", "số tổ của một tổ trưởng": "leader_many_groups"}

# loan-table columns → (loan field, converter)
LOAN_COLUMNS = {
    "mã khoản vay": ("loan_id", str), "hộ": ("household_id", str), "chương trình": ("program", "program"),
    "mục đích": ("purpose", str), "giải ngân": ("amount_disbursed", "amount"), "dư nợ": ("outstanding", "amount"),
    "ngày giải ngân": ("disbursement_date", "date"), "nợ quá hạn": ("overdue_amount", "amount"),
    "tổ": ("savings_group", str), "tổ trưởng": ("group_leader", str), "hội": ("entrusted_org", "org"),
    "CCCD người vay": ("borrower_cccd", str), "họ tên người vay": ("borrower_name", str),
    "ngày sinh người vay": ("borrower_birth_date", "date"), "ngày kiểm tra sử dụng vốn": ("use_check_date", "date"),
    "ngày chấp hành xong án": ("sentence_completion_date", "date"),
}
MEMBER_COLUMNS = {"quan hệ": ("relation", "relation"), "ngày sinh": ("birth_date", "date"), "CCCD": ("cccd", str),
                  "họ tên": ("full_name", str)}


def program_code(text: str) -> str:
    from engine.reading import vocab

    code = vocab.match("program", text.strip())
    if code is None:
        raise KeyError(f"chương trình '{text}' không có trong danh mục (engine/reading/vocab.py)")
    return code


def iso(text: str) -> str:
    return vi_date(text).isoformat()


def _convert(conv, cell: str):
    cell = cell.strip()
    if conv is str:
        return cell
    if conv == "amount":
        return vi_amount(cell)
    if conv == "date":
        return iso(cell)
    if conv == "program":
        return program_code(cell)
    if conv == "org":
        return lookup(ORGS, cell.lower(), "tổ chức nhận ủy thác")
    if conv == "relation":
        return lookup(RELATIONS, cell.lower(), "quan hệ")
    raise ValueError(conv)


@dataclass
class AuditDraft:
    day: dt.date = dt.date(2025, 12, 14)
    households: dict = field(default_factory=dict)  # id → row
    members: dict = field(default_factory=dict)  # id → list of rows (default: one adult head)
    decisions: list = field(default_factory=list)
    loans: list | None = None
    previous: dict = field(default_factory=dict)  # id → (status, decision date)
    previous_date: dt.date | None = None
    settings: dict = field(default_factory=dict)
    book: object = None

    def household(self, hid: str) -> dict:
        if hid not in self.households:
            raise KeyError(f"chưa có hộ '{hid}': thêm bước 'Cho hộ \"{hid}\" ở … có thu nhập …'")
        return self.households[hid]

    def add_household(self, hid: str, area: str, income) -> None:
        self.households[hid] = household(hid, area=lookup(AREAS, area, "khu vực"), income=income)

    def set_deprived(self, hid: str, k: int) -> None:
        """The first k of audit_builders.DEPRIVATIONS become deprived in the household's own data."""
        h = self.household(hid)
        fresh = household(hid, deprived=k)
        for key in ("water_source", "latrine", "wall", "column", "roof", "living_area_m2"):
            h[key] = fresh[key]

    def members_from_table(self, hid: str, table: list[list[str]]) -> None:
        header, *rows = table
        for h in header:
            if h.strip() not in MEMBER_COLUMNS:
                raise KeyError(f"cột '{h}' không có; dùng: {', '.join(MEMBER_COLUMNS)}")
        out = []
        for row in rows:
            kw = {}
            for h, cell in zip(header, row):
                if cell.strip():
                    name, conv = MEMBER_COLUMNS[h.strip()]
                    kw[name] = _convert(conv, cell)
            birth = kw.pop("birth_date", "1980-03-15")
            relation = kw.pop("relation", "head")
            out.append(member(hid, birth=birth, relation=relation, **kw))
        self.members[hid] = out

    def loans_from_table(self, table: list[list[str]]) -> None:
        header, *rows = table
        for h in header:
            if h.strip() not in LOAN_COLUMNS:
                raise KeyError(f"cột '{h}' không có; dùng: {', '.join(LOAN_COLUMNS)}")
        self.loans = self.loans or []
        for row in rows:
            kw = {}
            for h, cell in zip(header, row):
                name, conv = LOAN_COLUMNS[h.strip()]
                kw[name] = _convert(conv, cell) if cell.strip() else None  # an empty cell = not recorded
            hid = kw.pop("household_id")
            amount = kw.pop("amount_disbursed", None) or 10_000_000
            date = kw.pop("disbursement_date", None) or "2025-03-01"
            if kw.get("outstanding") is None:
                kw.pop("outstanding", None)
            self.loans.append(loan(hid, amount=amount, date=date, **kw))

    def run(self):
        from engine.audit import AuditSettings, audit_frames

        hh = list(self.households.values())
        mem = [m for hid in self.households for m in self.members.get(hid, [member(hid)])]
        prev = None
        if self.previous:
            prev_hh = [household(hid, recognised_status=s, status_decision_date=d)
                       for hid, (s, d) in self.previous.items()]
            prev = (frame("households", prev_hh), frame("members", [member(h["household_id"]) for h in prev_hh]),
                    frame("decisions", []))
        return audit_frames(frame("households", hh), frame("members", mem), frame("decisions", self.decisions),
                            frame("loans", self.loans) if self.loans is not None else None, day=self.day,
                            settings=AuditSettings(**self.settings), previous=prev, previous_date=self.previous_date,
                            book=self.book)


@dataclass
class AuditContext:
    draft: AuditDraft = field(default_factory=AuditDraft)
    result: object = None
    last: pd.DataFrame | None = None  # the flags the latest "Thì có cảnh báo …" step matched
    checked: set = field(default_factory=set)  # flag codes some "Thì" step looked for (found or not)
    found: set = field(default_factory=set)  # flag codes some "Thì" step found

    def flags(self, code: str, *, household: str | None = None, loan: str | None = None) -> pd.DataFrame:
        assert self.result is not None, "chưa có bước 'Khi kiểm tra'"
        f = self.result.flags
        f = f[f["code"] == code]
        if household is not None:
            f = f[f["household_id"] == household]
        if loan is not None:
            f = f[f["loan_id"] == loan]
        return f


def make_decision(hid: str, status: str, date: str) -> dict:
    return decision(hid, lookup(STATUSES, status, "tình trạng"), iso(date))
