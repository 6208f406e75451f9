"""Generated households live in official units: one province table, names resolved by the package."""
import pytest

from engine.generation import provinces, tables
from engine.places import units


def test_every_province_and_commune_of_the_table_is_an_official_unit():
    assert len(provinces.PROVINCES) == len(units.directory().provinces)
    for p in provinces.PROVINCES:
        assert p.name == units.province(p.code).name
        for code, name in p.rural + p.wards:
            unit = units.commune(code)
            assert unit is not None and unit.province_code == p.code and unit.name == name, (p.code, name)
        assert {units.commune(c).kind for c, _ in p.wards} <= {"phường"}, p.code  # drawn for urban households
        assert {units.commune(c).kind for c, _ in p.rural} <= {"xã", "đặc khu"}, p.code


def test_a_name_that_is_not_a_unit_of_the_province_is_refused():
    bad = provinces.Province("51", "ncc", 1.0, 0.2, (), "thon_central", ("xã Không Có Thật",), ())
    with pytest.raises(ValueError, match="Không Có Thật"):
        bad.rural


def test_the_national_generator_draws_official_communes_of_each_province():
    t = tables.generate(3000, seed=3, day="2025-12-14")
    hh = t.households
    prov = hh.column("province_code").to_pylist()
    com = hh.column("commune_code").to_pylist()
    for p, c in zip(prov, com):
        unit = units.commune(c)
        assert unit is not None and unit.province_code == p, (p, c)
