"""Periods: maximal date ranges over which no rule or parameter value changes.

Both engines compile rules per period, so the law's numbers become constants of the compiled
conditions and a reference date picks the period (POLICY D7).
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
from dataclasses import dataclass

from engine.law.parameters import ParamValue
from engine.law.rulebook import Rule, Rulebook


@dataclass(frozen=True)
class Period:
    index: int
    start: dt.date
    end: dt.date  # inclusive
    rules: tuple  # rules in force
    params: dict  # name → ParamValue | None (None = parameter not in force)

    @functools.cached_property  # read on every screening: computed once per period
    def key(self) -> str:
        return f"p{self.start.strftime('%Y%m%d')}"

    @functools.cached_property
    def by_family(self) -> dict[str, tuple]:
        """family → its rules in force, in rule order (each screening looks them up ≈ 40 times)."""
        out: dict[str, list] = {}
        for r in self.rules:
            out.setdefault(r.family, []).append(r)
        return {f: tuple(rs) for f, rs in out.items()}

    def rules_of(self, family: str) -> tuple:
        return self.by_family.get(family, ())


@functools.lru_cache(maxsize=8)
def periods_of(book: Rulebook) -> tuple[Period, ...]:
    bounds = book.boundaries()
    out = []
    for i, (start, nxt) in enumerate(zip(bounds, bounds[1:])):
        end = nxt - dt.timedelta(days=1)
        rules = tuple(r for r in book.rules if r.in_force(start))
        params = {name: p.at(start) for name, p in book.parameters.items()}
        out.append(Period(i, start, end, rules, params))
    return tuple(out)


def period_for(book: Rulebook, day: dt.date) -> Period:
    ps = periods_of(book)
    i = bisect.bisect_right([p.start for p in ps], day) - 1
    if i < 0 or day > ps[i].end:
        raise ValueError(f"no period for {day}")
    return ps[i]


def param_value(period: Period, name: str) -> ParamValue | None:
    return period.params.get(name)


def rules_of_family(period: Period, family: str) -> list[Rule]:
    return list(period.rules_of(family))
