"""The CLI: readable Vietnamese output, JSON output, non-zero exit and no traceback on bad input."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "cli.main"]

HOUSEHOLD = {
    "household_id": "CLI-1",
    "residence": {"province_code": "15", "commune_code": "15123", "area": "rural"},
    "members": [{"birth_date": "1980-05-01", "relation": "head"}, {"birth_date": "1982-01-01", "relation": "spouse"}],
    "income_pc_month": 1_620_000,
    "declared_deprivation_count": 1,
}


def run(*args, stdin=None):
    return subprocess.run(CLI + list(args), capture_output=True, text=True, cwd=ROOT, input=stdin)


@pytest.fixture
def household_file(tmp_path):
    p = tmp_path / "h.json"
    p.write_text(json.dumps(HOUSEHOLD, ensure_ascii=False), encoding="utf-8")
    return p


def test_screen_prints_vietnamese_reasons_with_citation(household_file):
    r = run("screen", str(household_file), "--date", "2025-12-14")
    assert r.returncode == 0, r.stderr
    assert "Thu nhập bình quân 1.620.000 đồng/người/tháng cao hơn chuẩn nghèo nông thôn 1.500.000 đồng "\
           "(khoản 2 Điều 3 Nghị định 07/2021/NĐ-CP)" in r.stdout


def test_screen_json(household_file):
    r = run("screen", str(household_file), "--date", "2021-06-01", "--json")
    d = json.loads(r.stdout)
    assert d["classification"]["outcome"] == "none"  # 1.620.000 > 1.500.000 (QĐ 59 rural average top)
    assert d["ruleset_version"] and d["reference_date"] == "2021-06-01"
    assert {p["program"] for p in d["programs"]} >= {"poor_households", "near_poor_households"}


@pytest.mark.parametrize("change,needle", [
    ({"income_pc_month": -1}, "income_pc_month"),
    ({"ho_ten": "x"}, "ho_ten"),
    ({"members": [{"birth_date": "2026-01-01", "relation": "head"}]}, "members[0].birth_date"),
])
def test_bad_household_exits_non_zero_with_field_named(tmp_path, change, needle):
    p = tmp_path / "bad.json"
    p.write_text(json.dumps({**HOUSEHOLD, **change}), encoding="utf-8")
    r = run("screen", str(p), "--date", "2025-12-14")
    assert r.returncode == 2
    assert needle in r.stderr and "Traceback" not in r.stderr + r.stdout


@pytest.mark.parametrize("content,needle", [("{not json", "không phải JSON"), ("", "không phải JSON"), ('{"household_id": "x"', "không phải JSON")])
def test_malformed_json(tmp_path, content, needle):
    p = tmp_path / "bad.json"
    p.write_text(content, encoding="utf-8")
    r = run("screen", str(p), "--date", "2025-12-14")
    assert r.returncode == 2 and needle in r.stderr and "Traceback" not in r.stderr


def test_date_outside_coverage(household_file):
    r = run("screen", str(household_file), "--date", "2031-01-01")
    assert r.returncode == 2 and "nằm ngoài phạm vi" in r.stderr and "Traceback" not in r.stderr


def test_missing_file():
    r = run("screen", "/nonexistent.json", "--date", "2025-12-14")
    assert r.returncode == 2 and "Không tìm thấy tệp" in r.stderr


def test_rules_lists_every_rule_and_parameter_with_citation():
    r = run("rules", "--json")
    d = json.loads(r.stdout)
    from engine.law import rulebook

    book = rulebook.load()
    assert {x["id"] for x in d["rules"]} == {r.id for r in book.rules}
    assert {x["id"] for x in d["parameters"]} == set(book.parameters)
    assert all(x["instrument"] and x["article"] and x["confidence"] in ("C2", "C1", "U") for x in d["rules"])


def test_rules_changes_between_lists_the_2027_standard():
    r = run("rules", "--changes-between", "2026-06-01", "2027-06-01", "--json")
    changes = json.loads(r.stdout)
    ids = {(c["date"], c["id"]) for c in changes}
    assert ("2027-01-01", "poverty.income_line.rural") in ids
    assert ("2027-01-01", "poverty.nd351.poor") in ids
    assert ("2027-01-01", "poverty.nd07.poor") in ids  # ends: its last day is 31/12/2026
    assert all(c["date"] > "2026-06-01" for c in changes)
