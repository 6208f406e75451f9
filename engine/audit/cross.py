"""Second pass: signals across households and loans, computed from small key tables.

Each chunk of the audit (a province, a Parquet partition, a Dask partition) returns ``CrossKeys``:
  * ``persons`` — one row per (CCCD, household, role): members' CCCDs and borrowers' CCCDs, as
    64-bit hashes (never the number; a masked form ``********1234`` is kept for the report), with
    the borrower's name as a hash, the loan id and whether the loan is still outstanding;
  * ``leaders`` — (commune, group leader hash, savings group) → number of loans;
  * ``groups``  — (commune, savings group, entrusted organisation) → loans, outstanding, overdue.
``concat_keys`` merges the chunks' tables and ``flags`` raises the cross-household signals on the
merged ones: the same CCCD in several households or under several borrower names, one person with
many outstanding loans, one leader linked to unusually many loans or groups (all S5). The
portfolio module sums ``groups`` to savings group, commune and organisation level. At national
scale the persons table (≈ one row per member with a CCCD) can itself be partitioned by hash.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..reading.text import key
from . import law
from .catalogue import SIGNAL_TEXT
from .flagframe import FlagSink
from .settings import NOT_LAW, AuditSettings

PERSON_COLUMNS = ["cccd_hash", "cccd_masked", "household_id", "loan_id", "role", "name_hash", "active",
                  "source_file", "source_sheet", "source_row"]
LEADER_COLUMNS = ["commune_code", "commune_name", "leader_hash", "savings_group", "loans"]
GROUP_COLUMNS = ["commune_code", "commune_name", "savings_group", "entrusted_org", "loans", "outstanding", "overdue",
                 "overdue_unknown", "overdue_loans"]


@dataclass
class CrossKeys:
    persons: pd.DataFrame
    leaders: pd.DataFrame
    groups: pd.DataFrame
    has_overdue_column: bool = False


def hash_values(values) -> np.ndarray:
    arr = np.asarray(values, dtype=object)
    if not len(arr):
        return np.zeros(0, np.uint64)
    return pd.util.hash_array(arr, categorize=False)  # CCCDs are nearly all distinct: categorising is slower


def _mask(values) -> np.ndarray:
    """'********' + the last four digits (a CCCD is 12 digits); vectorised on Arrow-backed text."""
    s = values if isinstance(values, pd.Series) else pd.Series(np.asarray(values, dtype=object), dtype=object)
    last4 = s.str[-4:].to_numpy(dtype=object, na_value=None)
    return np.array([None if x is None else "********" + x for x in last4], dtype=object)


def keys_of(households: pd.DataFrame, members: pd.DataFrame | None, loans) -> CrossKeys:
    """Key tables of one chunk (``loans`` is a loans.LoanFacts or None)."""
    parts = []
    if members is not None and len(members) and "cccd" in members:
        m = members[members["cccd"].notna()]
        hid = m["household_id"].to_numpy(dtype=object)
        parts.append(pd.DataFrame({
            "cccd_hash": hash_values(m["cccd"].to_numpy(dtype=object)), "cccd_masked": _mask(m["cccd"]),
            "household_id": pd.Series(hid, dtype=object), "loan_id": None, "role": "member",
            "name_hash": np.zeros(len(m), np.uint64), "active": False,
            "source_file": m["source_file"].to_numpy(dtype=object) if "source_file" in m else None,
            "source_sheet": m["source_sheet"].to_numpy(dtype=object) if "source_sheet" in m else None,
            "source_row": m["source_row"].to_numpy(dtype=object) if "source_row" in m else None}))
    leaders = pd.DataFrame({c: [] for c in LEADER_COLUMNS})
    groups = pd.DataFrame({c: [] for c in GROUP_COLUMNS})
    has_overdue = False
    if loans is not None and len(loans.frame):
        lf = loans.frame
        cccd = loans.personal.get("cccd")
        names = loans.personal.get("name")
        ok = pd.notna(cccd) if cccd is not None else np.zeros(len(lf), bool)
        if ok.any():
            hid = lf["household_id"].to_numpy(dtype=object)[ok]
            nm = names[ok] if names is not None else np.full(int(ok.sum()), None, object)
            parts.append(pd.DataFrame({
                "cccd_hash": hash_values(cccd[ok]), "cccd_masked": _mask(cccd[ok]), "household_id": hid,
                "loan_id": lf["loan_id"].to_numpy(dtype=object)[ok], "role": "borrower",
                "name_hash": hash_values([key(x) if isinstance(x, str) else "" for x in nm]),
                "active": np.nan_to_num(lf["outstanding"].to_numpy(dtype="float64")[ok]) > 0,
                "source_file": lf["source_file"].to_numpy(dtype=object)[ok],
                "source_sheet": lf["source_sheet"].to_numpy(dtype=object)[ok],
                "source_row": lf["source_row"].to_numpy(dtype=object)[ok]}))
        leader = loans.personal.get("leader")
        if leader is not None:
            okl = pd.notna(leader)
            if okl.any():
                t = pd.DataFrame({"commune_code": lf["commune_code"].astype(object).to_numpy()[okl],
                                  "commune_name": lf["commune_name"].astype(object).to_numpy()[okl]
                                  if "commune_name" in lf else None,
                                  "leader_hash": hash_values([key(x) for x in leader[okl]]),
                                  "savings_group": lf["savings_group"].astype(object).fillna("").to_numpy()[okl]})
                leaders = t.groupby(["commune_code", "leader_hash", "savings_group"], dropna=False, as_index=False).agg(
                    commune_name=("commune_name", "first"), loans=("leader_hash", "size"))[LEADER_COLUMNS]
        over = lf["overdue_amount"].to_numpy(dtype="float64")
        has_overdue = bool((~np.isnan(over)).any())
        g = pd.DataFrame({"commune_code": lf["commune_code"].astype(object).fillna("").to_numpy(),
                          "commune_name": lf["commune_name"].astype(object).to_numpy() if "commune_name" in lf else None,
                          "savings_group": lf["savings_group"].astype(object).fillna("").to_numpy(),
                          "entrusted_org": lf["entrusted_org"].astype(object).fillna("").to_numpy(),
                          "outstanding": np.nan_to_num(lf["outstanding"].to_numpy(dtype="float64")),
                          "overdue": np.nan_to_num(over), "overdue_unknown": np.isnan(over).astype(int),
                          "overdue_loans": (np.nan_to_num(over) > 0).astype(int)})
        groups = g.groupby(["commune_code", "savings_group", "entrusted_org"], as_index=False).agg(
            commune_name=("commune_name", "first"), loans=("outstanding", "size"), outstanding=("outstanding", "sum"),
            overdue=("overdue", "sum"), overdue_unknown=("overdue_unknown", "sum"),
            overdue_loans=("overdue_loans", "sum"))[GROUP_COLUMNS]
    persons = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame({c: [] for c in PERSON_COLUMNS})
    return CrossKeys(persons, leaders, groups, has_overdue)


def _village(lf: pd.DataFrame) -> np.ndarray:
    vn = lf["village_name"].astype(object) if "village_name" in lf else pd.Series([None] * len(lf), dtype=object)
    vc = lf["village_code"].astype(object) if "village_code" in lf else pd.Series([None] * len(lf), dtype=object)
    return vn.where(vn.notna(), vc).to_numpy(dtype=object)


def concat_keys(parts: list[CrossKeys]) -> CrossKeys:
    parts = [p for p in parts if p is not None]
    if not parts:
        return keys_of(pd.DataFrame({"household_id": []}), None, None)
    persons = pd.concat([p.persons for p in parts], ignore_index=True)
    leaders = pd.concat([p.leaders for p in parts], ignore_index=True)
    if len(leaders):
        leaders = leaders.groupby(["commune_code", "leader_hash", "savings_group"], dropna=False, as_index=False).agg(
            commune_name=("commune_name", "first"), loans=("loans", "sum"))[LEADER_COLUMNS]
    groups = pd.concat([p.groups for p in parts], ignore_index=True)
    if len(groups):
        groups = groups.groupby(["commune_code", "savings_group", "entrusted_org"], as_index=False).agg(
            commune_name=("commune_name", "first"), loans=("loans", "sum"), outstanding=("outstanding", "sum"),
            overdue=("overdue", "sum"), overdue_unknown=("overdue_unknown", "sum"),
            overdue_loans=("overdue_loans", "sum"))[GROUP_COLUMNS]
    return CrossKeys(persons, leaders, groups, any(p.has_overdue_column for p in parts))


def flags(keys: CrossKeys, settings: AuditSettings, sink: FlagSink) -> None:
    p = keys.persons
    if len(p):
        # the same CCCD in several households (as member or borrower)
        n_hh = p.groupby("cccd_hash")["household_id"].transform("nunique").to_numpy()
        m = n_hh > 1
        if m.any():
            sub = p[m]
            lists = sub.groupby("cccd_hash")["household_id"].agg(lambda s: ", ".join(sorted(set(s))))
            others = sub["cccd_hash"].map(lists).to_numpy(dtype=object)
            role = np.where(sub["role"] == "member", "thành viên", "người vay khoản " + law.text(sub["loan_id"]))
            msg = ("Số CCCD " + law.text(sub["cccd_masked"]) + " (" + role + " của hộ "
                   + law.text(sub["household_id"]) + ") xuất hiện ở " + n_hh[m].astype(str)
                   + " hộ: " + others + " — có thể là vay ké hoặc một người ở nhiều danh sách")
            sink.add("misuse.cccd_several_households", message=msg, citation=SIGNAL_TEXT,
                     entity=np.where(sub["role"] == "member", "household", "loan"),
                     household_id=sub["household_id"].to_numpy(dtype=object), loan_id=sub["loan_id"].to_numpy(dtype=object),
                     source=sub, values={"cccd": sub["cccd_masked"].to_numpy(dtype=object), "households": others,
                                         "role": sub["role"].to_numpy(dtype=object)})
        b = p[p["role"] == "borrower"]
        if len(b):
            # one CCCD under several borrower names
            named = b[b["name_hash"] != hash_values([""])[0]]
            if len(named):
                n_names = named.groupby("cccd_hash")["name_hash"].transform("nunique").to_numpy()
                sub = named[n_names > 1]
                if len(sub):
                    k = n_names[n_names > 1]
                    sink.add("misuse.cccd_several_names", entity="loan",
                             message="Khoản vay " + law.text(sub["loan_id"]) + ": số CCCD "
                             + law.text(sub["cccd_masked"]) + " đứng tên vay với " + k.astype(str)
                             + " họ tên khác nhau trong sổ vay",
                             citation=SIGNAL_TEXT, household_id=sub["household_id"].to_numpy(dtype=object),
                             loan_id=sub["loan_id"].to_numpy(dtype=object), source=sub,
                             values={"cccd": sub["cccd_masked"].to_numpy(dtype=object), "names": k})
                    # one person, many outstanding loans
            act = b[b["active"].astype(bool)]
            if len(act):
                cnt = act.groupby("cccd_hash")["loan_id"].transform("size").to_numpy()
                sel = cnt >= settings.person_many_loans
                sub = act[sel]
                if len(sub):
                    sink.add("misuse.person_many_loans", entity="loan",
                             message="Khoản vay " + law.text(sub["loan_id"]) + ": số CCCD "
                             + law.text(sub["cccd_masked"]) + " đứng tên "
                             + cnt[sel].astype(str) + " khoản vay còn dư nợ (ngưỡng cảnh báo: từ "
                             + str(settings.person_many_loans) + ")",
                             citation=SIGNAL_TEXT + f"; ngưỡng {settings.person_many_loans} khoản: {NOT_LAW} "
                                                     "(AuditSettings.person_many_loans)",
                             household_id=sub["household_id"].to_numpy(dtype=object),
                             loan_id=sub["loan_id"].to_numpy(dtype=object), source=sub,
                             values={"cccd": sub["cccd_masked"].to_numpy(dtype=object), "loans": cnt[sel],
                                     "threshold": settings.person_many_loans})
    lead = keys.leaders
    if len(lead):
        named = lead.assign(_g=lead["savings_group"].where(lead["savings_group"] != "", None))
        per = named.groupby(["commune_code", "leader_hash"], dropna=False).agg(
            commune_name=("commune_name", "first"), loans=("loans", "sum"), n_groups=("_g", "nunique"))
        sel = (per["loans"] > settings.leader_many_loans) | (per["n_groups"] >= settings.leader_many_groups)
        sub = per[sel].reset_index()
        if len(sub):
            hit = named.merge(sub[["commune_code", "leader_hash"]], on=["commune_code", "leader_hash"])
            glist = hit.groupby(["commune_code", "leader_hash"], dropna=False)["_g"].agg(
                lambda s: sorted({x for x in s if isinstance(x, str)}))
            sub["groups"] = glist.reindex(pd.MultiIndex.from_frame(sub[["commune_code", "leader_hash"]])).to_numpy()
        if len(sub):
            # an anonymous, stable code: the first hex digits of the leader's hash (no name in any output)
            code = pd.Series(["TT-" + format(int(h), "016X")[:6] for h in sub["leader_hash"].astype("uint64")])
            groups_txt = sub["groups"].map(lambda g: "; ".join(g) if isinstance(g, list) and g else "không rõ tổ"
                                           ).to_numpy(dtype=object)
            msg = ("Tổ trưởng (mã ẩn danh " + code.to_numpy(dtype=object) + ", xã "
                   + law.text(sub["commune_name"].fillna(sub["commune_code"])) + ") gắn với "
                   + law.text(sub["loans"].astype(int)) + " khoản vay ở "
                   + law.text(sub["n_groups"]) + " tổ TK&VV: " + groups_txt
                   + f" (ngưỡng cảnh báo: trên {settings.leader_many_loans} khoản vay hoặc từ "
                     f"{settings.leader_many_groups} tổ)")
            sink.add("misuse.leader_many_loans", entity="leader", entity_key=code.to_numpy(dtype=object),
                     message=msg,
                     citation=SIGNAL_TEXT + f"; ngưỡng {settings.leader_many_loans} khoản vay / "
                                             f"{settings.leader_many_groups} tổ: {NOT_LAW} (AuditSettings)",
                     values={"loans": sub["loans"].to_numpy(), "groups": groups_txt,
                             "commune_code": sub["commune_code"].to_numpy(dtype=object)})
            last = sink.parts[-1]
            last["commune_code"] = sub["commune_code"].to_numpy(dtype=object)
            last["commune_name"] = sub["commune_name"].to_numpy(dtype=object)
