"""Loads and validates everything under rules/ at start-up; fails with file, line and reason."""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from engine.law import conditions, yamlfile
from engine.errors import RulesError
from engine.law.parameters import CONFIDENCE_TAGS, Parameter, Source, load_parameters
from engine.law.yamlfile import as_date, line_of

RULES_DIR = Path(__file__).resolve().parents[2] / "rules"
RULE_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
FACT_TYPES = ("enum", "bool", "money", "count", "number", "months", "days", "age", "date")
# exclusive: exactly one outcome (poverty classification); eligibility: base rules + exceptions +
# required general rules (programs); conditions: each rule stands alone (general lending rules).
RESOLUTIONS = ("exclusive", "eligibility", "conditions")
EXPR_KEYS = ("param", "fact", "mul", "min", "max", "sub")


@dataclass(frozen=True)
class Rule:
    id: str
    family: str
    title: str
    outcome: str
    start: dt.date
    end: dt.date
    source: Source
    decisions: tuple
    when: conditions.Node
    file: str
    line: int | None
    note: str | None = None

    def in_force(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def params(self) -> list[conditions.Leaf]:
        return [leaf for leaf in conditions.leaves(self.when) if leaf.param]


@dataclass(frozen=True)
class Paper:
    text: str
    source: Source


@dataclass
class Family:
    name: str
    title: str
    resolution: str
    outcomes: dict[str, str]
    rules: list[Rule] = field(default_factory=list)
    file: str = ""
    program: str | None = None
    requires: tuple = ()  # ids of general lending rules that must hold (eligibility families)
    terms: dict = field(default_factory=dict)  # name → expression (see EXPR_KEYS)
    amount_unit: str = "đồng"
    papers: tuple = ()
    note: str | None = None

    def base_rules(self, rules) -> list[Rule]:
        return [r for r in rules if r.family == self.name and r.outcome == "eligible"]

    def exception_rules(self, rules) -> list[Rule]:
        return [r for r in rules if r.family == self.name and r.outcome == "not_eligible"]


@dataclass(frozen=True)
class IndicatorPeriod:
    start: dt.date
    end: dt.date
    source: Source


@dataclass(frozen=True)
class Indicator:
    id: str
    number: int
    label: str
    dimension: str
    confidence: str
    periods: tuple
    declared_only: bool = False

    def counts_on(self, day: dt.date) -> IndicatorPeriod | None:
        for p in self.periods:
            if p.start <= day <= p.end:
                return p
        return None


@dataclass(frozen=True)
class CodeSet:
    """The answer codes of one household field that meet (or fail) an indicator's definition."""
    id: str
    field: str
    indicator: str
    meaning: str
    codes: frozenset
    source: Source


@dataclass(eq=False)  # hashed by identity: periods are cached per loaded rulebook
class Rulebook:
    version: str
    name: str
    facts: dict
    parameters: dict[str, Parameter]
    indicators: dict[str, Indicator]
    families: dict[str, Family]
    coverage: tuple  # (first, last) reference date the rulebook answers for
    code_sets: dict[str, CodeSet] = field(default_factory=dict)
    record_codes: dict = field(default_factory=dict)  # rules/facts.yaml: the record's codes and their labels

    def codes(self, name: str) -> frozenset:
        """The codes of rules/indicators.yaml `code_sets.<name>` (KeyError names a missing set)."""
        return self.code_sets[name].codes

    @property
    def rules(self) -> list[Rule]:
        return [r for f in self.families.values() for r in f.rules]

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def boundaries(self) -> list[dt.date]:
        """Every date on which some rule or parameter value starts or stops applying."""
        dates = {self.coverage[0], self.coverage[1] + dt.timedelta(days=1)}
        for p in self.parameters.values():
            dates.update(p.change_dates())
        for r in self.rules:
            dates.update((r.start, r.end + dt.timedelta(days=1)))
        for ind in self.indicators.values():
            for per in ind.periods:
                dates.update((per.start, per.end + dt.timedelta(days=1)))
        return sorted(d for d in dates if self.coverage[0] <= d <= self.coverage[1] + dt.timedelta(days=1))


def _load(path: Path, root: Path):
    return yamlfile.load(path, root.parent)


def _rel(path: Path, root: Path) -> str:
    return str(path.relative_to(root.parent))


def load_facts(doc: dict | None, file: str) -> dict:
    """rules/facts.yaml ``facts``: every fact a rule may read, with its label and type."""
    facts = (doc or {}).get("facts")
    if not isinstance(facts, dict) or not facts:
        raise RulesError(file, None, "thiếu bảng 'facts'")
    for name, spec in facts.items():
        if not isinstance(spec, dict) or not spec.get("label") or spec.get("type") not in FACT_TYPES:
            raise RulesError(file, line_of(spec) or line_of(facts), f"dữ kiện '{name}' cần 'label' và 'type' ({', '.join(FACT_TYPES)})")
        if spec["type"] == "enum" and not isinstance(spec.get("values"), dict):
            raise RulesError(file, line_of(spec), f"dữ kiện enum '{name}' cần bảng 'values' mã → nhãn tiếng Việt")
    return facts


def load_record_codes(doc: dict | None, file: str) -> dict:
    """rules/facts.yaml ``record_codes``: name → {label, values: code → Vietnamese label}."""
    codes = (doc or {}).get("record_codes") or {}
    for name, spec in codes.items():
        values = spec.get("values") if isinstance(spec, dict) else None
        if not isinstance(values, dict) or not values or not all(isinstance(v, str) and v for v in values.values()):
            raise RulesError(file, line_of(spec) or line_of(codes), f"bảng mã '{name}' cần 'values' mã → nhãn tiếng Việt")
    return codes


def load_indicators(root: Path) -> dict[str, Indicator]:
    path = root / "indicators.yaml"
    doc = _load(path, root)
    file = _rel(path, root)
    out = {}
    allowed = {"number", "label", "dimension", "confidence", "counts", "declared_only"}
    for iid, spec in (doc.get("indicators") or {}).items():
        extra = set(spec) - allowed if isinstance(spec, dict) else set()
        if extra:
            raise RulesError(file, line_of(spec), f"chỉ số '{iid}': trường không được phép: {', '.join(sorted(map(str, extra)))}")
        for key in ("number", "label", "dimension", "confidence", "counts"):
            if key not in spec:
                raise RulesError(file, line_of(spec), f"chỉ số '{iid}': thiếu '{key}'")
        if spec["confidence"] not in CONFIDENCE_TAGS:
            raise RulesError(file, line_of(spec), f"chỉ số '{iid}': mức tin cậy không hợp lệ")
        periods = []
        for c in spec["counts"]:
            for key in ("instrument", "article", "url", "from", "to"):
                if key not in c:
                    raise RulesError(file, line_of(c), f"chỉ số '{iid}': giai đoạn thiếu '{key}'")
            periods.append(IndicatorPeriod(as_date(c["from"]), as_date(c["to"]),
                                           Source(c["instrument"], c["article"], c["url"], spec["confidence"])))
        out[iid] = Indicator(iid, spec["number"], spec["label"], spec["dimension"], spec["confidence"],
                             tuple(periods), bool(spec.get("declared_only", False)))
    return out


CODE_SET_KEYS = ("field", "indicator", "meaning", "codes", "instrument", "article", "url", "confidence")


def load_code_sets(root: Path, indicators: dict[str, Indicator]) -> dict[str, CodeSet]:
    """`code_sets` of rules/indicators.yaml; that the codes are the model's is checked by
    tests/test_code_sets.py (the law layer does not import the household model)."""
    path = root / "indicators.yaml"
    doc = _load(path, root)
    file = _rel(path, root)
    out = {}
    for sid, spec in ((doc or {}).get("code_sets") or {}).items():
        where = f"tập mã '{sid}'"
        if not isinstance(spec, dict):
            raise RulesError(file, line_of(doc.get("code_sets")), f"{where} phải là một bảng")
        extra = set(spec) - set(CODE_SET_KEYS)
        if extra:
            raise RulesError(file, line_of(spec), f"{where}: trường không được phép: {', '.join(sorted(map(str, extra)))}")
        for key in CODE_SET_KEYS:
            if spec.get(key) in (None, "", []):
                raise RulesError(file, line_of(spec), f"{where}: thiếu '{key}'")
        codes = spec["codes"]
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes) or len(set(codes)) != len(codes):
            raise RulesError(file, line_of(spec), f"{where}: 'codes' phải là danh sách mã không trùng nhau")
        if spec["indicator"] not in indicators:
            raise RulesError(file, line_of(spec), f"{where}: chỉ số '{spec['indicator']}' không có trong 'indicators'")
        if spec["confidence"] not in CONFIDENCE_TAGS:
            raise RulesError(file, line_of(spec), f"{where}: mức tin cậy không hợp lệ")
        if not str(spec["url"]).startswith(("http://", "https://")):
            raise RulesError(file, line_of(spec), f"{where}: 'url' phải là địa chỉ http(s)")
        out[sid] = CodeSet(sid, spec["field"], spec["indicator"], spec["meaning"], frozenset(codes),
                           Source(spec["instrument"], spec["article"], spec["url"], spec["confidence"]))
    return out


