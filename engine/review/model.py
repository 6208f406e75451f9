"""The review book as data: chapters (one per poverty standard, per program, the general lending
rules, the deprivation indicators), each rule with its condition in words and its scenarios, each
parameter with every dated value and the scenarios that exercised it, and what is not covered.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from engine.law import rulebook as rulebook_mod
from engine.law.parameters import Parameter, ParamValue
from engine.law.rulebook import Family, Rule, Rulebook
from . import catalogue, results
from engine.decisions import rule_wording as wording
from .catalogue import Case

# Parameters read by code that does not report its reads to engine.law.coverage yet: scenarios may use
# these values without any run being able to show it. prefix → who reads them.
NOT_RECORDED = {
    "audit.": "engine/audit (kiểm tra hàng loạt: phí ủy thác, nợ quá hạn, kiểm tra sử dụng vốn)",
}
LENDING_FAMILY = "lending_general"
POVERTY_FAMILY = "poverty_classification"
INDICATOR_PARAMS = "poverty.indicators."


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def rule_anchor(rule_id: str) -> str:
    return "r-" + slugify(rule_id)


def param_anchor(name: str) -> str:
    return "p-" + slugify(name)


def value_anchor(name: str, start: dt.date) -> str:
    return f"p-{slugify(name)}-{start.isoformat()}"


@dataclass
class ValueRow:
    param: Parameter
    value: ParamValue
    cases: list = field(default_factory=list)  # cases whose latest run compared this value

    @property
    def key(self) -> tuple:
        return (self.param.name, self.value.start.isoformat())

    @property
    def unverified(self) -> bool:
        return self.value.source.confidence == "U" or self.value.value is None

    @property
    def unrecorded_reader(self) -> str | None:
        """Who reads this parameter without reporting to engine.law.coverage (None: reads are recorded)."""
        return next((who for prefix, who in NOT_RECORDED.items() if self.param.name.startswith(prefix)), None)

    def outside(self, coverage: tuple) -> bool:
        """In force only outside the reference dates the rulebook answers for: no screening reaches it."""
        first, last = coverage
        return (self.value.end is not None and self.value.end < first) or self.value.start > last


@dataclass
class RuleEntry:
    rule: Rule
    clause: wording.Clause
    params: list  # parameter names read by the condition
    cases: list = field(default_factory=list)  # cases tagged @rule:<id>
    unverified_values: list = field(default_factory=list)  # ValueRow (U) in force during the rule

    @property
    def unverified(self) -> bool:
        return self.rule.source.confidence == "U" or bool(self.unverified_values)


@dataclass
class Chapter:
    slug: str
    title: str
    kind: str  # poverty | indicators | program | lending | other
    family: Family | None = None
    rules: list = field(default_factory=list)  # RuleEntry
    params: list = field(default_factory=list)  # parameter names, in order of first use
    sources: list = field(default_factory=list)  # unique Source of rules (instrument, article, url, confidence)
    period: tuple | None = None
    indicators: list = field(default_factory=list)  # (Indicator, [cases]) for the indicators chapter
    requires: list = field(default_factory=list)  # general rule ids a program requires

    @property
    def page(self) -> str:
        return f"{self.slug}.html"


@dataclass
class ReviewBook:
    rulebook: Rulebook
    chapters: list
    cases: list
    runs: dict  # case.key → results.Run (only runs matching the case's current text)
    values: dict  # (name, iso start) → ValueRow
    rule_chapter: dict  # rule id → Chapter
    param_chapter: dict  # parameter name → Chapter
    results_file: str | None = None
    generated: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))

    def run(self, case: Case) -> results.Run | None:
        return self.runs.get(case.key)

    @property
    def rules(self) -> list:
        return [e for ch in self.chapters for e in ch.rules]

    @property
    def rules_without_scenario(self) -> list:
        return [e for e in self.rules if not e.cases]

    @property
    def rules_without_passing_scenario(self) -> list:
        return [e for e in self.rules if e.cases and not any(self._passed(c) for c in e.cases)]

    def _passed(self, case: Case) -> bool:
        r = self.run(case)
        return r is not None and r.outcome == "passed"

    @property
    def values_not_exercised(self) -> list:
        return [v for v in self.values.values() if not v.cases]

    @property
    def values_out_of_reach(self) -> list:
        """Not exercised because in force only outside the rulebook's reference dates."""
        return [v for v in self.values_not_exercised if v.outside(self.rulebook.coverage)]

    def outcome_counts(self) -> Counter:
        return Counter(self.run(c).outcome if self.run(c) else "not_run" for c in self.cases)

    def unverified_values(self) -> list:
        return [v for v in self.values.values() if v.unverified]

    def cases_without_rule(self) -> list:
        return [c for c in self.cases if not c.rules]


def _expand(book: Rulebook, name: str) -> list[str]:
    if "{" not in name:
        return [name]
    ph = name[name.index("{") + 1:name.index("}")]
    return [name.replace("{" + ph + "}", c) for c in book.facts[ph]["values"]]


def _add_unique(seq: list, items) -> None:
    for x in items:
        if x not in seq:
            seq.append(x)


def _add_sources(seq: list, sources) -> None:
    """Sources told apart by what a reader sees (a note does not make a new citation)."""
    seen = {(s.instrument, s.article, s.url, s.confidence) for s in seq}
    for s in sources:
        key = (s.instrument, s.article, s.url, s.confidence)
        if key not in seen:
            seen.add(key)
            seq.append(s)


