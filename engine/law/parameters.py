"""Legal parameters: one YAML file per parameter, folder = namespace, values keyed by effective date.

A value of ``null`` means the law's value is unknown (it must be tagged U): a rule that needs it
returns "cần rà soát" rather than guessing (POLICY D2, D9).
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from engine.errors import RulesError
from engine.law.yamlfile import as_date, line_of

CONFIDENCE_TAGS = ("C2", "C1", "U")
UNITS = {
    "vnd": "đồng",
    "vnd_per_person_month": "đồng/người/tháng",
    "vnd_per_month": "đồng/tháng",
    "percent_per_year": "%/năm",
    "percent": "%",
    "ratio": "",
    "months": "tháng",
    "years": "năm",
    "m2": "m²",
    "count": "",
    "age_years": "tuổi",
}


@dataclass(frozen=True)
class Source:
    instrument: str
    article: str
    url: str
    confidence: str
    note: str | None = None

    def citation(self) -> str:
        return f"{self.article} {self.instrument}"


@dataclass(frozen=True)
class ParamValue:
    start: dt.date
    end: dt.date | None  # inclusive; None = open-ended
    value: int | float | None
    source: Source

    @property
    def known(self) -> bool:
        return self.value is not None


@dataclass
class Parameter:
    name: str
    description: str
    label: str
    unit: str
    values: list[ParamValue]
    file: str
    decisions: list[str] = field(default_factory=list)

    def at(self, day: dt.date) -> ParamValue | None:
        """The value in force on ``day``; None when the parameter is not in force then."""
        starts = [v.start for v in self.values]
        i = bisect.bisect_right(starts, day) - 1
        if i < 0:
            return None
        v = self.values[i]
        if v.end is not None and day > v.end:
            return None
        return v

    @property
    def start(self) -> dt.date:
        return self.values[0].start

    @property
    def end(self) -> dt.date | None:
        return self.values[-1].end

    def change_dates(self) -> list[dt.date]:
        dates = [v.start for v in self.values]
        if self.end is not None:
            dates.append(self.end + dt.timedelta(days=1))
        return dates


def _req(doc, key, file, what):
    if not isinstance(doc, dict) or key not in doc or doc[key] in (None, ""):
        raise RulesError(file, line_of(doc), f"{what}: thiếu trường bắt buộc '{key}'")
    return doc[key]


def parse_parameter(name: str, doc, file: str) -> Parameter:
    if not isinstance(doc, dict):
        raise RulesError(file, None, "tham số phải là một bảng YAML")
    allowed = {"description", "label", "unit", "values", "until", "decisions", "reference"}
    extra = set(doc) - allowed
    if extra:
        raise RulesError(file, line_of(doc), f"trường không được phép: {', '.join(sorted(extra))}")
    description = _req(doc, "description", file, "tham số")
    unit = _req(doc, "unit", file, "tham số")
    if unit not in UNITS:
        raise RulesError(file, line_of(doc), f"đơn vị '{unit}' không hợp lệ; dùng một trong {', '.join(UNITS)}")
    raw_values = _req(doc, "values", file, "tham số")
    if not isinstance(raw_values, dict) or not raw_values:
        raise RulesError(file, line_of(doc), "'values' phải là bảng các giá trị theo ngày hiệu lực")
    until = doc.get("until")
    try:
        until_date = as_date(until) if until is not None else None
    except ValueError:
        raise RulesError(file, line_of(doc), f"ngày 'until' không hợp lệ: {until!r}") from None
    entries = []
    for key, entry in raw_values.items():
        try:
            start = as_date(key)
        except ValueError:
            raise RulesError(file, line_of(raw_values), f"khoá '{key}' không phải ngày ISO YYYY-MM-DD") from None
        what = f"giá trị từ {start.isoformat()}"
        if not isinstance(entry, dict):
            raise RulesError(file, line_of(raw_values), f"{what}: phải là bảng có value, instrument, article, url, confidence")
        extra = set(entry) - {"value", "instrument", "article", "url", "confidence", "note"}
        if extra:
            raise RulesError(file, line_of(entry), f"{what}: trường không được phép: {', '.join(sorted(extra))}")
        if "value" not in entry:
            raise RulesError(file, line_of(entry), f"{what}: thiếu trường 'value' (ghi null nếu luật chưa rõ)")
        value = entry["value"]
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise RulesError(file, line_of(entry), f"{what}: 'value' phải là số hoặc null, không phải {value!r}")
        src = Source(
            instrument=_req(entry, "instrument", file, what),
            article=_req(entry, "article", file, what),
            url=_req(entry, "url", file, what),
            confidence=_req(entry, "confidence", file, what),
            note=entry.get("note"),
        )
        if src.confidence not in CONFIDENCE_TAGS:
            raise RulesError(file, line_of(entry), f"{what}: mức tin cậy '{src.confidence}' không hợp lệ (C2, C1, U)")
        if value is None and src.confidence != "U":
            raise RulesError(file, line_of(entry), f"{what}: giá trị chưa rõ (null) phải gắn mức tin cậy U")
        if not str(src.url).startswith(("http://", "https://")):
            raise RulesError(file, line_of(entry), f"{what}: 'url' phải là địa chỉ http(s)")
        entries.append((start, value, src, line_of(entry)))
    starts = [e[0] for e in entries]
    if starts != sorted(starts):
        raise RulesError(file, line_of(raw_values), "các ngày hiệu lực phải tăng dần")
    if until_date is not None and until_date < starts[-1]:
        raise RulesError(file, line_of(doc), "'until' sớm hơn ngày hiệu lực cuối cùng")
    values = []
    for i, (start, value, src, _line) in enumerate(entries):
        end = entries[i + 1][0] - dt.timedelta(days=1) if i + 1 < len(entries) else until_date
        values.append(ParamValue(start, end, value, src))
    label = doc.get("label") or description
    return Parameter(name, description, label, unit, values, file, list(doc.get("decisions") or []))


def load_parameters(root: Path, load_yaml) -> dict[str, Parameter]:
    params: dict[str, Parameter] = {}
    base = root / "parameters"
    for path in sorted(base.rglob("*.yaml")):
        rel = path.relative_to(base).with_suffix("")
        name = ".".join(rel.parts)
        file = str(path.relative_to(root.parent))
        params[name] = parse_parameter(name, load_yaml(path), file)
    return params
