"""Every scenario of features/*.feature as a reviewable case, with a stable id.

A Scenario Outline gives one case per example row. The id is derived from what the scenario is
about, not where it sits: its tags (``@rule:``, ``@indicator:``, ``@input:``, ``@flag:``,
``@family:``) and its data — the values of its example row, the numbers, dates, quoted values,
table cells and doc strings of its "Cho"/"Khi" steps, and the numbers and dates of its "Thì" steps. Moving a scenario to another
place or file, renaming it, or rewording the words around its data keeps the id. When two cases
share that data, the quoted values and tables of their "Thì" steps, then their wording, then their
title are added for both (never their position). An explicit tag ``@id:<text>`` overrides all of this.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from gherkin.parser import Parser
from gherkin.token_scanner import TokenScanner

ROOT = Path(__file__).resolve().parents[2]
FEATURE_DIR = ROOT / "features"
TAG_KINDS = ("rule", "indicator", "input", "flag", "family")
ID_TAG = "id"
PARAM = re.compile(r"<([^<>]+)>")
QUOTED = re.compile(r'"([^"]*)"')
NUMBER = re.compile(r"\d[\d.,/:%]*")


@dataclass(frozen=True)
class Step:
    keyword: str  # as written: "Cho ", "Và ", "Khi ", "Thì "…
    kind: str  # given | when | then
    text: str
    table: tuple = ()  # rows of cells
    docstring: str | None = None

    def lines(self) -> list[str]:
        out = [f"{self.keyword.strip()} {self.text}"]
        out += ["    | " + " | ".join(row) + " |" for row in self.table]
        if self.docstring is not None:
            out += ['    """'] + ["    " + line for line in self.docstring.splitlines()] + ['    """']
        return out


@dataclass
class Case:
    """One runnable scenario (a plain scenario, or one example row of an outline)."""
    file: str  # path under features/
    feature: str  # the feature's title
    rule_title: str | None  # the Gherkin "Quy tắc:" it sits under, if any
    name: str  # rendered title
    line: int  # line of the scenario (template) in the file
    example: tuple = ()  # ((column, value), …) of an outline row
    example_line: int | None = None
    tags: frozenset = frozenset()  # without '@', incl. feature / rule / examples tags
    steps: tuple = ()
    uid: str = ""
    explicit_id: bool = False
    _levels: list = field(default_factory=list, repr=False)

    @property
    def key(self) -> str:
        """Where the run results are keyed: file, template line and example values."""
        return run_key(self.file, self.line, dict(self.example))

    def tagged(self, kind: str) -> list[str]:
        prefix = kind + ":"
        return sorted(t[len(prefix):] for t in self.tags if t.startswith(prefix))

    @property
    def rules(self) -> list[str]:
        return self.tagged("rule")

    def text(self) -> str:
        """The scenario in plain Vietnamese: its steps as written, example values filled in."""
        return "\n".join(line for s in self.steps for line in s.lines())

    @property
    def anchor(self) -> str:
        return "kb-" + re.sub(r"[^a-z0-9]+", "-", self.uid.lower()).strip("-")


def run_key(file: str, line: int, example: dict) -> str:
    items = ";".join(f"{k}={v}" for k, v in sorted(example.items()))
    return f"{file}:{line}:{items}"


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _render(text: str, example: dict) -> str:
    return PARAM.sub(lambda m: example.get(m.group(1), m.group(0)), text)


def _steps(raw_steps, example: dict) -> list[Step]:
    out, kind = [], "given"
    for s in raw_steps:
        kt = s.get("keywordType")
        kind = {"Context": "given", "Action": "when", "Outcome": "then"}.get(kt, kind)
        table = tuple(tuple(_render(c["value"], example) for c in row["cells"])
                      for row in (s.get("dataTable") or {}).get("rows", ()))
        doc = s.get("docString")
        out.append(Step(s["keyword"], kind, _render(s["text"], example), table,
                        _render(doc["content"], example) if doc else None))
    return out


def _tags(node) -> set[str]:
    return {t["name"].lstrip("@") for t in node.get("tags", ())}


def parse_file(path: Path, base: Path = FEATURE_DIR) -> list[Case]:
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    doc = Parser().parse(TokenScanner(text))
    feature = doc.get("feature")
    if not feature:
        return []
    rel = path.relative_to(base).as_posix()
    cases: list[Case] = []

    def walk(children, tags, background, rule_title):
        for child in children:
            if "background" in child:
                background = background + list(child["background"]["steps"])
            elif "rule" in child:
                rule = child["rule"]
                walk(rule["children"], tags | _tags(rule), list(background), rule["name"])
            elif "scenario" in child:
                s = child["scenario"]
                stags = tags | _tags(s)
                raw = background + list(s["steps"])
                if not s.get("examples"):
                    cases.append(Case(rel, feature["name"], rule_title, s["name"], s["location"]["line"],
                                      tags=frozenset(stags), steps=tuple(_steps(raw, {}))))
                for ex in s.get("examples", ()):
                    header = [c["value"] for c in (ex.get("tableHeader") or {}).get("cells", ())]
                    for row in ex.get("tableBody", ()):
                        example = dict(zip(header, (c["value"] for c in row["cells"])))
                        cases.append(Case(rel, feature["name"], rule_title, _render(s["name"], example),
                                          s["location"]["line"], tuple(example.items()), row["location"]["line"],
                                          frozenset(stags | _tags(ex)), tuple(_steps(raw, example))))

    walk(feature["children"], _tags(feature), [], None)
    return cases


def _fingerprints(case: Case) -> list[str]:
    """Successively more specific descriptions of a case (see the module docstring)."""
    kinds = sorted(t for t in case.tags if t.split(":", 1)[0] in TAG_KINDS)
    inputs, outcome_numbers, outcome_quoted, wording = [], [], [], []
    for s in case.steps:
        if s.kind == "then":
            outcome_numbers += NUMBER.findall(QUOTED.sub(" ", s.text))
            outcome_quoted += QUOTED.findall(s.text) + [c for row in s.table for c in row]
            outcome_numbers += [n for q in QUOTED.findall(s.text) for n in NUMBER.findall(q)]
        else:
            inputs += QUOTED.findall(s.text) + NUMBER.findall(QUOTED.sub(" ", s.text))
            inputs += [c for row in s.table for c in row]
            if s.docstring:
                inputs.append(s.docstring)
        wording.append(s.text)
    # an outline row's values are its data even where the steps use them outside quotes
    base = ["|".join(kinds), "|".join(sorted(v for _, v in case.example)), "|".join(inputs), "|".join(outcome_numbers)]
    levels = [base, base + ["|".join(outcome_quoted)], base + ["|".join(outcome_quoted), "|".join(wording)],
              base + ["|".join(outcome_quoted), "|".join(wording), case.name]]
    return ["\x1f".join(_norm(part) for part in lv) for lv in levels]


def _prefix(case: Case) -> str:
    values = case.tagged("rule")
    if values:
        return values[0]
    for kind in ("flag", "indicator", "input", "family"):
        values = case.tagged(kind)
        if values:
            return f"{kind}.{values[0]}"
    return Path(case.file).stem


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


class DuplicateScenario(ValueError):
    """Two cases that nothing tells apart (or the same explicit id twice)."""


def assign_ids(cases: list[Case]) -> list[Case]:
    explicit = {}
    pending = []
    for c in cases:
        given = c.tagged(ID_TAG)
        if given:
            uid = given[0] + (f"#{_digest(_norm(repr(c.example)))}" if c.example else "")
            if uid in explicit:
                raise DuplicateScenario(f"thẻ @id:{given[0]} dùng cho hai kịch bản: {explicit[uid]} và {c.file}:{c.line}")
            explicit[uid] = f"{c.file}:{c.line}"
            c.uid, c.explicit_id = uid, True
        else:
            c._levels = _fingerprints(c)
            pending.append(c)
    level = {id(c): 0 for c in pending}
    while True:
        groups: dict[str, list[Case]] = {}
        for c in pending:
            groups.setdefault(_prefix(c) + "#" + _digest(c._levels[level[id(c)]]), []).append(c)
        clashes = [g for g in groups.values() if len(g) > 1]
        if not clashes:
            break
        for g in clashes:
            for c in g:
                if level[id(c)] + 1 >= len(c._levels):
                    where = ", ".join(f"{x.file}:{x.example_line or x.line}" for x in g)
                    raise DuplicateScenario(f"các kịch bản giống hệt nhau (thêm thẻ @id:… để phân biệt): {where}")
                level[id(c)] += 1
    for uid, g in groups.items():
        g[0].uid = uid
    taken = set(explicit) & set(groups)
    if taken:
        raise DuplicateScenario(f"thẻ @id: trùng với mã tự sinh: {sorted(taken)}")
    return cases


def load(base: Path = FEATURE_DIR) -> list[Case]:
    """Every case of every feature file under ``base``, ids assigned, in file order."""
    cases = [c for path in sorted(base.rglob("*.feature")) for c in parse_file(path, base)]
    return assign_ids(cases)
