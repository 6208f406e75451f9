"""Checks on the loan book, each loan at its disbursement date (POLICY D7).

For every loan in a program that rules/ defines (poor, near-poor, newly-escaped households; rural
water supply and rural sanitation, told apart by the loan's purpose = type of work) the household's
facts at the disbursement date are built column-wise — recognised status at that date (the commune
decisions, engine.facts.household_columns.recognised_status), whole months since that decision, area, the
household's outstanding in that program before this loan (D8; per type of work for water and
sanitation) — and the program's family is evaluated at that date by the vectorised engine
(engine.evaluation.vectorised_programs.evaluate, without the general NĐ 78 lending rules, whose facts are not in
a loan book). Each condition's own state tells which one failed, so a flag names the condition and
cites the rule it comes from.

Outstanding before a loan = the current outstanding of the household's other loans in the same
program disbursed on or before it: a lower bound of what was outstanding then (repayments since
can only have lowered it), so a ceiling flag never rests on a guess.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from engine.facts import dates
from engine.law import conditions
from engine.decisions import fmt
from engine.facts.household_columns import F, T, U, recognised_status_at
from ..reading import vocab
from ..reading.text import key
from engine.law.rulebook import Rulebook
from engine.evaluation.vectorised import eval_leaf
from engine.evaluation.vectorised_programs import NUMERIC, evaluate, program_columns
from . import catalogue, law
from .flagframe import FlagSink

# Loan-book program codes are the rule families' programs (engine/reading/vocab.py uses engine.facts.model.Program);
# the programs whose rules turn on the recognised status (D5) drive the outreach list.
STATUS_PROGRAMS = ("poor_households", "near_poor_households", "newly_escaped_households")
# One loan-book label for both types of work (and an older code): the purpose tells which (D8: per type of work).
WATER_SANITATION = ("rural_water_sanitation", "water_sanitation")
WORK_TYPES = {"water": "rural_water_supply", "sanitation": "rural_sanitation"}
WORK_OF = {v: k for k, v in WORK_TYPES.items()}
MIN_AGE = "lending.min_borrower_age"
# Conditions of the program rules that are a time window, and the flag each raises when it fails.
WINDOW_FLAGS = {"months_since_status_decision": "window.newly_escaped_expired",
                "prison_years_since_completion": "window.post_prison_expired"}
# Words of a water-and-sanitation loan's purpose naming its type of work (vocabulary, not law).
_SANITATION_WORDS = ("nha tieu", "ve sinh", "ho xi", "nha xi", "xi tu hoai", "tu hoai")
_WATER_WORDS = ("nuoc", "gieng", "be chua", "be loc")
# Optional column (not in engine/facts/columns.py yet): date the borrower completed a prison sentence.
COMPLETION_COLUMN = "sentence_completion_date"


def work_type(purpose) -> str | None:
    k = f" {key(purpose)} " if isinstance(purpose, str) else ""
    san = any(f" {w} " in k for w in _SANITATION_WORDS)
    wat = any(f" {w} " in k for w in _WATER_WORDS) and not any(f" {w} " in k for w in ("ve sinh",))
    if san and not wat:
        return "sanitation"
    if wat and not san:
        return "water"
    return None


def mask_cccd(values) -> np.ndarray:
    """'001080000001' → '********0001' (reports show only the last four digits)."""
    s = pd.Series(values, dtype=object)
    out = np.full(len(s), None, dtype=object)
    ok = s.notna().to_numpy()
    out[ok] = ["*" * max(0, len(v) - 4) + v[-4:] for v in s[ok].astype(str)]
    return out


def program_label(code) -> str:
    return vocab.label("program", code)


def families_of(loans: pd.DataFrame, book: Rulebook) -> tuple[np.ndarray, np.ndarray]:
    """(rule-family program or None, type of work for water and sanitation or None) per loan."""
    prog = loans["program"].astype(object).to_numpy()
    known = {f.program for f in book.families.values() if f.resolution == "eligibility"}
    fam = np.array([p if p in known else None for p in prog], dtype=object)
    wt = np.array([WORK_OF.get(p) for p in prog], dtype=object)
    ws = np.isin(prog, WATER_SANITATION)
    if ws.any():
        purposes = loans["purpose"].astype(object).to_numpy()[ws]
        cache: dict = {}
        types = []
        for p in purposes:
            if p not in cache:
                cache[p] = work_type(p)
            types.append(cache[p])
        wt[ws] = types
        fam[ws] = [WORK_TYPES.get(t) for t in types]
    return fam, wt


def status_at(loans: pd.DataFrame, decisions: pd.DataFrame, ref: np.ndarray):
    """(status, date of that decision, same-day conflict) per loan at ``ref`` (its disbursement date)."""
    n = len(loans)
    if decisions is None or decisions.empty or n == 0:
        return np.full(n, "none", dtype=object), np.full(n, np.datetime64("NaT", "ns")), np.zeros(n, bool)
    # each loan as a "household" of its own, with its household's decisions and its own reference date
    link = pd.DataFrame({"household_id": loans["household_id"].astype(object).to_numpy(), "_loan": np.arange(n)})
    d = decisions[["household_id", "status", "decision_date"]].astype({"household_id": object}).merge(
        link, on="household_id")
    per_loan = pd.DataFrame({"household_id": d["_loan"].to_numpy(), "status": d["status"].astype(object).to_numpy(),
                             "decision_date": d["decision_date"].to_numpy(dtype="datetime64[ns]")})
    return recognised_status_at(pd.DataFrame({"household_id": np.arange(n)}), per_loan, ref)


def outstanding_before(loans: pd.DataFrame, group: np.ndarray) -> np.ndarray:
    """Current outstanding of the same group's other loans disbursed on or before each loan."""
    n = len(loans)
    if n == 0:
        return np.zeros(0)
    df = pd.DataFrame({"g": group, "d": loans["disbursement_date"].to_numpy(dtype="datetime64[ns]"),
                       "o": loans["outstanding"].to_numpy(dtype="float64", na_value=np.nan)})
    df["o"] = df["o"].fillna(0.0)
    daily = df.groupby(["g", "d"], sort=True)["o"].sum()
    cum = daily.groupby(level=0).cumsum()
    idx = pd.MultiIndex.from_arrays([df["g"], df["d"]])
    upto = cum.reindex(idx).to_numpy()
    return upto - df["o"].to_numpy()


