"""Deterministic, realistic sample households for Đúng Đối Tượng (data/sample/): named people, villages,
CCCD numbers, old and new places, and a planted edge case for every threshold.

    .venv/bin/python data/make_sample.py                  # rewrites data/sample/*
    .venv/bin/python data/make_sample.py --out /tmp/s     # same files under another folder
    .venv/bin/python data/make_sample.py --count 5000 --seed 7 --no-edges --out /tmp/big
                                                          # any number of seeded households

Randomness: stdlib ``random`` only, one ``random.Random`` per household seeded from a string
(``"<seed>:regular:<i>"``, ``"<seed>:edge:<id>"``), so a household never depends on how many
others are generated, and nothing depends on PYTHONHASHSEED. No network.

Legal numbers (income lines, age and area thresholds, the deprivation threshold) are never
written here: they are read from rules/ through engine.law.rulebook, so the sample follows the
rules it is meant to exercise. The other figures below (regional poverty rates, household
sizes, shares) are realism knobs, not law; their sources are in ../shared/DATA-FACTS.md and
data/README.md.

Every household written is validated with engine.facts.validation.parse_household.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

from engine.law import rulebook
from engine.facts.model import age_on
from engine.facts.validation import parse_household
from engine.generation.provinces import BY_CODE, PROVINCES, Province  # one province table for every generator

REF = dt.date(2025, 12, 14)  # reference date the sample is built around (make run --date)
SEED = 20251214
N_REGULAR = 160
SAMPLE_DIR = ROOT / "data" / "sample"

# ---------------------------------------------------------------------------------------------
# Law, read from rules/ (never written here)
# ---------------------------------------------------------------------------------------------


class Law:
    def __init__(self, book: rulebook.Rulebook):
        self.book = book

    def param(self, name: str):
        return self.book.parameters[name]

    def at(self, name: str, day: dt.date = REF):
        pv = self.book.parameters[name].at(day)
        return None if pv is None else pv.value

    def ind(self, short: str):
        return self.at("poverty.indicators." + short)


# ---------------------------------------------------------------------------------------------
# Realism knobs (not law). Poor + near-poor share by region: ../shared/DATA-FACTS.md (MoLISA
# review results 2024, QĐ 217/QĐ-BLĐTBXH; Red River Delta 2023). The Southeast has no published
# figure there: the Red River Delta figure is used as an upper bound.
# ---------------------------------------------------------------------------------------------

REGIONS = {
    # key: (Vietnamese label, poor+near-poor share, share of the sample)
    "nmm": ("Trung du và miền núi phía Bắc", 0.1498, 0.34),
    "ch": ("Tây Nguyên", 0.0945, 0.14),
    "ncc": ("Bắc Trung Bộ và Duyên hải miền Trung", 0.0624, 0.20),
    "mkd": ("Đồng bằng sông Cửu Long", 0.0314, 0.11),
    "rrd": ("Đồng bằng sông Hồng", 0.0187, 0.13),
    "se": ("Đông Nam Bộ", 0.0187, 0.08),
}
AVERAGE_SHARE = {"rural": 0.22, "urban": 0.14}  # of households above the line (assumption)
OLD_RECORD_SHARE = 0.08  # records taken before 01/07/2025, still carrying a district
MISSING_SHARE = 0.06  # regular households with one gap in their data


# Records taken before 01/07/2025: old province, district, commune (codes plausible, not official).
# (old code, old name, district code, district name, commune code, commune name, region, groups, village style)
OLD_PLACES = (
    ("02", "Hà Giang", "026", "huyện Đồng Văn", "00715", "xã Lũng Cú", "nmm", (("hmong", 0.9),), "thon_hmong"),
    ("02", "Hà Giang", "027", "huyện Mèo Vạc", "00748", "xã Pả Vi", "nmm", (("hmong", 0.85),), "thon_hmong"),
    ("15", "Yên Bái", "137", "huyện Mù Cang Chải", "04393", "xã Chế Tạo", "nmm", (("hmong", 0.95),), "ban"),
    ("06", "Bắc Kạn", "060", "huyện Pác Nặm", "01855", "xã Bằng Thành", "nmm", (("tay_nung", 0.5), ("dao", 0.4)), "thon_north_mtn"),
    ("17", "Hòa Bình", "150", "huyện Đà Bắc", "04813", "xã Tiền Phong", "nmm", (("muong", 0.6), ("dao", 0.25)), "thon_north_mtn"),
    ("62", "Kon Tum", "616", "huyện Tu Mơ Rông", "23404", "xã Đăk Hà", "ch", (("sedang", 0.9),), "lang"),
    ("67", "Đắk Nông", "667", "huyện Tuy Đức", "24640", "xã Quảng Trực", "ch", (("ede", 0.5),), "buon"),
    ("44", "Quảng Bình", "452", "huyện Minh Hóa", "19003", "xã Dân Hóa", "ncc", (("bru", 0.8),), "thon_central"),
    ("45", "Quảng Trị", "464", "huyện Hướng Hóa", "19537", "xã Hướng Phùng", "ncc", (("bru", 0.6),), "thon_central"),
    ("94", "Sóc Trăng", "950", "huyện Trần Đề", "31783", "xã Lịch Hội Thượng", "mkd", (("khmer", 0.6),), "ap"),
    ("84", "Trà Vinh", "849", "huyện Trà Cú", "29584", "xã Ngãi Xuyên", "mkd", (("khmer", 0.7),), "ap"),
    ("35", "Hà Nam", "352", "huyện Lý Nhân", "13537", "xã Nhân Chính", "rrd", (), "thon_delta"),
)

VILLAGES = {
    "thon_hmong": ("thôn", ("Séo Phìn", "Lũng Cú", "Tả Van", "Sà Phìn", "Lao Chải", "Ma Lù Thàng", "Sủng Là", "Lùng Tám", "Pả Vi Thượng", "Cán Chu Phìn")),
    "ban": ("bản", ("Nà Khoang", "Huổi Lèng", "Nậm Cang", "Pá Khoang", "Phiêng Ban", "Co Muông", "Huổi Só", "Nà Sang", "Pá Vạt", "Nậm Nhừ", "Háng Tơ Mang", "Hua Pê")),
    "thon_north_mtn": ("thôn", ("Khau Phạ", "Nà Pồng", "Bản Chang", "Nà Mòn", "Pác Ngòi", "Khuổi Khon", "Lũng Phầy", "Nà Đông", "Cốc Lùng")),
    "thon_delta": ("thôn", ("Đông", "Đoài", "Thượng", "Hạ", "An Lạc", "Phú Mỹ", "Yên Thái", "Trung", "Bình Minh", "Tân Lập")),
    "thon_central": ("thôn", ("Phú Lộc", "Tân Hòa", "Hòa Bình", "Trung Sơn", "Đông Xuân", "Vĩnh An", "Thạch Bàn", "Mỹ Thạnh", "Khe Sanh", "Tà Rụt")),
    "buon": ("buôn", ("Ea Kao", "Ko Tam", "Kô Siêr", "Ea Tu", "Ea Bông", "Cuôr Đăng", "Tơng Jú", "Drai", "Trấp", "Jun")),
    "lang": ("làng", ("Plei Ring", "Plei Kép", "Đê Kôp", "Plei Ơi", "Kon Hra Chót", "Ia Tung", "Kon Tu Ma", "Đăk Rơ Ga")),
    "thon_lamdong": ("thôn", ("Đạ Nghịt", "Liêng Bông", "Bon Đơng", "Đa Mpao", "K'Long", "Păng Tiêng", "Ka Đơn", "Bon Jang Plây")),
    "ap": ("ấp", ("Phú Hòa", "Tân Lợi", "Bưng Cốc", "Trà Quýt", "Sóc Xoài", "Mỹ Phước", "Bình Thạnh", "Thạnh Lợi", "Giồng Chùa", "Kinh Xáng")),
}
URBAN_VILLAGE = {"se": "khu phố", "mkd": "khóm"}  # elsewhere "tổ dân phố"


@dataclass
class Place:
    province: Province | None
    region: str
    area: str
    groups: tuple
    residence: dict
    old: bool = False


def pick_place(rng: random.Random, region: str | None = None, area: str | None = None, province: str | None = None,
               old: bool | None = None) -> Place:
    if old is None:
        old = rng.random() < OLD_RECORD_SHARE and area != "urban" and province is None and region is None
    if old:
        pcode, pname, dcode, dname, ccode, cname, reg, groups, style = rng.choice(OLD_PLACES)
        word, names = VILLAGES[style]
        k = rng.randrange(len(names))
        return Place(None, reg, "rural", groups, {
            "province_code": pcode, "province_name": pname, "district_code": dcode, "district_name": dname,
            "commune_code": ccode, "commune_name": cname, "village_code": f"{ccode}-{k + 1:02d}",
            "village_name": f"{word} {names[k]}", "area": "rural"}, old=True)
    if province is not None:
        prov = BY_CODE[province]
    else:
        if region is None:
            keys = list(REGIONS)
            region = rng.choices(keys, weights=[REGIONS[k][2] for k in keys])[0]
        cands = [p for p in PROVINCES if p.region == region]
        prov = rng.choices(cands, weights=[p.weight for p in cands])[0]
    if area is None:
        area = "urban" if rng.random() < prov.urban else "rural"
    if area == "urban":
        ccode, cname = rng.choice(prov.wards)
        word = URBAN_VILLAGE.get(prov.region, "tổ dân phố")
        n = rng.randint(1, 25 if word == "tổ dân phố" else 12)
        vname = f"{word} {n}" if word != "tổ dân phố" else f"tổ dân phố số {n}"
        groups = tuple((g, s * 0.4) for g, s in prov.groups)  # fewer minority households in wards
    else:
        ccode, cname = rng.choice(prov.rural)
        word, names = VILLAGES[prov.village]
        n = rng.randrange(len(names)) + 1
        vname = f"{word} {names[n - 1]}"
        groups = prov.groups
    return Place(prov, prov.region, area, groups, {
        "province_code": prov.code, "province_name": prov.name, "commune_code": ccode, "commune_name": cname,
        "village_code": f"{ccode}-{n:02d}", "village_name": vname, "area": area})


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

KINH_SURNAMES = (("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 1.5), ("Phan", 4.5),
                 ("Vũ", 2.5), ("Võ", 2), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3),
                 ("Dương", 1), ("Lý", 0.5), ("Đinh", 1), ("Trương", 1), ("Mai", 0.5), ("Lương", 0.5))
KINH_MIDDLE = {True: (("Văn", 50), ("Đức", 10), ("Ngọc", 6), ("Minh", 10), ("Quốc", 6), ("Hữu", 8), ("Công", 5), ("Xuân", 5), ("Thanh", 5), ("Gia", 3)),
               False: (("Thị", 55), ("Ngọc", 10), ("Thu", 6), ("Thanh", 8), ("Kim", 5), ("Hồng", 6), ("Minh", 4), ("Bảo", 3), ("Khánh", 3))}
KINH_GIVEN = {True: ("Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Long", "Thắng", "Hải", "Sơn", "Quang", "Phúc", "Bình", "Cường",
                     "Đức", "Hiếu", "Khoa", "Trung", "Tùng", "Hoàng", "An", "Huy", "Lâm", "Tài", "Lợi", "Toàn", "Khang", "Bảo", "Phong"),
              False: ("Lan", "Hương", "Hoa", "Mai", "Thảo", "Hằng", "Nga", "Linh", "Trang", "Thủy", "Yến", "Nhung", "Oanh", "Hà",
                      "Ngọc", "Vân", "Phương", "Thu", "Hạnh", "Loan", "Dung", "Huyền", "Anh", "Vy", "Tâm", "Nhi", "Hiền")}

GROUPS = {
    # group: (surnames, male middles, female middles, male given, female given)
    "hmong": (("Giàng", "Sùng", "Vàng", "Thào", "Lý", "Mùa", "Hờ", "Lầu", "Cứ", "Vừ"), ("A", "Seo", "Văn", "A"), ("Thị",),
              ("Páo", "Chứ", "Sình", "Dình", "Chư", "Pó", "Lử", "Sử", "Tủa", "Phừ", "Mang", "Dế", "Lềnh", "Chinh"),
              ("Mỷ", "Say", "Chơ", "Dợ", "Máy", "Súa", "Pằng", "Mai", "Dua", "Sông", "Chía", "Ly")),
    "thai": (("Lò", "Lường", "Cầm", "Quàng", "Tòng", "Hà", "Vì", "Lù", "Điêu", "Lừ"), ("Văn",), ("Thị",),
             ("Piêng", "Hặc", "Chăn", "Xuân", "Ún", "Pánh", "Khăm", "Nhất", "Tiến", "Ngọc", "Bun", "Sương"),
             ("Ơn", "Xiêng", "Pấng", "Ín", "Phương", "Hoa", "Lả", "Ươi", "Thoa", "Ngân", "Mai", "Xuân")),
    "dao": (("Triệu", "Bàn", "Lý", "Đặng", "Phùng", "Chảo"), ("Văn", "Tòn", "Kim"), ("Thị", "Mùi"),
            ("Lìn", "Sơn", "Quẩy", "Phin", "Sinh", "Chàn", "Nhất", "Tài"), ("Mẩy", "Chòi", "Nhất", "Xiêm", "Lai", "Chài", "Vảy")),
    "tay_nung": (("Hoàng", "Nông", "Ma", "Lương", "Lục", "Vi", "Hà", "Mông", "Đàm", "Lộc", "Triệu"), ("Văn", "Văn", "Đức"), ("Thị",),
                 ("Khánh", "Thắng", "Thiết", "Dìn", "Pấu", "Hưng", "Quân", "Slinh", "Tuấn", "Dũng"),
                 ("Quyên", "Đào", "Lụa", "Pình", "Nhàn", "Mai", "Thơm", "Hiền", "Slao")),
    "muong": (("Bùi", "Đinh", "Quách", "Hà", "Xa", "Cao"), ("Văn",), ("Thị",),
              ("Thành", "Khiêm", "Lực", "Thăng", "Lượng", "Toàn", "Chiến", "Hiệp"), ("Nguyệt", "Lanh", "Thắm", "Hiền", "Tươi", "Xuân")),
    "bru": (("Hồ", "Hồ", "Lê", "Hồ"), ("Văn",), ("Thị",),
            ("Phiêng", "Cu", "Tôm", "Prung", "Pai", "Liêm", "Khiêu", "A Rưa"), ("Ly", "Phia", "Pả", "Mây", "Sa", "Dơ")),
    "hre": (("Đinh", "Phạm", "Đinh", "Hồ"), ("Văn",), ("Thị",),
            ("Rin", "Lít", "Bé", "Tăng", "Nhứt", "Gơn", "Ngãi", "Đông"), ("Nghí", "Nhiên", "Bia", "Xí", "Lúa", "Mây")),
}


def kinh_name(rng, male: bool, surname: str, birth_year: int) -> str:
    middles = KINH_MIDDLE[male]
    if birth_year >= 1995:  # Văn/Thị are less common in younger generations
        middles = tuple((m, w * (0.35 if m in ("Văn", "Thị") else 1.0)) for m, w in middles)
    middle = rng.choices([m for m, _ in middles], weights=[w for _, w in middles])[0]
    return f"{surname} {middle} {rng.choice(KINH_GIVEN[male])}"


def surname_for(rng, group: str | None) -> str:
    if group is None:
        return rng.choices([s for s, _ in KINH_SURNAMES], weights=[w for _, w in KINH_SURNAMES])[0]
    if group in GROUPS:
        return rng.choice(GROUPS[group][0])
    if group == "ede":
        return rng.choice(("Niê", "Mlô", "Êban", "Byă", "Ktla", "Ayŭn", "Adrơng", "Kđoh", "Hwing", "Buôn Yă"))
    if group == "jrai":
        return rng.choice(("Rơ Mah", "Ksor", "Siu", "Rơ Lan", "Kpă", "Rah Lan", "Nay", "Puih"))
    if group == "khmer":
        return rng.choice(("Thạch", "Sơn", "Danh", "Lâm", "Kim", "Châu", "Thạch", "Sơn"))
    return ""  # koho, sedang: no inherited family name


def full_name(rng, group: str | None, male: bool, surname: str, birth_year: int) -> str:
    if group is None:
        return kinh_name(rng, male, surname, birth_year)
    if group in GROUPS:
        _, mm, fm, mg, fg = GROUPS[group]
        return f"{surname} {rng.choice(mm if male else fm)} {rng.choice(mg if male else fg)}"
    if group == "ede":
        given = rng.choice(("Bhin", "Thuột", "Khoa", "Jôn", "Đhăm", "Sao", "Ju", "Bliêng", "Kim", "Nguyên") if male else
                           ("Nhung", "Luyên", "Djuê", "Hen", "Lan", "Ngơn", "Bia", "Yim", "Wen", "Xuân"))
        return f"Y {given} {surname}" if male else f"H'{given} {surname}"
    if group == "jrai":
        given = rng.choice(("Thoang", "Blơr", "Kim", "Hyang", "Hlip", "Đin", "Pho", "Lương") if male else
                           ("Luih", "Bia", "Yơn", "Hnao", "Plin", "Dơng", "Hiên", "Nga"))
        return f"{surname} {given}" if male else f"{surname} H'{given}"
    if group == "khmer":
        given = rng.choice(("Sô Phal", "Sà Rinh", "Sóc", "Chanh", "Rê", "Sa Vết", "Phol", "Kha", "Sương", "Thươl") if male else
                           ("Sa Ly", "Chanh Đa", "Sóc Kha", "Sa Rươl", "Thanh", "Ni", "Sà Phol", "Mai", "Sa Phia"))
        return f"{surname} {given}" if male else f"{surname} Thị {given}"
    if group == "koho":
        given = rng.choice(("Brơi", "Tiếp", "Bril", "Sa", "Then", "Dũng", "Ha Ni", "Điệp") if male else
                           ("Hòa", "Thuyền", "Liễu", "Nhoi", "Sen", "Bình", "Dim", "Tuyết"))
        return f"K' {given}" if male else f"Ka {given}"
    if group == "sedang":
        given = rng.choice(("Thiên", "Sang", "Blin", "Hùng", "Ngọc", "Phúc", "Rơ", "Khâm") if male else
                           ("Bình", "Ơi", "Nga", "Hiền", "Sương", "Dung", "Linh", "Hoa"))
        return f"A {given}" if male else f"Y {given}"
    raise ValueError(group)


MATRILINEAL = {"ede", "jrai"}  # children take their mother's family name

# ---------------------------------------------------------------------------------------------
# Members
# ---------------------------------------------------------------------------------------------


@dataclass
class Person:
    relation: str
    birth: dt.date
    male: bool
    group: str | None = None
    surname: str = ""
    f: dict = field(default_factory=dict)  # member fields other than identity; None = leave out

    @property
    def age(self) -> int:
        return age_on(self.birth, REF)


def birth_for_age(rng, years: float) -> dt.date:
    """A birth date giving roughly ``years`` of age on REF, never on or after REF."""
    days = max(1, int(years * 365.2425) + rng.randint(0, 364))
    return REF - dt.timedelta(days=days)


def exact_birth(age: int, day: dt.date = REF, minus_days: int = 0) -> dt.date:
    """Birth date such that the person turns ``age`` exactly on ``day`` (shifted back by ``minus_days``)."""
    try:
        b = day.replace(year=day.year - age)
    except ValueError:  # 29 February
        b = day.replace(year=day.year - age, day=28)
    return b - dt.timedelta(days=minus_days)


def compose(rng, mountain_minority: bool) -> list[tuple[str, float, bool]]:
    """Household composition: (relation, age in years, male). 1–8 members."""
    if mountain_minority:
        kinds = (("nuclear", 45), ("three_gen_old", 20), ("three_gen_young", 15), ("elderly_couple", 6), ("single_elderly", 4),
                 ("young_couple", 4), ("single_parent", 6))
        kid_w = (20, 30, 30, 20)
    else:
        kinds = (("nuclear", 36), ("three_gen_old", 9), ("three_gen_young", 8), ("elderly_couple", 13), ("single_elderly", 11),
                 ("young_couple", 9), ("single_adult", 8), ("single_parent", 6))
        kid_w = (38, 45, 13, 4)
    kind = rng.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
    out: list[tuple[str, float, bool]] = []

    def kids(mother_age: float, n: int, relation: str = "child"):
        # mothers aged 18 to 44 at each birth; children living at home up to 24
        low, top = max(0.1, mother_age - 44), min(mother_age - 18, 24)
        for _ in range(n if top > low else 0):
            out.append((relation, rng.uniform(low, top), rng.random() < 0.52))

    nk = rng.choices((1, 2, 3, 4), weights=kid_w)[0]
    if kind == "nuclear":
        h = rng.uniform(23, 58)
        male = rng.random() < 0.88
        out.append(("head", h, male))
        s = max(19, h + (-3 if male else 3) + rng.gauss(0, 2))
        out.append(("spouse", s, not male))
        kids(s if male else h, nk)
    elif kind == "three_gen_old":
        h = rng.uniform(50, 76)
        male = rng.random() < 0.8
        out.append(("head", h, male))
        if rng.random() < 0.75:
            out.append(("spouse", max(45, h - 3 + rng.gauss(0, 2)), not male))
        c = rng.uniform(22, min(h - 20, 42))
        out.append(("child", c, True))
        out.append(("child_in_law", max(19, c - 2 + rng.gauss(0, 2)), False))
        kids(c - 2, rng.choices((1, 2, 3), weights=(40, 45, 15))[0], "grandchild")
        if rng.random() < 0.3:
            out.append(("child", rng.uniform(15, max(15.5, c - 2)), rng.random() < 0.5))
    elif kind == "three_gen_young":
        h = rng.uniform(27, 50)
        out.append(("head", h, True))
        s = max(19, h - 3 + rng.gauss(0, 2))
        out.append(("spouse", s, False))
        kids(s, nk)
        pa = min(92, h + rng.uniform(22, 34))
        out.append(("parent", pa, rng.random() < 0.4))
        if rng.random() < 0.35:
            out.append(("parent", min(92, pa + rng.uniform(-3, 4)), not out[-1][2]))
    elif kind == "elderly_couple":
        h = rng.uniform(60, 86)
        out.append(("head", h, True))
        out.append(("spouse", max(55, h - 3 + rng.gauss(0, 2)), False))
    elif kind == "single_elderly":
        out.append(("head", rng.uniform(64, 93), rng.random() < 0.3))
    elif kind == "young_couple":
        h = rng.uniform(20, 32)
        out.append(("head", h, True))
        out.append(("spouse", max(18.5, h - 2 + rng.gauss(0, 1.5)), False))
    elif kind == "single_adult":
        out.append(("head", rng.uniform(22, 60), rng.random() < 0.6))
    else:  # single_parent
        h = rng.uniform(24, 50)
        male = rng.random() < 0.2
        out.append(("head", h, male))
        kids(h, min(nk, 3))
    return out[:8]


class Indicators:
    """Indicator thresholds at REF, read from rules/ (poverty.indicators.*)."""

    def __init__(self, law: Law):
        self.child_dep = law.ind("dependant_child_age_below")
        self.dep_share = law.ind("dependant_share_max")
        self.nut_below = law.ind("nutrition_child_age_below")
        self.ins_min = law.ind("insurance_min_age")
        self.ad_min = law.ind("adult_education_min_age")
        self.ad_upper = law.ind("adult_education_upper_age")
        self.ad_max = law.ind("adult_education_max_age")
        self.school_min = law.ind("school_child_min_age")
        self.school_below = law.ind("school_child_age_below")
        self.parts_min = law.ind("housing_non_durable_parts_min")
        self.area_min = law.ind("living_area_per_person_min")


LOWER = ("lower_secondary",)
UPPER_OR_MORE = ("upper_secondary", "vocational_elementary", "vocational_intermediate", "college", "university")


def default_member(rng, p: Person, th: Indicators, well_off: bool, rural: bool) -> None:
    """Fill member fields so that the member deprives the household of nothing."""
    a = p.age
    f = p.f
    if a >= 6:
        if a <= 10:
            f["education_level"] = "none"
        elif a <= 14:
            f["education_level"] = "primary"
        elif a < th.ad_upper:
            f["education_level"] = "lower_secondary"
        elif a <= th.ad_max:
            f["education_level"] = rng.choices(UPPER_OR_MORE, weights=(50, 10, 12, 12, 16 if well_off else 6))[0]
        elif a < 60:
            levels = ("primary", "lower_secondary", "upper_secondary", "vocational_intermediate", "college", "university")
            f["education_level"] = rng.choices(levels, weights=(10, 35, 30, 8, 6, 11) if well_off else (30, 40, 20, 5, 3, 2))[0]
        else:
            f["education_level"] = rng.choices(("none", "primary", "lower_secondary", "upper_secondary"), weights=(20, 40, 30, 10))[0]
    studying = False
    if 6 <= a < th.ad_upper:
        studying = True
    elif th.ad_upper <= a <= 22 and rng.random() < (0.5 if well_off else 0.25):
        studying = True
    if a >= 6:
        f["in_training"] = studying
    if th.school_min <= a < th.school_below:
        f["school_attendance"] = "appropriate"
    f["health_insurance"] = True
    if a < 15 or studying:
        f["employment"] = "not_in_labour_force"
    elif a <= 60:
        if rural:
            f["employment"] = rng.choices(("self_employed", "wage_with_contract", "not_in_labour_force"), weights=(75, 15, 10))[0]
        else:
            f["employment"] = rng.choices(("self_employed", "wage_with_contract", "not_in_labour_force"), weights=(35, 55, 10))[0]
    else:
        f["employment"] = rng.choices(("not_in_labour_force", "self_employed"), weights=(60, 40))[0]
    disabled = rng.random() < (0.10 if a >= 60 else 0.03)
    f["disability"] = disabled
    # Realism only (who tends to receive a monthly social allowance), not a rule of this rulebook.
    allowance = (disabled and rng.random() < 0.6) or (a >= 80 and rng.random() < 0.6) or (75 <= a < 80 and rng.random() < 0.2)
    f["monthly_social_allowance"] = allowance
    if disabled and a >= 15 and not studying:
        f["employment"] = "not_in_labour_force"
    if a < th.nut_below:
        f["nutrition"] = "normal"


def cccd(rng, p: Person, province_code: str, used: set) -> str:
    """A well-formed but fake 12-digit CCCD: 3-digit province of birth, century/sex digit, year, 6 digits."""
    century = (0 if p.birth.year < 2000 else 2) + (0 if p.male else 1)
    prov = province_code.zfill(3)[-3:]
    while True:
        s = f"{prov}{century}{p.birth.year % 100:02d}{rng.randrange(10**6):06d}"
        if s not in used:
            used.add(s)
            return s


# ---------------------------------------------------------------------------------------------
# Households
# ---------------------------------------------------------------------------------------------

DURABLE = {"wall": ("gạch", "bê tông", "đá ong", "gạch block"), "column": ("bê tông cốt thép", "gỗ tốt", "sắt thép", "gạch"),
           "roof": ("ngói", "bê tông cốt thép", "tôn", "fibro xi măng")}
NON_DURABLE = {"wall": ("đất", "tre nứa", "gỗ tạp", "ván ghép", "lá"), "column": ("tre", "gỗ tạp", "tre nứa"),
               "roof": ("lá cọ", "tranh tre", "giấy dầu", "tôn cũ thủng")}
SAFE_WATER = {"nmm": ("protected_spring", "drilled_well", "piped", "protected_well"), "ch": ("drilled_well", "protected_well", "piped"),
              "mkd": ("piped", "rainwater", "drilled_well"), "default": ("piped", "drilled_well", "protected_well", "bottled")}
UNSAFE_WATER = {"nmm": ("unprotected_spring", "surface_water", "unprotected_well"), "ch": ("unprotected_well", "surface_water"),
                "mkd": ("surface_water", "unprotected_well"), "default": ("unprotected_well", "surface_water", "other")}

INDICATOR_WEIGHTS = {  # how often each deprivation is chosen for a deprived household (realism)
    "housing_quality": 55, "latrine": 60, "water": 40, "adult_education": 35, "internet": 35, "information_assets": 15,
    "employment": 30, "living_area": 22, "health_insurance": 10, "nutrition": 20, "school_attendance": 15,
}


@dataclass
class Plan:
    """What a household should look like; ``build`` turns it into JSON-ready data."""
    hid: str
    place: Place
    people: list[Person]
    deprived: set
    income: int | None
    history: list = field(default_factory=list)
    declared: dict | None = None
    declared_count: int | None = None
    well_off: bool = False
    omit: tuple = ()  # household-level fields to leave out (unknown)
    calm: bool = False  # planted cases: no random disability or allowance that could move the dependants indicator


def natural_dependants(people: list[Person], th: Indicators) -> bool:
    deps = sum(1 for p in people if p.age < th.child_dep or p.f.get("monthly_social_allowance") is True)
    return deps / len(people) > th.dep_share


def feasible(ind: str, people: list[Person], th: Indicators) -> bool:
    ages = [p.age for p in people]
    if ind == "employment":
        return any(18 <= a <= 60 for a in ages)
    if ind == "nutrition":
        return any(a < th.nut_below for a in ages)
    if ind == "health_insurance":
        return any(a >= th.ins_min for a in ages)
    if ind == "adult_education":
        return any(th.ad_min <= a <= th.ad_max for a in ages)
    if ind == "school_attendance":
        return any(th.school_min <= a < th.school_below for a in ages)
    return True


def choose_deprivations(rng, k: int, people: list[Person], th: Indicators, exclude=()) -> set:
    pool = [i for i in INDICATOR_WEIGHTS if i not in exclude and feasible(i, people, th)]
    chosen: set = set()
    while pool and len(chosen) < k:
        i = rng.choices(pool, weights=[INDICATOR_WEIGHTS[x] for x in pool])[0]
        chosen.add(i)
        pool.remove(i)
    return chosen


def apply_deprivations(rng, plan: Plan, th: Indicators) -> dict:
    """Member edits for member-level deprivations; returns household-level fields (housing, water...)."""
    people, d, region = plan.people, plan.deprived, plan.place.region
    rural = plan.place.area == "rural"

    def pick(pred, prefer=None):
        cands = [p for p in people if pred(p.age)]
        if prefer:
            best = [p for p in cands if p.relation in prefer]
            cands = best or cands
        return rng.choice(cands) if cands else None

    if "employment" in d:
        p = pick(lambda a: 18 <= a <= 60, ("head", "spouse", "child"))
        if p:
            p.f["employment"] = rng.choices(("wage_without_contract", "unemployed"), weights=(70, 30))[0]
            p.f["in_training"] = False
    if "nutrition" in d:
        p = pick(lambda a: a < min(5, th.nut_below)) or pick(lambda a: a < th.nut_below)
        if p:
            p.f["nutrition"] = rng.choice(("stunted", "underweight"))
    if "health_insurance" in d:
        p = pick(lambda a: max(th.ins_min, 18) <= a <= 50) or pick(lambda a: a >= th.ins_min)
        if p:
            p.f["health_insurance"] = False
    if "adult_education" in d:
        p = pick(lambda a: th.ad_min <= a <= th.ad_max)
        if p:
            p.f["education_level"] = "primary" if p.age < th.ad_upper else rng.choice(("primary", "lower_secondary"))
            p.f["in_training"] = False
            if p.f.get("employment") == "not_in_labour_force" and p.age >= 15 and not p.f.get("disability"):
                p.f["employment"] = "self_employed"
    if "school_attendance" in d:
        p = pick(lambda a: th.school_min <= a < th.school_below)
        if p:
            p.f["school_attendance"] = rng.choices(("not_attending", "behind"), weights=(60, 40))[0]
            if p.f["school_attendance"] == "not_attending" and p.age >= 6:
                p.f["in_training"] = False

    hh: dict = {}
    n = len(people)
    if "living_area" in d:
        per = rng.uniform(3.5, th.area_min - 0.6)
    else:
        per = rng.uniform(th.area_min + 2, th.area_min * (5 if plan.well_off else 3))
    area = round(per * n * 2) / 2
    if "living_area" in d and area / n >= th.area_min:
        area = math.floor((th.area_min * n - 1) * 2) / 2
    if "living_area" not in d and area / n < th.area_min:
        area = math.ceil(th.area_min * n * 2) / 2
    bad = rng.choice((th.parts_min, 3)) if "housing_quality" in d else rng.choices((0, 1), weights=(75, 25))[0]
    bad = min(bad, 3) if "housing_quality" in d else min(bad, th.parts_min - 1)
    parts = ["wall", "column", "roof"]
    rng.shuffle(parts)
    housing = {"living_area_m2": area}
    for i, part in enumerate(("wall", "column", "roof")):
        nd = part in parts[:bad]
        housing[part] = "non_durable" if nd else "durable"
        housing[part + "_material"] = rng.choice((NON_DURABLE if nd else DURABLE)[part])
    hh["housing"] = {k: housing[k] for k in ("living_area_m2", "wall", "column", "roof", "wall_material", "column_material", "roof_material")}
    key = region if region in SAFE_WATER else "default"
    if not rural and "water" not in d:
        hh["water_source"] = rng.choices(("piped", "bottled", "drilled_well"), weights=(80, 10, 10))[0]
    else:
        hh["water_source"] = rng.choice((UNSAFE_WATER if "water" in d else SAFE_WATER)[key])
    hh["latrine"] = rng.choice(("unhygienic", "none")) if "latrine" in d else rng.choices(("septic", "semi_septic", "pour_flush"), weights=(60, 25, 15))[0]
    hh["internet_use"] = "internet" not in d
    if "information_assets" in d:
        hh["information_assets"] = []
        hh["loudspeaker_reach"] = False
    else:
        assets = rng.choices((["tv"], ["tv", "radio"], ["tv", "computer"], ["radio"], []), weights=(55, 15, 18, 6, 6))[0]
        hh["information_assets"] = assets
        hh["loudspeaker_reach"] = True if not assets else rng.random() < 0.8
    return hh


def name_people(rng, plan: Plan, used_cccd: set) -> None:
    """Names that follow the family: children take the father's (or, matrilineal, the mother's) family name."""
    people = plan.people
    head = people[0]
    group = head.group
    head.surname = surname_for(rng, group)
    spouse = next((p for p in people if p.relation == "spouse"), None)
    if spouse:
        for _ in range(10):  # minority clans marry out of the clan
            spouse.surname = surname_for(rng, group)
            if group is None or spouse.surname != head.surname:
                break
    father = head if head.male else spouse
    mother = spouse if head.male else head
    if group in MATRILINEAL:
        line = mother or head
    else:
        line = father or head
    child_in_law = next((p for p in people if p.relation == "child_in_law"), None)
    married_child = next((p for p in people if p.relation == "child" and child_in_law is not None), None)
    for p in people[1:]:
        if p.relation == "spouse":
            continue
        if p.relation == "child":
            p.surname = line.surname
        elif p.relation == "grandchild":
            if married_child and group not in MATRILINEAL:
                p.surname = married_child.surname
            elif child_in_law is not None and group in MATRILINEAL:
                p.surname = child_in_law.surname if not child_in_law.male else line.surname
            else:
                p.surname = line.surname
        elif p.relation == "parent":
            p.surname = head.surname if p.male else surname_for(rng, group)
        else:
            p.surname = surname_for(rng, group)
    code = plan.place.residence["province_code"]
    taken: set = set()
    for p in people:
        for _ in range(30):  # no two members with the same full name
            name = full_name(rng, group, p.male, p.surname, p.birth.year)
            if name not in taken:
                break
        taken.add(name)
        p.f["full_name"] = name
        has = rng.random() < (0.9 if p.age >= 14 else 0.15)
        p.f["cccd"] = cccd(rng, p, code, used_cccd) if has else None


MEMBER_ORDER = ("member_id", "full_name", "birth_date", "relation", "cccd", "education_level", "in_training", "school_attendance",
                "health_insurance", "employment", "disability", "monthly_social_allowance", "nutrition")


def build(rng, plan: Plan, th: Indicators, used_cccd: set, member_overrides=None) -> dict:
    """Plan → JSON-ready household (fields left as None are left out: unknown, not zero)."""
    rural = plan.place.area == "rural"
    for p in plan.people:
        if not p.f:
            default_member(rng, p, th, plan.well_off, rural)
        if plan.calm:
            p.f["disability"] = False
            p.f["monthly_social_allowance"] = False
    hh_fields = apply_deprivations(rng, plan, th)
    if member_overrides:
        member_overrides(plan.people, hh_fields)
    name_people(rng, plan, used_cccd)
    members = []
    for i, p in enumerate(plan.people, start=1):
        m = {"member_id": f"{plan.hid}-{i:02d}", "full_name": p.f.get("full_name"), "birth_date": p.birth.isoformat(),
             "relation": p.relation}
        for k in MEMBER_ORDER[4:]:
            m[k] = p.f.get(k)
        members.append({k: m[k] for k in MEMBER_ORDER if m.get(k) is not None})
    out = {"household_id": plan.hid, "residence": plan.place.residence, "members": members}
    for k in ("housing", "water_source", "latrine", "internet_use", "information_assets", "loudspeaker_reach"):
        out[k] = hh_fields.get(k)
    out["income_pc_month"] = plan.income
    out["status_history"] = plan.history
    out["declared_deprivations"] = plan.declared
    out["declared_deprivation_count"] = plan.declared_count
    for k in plan.omit:
        out[k] = None
    out = {k: v for k, v in out.items() if v is not None and not (k == "status_history" and not v)}
    parse_household(out)  # every household written is valid
    return out


def make_people(rng, place: Place, specs) -> list[Person]:
    group = None
    if place.groups:
        r, acc = rng.random(), 0.0
        for g, share in place.groups:
            acc += share
            if r < acc:
                group = g
                break
    people = []
    for rel, age, male in specs:
        birth = birth_for_age(rng, age) if isinstance(age, (int, float)) else age
        people.append(Person(rel, birth, male, group))
    return people


def review_date(rng, year: int) -> dt.date:
    """Date of a commune's annual review decision (usually December); never after REF."""
    if year >= REF.year:
        return dt.date(REF.year, REF.month, rng.randint(1, REF.day - 2))
    return dt.date(year, 12, rng.randint(5, 28))


