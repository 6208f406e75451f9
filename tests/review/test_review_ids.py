"""Scenario ids of the review sheet and book: unique, and stable when feature files are renamed,
reordered or reworded (titles, keywords, words around the data) — only a change of the scenario's
tags or data gives a new id; ``@id:`` tags override."""
from __future__ import annotations

import re
import shutil
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from gherkin.parser import Parser
from gherkin.token_scanner import TokenScanner

from engine.review import catalogue

QUOTED_OR_CELL = re.compile(r'"[^"]*"|<[^<>]*>')


def test_every_scenario_has_a_unique_id(review_cases):
    assert review_cases, "features/ không có kịch bản nào"
    counts = Counter(c.uid for c in review_cases)
    assert not [u for u, n in counts.items() if n > 1]
    assert all(c.uid and "#" in c.uid or c.explicit_id for c in review_cases)
    for c in review_cases:  # the prefix names the rule (or the tag) the scenario is about
        assert c.uid.split("#")[0] in (c.rules[:1] or [f"{k}.{v}" for k in ("flag", "indicator", "input", "family")
                                                      for v in c.tagged(k)][:1] or [Path(c.file).stem])


def _reorder(text: str) -> str:
    """The same feature with its top-level scenarios and rules in reverse order."""
    doc = Parser().parse(TokenScanner(text))
    lines = text.splitlines(keepends=True)
    starts = []
    for child in doc["feature"]["children"]:
        node = child.get("scenario") or child.get("rule")
        if node is None:
            continue
        first = min([node["location"]["line"]] + [t["location"]["line"] for t in node.get("tags", ())])
        while first > 1 and lines[first - 2].lstrip().startswith("#") and not lines[first - 2].startswith("# language"):
            first -= 1  # a comment just above belongs to the scenario
        starts.append(first)
    if len(starts) < 2:
        return text
    blocks = [lines[a - 1:b - 1] for a, b in zip(starts, starts[1:] + [len(lines) + 1])]
    for b in blocks:
        if b and not b[-1].endswith("\n"):
            b[-1] += "\n"
        if b and b[-1].strip():
            b.append("\n")
    return "".join(lines[:starts[0] - 1]) + "".join(line for b in reversed(blocks) for line in b)


def _reword_line(line: str) -> str:
    """Reword a step or a title outside its data: keywords swapped, words around quotes changed."""
    stripped = line.lstrip()
    indent = line[:len(line) - len(stripped)]
    swap = {"Kịch bản:": "Tình huống:", "Tình huống:": "Kịch bản:",
            "Khung kịch bản:": "Khung tình huống:", "Khung tình huống:": "Khung kịch bản:"}
    for kw, other in swap.items():
        if stripped.startswith(kw):
            return f"{indent}{other}{stripped[len(kw):].rstrip()} (sửa lời)\n"
    if stripped.startswith("Cho "):
        stripped = "Biết " + stripped[4:]
    if stripped.startswith(("Biết ", "Và ", "Khi ", "Thì ")):
        parts = QUOTED_OR_CELL.split(stripped)
        seps = QUOTED_OR_CELL.findall(stripped)
        parts = [p.replace("hộ gia đình", "gia đình").replace("thu nhập", "mức thu nhập") for p in parts]
        stripped = "".join(p + (seps[i] if i < len(seps) else "") for i, p in enumerate(parts))
    return indent + stripped


def test_ids_survive_renaming_reordering_and_rewording(review_cases, tmp_path):
    copy = tmp_path / "features" / "da_chuyen"
    copy.mkdir(parents=True)
    for path in sorted(catalogue.FEATURE_DIR.rglob("*.feature")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        text = "".join(_reword_line(line) for line in _reorder(text).splitlines(keepends=True))
        (copy / f"z_{path.stem}_moi.feature").write_text(text, encoding="utf-8")
    moved = catalogue.load(tmp_path / "features")
    assert not {c.name for c in moved} & {c.name for c in review_cases}  # every title reworded
    assert [c.uid for c in moved] != [c.uid for c in review_cases]  # and the scenarios reordered
    assert sorted(c.uid for c in moved) == sorted(c.uid for c in review_cases)


FEATURE = """# language: vi
Tính năng: Thử mã kịch bản
  @rule:poverty.nd07.poor
  Kịch bản: Hộ nghèo ở nông thôn
    Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
    Và thu nhập bình quân 1.500.000 đồng/người/tháng
    Khi xét phân loại hộ tại ngày 15/06/2024
    Thì kết quả là "hộ nghèo"

  @rule:poverty.nd07.poor
  Khung kịch bản: Thu nhập <thu nhập>
    Cho thu nhập bình quân <thu nhập> đồng/người/tháng
    Thì kết quả là "<kết quả>"

    Dữ liệu:
      | thu nhập  | kết quả      |
      | 1.499.999 | hộ nghèo     |
      | 1.500.001 | hộ cận nghèo |
"""


def _cases(tmp_path, text: str, name: str = "a.feature"):
    folder = tmp_path / name.replace(".", "_")
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return catalogue.load(folder)


def test_a_change_of_data_or_tags_gives_a_new_id(tmp_path):
    base = {c.name: c.uid for c in _cases(tmp_path, FEATURE)}
    assert len(set(base.values())) == 3
    rows_swapped = FEATURE.replace("| 1.499.999 | hộ nghèo     |\n      | 1.500.001 | hộ cận nghèo |",
                                   "| 1.500.001 | hộ cận nghèo |\n      | 1.499.999 | hộ nghèo     |")
    assert {c.name: c.uid for c in _cases(tmp_path, rows_swapped, "b.feature")} == base
    new_data = FEATURE.replace("có 4 thành viên", "có 5 thành viên")
    changed = {c.name: c.uid for c in _cases(tmp_path, new_data, "c.feature")}
    assert changed["Hộ nghèo ở nông thôn"] != base["Hộ nghèo ở nông thôn"]
    assert changed["Thu nhập 1.499.999"] == base["Thu nhập 1.499.999"]
    new_tag = FEATURE.replace("@rule:poverty.nd07.poor\n  Kịch bản", "@rule:poverty.nd07.near_poor\n  Kịch bản")
    retagged = {c.name: c.uid for c in _cases(tmp_path, new_tag, "d.feature")}
    assert retagged["Hộ nghèo ở nông thôn"].startswith("poverty.nd07.near_poor#")


def test_an_id_tag_overrides_and_twins_are_refused(tmp_path):
    tagged = FEATURE.replace("@rule:poverty.nd07.poor\n  Kịch bản", "@rule:poverty.nd07.poor @id:ho-ngheo-mau\n  Kịch bản")
    assert "ho-ngheo-mau" in {c.uid for c in _cases(tmp_path, tagged)}
    twins = tmp_path / "twins"
    twins.mkdir()
    for name in ("a.feature", "b.feature"):  # the same scenario in two files: nothing tells them apart
        (twins / name).write_text(FEATURE, encoding="utf-8")
    with pytest.raises(catalogue.DuplicateScenario, match="giống hệt nhau"):
        catalogue.load(twins)
    same_tag = tagged + "\n  @id:ho-ngheo-mau\n  Kịch bản: Khác\n    Cho hộ gia đình ở khu vực thành thị có 2 thành viên\n"
    with pytest.raises(catalogue.DuplicateScenario, match="@id:ho-ngheo-mau"):
        _cases(tmp_path, same_tag, "same.feature")
