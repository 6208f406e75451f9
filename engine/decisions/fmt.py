"""Vietnamese formatting: dot thousands separators, dd/mm/yyyy dates."""
from __future__ import annotations

import datetime as dt

from engine.law.parameters import UNITS


def number(value) -> str:
    """1620000 → '1.620.000'; 7.92 → '7,92'; 0.5 → '0,5'."""
    if value is None:
        return "chưa rõ"
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, float) and not value.is_integer():
        whole, frac = f"{value:.4f}".rstrip("0").split(".")
        sign = "-" if value < 0 and whole.lstrip("-") == "0" else ""
        return f"{sign}{number(int(whole))},{frac}" if frac else f"{sign}{number(int(whole))}"
    s = f"{int(value):,}".replace(",", ".")
    return s


def money(value, unit: str = "đồng") -> str:
    return f"{number(value)} {unit}".strip()


def date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "chưa rõ"


def with_unit(value, unit_code: str) -> str:
    if value is None:
        return "chưa rõ"
    if unit_code == "ratio" and value is not None:
        return f"{number(round(value * 100, 4))}%"
    unit = UNITS.get(unit_code, unit_code)
    if unit_code in ("vnd_per_person_month", "vnd_per_month"):
        unit = "đồng"  # a threshold reads "1.500.000 đồng" beside the fact's full unit
    return f"{number(value)} {unit}".strip()
