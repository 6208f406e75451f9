"""Legal values at many dates at once, their citations, and Vietnamese formatting of columns.

Every number the checks compare against comes from rules/ through here (or from the rules'
own conditions, evaluated by the vectorised engine), at the date it applies: the review date for
the review list, each loan's disbursement date for the loan book (POLICY D7).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from engine.law.citations import public_article, public_instrument
from engine.law.rulebook import Rule, Rulebook

CONFIDENCE_VI = {"C2": "C2", "C1": "C1", "U": "U — chưa xác minh"}


def to_datetime64(values) -> np.ndarray:
    return pd.to_datetime(pd.Series(values)).to_numpy(dtype="datetime64[ns]")


def param_at(book: Rulebook, name: str, dates) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(values float64 with NaN = unknown or not in force, confidence, citation) of ``name`` per date."""
    p = book.parameters[name]
    d = to_datetime64(dates)
    n = len(d)
    starts = np.array([np.datetime64(v.start, "ns") for v in p.values])
    idx = np.searchsorted(starts, d, side="right") - 1
    ok = (idx >= 0) & ~np.isnat(d)
    idx_c = np.clip(idx, 0, len(p.values) - 1)
    ends = np.array([np.datetime64(v.end, "ns") if v.end else np.datetime64("NaT", "ns") for v in p.values])
    end_at = ends[idx_c]
    ok &= np.isnat(end_at) | (d <= end_at)
    vals = np.array([np.nan if v.value is None else float(v.value) for v in p.values])
    conf = np.array([v.source.confidence for v in p.values], dtype=object)
    cite = np.array([param_citation(book, name, v) for v in p.values], dtype=object)
    out_v = np.where(ok, vals[idx_c], np.nan) if n else np.zeros(0)
    out_c = np.where(ok, conf[idx_c], None) if n else np.zeros(0, dtype=object)
    out_t = np.where(ok, cite[idx_c], None) if n else np.zeros(0, dtype=object)
    return out_v.astype("float64"), out_c.astype(object), out_t.astype(object)


def _where(source) -> str:
    """Article and instrument as a commune official can look them up (reviewers' notes left out)."""
    article, instrument = public_article(source.article), public_instrument(source.instrument)
    return f"{article} — {instrument}" if article else instrument


def param_citation(book: Rulebook, name: str, value=None) -> str:
    p = book.parameters[name]
    v = value if value is not None else p.values[-1]
    return (f"{_where(v.source)} (tham số {name}, mức tin cậy "
            f"{CONFIDENCE_VI.get(v.source.confidence, v.source.confidence)})")


def rule_citation(rule: Rule) -> str:
    return (f"{_where(rule.source)} (quy tắc {rule.id}, mức tin cậy "
            f"{CONFIDENCE_VI.get(rule.source.confidence, rule.source.confidence)})")


def rule_citations(book: Rulebook, rule_ids) -> list[str]:
    """Citation text per ';'-joined rule-id string (cached per distinct value)."""
    cache: dict[str, str] = {}
    by_id = {r.id: r for r in book.rules}
    out = []
    for ids in rule_ids:
        if ids not in cache:
            parts = [rule_citation(by_id[i]) for i in str(ids or "").split(";") if i in by_id]
            cache[ids] = "; ".join(parts)
        out.append(cache[ids])
    return out


# ------------------------------------------------------------------ Vietnamese formatting, column-wise

def money(values) -> np.ndarray:
    """1500000 → '1.500.000'; NaN → 'chưa rõ'."""
    s = pd.Series(values, dtype="float64")
    out = np.full(len(s), "chưa rõ", dtype=object)
    ok = s.notna().to_numpy()
    if ok.any():
        ints = np.round(s.to_numpy()[ok]).astype(np.int64)
        out[ok] = [f"{v:,}".replace(",", ".") for v in ints]
    return out


def percent(values, digits: int = 2) -> np.ndarray:
    s = pd.Series(values, dtype="float64")
    out = np.full(len(s), "chưa rõ", dtype=object)
    ok = s.notna().to_numpy()
    def one(v):
        t = f"{v:.{digits}f}"
        if "." in t:
            t = t.rstrip("0").rstrip(".")
        return t.replace(".", ",") + "%"

    out[ok] = [one(v) for v in s.to_numpy()[ok]]
    return out


def dates(values) -> np.ndarray:
    s = pd.to_datetime(pd.Series(values))
    out = s.dt.strftime("%d/%m/%Y").to_numpy(dtype=object)
    out[s.isna().to_numpy()] = "chưa rõ"
    return out


def text(values, empty: str = "") -> np.ndarray:
    """Any column as an object array of str ('' — or ``empty`` — for a missing value), ready to concatenate."""
    arr = values.to_numpy(dtype=object) if isinstance(values, (pd.Series, pd.Index)) else np.asarray(values, dtype=object)
    return np.array([empty if v is None or (isinstance(v, float) and v != v) or v is pd.NA else str(v) for v in arr],
                    dtype=object)
