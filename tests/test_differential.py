"""Both engines, compiled from the same rules/, give identical answers on generated households.

The generator (engine/generation/models.py) draws incomes at every money threshold ±1 đồng and reference
dates at every period boundary and the day before, with missing data, declared indicators that
disagree with member data and conflicting commune decisions.
"""
import math
import shutil
from pathlib import Path

import pandas as pd
import pytest

from engine.facts import tables as frames
from engine.law import rulebook
from engine.screening import screen as screening
from engine.generation import models as synth
from engine.evaluation import vectorised

N = 100_000
ROOT = Path(__file__).resolve().parent.parent


def _compare(book, generated, chunk=20_000):
    mismatches = []
    seen_outcomes, seen_flags = set(), set()
    for start in range(0, len(generated), chunk):
        part = generated[start:start + chunk]
        households = [h for h, _ in part]
        days = pd.Series([pd.Timestamp(d) for _, d in part])
        hh, mem, dec = frames.to_frames(households)
        vec = vectorised.classify_frames(hh, mem, dec, days, book)
        for (h, day), row in zip(part, vec.itertuples(index=False)):
            d = screening.screen(h, day, book)
            c = d.classification
            dep_i = d.facts["deprivation_count"]
            dep_v = None if (isinstance(row.deprivation_count, float) and math.isnan(row.deprivation_count)) else int(row.deprivation_count)
            got_i = (c.outcome, ";".join(d.flag_codes()), ";".join(c.unverified_basis), ";".join(c.rule_ids),
                     dep_i, d.recognised_status)
            status_v = None if pd.isna(row.recognised_status) else row.recognised_status
            got_v = (row.outcome, row.flag_codes, row.unverified_basis, row.rule_ids, dep_v, status_v)
            if got_i != got_v:
                mismatches.append((h.household_id, day, got_i, got_v))
            seen_outcomes.add(c.outcome)
            seen_flags.update(f.split(".")[0] for f in d.flag_codes())
    return mismatches, seen_outcomes, seen_flags


@pytest.mark.slow
def test_engines_agree_on_100k_generated_households():
    book = rulebook.default()
    generated = synth.generate(N, seed=20261121, book=book)
    days = {d for _, d in generated}
    # the generator really covers every boundary and every money edge
    assert set(synth.date_edges(book)) <= days
    incomes = {h.income_pc_month for h, _ in generated}
    assert set(synth.money_edges(book)) <= incomes
    mismatches, outcomes, flags = _compare(book, generated)
    assert not mismatches, f"{len(mismatches)} mismatches, first: {mismatches[:3]}"
    assert outcomes == {"poor", "near_poor", "average", "none", "needs_review"}
    assert {"missing_data", "unknown_value", "indicator_mismatch", "status_mismatch", "status_decisions_conflict",
            "unverified_basis"} <= flags


def test_engines_agree_when_rules_conflict_or_leave_gaps(tmp_path):
    """A rulebook with an overlapping rule and a removed rule: conflicts and 'no rule' agree too."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    f = rules / "families" / "poverty" / "nd07_2021.yaml"
    text = f.read_text(encoding="utf-8")
    # overlap: a second 'average' rule reaching down into the near-poor band
    text += """
  - id: poverty.test.overlap
    title: Quy tắc thử chồng lấn
    outcome: average
    article: thử nghiệm
    confidence: U
    when:
      all:
        - {fact: income_pc_month, op: lte, param: "poverty.income_line.{area}"}
        - {fact: deprivation_count, op: lt, param: poverty.deprivation_threshold}
"""
    f.write_text(text, encoding="utf-8")
    # gap: no 'none' rule in 2016–2021
    g = rules / "families" / "poverty" / "qd59_2015.yaml"
    t2 = g.read_text(encoding="utf-8")
    g.write_text(t2[: t2.index("  - id: poverty.qd59.none")], encoding="utf-8")
    book = rulebook.load(rules)
    generated = synth.generate(4000, seed=7, book=book)
    mismatches, outcomes, flags = _compare(book, generated)
    assert not mismatches, mismatches[:3]
    assert {"rule_conflict", "no_rule"} <= flags