@functools.lru_cache(maxsize=None)
def indicator_count(root: Path = RULES_DIR) -> int:
    """How many indicators rules/indicators.yaml defines: the bound of a declared deprivation count."""
    return len(load_indicators(root))


RULE_KEYS = {"id", "title", "outcome", "effective", "instrument", "article", "url", "confidence", "decisions", "when", "note"}


def load_family(folder: Path, root: Path, facts: dict, params: dict[str, Parameter]) -> Family:
    fpath = folder / "_family.yaml"
    if not fpath.exists():
        raise RulesError(_rel(folder, root), None, "thư mục họ quy tắc thiếu _family.yaml")
    fdoc = _load(fpath, root)
    ffile = _rel(fpath, root)
    for key in ("family", "title", "resolution", "outcomes"):
        if not fdoc or key not in fdoc:
            raise RulesError(ffile, line_of(fdoc), f"thiếu trường '{key}'")
    if fdoc["resolution"] not in RESOLUTIONS:
        raise RulesError(ffile, line_of(fdoc), f"resolution '{fdoc['resolution']}' không hợp lệ ({', '.join(RESOLUTIONS)})")
    family = Family(fdoc["family"], fdoc["title"], fdoc["resolution"], dict(fdoc["outcomes"]), file=ffile,
                    program=fdoc.get("program"), requires=tuple(fdoc.get("requires") or ()),
                    amount_unit=fdoc.get("amount_unit", "đồng"), note=fdoc.get("note"))
    if family.resolution == "eligibility" and set(family.outcomes) != {"eligible", "not_eligible"}:
        raise RulesError(ffile, line_of(fdoc), "họ 'eligibility' phải có đúng hai kết quả: eligible, not_eligible")
    for key, expr in (fdoc.get("terms") or {}).items():
        if key not in ("ceiling", "outstanding", "term_months", "rate", "overdue_rate"):
            raise RulesError(ffile, line_of(fdoc.get("terms")), f"điều khoản vay '{key}' không hợp lệ")
        _check_expr(expr, ffile, facts, params)
        family.terms[key] = expr
    papers = []
    for raw in fdoc.get("papers") or ():
        for key in ("text", "instrument", "article", "url", "confidence"):
            if not isinstance(raw, dict) or not raw.get(key):
                raise RulesError(ffile, line_of(raw), f"giấy tờ: thiếu '{key}'")
        if raw["confidence"] not in CONFIDENCE_TAGS:
            raise RulesError(ffile, line_of(raw), "giấy tờ: mức tin cậy không hợp lệ")
        papers.append(Paper(raw["text"], Source(raw["instrument"], raw["article"], raw["url"], raw["confidence"], raw.get("note"))))
    family.papers = tuple(papers)
    param_names = set(params)
    for path in sorted(folder.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        file = _rel(path, root)
        doc = _load(path, root)
        if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list):
            raise RulesError(file, line_of(doc), "tệp quy tắc cần danh sách 'rules'")
        for raw in doc["rules"]:
            family.rules.append(_parse_rule(raw, doc, file, family, facts, params, param_names))
    return family


