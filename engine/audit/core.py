"""The audit over in-memory frames: ``audit_frames`` = ``audit_chunk`` on one chunk + ``finish``.

``audit_chunk`` needs one chunk of households with all their members, decisions and loans (e.g. one
province); ``finish`` merges any number of chunk results and runs the second pass (cross-household
signals and portfolio ratios) on their small key tables. A streaming or Dask driver calls
``audit_chunk`` per partition and ``finish`` once (see engine/audit/__init__.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from engine.facts import dates
from engine.decisions import fmt
from engine.law import rulebook
from engine.evaluation.vectorised_programs import evaluate
from . import catalogue, cross, households, law, loans, portfolio, yoy
from .catalogue import FAMILIES, FLAGS, SEVERITY_ORDER
from .flagframe import LOCATION_COLUMNS, FlagSink, empty_flags
from .settings import AuditSettings

HOUSEHOLD_OUT = ["household_id", "province_code", "province_name", "commune_code", "commune_name", "place_source",
                 "village_code", "village_name", "area", "income_pc_month", "recognised_status", "outcome", "rule_ids",
                 "deprivation_count", "unverified_basis", "engine_flags", "evaluated", "not_evaluated_reason",
                 "source_file", "source_sheet", "source_row"]
LOAN_OUT = ["loan_id", "household_id", "program", "family", "work_type", "disbursement_date", "amount_disbursed",
            "outstanding", "overdue_amount", "status_at_disbursement", "status_date", "months_since_status_decision",
            "outstanding_before", "ceiling", "remaining", "outcome", "kind", "rule_ids", "missing_facts",
            "unverified_basis", "borrower_is_member", "borrower_age", "savings_group", "entrusted_org",
            "province_code", "commune_code", "village_code", "village_name", "source_file", "source_sheet", "source_row"]


@dataclass
class ChunkResult:
    households: pd.DataFrame
    loans: pd.DataFrame
    flags: pd.DataFrame
    keys: cross.CrossKeys
    not_evaluated: pd.DataFrame
    transitions: pd.DataFrame | None = None
    what_if: pd.DataFrame | None = None


@dataclass
class AuditResult:
    day: dt.date
    ruleset_version: str
    settings: AuditSettings
    households: pd.DataFrame  # one row per household of the review list (evaluated or not, with the reason)
    loans: pd.DataFrame  # one row per loan, facts at disbursement and program evaluation
    flags: pd.DataFrame  # one row per flag (flagframe.FLAG_COLUMNS + location)
    portfolio: dict = field(default_factory=dict)  # level → overdue table
    not_evaluated: pd.DataFrame = field(default_factory=pd.DataFrame)
    transitions: pd.DataFrame | None = None
    transition_matrix: pd.DataFrame | None = None
    previous_date: dt.date | None = None
    what_if: pd.DataFrame | None = None
    what_if_date: dt.date | None = None
    what_if_matrix: pd.DataFrame | None = None
    has_loans: bool = False
    unverified_rules: dict = field(default_factory=dict)

    def flag_counts(self) -> pd.DataFrame:
        """Flags per family × severity (every family and severity present, zeros included)."""
        idx = pd.MultiIndex.from_product([list(FAMILIES), list(SEVERITY_ORDER)], names=["family", "severity"])
        if self.flags.empty:
            return pd.Series(0, index=idx, name="count").reset_index()
        c = self.flags.groupby(["family", "severity"]).size().reindex(idx, fill_value=0)
        return c.rename("count").reset_index()

    def outcome_counts(self) -> pd.Series:
        ev = self.households[self.households["evaluated"].astype(bool)]
        return ev["outcome"].value_counts()


# ------------------------------------------------------------------ inputs

# Text columns the checks join, compare or group on: held as Python objects (pandas' Arrow-backed
# "str" dtype is slow for isin / get_indexer on ids, and the engine reads enums as objects).
KEY_COLUMNS = ("household_id", "loan_id", "borrower_cccd", "program", "purpose", "area", "status",
               "recognised_status", "savings_group", "group_leader", "entrusted_org", "province_code", "commune_code",
               "commune_name", "village_code", "village_name", "borrower_name")


def _frame(df, columns=()) -> pd.DataFrame:
    if df is None:
        return pd.DataFrame({c: [] for c in columns})
    out = df.reset_index(drop=True)
    conv = {c: pd.Series(out[c].to_numpy(dtype=object, na_value=None), dtype=object)
            for c in KEY_COLUMNS if c in out and out[c].dtype != object}
    if conv:
        out = out.assign(**conv)
    return out


def merge_decisions(hh: pd.DataFrame, dec: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.Series]:
    """Dated decisions (the decisions table + the list's status with its decision date) and the ids of
    households whose list status has no date."""
    parts = []
    if dec is not None and len(dec):
        parts.append(pd.DataFrame({"household_id": dec["household_id"].astype(object).to_numpy(),
                                   "status": dec["status"].astype(object).to_numpy(),
                                   "decision_date": dec["decision_date"].to_numpy(dtype="datetime64[ns]")}))
    undated = pd.Series([], dtype=object)
    if "recognised_status" in hh:
        lst = hh[hh["recognised_status"].notna()]
        date = (lst["status_decision_date"] if "status_decision_date" in lst
                else pd.Series(pd.NaT, index=lst.index, dtype="datetime64[ns]"))
        dated = lst[date.notna()]
        parts.append(pd.DataFrame({"household_id": dated["household_id"].astype(object).to_numpy(),
                                   "status": dated["recognised_status"].astype(object).to_numpy(),
                                   "decision_date": date[date.notna()].to_numpy(dtype="datetime64[ns]")}))
        undated = lst.loc[date.isna(), "household_id"].astype(object)
    if parts:
        out = pd.concat(parts, ignore_index=True)
        out = out[out["decision_date"].notna() & out["status"].notna()]
        out = out.drop_duplicates(["household_id", "status", "decision_date"]).reset_index(drop=True)
    else:
        out = pd.DataFrame({"household_id": pd.Series([], dtype=object), "status": pd.Series([], dtype=object),
                            "decision_date": pd.Series([], dtype="datetime64[ns]")})
    return out, undated.reset_index(drop=True)


def with_undated(dated: pd.DataFrame, hh: pd.DataFrame, undated: pd.Series, day: dt.date) -> pd.DataFrame:
    """Decisions for the review date: an undated list status counts as the status at the review date."""
    if not len(undated):
        return dated
    lst = hh[hh["household_id"].isin(undated)]
    extra = pd.DataFrame({"household_id": lst["household_id"].astype(object).to_numpy(),
                          "status": lst["recognised_status"].astype(object).to_numpy(),
                          "decision_date": np.full(len(lst), np.datetime64(day, "ns"))})
    return pd.concat([dated, extra], ignore_index=True)


# ------------------------------------------------------------------ one chunk

def audit_chunk(hh: pd.DataFrame, mem: pd.DataFrame, dec: pd.DataFrame | None, loan_book: pd.DataFrame | None,
                day: dt.date, *, book: rulebook.Rulebook | None = None, settings: AuditSettings | None = None,
                previous: tuple | None = None, previous_date: dt.date | None = None,
                what_if: dt.date | None = None) -> ChunkResult:
    """All row-level checks of one chunk (households with all their members, decisions and loans).

    ``previous``: (households, members, decisions) of the previous review, for the transitions.
    """
    book = book or rulebook.default()
    settings = settings or AuditSettings()
    hh = _frame(hh)
    mem = _frame(mem)
    dec = _frame(dec) if dec is not None else None
    sink = FlagSink()
    dec_dated, undated = merge_decisions(hh, dec)
    dec_review = with_undated(dec_dated, hh, undated, day)
    # households without any member cannot be evaluated (the engine needs the household size)
    with_members = hh["household_id"].isin(mem["household_id"]).to_numpy() if len(hh) else np.zeros(0, bool)
    ev = hh[with_members].reset_index(drop=True)
    ne = hh[~with_members].reset_index(drop=True)
    not_evaluated = pd.DataFrame({
        "table": "households", "household_id": ne["household_id"].astype(object).to_numpy(),
        "source_file": ne["source_file"].to_numpy(dtype=object) if "source_file" in ne else None,
        "source_sheet": ne["source_sheet"].to_numpy(dtype=object) if "source_sheet" in ne else None,
        "source_row": ne["source_row"].to_numpy(dtype=object) if "source_row" in ne else None,
        "reason": "hộ không có thành viên nào trong danh sách thành viên: không xét được phân loại (cần số thành "
                  "viên và dữ liệu từng người)"})
    res = households.classify(ev, mem[mem["household_id"].isin(ev["household_id"])], dec_review, day, book) \
        if len(ev) else None
    if res is not None:
        households.check(ev, res, day, book, settings, sink, undated)
    hh_out = _household_table(hh, ev, res, not_evaluated)
    # loans
    lf = None
    loan_out = pd.DataFrame({c: [] for c in LOAN_OUT})
    if loan_book is not None and len(loan_book):
        lb = _frame(loan_book)
        lf = loans.prepare(lb, hh, mem, dec_dated, undated, day, book)
        loans.check(lf, day, book, sink)
        loan_out = lf.frame[[c for c in LOAN_OUT if c in lf.frame]]
    if loan_book is not None and res is not None:
        _outreach(ev, res, lf, dec_review, day, book, sink)
    keys = cross.keys_of(hh, mem, lf)
    trans = None
    if previous is not None:
        p_hh, _p_mem, p_dec = previous
        p_hh = _frame(p_hh)
        p_dated, p_undated = merge_decisions(p_hh, p_dec)
        prev_day = previous_date or default_previous_date(p_dated, day)
        trans = yoy.transitions(hh, dec_review, dec_dated, day, p_hh, with_undated(p_dated, p_hh, p_undated, prev_day),
                                prev_day, book, sink)
        trans.attrs.clear()
        trans["previous_date"] = pd.Timestamp(prev_day)
    wi = None
    if what_if is not None and len(ev):
        wi = _what_if(ev, mem[mem["household_id"].isin(ev["household_id"])], dec_review, res, day, what_if, book)
    flags = sink.frame()
    flags = _locate(flags, hh)
    return ChunkResult(hh_out, loan_out, flags, keys, not_evaluated, trans, wi)


def default_previous_date(prev_dated: pd.DataFrame, day: dt.date) -> dt.date:
    """The previous review's date: its latest decision date, else one year before the review date."""
    if len(prev_dated):
        d = pd.Timestamp(prev_dated["decision_date"].max()).date()
        if d < day:
            return d
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def _household_table(hh, ev, res, not_evaluated) -> pd.DataFrame:
    out = pd.DataFrame({c: hh[c].to_numpy(dtype=object) if c in hh else None for c in HOUSEHOLD_OUT
                        if c in ("household_id", "province_code", "province_name", "commune_code", "commune_name",
                                 "place_source", "village_code", "village_name", "area", "source_file", "source_sheet", "source_row")})
    out["income_pc_month"] = hh["income_pc_month"].to_numpy(dtype="float64", na_value=np.nan) if len(hh) else []
    for c in ("recognised_status", "outcome", "rule_ids", "unverified_basis", "engine_flags"):
        out[c] = None
    out["deprivation_count"] = np.nan
    out["evaluated"] = False
    out["not_evaluated_reason"] = None
    if res is not None and len(res):
        pos = pd.Index(hh["household_id"]).get_indexer(ev["household_id"])
        for c, src in (("recognised_status", "recognised_status"), ("outcome", "outcome"), ("rule_ids", "rule_ids"),
                       ("unverified_basis", "unverified_basis"), ("engine_flags", "flag_codes")):
            col = np.array(out[c], dtype=object)
            col[pos] = res[src].to_numpy(dtype=object)
            out[c] = col
        col = np.array(out["deprivation_count"], dtype="float64")
        col[pos] = res["deprivation_count"].to_numpy(dtype="float64")
        out["deprivation_count"] = col
        ev_col = np.array(out["evaluated"], dtype=bool)
        ev_col[pos] = True
        out["evaluated"] = ev_col
    if len(not_evaluated):
        m = out["household_id"].isin(not_evaluated["household_id"]).to_numpy()
        out.loc[m, "not_evaluated_reason"] = not_evaluated["reason"].iloc[0]
    return out[HOUSEHOLD_OUT]


def _locate(flags: pd.DataFrame, hh: pd.DataFrame) -> pd.DataFrame:
    """Province, commune and village of each flag's household (kept where a flag already has its own)."""
    loc = hh.drop_duplicates("household_id")
    pos = pd.Index(loc["household_id"].to_numpy(dtype=object)).get_indexer(flags["household_id"].to_numpy(dtype=object))
    ok = pos >= 0

    def take(col):
        out = np.full(len(flags), None, dtype=object)
        if col is not None and ok.any():
            out[ok] = col[pos[ok]]
        return out

    vn = loc["village_name"].to_numpy(dtype=object) if "village_name" in loc else None
    vc = loc["village_code"].to_numpy(dtype=object) if "village_code" in loc else None
    village = (np.where(pd.isna(vn), vc, vn) if vn is not None and vc is not None else vn if vn is not None else vc)
    for c, col in (("province_code", None), ("commune_code", None), ("commune_name", None), ("village", village)):
        if col is None and c in loc:
            col = loc[c].to_numpy(dtype=object)
        v = take(col)
        if c in flags:
            own = flags[c].to_numpy(dtype=object)
            flags[c] = np.where(pd.isna(own), v, own)
        else:
            flags[c] = v
    for c in LOCATION_COLUMNS:
        if c not in flags:
            flags[c] = None
    return flags


def _outreach(ev, res, lf, dec_review, day, book, sink: FlagSink) -> None:
    """Households eligible for a status program at the review date (its own rules, D5) with no loan."""
    status = res["recognised_status"].to_numpy(dtype=object)
    fams = [f for f in book.families.values() if f.resolution == "eligibility" and f.program in loans.STATUS_PROGRAMS]
    candidates = np.flatnonzero(np.isin(status, ["poor", "near_poor", "escaped_poor", "escaped_near_poor"]))
    if not len(candidates) or not fams:
        return
    hid = ev["household_id"].to_numpy(dtype=object)[candidates]
    active = set()
    outstanding = {}
    if lf is not None and len(lf.frame):
        f = lf.frame
        pos = np.nan_to_num(f["outstanding"].to_numpy(dtype="float64")) > 0
        active = set(f["household_id"].to_numpy(dtype=object)[pos])
        o = f[pos].groupby(["household_id", "family"])["outstanding"].sum()
        outstanding = o.to_dict()
    keep = np.array([h not in active for h in hid])
    if not keep.any():
        return
    cand = candidates[keep]
    hid = hid[keep]
    stab = yoy.status_table(ev.iloc[cand], dec_review, day)
    months = dates.full_months(stab["decision_date"].to_numpy(dtype="datetime64[ns]"),
                             np.full(len(cand), np.datetime64(day, "ns")))
    rows = []
    for fam in fams:
        rows.append(pd.DataFrame({"i": np.arange(len(cand)), "program": fam.program}))
    grid = pd.concat(rows, ignore_index=True)
    i = grid["i"].to_numpy()
    facts = loans.facts_for(book, len(grid), {
        "program": grid["program"].to_numpy(dtype=object), "reference_date": np.full(len(grid), np.datetime64(day, "ns")),
        "area": ev["area"].astype(object).to_numpy()[cand][i], "recognised_status": status[cand][i],
        "months_since_status_decision": months[i],
        "outstanding_in_program": [outstanding.get((h, p), 0.0) for h, p in zip(hid[i], grid["program"])]})
    r = evaluate(book, facts, general_rules=False)
    elig = r["outcome"].to_numpy(dtype=object) == "eligible"
    if not elig.any():
        return
    titles = {f.program: f.title for f in fams}
    by_hh: dict[int, list] = {}
    for k in np.flatnonzero(elig):
        by_hh.setdefault(int(i[k]), []).append((grid["program"].iat[k], r["rule_ids"].iat[k], r["remaining"].iat[k]))
    idx = np.array(sorted(by_hh))
    need_col = ev["loan_need"].to_numpy(dtype=object)[cand][idx] if "loan_need" in ev else np.full(len(idx), None, object)
    need = np.array([v if v in (True, False) else None for v in need_col], dtype=object)
    keep2 = np.array([v is not False for v in need])
    idx, need = idx[keep2], need[keep2]
    if not len(idx):
        return
    progs = ["; ".join(f"{titles[p]} (còn được vay tối đa {fmt.number(rem) if rem == rem else 'chưa rõ'} đồng)"
                       for p, _, rem in by_hh[j]) for j in idx]
    rule_ids = [";".join(rid for _, rid, _ in by_hh[j]) for j in idx]
    need_txt = np.where(np.array([v is True for v in need]), "hộ có ghi nhu cầu vay vốn",
                        "chưa ghi nhận nhu cầu vay vốn — cần hỏi hộ")
    st_vi = dict(book.facts["recognised_status"]["values"])
    msg = ("Hộ được công nhận '" + np.array([st_vi.get(s, s) for s in status[cand][idx]], dtype=object)
           + "', đủ điều kiện theo tình trạng tại " + law.dates([pd.Timestamp(day)])[0] + " để vay: "
           + np.array(progs, dtype=object) + "; chưa có khoản vay nào còn dư nợ (" + need_txt + ")")
    sev = np.where(np.array([v is True for v in need]), "medium", "low")
    src = ev.iloc[cand[idx]][["source_file", "source_sheet", "source_row"]] if "source_file" in ev else None
    sink.add("exclusion.outreach_no_loan", message=msg,
             citation=np.array(law.rule_citations(book, rule_ids), dtype=object) + "; " + catalogue.READING_STATUS,
             household_id=hid[idx], severity=sev, source=src,
             values={"programs": np.array([";".join(p for p, _, _ in by_hh[j]) for j in idx], dtype=object),
                     "loan_need": need})


def _what_if(ev, mem, dec_review, res, day, when, book) -> pd.DataFrame:
    then = households.classify(ev, mem, dec_review, when, book)
    now_o = res["outcome"].to_numpy(dtype=object)
    then_o = then["outcome"].to_numpy(dtype=object)
    changed = now_o != then_o
    out = pd.DataFrame({
        "household_id": ev["household_id"].to_numpy(dtype=object)[changed],
        "commune_code": ev["commune_code"].to_numpy(dtype=object)[changed] if "commune_code" in ev else None,
        "village": _village(ev)[changed],
        "area": ev["area"].to_numpy(dtype=object)[changed],
        "income_pc_month": ev["income_pc_month"].to_numpy(dtype="float64", na_value=np.nan)[changed],
        "outcome": now_o[changed], "outcome_what_if": then_o[changed],
        "rule_ids_what_if": then["rule_ids"].to_numpy(dtype=object)[changed],
        "flags_what_if": then["flag_codes"].to_numpy(dtype=object)[changed],
    })
    out["date"] = pd.Timestamp(day)
    out["what_if_date"] = pd.Timestamp(when)
    return out


def _village(df: pd.DataFrame) -> np.ndarray:
    vn = df["village_name"].astype(object) if "village_name" in df else pd.Series([None] * len(df), dtype=object)
    vc = df["village_code"].astype(object) if "village_code" in df else pd.Series([None] * len(df), dtype=object)
    return vn.where(vn.notna(), vc).to_numpy(dtype=object)


# ------------------------------------------------------------------ all chunks

def finish(chunks: list[ChunkResult], day: dt.date, *, book: rulebook.Rulebook | None = None,
           settings: AuditSettings | None = None, what_if: dt.date | None = None) -> AuditResult:
    """Merge chunk results and run the second pass (cross-household signals, portfolio)."""
    book = book or rulebook.default()
    settings = settings or AuditSettings()
    keys = cross.concat_keys([c.keys for c in chunks])
    sink = FlagSink()
    cross.flags(keys, settings, sink)
    tabs = portfolio.tables(keys, day, book)
    portfolio.flags(keys, tabs, day, book, sink)
    second = sink.frame()
    hh = pd.concat([c.households for c in chunks], ignore_index=True) if chunks else pd.DataFrame(columns=HOUSEHOLD_OUT)
    second = _locate(second, hh) if len(second) else second
    parts = [c.flags for c in chunks if len(c.flags)] + ([second] if len(second) else [])
    flags = pd.concat(parts, ignore_index=True) if parts else _empty_located()
    flags = _order(flags)
    lo = pd.concat([c.loans for c in chunks], ignore_index=True) if chunks else pd.DataFrame(columns=LOAN_OUT)
    ne = pd.concat([c.not_evaluated for c in chunks], ignore_index=True) if chunks else pd.DataFrame()
    hh = _attach_codes(hh, flags, "household_id", entity="household")
    lo = _attach_codes(lo, flags, "loan_id", entity="loan")
    trans = [c.transitions for c in chunks if c.transitions is not None]
    trans = pd.concat(trans, ignore_index=True) if trans else None
    wi = [c.what_if for c in chunks if c.what_if is not None]
    wi = pd.concat(wi, ignore_index=True) if wi else (pd.DataFrame() if what_if else None)
    out = AuditResult(day, book.version, settings, hh, lo, flags, tabs, ne, trans,
                      yoy.matrix(trans, book) if trans is not None else None,
                      pd.Timestamp(trans["previous_date"].iloc[0]).date() if trans is not None and len(trans) else None,
                      wi, what_if, _what_if_matrix(wi, book) if wi is not None else None,
                      has_loans=any(len(c.loans) for c in chunks) or bool(len(keys.groups)))
    return out


def _empty_located() -> pd.DataFrame:
    f = empty_flags()
    for c in LOCATION_COLUMNS:
        f[c] = pd.Series([], dtype=object)
    return f


def _order(flags: pd.DataFrame) -> pd.DataFrame:
    if flags.empty:
        return flags
    fam_order = {f: i for i, f in enumerate(FAMILIES)}
    code_order = {c: i for i, c in enumerate(FLAGS)}
    flags = flags.assign(_f=flags["family"].map(fam_order), _s=flags["severity"].map(SEVERITY_ORDER),
                         _c=flags["code"].map(code_order))
    flags = flags.sort_values(["_f", "_s", "_c", "commune_code", "household_id", "loan_id"], kind="stable",
                              na_position="last")
    return flags.drop(columns=["_f", "_s", "_c"]).reset_index(drop=True)


def _attach_codes(df: pd.DataFrame, flags: pd.DataFrame, key: str, entity: str) -> pd.DataFrame:
    """Each row's flag codes (';'-joined, sorted), count and highest severity — via a bitmask of codes per
    key (OR-reduced over the sorted keys), so millions of flags need no Python loop per key."""
    df = df.copy()
    df["audit_flags"] = ""
    df["flag_count"] = 0
    df["max_severity"] = None
    if flags.empty or df.empty:
        return df
    f = flags[flags[key].notna()]
    if entity == "household":
        f = f[(f["entity"] == "household") | f["loan_id"].isna()]
    else:
        f = f[f["entity"] == "loan"]
    if f.empty:
        return df
    codes = list(FLAGS)
    bit = f["code"].map({c: i for i, c in enumerate(codes)}).to_numpy(dtype=np.int64)
    sev = f["severity"].map(SEVERITY_ORDER).to_numpy(dtype=np.int64)
    inv, uniq = pd.factorize(f[key].to_numpy(dtype=object))
    order = np.argsort(inv, kind="stable")
    inv_s = inv[order]
    starts = np.flatnonzero(np.r_[True, inv_s[1:] != inv_s[:-1]])
    masks = np.bitwise_or.reduceat(np.left_shift(np.int64(1), bit[order]), starts)
    counts = np.diff(np.r_[starts, len(inv_s)])
    worst = np.minimum.reduceat(sev[order], starts)
    text = {m: ";".join(sorted(codes[i] for i in range(len(codes)) if m >> i & 1)) for m in np.unique(masks)}
    inv_sev = {v: k for k, v in SEVERITY_ORDER.items()}
    pos = pd.Index(uniq).get_indexer(df[key].to_numpy(dtype=object))
    ok = pos >= 0
    p = pos[ok]
    df.loc[ok, "audit_flags"] = [text[m] for m in masks[p]]
    df.loc[ok, "flag_count"] = counts[p]
    df.loc[ok, "max_severity"] = [inv_sev[s] for s in worst[p]]
    return df


def _what_if_matrix(wi: pd.DataFrame, book) -> pd.DataFrame:
    if wi is None or wi.empty:
        return pd.DataFrame()
    lab = households.outcome_labels(book)
    return pd.crosstab(wi["outcome"].map(lambda x: lab.get(x, x)).rename("Hiện nay"),
                       wi["outcome_what_if"].map(lambda x: lab.get(x, x)).rename("Khi áp dụng"))


def audit_frames(households_: pd.DataFrame, members: pd.DataFrame, decisions: pd.DataFrame | None = None,
                 loan_book: pd.DataFrame | None = None, *, day: dt.date, book: rulebook.Rulebook | None = None,
                 settings: AuditSettings | None = None, previous: tuple | None = None,
                 previous_date: dt.date | None = None, what_if: dt.date | None = None) -> AuditResult:
    """The whole audit of frames in memory (canonical columns of engine/facts/columns.py; frames from
    engine.reading or engine.facts.tables.to_frames). Rows are not re-validated here: read files through
    engine.reading, which rejects bad rows with their row numbers first."""
    book = book or rulebook.default()
    settings = settings or AuditSettings()
    day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
    chunk = audit_chunk(households_, members, decisions, loan_book, day, book=book, settings=settings,
                        previous=previous, previous_date=previous_date, what_if=what_if)
    return finish([chunk], day, book=book, settings=settings, what_if=what_if)
