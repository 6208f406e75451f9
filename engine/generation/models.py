"""Seeded generator of households for tests and benchmarks, at any N.

Amount and date edges are read from rules/ (every money threshold ±1 đồng, every period boundary
and the day before), so the generator itself knows no number from the law.
"""
from __future__ import annotations

import datetime as dt
import random

from engine.law import rulebook
from engine.facts.columns import INDICATORS
from engine.facts.model import (Durability, EducationLevel, Employment, Household, InformationAsset, Latrine, Nutrition, Relation, SchoolAttendance, Status, WaterSource)

FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Lò", "Vàng", "Giàng", "Hà", "Sùng"]
MIDDLE = ["Văn", "Thị", "Đức", "Ngọc", "Minh", "Thu"]
GIVEN = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Mai", "Nam", "Phúc", "Quỳnh", "Sơn", "Tâm", "Yến", "Páo", "Súa"]
PROVINCES = [("11", "Điện Biên"), ("14", "Sơn La"), ("15", "Lào Cai"), ("38", "Thanh Hóa"), ("40", "Nghệ An"),
             ("64", "Gia Lai"), ("66", "Đắk Lắk"), ("01", "Hà Nội"), ("79", "TP Hồ Chí Minh"), ("92", "Cần Thơ")]


def money_edges(book: rulebook.Rulebook) -> list[int]:
    edges = {0, 1}
    for p in book.parameters.values():
        if p.unit == "vnd_per_person_month":
            for v in p.values:
                if v.known:
                    edges.update({int(v.value) - 1, int(v.value), int(v.value) + 1})
    return sorted(edges)


def date_edges(book: rulebook.Rulebook) -> list[dt.date]:
    first, last = book.coverage
    out = set()
    for b in book.boundaries():
        for d in (b - dt.timedelta(days=1), b):
            if first <= d <= last:
                out.add(d)
    return sorted(out)


def _maybe(rng: random.Random, value, p_none: float):
    return None if rng.random() < p_none else value


def _member(rng: random.Random, relation: str, birth: dt.date, p_none: float) -> dict:
    m = {"birth_date": birth.isoformat(), "relation": relation,
         "full_name": f"{rng.choice(FAMILY_NAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"}
    if rng.random() < 0.7:
        m["cccd"] = "".join(rng.choice("0123456789") for _ in range(12))
    fields = {
        "education_level": [e.value for e in EducationLevel],
        "in_training": [True, False],
        "school_attendance": [s.value for s in SchoolAttendance],
        "health_insurance": [True, True, True, False],
        "employment": [e.value for e in Employment],
        "disability": [False, False, False, True],
        "monthly_social_allowance": [False, False, False, True],
        "nutrition": [Nutrition.normal.value] * 4 + [Nutrition.stunted.value, Nutrition.underweight.value],
    }
    for k, choices in fields.items():
        v = _maybe(rng, rng.choice(choices), p_none)
        if v is not None:
            m[k] = v
    return m