def facts_for(book: Rulebook, n: int, cols: dict) -> pd.DataFrame:
    """A facts frame for vectorised_programs.evaluate, built column by column (no row dicts)."""
    data = {}
    for name, spec in book.facts.items():
        if name in cols and cols[name] is not None:
            v = cols[name]
            data[name] = np.asarray(v, dtype="float64") if spec["type"] in NUMERIC else np.asarray(v, dtype=object)
        elif spec["type"] in NUMERIC:
            data[name] = np.full(n, np.nan)
        else:
            data[name] = np.full(n, None, dtype=object)
    data["program"] = np.asarray(cols["program"], dtype=object)
    data["reference_date"] = np.asarray(cols["reference_date"], dtype="datetime64[ns]")
    # explicit object columns: pandas would otherwise store text as its "str" dtype, which the engine reads as numbers
    return pd.DataFrame({k: pd.Series(v, dtype=object) if v.dtype == object else v for k, v in data.items()})


def necessary_leaves(node) -> list[conditions.Leaf]:
    """Leaves a rule cannot hold without: the rule itself if it is one leaf, or the leaf children of its
    top-level ``all`` (a leaf inside an ``any`` may fail while the rule holds)."""
    if isinstance(node, conditions.Leaf):
        return [node]
    if isinstance(node, conditions.All):
        return [c for c in node.children if isinstance(c, conditions.Leaf)]
    return []


def condition_states(book: Rulebook, facts: pd.DataFrame, blocks: list | None = None) -> tuple[dict, dict]:
    """Per fact that a program's base rules cannot hold without: its state per row — false only when every
    base rule in force fails on it (T/F/U; -1 = the program reads no such condition) — and the (rule, leaf)
    behind that state, for the citation and the required values. ``blocks``: vectorised_programs.blocks
    of ``facts``, shared with the evaluation (its leaves are then not evaluated twice)."""
    n = len(facts)
    states: dict[str, np.ndarray] = {}
    which: dict[str, np.ndarray] = {}
    pairs: list = []  # (rule, leaf); ``which`` holds indexes into it
    if n == 0:
        return states, which
    for per, fam, rows, sub in (blocks if blocks is not None else program_columns(book, facts)):
        rules = fam.base_rules(per.rules)
        needed = {r.id: {lf.fact: lf for lf in necessary_leaves(r.when)} for r in rules}
        for fact in {f for d in needed.values() for f in d}:
            st = states.setdefault(fact, np.full(n, -1, np.int8))
            wh = which.setdefault(fact, np.full(n, -1, np.int64))
            combined = np.full(len(rows), F, np.int8)
            pick = np.full(len(rows), -1, np.int64)
            for r in rules:
                leaf = needed[r.id].get(fact)
                if leaf is None:
                    combined[:] = T  # a base rule that does not need this condition: it cannot be the cause
                    continue
                new = eval_leaf(leaf, sub, per, book.facts).state
                pairs.append((r, leaf))
                better = ((new == T) & (combined != T)) | ((new == U) & (combined == F)) | (pick == -1)
                combined = np.where(better, new, combined).astype(np.int8)
                pick = np.where(better, len(pairs) - 1, pick)
            st[rows] = combined
            wh[rows] = pick
    resolved = {}
    pair_of = np.empty(len(pairs), dtype=object)  # (rule, leaf) tuples as objects, picked by index
    for i, p in enumerate(pairs):
        pair_of[i] = p
    for fact, wh in which.items():
        arr = np.full(n, None, dtype=object)
        has = wh >= 0
        arr[has] = pair_of[wh[has]]
        resolved[fact] = arr
    return states, resolved


@dataclass
class LoanFacts:
    """One row per loan (``frame``) with its facts at disbursement and the program's evaluation, plus the
    state of each program condition (fact → (int8 state per loan, (rule, leaf) per loan)), the dated
    decisions (for "recognised only after the loan"), and the borrowers' CCCD / names (kept out of the
    frame: only used for matching, never written)."""
    frame: pd.DataFrame
    conditions: dict = field(default_factory=dict)
    decisions: pd.DataFrame | None = None
    personal: dict = field(default_factory=dict)