def decision(rng, status: str, day: dt.date) -> dict:
    return {"status": status, "decision_date": day.isoformat(), "decision_number": f"{rng.randint(35, 980)}/QĐ-UBND"}


def history_for(rng, intent: str, old: bool) -> list:
    last_year = 2024 if old else rng.choices((2024, 2025), weights=(85, 15))[0]
    last = review_date(rng, last_year)
    r = rng.random()
    if intent == "poor":
        if r < 0.10:
            return []  # newly poor, not yet recognised
        if r < 0.18:
            return [decision(rng, "near_poor", last)]
        h = [decision(rng, "poor", review_date(rng, last_year - 2))] if rng.random() < 0.4 else []
        return h + [decision(rng, "poor", last)]
    if intent == "near_poor":
        if r < 0.12:
            return []
        h = [decision(rng, "poor", review_date(rng, last_year - 2))] if rng.random() < 0.3 else []
        return h + [decision(rng, "near_poor", last)]
    if intent == "average" and r < 0.22:
        first = rng.choice(("poor", "near_poor"))
        y = rng.choice((2021, 2022, 2023))
        return [decision(rng, first, review_date(rng, y)), decision(rng, "escaped_" + first, review_date(rng, rng.randint(y + 1, last_year)))]
    if intent == "none" and r < 0.05:
        return [decision(rng, "near_poor", review_date(rng, 2021)), decision(rng, "escaped_near_poor", review_date(rng, 2022))]
    return []


