"""Finding a list's province and commune: in a title block, in a file name, from names or codes.

A commune writes its place above the table ("ỦY BAN NHÂN DÂN XÃ BA TƠ", "TỈNH QUẢNG NGÃI", "UBND
phường …, TP. Huế") and often in the file name ("ds_ho_ngheo_xa_ba_to_quang_ngai.xlsx"). Words are
compared by ``key`` (no diacritics, any case, NFC or NFD); a name is the longest run of words after a
unit word ("xã", "phường", "thị trấn", "đặc khu"; "tỉnh", "thành phố", "TP") that names a unit in the
list in force (engine/places/units.py). In a file name a province may also stand without its word.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from engine.text import key
from . import units
from .units import Unit

MAX_NAME_WORDS = 5
_WORD = re.compile(r"\w+")

# Where a place was taken from, in the order they are tried (the decision and the report say which).
FROM_ROW = "cột của dòng"
FROM_TITLE = "khối tiêu đề của danh sách"
FROM_FILE_NAME = "tên tệp"
FROM_OPTION = "tham số/biểu mẫu (--tinh, --xa)"
LOOKED_FOR = ("các cột 'Mã tỉnh'/'Tỉnh/thành phố' và 'Mã xã'/'Xã/phường' của từng dòng; khối tiêu đề phía trên "
              "bảng (ví dụ 'ỦY BAN NHÂN DÂN XÃ BA TƠ', 'TỈNH QUẢNG NGÃI'); tên tệp (ví dụ 'ds_ho_xa_ba_to.xlsx')")
HOW_TO_GIVE = ("ghi tên xã bằng tham số --xa (và --tinh nếu tên xã trùng ở nhiều tỉnh), hoặc điền ô 'Tỉnh/thành phố' "
               "và 'Xã/phường' trên trang tải danh sách")


@dataclass(frozen=True)
class Hint:
    """Province and commune as written somewhere (names or codes), and where."""
    province: str | None = None
    commune: str | None = None
    source: str = FROM_OPTION

    def __bool__(self) -> bool:
        return bool(self.province or self.commune)


@dataclass(frozen=True)
class Place:
    province: Unit
    commune: Unit
    source: str  # FROM_ROW / FROM_TITLE / FROM_FILE_NAME / FROM_OPTION

    def text(self) -> str:
        return f"{units.describe(self.commune)} — lấy từ {self.source}"


@dataclass(frozen=True)
class PlaceProblem:
    code: str  # "no_place", "unknown_place", "ambiguous_place"
    reason: str  # Vietnamese


def _words(text: str) -> list[tuple[str, str]]:
    """(original word, key) pairs; the original keeps diacritics for narrowing same-key names."""
    s = unicodedata.normalize("NFC", str(text)).replace("_", " ")
    return [(w, key(w)) for w in _WORD.findall(s) if key(w)]


def _longest(words, start: int, lookup) -> tuple[str, int] | None:
    """Longest run of words from ``start`` that ``lookup`` knows: (original text, words used)."""
    for n in range(min(MAX_NAME_WORDS, len(words) - start), 0, -1):
        k = " ".join(k for _, k in words[start:start + n])
        if lookup(k):
            return " ".join(w for w, _ in words[start:start + n]), n
    return None


def _unit_word(words, i: int, choices) -> int:
    """Number of words of a unit word starting at i ("thi tran" = 2), 0 when none."""
    for c in choices:
        parts = c.split()
        if [k for _, k in words[i:i + len(parts)]] == parts:
            return len(parts)
    return 0


def scan(texts, *, bare_province: bool = False, source: str = FROM_TITLE) -> Hint:
    """The first commune and the first province named in ``texts`` (title-block cells or a file name)."""
    d = units.directory()
    province = commune = None
    for text in texts:
        if not text:
            continue
        words = _words(text)
        i = 0
        while i < len(words):
            step = 1
            if commune is None and (n := _unit_word(words, i, units.COMMUNE_WORDS)):
                hit = _longest(words, i + n, lambda k: ("", k) in d.commune_by_key)
                if hit:
                    commune, step = hit[0], n + hit[1]
            if step == 1 and province is None and (n := _unit_word(words, i, units.PROVINCE_WORDS)):
                hit = _longest(words, i + n, lambda k: k in d.province_by_key)
                if hit:
                    province, step = hit[0], n + hit[1]
            if step == 1 and province is None and bare_province:
                hit = _longest(words, i, lambda k: k in d.province_by_key)
                if hit:
                    province, step = hit[0], hit[1]
            i += step
    return Hint(province, commune, source)


def from_file_name(name: str) -> Hint:
    from pathlib import Path

    return scan([Path(name).stem], bare_province=True, source=FROM_FILE_NAME)


def _is_code(text) -> bool:
    s = str(text).strip()
    return s.endswith(".0") and s[:-2].isdigit() or s.isdigit()


def resolve(hints: list[Hint]) -> Place | PlaceProblem:
    """Province and commune from the first hint that names each, in the order given."""
    prov_hint = next((h for h in hints if h.province), None)
    comm_hint = next((h for h in hints if h.commune), None)
    if comm_hint is None:
        return PlaceProblem("no_place", "không xác định được danh sách thuộc xã/phường nào: đã tìm trong "
                            + LOOKED_FOR + "; hãy " + HOW_TO_GIVE)
    prov: Unit | None = None
    if prov_hint is not None:
        found = [units.province(prov_hint.province)] if _is_code(prov_hint.province) else \
            units.provinces_named(prov_hint.province)
        found = [u for u in found if u is not None]
        if not found:
            return PlaceProblem("unknown_place", f"không tìm thấy tỉnh/thành phố '{prov_hint.province}' (lấy từ "
                                f"{prov_hint.source}) trong danh mục 34 tỉnh, thành phố từ 01/07/2025"
                                + _old_hint())
        prov = found[0]
    c = comm_hint.commune
    if _is_code(c):
        u = units.commune(c)
        if u is None:
            return PlaceProblem("unknown_place", f"mã xã '{c}' (lấy từ {comm_hint.source}) không có trong danh mục "
                                "đơn vị hành chính từ 01/07/2025")
        if prov is not None and u.province_code != prov.code:
            return PlaceProblem("unknown_place", f"mã xã '{c}' là {units.describe(u)}, không thuộc {prov.name} "
                                f"(lấy từ {prov_hint.source})")
        return Place(units.province(u.province_code), u, comm_hint.source)
    found = units.communes_named(c, prov.code if prov else None)
    if not found:
        where = f" của {prov.name}" if prov else ""
        elsewhere = units.communes_named(c) if prov else []
        tip = ("; tên này có ở " + "; ".join(units.describe(u) for u in elsewhere[:4])) if elsewhere else ""
        return PlaceProblem("unknown_place", f"không tìm thấy xã/phường '{c}'{where} (lấy từ {comm_hint.source}) "
                            f"trong danh mục đơn vị hành chính từ 01/07/2025{tip}" + _old_hint())
    if len(found) > 1:
        return PlaceProblem("ambiguous_place", f"tên xã/phường '{c}' (lấy từ {comm_hint.source}) trùng với "
                            f"{len(found)} đơn vị: " + "; ".join(units.describe(u) for u in found[:8])
                            + " — hãy chọn một: ghi tỉnh bằng --tinh (hoặc ô 'Tỉnh/thành phố'), hoặc mã xã bằng --xa")
    u = found[0]
    return Place(units.province(u.province_code), u, comm_hint.source)


def _old_hint() -> str:
    return ("; nếu đây là tên trước sáp nhập (trước 01/07/2025), hãy ghi tên xã/phường mới, hoặc mã xã mới "
            "bằng --xa")
