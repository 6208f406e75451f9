"""Conversion between Household models and the canonical tables of engine/facts/columns.py."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd

from engine.facts.columns import HOUSEHOLDS, INDICATORS, MEMBERS
from engine.facts.model import Household

_DTYPES = {"str": "string", "enum": "string", "int": "Int64", "float": "Float64", "bool": "boolean",
           "date": "datetime64[ns]", "list": "string"}


def _typed(df: pd.DataFrame, columns) -> pd.DataFrame:
    for c in columns:
        if c.name not in df.columns:
            df[c.name] = pd.Series([pd.NA] * len(df), dtype="object")
        if c.type == "date":
            df[c.name] = pd.to_datetime(df[c.name], errors="raise")
        else:
            df[c.name] = df[c.name].astype(_DTYPES[c.type])
    return df[[c.name for c in columns] + [x for x in df.columns if x not in {c.name for c in columns}]]


def to_frames(households: Iterable[Household]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(households, members, decisions) tables for a list of validated households."""
    hh_rows, mem_rows, dec_rows = [], [], []
    for h in households:
        r = h.residence
        row = {
            "household_id": h.household_id, "province_code": r.province_code, "province_name": r.province_name,
            "district_code": r.district_code, "district_name": r.district_name, "commune_code": r.commune_code,
            "commune_name": r.commune_name, "village_code": r.village_code, "village_name": r.village_name,
            "area": r.area, "income_pc_month": h.income_pc_month,
            "living_area_m2": h.housing.living_area_m2 if h.housing else None,
            "wall": h.housing.wall if h.housing else None,
            "column": h.housing.column if h.housing else None,
            "roof": h.housing.roof if h.housing else None,
            "water_source": h.water_source, "latrine": h.latrine, "internet_use": h.internet_use,
            "information_assets": None if h.information_assets is None else ";".join(h.information_assets),
            "loudspeaker_reach": h.loudspeaker_reach,
            "declared_deprivation_count": h.declared_deprivation_count,
        }
        declared = h.declared_deprivations or {}
        for i in INDICATORS:
            row[f"declared_{i}"] = declared.get(i)
        hh_rows.append(row)
        for m in h.members:
            mem_rows.append({"household_id": h.household_id, **m.model_dump(mode="python")})
        for d in h.status_history:
            dec_rows.append({"household_id": h.household_id, "status": d.status,
                             "decision_date": d.decision_date, "decision_number": d.decision_number})
    hh = _typed(pd.DataFrame(hh_rows), HOUSEHOLDS)
    mem = _typed(pd.DataFrame(mem_rows), MEMBERS)
    dec = pd.DataFrame(dec_rows, columns=["household_id", "status", "decision_date", "decision_number"])
    dec["decision_date"] = pd.to_datetime(dec["decision_date"])
    for c in ("household_id", "status", "decision_number"):
        dec[c] = dec[c].astype("string")
    return hh, mem, dec


def as_date(value) -> dt.date:
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    return value
