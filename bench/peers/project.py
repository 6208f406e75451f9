"""The project's engines on the peer model: the vectorised batch path (engine/batch/chunks.py over
engine/vectorised*.py) and the durable-rules path (engine/screening.screen_application)."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from engine.law import rulebook
from engine.screening import screen as screening
from engine.batch import chunks as batch
from engine.law.conditions import leaves
from engine.facts.model import Application
from engine.law.periods import period_for

from .spec import BORDERLINE, PROGRAMS

# The law's code lists (rules/indicators.yaml code_sets), read once for this peer.
SAFE_WATER = rulebook.default().codes("safe_water")


def poverty_lines(book, day: dt.date) -> dict[str, float]:
    """The lowest income bound among the rules whose outcome is 'poor', per area (from rules/)."""
    per = period_for(book, day)
    out = {}
    for area in book.facts["area"]["values"]:
        vals = []
        for r in per.rules:
            if r.family == "poverty_classification" and r.outcome == "poor":
                for leaf in leaves(r.when):
                    if leaf.fact == "income_pc_month" and leaf.op == "lte" and leaf.param:
                        pv = per.params.get(leaf.param.replace("{area}", area))
                        vals.append(np.nan if pv is None or not pv.known else float(pv.value))
        out[area] = min(vals) if vals else np.nan
    return out


def _frame(ids, income, area, day, book, dep, outcome, programs: dict) -> pd.DataFrame:
    lines = poverty_lines(book, day)
    line = np.array([lines[a] for a in area]) if len(area) else np.zeros(0)
    return pd.DataFrame({
        "household_id": ids, "income_pc": income, "poverty_line": line, "deprivation_count": dep,
        "outcome": outcome, "poor": outcome == "poor", "near_poor": outcome == "near_poor",
        "average": outcome == "average", "borderline": np.abs(income - line) <= BORDERLINE * line, **programs})


def vectorised(hh, mem, dec, loans, day: dt.date, book=None) -> pd.DataFrame:
    book = book or rulebook.default()
    out = batch.evaluate_chunk(hh, mem, dec, loans, pd.Timestamp(day), book, programs=tuple(PROGRAMS.values()))
    programs = {col: out[prog].to_numpy(dtype=object) for col, prog in PROGRAMS.items()}
    programs["poor_loan_ceiling"] = out["poor_households_ceiling"].to_numpy()
    programs["poor_loan_remaining"] = out["poor_households_remaining"].to_numpy()
    return _frame(out["household_id"].to_numpy(dtype=object), hh["income_pc_month"].to_numpy(dtype="float64"),
                  hh["area"].to_numpy(dtype=object), day, book, out["deprivation_count"].to_numpy(dtype="float64"),
                  out["outcome"].to_numpy(dtype=object), programs)


# --- durable-rules: one Application per household, as the API builds it -------------------------

MEMBER_FIELDS = ("birth_date", "relation", "education_level", "in_training", "school_attendance", "health_insurance",
                 "employment", "disability", "monthly_social_allowance", "nutrition")


def _clean(v):
    if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)):
        return None
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat()
    if isinstance(v, (np.bool_,)):
        return bool(v)
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating,)):
        return float(v)
    return v


def applications(hh, mem, dec, loans) -> list[dict]:
    """Application dicts (household + the four programs + loans) from the canonical tables."""
    by = lambda df: {k: g for k, g in df.groupby("household_id", sort=False)}  # noqa: E731
    mg, dg, lg = by(mem), by(dec), by(loans)
    from engine.facts.columns import INDICATORS

    out = []
    for r in hh.to_dict("records"):
        r = {k: _clean(v) for k, v in r.items()}
        hid = r["household_id"]
        members = [{k: _clean(m[k]) for k in MEMBER_FIELDS if _clean(m[k]) is not None}
                   for m in mg[hid].to_dict("records")]
        h = {"household_id": hid,
             "residence": {k: r[k] for k in ("province_code", "commune_code", "village_code", "area") if r[k] is not None},
             "members": members,
             "housing": {k: r[k] for k in ("living_area_m2", "wall", "column", "roof") if r[k] is not None},
             "status_history": [{"status": d["status"], "decision_date": _clean(d["decision_date"])}
                                for d in dg[hid].to_dict("records")] if hid in dg else []}
        for k in ("water_source", "latrine", "internet_use", "loudspeaker_reach", "income_pc_month",
                  "declared_deprivation_count"):
            if r[k] is not None:
                h[k] = r[k]
        if r["information_assets"] is not None:
            h["information_assets"] = [a for a in r["information_assets"].split(";") if a]
        declared = {i: r[f"declared_{i}"] for i in INDICATORS if r[f"declared_{i}"] is not None}
        if declared:
            h["declared_deprivations"] = declared
        loans_h = lg[hid].to_dict("records") if hid in lg else []
        out.append({
            "household": h, "programs": list(PROGRAMS.values()),
            "existing_loans": [{"program": l["program"], "outstanding": int(l["outstanding"])} for l in loans_h],
            "lending": {"representative_full_capacity": True, "resides_in_lending_commune": True,
                        "savings_group_member": True, "selected_at_group_meeting": True, "commune_certified": True},
            "water_sanitation": {"water_works_missing_or_damaged": r["water_source"] not in SAFE_WATER,
                                 "commitment_certified": True},
        })
    return out


def durable(apps: list[dict], day: dt.date, book=None) -> pd.DataFrame:
    """Validation + durable-rules + explanation for each application (screening.screen_application)."""
    book = book or rulebook.default()
    rows = []
    for a in apps:
        app = Application.model_validate(a)
        d = screening.screen_application(app, day, book, check=False)
        by = {p.program: p for p in d.programs}
        poor = by["poor_households"]
        rows.append({"household_id": d.household_id, "income_pc": app.household.income_pc_month,
                     "area": app.household.residence.area, "deprivation_count": d.facts.get("deprivation_count"),
                     "outcome": d.classification.outcome,
                     **{col: by[prog].outcome for col, prog in PROGRAMS.items()},
                     "poor_loan_ceiling": poor.ceiling, "poor_loan_remaining": poor.remaining_amount})
    df = pd.DataFrame(rows)
    programs = {c: df[c].to_numpy(dtype=object) for c in PROGRAMS}
    programs["poor_loan_ceiling"] = pd.to_numeric(df["poor_loan_ceiling"]).to_numpy(dtype="float64")
    programs["poor_loan_remaining"] = pd.to_numeric(df["poor_loan_remaining"]).to_numpy(dtype="float64")
    return _frame(df["household_id"].to_numpy(dtype=object), df["income_pc"].to_numpy(dtype="float64"),
                  df["area"].to_numpy(dtype=object), day, book,
                  pd.to_numeric(df["deprivation_count"]).to_numpy(dtype="float64"), df["outcome"].to_numpy(dtype=object),
                  programs)
