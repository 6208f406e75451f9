"""The codes that meet an indicator (safe water, hygienic latrine, education levels …) live in
rules/indicators.yaml with their citations, and both fact engines read them from there."""
import datetime as dt
import shutil
import typing
from enum import Enum
from pathlib import Path

import pandas as pd
import pytest

from engine.errors import RulesError
from engine.facts import tables
from engine.facts.household import derive_indicators
from engine.facts.household_columns import derive_frame
from engine.facts.model import Household, Member
from engine.law import rulebook
from engine.law.parameters import CONFIDENCE_TAGS

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.date(2024, 6, 1)


def _enum_of(field_name: str) -> type[Enum]:
    for model in (Household, Member):
        if field_name in model.model_fields:
            annotation = model.model_fields[field_name].annotation
            return next(a for a in typing.get_args(annotation) if isinstance(a, type) and issubclass(a, Enum))
    raise AssertionError(f"no model field named {field_name}")


def test_every_code_set_is_cited_and_names_codes_of_its_model_field():
    book = rulebook.default()
    assert {"safe_water", "hygienic_latrine", "depriving_employment", "poor_nutrition", "poor_attendance",
            "education_lower_secondary_or_more", "education_upper_secondary_or_vocational"} <= set(book.code_sets)
    for cs in book.code_sets.values():
        allowed = {e.value for e in _enum_of(cs.field)}
        assert cs.codes and cs.codes <= allowed, f"{cs.id}: {sorted(cs.codes - allowed)} are not codes of {cs.field}"
        assert cs.source.instrument and cs.source.article and cs.source.url.startswith("http"), cs.id
        assert cs.source.confidence in CONFIDENCE_TAGS and cs.indicator in book.indicators, cs.id


@pytest.fixture
def rules_copy(tmp_path):
    dst = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", dst)
    return dst


def test_loader_rejects_a_code_set_without_citation(rules_copy):
    f = rules_copy / "indicators.yaml"
    text = f.read_text(encoding="utf-8")
    start = text.index("  hygienic_latrine:")
    cut = text.index("    instrument:", start)
    f.write_text(text[:cut] + text[text.index("\n", cut) + 1:], encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        rulebook.load(rules_copy)
    assert exc.value.file.endswith("indicators.yaml") and exc.value.line
    assert "hygienic_latrine" in exc.value.reason and "instrument" in exc.value.reason


def test_both_engines_read_the_codes_from_rules(rules_copy):
    """Dropping 'bottled' from safe water in a copy of rules/ makes a bottled-water household deprived
    in the one-row and the column-wise derivation alike: neither keeps its own list."""
    household = Household.model_validate({
        "household_id": "H1", "water_source": "bottled", "latrine": "septic",
        "residence": {"province_code": "11", "commune_code": "00001", "area": "rural"},
        "members": [{"birth_date": "1980-01-01", "relation": "head"}]})
    f = rules_copy / "indicators.yaml"
    text = f.read_text(encoding="utf-8")
    f.write_text(text.replace("protected_spring, rainwater, bottled]", "protected_spring, rainwater]", 1), encoding="utf-8")
    for book, deprived in ((rulebook.default(), False), (rulebook.load(rules_copy), True)):
        assert derive_indicators(household, DAY, book)["water"] is deprived
        hh, mem, dec = tables.to_frames([household])
        frame = derive_frame(book, hh, mem, dec, pd.Series([pd.Timestamp(DAY)]))
        assert frame.indicators["water"]["derived"][0] == int(deprived)


# --- labels of the record's codes: once, in rules/facts.yaml ---------------------------------------

def test_the_form_the_readers_and_the_templates_show_the_labels_of_rules():
    from api import labels
    from engine.reading import vocab

    book = rulebook.default()
    for name in ("water_source", "latrine", "relation", "education_level", "employment", "entrusted_org"):
        assert vocab.labels(name) == book.record_codes[name]["values"]
        assert [t.label for t in vocab.terms(name)] == list(book.record_codes[name]["values"].values())
    assert labels.WATER == book.record_codes["water_source"]["values"]
    assert labels.STATUS["escaped_poor"].lower() == book.facts["recognised_status"]["values"]["escaped_poor"]
    assert vocab.label("program", "students") == book.families["program.students"].title


def test_a_record_code_without_labels_is_refused_with_its_file(tmp_path):
    dst = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", dst)
    f = dst / "facts.yaml"
    text = f.read_text(encoding="utf-8")
    spec = "  nutrition:\n    label: Dinh dưỡng (trẻ em)\n    values:\n"
    assert spec in text  # the table this test breaks is really there
    f.write_text(text.replace(spec, spec.replace("values:", "labels:")), encoding="utf-8")
    with pytest.raises(RulesError) as err:
        rulebook.load(dst)
    assert "facts.yaml" in str(err.value) and "nutrition" in str(err.value)


def test_an_alias_of_a_code_that_rules_do_not_label_is_an_error(monkeypatch):
    from engine.reading import vocab

    monkeypatch.setitem(vocab.ALIASES, "nutrition", {**vocab.ALIASES["nutrition"], "obese": ("Béo phì",)})
    vocab.terms.cache_clear()
    try:
        with pytest.raises(KeyError, match="obese"):
            vocab.terms("nutrition")
    finally:
        vocab.terms.cache_clear()
