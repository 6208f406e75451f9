"""Writing the check's outputs into a folder, atomically.

Everything is written into a temporary folder next to the destination, fsynced, then renamed into
place (an existing report is swapped with the new one in one atomic renameat2 exchange on Linux):
after kill -9 there is either the previous report or the new one, never half of one, and the next
run removes a killed run's temporary folder (tests/audit/test_kill9.py kills real processes). An existing
destination is replaced only if it is empty or holds a report of this tool (``tom_tat.json``).

Files (names in Vietnamese without diacritics, columns with canonical English names for other systems):
  bao_cao.xlsx, bao_cao.html            — the reports for people
  ket_qua_ho.csv / .parquet             — one row per household: status, computed outcome, flags
  ket_qua_khoan_vay.csv / .parquet      — one row per loan: facts at disbursement, evaluation, flags
  canh_bao.csv / .parquet               — one row per flag, with its reason, citation and values
  dong_bi_tu_choi.csv                   — every rejected input row (file, sheet, row, column, reason)
  doi_soat_dong.csv                     — rows in = clean + rejected (+ not read), per sheet
  no_qua_han_{to,xa,to_chuc}.csv        — overdue ratios (when a loan book was given)
  bien_dong.csv, chuan_moi.csv          — transitions (--previous), status changes (--what-if)
  tom_tat.json                          — the summary, machine-readable
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import DungDoiTuongError
from .catalogue import FAMILIES, FLAGS, SEVERITIES

MARKER = "tom_tat.json"
PORTFOLIO_FILES = {"group": "no_qua_han_to", "commune": "no_qua_han_xa", "organisation": "no_qua_han_to_chuc"}


class OutputError(DungDoiTuongError):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _csv(df: pd.DataFrame, path: Path) -> None:
    df.to_csv(path, index=False, encoding="utf-8-sig")


def _parquet(df: pd.DataFrame, path: Path) -> None:
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object:
            kinds = {type(v) for v in out[c].dropna().head(500)}
            if len(kinds) > 1 or kinds - {str, bool, int, float}:
                out[c] = out[c].map(lambda v: None if v is None or (isinstance(v, float) and np.isnan(v)) else str(v))
    out.to_parquet(path, index=False)


def summary(run) -> dict:
    r = run.result
    out = {"ngay_ra_soat": run.day.isoformat(), "inputs": run.inputs, "timings_s": {k: round(v, 3) for k, v in run.timings.items()},
           "rows": {"review_rows_in": run.review.rows_in, "rejected_rows": int(len(run.rejections))}}
    if r is None:
        out["ket_qua"] = "không đọc được hộ nào"
        return out
    ev = r.households[r.households["evaluated"].astype(bool)]
    out.update({
        "ruleset_version": r.ruleset_version,
        "settings_not_law": r.settings.as_dict(),
        "households": int(len(r.households)), "households_evaluated": int(len(ev)),
        "households_not_evaluated": int(len(r.not_evaluated)), "loans": int(len(r.loans)),
        "outcomes": {k: int(v) for k, v in ev["outcome"].value_counts().items()},
        "unverified_basis_households": int((ev["unverified_basis"].fillna("") != "").sum()),
        "flags": {code: int(n) for code, n in r.flags["code"].value_counts().items()} if len(r.flags) else {},
        "flags_by_family_severity": [
            {"family": f, "severity": s, "count": int(c)} for f, s, c in r.flag_counts().itertuples(index=False)],
        "what_if_date": r.what_if_date.isoformat() if r.what_if_date else None,
        "what_if_changes": int(len(r.what_if)) if r.what_if is not None else None,
        "previous_date": r.previous_date.isoformat() if r.previous_date else None,
    })
    return out


def write_all(run, out_dir: Path, book) -> list[Path]:
    out_dir = Path(out_dir)
    parent = out_dir.resolve().parent
    _recover(parent, out_dir.name)
    if out_dir.exists():
        if not out_dir.is_dir():
            raise OutputError(f"'{out_dir}' đã có và không phải thư mục: chọn thư mục khác cho --out")
        if any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
            raise OutputError(f"Thư mục '{out_dir}' đã có tệp khác (không phải báo cáo của công cụ này): chọn thư mục "
                              "trống hoặc thư mục mới cho --out")
    parent.mkdir(parents=True, exist_ok=True)
    # the pid in the name lets a later run tell a killed run's leftovers from a live run's folder
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-{os.getpid()}-", dir=parent))
    try:
        names = _write_into(run, tmp, book)
        _sync_tree(tmp)
        if out_dir.exists():
            if _exchange(tmp, out_dir):  # one atomic step: the old report or the new one, never neither
                shutil.rmtree(tmp, ignore_errors=True)
            else:
                old = parent / f".{out_dir.name}.old-{os.getpid()}"
                os.replace(out_dir, old)  # a kill between these two renames is undone by _recover
                os.replace(tmp, out_dir)
                shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out_dir)
        _sync_dir(parent)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return [out_dir / n for n in names]


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux renameat2 RENAME_EXCHANGE); False where not available."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _recover(parent: Path, name: str) -> None:
    """Leftovers of a run that was killed: put back a report moved aside, drop half-written folders."""
    if not parent.is_dir():
        return
    for p in parent.glob(f".{name}.*-*"):
        kind, _, rest = p.name[len(name) + 2:].partition("-")
        pid = rest.split("-", 1)[0]
        if kind not in ("tmp", "old") or not pid.isdigit() or _pid_alive(int(pid)):  # a live run's, ours too
            continue
        if kind == "old" and not (parent / name).exists():
            os.replace(p, parent / name)
        else:
            shutil.rmtree(p, ignore_errors=True)


def _sync_tree(d: Path) -> None:
    """Files on disk before the rename makes them the report (a power cut then finds whole files)."""
    for f in d.iterdir():
        if f.is_file():
            fd = os.open(f, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    _sync_dir(d)


def _sync_dir(d: Path) -> None:
    try:
        fd = os.open(d, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_into(run, d: Path, book) -> list[str]:
    from .excel import write_excel
    from .html import write_html

    names = []
    r = run.result

    def put(name, fn, *args):
        fn(*args, d / name)
        names.append(name)

    if r is not None:
        put("ket_qua_ho.csv", _csv, r.households)
        put("ket_qua_ho.parquet", _parquet, r.households)
        put("canh_bao.csv", _csv, r.flags)
        put("canh_bao.parquet", _parquet, r.flags)
        if r.has_loans:
            put("ket_qua_khoan_vay.csv", _csv, r.loans)
            put("ket_qua_khoan_vay.parquet", _parquet, r.loans)
            for level, name in PORTFOLIO_FILES.items():
                t = r.portfolio.get(level)
                if t is not None and len(t):
                    put(f"{name}.csv", _csv, t)
        if r.transitions is not None:
            put("bien_dong.csv", _csv, r.transitions)
        if r.what_if is not None:
            put("chuan_moi.csv", _csv, r.what_if)
    put("dong_bi_tu_choi.csv", _csv, run.rejections)
    put("doi_soat_dong.csv", _csv, run.accounting)
    put("bao_cao.xlsx", write_excel, run, book)
    put("bao_cao.html", write_html, run, book)
    (d / MARKER).write_text(json.dumps(summary(run), ensure_ascii=False, indent=2), encoding="utf-8")
    names.append(MARKER)
    return names


def family_label(f: str) -> str:
    return FAMILIES.get(f, f)


def severity_label(s: str) -> str:
    return SEVERITIES.get(s, s)


def flag_title(code: str) -> str:
    return FLAGS[code].title if code in FLAGS else code