def prepare(loans: pd.DataFrame, households: pd.DataFrame, members: pd.DataFrame | None, decisions: pd.DataFrame,
            undated: pd.Series | None, day: dt.date, book: Rulebook) -> LoanFacts:
    """One row per loan with the facts at its disbursement date and the program's evaluation."""
    n = len(loans)
    lf = pd.DataFrame({"loan_id": loans["loan_id"].astype(object).to_numpy(),
                       "household_id": loans["household_id"].astype(object).to_numpy(),
                       "program": loans["program"].astype(object).to_numpy()})
    disb = loans["disbursement_date"].to_numpy(dtype="datetime64[ns]")
    lf["disbursement_date"] = disb
    lf["amount_disbursed"] = loans["amount_disbursed"].to_numpy(dtype="float64", na_value=np.nan)
    lf["outstanding"] = loans["outstanding"].to_numpy(dtype="float64", na_value=np.nan)
    fam, wt = families_of(loans, book)
    lf["family"] = fam
    lf["work_type"] = wt
    hh = households.drop_duplicates("household_id").set_index("household_id")
    lf["area"] = hh["area"].astype(object).reindex(lf["household_id"]).to_numpy()
    for c in ("province_code", "commune_code", "commune_name", "village_code", "village_name"):
        if c in hh:
            lf[c] = hh[c].astype(object).reindex(lf["household_id"]).to_numpy()
    status, sdate, conflict = status_at(loans, decisions, disb)
    has_dated = sdate == sdate  # not NaT
    if undated is not None and len(undated):
        und = lf["household_id"].isin(undated).to_numpy()
        # a list status without a date: the status at disbursement is not known unless a dated decision says it
        status = np.where(und & ~has_dated, None, status)
    status = np.where(conflict, None, status)
    lf["status_at_disbursement"] = status
    lf["status_conflict"] = conflict
    lf["status_date"] = sdate
    lf["months_since_status_decision"] = dates.full_months(sdate, disb)
    comp = (loans[COMPLETION_COLUMN].to_numpy(dtype="datetime64[ns]") if COMPLETION_COLUMN in loans
            else np.full(n, np.datetime64("NaT", "ns")))
    lf["completion_date"] = comp
    lf["years_since_completion"] = dates.full_years(comp, disb)
    group = np.array([f"{h}|{f}" if f is not None else f"{h}|{p}|{w}" for h, f, p, w in
                      zip(lf["household_id"], lf["family"], lf["program"], wt)], dtype=object)
    before = outstanding_before(loans, group)
    unknown_type = np.isin(lf["program"].to_numpy(dtype=object), WATER_SANITATION) & pd.isna(lf["family"]).to_numpy()
    before = np.where(unknown_type, 0.0, before)
    lf["outstanding_before"] = before
    # borrower: CCCD / name among the household's members; birth date from the loan book or the member
    personal = _borrower(lf, loans, members)
    personal["leader"] = (loans["group_leader"].astype(object).to_numpy() if "group_leader" in loans
                          else np.full(n, None, dtype=object))
    personal["leader"] = np.where(pd.isna(personal["leader"]), None, personal["leader"])
    lf["borrower_age"] = dates.full_years(lf["borrower_birth_date"].to_numpy(dtype="datetime64[ns]"), disb)
    # evaluate the families that have rules (water / sanitation of unknown type: as water supply, own amount only)
    eval_family = np.where(unknown_type, WORK_TYPES["water"], lf["family"].to_numpy(dtype=object))
    has_fam = pd.notna(eval_family)
    first = book.coverage[0]
    in_cov = disb >= np.datetime64(first, "ns")
    lf["in_coverage"] = in_cov
    rows = np.flatnonzero(has_fam & in_cov)
    for c, v in (("outcome", None), ("kind", None), ("rule_ids", ""), ("missing_facts", ""), ("unverified_basis", "")):
        lf[c] = np.full(n, v, dtype=object)
    for c in ("ceiling", "remaining"):
        lf[c] = np.full(n, np.nan)
    lf["eval_family"] = eval_family
    state_cols = {}
    if len(rows):
        facts = facts_for(book, len(rows), {
            "program": eval_family[rows], "reference_date": disb[rows], "area": lf["area"].to_numpy(dtype=object)[rows],
            "recognised_status": status[rows],
            "months_since_status_decision": lf["months_since_status_decision"].to_numpy()[rows],
            "outstanding_in_program": before[rows], "representative_age": lf["borrower_age"].to_numpy()[rows],
            "prison_years_since_completion": lf["years_since_completion"].to_numpy()[rows]})
        blocks = program_columns(book, facts)
        res = evaluate(book, facts, general_rules=False, blocks=blocks)
        for c in ("outcome", "kind", "rule_ids", "missing_facts", "unverified_basis"):
            col = np.array(lf[c], dtype=object)
            col[rows] = res[c].to_numpy(dtype=object)
            lf[c] = col
        for c in ("ceiling", "remaining"):
            col = np.array(lf[c], dtype="float64")
            col[rows] = res[c].to_numpy(dtype="float64")
            lf[c] = col
        states, which = condition_states(book, facts, blocks)
        for fact, st in states.items():
            full = np.full(n, -1, np.int8)
            full[rows] = st
            wh = np.full(n, None, dtype=object)
            wh[rows] = which[fact]
            state_cols[fact] = (full, wh)
    lf["purpose"] = loans["purpose"].astype(object).to_numpy() if "purpose" in loans else None
    for c in ("overdue_amount",):
        lf[c] = loans[c].to_numpy(dtype="float64", na_value=np.nan) if c in loans else np.nan
    for c in ("savings_group", "entrusted_org"):
        lf[c] = loans[c].astype(object).to_numpy() if c in loans else None
    lf["use_check_date"] = (loans["use_check_date"].to_numpy(dtype="datetime64[ns]") if "use_check_date" in loans
                            else np.full(n, np.datetime64("NaT", "ns")))
    for c in ("source_file", "source_sheet", "source_row"):
        lf[c] = loans[c].to_numpy(dtype=object) if c in loans else None
    return LoanFacts(lf, state_cols, decisions, personal)


