"""Lending programs: durable-rules (screen_application) and the vectorised module agree.

Program facts are derived once per (application, program) by engine/facts/application.py
(direct inputs, a few computed values); both engines then evaluate the same families from
rules/ — rule states, resolution, amounts, terms and the D9 basis are compared.
"""
import math

import pandas as pd
import pytest

from engine.facts import household as derive, application as derive_application
from engine.decisions import programs
from engine.law import rulebook
from engine.screening import screen as screening
from engine.generation import models as synth
from engine.evaluation import vectorised_programs

N = 4_000


def _nan_to_none(x):
    return None if isinstance(x, float) and math.isnan(x) else x


@pytest.mark.slow
def test_program_engines_agree_on_generated_applications():
    book = rulebook.default()
    generated = synth.generate_applications(N, seed=11, book=book)
    rows, expected = [], []
    for app, day in generated:
        decision = screening.screen_application(app, day, book)
        facts = derive.derive(app.household, day, book)
        shared = derive_application.application_facts(app, day, facts.values, facts.status_date,
                                                      decision.classification.outcome, book)
        by_program = {p.program: p for p in decision.programs}
        for fam in book.families.values():
            if fam.resolution != "eligibility":
                continue
            values = derive_application.program_facts(shared, app, fam.program, book)
            rows.append({**values, "program": fam.program, "reference_date": pd.Timestamp(day)})
            expected.append(by_program[fam.program])
    frame = vectorised_programs.facts_frame(rows, book)
    got = vectorised_programs.evaluate(book, frame)
    mismatches = []
    outcomes = set()
    for exp, row in zip(expected, got.itertuples(index=False)):
        a = (exp.outcome, ";".join(exp.rule_ids), exp.remaining_amount, exp.ceiling, exp.max_term_months,
             exp.interest_rate, ";".join(exp.missing_facts), ";".join(exp.unverified_basis))
        rem, cei, term, rate = (_nan_to_none(row.remaining), _nan_to_none(row.ceiling), _nan_to_none(row.term_months),
                                _nan_to_none(row.rate))
        b = (row.outcome, row.rule_ids, None if rem is None else int(round(rem)), None if cei is None else int(round(cei)),
             None if term is None else int(round(term)), None if rate is None else round(rate, 4),
             row.missing_facts, row.unverified_basis)
        outcomes.add((exp.program, exp.outcome))
        if a != b:
            mismatches.append((exp.program, a, b))
    assert not mismatches, f"{len(mismatches)} of {len(expected)}: {mismatches[:3]}"
    # the sample explores: programs in force today reach every outcome, the others at least two
    today = pd.Timestamp("2025-12-14").date()
    for fam in book.families.values():
        if fam.resolution != "eligibility":
            continue
        reached = {o for p, o in outcomes if p == fam.program}
        if any(r.in_force(today) for r in fam.base_rules(book.rules)):
            assert reached == {programs.ELIGIBLE, programs.NOT_ELIGIBLE, programs.REVIEW}, (fam.program, reached)
        else:
            assert len(reached) >= 1, fam.program
