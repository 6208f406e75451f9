"""Vietnamese value vocabularies: the words officials write in a cell → the model's codes.

One place for every enum-like column. Each term has a code (the value the engine uses, equal to the
enum values of engine/facts/model.py where the model has the enum), a Vietnamese ``label`` (what templates
offer and reports print: ``label("water_source", "piped") == "Nước máy"``) and ``aliases`` seen in
the field. Matching uses ``engine.reading.text.key``: diacritics, case, spacing and punctuation do not
matter, so "NƯỚC MÁY", "nuoc may" and "Nước  máy" all read as ``piped``. The code itself is accepted too.

Program codes are engine/facts/model.py ``Program`` (one per rule family); the combined "Nước sạch và
VSMT" label is resolved to water supply or sanitation from the loan's purpose. Entrusted
organisations have no model enum; their codes match engine/generation/tables.py.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .text import key


WATER_SANITATION = "rural_water_sanitation"  # a loan-book label covering both water and sanitation works


@dataclass(frozen=True)
class Term:
    code: str
    label: str
    aliases: tuple[str, ...] = ()


VOCABULARIES: dict[str, tuple[Term, ...]] = {
    "area": (
        Term("rural", "Nông thôn", ("NT", "Vùng nông thôn", "Khu vực nông thôn")),
        Term("urban", "Thành thị", ("Đô thị", "TT", "Vùng đô thị", "Khu vực thành thị", "Khu vực đô thị")),
    ),
    "durability": (
        Term("durable", "Bền chắc", ("Kiên cố", "Bền", "Đạt chuẩn bền chắc", "Chắc chắn")),
        Term("non_durable", "Không bền chắc", ("Không kiên cố", "Thiếu kiên cố", "Không bền", "Tạm", "Nhà tạm",
                                                "Đơn sơ", "Tạm bợ", "Dột nát")),
    ),
    "water_source": (
        Term("piped", "Nước máy", ("Nước máy, nước sạch tập trung", "Nước sạch tập trung", "Nước máy tập trung")),
        Term("drilled_well", "Giếng khoan", ("Giếng khoan có xử lý",)),
        Term("protected_well", "Giếng đào được bảo vệ", ("Giếng đào có bảo vệ", "Giếng xây được bảo vệ")),
        Term("protected_spring", "Nước khe/mó được bảo vệ", ("Khe mó được bảo vệ", "Nguồn nước khe mó được bảo vệ",
                                                              "Mạch nước được bảo vệ", "Nước tự chảy được bảo vệ")),
        Term("rainwater", "Nước mưa", ("Bể nước mưa", "Nước mưa có bể chứa")),
        Term("bottled", "Nước đóng chai/bình", ("Nước đóng chai", "Nước đóng bình", "Nước bình")),
        Term("unprotected_well", "Giếng đào không được bảo vệ", ("Giếng đào không bảo vệ", "Giếng đất")),
        Term("unprotected_spring", "Nước khe/mó không được bảo vệ", ("Khe mó không được bảo vệ",
                                                                      "Nước tự chảy không được bảo vệ")),
        Term("surface_water", "Nước mặt (sông, suối, ao, hồ)", ("Nước mặt", "Nước sông", "Nước suối", "Nước ao hồ",
                                                                 "Sông, suối, ao, hồ")),
        Term("other", "Khác", ("Nguồn khác",)),
    ),
    "latrine": (
        Term("septic", "Tự hoại", ("Nhà tiêu tự hoại", "Hố xí tự hoại")),
        Term("semi_septic", "Bán tự hoại", ("Nhà tiêu bán tự hoại", "Hố xí bán tự hoại")),
        Term("pour_flush", "Thấm dội nước", ("Dội nước", "Nhà tiêu thấm dội nước", "Hố xí dội nước")),
        Term("other_approved", "Loại hợp vệ sinh khác", ("Hợp vệ sinh khác", "Khác, hợp vệ sinh",
                                                         "Hai ngăn", "Nhà tiêu hai ngăn", "Chìm có ống thông hơi")),
        Term("unhygienic", "Không hợp vệ sinh", ("Nhà tiêu không hợp vệ sinh", "Chưa hợp vệ sinh")),
        Term("none", "Không có nhà tiêu", ("Không có", "Không có nhà vệ sinh", "Không có hố xí")),
    ),
    "status": (
        Term("poor", "Hộ nghèo", ("Nghèo", "HN")),
        Term("near_poor", "Hộ cận nghèo", ("Cận nghèo", "HCN", "CN")),
        Term("escaped_poor", "Hộ thoát nghèo", ("Thoát nghèo", "Hộ mới thoát nghèo", "Mới thoát nghèo")),
        Term("escaped_near_poor", "Hộ thoát cận nghèo", ("Thoát cận nghèo", "Hộ mới thoát cận nghèo")),
        Term("none", "Không thuộc diện", ("Không", "Hộ không nghèo", "Không nghèo", "Hộ bình thường")),
    ),
    "relation": (
        Term("head", "Chủ hộ", ("Chủ", "CH")),
        Term("spouse", "Vợ/chồng", ("Vợ", "Chồng", "Vợ chồng")),
        Term("child", "Con", ("Con đẻ", "Con nuôi", "Con trai", "Con gái", "Con riêng")),
        Term("parent", "Bố/mẹ", ("Bố", "Mẹ", "Cha", "Má", "Ba", "Cha mẹ", "Bố mẹ", "Bố/mẹ đẻ")),
        Term("grandchild", "Cháu", ("Cháu nội", "Cháu ngoại")),
        Term("grandparent", "Ông/bà", ("Ông", "Bà", "Ông bà", "Ông nội", "Bà nội", "Ông ngoại", "Bà ngoại")),
        Term("sibling", "Anh/chị/em", ("Anh", "Chị", "Em", "Anh trai", "Chị gái", "Em trai", "Em gái",
                                        "Anh chị em")),
        Term("child_in_law", "Con dâu/con rể", ("Con dâu", "Con rể")),
        Term("other", "Khác", ("Quan hệ khác", "Người ở cùng")),
    ),
    "education_level": (
        Term("none", "Chưa đi học", ("Không đi học", "Chưa học", "Mù chữ", "Không biết chữ")),
        Term("primary", "Tiểu học", ("Cấp 1", "Cấp I", "TH")),
        Term("lower_secondary", "Trung học cơ sở", ("THCS", "Cấp 2", "Cấp II")),
        Term("upper_secondary", "Trung học phổ thông", ("THPT", "Cấp 3", "Cấp III")),
        Term("vocational_elementary", "Sơ cấp nghề", ("Sơ cấp", "Sơ cấp nghề/chứng chỉ nghề", "Chứng chỉ nghề")),
        Term("vocational_intermediate", "Trung cấp", ("Trung cấp nghề", "Trung cấp chuyên nghiệp", "TC")),
        Term("college", "Cao đẳng", ("CĐ", "Cao đẳng nghề")),
        Term("university", "Đại học trở lên", ("Đại học", "ĐH", "Trên đại học", "Thạc sĩ", "Tiến sĩ")),
    ),
    "school_attendance": (
        Term("appropriate", "Đi học đúng độ tuổi", ("Đi học đúng cấp", "Đúng độ tuổi", "Đúng cấp", "Đang đi học")),
        Term("behind", "Đi học không đúng độ tuổi", ("Đi học chậm", "Không đúng độ tuổi", "Chậm cấp",
                                                    "Đi học không đúng cấp")),
        Term("not_attending", "Không đi học", ("Bỏ học", "Không đến trường", "Chưa đi học")),
    ),
    "employment": (
        Term("wage_with_contract", "Làm công có hợp đồng lao động", ("Làm công có hợp đồng", "Có hợp đồng lao động",
                                                                    "Làm thuê có hợp đồng", "Có HĐLĐ")),
        Term("wage_without_contract", "Làm công không có hợp đồng lao động", (
            "Làm công không có hợp đồng", "Không có hợp đồng lao động", "Làm thuê không có hợp đồng",
            "Làm thuê", "Không có HĐLĐ")),
        Term("self_employed", "Tự làm", ("Tự sản xuất kinh doanh", "Tự làm nông nghiệp", "Làm nông", "Tự kinh doanh",
                                         "Làm ruộng", "Tự làm/sản xuất kinh doanh")),
        Term("unemployed", "Thất nghiệp", ("Không có việc làm", "Chưa có việc làm")),
        Term("not_in_labour_force", "Không thuộc lực lượng lao động", (
            "Ngoài lực lượng lao động", "Ngoài tuổi lao động", "Chưa đến tuổi lao động", "Hết tuổi lao động",
            "Nội trợ", "Mất khả năng lao động", "Đang đi học")),
    ),
    "nutrition": (
        Term("normal", "Bình thường", ("Không suy dinh dưỡng", "BT")),
        Term("stunted", "Thấp còi", ("Suy dinh dưỡng thể thấp còi", "SDD thấp còi")),
        Term("underweight", "Nhẹ cân", ("Suy dinh dưỡng thể nhẹ cân", "SDD nhẹ cân", "Thiếu cân")),
    ),
    "information_asset": (
        Term("tv", "Ti vi", ("Tivi", "TV", "Vô tuyến", "Truyền hình")),
        Term("radio", "Radio", ("Đài", "Đài radio", "Ra đi ô", "Đài phát thanh")),
        Term("computer", "Máy tính", ("Máy vi tính", "Máy tính xách tay", "Laptop", "Vi tính")),
    ),
    # Codes = engine/facts/model.py Program (rules/families/programs/*/_family.yaml); labels = the families' titles.
    "program": (
        Term("poor_households", "Cho vay hộ nghèo", ("Hộ nghèo", "HN", "Vay hộ nghèo", "CV hộ nghèo")),
        Term("near_poor_households", "Cho vay hộ cận nghèo", ("Hộ cận nghèo", "HCN", "Vay hộ cận nghèo",
                                                             "CV hộ cận nghèo")),
        Term("newly_escaped_households", "Cho vay hộ mới thoát nghèo", (
            "Hộ mới thoát nghèo", "Hộ thoát nghèo", "HMTN", "Vay hộ mới thoát nghèo", "CV hộ mới thoát nghèo")),
        Term("students", "Cho vay học sinh, sinh viên có hoàn cảnh khó khăn", (
            "Học sinh, sinh viên", "Học sinh sinh viên", "HSSV", "Cho vay HSSV", "Cho vay học sinh, sinh viên")),
        Term("stem_students", "Cho vay người học các ngành khoa học, công nghệ, kỹ thuật và toán (STEM)", (
            "STEM", "Người học STEM", "Cho vay người học STEM", "Người học ngành STEM")),
        Term("post_prison_vocational", "Cho vay người chấp hành xong án phạt tù — học nghề", (
            "Người chấp hành xong án phạt tù - học nghề", "Chấp hành xong án phạt tù - học nghề", "QĐ 22 học nghề")),
        Term("post_prison_production", "Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm", (
            "Người chấp hành xong án phạt tù - sản xuất kinh doanh", "Chấp hành xong án phạt tù - SXKD",
            "QĐ 22 sản xuất kinh doanh")),
        Term("post_prison_business", "Cho vay cơ sở sản xuất, kinh doanh sử dụng người chấp hành xong án phạt tù", (
            "Cơ sở SXKD sử dụng người chấp hành xong án phạt tù", "QĐ 22 cơ sở sản xuất kinh doanh")),
        Term("rural_water_supply", "Cho vay nước sạch nông thôn — công trình cấp nước hộ gia đình", (
            "Nước sạch nông thôn", "Nước sạch", "Cho vay nước sạch", "Công trình nước sạch", "Cấp nước hộ gia đình")),
        Term("rural_sanitation", "Cho vay vệ sinh môi trường nông thôn — nhà tiêu hợp vệ sinh hộ gia đình", (
            "Vệ sinh môi trường nông thôn", "Vệ sinh môi trường", "Nhà tiêu hợp vệ sinh", "Cho vay nhà tiêu",
            "VSMT")),
        # VBSP books often carry one program for both types of work; the purpose says which (tables.py).
        Term(WATER_SANITATION, "Cho vay nước sạch và vệ sinh môi trường nông thôn", (
            "Nước sạch và vệ sinh môi trường nông thôn", "Nước sạch và vệ sinh môi trường", "Nước sạch VSMT",
            "NS&VSMT", "NSVSMT", "NS và VSMT", "Nước sạch & VSMT", "Nước sạch và VSMT", "Nước sạch và VSMT nông thôn")),
        Term("social_housing_buy", "Cho vay mua, thuê mua nhà ở xã hội", ("Mua nhà ở xã hội", "Thuê mua nhà ở xã hội",
                                                                         "Mua, thuê mua NOXH")),
        Term("social_housing_build", "Cho vay xây dựng mới, cải tạo, sửa chữa nhà ở để ở (chính sách nhà ở xã hội)", (
            "Xây dựng, cải tạo, sửa chữa nhà ở", "Xây mới, sửa chữa nhà ở xã hội", "Xây dựng mới, cải tạo, sửa chữa nhà ở")),
        Term("poor_housing_qd167", "Cho vay hỗ trợ hộ nghèo về nhà ở, giai đoạn 1 (QĐ 167/2008, 2008–2010)", (
            "Nhà ở hộ nghèo QĐ 167", "Nhà ở theo QĐ 167", "QĐ 167", "Nhà ở 167")),
        Term("storm_housing_qd48", "Cho vay hộ nghèo xây dựng nhà ở phòng, tránh bão, lụt khu vực miền Trung "
                                   "(QĐ 48/2014, 2014–2016)", ("Nhà ở phòng tránh bão lụt", "Nhà ở theo QĐ 48", "QĐ 48",
                                                                "Nhà phòng tránh bão, lụt")),
        Term("poor_housing_qd33", "Cho vay hỗ trợ hộ nghèo về nhà ở, giai đoạn 2 (QĐ 33/2015)", (
            "Nhà ở hộ nghèo QĐ 33", "Nhà ở theo QĐ 33", "QĐ 33", "Nhà ở 33")),
        Term("ethnic_minority_housing", "Cho vay hỗ trợ nhà ở — Chương trình MTQG phát triển KT-XH vùng đồng bào "
                                        "DTTS và miền núi (NĐ 28/2022)", (
            "Nhà ở NĐ 28", "Nhà ở theo NĐ 28/2022", "NĐ 28/2022", "Nhà ở đồng bào dân tộc thiểu số")),
        Term("job_creation_worker", "Cho vay hỗ trợ tạo việc làm — người lao động", (
            "Giải quyết việc làm", "GQVL", "Tạo việc làm", "Cho vay GQVL", "Hỗ trợ tạo việc làm",
            "Hỗ trợ tạo việc làm, duy trì và mở rộng việc làm", "Người lao động")),
        Term("job_creation_establishment", "Cho vay hỗ trợ tạo việc làm — cơ sở sản xuất, kinh doanh", (
            "GQVL cơ sở SXKD", "Tạo việc làm - cơ sở sản xuất kinh doanh", "Cơ sở sản xuất, kinh doanh")),
    ),
    "entrusted_org": (
        Term("women_union", "Hội Liên hiệp Phụ nữ", ("Hội Phụ nữ", "Hội LHPN", "HPN", "Phụ nữ")),
        Term("farmers_union", "Hội Nông dân", ("HND", "Nông dân")),
        Term("veterans", "Hội Cựu chiến binh", ("Hội CCB", "CCB", "Cựu chiến binh")),
        Term("youth_union", "Đoàn Thanh niên", ("Đoàn TNCS Hồ Chí Minh", "Đoàn thanh niên cộng sản Hồ Chí Minh",
                                                "Đoàn TN", "ĐTN", "Thanh niên")),
    ),
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


def terms(vocab: str) -> tuple[Term, ...]:
    return VOCABULARIES[vocab]


def label(vocab: str, code) -> str:
    """Vietnamese label of a code, for templates and reports; the code itself when unknown."""
    for t in VOCABULARIES[vocab]:
        if t.code == code:
            return t.label
    return str(code)


def exact_key(text: str) -> str:
    """Comparison key that keeps diacritics ("Ba" ≠ "Bà"): NFC, casefolded, punctuation and spaces collapsed."""
    s = unicodedata.normalize("NFC", str(text)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


@lru_cache(maxsize=None)
def _tables(vocab: str) -> tuple[dict[str, str], dict[str, str | None]]:
    exact: dict[str, str] = {}
    loose: dict[str, str | None] = {}
    for t in VOCABULARIES[vocab]:
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
    return ", ".join(t.label for t in VOCABULARIES[vocab])