def _borrower(lf: pd.DataFrame, loans: pd.DataFrame, members: pd.DataFrame | None) -> dict:
    n = len(lf)
    cccd = loans["borrower_cccd"].astype(object).to_numpy() if "borrower_cccd" in loans else np.full(n, None, object)
    cccd = np.where(pd.isna(cccd), None, cccd)
    name = loans["borrower_name"].astype(object).to_numpy() if "borrower_name" in loans else np.full(n, None, object)
    birth = (loans["borrower_birth_date"].to_numpy(dtype="datetime64[ns]") if "borrower_birth_date" in loans
             else np.full(n, np.datetime64("NaT", "ns")))
    lf["borrower_cccd_masked"] = mask_cccd(cccd)
    cccd_match = np.zeros(n, bool)
    name_match = np.zeros(n, bool)
    checkable = np.zeros(n, bool)
    member_birth = np.full(n, np.datetime64("NaT", "ns"))
    if members is not None and len(members):
        # only the members of households that have a loan here
        members = members[members["household_id"].isin(pd.unique(lf["household_id"].to_numpy(dtype=object)))]
        mh = members["household_id"].astype(object).to_numpy()
        mc = members["cccd"].astype(object).to_numpy() if "cccd" in members else np.full(len(members), None, object)
        mn = members["full_name"].astype(object).to_numpy() if "full_name" in members else np.full(len(members), None, object)
        mb = members["birth_date"].to_numpy(dtype="datetime64[ns]")
        hh_ids = lf["household_id"].to_numpy(dtype=object)
        with_cccd = set(mh[pd.notna(mc)])
        with_name = set(mh[pd.notna(mn)])
        has_c = np.array([h in with_cccd for h in hh_ids]) if n else np.zeros(0, bool)
        has_n = np.array([h in with_name for h in hh_ids]) if n else np.zeros(0, bool)
        mc_ok = pd.notna(mc)
        by_cccd = pd.DataFrame({"h": mh[mc_ok], "c": mc[mc_ok], "b": mb[mc_ok]}).drop_duplicates(["h", "c"])
        idx = pd.MultiIndex.from_arrays([by_cccd["h"], by_cccd["c"]])
        pos = idx.get_indexer(pd.MultiIndex.from_arrays([hh_ids, cccd]))
        cccd_match = pos >= 0
        member_birth = np.where(cccd_match, by_cccd["b"].to_numpy()[np.clip(pos, 0, None)] if len(by_cccd) else
                                np.datetime64("NaT", "ns"), member_birth)
        mn_ok = pd.notna(mn)
        by_name = pd.DataFrame({"h": mh[mn_ok], "k": [key(x) for x in mn[mn_ok]], "b": mb[mn_ok]})
        by_name = by_name.drop_duplicates(["h", "k"], keep=False)  # two members with one name: no birth date from it
        nkeys = np.array([key(x) if isinstance(x, str) else None for x in name], dtype=object)
        all_names = pd.DataFrame({"h": mh[mn_ok], "k": [key(x) for x in mn[mn_ok]]}).drop_duplicates()
        nidx = pd.MultiIndex.from_arrays([all_names["h"], all_names["k"]])
        name_match = nidx.get_indexer(pd.MultiIndex.from_arrays([hh_ids, nkeys])) >= 0
        bidx = pd.MultiIndex.from_arrays([by_name["h"], by_name["k"]]).get_indexer(
            pd.MultiIndex.from_arrays([hh_ids, nkeys]))
        from_name = (bidx >= 0) & np.isnat(member_birth) & (cccd == None)  # noqa: E711 - elementwise
        if len(by_name):
            member_birth = np.where(from_name, by_name["b"].to_numpy()[np.clip(bidx, 0, None)], member_birth)
        checkable = ((cccd != None) & has_c) | ((name != None) & pd.notna(name) & has_n)  # noqa: E711
    lf["borrower_is_member"] = np.where(checkable, cccd_match | name_match, None)
    lf["borrower_birth_date"] = np.where(np.isnat(birth), member_birth, birth)
    return {"cccd": cccd, "name": name}


# ------------------------------------------------------------------ flags

def _src(lf, m):
    return lf.loc[m, ["source_file", "source_sheet", "source_row"]]