def household_dict(rng: random.Random, i: int, day: dt.date, incomes: list[int], p_none: float = 0.08) -> dict:
    """One generated household (as input JSON) whose members are all born on or before ``day``."""
    code, name = rng.choice(PROVINCES)
    n = rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 7, 8])
    members = []
    for k in range(n):
        if k == 0:
            age_days = rng.randint(18 * 365, 85 * 365)
            rel = Relation.head.value
        else:
            # children concentrate around the age thresholds; anyone may be born on `day`
            age_days = rng.choice([rng.randint(0, 90 * 365), rng.randint(2 * 365, 31 * 365)])
            rel = rng.choice([r.value for r in Relation if r != Relation.head])
        birth = day - dt.timedelta(days=age_days)
        if rng.random() < 0.05:  # exact birthdays: age thresholds reached on the reference day
            birth = birth.replace(month=day.month, day=min(day.day, 28)) if birth.year < day.year else birth
            if birth > day:
                birth = day
        members.append(_member(rng, rel, birth, p_none))
    h: dict = {
        "household_id": f"G{i:08d}",
        "residence": {"province_code": code, "province_name": name, "commune_code": f"{code}{rng.randint(100, 999)}",
                      "village_code": f"T{rng.randint(1, 30):02d}", "area": rng.choice(["rural", "rural", "urban"])},
        "members": members,
    }
    if rng.random() > p_none:
        h["housing"] = {k: v for k, v in {
            "living_area_m2": _maybe(rng, rng.choice([float(8 * n - 1), float(8 * n), float(8 * n + 1),
                                                      round(rng.uniform(6, 150), 1)]), p_none),
            "wall": _maybe(rng, rng.choice([d.value for d in Durability]), p_none),
            "column": _maybe(rng, rng.choice([d.value for d in Durability]), p_none),
            "roof": _maybe(rng, rng.choice([d.value for d in Durability]), p_none),
        }.items() if v is not None}
    for key, choices in (("water_source", [w.value for w in WaterSource]), ("latrine", [x.value for x in Latrine]),
                         ("internet_use", [True, True, False]), ("loudspeaker_reach", [True, False])):
        v = _maybe(rng, rng.choice(choices), p_none)
        if v is not None:
            h[key] = v
    if rng.random() > p_none:
        h["information_assets"] = rng.sample([a.value for a in InformationAsset], rng.randint(0, 2))
    if rng.random() > p_none:
        h["income_pc_month"] = rng.choice(incomes) if rng.random() < 0.5 else int(rng.lognormvariate(14.5, 0.6))
    if rng.random() < 0.5:
        h["declared_deprivations"] = {ind: rng.random() < 0.3 for ind in rng.sample(INDICATORS, rng.randint(1, 6))}
    if rng.random() < 0.7:
        h["declared_deprivation_count"] = rng.randint(0, 6)
    history = []
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        d = day - dt.timedelta(days=rng.randint(0, 8 * 365))
        history.append({"status": rng.choice([s.value for s in Status]), "decision_date": d.isoformat()})
    if history and rng.random() < 0.05:  # two different decisions on one day
        history.append({"status": rng.choice([s.value for s in Status]), "decision_date": history[0]["decision_date"]})
    h["status_history"] = history
    return h


def generate(n: int, seed: int = 20261121, book: rulebook.Rulebook | None = None,
             dates: list[dt.date] | None = None) -> list[tuple[Household, dt.date]]:
    """``n`` validated households, each with its reference date (boundaries first, then random)."""
    book = book or rulebook.default()
    rng = random.Random(seed)
    incomes = money_edges(book)
    edges = dates if dates is not None else date_edges(book)
    first, last = book.coverage
    span = (last - first).days
    out = []
    for i in range(n):
        day = edges[i % len(edges)] if (edges and rng.random() < 0.5) else first + dt.timedelta(days=rng.randint(0, span))
        out.append((Household.model_validate(household_dict(rng, i, day, incomes)), day))
    return out


# --- applications (issue 3) -------------------------------------------------------------------

def vnd_edges(book: rulebook.Rulebook) -> list[int]:
    """Every known VND amount in rules/ ±1 đồng (ceilings, caps), for outstanding and requests."""
    edges = {0, 1}
    for p in book.parameters.values():
        if p.unit in ("vnd", "vnd_per_month", "vnd_per_person_month"):
            for v in p.values:
                if v.known:
                    edges.update({int(v.value) - 1, int(v.value), int(v.value) + 1})
    return sorted(e for e in edges if e >= 0)


def duration_edges(book: rulebook.Rulebook) -> list[int]:
    """Every known duration in years in rules/ (e.g. a window after a prison term), for dates that
    fall on, just before and just after an anniversary."""
    years = set()
    for p in book.parameters.values():
        if p.unit == "years":
            years.update(int(v.value) for v in p.values if v.known)
    return sorted(years)


