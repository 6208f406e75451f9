"""Year over year: the recognised status in the previous review and now, the transitions between them,
and the households whose status changed without a commune decision since the previous review.

Recognition is the commune chairman's decision (QĐ 24/2021/QĐ-TTg step 6, POLICY §3; D5): a status
that differs from the previous review's while the latest decision dates from before that review
(or has no date) changed without a decision.
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from engine.decisions import fmt
from engine.facts.household_columns import recognised_status_at
from engine.law.rulebook import Rulebook
from . import catalogue, law
from .flagframe import FlagSink

ABSENT = "absent"
ABSENT_VI = "không có trong danh sách"
CITATION = ("Bước 6 quy trình rà soát: Chủ tịch UBND cấp xã quyết định công nhận danh sách hộ nghèo, cận nghèo, "
            "thoát nghèo — Quyết định 24/2021/QĐ-TTg; " + catalogue.READING_STATUS)


def status_table(households: pd.DataFrame, decisions: pd.DataFrame, day: dt.date) -> pd.DataFrame:
    """household_id, status at ``day`` (None = two decisions the same day), date of the latest dated decision."""
    hh = households.drop_duplicates("household_id")[["household_id"]].reset_index(drop=True)
    hh["household_id"] = hh["household_id"].astype(object)
    ref = np.full(len(hh), np.datetime64(day, "ns"))
    status, date, _ = recognised_status_at(hh, decisions, ref)
    out = hh.copy()
    out["status"] = status
    out["decision_date"] = date
    return out


def transitions(cur_hh: pd.DataFrame, cur_dec_review: pd.DataFrame, cur_dec_dated: pd.DataFrame, day: dt.date,
                prev_hh: pd.DataFrame, prev_dec_review: pd.DataFrame, prev_day: dt.date, book: Rulebook,
                sink: FlagSink) -> pd.DataFrame:
    st_vi = dict(book.facts["recognised_status"]["values"])
    st_vi[ABSENT] = ABSENT_VI
    cur = status_table(cur_hh, cur_dec_review, day)
    dated = status_table(cur_hh, cur_dec_dated, day)[["household_id", "decision_date"]]
    cur = cur.drop(columns="decision_date").merge(dated, on="household_id", how="left")
    prev = status_table(prev_hh, prev_dec_review, prev_day)[["household_id", "status"]]
    t = prev.rename(columns={"status": "previous_status"}).merge(
        cur.rename(columns={"status": "status", "decision_date": "status_decision_date"}), on="household_id", how="outer")
    in_prev = t["household_id"].isin(prev["household_id"]).to_numpy()
    in_cur = t["household_id"].isin(cur["household_id"]).to_numpy()
    t["previous_status"] = np.where(in_prev, t["previous_status"], ABSENT)
    t["status"] = np.where(in_cur, t["status"], ABSENT)
    loc = cur_hh.drop_duplicates("household_id").set_index("household_id")
    for c in ("province_code", "commune_code", "commune_name", "village_code", "village_name"):
        if c in loc:
            t[c] = loc[c].astype(object).reindex(t["household_id"]).to_numpy()
    t["transition"] = [f"{st_vi.get(a, a) if a else 'chưa xác định'} → {st_vi.get(b, b) if b else 'chưa xác định'}"
                       for a, b in zip(t["previous_status"], t["status"])]
    ps, cs = t["previous_status"].to_numpy(dtype=object), t["status"].to_numpy(dtype=object)
    known = np.array([a is not None and b is not None for a, b in zip(ps, cs)])
    changed = known & (ps != cs)
    t["changed"] = changed
    dd = t["status_decision_date"].to_numpy(dtype="datetime64[ns]")
    no_new = np.isnat(dd) | (dd <= np.datetime64(prev_day, "ns"))
    m = changed & in_prev & in_cur & no_new
    t["changed_without_decision"] = m
    if m.any():
        sub = t[m]
        last = np.where(np.isnat(dd[m]), "không có quyết định nào có ngày",
                        "quyết định gần nhất ngày " + law.dates(dd[m]))
        msg = ("Tình trạng kỳ trước (" + fmt.date(prev_day) + ") là '" + np.array([st_vi.get(x, x) for x in ps[m]], dtype=object)
               + "', nay là '" + np.array([st_vi.get(x, x) for x in cs[m]], dtype=object) + "' nhưng " + last
               + " — không có quyết định công nhận mới của UBND xã sau kỳ rà soát trước")
        src = cur_hh.drop_duplicates("household_id").set_index("household_id")
        source = None
        if "source_row" in src:
            source = src[["source_file", "source_sheet", "source_row"]].reindex(sub["household_id"])
        sink.add("transition.changed_without_decision", message=msg, citation=CITATION,
                 household_id=sub["household_id"].to_numpy(dtype=object), source=source,
                 values={"previous_status": ps[m], "status": cs[m], "previous_date": prev_day.isoformat(),
                         "latest_decision_date": dd[m]})
    return t


def matrix(t: pd.DataFrame, book: Rulebook) -> pd.DataFrame:
    st_vi = dict(book.facts["recognised_status"]["values"])
    st_vi[ABSENT] = ABSENT_VI
    a = t["previous_status"].map(lambda x: st_vi.get(x, "chưa xác định") if x is not None else "chưa xác định")
    b = t["status"].map(lambda x: st_vi.get(x, "chưa xác định") if x is not None else "chưa xác định")
    return pd.crosstab(a.rename("Kỳ trước"), b.rename("Kỳ này"))