def _chapters(book: Rulebook) -> list[Chapter]:
    chapters: list[Chapter] = []
    poverty = book.families.get(POVERTY_FAMILY)
    if poverty:
        by_file: dict[str, list[Rule]] = {}
        for r in poverty.rules:
            by_file.setdefault(r.file, []).append(r)
        for file, rules in sorted(by_file.items(), key=lambda kv: min(r.start for r in kv[1])):
            start, end = min(r.start for r in rules), max(r.end for r in rules)
            instruments = sorted({r.source.instrument for r in rules})
            chapters.append(Chapter("chuan-ngheo-" + slugify(Path(file).stem),
                                    f"Chuẩn nghèo theo {', '.join(instruments)}", "poverty", poverty,
                                    period=(start, end), rules=rules))
    if book.indicators:
        chapters.append(Chapter("chi-so-thieu-hut", "Các chỉ số thiếu hụt dịch vụ xã hội cơ bản", "indicators"))
    lending = book.families.get(LENDING_FAMILY)
    if lending:
        chapters.append(Chapter("dieu-kien-chung", lending.title, "lending", lending, rules=list(lending.rules),
                                period=(min(r.start for r in lending.rules), max(r.end for r in lending.rules))))
    programs = [f for f in book.families.values() if f.resolution == "eligibility"]
    for fam in sorted(programs, key=lambda f: f.name):
        chapters.append(Chapter("chuong-trinh-" + slugify(fam.program or fam.name.split(".", 1)[-1]), fam.title,
                                "program", fam, rules=list(fam.rules), requires=list(fam.requires),
                                period=(min(r.start for r in fam.rules), max(r.end for r in fam.rules))))
    other = [f for f in book.families.values()
             if f.name not in (POVERTY_FAMILY, LENDING_FAMILY) and f.resolution != "eligibility"]
    for fam in other:  # a family of a kind the book does not know yet still gets its chapter
        chapters.append(Chapter("ho-quy-tac-" + slugify(fam.name), fam.title, "other", fam, rules=list(fam.rules)))
    return chapters


def build(book: Rulebook | None = None, cases: list | None = None, runs: dict | None = None,
          results_file: str | None = None) -> ReviewBook:
    """The book from the rulebook, the feature files and the latest run results."""
    book = book or rulebook_mod.default()
    cases = catalogue.load() if cases is None else cases
    if runs is None:
        runs = results.load()
        results_file = results_file or str(results.default_path())
    current = {c.key: r for c in cases if (r := results.for_case(runs, c)) is not None}

    values: dict[tuple, ValueRow] = {}
    for p in book.parameters.values():
        for v in p.values:
            row = ValueRow(p, v)
            values[row.key] = row
    for c in cases:
        r = current.get(c.key)
        if r is None:
            continue
        for key in r.values:
            if tuple(key) in values:
                values[tuple(key)].cases.append(c)

    tagged: dict[str, list[Case]] = {}
    for c in cases:
        for rid in c.rules:
            tagged.setdefault(rid, []).append(c)

    chapters = _chapters(book)
    rule_chapter, param_chapter = {}, {}
    for ch in chapters:
        entries = []
        for r in ch.rules:
            clause = wording.rule_clause(book, r)
            names: list[str] = []
            _add_unique(names, (n for leaf in r.params() for n in wording.leaf_params(book, leaf)))
            u = [values[(n, v.start.isoformat())] for n in names for v in book.parameters[n].values
                 if (v.source.confidence == "U" or v.value is None)
                 and v.start <= r.end and (v.end is None or v.end >= r.start)]
            entries.append(RuleEntry(r, clause, names, tagged.get(r.id, []), u))
            rule_chapter[r.id] = ch
            _add_unique(ch.params, names)
            _add_sources(ch.sources, [r.source])
        ch.rules = entries
        if ch.family is not None and ch.kind == "program":
            for expr in ch.family.terms.values():
                _add_unique(ch.params, (n for name in wording.expr_params(expr) for n in _expand(book, name)))
            _add_sources(ch.sources, [p.source for p in ch.family.papers])
    for ch in chapters:
        for n in ch.params:
            param_chapter.setdefault(n, ch)
    indicators_ch = next((ch for ch in chapters if ch.kind == "indicators"), None)
    if indicators_ch is not None:
        by_tag: dict[str, list[Case]] = {}
        for c in cases:
            for i in c.tagged("indicator"):
                by_tag.setdefault(i, []).append(c)
        indicators_ch.indicators = [(ind, by_tag.get(ind.id, []))
                                    for ind in sorted(book.indicators.values(), key=lambda i: i.number)]
        _add_sources(indicators_ch.sources, [per.source for ind in book.indicators.values() for per in ind.periods])
        starts = [per.start for ind in book.indicators.values() for per in ind.periods]
        ends = [per.end for ind in book.indicators.values() for per in ind.periods]
        indicators_ch.period = (min(starts), max(ends))
        for n in book.parameters:
            if n.startswith(INDICATOR_PARAMS) and n not in param_chapter:
                indicators_ch.params.append(n)
                param_chapter[n] = indicators_ch
    leftover = [n for n in book.parameters if n not in param_chapter]
    if leftover:
        ch = Chapter("tham-so-khac", "Tham số khác (không quy tắc nào đọc trực tiếp)", "other", params=leftover)
        chapters.append(ch)
        for n in leftover:
            param_chapter[n] = ch
    return ReviewBook(book, chapters, cases, current, values, rule_chapter, param_chapter, results_file)
