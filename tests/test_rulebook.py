"""rules/ is the single source of truth: every rule and parameter is cited, dated and tagged."""
import re
from pathlib import Path

import pytest

from engine.law import rulebook
from engine.errors import RulesError
from engine.law.parameters import CONFIDENCE_TAGS

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def book():
    return rulebook.load()


def test_every_rule_has_citation_dates_and_confidence(book):
    assert book.rules, "no rules loaded"
    for r in book.rules:
        assert r.source.instrument and r.source.article and r.source.url.startswith("http"), r.id
        assert r.source.confidence in CONFIDENCE_TAGS, r.id
        assert r.start <= r.end, r.id


def test_every_parameter_value_has_citation_dates_and_confidence(book):
    assert book.parameters
    for p in book.parameters.values():
        assert p.values, p.name
        for v in p.values:
            assert v.start is not None
            assert v.source.instrument and v.source.article and v.source.url.startswith("http"), p.name
            assert v.source.confidence in CONFIDENCE_TAGS, p.name
            if v.value is None:
                assert v.source.confidence == "U", f"{p.name}: unknown value must be tagged U"


def test_no_legal_number_in_python():
    """The law's amounts live in rules/: no numeric literal in engine/, api/ or cli/ equals one."""
    import io
    import tokenize

    amounts = set()
    for p in rulebook.load().parameters.values():
        for v in p.values:
            if isinstance(v.value, (int, float)) and v.value >= 1000:
                amounts.add(int(v.value))
    offenders = []
    for folder in ("engine", "api", "cli"):
        for path in (ROOT / folder).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            for tok in tokenize.generate_tokens(io.StringIO(source).readline):
                if tok.type != tokenize.NUMBER:
                    continue
                try:
                    value = float(tok.string.replace("_", ""))
                except ValueError:
                    continue
                if value.is_integer() and int(value) in amounts and "# not-law:" not in tok.line:
                    offenders.append(f"{path.relative_to(ROOT)}:{tok.start[0]}: {tok.line.strip()}")
    assert not offenders, ("legal amounts written in Python (read them from rules/ instead; if the number is "
                           "not from the law, say so on that line with a comment '# not-law: <why>'):\n" + "\n".join(offenders))


def _write(tmp_path, rel, text):
    p = tmp_path / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture
def rules_copy(tmp_path):
    import shutil

    dst = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", dst)
    return dst


def test_loader_names_file_line_and_reason_for_missing_citation(rules_copy):
    f = rules_copy / "parameters" / "poverty" / "income_line" / "rural.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("    article: khoản 2 Điều 3\n", "", 1), encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        rulebook.load(rules_copy)
    assert exc.value.file.endswith("income_line/rural.yaml")
    assert exc.value.line is not None and exc.value.line > 1
    assert "article" in exc.value.reason


def test_loader_rejects_numeric_literal_in_condition(rules_copy):
    f = rules_copy / "families" / "poverty" / "nd07_2021.yaml"
    text = f.read_text(encoding="utf-8").replace('param: poverty.deprivation_threshold}', "value: 3}", 1)
    f.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        rulebook.load(rules_copy)
    assert "nd07_2021.yaml" in exc.value.file and exc.value.line


def test_loader_rejects_missing_confidence_tag(rules_copy):
    f = rules_copy / "families" / "poverty" / "qd59_2015.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("    confidence: C2\n", "", 1), encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        rulebook.load(rules_copy)
    assert "confidence" in exc.value.reason


def test_loader_rejects_parameter_gap_over_rule_period(rules_copy):
    """A rule must not silently drop out for part of its period: the urban line stops at 2026 while the
    NĐ 351/2025 rules reading it run to 2030."""
    f = rules_copy / "parameters" / "poverty" / "income_line" / "urban.yaml"
    text = f.read_text(encoding="utf-8")
    text = text[: text.index("  '2027-01-01':")] + "until: '2026-12-31'\n"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        rulebook.load(rules_copy)
    assert exc.value.file.endswith("nd351_2025.yaml") and exc.value.line
    assert "poverty.income_line.urban" in exc.value.reason and "toàn bộ thời gian hiệu lực" in exc.value.reason


def test_loader_reports_yaml_syntax_error_with_line(rules_copy):
    f = rules_copy / "families" / "poverty" / "nd351_2025.yaml"
    lines = f.read_text(encoding="utf-8").splitlines()
    lines[10] = lines[10] + " : : ["
    f.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        rulebook.load(rules_copy)
    assert exc.value.line is not None
