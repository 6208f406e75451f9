"""Vietnamese value vocabularies: the words officials write in a cell → the model's codes.

One place for the words of every enum-like column. Each term has a code (the value the engine uses, equal
to the enum values of engine/facts/model.py where the model has the enum), its Vietnamese ``label`` from
rules/ (rules/facts.yaml ``record_codes``, the facts' values, the program families' titles: what the web
form offers, templates list and reports print, ``label("water_source", "piped") == "Nước máy"``) and the
``aliases`` seen in the field, kept here. Matching uses ``engine.reading.text.key``: diacritics, case,
spacing and punctuation do not matter, so "NƯỚC MÁY", "nuoc may" and "Nước  máy" all read as ``piped``. The code itself is accepted too.

Program codes are engine/facts/model.py ``Program`` (one per rule family); the combined "Nước sạch và
VSMT" label is resolved to water supply or sanitation from the loan's purpose. Entrusted
organisations have no model enum; their codes match engine/generation/tables.py.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from engine.law import rulebook

from .text import key


WATER_SANITATION = "rural_water_sanitation"  # a loan-book label covering both water and sanitation works
# Vocabularies whose labels are a fact's values in rules/facts.yaml.
FACT_VOCAB = {"area": "area", "status": "recognised_status"}


@dataclass(frozen=True)
class Term:
    """A code with its label (from rules/) and the words officials write for it."""

    code: str
    label: str
    aliases: tuple[str, ...] = ()


# The words officials write for each code; the code and its label from rules/ are accepted too.
ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "area": {
        "rural": ("NT", "Vùng nông thôn", "Khu vực nông thôn"),
        "urban": ("Đô thị", "TT", "Vùng đô thị", "Khu vực thành thị", "Khu vực đô thị"),
    },
    "durability": {
        "durable": ("Kiên cố", "Bền", "Đạt chuẩn bền chắc", "Chắc chắn"),
        "non_durable": ("Không kiên cố", "Thiếu kiên cố", "Không bền", "Tạm", "Nhà tạm", "Đơn sơ", "Tạm bợ",
                        "Dột nát"),
    },
    "water_source": {
        "piped": ("Nước máy, nước sạch tập trung", "Nước sạch tập trung", "Nước máy tập trung"),
        "drilled_well": ("Giếng khoan có xử lý",),
        "protected_well": ("Giếng đào có bảo vệ", "Giếng xây được bảo vệ"),
        "protected_spring": ("Khe mó được bảo vệ", "Nguồn nước khe mó được bảo vệ", "Mạch nước được bảo vệ",
                             "Nước tự chảy được bảo vệ"),
        "rainwater": ("Bể nước mưa", "Nước mưa có bể chứa"),
        "bottled": ("Nước đóng chai", "Nước đóng bình", "Nước bình"),
        "unprotected_well": ("Giếng đào không bảo vệ", "Giếng đất"),
        "unprotected_spring": ("Khe mó không được bảo vệ", "Nước tự chảy không được bảo vệ"),
        "surface_water": ("Nước mặt", "Nước sông", "Nước suối", "Nước ao hồ", "Sông, suối, ao, hồ"),
        "other": ("Nguồn khác",),
    },
    "latrine": {
        "septic": ("Nhà tiêu tự hoại", "Hố xí tự hoại"),
        "semi_septic": ("Nhà tiêu bán tự hoại", "Hố xí bán tự hoại"),
        "pour_flush": ("Dội nước", "Nhà tiêu thấm dội nước", "Hố xí dội nước"),
        "other_approved": ("Hợp vệ sinh khác", "Khác, hợp vệ sinh", "Hai ngăn", "Nhà tiêu hai ngăn",
                           "Chìm có ống thông hơi"),
        "unhygienic": ("Nhà tiêu không hợp vệ sinh", "Chưa hợp vệ sinh"),
        "none": ("Không có", "Không có nhà vệ sinh", "Không có hố xí"),
    },
    "status": {
        "poor": ("Nghèo", "HN"),
        "near_poor": ("Cận nghèo", "HCN", "CN"),
        "escaped_poor": ("Hộ thoát nghèo", "Thoát nghèo", "Hộ mới thoát nghèo", "Mới thoát nghèo"),
        "escaped_near_poor": ("Hộ thoát cận nghèo", "Thoát cận nghèo", "Hộ mới thoát cận nghèo"),
        "none": ("Không thuộc diện", "Không", "Hộ không nghèo", "Không nghèo", "Hộ bình thường"),
    },
    "relation": {
        "head": ("Chủ", "CH"),
        "spouse": ("Vợ", "Chồng", "Vợ chồng"),
        "child": ("Con đẻ", "Con nuôi", "Con trai", "Con gái", "Con riêng"),
        "parent": ("Bố", "Mẹ", "Cha", "Má", "Ba", "Cha mẹ", "Bố mẹ", "Bố/mẹ đẻ"),
        "grandchild": ("Cháu nội", "Cháu ngoại"),
        "grandparent": ("Ông", "Bà", "Ông bà", "Ông nội", "Bà nội", "Ông ngoại", "Bà ngoại"),
        "sibling": ("Anh", "Chị", "Em", "Anh trai", "Chị gái", "Em trai", "Em gái", "Anh chị em"),
        "child_in_law": ("Con dâu", "Con rể"),
        "other": ("Quan hệ khác", "Người ở cùng"),
    },
    "education_level": {
        "none": ("Không đi học", "Chưa học", "Mù chữ", "Không biết chữ"),
        "primary": ("Cấp 1", "Cấp I", "TH"),
        "lower_secondary": ("THCS", "Cấp 2", "Cấp II"),
        "upper_secondary": ("THPT", "Cấp 3", "Cấp III"),
        "vocational_elementary": ("Sơ cấp", "Sơ cấp nghề/chứng chỉ nghề", "Chứng chỉ nghề"),
        "vocational_intermediate": ("Trung cấp nghề", "Trung cấp chuyên nghiệp", "TC"),
        "college": ("CĐ", "Cao đẳng nghề"),
        "university": ("Đại học", "ĐH", "Trên đại học", "Thạc sĩ", "Tiến sĩ"),
    },
    "school_attendance": {
        "appropriate": ("Đi học đúng cấp", "Đúng độ tuổi", "Đúng cấp", "Đang đi học"),
        "behind": ("Đi học chậm", "Không đúng độ tuổi", "Chậm cấp", "Đi học không đúng cấp"),
        "not_attending": ("Bỏ học", "Không đến trường", "Chưa đi học"),
    },
    "employment": {
        "wage_with_contract": ("Làm công có hợp đồng", "Có hợp đồng lao động", "Làm thuê có hợp đồng", "Có HĐLĐ"),
        "wage_without_contract": ("Làm công không có hợp đồng", "Không có hợp đồng lao động",
                                  "Làm thuê không có hợp đồng", "Làm thuê", "Không có HĐLĐ"),
        "self_employed": ("Tự sản xuất kinh doanh", "Tự làm nông nghiệp", "Làm nông", "Tự kinh doanh", "Làm ruộng",
                          "Tự làm/sản xuất kinh doanh"),
        "unemployed": ("Không có việc làm", "Chưa có việc làm"),
        "not_in_labour_force": ("Ngoài lực lượng lao động", "Ngoài tuổi lao động", "Chưa đến tuổi lao động",
                                "Hết tuổi lao động", "Nội trợ", "Mất khả năng lao động", "Đang đi học"),
    },
    "nutrition": {
        "normal": ("Không suy dinh dưỡng", "BT"),
        "stunted": ("Suy dinh dưỡng thể thấp còi", "SDD thấp còi"),
        "underweight": ("Suy dinh dưỡng thể nhẹ cân", "SDD nhẹ cân", "Thiếu cân"),
    },
    "information_asset": {
        "tv": ("Tivi", "TV", "Vô tuyến", "Truyền hình"),
        "radio": ("Đài", "Đài radio", "Ra đi ô", "Đài phát thanh"),
        "computer": ("Máy vi tính", "Máy tính xách tay", "Laptop", "Vi tính"),
    },
    # Codes = engine/facts/model.py Program (rules/families/programs/*/_family.yaml); labels = the families' titles.
    "program": {
        "poor_households": ("Hộ nghèo", "HN", "Vay hộ nghèo", "CV hộ nghèo"),
        "near_poor_households": ("Hộ cận nghèo", "HCN", "Vay hộ cận nghèo", "CV hộ cận nghèo"),
        "newly_escaped_households": ("Hộ mới thoát nghèo", "Hộ thoát nghèo", "HMTN", "Vay hộ mới thoát nghèo",
                                     "CV hộ mới thoát nghèo"),
        "students": ("Học sinh, sinh viên", "Học sinh sinh viên", "HSSV", "Cho vay HSSV",
                     "Cho vay học sinh, sinh viên"),
        "stem_students": ("STEM", "Người học STEM", "Cho vay người học STEM", "Người học ngành STEM"),
        "post_prison_vocational": ("Người chấp hành xong án phạt tù - học nghề",
                                   "Chấp hành xong án phạt tù - học nghề", "QĐ 22 học nghề"),
        "post_prison_production": ("Người chấp hành xong án phạt tù - sản xuất kinh doanh",
                                   "Chấp hành xong án phạt tù - SXKD", "QĐ 22 sản xuất kinh doanh"),
        "post_prison_business": ("Cơ sở SXKD sử dụng người chấp hành xong án phạt tù",
                                 "QĐ 22 cơ sở sản xuất kinh doanh"),
        "rural_water_supply": ("Nước sạch nông thôn", "Nước sạch", "Cho vay nước sạch", "Công trình nước sạch",
                               "Cấp nước hộ gia đình"),
        "rural_sanitation": ("Vệ sinh môi trường nông thôn", "Vệ sinh môi trường", "Nhà tiêu hợp vệ sinh",
                             "Cho vay nhà tiêu", "VSMT"),
        # VBSP books often carry one program for both types of work; the purpose says which (tables.py).
        WATER_SANITATION: ("Nước sạch và vệ sinh môi trường nông thôn", "Nước sạch và vệ sinh môi trường",
                           "Nước sạch VSMT", "NS&VSMT", "NSVSMT", "NS và VSMT", "Nước sạch & VSMT",
                           "Nước sạch và VSMT", "Nước sạch và VSMT nông thôn"),
        "social_housing_buy": ("Mua nhà ở xã hội", "Thuê mua nhà ở xã hội", "Mua, thuê mua NOXH"),
        "social_housing_build": ("Xây dựng, cải tạo, sửa chữa nhà ở", "Xây mới, sửa chữa nhà ở xã hội",
                                 "Xây dựng mới, cải tạo, sửa chữa nhà ở"),
        "poor_housing_qd167": ("Nhà ở hộ nghèo QĐ 167", "Nhà ở theo QĐ 167", "QĐ 167", "Nhà ở 167"),
        "storm_housing_qd48": ("Nhà ở phòng tránh bão lụt", "Nhà ở theo QĐ 48", "QĐ 48", "Nhà phòng tránh bão, lụt"),
        "poor_housing_qd33": ("Nhà ở hộ nghèo QĐ 33", "Nhà ở theo QĐ 33", "QĐ 33", "Nhà ở 33"),
        "ethnic_minority_housing": ("Nhà ở NĐ 28", "Nhà ở theo NĐ 28/2022", "NĐ 28/2022",
                                    "Nhà ở đồng bào dân tộc thiểu số"),
        "job_creation_worker": ("Giải quyết việc làm", "GQVL", "Tạo việc làm", "Cho vay GQVL",
                                "Hỗ trợ tạo việc làm", "Hỗ trợ tạo việc làm, duy trì và mở rộng việc làm",
                                "Người lao động"),
        "job_creation_establishment": ("GQVL cơ sở SXKD", "Tạo việc làm - cơ sở sản xuất kinh doanh",
                                       "Cơ sở sản xuất, kinh doanh"),
    },
    "entrusted_org": {
        "women_union": ("Hội Phụ nữ", "Hội LHPN", "HPN", "Phụ nữ"),
        "farmers_union": ("HND", "Nông dân"),
        "veterans": ("Hội CCB", "CCB", "Cựu chiến binh"),
        "youth_union": ("Đoàn TNCS Hồ Chí Minh", "Đoàn thanh niên cộng sản Hồ Chí Minh", "Đoàn TN", "ĐTN",
                        "Thanh niên"),
    },
}


# Which vocabulary each enum (or list) column of engine/facts/columns.py takes.
COLUMN_VOCAB: dict[str, str] = {
    "area": "area", "wall": "durability", "column": "durability", "roof": "durability",
    "water_source": "water_source", "latrine": "latrine", "recognised_status": "status", "status": "status",
    "relation": "relation", "education_level": "education_level", "school_attendance": "school_attendance",
    "employment": "employment", "nutrition": "nutrition", "information_assets": "information_asset",
    "program": "program", "entrusted_org": "entrusted_org",
}

BOOL_TRUE = ("Có", "C", "x", "1", "true", "đúng", "yes", "y", "v", "rồi", "đã", "có tham gia", "có sử dụng")
BOOL_TRUE_SYMBOLS = ("✓", "✔", "☑", "☒", "●", "+")
BOOL_FALSE = ("Không", "K", "KO", "0", "false", "sai", "no", "n", "chưa", "không có", "không tham gia",
              "không sử dụng")
BOOL_FALSE_SYMBOLS = ("✗", "✘", "☐", "○")

# Sheet names (compared by key) that say which table a sheet holds.
SHEET_NAMES: dict[str, tuple[str, ...]] = {
    "households": ("Hộ gia đình", "Hộ", "Danh sách hộ", "DS hộ", "Households", "Thông tin hộ", "Hộ nghèo",
                   "Hộ cận nghèo", "Danh sách hộ nghèo, cận nghèo"),
    "members": ("Thành viên", "Nhân khẩu", "Thành viên hộ", "Danh sách thành viên", "Members", "Nhân khẩu hộ"),
    "decisions": ("Quyết định", "Quyết định công nhận", "Decisions", "Lịch sử công nhận"),
    "loans": ("Sổ vay", "Khoản vay", "Dư nợ", "Danh sách vay vốn", "Loans", "Sổ theo dõi cho vay", "Vay vốn"),
}
# Sheets that hold notes, never data: skipped without a warning.
NOTE_SHEETS = ("Hướng dẫn", "Ghi chú", "Danh mục", "Notes", "README", "Giải thích")


@lru_cache(maxsize=None)
def labels(vocab: str) -> dict[str, str]:
    """code → Vietnamese label, from rules/: the facts' own values for area and recognised status, the
    families' titles for programs, rules/facts.yaml ``record_codes`` for the rest."""
    book = rulebook.default()
    if vocab in FACT_VOCAB:
        return {c: v[:1].upper() + v[1:] for c, v in book.facts[FACT_VOCAB[vocab]]["values"].items()}
    if vocab == "program":
        titles = {f.program: f.title for f in book.families.values() if f.program}
        return {**titles, **book.record_codes["loan_book_program"]["values"]}
    return dict(book.record_codes[vocab]["values"])


