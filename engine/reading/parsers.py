"""Cell parsers: one raw cell value (text, Excel number or date, Parquet scalar) → a clean value.

Every parser returns the parsed value, ``None`` for an empty cell (missing stays missing, never 0),
or raises ``BadValue`` with a Vietnamese reason. Nothing else may escape (tests fuzz them).

Conventions (Vietnamese usage first):
- amounts: "1.500.000", "1.500.000 đ", "1500000", "1,500,000", "1,5 triệu", "500 nghìn", Excel numbers.
  A dot followed by groups of three digits is a thousands separator; a comma followed by other than
  three digits is a decimal comma. Amounts are whole đồng: fractions of a đồng are rounded half up.
- dates: dd/mm/yyyy and d/m/yyyy (also with - or .), yyyy-mm-dd (optionally with a time, which is
  dropped), yyyymmdd, "ngày 5 tháng 3 năm 2024", Excel date cells, Excel serial numbers. "03/05/2024"
  is 3 May (day first, as in Vietnam). Two-digit years are refused (1924 or 2024?).
- booleans: Có/Không, x, 1/0, true/false, đúng/sai, ✓; an empty cell is unknown, not "no".
"""
from __future__ import annotations

import datetime as dt
import difflib
import math
import re
from decimal import Decimal, InvalidOperation, ROUND_HALF_UP

import pandas as pd

from . import vocab
from .text import clean_cell_text, key, strip_diacritics


