"""Date arithmetic written once (engine/facts/dates.py): the column-wise twins give, row by row, what the
one-household functions give — on month ends, 29 February, the day before a birthday, and missing dates."""
import datetime as dt
import math

import numpy as np

from engine.facts import dates

EDGES = [dt.date(2000, 2, 29), dt.date(2001, 2, 28), dt.date(2001, 3, 1), dt.date(2004, 2, 29), dt.date(2021, 1, 31),
         dt.date(2021, 2, 28), dt.date(2021, 3, 31), dt.date(2021, 4, 30), dt.date(2024, 2, 29), dt.date(2024, 3, 1),
         dt.date(2025, 12, 13), dt.date(2025, 12, 14), dt.date(2025, 12, 15), dt.date(1969, 12, 31),
         dt.date(1960, 1, 1)]


def _pairs():
    return [(a, b) for a in EDGES for b in EDGES if a <= b]


def _column(values):
    return np.array([np.datetime64("NaT", "ns") if v is None else np.datetime64(v, "ns") for v in values])


def test_whole_months_and_years_equal_their_one_household_twins():
    pairs = _pairs()
    start, end = _column([a for a, _ in pairs]), _column([b for _, b in pairs])
    months, years = dates.full_months(start, end), dates.full_years(start, end)
    for (a, b), m, y in zip(pairs, months, years):
        assert m == dates.full_months_between(a, b), (a, b)
        assert y == dates.full_years_between(a, b), (a, b)
    # the scalar functions' own edges: one day short of a month or of a birthday is not yet one
    assert dates.full_months_between(dt.date(2021, 1, 31), dt.date(2021, 2, 28)) == 0
    assert dates.full_years_between(dt.date(2000, 2, 29), dt.date(2001, 2, 28)) == 0


def test_a_missing_date_gives_an_unknown_count():
    start = _column([None, dt.date(2020, 5, 1), None])
    end = _column([dt.date(2021, 1, 1), None, None])
    assert all(math.isnan(v) for v in dates.full_months(start, end))
    assert all(math.isnan(v) for v in dates.full_years(start, end))


def test_recognised_status_at_a_date_equals_the_one_household_answer():
    """household_columns.recognised_status_at (batch, audit loans, year-on-year) against
    household.recognised_status_on, on generated households with their own reference dates."""
    import pandas as pd

    from engine.facts import tables as frames
    from engine.facts.household import recognised_status_on
    from engine.facts.household_columns import recognised_status_at
    from engine.generation import models as synth
    from engine.law import rulebook

    generated = synth.generate(3000, seed=13, book=rulebook.default())
    hh, _, dec = frames.to_frames([h for h, _ in generated])
    ref = np.array([np.datetime64(d, "ns") for _, d in generated])
    status, date, conflict = recognised_status_at(hh.reset_index(drop=True), dec, ref)
    seen = set()
    for (h, day), s, d, c in zip(generated, status, date, conflict):
        want = recognised_status_on(h, day)
        got = (s, None if np.isnat(d) else pd.Timestamp(d).date(), bool(c))
        assert got == want, (h.household_id, day, got, want)
        seen.add((want[0] is None, want[1] is None))
    assert len(seen) == 3  # a dated status, no decision yet, and a same-day conflict all occur
