"""Fast column-wise generator of realistic batch tables at any N (numpy; no pydantic, no Python loops).

engine/generation/models.py builds validated Household models one by one (edges of every threshold, for the
differential tests); this one builds the canonical tables of engine/facts/columns.py directly, millions
of rows a second, for benchmarks and national-scale runs:

- households in the 34 post-2025 provinces, weighted as in engine/generation/provinces.py (the table
  engine/generation/sample.py uses too), each in an official commune of its province, rural/urban by
  province, poor + near-poor shares by region as published (../shared/DATA-FACTS.md);
- members 1–8 per household (≈ 3.6 on average) with ages, schooling, insurance, work, allowance;
- commune decisions (poor, near-poor, escaped) and VBSP loans (≈ 0.37 per household, ≈ 60% of them
  in the poor / near-poor / newly-escaped / water and sanitation programs).

Income lines and loan ceilings are read from rules/ at the reference date, so that the shares hold
whichever standard applies; the generator knows no number from the law. Deterministic: the same
(seed, start, n) gives the same rows, so a national data set can be written block by block.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from engine.law import rulebook
from engine.facts.columns import DECISIONS, HOUSEHOLDS, INDICATORS, LOANS, MEMBERS
from engine.law.periods import period_for
from engine.generation import provinces

# (code, name, region, relative weight, urban share): the one province table of every generator
PROVINCES = tuple((p.code, p.name, p.region, p.weight, p.urban) for p in provinces.PROVINCES)
# Poor + near-poor share of households by region, 2024 review (DATA-FACTS.md); South-East as Red River Delta.
REGION_SHARE = {"nmm": 0.1498, "ch": 0.0945, "ncc": 0.0624, "mkd": 0.0314, "rrd": 0.0187, "se": 0.0187}
URBAN_FACTOR = 0.25  # urban poverty far below rural (DATA-FACTS.md: order of magnitude, assumption)
SIZE_P = np.array([0.09, 0.18, 0.22, 0.24, 0.14, 0.08, 0.03, 0.02])  # 1..8 members, mean ≈ 3.6
INCOME_SIGMA = 0.55

WATER = ("piped", "drilled_well", "protected_well", "protected_spring", "rainwater", "bottled",
         "unprotected_well", "unprotected_spring", "surface_water", "other")
WATER_P = np.array([0.48, 0.25, 0.08, 0.03, 0.04, 0.02, 0.04, 0.03, 0.02, 0.01])
LATRINE = ("septic", "semi_septic", "pour_flush", "other_approved", "unhygienic", "none")
LATRINE_P = np.array([0.55, 0.15, 0.12, 0.04, 0.10, 0.04])
ASSETS = ("", "tv", "tv;radio", "computer;tv", "radio", "computer")
ASSETS_P = np.array([0.08, 0.55, 0.12, 0.18, 0.04, 0.03])
EDUCATION = ("none", "primary", "lower_secondary", "upper_secondary", "vocational_elementary",
             "vocational_intermediate", "college", "university")
EDUCATION_P = np.array([0.04, 0.14, 0.30, 0.30, 0.05, 0.05, 0.04, 0.08])
EMPLOYMENT = ("wage_with_contract", "wage_without_contract", "self_employed", "unemployed", "not_in_labour_force")
EMPLOYMENT_P = np.array([0.30, 0.14, 0.40, 0.03, 0.13])
SCHOOL = ("appropriate", "behind", "not_attending")
SCHOOL_P = np.array([0.92, 0.05, 0.03])
NUTRITION = ("normal", "stunted", "underweight")
NUTRITION_P = np.array([0.90, 0.06, 0.04])
RELATIONS = ("spouse", "child", "parent", "grandchild", "sibling", "child_in_law", "other")
ENTRUSTED = ("women_union", "farmers_union", "veterans", "youth_union")
ENTRUSTED_P = np.array([0.40, 0.35, 0.15, 0.10])
OTHER_PROGRAMS = ("students", "job_creation_worker", "social_housing_buy", "poor_housing_qd33")
# Programs whose ceiling is a rules/ parameter (generated amounts stay mostly below it).
CEILINGS = {"poor_households": "programs.poor_households.ceiling",
            "near_poor_households": "programs.near_poor_households.ceiling",
            "newly_escaped_households": "programs.newly_escaped_households.ceiling",
            "rural_water_supply": "programs.rural_water_sanitation.ceiling_per_work",
            "rural_sanitation": "programs.rural_water_sanitation.ceiling_per_work"}


@dataclass
class Tables:
    """Canonical tables as pyarrow Tables (columns as engine/facts/columns.py; sorted by household_id)."""
    households: pa.Table
    members: pa.Table
    decisions: pa.Table
    loans: pa.Table

    def as_dict(self) -> dict[str, pa.Table]:
        return {"households": self.households, "members": self.members, "decisions": self.decisions,
                "loans": self.loans}


def ids(prefix: str, numbers: np.ndarray, width: int, mask: np.ndarray | None = None) -> pa.Array:
    """Zero-padded identifiers (prefix + digits), sortable as text; built by Arrow kernels."""
    digits = pc.utf8_lpad(pc.cast(pa.array(np.asarray(numbers, dtype=np.int64), mask=mask), pa.string()), width, "0")
    return pc.binary_join_element_wise(prefix, digits, "") if prefix else digits


def _take(labels, codes: np.ndarray, valid: np.ndarray | None = None) -> pa.Array:
    arr = pa.DictionaryArray.from_arrays(pa.array(codes.astype(np.int32), mask=None if valid is None else ~valid),
                                         pa.array(list(labels)))
    return arr.cast(pa.string())


def _masked(values: np.ndarray, missing: np.ndarray, type_=None) -> pa.Array:
    return pa.array(values, mask=missing, type=type_)


def _dates(days_since_epoch: np.ndarray, missing=None) -> pa.Array:
    arr = pa.array(days_since_epoch.astype(np.int32), type=pa.int32(), mask=missing).cast(pa.date32())
    return arr.cast(pa.timestamp("ns"))


def _null(n: int, type_) -> pa.Array:
    return pa.nulls(n, type=type_)


def _full_years(birth_days: np.ndarray, day: dt.date) -> np.ndarray:
    """Age in whole years on ``day`` of people born ``birth_days`` after 1970-01-01."""
    b = birth_days.astype("datetime64[D]")
    y = b.astype("datetime64[Y]").astype(np.int64) + 1970
    mo = b.astype("datetime64[M]").astype(np.int64) % 12 + 1
    d = (b - b.astype("datetime64[M]")).astype(np.int64) + 1
    return day.year - y - ((day.month < mo) | ((day.month == mo) & (day.day < d)))


def _lines(book: rulebook.Rulebook, day: dt.date) -> dict[str, float]:
    """Upper income bound of poor + near-poor by area at ``day``, read from the rules in force."""
    per = period_for(book, day)
    out: dict[str, float] = {}
    for area in book.facts["area"]["values"]:
        best = 0.0
        for r in per.rules:
            if r.family != "poverty_classification" or r.outcome not in ("poor", "near_poor"):
                continue
            from engine.law.conditions import leaves

            for leaf in leaves(r.when):
                if leaf.fact == "income_pc_month" and leaf.op == "lte" and leaf.param:
                    pv = per.params.get(leaf.param.replace("{area}", area))
                    if pv is not None and pv.known:
                        best = max(best, float(pv.value))
        out[area] = best
    return out


def _ceilings(book: rulebook.Rulebook, day: dt.date) -> dict[str, float]:
    out = {}
    for prog, name in CEILINGS.items():
        pv = book.parameters[name].at(day)
        out[prog] = float(pv.value) if pv is not None and pv.known else None
    return out


def _communes(prov: np.ndarray, rng) -> pa.Array:
    """A commune in force of each household's province (official codes), drawn uniformly."""
    codes = [provinces.PROVINCES[i].all_communes for i in range(len(provinces.PROVINCES))]
    flat = [c for cs in codes for c in cs]
    counts = np.array([len(cs) for cs in codes])
    offsets = np.concatenate([[0], np.cumsum(counts)[:-1]])
    pick = offsets[prov] + (rng.random(len(prov)) * counts[prov]).astype(np.int64)
    return _take(flat, pick)