def check(loans: LoanFacts, day: dt.date, book: Rulebook, sink: FlagSink) -> None:
    lf = loans.frame
    if lf.empty:
        return
    st_vi = dict(book.facts["recognised_status"]["values"])
    states = loans.conditions
    disb = lf["disbursement_date"].to_numpy(dtype="datetime64[ns]")
    disb_vi = law.dates(disb)
    prog_vi = np.array([program_label(p) for p in lf["program"]], dtype=object)
    loan_id = lf["loan_id"].to_numpy(dtype=object)
    hid = lf["household_id"].to_numpy(dtype=object)
    status = lf["status_at_disbursement"].to_numpy(dtype=object)
    status_vi = np.array([st_vi.get(s, "chưa xác định") if s is not None else "chưa xác định" for s in status],
                         dtype=object)
    base = lambda m: ("Khoản vay " + loan_id[m] + " (" + prog_vi[m] + ") giải ngân " + disb_vi[m])  # noqa: E731

    # S1: the program's required recognised status not held at disbursement
    if "recognised_status" in states:
        st, wh = states["recognised_status"]
        m = st == F
        if m.any():
            req = np.array([_required(leaf, st_vi) for _, leaf in wh[m]], dtype=object)
            later = _later_status(lf, m, wh, loans.decisions, st_vi)
            msg = (base(m) + ": chương trình yêu cầu hộ được công nhận " + req + ", nhưng tại ngày giải ngân hộ là '"
                   + status_vi[m] + "'" + later)
            cite = np.array([law.rule_citation(r) for r, _ in wh[m]], dtype=object) + "; " + catalogue.READING_STATUS
            sink.add("inclusion.loan_without_status", message=msg, citation=cite, entity="loan", household_id=hid[m],
                     loan_id=loan_id[m], source=_src(lf, m),
                     values={"program": lf["program"].to_numpy(dtype=object)[m], "disbursement_date": disb[m],
                             "status_at_disbursement": status[m],
                             "status_date": lf["status_date"].to_numpy(dtype="datetime64[ns]")[m]})
        m = (st == U) & (lf["status_conflict"].to_numpy(dtype=bool))
        if m.any():
            sink.add("review.status_conflict", entity="loan",
                     message=base(m) + ": hai quyết định công nhận khác nhau cùng ngày gần nhất trước ngày giải ngân, "
                             "không xác định được tình trạng tại ngày giải ngân",
                     citation=catalogue.READING_STATUS, household_id=hid[m], loan_id=loan_id[m], source=_src(lf, m),
                     values={"disbursement_date": disb[m]})
        m = (st == U) & ~(lf["status_conflict"].to_numpy(dtype=bool))
        if m.any():
            sink.add("review.missing_data", entity="loan",
                     message=base(m) + ": không xác định được tình trạng được công nhận tại ngày giải ngân "
                             "(tình trạng trong danh sách không có ngày quyết định)",
                     citation=np.array([law.rule_citation(r) for r, _ in wh[m]], dtype=object),
                     household_id=hid[m], loan_id=loan_id[m], source=_src(lf, m),
                     values={"fact": "recognised_status", "disbursement_date": disb[m]})
    # time windows of the program rules: 36 months after the escape decision (D4), 5 years after the sentence
    for fact, code in WINDOW_FLAGS.items():
        if fact not in states:
            continue
        st, wh = states[fact]
        m = st == F
        if fact == "months_since_status_decision" and "recognised_status" in states:
            m &= states["recognised_status"][0] == T  # wrong status is the inclusion flag, not the window
        if m.any():
            names = [leaf.param for _, leaf in wh[m]]
            window = np.array([book.parameters[p].at(pd.Timestamp(d).date()).value for p, d in zip(names, disb[m])],
                              dtype="float64")
            cites = np.array([law.rule_citation(r) + "; " + law.param_citation(book, p, book.parameters[p].at(
                pd.Timestamp(d).date())) for (r, _), p, d in zip(wh[m], names, disb[m])], dtype=object)
            if fact == "months_since_status_decision":
                months = lf["months_since_status_decision"].to_numpy()[m]
                msg = (base(m) + ": " + law.money(months) + " tháng tròn kể từ quyết định công nhận '" + status_vi[m]
                       + "' ngày " + law.dates(lf["status_date"].to_numpy(dtype="datetime64[ns]")[m])
                       + ", quá thời hạn " + law.money(window) + " tháng (tính cả tháng thứ " + law.money(window)
                       + ", D4)")
                values = {"months_since_status_decision": months, "window_months": window,
                          "status_date": lf["status_date"].to_numpy(dtype="datetime64[ns]")[m]}
            else:
                years = lf["years_since_completion"].to_numpy()[m]
                comp = lf["completion_date"].to_numpy(dtype="datetime64[ns]")[m]
                msg = (base(m) + ": " + law.money(years) + " năm tròn kể từ ngày chấp hành xong án phạt tù "
                       + law.dates(comp) + ", hết thời hạn " + law.money(window) + " năm được vay")
                values = {"completion_date": comp, "years_since_completion": years, "window_years": window}
            values["disbursement_date"] = disb[m]
            sink.add(code, message=msg, citation=cites, entity="loan", household_id=hid[m], loan_id=loan_id[m],
                     source=_src(lf, m), values=values)
        if fact == "prison_years_since_completion":
            m = (st == U) & np.isnat(lf["completion_date"].to_numpy(dtype="datetime64[ns]"))
            if m.any():
                sink.add("review.missing_data", entity="loan",
                         message=base(m) + ": sổ vay không có ngày chấp hành xong án phạt tù (cột '"
                         + COMPLETION_COLUMN + "'): không kiểm tra được thời hạn được vay",
                         citation=np.array([law.rule_citation(r) for r, _ in wh[m]], dtype=object),
                         household_id=hid[m], loan_id=loan_id[m], source=_src(lf, m),
                         values={"fact": COMPLETION_COLUMN})
    # D6: rural-only programs for an urban household
    if "area" in states:
        st, wh = states["area"]
        m = st == F
        if m.any():
            area_vi = np.array([book.facts["area"]["values"].get(a, a) for a in lf["area"].to_numpy(dtype=object)[m]],
                               dtype=object)
            sink.add("inclusion.loan_area_not_rural", entity="loan",
                     message=base(m) + ": chương trình chỉ cho vay hộ cư trú ở nông thôn, hộ ở khu vực '" + area_vi + "'",
                     citation=np.array([law.rule_citation(r) for r, _ in wh[m]], dtype=object),
                     household_id=hid[m], loan_id=loan_id[m], source=_src(lf, m),
                     values={"area": lf["area"].to_numpy(dtype=object)[m]})
    _ceiling(lf, book, sink, base, disb, loan_id, hid)
    _not_covered(lf, book, sink, base, loan_id, hid)
    _unverified(lf, book, sink, base, loan_id, hid, disb)
    _borrower_flags(lf, book, sink, base, disb, loan_id, hid)
    _same_purpose(lf, book, sink, base, loan_id, hid)
    _use_check(lf, day, book, sink, base, disb, loan_id, hid)


