"""Checks on the review list at the review date: inclusion / exclusion (D5, S9), borderline
income, declared deprivations vs member data, unverified basis (D9), missing data.

The classification itself is the vectorised engine's (engine.evaluation.vectorised.classify_frames); this
module turns its outcome, rule ids and flag codes into audit flags with Vietnamese text, the values
that triggered them and their citations.
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from engine.decisions import classification as engine_classify
from engine.law import conditions
from engine.decisions import fmt
from engine.law.periods import period_for
from engine.law.rulebook import Rulebook
from engine.evaluation.vectorised import classify_frames
from . import catalogue, law
from .flagframe import FlagSink
from .settings import NOT_LAW, AuditSettings

LISTED = ("poor", "near_poor")


def status_labels(book: Rulebook) -> dict:
    return dict(book.facts["recognised_status"]["values"])


def outcome_labels(book: Rulebook) -> dict:
    out = dict(book.families[engine_classify.FAMILY].outcomes)
    out[engine_classify.REVIEW] = "cần rà soát"
    return out


def income_lines(book: Rulebook, day: dt.date) -> dict[str, list[tuple[str, str, float | None, str]]]:
    """Per area code: (parameter, label, value, citation) of every income threshold that the poor and
    near-poor rules in force at ``day`` compare income with, lowest first."""
    per = period_for(book, day)
    areas = list(book.facts["area"]["values"])
    out: dict[str, list] = {a: [] for a in areas}
    for r in per.rules:
        if r.family != engine_classify.FAMILY or r.outcome not in LISTED:
            continue
        for leaf in conditions.leaves(r.when):
            if leaf.fact != "income_pc_month" or not leaf.param:
                continue
            for a in areas:
                name = leaf.param.replace("{area}", a) if leaf.placeholder == "area" else leaf.param
                pv = per.params.get(name)
                if pv is None or any(x[0] == name for x in out[a]):
                    continue
                out[a].append((name, book.parameters[name].label, pv.value,
                               law.param_citation(book, name, pv)))
    for a in areas:
        out[a].sort(key=lambda x: (x[2] is None, x[2] or 0))
    return out


def lines_text(lines: dict) -> dict[str, str]:
    return {a: "; ".join(f"{label} {fmt.number(v)} đồng" if v is not None else f"{label} chưa rõ"
                         for _, label, v, _ in ls) or "không có chuẩn thu nhập"
            for a, ls in lines.items()}


def classify(hh: pd.DataFrame, mem: pd.DataFrame, dec: pd.DataFrame, day: dt.date, book: Rulebook) -> pd.DataFrame:
    res = classify_frames(hh, mem, dec, day, book)
    res["recognised_status"] = res["recognised_status"].astype(object)
    return res


def check(hh: pd.DataFrame, res: pd.DataFrame, day: dt.date, book: Rulebook, settings: AuditSettings,
          sink: FlagSink, undated: pd.Series | None = None) -> None:
    """Flags of the review list. ``hh`` and ``res`` are aligned row by row (res = classify())."""
    n = len(hh)
    if n == 0:
        return
    src = hh[["source_file", "source_sheet", "source_row"]] if "source_file" in hh else None
    hid = hh["household_id"].to_numpy(dtype=object)
    st_vi, out_vi = status_labels(book), outcome_labels(book)
    rec = res["recognised_status"].to_numpy(dtype=object)
    out = res["outcome"].to_numpy(dtype=object)
    area = hh["area"].astype(object).to_numpy()
    income = hh["income_pc_month"].to_numpy(dtype="float64", na_value=np.nan)
    dep = res["deprivation_count"].to_numpy(dtype="float64")
    day_vi = fmt.date(day)
    lines = income_lines(book, day)
    ltext = lines_text(lines)
    lines_col = np.array([ltext.get(a, "không rõ khu vực") for a in area], dtype=object)
    income_vi = law.money(income)
    dep_vi = np.where(np.isnan(dep), "chưa rõ", pd.Series(dep).fillna(-1).astype(int).astype(str).to_numpy())
    rec = np.array([None if pd.isna(x) else x for x in rec], dtype=object)
    rec_vi = np.array([st_vi.get(x, "chưa xác định (quyết định mâu thuẫn)") if x is not None else
                       "chưa xác định (quyết định mâu thuẫn)" for x in rec], dtype=object)
    out_vi_col = np.array([out_vi.get(x, x) for x in out], dtype=object)
    decided = out != engine_classify.REVIEW
    listed_rec = np.isin(rec, LISTED)
    listed_out = np.isin(out, LISTED)

    rule_ids = res["rule_ids"].to_numpy(dtype=object)
    # Inclusion: listed poor / near-poor, computed otherwise (D5, S9).
    known_rec = np.array([x is not None for x in rec])
    for code, m in (("inclusion.listed_not_computed", decided & listed_rec & (rec != out)),
                    ("exclusion.computed_not_listed", listed_out & known_rec & ~listed_rec)):
        if not m.any():
            continue
        r_vi, o_vi, inc, lt, dp = rec_vi[m], out_vi_col[m], income_vi[m], lines_col[m], dep_vi[m]
        if code.startswith("inclusion"):
            msg = ("Được công nhận '" + r_vi + "' nhưng tính theo chuẩn tại " + day_vi + " là '" + o_vi
                   + "': thu nhập " + inc + " đồng/người/tháng (" + lt + "), " + dp + " chỉ số thiếu hụt")
        else:  # Exclusion: computed poor / near-poor, not on the list (D5, S9).
            msg = ("Tính theo chuẩn tại " + day_vi + " là '" + o_vi + "' (thu nhập " + inc + " đồng/người/tháng — "
                   + lt + "; " + dp + " chỉ số thiếu hụt) nhưng tình trạng được công nhận là '" + r_vi + "'")
        cite = catalogue.READING_STATUS + "; " + np.array(law.rule_citations(book, rule_ids[m]), dtype=object)
        sink.add(code, message=msg, citation=cite, household_id=hid[m], source=_rows(src, m),
                 values={"recognised_status": rec[m], "computed": out[m], "income_pc_month": income[m],
                         "deprivation_count": dep[m], "rule_ids": rule_ids[m]})
    _borderline(hh, income, area, lines, settings, sink, src, hid)
    _engine_codes(hh, res, day, book, sink, src, hid, out_vi_col)
    if undated is not None and len(undated):
        m = hh["household_id"].isin(undated).to_numpy()
        if m.any():
            sink.add("review.missing_data", severity="low",
                     message=("Tình trạng '" + rec_vi[m] + "' trong danh sách không có ngày quyết định công nhận: "
                                 "được coi là tình trạng tại ngày rà soát, nhưng không xác định được tình trạng tại "
                                 "ngày giải ngân các khoản vay"),
                     citation=catalogue.READING_STATUS, household_id=hid[m], source=_rows(src, m),
                     values={"fact": "status_decision_date", "recognised_status": rec[m]})


def _rows(src: pd.DataFrame | None, m: np.ndarray):
    return None if src is None else src[m]


def _borderline(hh, income, area, lines, settings: AuditSettings, sink: FlagSink, src, hid) -> None:
    band = settings.borderline_band
    if band <= 0:
        return
    k = max((len(v) for v in lines.values()), default=0)
    best_diff = np.full(len(hh), np.inf)
    best_idx = np.full(len(hh), -1)
    for j in range(k):
        lv = np.array([lines.get(a, [])[j][2] if a in lines and len(lines[a]) > j and lines[a][j][2] is not None
                       else np.nan for a in area], dtype="float64")
        with np.errstate(invalid="ignore", divide="ignore"):
            rel = np.abs(income - lv) / lv
        better = (rel <= band) & (rel < best_diff)
        best_diff = np.where(better, rel, best_diff)
        best_idx = np.where(better, j, best_idx)
    m = best_idx >= 0
    if not m.any():
        return
    rows = np.flatnonzero(m)
    names, labels, values, cites = [], [], [], []
    for r in rows:
        name, label, v, cite = lines[area[r]][best_idx[r]]
        names.append(name)
        labels.append(label)
        values.append(v)
        cites.append(cite)
    values = np.array(values, dtype="float64")
    diff = income[rows] - values
    where = np.where(diff > 0, "trên", np.where(diff < 0, "dưới", "bằng"))
    band_vi = f"±{fmt.number(round(band * 100, 4))}%"
    msg = ("Thu nhập " + law.money(income[rows]) + " đồng/người/tháng " + where + " " + np.array(labels, dtype=object)
           + " " + law.money(values) + " đồng (chênh " + law.money(np.abs(diff)) + " đồng, "
           + law.percent(np.abs(diff) / values * 100) + "), trong dải " + band_vi
           + ": nên kiểm tra lại thu nhập trước khi công nhận")
    cite = np.array(cites, dtype=object) + f"; dải {band_vi}: {NOT_LAW} (AuditSettings.borderline_band)"
    sink.add("review.borderline_income", message=msg, citation=cite, household_id=hid[rows],
             source=None if src is None else src.iloc[rows],
             values={"income_pc_month": income[rows], "line": values, "parameter": np.array(names, dtype=object),
                     "band": band})


def _engine_codes(hh, res, day, book: Rulebook, sink: FlagSink, src, hid, out_vi_col) -> None:
    codes = res["flag_codes"].to_numpy(dtype=object)
    nonempty = np.flatnonzero(codes != "")
    if not len(nonempty):
        return
    rows, items = [], []
    for r in nonempty:
        for c in codes[r].split(";"):
            rows.append(r)
            items.append(c)
    rows = np.array(rows)
    items = np.array(items, dtype=object)
    heads = np.array([c.partition(".")[0] for c in items], dtype=object)
    tails = np.array([c.partition(".")[2] for c in items], dtype=object)
    day_vi = fmt.date(day)
    per = period_for(book, day)
    fam_rules = [r for r in per.rules if r.family == engine_classify.FAMILY]

    def s(mask):
        return None if src is None else src.iloc[rows[mask]]

    # declared deprivations that member / housing data contradict
    m = heads == "indicator_mismatch"
    if m.any():
        ind_ids = tails[m]
        r_ = rows[m]
        declared = np.full(len(r_), None, dtype=object)
        for i in np.unique(ind_ids):
            sel = ind_ids == i
            col = hh[f"declared_{i}"].to_numpy(dtype=object, na_value=None)[r_[sel]]
            declared[sel] = [None if v is None else bool(v) for v in col]
        msg, cite, nums = [], [], []
        for i, d in zip(ind_ids, declared):
            ind = book.indicators[i]
            per_ind = ind.counts_on(day)
            dec_vi = "thiếu hụt" if d is True else "không thiếu hụt"
            der_vi = "không thiếu hụt" if d is True else "thiếu hụt"
            msg.append(f"Chỉ số {ind.number} '{ind.label}': dữ liệu thành viên/nhà ở cho thấy {der_vi} nhưng khai "
                       f"báo là {dec_vi}")
            cite.append(f"{per_ind.source.article} — {per_ind.source.instrument} (chỉ số {i}, mức tin cậy "
                        f"{law.CONFIDENCE_VI.get(ind.confidence, ind.confidence)})" if per_ind else ind.label)
            nums.append(ind.number)
        sink.add("review.indicator_mismatch", message=np.array(msg, dtype=object), citation=np.array(cite, dtype=object),
                 household_id=hid[r_], source=s(m),
                 values={"indicator": ind_ids, "number": np.array(nums), "declared": declared,
                         "derived": np.array([not bool(d) for d in declared])})
    # missing facts and unknown legal values: the classification could not be decided
    for head, code in (("missing_data", "review.missing_data"), ("unknown_value", "review.unknown_value")):
        m = heads == head
        if not m.any():
            continue
        msg, cite = [], []
        cache: dict[str, tuple[str, str]] = {}
        for t in tails[m]:
            if t not in cache:
                if head == "missing_data":
                    label = book.facts[t]["label"]
                    users = [r for r in fam_rules if any(t in lf.facts_read() for lf in conditions.leaves(r.when))]
                    instruments = "; ".join(dict.fromkeys(r.source.instrument for r in users))
                    cache[t] = (f"Chưa kết luận được phân loại tại {day_vi}: thiếu dữ liệu '{label}'",
                                f"{instruments} (quy tắc: {', '.join(r.id for r in users)})")
                else:
                    p = book.parameters[t]
                    pv = p.at(day)
                    cache[t] = (f"Chưa kết luận được phân loại tại {day_vi}: văn bản chưa cho biết '{p.label}'",
                                law.param_citation(book, t, pv) if pv else law.param_citation(book, t))
            a, b = cache[t]
            msg.append(a)
            cite.append(b)
        key = "fact" if head == "missing_data" else "parameter"
        sink.add(code, message=np.array(msg, dtype=object), citation=np.array(cite, dtype=object),
                 household_id=hid[rows[m]], source=s(m), values={key: tails[m]})
    for head, code, text in (
            ("rule_conflict", "review.rule_conflict",
             "Chưa kết luận được phân loại: có hơn một kết quả có thể đúng cùng lúc (xung đột quy tắc)"),
            ("no_rule", "review.rule_conflict", "Chưa kết luận được phân loại: không quy tắc nào áp dụng"),
            ("status_decisions_conflict", "review.status_conflict",
             "Có hai quyết định công nhận khác nhau cùng một ngày: không xác định được tình trạng được công nhận"),
            ("deprivation_count_mismatch", "review.indicator_mismatch",
             "Số chỉ số thiếu hụt khai báo khác với số tính được từ dữ liệu thành viên và nhà ở")):
        m = heads == head
        if m.any():
            sink.add(code, message=np.full(int(m.sum()), text, dtype=object),
                     citation=catalogue.READING_STATUS if head == "status_decisions_conflict" else
                     "; ".join(dict.fromkeys(r.source.instrument for r in fam_rules)),
                     household_id=hid[rows[m]], source=s(m), values={"engine_flag": items[m]})
    m = heads == "unverified_basis"
    if m.any():
        r_ = rows[m]
        basis = res["unverified_basis"].to_numpy(dtype=object)[r_]
        msg, cite = [], []
        cache2: dict[str, tuple[str, str]] = {}
        for b in basis:
            if b not in cache2:
                labels, cites = [], []
                for item in b.split(";"):
                    if item in book.parameters:
                        p = book.parameters[item]
                        pv = p.at(day)
                        labels.append(p.label)
                        cites.append(law.param_citation(book, item, pv) if pv else law.param_citation(book, item))
                    elif item.startswith("indicator.") and item[10:] in book.indicators:
                        ind = book.indicators[item[10:]]
                        labels.append(f"chỉ số {ind.number} '{ind.label}'")
                        cites.append(f"chỉ số {ind.id} (mức tin cậy U)")
                    else:
                        try:
                            r = book.rule(item)
                            labels.append(f"quy tắc '{r.title}'")
                            cites.append(law.rule_citation(r))
                        except KeyError:
                            labels.append(item)
                cache2[b] = ("dựa trên căn cứ chưa xác minh: " + "; ".join(labels), catalogue.READING_UNVERIFIED + "; " + "; ".join(cites))
            a, c = cache2[b]
            msg.append(a)
            cite.append(c)
        sink.add("review.unverified_basis",
                 message="Kết quả '" + out_vi_col[r_] + "' " + np.array(msg, dtype=object),
                 citation=np.array(cite, dtype=object), household_id=hid[r_], source=s(m),
                 values={"unverified_basis": basis})