def generate(n: int, day: dt.date | str = dt.date(2025, 12, 14), seed: int = 20261121, start: int = 0,
             missing: float = 0.02, book: rulebook.Rulebook | None = None) -> Tables:
    """Households ``start`` … ``start + n - 1`` as canonical tables, at reference date ``day``.

    ``missing``: share of optional cells left empty (0 for complete records, as the peer benchmark
    needs: OpenFisca has no notion of an unknown value).
    """
    book = book or rulebook.default()
    day = dt.date.fromisoformat(day) if isinstance(day, str) else day
    rng = np.random.default_rng(np.random.SeedSequence([seed, start]))
    epoch_day = (day - dt.date(1970, 1, 1)).days
    hid_num = np.arange(start, start + n, dtype=np.int64)
    hid = ids("H", hid_num, 10)

    weights = np.array([p[3] for p in PROVINCES])
    prov = rng.choice(len(PROVINCES), size=n, p=weights / weights.sum())
    urban_share = np.array([p[4] for p in PROVINCES])[prov]
    urban = rng.random(n) < urban_share
    region_share = np.array([REGION_SHARE[p[2]] for p in PROVINCES])[prov]
    share = np.where(urban, region_share * URBAN_FACTOR, region_share)
    lines = _lines(book, day)
    line = np.where(urban, lines.get("urban", 0.0), lines.get("rural", 0.0))
    # lognormal income whose share at or below the near-poor bound is `share`
    from statistics import NormalDist

    z_share = np.array([NormalDist().inv_cdf(s) for s in np.unique(share)])
    zmap = dict(zip(np.unique(share), z_share))
    zq = np.vectorize(zmap.get)(share) if n else np.zeros(0)
    latent = rng.standard_normal(n)  # low = poorer
    income = np.round(line * np.exp(INCOME_SIGMA * (latent - zq)), -3)
    poorish = latent < zq  # income at or below the bound (up to rounding)

    size = rng.choice(8, size=n, p=SIZE_P) + 1
    m = int(size.sum())
    owner = np.repeat(np.arange(n), size)
    first = np.concatenate([[0], np.cumsum(size)[:-1]]) if n else np.zeros(0, np.int64)
    rank = np.arange(m) - np.repeat(first, size)
    is_head = rank == 0

    # members: ages by role, then everything that depends on age
    kind = rng.choice(4, size=m, p=[0.38, 0.25, 0.20, 0.17])  # child, spouse, young adult, elderly
    head_age = rng.integers(20, 86, size=n)
    age_days = np.select(
        [is_head, kind == 0, kind == 1, kind == 2],
        [head_age[owner] * 365 + rng.integers(0, 365, m), rng.integers(0, 18 * 365, m),
         np.clip(head_age[owner] * 365 + rng.integers(-5 * 365, 5 * 365, m), 18 * 365, 95 * 365),
         rng.integers(18 * 365, 36 * 365, m)],
        rng.integers(60 * 365, 95 * 365, m))
    birth = epoch_day - age_days
    age = _full_years(birth, day)  # exact, so that "concerned by an indicator" matches the engine's age
    relation_codes = np.where(kind == 0, 1, np.where(kind == 1, 0, np.where(kind == 2, 1, 2)))
    relation_codes = np.where(rng.random(m) < 0.1, rng.integers(0, len(RELATIONS), m), relation_codes)
    relation = _take(("head",) + RELATIONS, np.where(is_head, 0, relation_codes + 1))
    poor_m = poorish[owner]

    def gaps(k):
        return rng.random(k) < missing if missing else np.zeros(k, bool)

    edu_poor = EDUCATION_P * np.array([3, 2, 1.2, 0.7, 0.6, 0.5, 0.3, 0.2])
    edu = np.where(poor_m, rng.choice(8, size=m, p=edu_poor / edu_poor.sum()), rng.choice(8, size=m, p=EDUCATION_P))
    edu = np.where(age < 6, 0, np.where(age < 11, np.minimum(edu, 1), np.where(age < 15, np.minimum(edu, 2), edu)))
    in_training = (age >= 6) & (age < 23) & (rng.random(m) < 0.85)
    school = rng.choice(3, size=m, p=SCHOOL_P * [1, 1, 1])
    school = np.where(poor_m & (rng.random(m) < 0.15), 2, school)
    school_valid = (age >= 3) & (age < 18) & ~gaps(m)
    insured = rng.random(m) < np.where(poor_m, 0.97, 0.91)  # the poor get free insurance
    employment = rng.choice(5, size=m, p=EMPLOYMENT_P)
    employment = np.where(poor_m & (rng.random(m) < 0.2), 1, employment)
    employment = np.where((age < 15) | (age > 64), 4, employment)
    disability = rng.random(m) < 0.04
    allowance = (disability & (rng.random(m) < 0.6)) | ((age >= 80) & (rng.random(m) < 0.8))
    nutrition = rng.choice(3, size=m, p=NUTRITION_P)
    nutrition = np.where(poor_m & (rng.random(m) < 0.2), 1, nutrition)
    nutrition_valid = (age < 16) & ~gaps(m)
    cccd_num = rng.integers(10 ** 11, 10 ** 12, m)
    member_cols = {
        "household_id": hid.take(pa.array(owner)),
        "member_id": ids("H", hid_num[owner] * 10 + rank, 12),
        "full_name": _null(m, pa.string()),
        "birth_date": _dates(birth),
        "relation": relation,
        "cccd": ids("", cccd_num, 12, mask=age < 14),
        "education_level": _take(EDUCATION, edu, ~gaps(m)),
        "in_training": _masked(in_training, gaps(m)),
        "school_attendance": _take(SCHOOL, school, school_valid),
        "health_insurance": _masked(insured, gaps(m)),
        "employment": _take(EMPLOYMENT, employment, ~gaps(m)),
        "disability": _masked(disability, gaps(m)),
        "monthly_social_allowance": _masked(allowance, gaps(m)),
        "nutrition": _take(NUTRITION, nutrition, nutrition_valid),
    }

    # households
    living = np.round(size * np.exp(rng.normal(np.log(np.where(poorish, 11.0, 20.0)), 0.45)), 1)
    nd = lambda p: rng.random(n) < np.where(poorish, p * 3, p)  # noqa: E731
    durab = lambda x: _take(("durable", "non_durable"), x.astype(np.int8), ~gaps(n))  # noqa: E731
    water = rng.choice(len(WATER), size=n, p=WATER_P)
    water = np.where(poorish & (rng.random(n) < 0.2), 8, water)
    latrine = rng.choice(len(LATRINE), size=n, p=LATRINE_P)
    latrine = np.where(poorish & (rng.random(n) < 0.25), 4, latrine)
    assets = rng.choice(len(ASSETS), size=n, p=ASSETS_P)
    assets = np.where(poorish & (rng.random(n) < 0.2), 0, assets)
    declared_count = np.clip(rng.poisson(np.where(poorish, 2.6, 0.7)), 0, 13)
    hh_cols = {
        "household_id": hid,
        "province_code": _take([p[0] for p in PROVINCES], prov),
        "province_name": _take([p[1] for p in PROVINCES], prov),
        "district_code": _null(n, pa.string()),
        "district_name": _null(n, pa.string()),
        "commune_code": _communes(prov, rng),
        "commune_name": _null(n, pa.string()),
        "village_code": ids("T", rng.integers(1, 40, n), 2),
        "village_name": _null(n, pa.string()),
        "area": _take(("rural", "urban"), urban.astype(np.int8)),
        "income_pc_month": _masked(income.astype(np.int64), gaps(n)),
        "living_area_m2": _masked(living, gaps(n)),
        "wall": durab(nd(0.05)), "column": durab(nd(0.04)), "roof": durab(nd(0.06)),
        "water_source": _take(WATER, water, ~gaps(n)),
        "latrine": _take(LATRINE, latrine, ~gaps(n)),
        "internet_use": _masked(rng.random(n) < np.where(poorish, 0.6, 0.85), gaps(n)),
        "information_assets": _take(ASSETS, assets, ~gaps(n)),
        "loudspeaker_reach": _masked(rng.random(n) < 0.7, gaps(n)),
        "recognised_status": _null(n, pa.string()),
        "status_decision_date": _null(n, pa.timestamp("ns")),
        "declared_deprivation_count": _masked(declared_count.astype(np.int64), gaps(n)),
    }
    # declared indicators: filled on a few records (some disagree with member data); waste always
    # declared where present, since no derivation rule is known for it
    for i in INDICATORS:
        if i == "household_waste":
            hh_cols[f"declared_{i}"] = _masked(rng.random(n) < np.where(poorish, 0.3, 0.05), gaps(n))
        else:
            filled = rng.random(n) < 0.01
            hh_cols[f"declared_{i}"] = _masked(rng.random(n) < 0.1, ~filled)

    # commune decisions: listed households (mostly the poorish, with errors both ways), escaped ones
    u = rng.random(n)
    listed = (poorish & (u < 0.93)) | (~poorish & (u < 0.004))
    deep = declared_count >= 3
    escaped = ~listed & (latent - zq < 0.6) & (rng.random(n) < 0.25)
    status_now = np.where(listed, np.where(deep, 0, 1), np.where(escaped, np.where(rng.random(n) < 0.6, 2, 3), -1))
    months_ago = rng.integers(0, 60, n)
    dec_owner, dec_status, dec_days = [], [], []
    has = status_now >= 0
    dec_owner.append(np.flatnonzero(has))
    dec_status.append(status_now[has])
    dec_days.append(epoch_day - months_ago[has] * 30 - rng.integers(0, 30, int(has.sum())))
    earlier = has & (rng.random(n) < 0.5)  # an earlier decision (poor before escaping, …)
    dec_owner.append(np.flatnonzero(earlier))
    dec_status.append(np.where(status_now[earlier] >= 2, 0, rng.integers(0, 2, int(earlier.sum()))))
    dec_days.append(epoch_day - (months_ago[earlier] + rng.integers(12, 48, int(earlier.sum()))) * 30)
    twin = has & (rng.random(n) < 0.002)  # two different decisions on one day
    dec_owner.append(np.flatnonzero(twin))
    dec_status.append((status_now[twin] + 1) % 4)
    dec_days.append(dec_days[0][np.searchsorted(dec_owner[0], np.flatnonzero(twin))])
    d_owner = np.concatenate(dec_owner)
    d_order = np.lexsort((np.concatenate(dec_days), d_owner))
    d_owner = d_owner[d_order]
    d_status = np.concatenate(dec_status)[d_order]
    d_days = np.concatenate(dec_days)[d_order]
    dec_cols = {
        "household_id": hid.take(pa.array(d_owner)),
        "status": _take(("poor", "near_poor", "escaped_poor", "escaped_near_poor", "none"), d_status),
        "decision_date": _dates(d_days),
        "decision_number": ids("QD", np.arange(len(d_owner)) % 100000, 5),
    }

    # loans: borrowers mostly the listed and escaped; amounts below the ceiling in force, a few above
    p_loan = np.select([(status_now >= 0) & (status_now <= 1), status_now >= 2], [0.7, 0.5], 0.22)
    n_loans = np.where(rng.random(n) < p_loan, rng.choice(3, size=n, p=[0.75, 0.2, 0.05]) + 1, 0)
    k = int(n_loans.sum())
    l_owner = np.repeat(np.arange(n), n_loans)
    l_rank = np.arange(k) - np.repeat(np.concatenate([[0], np.cumsum(n_loans)[:-1]]) if n else np.zeros(0, np.int64), n_loans)
    programs = ("poor_households", "near_poor_households", "newly_escaped_households", "rural_water_supply",
                "rural_sanitation") + OTHER_PROGRAMS
    st = status_now[l_owner]
    own_program = np.select([st == 0, st == 1, st >= 2], [0, 1, 2], -1)
    other = rng.choice(6, size=k, p=[0.35, 0.25, 0.15, 0.15, 0.05, 0.05]) + 3
    program = np.where((own_program >= 0) & (l_rank == 0) & (rng.random(k) < 0.97), own_program, other)
    ceilings = _ceilings(book, day)
    # programs without a ceiling in rules/: amounts of the same order (not a legal number)
    ceiling = np.array([ceilings.get(p) or 100_000_000.0 for p in programs])[program]  # not-law: generated amounts
    amount = np.round(ceiling * rng.uniform(0.2, 1.0, k), -6)
    amount = np.where(rng.random(k) < 0.01, ceiling + 10_000_000, amount)  # not-law: a generated overshoot
    outstanding = np.round(amount * rng.uniform(0.05, 1.0, k), -3)
    disb_days = epoch_day - rng.integers(0, 5 * 365, k)
    overdue = np.where(rng.random(k) < 0.006, np.round(outstanding * rng.uniform(0.1, 1.0, k), -3), 0)
    head_row = first[l_owner]
    loan_cols = {
        "loan_id": ids("KU", np.arange(k) + start * 2, 11),
        "household_id": hid.take(pa.array(l_owner)),
        "borrower_name": _null(k, pa.string()),
        "borrower_cccd": member_cols["cccd"].take(pa.array(head_row, type=pa.int64())),
        "borrower_birth_date": _dates(birth[head_row]),
        "program": _take(programs, program),
        "purpose": _null(k, pa.string()),
        "amount_disbursed": pa.array(amount.astype(np.int64)),
        "outstanding": pa.array(outstanding.astype(np.int64)),
        "disbursement_date": _dates(disb_days),
        "overdue_amount": pa.array(overdue.astype(np.int64)),
        "savings_group": ids("TO", hid_num[l_owner] // 40 % 100000, 5),
        "group_leader": _null(k, pa.string()),
        "entrusted_org": _take(ENTRUSTED, rng.choice(4, size=k, p=ENTRUSTED_P)),
        "use_check_date": _dates(disb_days + rng.integers(0, 45, k), rng.random(k) < 0.1),
    }
    return Tables(*(_table(cols, spec) for cols, spec in ((hh_cols, HOUSEHOLDS), (member_cols, MEMBERS),
                                                           (dec_cols, DECISIONS), (loan_cols, LOANS))))


ARROW_TYPES = {"str": pa.string(), "enum": pa.string(), "list": pa.string(), "int": pa.int64(),
               "float": pa.float64(), "bool": pa.bool_(), "date": pa.timestamp("ns")}


def schema(columns) -> pa.Schema:
    return pa.schema([pa.field(c.name, ARROW_TYPES[c.type]) for c in columns])


def _table(cols: dict, spec) -> pa.Table:
    arrays = [cols[c.name].cast(ARROW_TYPES[c.type]) for c in spec]
    return pa.Table.from_arrays(arrays, schema=schema(spec))
