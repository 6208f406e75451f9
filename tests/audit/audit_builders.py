"""Small canonical frames for the audit tests: households, members, decisions and loans as the readers
give them (engine/facts/columns.py names and dtypes, source file and row), built from a few keywords.

Amounts and dates that sit on a legal threshold are computed from rules/ (``param``), never written
here: a household "just under the line" is ``line - 1``, whatever the line is at the date.
"""
from __future__ import annotations

import datetime as dt
import itertools

import pandas as pd

from engine.law import rulebook
from engine.audit import AuditSettings, audit_frames
from engine.facts.columns import TABLES
from engine.reading.result import DTYPES

DAY = dt.date(2025, 12, 14)
# Which indicators ``deprived=k`` makes derivably deprived, in order (all tagged C1 in rules/indicators.yaml,
# so a count never rests on an unverified indicator by accident).
DEPRIVATIONS = ("water", "latrine", "housing_quality", "living_area")


def book() -> rulebook.Rulebook:
    return rulebook.default()


def param(name: str, day: dt.date = DAY):
    pv = book().parameters[name].at(day)
    assert pv is not None and pv.value is not None, f"{name} has no known value at {day}"
    return pv.value


def line(area: str = "rural", day: dt.date = DAY) -> int:
    return int(param(f"poverty.income_line.{area}", day))


def d(text: str) -> pd.Timestamp:
    return pd.Timestamp(text)


def household(hid: str, *, area: str = "rural", income=None, deprived: int = 0, members: int | None = None,
              **over) -> dict:
    h = {"household_id": hid, "province_code": "01", "province_name": "Tỉnh Thử", "commune_code": "00004",
         "commune_name": "Xã An Bình", "village_code": "T01", "village_name": "Thôn Đông", "area": area,
         "income_pc_month": income, "living_area_m2": 100.0, "wall": "durable", "column": "durable", "roof": "durable",
         "water_source": "piped", "latrine": "septic", "internet_use": True, "information_assets": "tv",
         "loudspeaker_reach": True}
    for ind in DEPRIVATIONS[:deprived]:
        if ind == "water":
            h["water_source"] = "surface_water"
        elif ind == "latrine":
            h["latrine"] = "none"
        elif ind == "housing_quality":
            h.update(wall="non_durable", column="non_durable", roof="non_durable")
        elif ind == "living_area":
            h["living_area_m2"] = 4.0
    h.update(over)
    return h


def member(hid: str, *, birth: str = "1980-03-15", relation: str = "head", **over) -> dict:
    m = {"household_id": hid, "birth_date": birth, "relation": relation, "health_insurance": True,
         "employment": "self_employed", "education_level": "upper_secondary", "in_training": False,
         "monthly_social_allowance": False, "disability": False}
    m.update(over)
    return m


def decision(hid: str, status: str, date: str, number: str = "98/QĐ-UBND") -> dict:
    return {"household_id": hid, "status": status, "decision_date": date, "decision_number": number}


_loan_ids = itertools.count(1)


def loan(hid: str, *, program: str = "poor_households", amount: int = 30_000_000, outstanding: int | None = None,
         date: str = "2025-03-01", loan_id: str | None = None, **over) -> dict:
    x = {"loan_id": loan_id or f"L{next(_loan_ids):05d}", "household_id": hid, "program": program,
         "amount_disbursed": amount, "outstanding": amount if outstanding is None else outstanding,
         "disbursement_date": date, "savings_group": "Tổ 1 thôn Đông", "entrusted_org": "women_union",
         "overdue_amount": 0, "use_check_date": None}
    x["use_check_date"] = over.pop("use_check_date", (pd.Timestamp(date) + pd.Timedelta(days=10)).date().isoformat())
    x.update(over)
    return x


def frame(table: str, rows: list[dict], file: str | None = None) -> pd.DataFrame:
    """Typed like engine.reading's output (nullable dtypes, source columns)."""
    cols = {c.name: c for c in TABLES[table]}
    extra = [k for r in rows for k in r if k not in cols]
    out = {}
    for name, c in cols.items():
        vals = [r.get(name) for r in rows]
        if c.type == "date":
            out[name] = pd.to_datetime(pd.Series(vals, dtype=object))
        else:
            out[name] = pd.Series(vals, dtype=object).astype(DTYPES[c.type])
    for name in dict.fromkeys(extra):
        vals = [r.get(name) for r in rows]
        out[name] = pd.to_datetime(pd.Series(vals, dtype=object)) if name.endswith("_date") else pd.Series(vals)
    out["source_file"] = pd.Series([file or f"{table}.xlsx"] * len(rows), dtype="string")
    out["source_sheet"] = pd.Series([table] * len(rows), dtype="string")
    out["source_row"] = pd.Series(range(2, len(rows) + 2), dtype="Int64")
    return pd.DataFrame(out)


def run(households: list[dict], members: list[dict] | None = None, decisions: list[dict] = (),
        loans: list[dict] | None = None, *, day: dt.date = DAY, settings: AuditSettings | None = None, **kw):
    """The audit of these rows; every household gets one adult head unless members are given."""
    if members is None:
        members = [member(h["household_id"]) for h in households]
    return audit_frames(frame("households", households), frame("members", members),
                        frame("decisions", list(decisions)),
                        frame("loans", loans) if loans is not None else None, day=day, settings=settings, **kw)


def flags(result, code: str, *, household: str | None = None, loan: str | None = None) -> pd.DataFrame:
    f = result.flags[result.flags["code"] == code]
    if household is not None:
        f = f[f["household_id"] == household]
    if loan is not None:
        f = f[f["loan_id"] == loan]
    return f


def codes(result, *, household: str | None = None, loan: str | None = None) -> set[str]:
    f = result.flags
    if household is not None:
        f = f[f["household_id"] == household]
    if loan is not None:
        f = f[f["loan_id"] == loan]
    return set(f["code"])