def _required(leaf: conditions.Leaf, st_vi: dict) -> str:
    vals = list(leaf.values) if leaf.op == "in" else [leaf.value]
    words = [f"'{st_vi.get(v, v)}'" for v in vals]
    return " hoặc ".join(words)


def _later_status(lf: pd.DataFrame, m: np.ndarray, wh: np.ndarray, dec, labels: dict) -> np.ndarray:
    """'; hộ chỉ được công nhận … từ dd/mm/yyyy (sau ngày giải ngân)' where a later decision gave the status."""
    out = np.full(int(m.sum()), "", dtype=object)
    if dec is None or dec.empty:
        return out
    sub = pd.DataFrame({"i": np.arange(int(m.sum())), "household_id": lf["household_id"].to_numpy(dtype=object)[m],
                        "d": lf["disbursement_date"].to_numpy(dtype="datetime64[ns]")[m],
                        "req": [tuple(leaf.values) if leaf.op == "in" else (leaf.value,) for _, leaf in wh[m]]})
    j = sub.merge(dec.astype({"household_id": object}), on="household_id")
    j = j[(j["decision_date"].to_numpy(dtype="datetime64[ns]") > j["d"].to_numpy())
          & np.array([s in r for s, r in zip(j["status"].astype(object), j["req"])], dtype=bool)]
    if j.empty:
        return out
    first = j.sort_values("decision_date").groupby("i").first()
    for i, row in first.iterrows():
        out[i] = (f"; hộ chỉ được công nhận '{labels.get(row['status'], row['status'])}' từ "
                  f"{fmt.date(pd.Timestamp(row['decision_date']).date())} (sau ngày giải ngân)")
    return out


def _ceiling(lf, book: Rulebook, sink: FlagSink, base, disb, loan_id, hid) -> None:
    ceiling = lf["ceiling"].to_numpy(dtype="float64")
    before = lf["outstanding_before"].to_numpy(dtype="float64")
    amount = lf["amount_disbursed"].to_numpy(dtype="float64")
    total = before + amount
    fams = {f.program: f for f in book.families.values() if f.resolution == "eligibility"}
    # only ceilings on what a household owes in a program (D8): a plain parameter beside an 'outstanding' term
    # (monthly student or vocational amounts and per-project formulas are not comparable with a balance)
    ev_all = lf["eval_family"].to_numpy(dtype=object)
    cparam = {f: _ceiling_param(fams.get(f)) for f in set(ev_all) if f is not None}
    checked = np.array([f is not None and cparam.get(f) is not None for f in ev_all])
    evaluated = pd.notna(lf["outcome"]).to_numpy() & checked
    m = evaluated & ~np.isnan(ceiling) & (total > ceiling)
    if m.any():
        ev = ev_all[m]
        names = [cparam[f] for f in ev]
        cites = np.array([law.param_citation(book, p, book.parameters[p].at(pd.Timestamp(d).date())) + "; " + catalogue.READING_OUTSTANDING
                          if p else catalogue.READING_OUTSTANDING for p, d in zip(names, disb[m])], dtype=object)
        wt = lf["work_type"].to_numpy(dtype=object)[m]
        unknown_type = np.isin(lf["program"].to_numpy(dtype=object)[m], WATER_SANITATION) & pd.isna(wt)
        scope = np.where(pd.notna(wt), " (loại công trình: " + pd.Series(wt, dtype=object).map(
            {"water": "cấp nước", "sanitation": "nhà tiêu"}).fillna("").to_numpy(dtype=object) + ")", "")
        scope = np.where(unknown_type, " (chưa rõ loại công trình: chỉ so riêng khoản vay này)", scope)
        msg = (base(m) + ": dư nợ của hộ trong chương trình" + scope + " trước khoản vay " + law.money(before[m])
               + " đồng + số tiền giải ngân " + law.money(amount[m]) + " đồng = " + law.money(total[m])
               + " đồng, vượt mức cho vay tối đa " + law.money(ceiling[m]) + " đồng tại ngày giải ngân")
        sink.add("ceiling.above_ceiling", message=msg, citation=cites, entity="loan", household_id=hid[m],
                 loan_id=loan_id[m], source=_src(lf, m),
                 values={"outstanding_before": before[m], "amount_disbursed": amount[m], "total": total[m],
                         "ceiling": ceiling[m], "parameter": np.array(names, dtype=object), "work_type": wt})
    in_force = np.zeros(len(ev_all), bool)
    for f, name in cparam.items():
        if name is None:
            continue
        sel = ev_all == f
        p = book.parameters[name]
        starts = np.datetime64(p.start, "ns")
        ends = np.datetime64(p.end, "ns") if p.end else np.datetime64("2262-01-01", "ns")
        in_force |= sel & (disb >= starts) & (disb <= ends)
    m = evaluated & np.isnan(ceiling) & in_force & (lf["kind"].to_numpy(dtype=object) != "not_in_force")
    if m.any():
        ev = ev_all[m]
        names = [cparam[f] for f in ev]
        msg = base(m) + ": văn bản chưa cho biết mức cho vay tối đa tại ngày giải ngân, không kiểm tra được mức cho vay"
        cites = np.array([law.param_citation(book, p) if p else catalogue.READING_OUTSTANDING for p in names], dtype=object)
        sink.add("review.unknown_value", message=msg, citation=cites, entity="loan", household_id=hid[m],
                 loan_id=loan_id[m], source=_src(lf, m), values={"parameter": np.array(names, dtype=object)})
    m = np.isin(lf["program"].to_numpy(dtype=object), WATER_SANITATION) & pd.isna(lf["work_type"]).to_numpy()
    if m.any():
        sink.add("review.missing_data", entity="loan",
                 message=base(m) + ": mục đích '" + law.text(lf["purpose"].fillna(""))[m]
                 + "' không cho biết loại công trình (cấp nước hay nhà tiêu): mức cho vay tối đa tính theo từng loại "
                   "công trình",
                 citation=catalogue.READING_OUTSTANDING + "; Quyết định 10/2024/QĐ-TTg", household_id=hid[m],
                 loan_id=loan_id[m], source=_src(lf, m), values={"fact": "purpose"})


