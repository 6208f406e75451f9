"""The administrative units in force since 01/07/2025: 34 provinces and ≈ 3.300 communes, no districts.

The list is the GSO's, as shipped by the pinned ``vietnam-provinces`` package (pyproject.toml): never a
table typed here. Codes are the GSO codes written as the communes write them: province 2 digits
("51"), commune 5 digits ("21580").

Names are compared by ``engine.reading.text.key`` (no diacritics, any case, NFC or NFD) without their
unit word ("Xã", "Phường", "Tỉnh", "Thành phố"); when two units share that key the spelling with
diacritics decides, else both are returned and the caller asks the user to choose.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from engine.text import key

PROVINCE_WORDS = ("thanh pho", "tinh", "tp")
COMMUNE_WORDS = ("thi tran", "dac khu", "phuong", "xa")


@dataclass(frozen=True)
class Unit:
    code: str
    name: str  # full official name, "Xã Ba Tơ", "Thành phố Huế", "Quảng Ngãi"
    kind: str  # "tỉnh", "thành phố trung ương", "xã", "phường", "đặc khu"
    province_code: str
    province_name: str

    @property
    def short(self) -> str:
        return strip_unit_word(self.name)


def strip_unit_word(name: str) -> str:
    """'Xã Ba Tơ' → 'Ba Tơ'; 'Thành phố Hà Nội' → 'Hà Nội'; 'TP. Huế' → 'Huế'."""
    s = unicodedata.normalize("NFC", name).strip()
    return re.sub(r"^(?:thành phố|thanh pho|tỉnh|tinh|tp\.?|xã|xa|phường|phuong|thị trấn|thi tran|đặc khu|dac khu)"
                  r"\s+", "", s, flags=re.IGNORECASE).strip()


def exact(text: str) -> str:
    s = unicodedata.normalize("NFC", str(text)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


@dataclass(frozen=True)
class Directory:
    provinces: tuple[Unit, ...]
    communes: tuple[Unit, ...]
    province_by_code: dict
    commune_by_code: dict
    province_by_key: dict  # key(short name) → [Unit]
    commune_by_key: dict  # (province code or "", key(short name)) → [Unit]
    data_version: str


@lru_cache(maxsize=1)
def directory() -> Directory:
    import vietnam_provinces as vp

    data = json.loads(vp.NESTED_DIVISIONS_JSON_PATH.read_text(encoding="utf-8"))
    provinces, communes = [], []
    for p in data:
        pc = f"{int(p['code']):02d}"
        prov = Unit(pc, unicodedata.normalize("NFC", p["name"]), str(p["division_type"]), pc,
                    unicodedata.normalize("NFC", p["name"]))
        provinces.append(prov)
        for w in p["wards"]:
            communes.append(Unit(f"{int(w['code']):05d}", unicodedata.normalize("NFC", w["name"]),
                                 str(w["division_type"]), pc, prov.name))
    by_pkey: dict = {}
    for u in provinces:
        by_pkey.setdefault(key(u.short), []).append(u)
    by_ckey: dict = {}
    for u in communes:
        k = key(u.short)
        by_ckey.setdefault((u.province_code, k), []).append(u)
        by_ckey.setdefault(("", k), []).append(u)
    return Directory(tuple(provinces), tuple(communes), {u.code: u for u in provinces},
                     {u.code: u for u in communes}, by_pkey, by_ckey, str(vp.__data_version__))


def _narrow(found: list[Unit], text: str) -> list[Unit]:
    """Among units with the same key, those spelled exactly as written (diacritics kept), if any."""
    if len(found) <= 1:
        return found
    want = exact(strip_unit_word(text))
    same = [u for u in found if exact(u.short) == want]
    return same or found


def provinces_named(text: str) -> list[Unit]:
    return _narrow(list(directory().province_by_key.get(key(strip_unit_word(text)), [])), text)


def communes_named(text: str, province_code: str | None = None) -> list[Unit]:
    d = directory()
    return _narrow(list(d.commune_by_key.get((province_code or "", key(strip_unit_word(text))), [])), text)


def province(code) -> Unit | None:
    return directory().province_by_code.get(_code(code, 2))


def commune(code) -> Unit | None:
    return directory().commune_by_code.get(_code(code, 5))


def communes_of(province_code: str) -> list[Unit]:
    pc = _code(province_code, 2)
    return [u for u in directory().communes if u.province_code == pc]


def _code(code, width: int) -> str:
    s = str(code).strip()
    if s.endswith(".0"):
        s = s[:-2]
    return s.zfill(width) if s.isdigit() else s


def describe(u: Unit) -> str:
    """'Xã Ba Tơ (mã 21580), tỉnh Quảng Ngãi (mã 51)' — for messages."""
    if u.code == u.province_code:
        return f"{u.name} (mã {u.code})"
    prov = u.province_name if u.province_name.startswith("Thành phố") else f"tỉnh {u.province_name}"
    return f"{u.name} (mã {u.code}), {prov} (mã {u.province_code})"
