"""The audit on the bundled sample (data/sample/households.json through engine.facts.tables.to_frames) and on
generated data: the planted edge cases are flagged, the audit agrees with the engine's own D5 flag, and
each loan's status check agrees with an independent reading of the commune decisions."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from audit_builders import flags

from engine.facts import tables as frames, validation
from engine.generation import models as synth
from engine.audit import audit_frames

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2025, 12, 14)


@pytest.fixture(scope="module")
def sample():
    data = json.loads((ROOT / "data" / "sample" / "households.json").read_text(encoding="utf-8"))
    hh, mem, dec = frames.to_frames([validation.parse_household(d) for d in data])
    return hh, mem, dec, audit_frames(hh, mem, dec, None, day=DAY, what_if=dt.date(2027, 1, 1))


@pytest.mark.parametrize("hid,code", [
    ("edge-status-poor-computed-none", "inclusion.listed_not_computed"),
    ("edge-status-near-computed-poor", "inclusion.listed_not_computed"),
    ("edge-status-escaped-computed-poor", "exclusion.computed_not_listed"),
    ("edge-status-none-computed-near", "exclusion.computed_not_listed"),
    ("edge-declared-mismatch-water", "review.indicator_mismatch"),
    ("edge-declared-mismatch-internet", "review.indicator_mismatch"),
    ("edge-status-same-day", "review.status_conflict"),
    ("edge-income-missing-rural", "review.missing_data"),
    ("edge-income-missing-urban", "review.missing_data"),
])
def test_planted_edge_cases_are_flagged(sample, hid, code):
    assert len(flags(sample[3], code, household=hid)) == 1


@pytest.mark.parametrize("hid,code", [
    ("edge-status-agrees-poor", "inclusion.listed_not_computed"),
    ("edge-declared-agrees", "review.indicator_mismatch"),
    ("edge-status-same-day-superseded", "review.status_conflict"),
])
def test_clean_twins_are_not(sample, hid, code):
    assert not len(flags(sample[3], code, household=hid))


def test_every_sample_household_is_in_the_output(sample):
    hh, _, _, r = sample
    assert len(r.households) == len(hh) and r.households["evaluated"].all()
    assert set(r.households["household_id"]) == set(hh["household_id"])


def _d5_households(r) -> set:
    f = r.flags[r.flags["code"].isin(["inclusion.listed_not_computed", "exclusion.computed_not_listed"])]
    return set(f["household_id"])


def test_inclusion_and_exclusion_are_the_engines_status_mismatch(sample):
    r = sample[3]
    engine = set(r.households.loc[r.households["engine_flags"].fillna("").str.contains("status_mismatch"),
                                  "household_id"])
    assert engine and _d5_households(r) == engine


def test_same_on_generated_households_at_many_dates():
    gen = synth.generate(1500, seed=7)
    by_day: dict = {}
    for h, day in gen:
        by_day.setdefault(day.year, []).append(h)
    checked = 0
    for year, hs in by_day.items():
        day = dt.date(year, 12, 31) if year < 2030 else dt.date(2030, 6, 30)
        hh, mem, dec = frames.to_frames(hs)
        r = audit_frames(hh, mem, dec, None, day=day)
        engine = set(r.households.loc[r.households["engine_flags"].fillna("").str.contains("status_mismatch"),
                                      "household_id"])
        assert _d5_households(r) == engine, year
        checked += len(engine)
    assert checked > 20


def test_what_if_2027_lists_who_changes(sample):
    r = sample[3]
    wi = r.what_if
    assert len(wi) and (wi["outcome"] != wi["outcome_what_if"]).all()
    assert wi["rule_ids_what_if"].fillna("").str.contains("nd351").any()
    assert int(r.what_if_matrix.to_numpy().sum()) == len(wi)


def test_loan_status_check_agrees_with_the_decisions_on_generated_data():
    """For poor-household loans: flagged 'without status' exactly when the latest commune decision on or
    before the disbursement date is not 'poor' (read here independently, row by row)."""
    from engine.generation.tables import generate

    t = {k: v.to_pandas() for k, v in generate(5000, DAY, seed=3).as_dict().items()}
    r = audit_frames(t["households"], t["members"], t["decisions"], t["loans"], day=DAY)
    loans = t["loans"]
    poor = loans[loans["program"] == "poor_households"]
    assert len(poor) > 50
    dec = t["decisions"].copy()
    hh = t["households"].set_index("household_id")
    expected = set()
    for row in poor.itertuples():
        d = dec[(dec["household_id"] == row.household_id) & (dec["decision_date"] <= row.disbursement_date)]
        h = hh.loc[row.household_id]
        if pd.notna(h.get("recognised_status")) and pd.notna(h.get("status_decision_date")) \
                and h["status_decision_date"] <= row.disbursement_date:
            d = pd.concat([d, pd.DataFrame({"status": [h["recognised_status"]],
                                            "decision_date": [h["status_decision_date"]]})])
        if d.empty:
            status = "none"
        else:
            last = d[d["decision_date"] == d["decision_date"].max()]["status"].unique()
            status = last[0] if len(last) == 1 else None
        undated = pd.notna(h.get("recognised_status")) and pd.isna(h.get("status_decision_date"))
        if status is not None and status != "poor" and not (undated and d.empty):
            expected.add(row.loan_id)
    got = set(flags(r, "inclusion.loan_without_status")["loan_id"]) & set(poor["loan_id"])
    assert got == expected
    assert expected, "the generated loan book should hold some poor-household loans to households not poor then"
    assert np.isin(r.loans["loan_id"], loans["loan_id"]).all() and len(r.loans) == len(loans)