def _check_expr(expr, file, facts, params):
    """Amount/term/rate expressions: {param}, {fact}, {mul|min|max|sub: [...]} — no literals."""
    if not isinstance(expr, dict) or len(expr) != 1 or next(iter(expr)) not in EXPR_KEYS:
        raise RulesError(file, line_of(expr), f"biểu thức phải là một trong {', '.join(EXPR_KEYS)}: {expr!r}")
    (key, arg), = expr.items()
    if key == "param":
        ph = conditions.PLACEHOLDER.search(str(arg))
        names = [arg.replace("{" + ph.group(1) + "}", c) for c in facts[ph.group(1)]["values"]] if ph else [arg]
        for n in names:
            if n not in params:
                raise RulesError(file, line_of(expr), f"tham số '{n}' không tồn tại")
    elif key == "fact":
        if arg not in facts:
            raise RulesError(file, line_of(expr), f"dữ kiện '{arg}' không có trong rules/facts.yaml")
    else:
        if not isinstance(arg, list) or not arg:
            raise RulesError(file, line_of(expr), f"'{key}' cần danh sách biểu thức")
        for a in arg:
            _check_expr(a, file, facts, params)


def _parse_rule(raw, doc, file, family, facts, params, param_names) -> Rule:
    line = line_of(raw)
    if not isinstance(raw, dict):
        raise RulesError(file, line, "mỗi quy tắc phải là một bảng")
    rid = raw.get("id")
    where = f"quy tắc '{rid}'"
    if not isinstance(rid, str) or not RULE_ID.match(rid):
        raise RulesError(file, line, f"{where}: 'id' phải có dạng chữ_thường.chấm.phân_cách")
    extra = set(raw) - RULE_KEYS
    if extra:
        raise RulesError(file, line, f"{where}: trường không được phép: {', '.join(sorted(extra))}")

    def pick(key):
        v = raw.get(key, doc.get(key))
        if v in (None, ""):
            raise RulesError(file, line, f"{where}: thiếu '{key}' (ở quy tắc hoặc đầu tệp)")
        return v

    eff = pick("effective")
    if not isinstance(eff, dict) or "from" not in eff or "to" not in eff:
        raise RulesError(file, line, f"{where}: 'effective' cần 'from' và 'to' (ngày hiệu lực)")
    start, end = as_date(eff["from"]), as_date(eff["to"])
    if end < start:
        raise RulesError(file, line, f"{where}: ngày kết thúc trước ngày bắt đầu hiệu lực")
    confidence = pick("confidence")
    if confidence not in CONFIDENCE_TAGS:
        raise RulesError(file, line, f"{where}: mức tin cậy '{confidence}' không hợp lệ (C2, C1, U)")
    url = pick("url")
    if not str(url).startswith(("http://", "https://")):
        raise RulesError(file, line, f"{where}: 'url' phải là địa chỉ http(s)")
    outcome = pick("outcome")
    if outcome not in family.outcomes:
        raise RulesError(file, line, f"{where}: kết quả '{outcome}' không thuộc họ {family.name} ({', '.join(family.outcomes)})")
    source = Source(pick("instrument"), pick("article"), url, confidence, raw.get("note"))
    when = conditions.parse(pick("when"), file, facts, param_names, where)
    # Every parameter a rule reads must be defined over the rule's whole effective period:
    # a gap would silently drop the rule for part of it.
    for leaf in conditions.leaves(when):
        if not leaf.param:
            continue
        ph = leaf.placeholder
        names = [leaf.param.replace("{" + ph + "}", c) for c in facts[ph]["values"]] if ph else [leaf.param]
        for n in names:
            p = params[n]
            if p.start > start or (p.end is not None and p.end < end):
                raise RulesError(file, line, f"{where}: tham số '{n}' không có giá trị trên toàn bộ thời gian hiệu lực {start}–{end}")
    return Rule(rid, family.name, pick("title"), outcome, start, end, source, tuple(raw.get("decisions") or ()),
                when, file, line, raw.get("note"))