class BadValue(ValueError):
    """A cell that cannot be read; ``reason`` is Vietnamese, fit for the rejection list."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


MISSING_TOKENS = frozenset({"", "-", "--", "---", "—", "–", "n/a", "null", "nan", "nat", "<na>", "chưa rõ",
                            "không rõ", "chua ro", "khong ro"})
EXCEL_ERRORS = frozenset({"#n/a", "#value!", "#ref!", "#div/0!", "#num!", "#name?", "#null!", "#spill!",
                          "#calc!", "#getting_data", "err:502", "err:504", "err:508", "err:511", "err:522"})
_LONGEST_MISSING = max(len(t) for t in MISSING_TOKENS)
MAX_AMOUNT = 10**13  # engine/facts/model.py Money: le=10**13
MIN_YEAR, MAX_YEAR = 1900, 2100
EXCEL_EPOCH = dt.date(1899, 12, 30)


def is_missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        t = value.strip()
        if not t:
            return True
        return len(t) <= _LONGEST_MISSING and clean_cell_text(t).casefold() in MISSING_TOKENS
    if isinstance(value, float):
        return math.isnan(value)
    return value is pd.NA or value is pd.NaT


def _text(value) -> str:
    s = clean_cell_text(value)
    if s.casefold() in EXCEL_ERRORS:
        raise BadValue(f"ô bị lỗi công thức Excel ({s})")
    return s


def _is_number(value) -> bool:
    if isinstance(value, Decimal) and value.is_nan():
        raise BadValue("giá trị không phải số (NaN)")
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool) or _is_numpy_number(value)


def _is_numpy_number(value) -> bool:
    t = type(value).__module__
    return t == "numpy" and hasattr(value, "dtype") and value.dtype.kind in "iuf"


def _show(value) -> str:
    s = str(value)
    return s if len(s) <= 40 else s[:37] + "…"


# ---------------------------------------------------------------- numbers

_MULTIPLIERS = {"ty": Decimal(10**9), "ti": Decimal(10**9), "trieu": Decimal(10**6), "tr": Decimal(10**6),
                "nghin": Decimal(10**3), "ngan": Decimal(10**3), "k": Decimal(10**3)}
_CURRENCY_PLAIN = re.compile(r"\s*(?:vnd|dong|d|₫|vn\$)\.?$")
_MULTIPLIED = re.compile(r"([\d.,\s]+?)\s*(ty|ti|trieu|tr|nghin|ngan|k)")
_UNIT_SUFFIX = re.compile(r"(?:m2|m²|m\^2|m 2|mét vuông|met vuong)$", re.IGNORECASE)
_SPACES_IN_NUMBER = re.compile(r"(?<=\d)[\s\u00a0\u202f\u2009']+(?=\d)")


def _decimal_from_text(body: str) -> Decimal:
    """'1.500.000' / '1,500,000' / '1.234,5' / '1,234.5' / '25,5' / '25.5' → Decimal."""
    if re.fullmatch(r"\d+", body):
        return Decimal(body)
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", body):
        return Decimal(body.replace(".", ""))
    if re.fullmatch(r"\d{1,3}(,\d{3})+", body):
        return Decimal(body.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(\.\d{3})*,\d+", body) or re.fullmatch(r"\d+,\d+", body):
        return Decimal(body.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(,\d{3})*\.\d+", body) or re.fullmatch(r"\d+\.\d+", body):
        return Decimal(body.replace(",", ""))
    raise BadValue("không đọc được số")


def parse_decimal(value, *, units: str = "money") -> Decimal | None:
    """Any numeric cell → Decimal (sign kept); ``units`` = 'money', 'area' or 'count'."""
    if is_missing(value):
        return None
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        raise BadValue(f"phải là số, nhận được giá trị đúng/sai ({value})")
    if _is_number(value):
        f = float(value)
        if not math.isfinite(f):
            raise BadValue("phải là số hữu hạn")
        return Decimal(int(value)) if isinstance(value, int) or (_is_numpy_number(value) and value.dtype.kind in "iu") \
            else Decimal(repr(f))
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        raise BadValue(f"phải là số, nhận được ngày/giờ ({_show(value)})")
    if not isinstance(value, str):
        raise BadValue(f"phải là số, nhận được {_show(value)!r}")
    s = _text(value).casefold()
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
    if s[:1] in "-−–":
        negative, s = True, s[1:].strip()
    elif s[:1] == "+":
        s = s[1:].strip()
    multiplier = Decimal(1)
    if units == "money":
        s = _CURRENCY_PLAIN.sub("", strip_diacritics(s).casefold().strip()).strip()
        m = _MULTIPLIED.fullmatch(s)
        if m:
            s, multiplier = m.group(1).strip(), _MULTIPLIERS[m.group(2)]
    elif units == "area":
        s = _UNIT_SUFFIX.sub("", s).strip()
    s = _SPACES_IN_NUMBER.sub("", s)
    if not s:
        raise BadValue("không đọc được số")
    try:
        number = _decimal_from_text(s) * multiplier
    except (BadValue, InvalidOperation):
        raise BadValue(f"không đọc được số từ {_show(value)!r}") from None
    return -number if negative else number


def parse_amount(value) -> int | None:
    """A VND amount, whole đồng, 0 ≤ amount ≤ 10^13."""
    d = parse_decimal(value, units="money")
    if d is None:
        return None
    if d < 0:
        raise BadValue(f"số tiền không được âm ({_show(value)})")
    if d > MAX_AMOUNT:
        raise BadValue(f"số tiền quá lớn ({_show(value)}), tối đa 10.000 tỷ đồng")
    return int(d.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_count(value, *, maximum: int | None = None) -> int | None:
    """A whole non-negative count (no fractions)."""
    d = parse_decimal(value, units="count")
    if d is None:
        return None
    if d != d.to_integral_value():
        raise BadValue(f"phải là số nguyên, nhận được {_show(value)}")
    if d < 0:
        raise BadValue(f"không được âm ({_show(value)})")
    if maximum is not None and d > maximum:
        raise BadValue(f"không được lớn hơn {maximum} ({_show(value)})")
    return int(d)


def parse_float(value, *, maximum: float | None = None) -> float | None:
    """A non-negative measure such as living area (m²); decimal comma or point."""
    d = parse_decimal(value, units="area")
    if d is None:
        return None
    if d < 0:
        raise BadValue(f"không được âm ({_show(value)})")
    if maximum is not None and d > maximum:
        raise BadValue(f"quá lớn ({_show(value)}), tối đa {maximum:g}")
    return float(d)


# ---------------------------------------------------------------- dates

_DMY = re.compile(r"(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{2,4})(?:\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_YMD = re.compile(r"(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_WORDS = re.compile(r"(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})")


def _make_date(year: int, month: int, day: int, raw) -> dt.date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise BadValue(f"năm {year} ngoài khoảng hợp lý {MIN_YEAR}–{MAX_YEAR} ({_show(raw)})")
    if not 1 <= month <= 12:
        raise BadValue(f"tháng {month} không tồn tại ({_show(raw)}); ngày viết theo dạng dd/mm/yyyy")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise BadValue(f"ngày {_show(raw)} không tồn tại") from None


def parse_date(value) -> dt.date | None:
    if is_missing(value):
        return None
    if isinstance(value, bool):
        raise BadValue(f"phải là ngày, nhận được giá trị đúng/sai ({value})")
    if isinstance(value, dt.datetime) or type(value).__name__ == "Timestamp":
        return _make_date(value.year, value.month, value.day, value)
    if isinstance(value, dt.date):
        return _make_date(value.year, value.month, value.day, value)
    if type(value).__name__ == "datetime64":
        ts = pd.Timestamp(value)
        return _make_date(ts.year, ts.month, ts.day, value)
    if isinstance(value, dt.time):
        raise BadValue(f"phải là ngày, nhận được giờ ({value})")
    if _is_number(value):
        f = float(value)
        if not math.isfinite(f) or f < 1 or f >= 2958466 or f != int(f):
            raise BadValue(f"phải là ngày (dd/mm/yyyy), nhận được số {_show(value)}")
        d = EXCEL_EPOCH + dt.timedelta(days=int(f))
        return _make_date(d.year, d.month, d.day, value)
    if not isinstance(value, str):
        raise BadValue(f"phải là ngày (dd/mm/yyyy), nhận được {_show(value)!r}")
    s = _text(value)
    m = _DMY.fullmatch(s)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if len(year) != 4:
            raise BadValue(f"năm phải có 4 chữ số ({_show(value)}), ví dụ 05/03/2024")
        return _make_date(int(year), month, day, value)
    m = _YMD.fullmatch(s)
    if m:
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), value)
    if re.fullmatch(r"\d{8}", s):
        return _make_date(int(s[:4]), int(s[4:6]), int(s[6:]), value)
    m = _WORDS.fullmatch(key(s))
    if m:
        return _make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)), value)
    raise BadValue(f"không đọc được ngày {_show(value)!r}; viết theo dạng dd/mm/yyyy, ví dụ 05/03/2024")


# ---------------------------------------------------------------- booleans, enums, text

def parse_bool(value) -> bool | None:
    if is_missing(value):
        return None
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return bool(value)
    if _is_number(value):
        f = float(value)
        if f == 1:
            return True
        if f == 0:
            return False
        raise BadValue(f"phải là Có/Không (hoặc 1/0), nhận được {_show(value)}")
    if not isinstance(value, str):
        raise BadValue(f"phải là Có/Không, nhận được {_show(value)!r}")
    s = _text(value)
    if s in vocab.BOOL_TRUE_SYMBOLS:
        return True
    if s in vocab.BOOL_FALSE_SYMBOLS:
        return False
    found = vocab.bool_lookup().get(key(s))
    if found is None:
        raise BadValue(f"phải là Có/Không (hoặc x, 1/0), nhận được {_show(value)!r}")
    return found


def _suggest(word: str, vocab_name: str) -> str:
    table = vocab.lookup(vocab_name)
    close = difflib.get_close_matches(key(word), list(table), n=1, cutoff=0.7)
    if close:
        return f"; có phải '{vocab.label(vocab_name, table[close[0]])}'?"
    return ""


def parse_enum(value, vocab_name: str) -> str | None:
    if is_missing(value):
        return None
    if _is_number(value) or isinstance(value, bool):
        raise BadValue(f"giá trị {_show(value)!r} không thuộc danh mục; chấp nhận: {vocab.allowed_text(vocab_name)}")
    if not isinstance(value, str):
        raise BadValue(f"giá trị {_show(value)!r} không thuộc danh mục")
    s = _text(value)
    code = vocab.match(vocab_name, s)
    if code is None and vocab.is_ambiguous(vocab_name, s):
        raise BadValue(f"giá trị {_show(s)!r} không rõ nghĩa khi không có dấu; hãy viết có dấu, "
                       f"ví dụ: {vocab.allowed_text(vocab_name)}")
    if code is None:
        raise BadValue(f"giá trị {_show(s)!r} không thuộc danh mục{_suggest(s, vocab_name)}; "
                       f"chấp nhận: {vocab.allowed_text(vocab_name)}")
    return code


_LIST_SPLIT = re.compile(r"\s*(?:;|,|\+|/|\n|\bvà\b|&)\s*")
_NONE_WORDS = frozenset({key("Không"), key("Không có"), key("Không có phương tiện nào"), "none"})


def parse_list(value, vocab_name: str) -> str | None:
    """'Ti vi, đài' → 'tv;radio' (codes in vocabulary order); 'Không có' → '' (an empty list, not missing)."""
    if is_missing(value):
        return None
    if not isinstance(value, str):
        raise BadValue(f"phải là danh sách, ví dụ 'Ti vi; Radio', nhận được {_show(value)!r}")
    s = _text(value)
    if key(s) in _NONE_WORDS:
        return ""
    order = [t.code for t in vocab.terms(vocab_name)]
    codes = set()
    for part in _LIST_SPLIT.split(s):
        if part:
            codes.add(parse_enum(part, vocab_name))
    return ";".join(c for c in order if c in codes)


def _number_text(value) -> str:
    f = float(value)
    if not math.isfinite(f):
        raise BadValue(f"giá trị không hợp lệ ({value})")
    if f == int(f):
        return str(int(f))
    return repr(f)


def parse_text(value, *, max_length: int = 200) -> str | None:
    """Text or code: NFC, spaces collapsed; Excel numbers written without '.0'."""
    if is_missing(value):
        return None
    if isinstance(value, bool):
        raise BadValue(f"phải là chữ/mã, nhận được giá trị đúng/sai ({value})")
    if _is_number(value):
        s = _number_text(value)
    elif isinstance(value, (dt.date, dt.datetime)):
        raise BadValue(f"phải là chữ/mã, nhận được ngày ({_show(value)})")
    else:
        s = _text(value)
    if len(s) > max_length:
        raise BadValue(f"quá dài ({len(s)} ký tự, tối đa {max_length})")
    return s


def parse_cccd(value) -> str | None:
    """12-digit citizen id. Every CCCD starts with its province code 001–096, whose leading zeros Excel
    drops from a number cell: a 10- or 11-digit value gets them back; 9-digit CMND numbers are refused."""
    if is_missing(value):
        return None
    if _is_number(value):
        f = float(value)
        if not math.isfinite(f) or f != int(f) or f < 0:
            raise BadValue("số CCCD phải gồm 12 chữ số")
        digits = str(int(f))
    elif isinstance(value, str):
        digits = re.sub(r"[\s.\-]", "", _text(value))
    else:
        raise BadValue("số CCCD phải gồm 12 chữ số")
    if not digits.isdigit() or not digits.isascii():
        raise BadValue("số CCCD chỉ gồm chữ số (12 chữ số)")
    if len(digits) in (10, 11):  # province codes are 001–096: Excel drops one or two leading zeros
        digits = digits.zfill(12)
    if len(digits) == 9:
        raise BadValue("đây là số CMND 9 chữ số; cần số CCCD 12 chữ số")
    if len(digits) != 12:
        raise BadValue(f"số CCCD phải gồm 12 chữ số (có {len(digits)})")
    return digits