def _ceiling_param(fam) -> str | None:
    if fam is None or "outstanding" not in fam.terms:
        return None
    expr = fam.terms.get("ceiling")
    return expr.get("param") if isinstance(expr, dict) and "param" in expr and "{" not in expr["param"] else None


def _not_covered(lf, book: Rulebook, sink: FlagSink, base, loan_id, hid) -> None:
    m = pd.notna(lf["eval_family"]).to_numpy() & ~lf["in_coverage"].to_numpy(dtype=bool)
    if m.any():
        first = fmt.date(book.coverage[0])
        sink.add("review.unknown_value", entity="loan",
                 message=base(m) + f": ngày giải ngân trước phạm vi bộ quy tắc (từ {first}), chưa có quy tắc để kiểm tra "
                                   "điều kiện và mức cho vay của chương trình",
                 citation=f"rules/ruleset.yaml: coverage từ {first}", household_id=hid[m], loan_id=loan_id[m],
                 source=_src(lf, m), values={"coverage_from": book.coverage[0].isoformat()})


def _unverified(lf, book: Rulebook, sink: FlagSink, base, loan_id, hid, disb) -> None:
    basis = lf["unverified_basis"].to_numpy(dtype=object)
    m = np.array([bool(b) for b in basis])
    if not m.any():
        return
    labels, cites = [], []
    for b, d in zip(basis[m], disb[m]):
        ls, cs = [], []
        day = pd.Timestamp(d).date()
        for item in b.split(";"):
            if item in book.parameters:
                ls.append(book.parameters[item].label)
                pv = book.parameters[item].at(day)
                cs.append(law.param_citation(book, item, pv) if pv else law.param_citation(book, item))
            else:
                try:
                    r = book.rule(item)
                    ls.append(f"quy tắc '{r.title}'")
                    cs.append(law.rule_citation(r))
                except KeyError:
                    ls.append(item)
        labels.append("; ".join(ls))
        cites.append(catalogue.READING_UNVERIFIED + "; " + "; ".join(cs))
    sink.add("review.unverified_basis", entity="loan",
             message=base(m) + ": kiểm tra điều kiện chương trình tại ngày giải ngân dựa trên căn cứ chưa xác minh: "
             + np.array(labels, dtype=object),
             citation=np.array(cites, dtype=object), household_id=hid[m], loan_id=loan_id[m], source=_src(lf, m),
             values={"unverified_basis": basis[m]})


