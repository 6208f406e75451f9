"""Portfolio quality: overdue ratio by savings group, commune and entrusted organisation.

Compared with the provincial plans' goal (under 1% of outstanding) and the entrustment fee bands
(< 2% → 100% of the fee, 2–3% → 80%, 3–4% → 50%, ≥ 4% → 0%). All of these are U-tagged in POLICY §5
and read from rules/parameters/audit/ at the review date: every portfolio flag says it rests on
an unverified value (D9).
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from ..reading import vocab
from engine.law.rulebook import Rulebook
from . import catalogue, law
from .cross import CrossKeys
from .flagframe import FlagSink

GOAL = "audit.overdue_goal"
BANDS = ("audit.entrustment_overdue_band_1", "audit.entrustment_overdue_band_2", "audit.entrustment_overdue_band_3")
SHARES = ("audit.entrustment_fee_share_band_0", "audit.entrustment_fee_share_band_1",
          "audit.entrustment_fee_share_band_2", "audit.entrustment_fee_share_band_3")
LEVELS = {
    "group": ("Tổ TK&VV", ["commune_code", "savings_group"]),
    "commune": ("Xã", ["commune_code"]),
    "organisation": ("Tổ chức nhận ủy thác", ["commune_code", "entrusted_org"]),
}


def _value(book: Rulebook, name: str, day: dt.date):
    p = book.parameters.get(name)
    pv = p.at(day) if p else None
    return (pv.value if pv is not None else None), (law.param_citation(book, name, pv) if pv is not None else None)


def tables(keys: CrossKeys, day: dt.date, book: Rulebook) -> dict[str, pd.DataFrame]:
    """Overdue ratio per level, with the band and the fee share it falls in."""
    g = keys.groups
    out = {}
    bands = [_value(book, b, day)[0] for b in BANDS]
    shares = [_value(book, s, day)[0] for s in SHARES]
    goal = _value(book, GOAL, day)[0]
    for level, (_, cols) in LEVELS.items():
        if g.empty:
            out[level] = pd.DataFrame()
            continue
        t = g.groupby(cols, as_index=False).agg(
            commune_name=("commune_name", "first"), loans=("loans", "sum"), outstanding=("outstanding", "sum"),
            overdue=("overdue", "sum"), overdue_unknown=("overdue_unknown", "sum"),
            overdue_loans=("overdue_loans", "sum"))
        if level == "group":
            # a group's organisation(s): nearly always one; join the few that have several
            go = g[g["entrusted_org"] != ""].drop_duplicates(cols + ["entrusted_org"])
            multi = go.duplicated(cols, keep=False).to_numpy()
            single = go[~multi].set_index(cols)["entrusted_org"]
            joined = go[multi].groupby(cols)["entrusted_org"].agg(lambda s: ", ".join(sorted(s)))
            orgs = pd.concat([single, joined])
            t["entrusted_org"] = orgs.reindex(pd.MultiIndex.from_frame(t[cols])).to_numpy(dtype=object)
        with np.errstate(invalid="ignore", divide="ignore"):
            ratio = np.where(t["outstanding"] > 0, t["overdue"] / t["outstanding"] * 100, np.nan)
        t["overdue_ratio_pct"] = ratio
        band = np.zeros(len(t), int)
        for i, b in enumerate(bands, start=1):
            if b is not None:
                band = np.where(ratio >= b, i, band)
        t["fee_band"] = np.where(np.isnan(ratio), -1, band)
        t["fee_share_pct"] = [shares[b] if b >= 0 and b < len(shares) else np.nan for b in t["fee_band"]]
        t["above_goal"] = (ratio >= goal) if goal is not None else False
        out[level] = t
    return out


def band_text(band: int, bands: list) -> str:
    if band < 0:
        return "không tính được"
    b = [("chưa rõ" if v is None else f"{v:g}%") for v in bands]
    if band == 0:
        return f"dưới {b[0]}"
    if band == len(bands):
        return f"từ {b[-1]} trở lên"
    return f"từ {b[band - 1]} đến dưới {b[band]}"


def flags(keys: CrossKeys, tabs: dict, day: dt.date, book: Rulebook, sink: FlagSink) -> None:
    if keys.groups.empty:
        return
    if not keys.has_overdue_column:
        sink.add("review.missing_data", 1, entity="file", severity="low",
                 message=["Sổ vay không có số nợ quá hạn (cột 'Nợ quá hạn'): không tính được tỷ lệ nợ quá hạn theo tổ, "
                          "xã và tổ chức nhận ủy thác"],
                 citation=[_value(book, GOAL, day)[1] or catalogue.READING_UNVERIFIED], values={"fact": "overdue_amount"})
        return
    goal, goal_cite = _value(book, GOAL, day)
    if goal is None:
        return
    bands = [_value(book, b, day)[0] for b in BANDS]
    band_cites = "; ".join(c for c in (_value(book, b, day)[1] for b in BANDS) if c)
    cite = f"{goal_cite}; {band_cites}; {catalogue.READING_UNVERIFIED}"
    org_vi = {t.code: t.label for t in vocab.terms("entrusted_org")}
    for level, (label, cols) in LEVELS.items():
        t = tabs.get(level)
        if t is None or t.empty:
            continue
        t = t[t["above_goal"].astype(bool)]
        if t.empty:
            continue
        commune = np.array([c if c.casefold().startswith(("xã", "phường", "thị trấn", "đặc khu")) else "xã " + c
                            for c in law.text(t["commune_name"].where(t["commune_name"].notna(), t["commune_code"]))],
                           dtype=object)
        if level == "group":
            who = "Tổ TK&VV '" + law.text(t["savings_group"]) + "' (" + commune + ")"
            keyv = law.text(t["commune_code"]) + " / " + law.text(t["savings_group"])
        elif level == "commune":
            who = np.array([c[:1].upper() + c[1:] for c in commune], dtype=object)
            keyv = law.text(t["commune_code"])
        else:
            orgs = np.array([org_vi.get(o, o) or "không rõ tổ chức" for o in t["entrusted_org"]], dtype=object)
            who = orgs + " " + commune
            keyv = law.text(t["commune_code"]) + " / " + law.text(t["entrusted_org"])
        band = t["fee_band"].to_numpy()
        sev = np.where(band >= len(bands), "high", np.where(band >= 1, "medium", "low"))
        msg = (who + ": nợ quá hạn " + law.money(t["overdue"]) + " / dư nợ " + law.money(t["outstanding"]) + " đồng = "
               + law.percent(t["overdue_ratio_pct"]) + f", không đạt mục tiêu dưới {goal:g}% của kế hoạch tỉnh; dải phí "
               "ủy thác " + np.array([band_text(b, bands) for b in band], dtype=object) + " — phí được hưởng "
               + law.percent(t["fee_share_pct"], 0))
        unknown = t["overdue_unknown"].to_numpy()
        msg = np.where(unknown > 0, msg + " (" + unknown.astype(str) + " khoản vay chưa rõ nợ quá hạn, tính như 0)", msg)
        sink.add("portfolio.overdue_above_goal", message=msg, citation=cite, entity=level, entity_key=keyv,
                 severity=sev,
                 values={"level": level, "overdue": t["overdue"].to_numpy(), "outstanding": t["outstanding"].to_numpy(),
                         "ratio_pct": t["overdue_ratio_pct"].to_numpy(), "fee_band": band,
                         "fee_share_pct": t["fee_share_pct"].to_numpy()})
        last = sink.parts[-1]
        last["commune_code"] = t["commune_code"].to_numpy(dtype=object)
        last["commune_name"] = t["commune_name"].to_numpy(dtype=object)
