"""Text normalisation shared by header matching, value vocabularies and place names (engine/places).

``key()`` turns any spelling of a Vietnamese word or header into one comparison key:
Unicode NFKD (so NFC and NFD input agree, and "m²" becomes "m2"), combining marks removed,
đ/Đ → d, casefolded, every run of non-alphanumeric characters collapsed to one space.
"Thu nhập bình quân (đồng/người/tháng)" and "THU NHAP  binh quan dong/nguoi/thang" give the same key.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return out.replace("đ", "d").replace("Đ", "D").replace("ð", "d")


def key(text) -> str:
    """Comparison key: no diacritics, casefolded, punctuation and spacing collapsed."""
    if text is None:
        return ""
    return _key(str(text))


@lru_cache(maxsize=1 << 16)
def _key(text: str) -> str:
    s = strip_diacritics(text).casefold()
    return _NON_ALNUM.sub(" ", s).strip()


def clean_cell_text(value) -> str:
    """A cell's text as a user meant it: NFC, non-breaking and repeated spaces collapsed, trimmed."""
    if isinstance(value, str) and value.isascii() and value.isprintable() and "  " not in value \
            and value == value.strip():
        return value  # the common case, already clean
    s = unicodedata.normalize("NFC", str(value))
    s = s.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return re.sub(r"\s+", " ", s).strip()
