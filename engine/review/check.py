"""Self-check of a built review book: every chapter there, no broken internal link, no outside
resource, and coverage numbers that agree with rules/ and the feature files (computed here again,
independently of :mod:`engine.review.model`)."""
from __future__ import annotations

import re
import urllib.parse
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from engine.law.rulebook import Rulebook
from . import catalogue


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.resources: list[str] = []
        self.counts: dict[str, str] = {}
        self.gaps: Counter = Counter()
        self._count_key = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "link" and a.get("href"):
            self.resources.append(a["href"])
        if tag in ("script", "img", "iframe", "embed", "object") or (tag != "a" and a.get("src")):
            self.resources.append(a.get("src") or f"<{tag}>")
        if a.get("data-gap"):
            self.gaps[a["data-gap"]] += 1
        self._count_key = a.get("data-count")

    def handle_data(self, data):
        if self._count_key and data.strip():
            self.counts[self._count_key] = data.strip()
            self._count_key = None


def expected_chapters(book: Rulebook) -> dict[str, str]:
    """page → what it must be about: each poverty standard (rule file), each program family, the general rules."""
    from .model import LENDING_FAMILY, POVERTY_FAMILY, slugify

    out = {}
    for fam in book.families.values():
        if fam.name == POVERTY_FAMILY:
            for file in {r.file for r in fam.rules}:
                out[f"chuan-ngheo-{slugify(Path(file).stem)}.html"] = f"chuẩn nghèo {file}"
        elif fam.name == LENDING_FAMILY:
            out["dieu-kien-chung.html"] = "điều kiện chung khi vay"
        elif fam.resolution == "eligibility":
            out[f"chuong-trinh-{slugify(fam.program or fam.name)}.html"] = f"chương trình {fam.program or fam.name}"
    return out


def check(pages: dict[str, str], book: Rulebook, cases: list | None = None) -> list[str]:
    """Problems found, in Vietnamese (empty when the book is sound)."""
    problems: list[str] = []
    parsed = {}
    for name, text in pages.items():
        if name.endswith(".html"):
            p = _Page()
            p.feed(text)
            parsed[name] = p
    for page, what in sorted(expected_chapters(book).items()):
        if page not in parsed:
            problems.append(f"thiếu chương {page} ({what})")
    if "index.html" not in parsed:
        return problems + ["thiếu trang index.html"]
    index_links = {urllib.parse.urlsplit(h).path for h in parsed["index.html"].links}
    for page in expected_chapters(book):
        if page in parsed and page not in index_links:
            problems.append(f"mục lục không dẫn tới chương {page}")
    for name, p in parsed.items():
        for res in p.resources:
            if re.match(r"^(https?:)?//", res) or res.startswith("<"):
                problems.append(f"{name}: dùng tài nguyên bên ngoài hoặc script: {res}")
            elif urllib.parse.urlsplit(res).path not in pages:
                problems.append(f"{name}: tài nguyên không có trong sổ: {res}")
        for href in p.links:
            parts = urllib.parse.urlsplit(href)
            if parts.scheme in ("http", "https", "mailto"):
                continue
            target = parts.path or name
            if target not in parsed:
                problems.append(f"{name}: liên kết hỏng tới trang {href}")
            elif parts.fragment and urllib.parse.unquote(parts.fragment) not in parsed[target].ids:
                problems.append(f"{name}: liên kết hỏng tới mục {href}")
    # every rule and every dated value of every parameter has its place in the book
    all_ids = {i for p in parsed.values() for i in p.ids}
    from .model import rule_anchor, value_anchor

    for r in book.rules:
        if rule_anchor(r.id) not in all_ids:
            problems.append(f"quy tắc {r.id} không có trong sổ")
    for prm in book.parameters.values():
        for v in prm.values:
            if value_anchor(prm.name, v.start) not in all_ids:
                problems.append(f"giá trị {prm.name} từ {v.start} không có trong sổ")
    # coverage numbers
    counts = parsed["index.html"].counts
    gaps = parsed.get("chua-bao-phu.html", _Page()).gaps
    cases = catalogue.load() if cases is None else cases
    tagged = {rid for c in cases for rid in c.rules}
    uncovered_rules = [r.id for r in book.rules if r.id not in tagged]
    n_values = sum(len(p.values) for p in book.parameters.values())
    expected = {
        "rules-total": len(book.rules),
        "rules-covered": len(book.rules) - len(uncovered_rules),
        "rules-uncovered": len(uncovered_rules),
        "params-total": len(book.parameters),
        "values-total": n_values,
        "values-unverified": sum(1 for p in book.parameters.values() for v in p.values
                                 if v.source.confidence == "U" or v.value is None),
        "scenarios-total": len(cases),
    }
    for key, want in expected.items():
        got = counts.get(key)
        if got != str(want):
            problems.append(f"mục lục ghi {key} = {got}, quy tắc/kịch bản cho {want}")
    if gaps["rule"] != len(uncovered_rules):
        problems.append(f"trang chưa bao phủ liệt kê {gaps['rule']} quy tắc chưa có kịch bản, thực tế {len(uncovered_rules)}")
    try:
        covered, uncovered = int(counts["values-covered"]), int(counts["values-uncovered"])
    except (KeyError, ValueError):
        problems.append("mục lục thiếu số giá trị đã/chưa được sử dụng")
    else:
        if covered + uncovered != n_values:
            problems.append(f"giá trị đã dùng ({covered}) + chưa dùng ({uncovered}) ≠ tổng {n_values}")
        if gaps["value"] != uncovered:
            problems.append(f"trang chưa bao phủ liệt kê {gaps['value']} giá trị, mục lục ghi {uncovered}")
    outcome_total = sum(int(v) for k, v in counts.items() if k.startswith("scenarios-") and k != "scenarios-total")
    if outcome_total != len(cases):
        problems.append(f"tổng kịch bản theo kết quả ({outcome_total}) ≠ số kịch bản ({len(cases)})")
    return problems