def load(root: Path = RULES_DIR) -> Rulebook:
    meta_path = root / "ruleset.yaml"
    meta = _load(meta_path, root)
    mfile = _rel(meta_path, root)
    for key in ("name", "version", "coverage"):
        if key not in (meta or {}):
            raise RulesError(mfile, line_of(meta), f"thiếu trường '{key}'")
    if not re.match(r"^\d+\.\d+\.\d+$", str(meta["version"])):
        raise RulesError(mfile, line_of(meta), "'version' phải theo SemVer X.Y.Z")
    coverage = (as_date(meta["coverage"]["from"]), as_date(meta["coverage"]["to"]))
    facts_path = root / "facts.yaml"
    facts_doc, facts_file = _load(facts_path, root), _rel(facts_path, root)  # one read for both tables
    facts = load_facts(facts_doc, facts_file)
    params = load_parameters(root, lambda p: _load(p, root))
    indicators = load_indicators(root)
    code_sets = load_code_sets(root, indicators)
    families = {}
    ids = {}
    for folder in sorted(p.parent for p in (root / "families").rglob("_family.yaml")):
        fam = load_family(folder, root, facts, params)
        if fam.name in families:
            raise RulesError(fam.file, None, f"họ quy tắc '{fam.name}' bị trùng")
        for r in fam.rules:
            if r.id in ids:
                raise RulesError(r.file, r.line, f"mã quy tắc '{r.id}' trùng với {ids[r.id]}")
            ids[r.id] = f"{r.file}:{r.line}"
        families[fam.name] = fam
    all_ids = set(ids)
    for fam in families.values():
        for rid in fam.requires:
            if rid not in all_ids:
                raise RulesError(fam.file, None, f"'requires' nhắc tới quy tắc không tồn tại: {rid}")
    return Rulebook(str(meta["version"]), meta["name"], facts, params, indicators, families, coverage,
                    code_sets, load_record_codes(facts_doc, facts_file))


@functools.lru_cache(maxsize=1)
def default() -> Rulebook:
    return load(RULES_DIR)