@lru_cache(maxsize=None)
def terms(vocab: str) -> tuple[Term, ...]:
    """Every code of ``vocab`` with its label and aliases; a code with aliases but no label is an error."""
    names = labels(vocab)
    aliases = ALIASES.get(vocab, {})
    unlabelled = sorted(set(aliases) - set(names))
    if unlabelled:
        raise KeyError(f"vocabulary {vocab}: codes without a label in rules/: {unlabelled}")
    order = list(aliases) + [c for c in names if c not in aliases]  # the readers' order, then any new code
    return tuple(Term(code, names[code], tuple(aliases.get(code, ()))) for code in order)


def vocabularies() -> dict[str, tuple[Term, ...]]:
    return {name: terms(name) for name in ALIASES}


def label(vocab: str, code) -> str:
    """Vietnamese label of a code, for templates and reports; the code itself when unknown."""
    return labels(vocab).get(code, str(code))


def exact_key(text: str) -> str:
    """Comparison key that keeps diacritics ("Ba" ≠ "Bà"): NFC, casefolded, punctuation and spaces collapsed."""
    s = unicodedata.normalize("NFC", str(text)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


@lru_cache(maxsize=None)
def _tables(vocab: str) -> tuple[dict[str, str], dict[str, str | None]]:
    exact: dict[str, str] = {}
    loose: dict[str, str | None] = {}
    for t in terms(vocab):
        for word in (t.code, t.label, *t.aliases):
            e = exact_key(word)
            if exact.get(e, t.code) != t.code:
                raise ValueError(f"vocabulary {vocab}: {word!r} maps to both {exact[e]} and {t.code}")
            exact[e] = t.code
            k = key(word)
            loose[k] = t.code if loose.get(k, t.code) == t.code else None  # None: ambiguous without diacritics
    return exact, loose


def match(vocab: str, word: str) -> str | None:
    """Code for ``word``: exact spelling (diacritics kept) first, then without diacritics when that is
    unambiguous ("Ba" is a father in the South, "Bà" a grandmother: "ba" alone is refused)."""
    exact, loose = _tables(vocab)
    code = exact.get(exact_key(word))
    if code is None:
        code = loose.get(key(word))
    return code


def is_ambiguous(vocab: str, word: str) -> bool:
    exact, loose = _tables(vocab)
    k = key(word)
    return exact_key(word) not in exact and k in loose and loose[k] is None


def lookup(vocab: str) -> dict[str, str]:
    """key(word) → code for every unambiguous code, label and alias of ``vocab``."""
    return {k: v for k, v in _tables(vocab)[1].items() if v is not None}


@lru_cache(maxsize=None)
def bool_lookup() -> dict[str, bool]:
    table = {key(w): True for w in BOOL_TRUE}
    table.update({key(w): False for w in BOOL_FALSE})
    return table


def allowed_text(vocab: str) -> str:
    """'Nông thôn, Thành thị' — the labels a user may write, for messages and the template notes."""
    return ", ".join(t.label for t in terms(vocab))