def years_before(day: dt.date, years: int) -> dt.date:
    """The anniversary ``years`` before ``day`` (29 February falls back to 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _edge_date(rng: random.Random, day: dt.date, durations: list[int]) -> dt.date:
    """The reference day, the day before, an anniversary ±1 day, or a random day in the past."""
    anniversaries = [years_before(day, y) + dt.timedelta(days=k) for y in durations for k in (-1, 0, 1)]
    choice = rng.choice([day, day - dt.timedelta(days=1), *anniversaries, None])
    return choice if choice is not None else day - dt.timedelta(days=rng.randint(0, 4000))


def _random_field(rng: random.Random, annotation, name: str, day: dt.date, amounts: list[int],
                  durations: list[int] = ()):
    """A value for one optional info-block field, chosen from its type (None ≈ 15%)."""
    import enum
    import typing

    if rng.random() < 0.15:
        return None
    args = [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]
    base = args[0]
    origin = typing.get_origin(base)
    if origin is typing.Annotated:
        base = typing.get_args(base)[0]
    if base is bool:
        return rng.random() < 0.85  # mostly true, so that every program is sometimes eligible
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return rng.choice(list(base)).value
    if base is dt.date:
        return _edge_date(rng, day, list(durations)).isoformat()
    if base is int:
        if "workers" in name:
            return rng.choice([0, 1, 2, 5, 9, 10, 11, 20, 100])
        if "months" in name or name in ("member",):
            return rng.randint(1, 3)
        return rng.choice(amounts) if rng.random() < 0.6 else rng.randint(1, 3_000_000_000)
    if base is float:
        return round(rng.uniform(0, 200), 1)
    return None


def application_dict(rng: random.Random, household: dict, day: dt.date, amounts: list[int],
                     durations: list[int] = ()) -> dict:
    from engine.facts import model

    programs = [p.value for p in model.Program]
    app: dict = {"household": household}
    if rng.random() < 0.8:
        app["requested_amount"] = rng.choice(amounts[1:]) if rng.random() < 0.5 else rng.randint(1, 3_000_000_000)
    purposes = ["chăn nuôi", "trồng trọt", "học nghề", "sửa nhà", None]
    app["purpose"] = rng.choice(purposes)
    app["existing_loans"] = [
        {"program": rng.choice(programs), "purpose": rng.choice(purposes),
         "outstanding": rng.choice(amounts) if rng.random() < 0.6 else rng.randint(0, 300_000_000)}
        for _ in range(rng.choice([0, 0, 1, 1, 2, 3]))]
    for block, cls in (("lending", model.Lending), ("student", model.StudentInfo), ("prison", model.PrisonInfo),
                       ("business", model.BusinessInfo), ("water_sanitation", model.WaterSanitationInfo),
                       ("social_housing", model.SocialHousingInfo), ("housing_support", model.HousingSupportInfo),
                       ("job_creation", model.JobCreationInfo)):
        if block != "lending" and rng.random() < 0.2:
            continue
        values = {}
        for name, field in cls.model_fields.items():
            if name in ("member", "representative_member"):
                v = rng.choice([None, 1, len(household["members"])])
            else:
                v = _random_field(rng, field.annotation, name, day, amounts, durations)
            if v is not None:
                values[name] = v
        app[block] = values
    return app


def generate_applications(n: int, seed: int = 3, book: rulebook.Rulebook | None = None):
    """``n`` validated applications, each with its reference date."""
    from engine.facts.model import Application

    book = book or rulebook.default()
    rng = random.Random(seed)
    incomes = money_edges(book)
    amounts = vnd_edges(book)
    durations = duration_edges(book)
    edges = date_edges(book)
    first, last = book.coverage
    span = (last - first).days
    out = []
    for i in range(n):
        day = edges[i % len(edges)] if rng.random() < 0.5 else first + dt.timedelta(days=rng.randint(0, span))
        h = household_dict(rng, i, day, incomes)
        out.append((Application.model_validate(application_dict(rng, h, day, amounts, durations)), day))
    return out
