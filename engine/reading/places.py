"""Filling each household's province and commune when its row has no code columns.

Order (issue 11): the row's own columns (codes kept as written; names resolved against the units in
force), then the sheet's title block, then the file name, then what the user gave (``--tinh``/``--xa``,
the upload form). Rows that still have no place are not guessed: one sheet-level rejection says what
was looked for and how to give it. Each clean row gets ``place_source`` saying where its place came from.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from engine import places
from engine.places import FROM_ROW, Hint, Place
from .result import ReadResult, Rejection, SourceInfo

PLACE_COLUMNS = ("province_code", "province_name", "commune_code", "commune_name")


def sheet_hints(info: SourceInfo, title_rows: list, file_name: str) -> None:
    """Remember what the title block (rows above the header) and the file name say about the place."""
    texts = [str(v) for row in title_rows for v in (row or []) if isinstance(v, str) and v.strip()]
    info.place_hints = [h for h in (places.scan(texts), places.from_file_name(file_name)) if h]


def _s(v):
    return None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else str(v)


def assign(result: ReadResult, option: Hint | None, rejected_keys: dict) -> None:
    hh = result.households
    if hh.empty:
        result.households = hh.assign(place_source=pd.Series([], dtype="string"))
        return
    infos = {(s.file, s.sheet): s for s in result.sources if s.table == "households"}
    cols = [c for c in PLACE_COLUMNS if c in hh]
    keys = hh[["source_file", "source_sheet", *cols]].astype(object).where(hh[["source_file", "source_sheet", *cols]]
                                                                           .notna(), None)
    groups = keys.groupby([keys[c].map(_s).fillna("\x00") for c in keys.columns], sort=False).indices
    out = {c: np.array(hh[c].astype(object).where(hh[c].notna(), None).tolist(), dtype=object)
           for c in PLACE_COLUMNS}
    source = np.full(len(hh), None, dtype=object)
    taken: dict[str, int] = {}  # "Xã Ba Tơ (mã …), tỉnh … — lấy từ khối tiêu đề" → households
    drop = np.zeros(len(hh), dtype=bool)
    row_problems: list[tuple[int, str, str]] = []
    sheet_problems: dict[tuple, tuple[str, str, int]] = {}
    for _, idx in groups.items():
        first = keys.iloc[idx[0]]
        pc, pn, cc, cn = (_s(first.get(c)) for c in PLACE_COLUMNS)
        if pc and cc:  # the row's own codes: kept as written
            source[idx] = FROM_ROW
            k = f"mã tỉnh, mã xã ghi trên từng dòng — lấy từ {FROM_ROW}"
            taken[k] = taken.get(k, 0) + len(idx)
            continue
        info = infos.get((str(first["source_file"]), _s(first["source_sheet"])))
        hints = [Hint(pc or pn, cc or cn, FROM_ROW)] + (getattr(info, "place_hints", []) if info else []) \
            + ([option] if option else [])
        found = places.resolve([h for h in hints if h])
        if isinstance(found, Place):
            out["province_code"][idx] = found.province.code
            out["province_name"][idx] = pn or found.province.name
            out["commune_code"][idx] = found.commune.code
            out["commune_name"][idx] = cn or found.commune.name
            source[idx] = found.source
            taken[found.text()] = taken.get(found.text(), 0) + len(idx)
            continue
        drop[idx] = True
        if cc or cn or pc or pn:
            row_problems.extend((int(i), found.reason, found.code) for i in idx)
        else:
            k = (str(first["source_file"]), _s(first["source_sheet"]))
            prev = sheet_problems.get(k)
            sheet_problems[k] = (found.reason, found.code, (prev[2] if prev else 0) + len(idx))
    for c in PLACE_COLUMNS:
        hh[c] = pd.array(out[c], dtype="string")
    hh["place_source"] = pd.array(source, dtype="string")
    for i, reason, code in row_problems:
        r = hh.iloc[i]
        result.rejections.append(Rejection(str(r["source_file"]), _s(r["source_sheet"]), int(r["source_row"]),
                                           "commune_code", reason, _s(r["commune_name"]) or _s(r["commune_code"]),
                                           code, "households", "Xã/phường"))
    for (file, sheet), (reason, code, n) in sheet_problems.items():
        result.rejections.append(Rejection(file, sheet, None, "commune_code",
                                           f"{reason}; không đọc được {n} dòng hộ của sheet này", None, code,
                                           "households", "Xã/phường"))
        result.place_problems.append(reason)
    if drop.any():
        for i in range(len(hh)):
            if drop[i]:
                r = hh.iloc[i]
                file, sheet = str(r["source_file"]), _s(r["source_sheet"])
                rejected_keys.setdefault(str(r["household_id"]), (file, sheet, int(r["source_row"])))
                info = infos.get((file, sheet))
                if info is not None:
                    info.clean -= 1
                    if (file, sheet) in sheet_problems and not (_s(r["commune_code"]) or _s(r["commune_name"])):
                        info.unread += 1
                    else:
                        info.rejected += 1
        hh = hh[~drop].reset_index(drop=True)
    result.households = hh
    result.places = [f"{text}: {n} hộ" for text, n in taken.items()]