def regular(seed, i: int, law: Law, th: Indicators, used_cccd: set) -> dict:
    rng = random.Random(f"{seed}:regular:{i}")
    place = pick_place(rng)
    probe = make_people(rng, place, [("head", 40, True)])
    minority = probe[0].group is not None
    mountain = place.region in ("nmm", "ch")
    people = make_people(rng, place, compose(rng, mountain and minority and place.area == "rural"))
    for p in people:
        p.group = probe[0].group
    region_rate = REGIONS[place.region][1]
    rate = region_rate * (2.0 if minority else 0.8) * (0.35 if place.area == "urban" else 1.15)
    r = rng.random()
    if r < min(rate, 0.6) * 0.5:
        intent = "poor"
    elif r < min(rate, 0.6):
        intent = "near_poor"
    elif rng.random() < AVERAGE_SHARE[place.area]:
        intent = "average"
    else:
        intent = "none"
    line = law.at(f"poverty.income_line.{place.area}")
    top = law.at(f"poverty.average_income_top.{place.area}")
    if intent in ("poor", "near_poor"):
        income = int(line * rng.uniform(0.45, 0.99)) // 1000 * 1000
    elif intent == "average":
        income = min(top, (int(rng.uniform(line, top)) // 1000 + 1) * 1000)
    else:
        income = (int(top * (1 + rng.lognormvariate(-0.2 if place.area == "rural" else 0.2, 0.7))) // 10000 + 1) * 10000
    plan = Plan(f"{place.residence['province_code']}-{place.residence['commune_code']}-{i + 1:04d}", place, people, set(),
                income, well_off=intent == "none")
    for p in people:
        default_member(rng, p, th, plan.well_off, place.area == "rural")
    dep = natural_dependants(people, th)
    k = {"poor": rng.choices((3, 4, 5, 6), weights=(35, 30, 20, 15))[0],
         "near_poor": rng.choices((0, 1, 2), weights=(15, 35, 50))[0],
         "average": rng.choices((0, 1, 2), weights=(45, 35, 20))[0],
         "none": rng.choices((0, 1, 2), weights=(70, 25, 5))[0]}[intent]
    if dep and intent != "poor":
        k = max(0, k - 1)
    plan.deprived = choose_deprivations(rng, k, people, th)
    plan.history = history_for(rng, intent, place.old)
    if place.old:  # a record taken before 01/07/2025
        plan.history = [h for h in plan.history if h["decision_date"] < "2025-07-01"]
    if rng.random() < MISSING_SHARE:
        gap = rng.choice(("income", "internet", "insurance", "housing", "employment"))
        if gap == "income":
            plan.income = None
        elif gap == "internet":
            plan.omit = ("internet_use",)
        elif gap == "housing":
            plan.omit = ("housing",)
        else:
            key = "health_insurance" if gap == "insurance" else "employment"
            victim = rng.choice([p for p in people if p.age >= 18] or people)
            return build(rng, plan, th, used_cccd, lambda ps, hh: victim.f.__setitem__(key, None))
    return build(rng, plan, th, used_cccd)


# ---------------------------------------------------------------------------------------------
# Edge cases. Each id says what it tests; data/sample/README.md lists them (written below).
# ---------------------------------------------------------------------------------------------

EDGES: list[tuple[str, str]] = []  # (household id, Vietnamese description) in output order


def adults_only(rng, place: Place, n: int = 3) -> list[Person]:
    """Members whose age-based indicators cannot change between 2016 and 2030 (all born before 1985)."""
    head_age = rng.uniform(44, 54)
    specs = [("head", head_age, True), ("spouse", head_age - rng.uniform(0, 3), False),
             ("parent", rng.uniform(70, 78), rng.random() < 0.5)][:n]
    return make_people(rng, place, specs)


THRESHOLD_KINDS = (
    # kind, parameter (area substituted), planned deprivation counts
    ("line", "poverty.income_line.{area}", (2, 3)),
    ("top", "poverty.average_income_top.{area}", (1,)),
    ("qd59poor", "poverty.income_line.{area}", (2, 3)),
    ("qd59near", "poverty.near_poor_income_line.{area}", (2, 3)),
    ("qd59top", "poverty.average_income_top.{area}", (1,)),
)
DELTAS = (("m1", -1), ("eq", 0), ("p1", 1))
THRESHOLD_SETS = {1: ("latrine",), 2: ("latrine", "water"), 3: ("latrine", "water", "housing_quality")}
THRESHOLD_PLACES = {"rural": ("11", "14", "12", "15", "38", "52", "66", "91"), "urban": ("01", "79", "48", "92", "31", "56")}
AREA_VI = {"rural": "nông thôn", "urban": "thành thị"}


def vnd(n: int) -> str:
    return f"{n:,}".replace(",", ".") + " đồng"


def num(x: float) -> str:
    """Vietnamese decimal comma: 31,9."""
    return f"{round(x, 2):g}".replace(".", ",")


def threshold_edges(seed, law: Law, th: Indicators, used: set) -> list[dict]:
    out = []
    k = 0
    # QĐ 59/2015's last day: its values are the qd59* kinds (declared count), later ones line/top.
    qd59_end = law.param("poverty.near_poor_income_line.rural").values[-1].end
    for kind, pattern, counts in THRESHOLD_KINDS:
        for area in ("rural", "urban"):
            param = law.param(pattern.format(area=area))
            for pv in param.values:
                if pv.value is None or kind.startswith("qd59") != (pv.end is not None and pv.end <= qd59_end):
                    continue
                for d in counts:
                    for tag, delta in DELTAS:
                        hid = f"edge-{kind}-{area}-{pv.start.year}-{tag}-d{d}"
                        rng = random.Random(f"{seed}:edge:{hid}")
                        places = THRESHOLD_PLACES[area]
                        place = pick_place(rng, province=places[k % len(places)], area=area, old=False)
                        k += 1
                        people = adults_only(rng, place)
                        income = int(pv.value) + delta
                        # A commune decision in line with the household's side of today's line, so that
                        # `make run` flags only the planted status mismatches.
                        history = []
                        if income <= law.at(f"poverty.income_line.{area}"):
                            status = "poor" if d >= law.at("poverty.deprivation_threshold") else "near_poor"
                            history = [decision(rng, status, review_date(rng, 2024))]
                        plan = Plan(hid, place, people, set(THRESHOLD_SETS[d]), income, history,
                                    declared={"household_waste": False},
                                    declared_count=d if kind.startswith("qd59") else None, calm=True)
                        out.append(build(rng, plan, th, used))
                        side = {-1: "kém 1 đồng so với", 0: "đúng bằng", 1: "hơn 1 đồng so với"}[delta]
                        source = "khai báo cho 2016–2021 và suy ra từ dữ liệu" if kind.startswith("qd59") else "suy ra từ dữ liệu"
                        EDGES.append((hid, f"khu vực {AREA_VI[area]}, thu nhập {vnd(int(pv.value) + delta)}: {side} "
                                           f"{param.label} {vnd(int(pv.value))} (từ {pv.start.strftime('%d/%m/%Y')}); "
                                           f"{d} chỉ số thiếu hụt ({source})"))
    return out


def simple_family(rng, place: Place, kids: int = 2, head_age: float = 38) -> list[Person]:
    specs = [("head", head_age, True), ("spouse", head_age - 3, False)]
    for j in range(kids):
        specs.append(("child", 14 - 4 * j - rng.uniform(0, 2), j % 2 == 0))
    return make_people(rng, place, specs)


def edge(seed, hid: str, desc: str, law: Law, th: Indicators, used: set, *, province: str, area: str = "rural",
         people=None, deprived=(), income_share: float | None = 0.8, income: int | None = None, history=(),
         declared=None, omit=(), overrides=None, kids: int = 2, declared_count=None, old: bool = False) -> dict:
    rng = random.Random(f"{seed}:edge:{hid}")
    place = pick_place(rng, province=None if old else province, area=area, old=old)
    if people is None:
        people = simple_family(rng, place, kids)
    else:
        people = make_people(rng, place, people)
    if income is None and income_share is not None:
        income = int(law.at(f"poverty.income_line.{area}") * income_share) // 1000 * 1000
    hist = [decision(rng, s, d) for s, d in history]
    plan = Plan(hid, place, people, set(deprived), income, hist, declared=declared, omit=omit, declared_count=declared_count,
                calm=True)
    EDGES.append((hid, desc))
    return build(rng, plan, th, used, overrides)


def set_member(index: int, **values):
    def f(people, hh):
        people[index].f.update(values)
    return f


def chain(*fs):
    def f(people, hh):
        for g in fs:
            g(people, hh)
    return f


def other_edges(seed, law: Law, th: Indicators, used: set) -> list[dict]:
    out = []
    e = lambda hid, desc, **kw: out.append(edge(seed, hid, desc, law, th, used, **kw))  # noqa: E731
    D = dt.date

    # Deprivation count exactly 2 and 3 (income below the line): near-poor vs poor.
    for area, prov in (("rural", "14"), ("urban", "01")):
        e(f"edge-dep2-{area}", f"2 chỉ số thiếu hụt, thu nhập dưới chuẩn ({AREA_VI[area]}) → hộ cận nghèo",
          province=prov, area=area, deprived=("latrine", "internet"), history=(("near_poor", D(2024, 12, 17)),))
        e(f"edge-dep3-{area}", f"3 chỉ số thiếu hụt, thu nhập dưới chuẩn ({AREA_VI[area]}) → hộ nghèo",
          province=prov, area=area, deprived=("latrine", "internet", "housing_quality"), history=(("poor", D(2024, 12, 17)),))

    # Living area per person just below / exactly at the minimum (4 members).
    def area_to(value):
        def f(people, hh):
            hh["housing"]["living_area_m2"] = value
        return f
    n = 4
    e("edge-area-below", f"diện tích nhà ở {num(th.area_min * n - 0.1)} m² cho {n} người: dưới {num(th.area_min)} m²/người → thiếu hụt",
      province="12", deprived=("living_area",), overrides=area_to(round(th.area_min * n - 0.1, 1)), income_share=1.2)
    e("edge-area-at", f"diện tích nhà ở {num(th.area_min * n)} m² cho {n} người: đúng {num(th.area_min)} m²/người → không thiếu hụt",
      province="12", overrides=area_to(float(th.area_min * n)), income_share=1.2)

    # Children (and young adults) exactly at an age threshold on REF, and one day short of it.
    def child_of_couple(birth, male):
        return [("head", 44, True), ("spouse", 41, False), ("child", birth, male)], 2

    def young_head(birth, male):
        return [("head", birth, True), ("spouse", 27, False), ("child", 4, False)], 0

    ages = (
        # (short, threshold, family, target's values, text). Thresholds read from rules/.
        ("school-min", th.school_min, child_of_couple, {"school_attendance": "not_attending", "in_training": False},
         "không đi học: {a} tuổi, {rel} tuổi bắt đầu xét đi học"),
        ("insurance", th.ins_min, child_of_couple, {"health_insurance": False}, "không có BHYT: {a} tuổi, {rel} tuổi xét BHYT"),
        ("school-max", th.school_below, child_of_couple,
         {"school_attendance": "not_attending", "nutrition": "stunted", "education_level": "primary", "in_training": False,
          "employment": "not_in_labour_force"},
         "không đi học, thấp còi, học hết tiểu học: {a} tuổi, {rel} tuổi giới hạn xét đi học, dinh dưỡng, giáo dục người lớn"),
        ("adult-upper", th.ad_upper, child_of_couple,
         {"education_level": "lower_secondary", "in_training": False, "employment": "self_employed"},
         "học hết THCS, không đi học: {a} tuổi, {rel} tuổi phải đạt THPT/nghề"),
        ("adult-max", th.ad_max, young_head,
         {"education_level": "primary", "in_training": False, "employment": "self_employed"},
         "học hết tiểu học, không đi học: {a} tuổi, {rel} tuổi tối đa xét giáo dục người lớn"),
    )
    for short, age, family, values, text in ages:
        if short == "adult-max":  # an inclusive upper bound: the neighbour is one year past it
            cases = (("at", exact_birth(age), age, "đúng bằng"), ("above", exact_birth(age + 1), age + 1, "vượt"))
        else:
            cases = (("at", exact_birth(age), age, "đúng bằng"), ("below", exact_birth(age, minus_days=-1), age - 1,
                                                                   "kém 1 ngày nữa mới đến"))
        for tag, birth, a, rel in cases:
            specs, target = family(birth, short != "insurance")
            e(f"edge-age-{short}-{tag}", f"thành viên sinh {birth.strftime('%d/%m/%Y')} " + text.format(a=a, rel=rel)
              + f" tại {REF.strftime('%d/%m/%Y')}",
              province="11", people=specs, overrides=set_member(target, **values), income_share=1.2)

    # Missing data.
    for area, prov in (("rural", "08"), ("urban", "79")):
        e(f"edge-income-missing-{area}", f"không có thu nhập bình quân ({AREA_VI[area]}) → cần rà soát",
          province=prov, area=area, income_share=None, deprived=("latrine",))
    e("edge-members-unknown", "2 chỉ số thiếu hụt chắc chắn, dữ liệu thành viên thiếu (việc làm, BHYT) → không xác định được số chỉ số → cần rà soát",
      province="04", deprived=("latrine", "water"), history=(("near_poor", D(2024, 12, 19)),),
      overrides=chain(set_member(0, employment=None, health_insurance=None), set_member(1, health_insurance=None)))
    e("edge-housing-missing", "1 chỉ số thiếu hụt chắc chắn, không có thông tin nhà ở (2 chỉ số chưa biết) → cần rà soát",
      province="20", deprived=("latrine",), omit=("housing",), history=(("near_poor", D(2024, 12, 16)),))
    e("edge-unknown-but-poor", "3 chỉ số thiếu hụt chắc chắn dù thiếu dữ liệu internet, BHYT → vẫn là hộ nghèo",
      province="12", deprived=("latrine", "water", "housing_quality"), omit=("internet_use",),
      overrides=set_member(1, health_insurance=None), history=(("poor", D(2024, 12, 20)),))
    e("edge-unknown-but-average", "thu nhập trên chuẩn nghèo, dưới mức trung bình; thiếu dữ liệu thành viên → vẫn là hộ mức sống trung bình",
      province="38", income=None, income_share=1.2, deprived=("latrine",),
      overrides=set_member(0, employment=None, health_insurance=None, education_level=None))

    # Declared deprivations disagreeing with (or filling gaps in) member data.
    e("edge-declared-mismatch-water", "khai báo 'không thiếu hụt nước sinh hoạt' nhưng dùng nước mặt → cảnh báo indicator_mismatch.water",
      province="66", deprived=("water", "latrine", "housing_quality"), declared={"water": False, "latrine": True},
      history=(("poor", D(2024, 12, 12)),))
    e("edge-declared-mismatch-internet", "khai báo 'thiếu hụt internet' nhưng có thành viên dùng internet → cảnh báo indicator_mismatch.internet",
      province="52", deprived=("latrine",), declared={"internet": True}, history=(("near_poor", D(2024, 12, 24)),))
    e("edge-declared-fills-gap", "không có dữ liệu internet; khai báo thiếu hụt internet được dùng → 3 chỉ số → hộ nghèo",
      province="15", deprived=("latrine", "water", "internet"), omit=("internet_use",), declared={"internet": True},
      history=(("poor", D(2024, 12, 18)),))
    e("edge-declared-agrees", "khai báo khớp dữ liệu thành viên → không cảnh báo",
      province="44", deprived=("latrine", "water"), declared={"latrine": True, "water": True, "internet": False},
      history=(("near_poor", D(2024, 12, 13)),))

    # Recognised status (commune decisions) against the computed status.
    e("edge-status-poor-computed-none", "UBND xã công nhận hộ nghèo (12/2024) nhưng thu nhập cao hơn mức sống trung bình → status_mismatch",
      province="01", area="urban", income_share=2.4, history=(("poor", D(2024, 12, 18)),))
    e("edge-status-near-computed-poor", "công nhận hộ cận nghèo nhưng tính ra hộ nghèo → status_mismatch",
      province="12", deprived=("latrine", "water", "housing_quality", "internet"), history=(("near_poor", D(2024, 12, 16)),))
    e("edge-status-escaped-computed-poor", "công nhận thoát nghèo (12/2024) nhưng tính ra hộ nghèo → status_mismatch",
      province="11", deprived=("latrine", "water", "adult_education"), kids=3,
      history=(("poor", D(2022, 12, 20)), ("escaped_poor", D(2024, 12, 19))))
    e("edge-status-none-computed-near", "chưa có quyết định công nhận nào nhưng tính ra hộ cận nghèo → status_mismatch",
      province="40", deprived=("latrine",))
    e("edge-status-agrees-poor", "công nhận hộ nghèo và tính ra hộ nghèo → không cảnh báo status_mismatch",
      province="14", deprived=("latrine", "water", "housing_quality"), history=(("poor", D(2023, 12, 15)), ("poor", D(2024, 12, 17))))
    e("edge-escaped-poor-2023", "hộ nghèo 12/2021, thoát nghèo 12/2023; nay mức sống trung bình → không cảnh báo",
      province="51", income_share=1.2, history=(("poor", D(2021, 12, 20)), ("escaped_poor", D(2023, 12, 15))))
    e("edge-escaped-near-2024", "hộ cận nghèo 12/2022, thoát cận nghèo 12/2024; nay mức sống trung bình",
      province="42", income_share=1.3, history=(("near_poor", D(2022, 12, 22)), ("escaped_near_poor", D(2024, 12, 20))))
    e("edge-escaped-poor-then-near", "nghèo 2022 → cận nghèo 2023 → thoát cận nghèo 05/12/2025; nay không thuộc diện",
      province="24", income_share=2.0, history=(("poor", D(2022, 12, 14)), ("near_poor", D(2023, 12, 12)),
                                                   ("escaped_near_poor", D(2025, 12, 5))))
    e("edge-escaped-on-refdate", "quyết định thoát cận nghèo ký đúng ngày 14/12/2025 → có hiệu lực tại ngày tham chiếu",
      province="86", income_share=1.25, history=(("near_poor", D(2023, 12, 18)), ("escaped_near_poor", REF)))
    e("edge-escaped-after-refdate", "quyết định thoát nghèo ngày 20/12/2025 (sau ngày tham chiếu) → chưa tính; vẫn là hộ nghèo",
      province="08", deprived=("latrine", "water", "housing_quality", "living_area"),
      history=(("poor", D(2024, 12, 18)), ("escaped_poor", D(2025, 12, 20))))
    e("edge-status-same-day", "hai quyết định khác nhau (nghèo, cận nghèo) cùng ngày 18/12/2024 → status_decisions_conflict",
      province="20", deprived=("latrine", "water", "housing_quality"), history=(("poor", D(2024, 12, 18)), ("near_poor", D(2024, 12, 18))))
    e("edge-status-same-day-superseded", "hai quyết định khác nhau cùng ngày 15/12/2023, sau đó quyết định hộ nghèo 12/2024 → không xung đột",
      province="20", deprived=("latrine", "water", "housing_quality"),
      history=(("poor", D(2023, 12, 15)), ("near_poor", D(2023, 12, 15)), ("poor", D(2024, 12, 17))))

    # 2016–2021 (QĐ 59/2015): declared count is the count; a record that lacks it.
    e("edge-qd59-count-missing", "giai đoạn 2016–2021: thu nhập trong dải cận nghèo nhưng không khai báo số chỉ số thiếu hụt → cần rà soát (QĐ 59/2015)",
      province="14", people=[("head", 48, True), ("spouse", 46, False), ("parent", 74, False)],
      income=(law.at("poverty.income_line.rural", D(2021, 6, 30))
              + law.at("poverty.near_poor_income_line.rural", D(2021, 6, 30))) // 2,
      income_share=None, deprived=("latrine",), history=(("near_poor", D(2019, 12, 20)), ("near_poor", D(2020, 12, 18))))
    e("edge-qd59-history-old-record", "hồ sơ trước 01/07/2025 (còn huyện): nghèo 2016, cận nghèo 2019, thoát cận nghèo 2021; khai báo 2 chỉ số",
      province="02", old=True, people=[("head", 50, True), ("spouse", 47, False), ("parent", 76, True)],
      income_share=1.1, deprived=("latrine", "water"), declared_count=2,
      history=(("poor", D(2016, 12, 20)), ("near_poor", D(2019, 12, 18)), ("escaped_near_poor", D(2021, 12, 17))))
    return out


def one_household(seed, law: Law, th: Indicators, used: set) -> dict:
    """A typical rural poor household in a northern mountain province (data/sample/one-household.json)."""
    hid = "15-05104-0001"
    rng = random.Random(f"{seed}:one")
    place = pick_place(rng, province="15", area="rural", old=False)
    place.residence.update({"commune_code": "05104", "commune_name": "xã Mù Cang Chải", "village_code": "05104-11",
                            "village_name": "bản Háng Tơ Mang"})
    people = make_people(rng, place, [("head", 41, True), ("spouse", 38, False), ("child", 19, False), ("child", 13, True),
                                      ("child", 8, False), ("parent", 68, False)])
    for p in people:
        p.group = "hmong"
    line = law.at("poverty.income_line.rural")
    plan = Plan(hid, place, people, {"housing_quality", "latrine", "water", "adult_education", "internet"},
                int(line * 0.7) // 1000 * 1000,
                [decision(rng, "poor", dt.date(2023, 12, 15)), decision(rng, "poor", dt.date(2024, 12, 18))], calm=True)
    return build(rng, plan, th, used)


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


def generate(count: int = N_REGULAR, seed=SEED, edges: bool = True) -> tuple[list[dict], dict]:
    """(households, one household). ``count`` regular households plus, if ``edges``, the planted cases."""
    law = Law(rulebook.default())
    th = Indicators(law)
    used: set = set()
    EDGES.clear()
    one = one_household(seed, law, th, used)
    out = [one]
    if edges:
        out += other_edges(seed, law, th, used)
        out += threshold_edges(seed, law, th, used)
    out += [regular(seed, i, law, th, used) for i in range(count)]
    ids = [h["household_id"] for h in out]
    assert len(ids) == len(set(ids)), "household ids must be unique"
    return out, one


def dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def edge_readme() -> str:
    lines = ["# Trường hợp biên trong data/sample/households.json",
             "",
             "Tệp này do `data/make_sample.py` sinh ra; đừng sửa tay. Mỗi dòng: mã hộ (household_id) và điều được kiểm tra.",
             "Ngưỡng pháp lý đọc từ `rules/`; ngày tham chiếu mặc định 14/12/2025. Hộ `edge-<loại>-<khu vực>-<năm>-<m1|eq|p1>-d<n>`:",
             "thu nhập bằng ngưỡng của tham số có hiệu lực từ năm đó trừ 1 đồng / đúng bằng / cộng 1 đồng, với n chỉ số thiếu hụt",
             "(QĐ 59/2015: `declared_deprivation_count`; NĐ 07/2021, NĐ 351/2025: suy ra từ dữ liệu thành viên và nhà ở).",
             "",
             "| Mã hộ | Kiểm tra |",
             "|---|---|"]
    lines += [f"| `{hid}` | {desc} |" for hid, desc in EDGES]
    lines += ["", "`15-05104-0001` (cũng là `one-household.json`): hộ nghèo điển hình người Mông ở Lào Cai.", ""]
    return "\n".join(lines)


def write(out_dir: Path, count: int, seed, edges: bool) -> None:
    households, one = generate(count, seed, edges)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "households.json").write_text(dumps(households), encoding="utf-8")
    (out_dir / "one-household.json").write_text(dumps(one), encoding="utf-8")
    if edges:
        (out_dir / "README.md").write_text(edge_readme(), encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Sinh dữ liệu mẫu hộ gia đình (tất định, có hạt giống).")
    ap.add_argument("--out", type=Path, default=SAMPLE_DIR, help="thư mục ghi (mặc định data/sample)")
    ap.add_argument("--count", type=int, default=N_REGULAR, help="số hộ thường (ngoài các trường hợp biên)")
    ap.add_argument("--seed", default=str(SEED), help="hạt giống")
    ap.add_argument("--no-edges", action="store_true", help="không thêm các trường hợp biên")
    args = ap.parse_args(argv)
    write(args.out, args.count, args.seed, not args.no_edges)
    return 0


if __name__ == "__main__":
    sys.exit(main())