def _borrower_flags(lf, book: Rulebook, sink: FlagSink, base, disb, loan_id, hid) -> None:
    is_member = lf["borrower_is_member"].to_numpy(dtype=object)
    m = np.array([v is False for v in is_member])
    masked = lf["borrower_cccd_masked"].to_numpy(dtype=object)
    if m.any():
        who = np.where(pd.notna(masked[m]), "Người vay (CCCD " + law.text(masked[m]) + ")", "Người vay")
        sink.add("misuse.borrower_not_member", entity="loan",
                 message=base(m) + ": " + who + " không có trong danh sách thành viên của hộ " + hid[m]
                 + " (so theo số CCCD và họ tên) — có thể là vay ké (vay hộ, vay nhờ tên)",
                 citation=catalogue.SIGNAL_TEXT + "; người vay là chủ hộ hoặc "
                          "thành viên được hộ ủy quyền (Nghị định 78/2002/NĐ-CP)",
                 household_id=hid[m], loan_id=loan_id[m], source=_src(lf, m), values={"borrower_cccd": masked[m]})
    if MIN_AGE not in book.parameters:
        return
    age = lf["borrower_age"].to_numpy(dtype="float64")
    min_age, conf, cite = law.param_at(book, MIN_AGE, disb)
    m = ~np.isnan(age) & ~np.isnan(min_age) & (age < min_age)
    if m.any():
        rule = next((r for r in book.rules if any(lf_.param == MIN_AGE for lf_ in conditions.leaves(r.when))), None)
        rc = ("; " + law.rule_citation(rule)) if rule else ""
        sink.add("misuse.borrower_under_age", entity="loan",
                 message=base(m) + ": người vay " + law.money(age[m]) + " tuổi tại ngày giải ngân (sinh ngày "
                 + law.dates(lf["borrower_birth_date"].to_numpy(dtype="datetime64[ns]")[m]) + "), dưới "
                 + law.money(min_age[m]) + " tuổi",
                 citation=cite[m] + rc, household_id=hid[m], loan_id=loan_id[m], source=_src(lf, m),
                 values={"borrower_age": age[m], "min_age": min_age[m]})


def _same_purpose(lf, book: Rulebook, sink: FlagSink, base, loan_id, hid) -> None:
    out = lf["outstanding"].to_numpy(dtype="float64")
    purpose = lf["purpose"].to_numpy(dtype=object)
    pkey = np.array([key(p) if isinstance(p, str) else "" for p in purpose], dtype=object)
    ok = (np.nan_to_num(out) > 0) & (pkey != "")
    if not ok.any():
        return
    df = pd.DataFrame({"i": np.flatnonzero(ok), "h": hid[ok], "k": pkey[ok], "p": lf["program"].to_numpy(dtype=object)[ok]})
    n_prog = df.groupby(["h", "k"])["p"].transform("nunique")
    df = df[n_prog.to_numpy() > 1]
    if df.empty:
        return
    others = df.groupby(["h", "k"])["i"].agg(list)
    rows = df["i"].to_numpy()
    m = np.zeros(len(lf), bool)
    m[rows] = True
    other_txt = []
    by_row = {}
    for (h, k), idxs in others.items():
        for i in idxs:
            by_row[i] = ", ".join(f"{loan_id[j]} ({program_label(lf['program'].iat[j])})" for j in idxs if j != i)
    other_txt = np.array([by_row[i] for i in np.flatnonzero(m)], dtype=object)
    # where a rule of rules/ bars a same-purpose loan (QĐ 22/2023), cite it; otherwise it is signal S3
    barring = [r for r in book.rules if any(x.fact == "has_same_purpose_loan_elsewhere" for x in conditions.leaves(r.when))]
    law_cite = "; ".join(law.rule_citation(r) for r in barring)
    cite = catalogue.SIGNAL_TEXT + (
        f"; cấm đối với chương trình người chấp hành xong án phạt tù: {law_cite}" if law_cite else "")
    sink.add("ceiling.same_purpose", entity="loan",
             message=base(m) + ": còn dư nợ cùng mục đích '" + law.text(purpose[m]) + "' với khoản vay " + other_txt,
             citation=cite, household_id=hid[m], loan_id=loan_id[m], source=_src(lf, m),
             values={"purpose": purpose[m], "other_loans": other_txt})


def _use_check(lf, day: dt.date, book: Rulebook, sink: FlagSink, base, disb, loan_id, hid) -> None:
    name = "audit.use_check_days"
    if name not in book.parameters:
        return
    days, conf, cite = law.param_at(book, name, disb)
    check = lf["use_check_date"].to_numpy(dtype="datetime64[ns]")
    with np.errstate(invalid="ignore"):
        due = disb + (np.nan_to_num(days, nan=0).astype("int64") * np.timedelta64(1, "D")).astype("timedelta64[ns]")
    due_passed = ~np.isnan(days) & (due <= np.datetime64(day, "ns"))
    if np.isnat(check).all():
        if due_passed.any():
            k = int(due_passed.sum())
            sink.add("portfolio.no_use_check", 1, entity="file", severity="low",
                     message=[f"Sổ vay không ghi ngày kiểm tra sử dụng vốn cho khoản vay nào ({k} khoản vay đã quá "
                              f"hạn kiểm tra): không kiểm tra được việc kiểm tra sử dụng vốn sau giải ngân"],
                     citation=[cite[np.flatnonzero(due_passed)[0]]], values={"loans_due": k})
        return
    late = due_passed & (np.isnat(check) | (check > due))
    if late.any():
        m = late
        never = np.isnat(check[m])
        msg = np.where(never, "chưa có ngày kiểm tra sử dụng vốn",
                       "kiểm tra sử dụng vốn ngày " + law.dates(check[m]) + ", sau hạn")
        sink.add("portfolio.no_use_check", entity="loan",
                 message=base(m) + ": " + msg + " (hạn: " + law.money(days[m]) + " ngày kể từ ngày giải ngân, đến "
                 + law.dates(due[m]) + ")",
                 citation=cite[m], household_id=hid[m], loan_id=loan_id[m], source=_src(lf, m),
                 values={"use_check_date": check[m], "due": due[m], "days": days[m]})
