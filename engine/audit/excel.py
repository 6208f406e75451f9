"""The Excel report, in Vietnamese: a summary sheet, one sheet per flag family (with filters), the
flagged households and loans with all their reasons, rejected rows, row accounting, transitions,
what-if, overdue ratios, and the engineering settings and unverified values used.

Written with xlsxwriter in constant-memory mode. A sheet holds at most ``excel_max_rows`` rows
(AuditSettings); the CSV / Parquet files always hold every row, and the sheet says so when cut.
"""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import xlsxwriter

from engine.decisions import fmt
from . import law
from .catalogue import BASIS_LABELS, FAMILIES, FLAGS, SEVERITIES, SEVERITY_ORDER
from .households import outcome_labels, status_labels
from .settings import NOT_LAW, AuditSettings

FAMILY_SHEETS = {
    "inclusion": "Đưa vào sai", "exclusion": "Bỏ sót", "window": "Quá thời hạn", "ceiling": "Mức cho vay",
    "misuse": "Vay ké - sai mục đích", "review": "Cần rà soát", "portfolio": "Chất lượng tín dụng",
    "transition": "Biến động (cảnh báo)",
}
FLAG_HEADERS = [("severity", "Mức độ", 11), ("code", "Mã cảnh báo", 30), ("title", "Cảnh báo", 40),
                ("message", "Nội dung (giá trị đã thấy)", 80), ("citation", "Căn cứ", 60), ("basis", "Loại căn cứ", 18),
                ("household_id", "Mã hộ", 14), ("loan_id", "Mã khoản vay", 14), ("entity_key", "Đối tượng", 18),
                ("province_code", "Mã tỉnh", 8), ("commune_name", "Xã", 18), ("village", "Thôn", 16),
                ("source_file", "Tệp nguồn", 20), ("source_sheet", "Sheet", 14), ("source_row", "Dòng", 7)]
# (the values behind each flag, as JSON, are in canh_bao.csv / .parquet; the message says them in words)


def _cell(v):
    if v is None:
        return None
    if isinstance(v, float) and np.isnan(v):
        return None
    if v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating,)):
        return None if np.isnan(v) else float(v)
    if isinstance(v, (np.bool_, bool)):
        return "có" if v else "không"
    if isinstance(v, pd.Timestamp):
        return v.strftime("%d/%m/%Y")
    return v if isinstance(v, (int, float, str)) else str(v)


class Book:
    def __init__(self, path, max_rows: int):
        self.wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_urls": False,
                                                  "strings_to_formulas": False})
        self.max_rows = max_rows
        self.f = {
            "title": self.wb.add_format({"bold": True, "font_size": 14}),
            "bold": self.wb.add_format({"bold": True}),
            "head": self.wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True,
                                        "valign": "top"}),
            "wrap": self.wb.add_format({"text_wrap": True, "valign": "top"}),
            "num": self.wb.add_format({"num_format": "#,##0", "valign": "top"}),
            "pct": self.wb.add_format({"num_format": "0.00", "valign": "top"}),
            "note": self.wb.add_format({"italic": True, "font_color": "#555555"}),
            "high": self.wb.add_format({"bg_color": "#F8CBAD", "valign": "top"}),
            "medium": self.wb.add_format({"bg_color": "#FFE699", "valign": "top"}),
            "low": self.wb.add_format({"bg_color": "#E2EFDA", "valign": "top"}),
        }

    def table(self, name: str, headers: list[tuple[str, str, int]], df: pd.DataFrame, title: str | None = None,
              notes: list[str] = (), fmt_cols: dict | None = None, empty_text: str = "Không có dòng nào.") -> None:
        ws = self.wb.add_worksheet(name[:31])
        r = 0
        if title:
            ws.write(r, 0, title, self.f["title"])
            r += 1
        for n in notes:
            ws.write(r, 0, n, self.f["note"])
            r += 1
        if title or notes:
            r += 1
        for j, (_, label, width) in enumerate(headers):
            ws.set_column(j, j, width)
            ws.write(r, j, label, self.f["head"])
        head_row = r
        r += 1
        shown = df.head(self.max_rows)
        fmt_cols = fmt_cols or {}
        cols = [c for c, _, _ in headers]
        # columns as plain Python lists, each written with the typed writer (xlsxwriter's generic write()
        # dispatch costs more than the writing itself on large reports)
        lists, numeric = [], []
        for c in cols:
            col = shown[c] if c in shown else pd.Series([None] * len(shown), dtype=object)
            if col.dtype.kind in "iuf" or (col.dtype.kind == "b" and False):
                vals = col.astype("float64").to_numpy()
                lists.append([None if v != v else (int(v) if float(v).is_integer() else float(v)) for v in vals])
                numeric.append(True)
            else:
                lists.append([_cell(v) for v in col.to_numpy(dtype=object)])
                numeric.append(False)
        formats = [fmt_cols.get(c) for c in cols]
        fobj = [self.f[f] if isinstance(f, str) else None for f in formats]
        write_number, write_string = ws.write_number, ws.write_string
        for i in range(len(shown)):
            for j in range(len(cols)):
                v = lists[j][i]
                if v is None:
                    continue
                f = formats[j]
                fo = self.f.get(f(v)) if callable(f) else fobj[j]
                if numeric[j] or (not isinstance(v, str) and isinstance(v, (int, float))):
                    write_number(r, j, v, fo)
                else:
                    write_string(r, j, v if isinstance(v, str) else str(v), fo)
            r += 1
        ws.autofilter(head_row, 0, max(r - 1, head_row), len(headers) - 1)
        ws.freeze_panes(head_row + 1, 0)
        if not len(df):
            ws.write(r, 0, empty_text, self.f["note"])
        elif len(df) > len(shown):
            ws.write(r + 1, 0, f"Chỉ hiện {len(shown):,} / {len(df):,} dòng; tệp CSV/Parquet cùng thư mục có đủ mọi "
                               "dòng.".replace(",", "."), self.f["note"])

    def close(self):
        self.wb.close()


def _sev_fmt(v):
    return {"Cao": "high", "Trung bình": "medium", "Thấp": "low"}.get(v)


def write_excel(run, book, path) -> None:
    r = run.result
    settings = r.settings if r is not None else None
    max_rows = settings.excel_max_rows if settings else AuditSettings().excel_max_rows
    b = Book(path, max_rows)
    try:
        _summary_sheet(b, run, book)
        if r is not None:
            flags = r.flags.copy()
            flags["title"] = flags["code"].map(lambda c: FLAGS[c].title if c in FLAGS else c)
            flags["severity"] = flags["severity"].map(lambda s: SEVERITIES.get(s, s))
            flags["basis"] = flags["basis"].map(lambda s: BASIS_LABELS.get(s, s))
            for fam, sheet in FAMILY_SHEETS.items():
                sub = flags[flags["family"] == fam]
                b.table(sheet, FLAG_HEADERS, sub, title=f"{FAMILIES[fam]} — {len(sub):,} cảnh báo".replace(",", "."),
                        notes=[_family_note(fam)], fmt_cols={"severity": _sev_fmt, "message": "wrap", "citation": "wrap"},
                        empty_text="Không có cảnh báo nào thuộc nhóm này.")
            _flagged_sheet(b, r, book)
        _rejections_sheet(b, run)
        _accounting_sheet(b, run)
        if r is not None:
            if r.transitions is not None:
                _transitions_sheet(b, r, book)
            if r.what_if is not None:
                _what_if_sheet(b, r, book)
            if r.has_loans:
                _portfolio_sheet(b, r)
            _settings_sheet(b, r, book)
    finally:
        b.close()


def _family_note(fam: str) -> str:
    codes = [d for d in FLAGS.values() if d.family == fam]
    return "Mã trong nhóm: " + "; ".join(f"{d.code} — {d.title}" for d in codes)


def _summary_sheet(b: Book, run, book) -> None:
    ws = b.wb.add_worksheet("Tổng hợp")
    ws.set_column(0, 0, 58)
    ws.set_column(1, 6, 16)
    r = run.result
    row = 0
    ws.write(row, 0, "BÁO CÁO KIỂM TRA ĐÚNG ĐỐI TƯỢNG — RÀ SOÁT HỘ NGHÈO, CẬN NGHÈO VÀ SỔ VAY", b.f["title"])
    row += 1
    ws.write(row, 0, f"Ngày rà soát (ngày tham chiếu): {fmt.date(run.day)}")
    row += 1
    ws.write(row, 0, f"Bộ quy tắc: {book.name} {book.version}")
    row += 1
    ws.write(row, 0, "Tệp đầu vào: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in run.inputs.items() if v))
    row += 1
    for place in run.review.places:  # where each household's province and commune were taken from
        ws.write(row, 0, "Địa bàn: " + place)
        row += 1
    row += 1
    if r is None:
        ws.write(row, 0, "Không đọc được hộ nào: xem sheet 'Dòng bị từ chối'.", b.f["bold"])
        return
    ev = r.households[r.households["evaluated"].astype(bool)]
    lab = outcome_labels(book)
    ws.write(row, 0, "Kết quả phân loại theo chuẩn tại ngày rà soát", b.f["head"])
    ws.write(row, 1, "Số hộ", b.f["head"])
    row += 1
    for code, n in ev["outcome"].value_counts().items():
        ws.write(row, 0, lab.get(code, code))
        ws.write(row, 1, int(n), b.f["num"])
        row += 1
    ws.write(row, 0, "Hộ không xét được (xem 'Dòng bị từ chối')")
    ws.write(row, 1, int(len(r.not_evaluated)), b.f["num"])
    row += 1
    ws.write(row, 0, "Kết quả dựa trên căn cứ chưa xác minh")
    ws.write(row, 1, int((ev["unverified_basis"].fillna("") != "").sum()), b.f["num"])
    row += 2
    st = status_labels(book)
    ws.write(row, 0, "Tình trạng được công nhận tại ngày rà soát", b.f["head"])
    ws.write(row, 1, "Số hộ", b.f["head"])
    row += 1
    for code, n in ev["recognised_status"].fillna("?").value_counts().items():
        ws.write(row, 0, st.get(code, "chưa xác định (quyết định mâu thuẫn)"))
        ws.write(row, 1, int(n), b.f["num"])
        row += 1
    row += 1
    ws.write(row, 0, "Cảnh báo theo nhóm và mức độ", b.f["head"])
    sev = list(SEVERITY_ORDER)
    for j, s in enumerate(sev, start=1):
        ws.write(row, j, SEVERITIES[s], b.f["head"])
    ws.write(row, len(sev) + 1, "Cộng", b.f["head"])
    row += 1
    counts = r.flag_counts().set_index(["family", "severity"])["count"]
    for fam, label in FAMILIES.items():
        ws.write(row, 0, label)
        total = 0
        for j, s in enumerate(sev, start=1):
            n = int(counts.get((fam, s), 0))
            total += n
            ws.write(row, j, n, b.f["num"])
        ws.write(row, len(sev) + 1, total, b.f["num"])
        row += 1
    row += 1
    ws.write(row, 0, "Số hộ / khoản vay", b.f["head"])
    ws.write(row, 1, "Số lượng", b.f["head"])
    row += 1
    for label, n in (("Hộ trong danh sách", len(r.households)), ("Hộ đã xét", len(ev)),
                     ("Khoản vay trong sổ vay (hợp lệ)", len(r.loans)),
                     ("Hộ có cảnh báo", int((r.households["flag_count"] > 0).sum()) if "flag_count" in r.households else 0),
                     ("Dòng bị từ chối khi đọc", len(run.rejections))):
        ws.write(row, 0, label)
        ws.write(row, 1, int(n), b.f["num"])
        row += 1
    if r.what_if_date is not None:
        ws.write(row, 0, f"Hộ đổi kết quả khi áp dụng chuẩn tại {fmt.date(r.what_if_date)} (sheet 'Chuẩn mới')")
        ws.write(row, 1, int(len(r.what_if)), b.f["num"])
        row += 1
    if r.transitions is not None:
        ws.write(row, 0, f"Hộ đổi tình trạng so với kỳ trước ({fmt.date(r.previous_date)})")
        ws.write(row, 1, int(r.transitions["changed"].sum()), b.f["num"])
        row += 1
    row += 1
    ws.write(row, 0, "Mức độ: Cao = cần xử lý ngay; Trung bình = cần rà soát; Thấp = để biết. 'Tín hiệu kỹ thuật' "
                     "chỉ là dấu hiệu cần xem lại, không phải kết luận vi phạm.", b.f["note"])


def _flagged_sheet(b: Book, r, book) -> None:
    f = r.flags[r.flags["household_id"].notna()]
    if f.empty:
        b.table("Hộ có cảnh báo", [("household_id", "Mã hộ", 14)], f, title="Hộ và khoản vay có cảnh báo")
        return
    f = f.assign(_s=f["severity"].map(SEVERITY_ORDER))
    g = f.groupby("household_id", sort=False)
    head = pd.DataFrame({"max": g["_s"].min(), "count": g.size()}).reset_index()
    head = head.sort_values(["max", "count", "household_id"], ascending=[True, False, True]).head(b.max_rows)
    total = int(f["household_id"].nunique())
    f = f[f["household_id"].isin(head["household_id"])]  # reasons only for the households shown
    g = f.groupby("household_id", sort=False)
    agg = head.set_index("household_id").join(pd.DataFrame({
        "loans": g["loan_id"].agg(lambda s: ", ".join(sorted({x for x in s if isinstance(x, str)}))),
        "codes": g["code"].agg(lambda s: "; ".join(sorted(set(s)))),
        "reasons": g["message"].agg(lambda s: "\n".join("• " + x for x in s)),
    })).reset_index()
    agg["max"] = agg["max"].map({v: SEVERITIES[k] for k, v in SEVERITY_ORDER.items()})
    hh = r.households.set_index("household_id")
    for c in ("commune_name", "village_name", "recognised_status", "outcome"):
        agg[c] = hh[c].reindex(agg["household_id"]).to_numpy(dtype=object) if c in hh else None
    st, lab = status_labels(book), outcome_labels(book)
    agg["recognised_status"] = agg["recognised_status"].map(lambda x: st.get(x, x) if isinstance(x, str) else None)
    agg["outcome"] = agg["outcome"].map(lambda x: lab.get(x, x) if isinstance(x, str) else None)
    b.table("Hộ có cảnh báo", [("household_id", "Mã hộ", 14), ("commune_name", "Xã", 16), ("village_name", "Thôn", 16),
                               ("recognised_status", "Tình trạng công nhận", 18), ("outcome", "Kết quả tính theo chuẩn", 22),
                               ("max", "Mức độ cao nhất", 12), ("count", "Số cảnh báo", 9), ("loans", "Khoản vay", 18),
                               ("codes", "Mã cảnh báo", 40), ("reasons", "Các lý do", 100)],
            agg, title=f"Hộ và khoản vay có cảnh báo — mọi lý do của từng hộ ({total:,} hộ)".replace(",", "."),
            fmt_cols={"max": _sev_fmt, "reasons": "wrap"})


def _rejections_sheet(b: Book, run) -> None:
    rows = run.rejections.copy()
    ne = run.result.not_evaluated if run.result is not None else pd.DataFrame()
    if len(ne):
        extra = pd.DataFrame({"input": "Danh sách rà soát", "table": "hộ gia đình", "file": ne["source_file"].map(
            lambda x: str(x).rsplit("/", 1)[-1] if isinstance(x, str) else x), "sheet": ne["source_sheet"],
            "row": ne["source_row"], "column": None, "code": "not_evaluated", "reason": ne["reason"], "value": None})
        rows = pd.concat([rows, extra], ignore_index=True)
    b.table("Dòng bị từ chối", [("input", "Đầu vào", 16), ("table", "Bảng", 14), ("file", "Tệp", 24), ("sheet", "Sheet", 16),
                                ("row", "Dòng", 7), ("column", "Cột", 24), ("code", "Mã lỗi", 16), ("reason", "Lý do", 80),
                                ("value", "Giá trị", 20)], rows,
            title="Dòng bị từ chối hoặc không xét được — sửa ở tệp nguồn theo số dòng",
            fmt_cols={"reason": "wrap"}, empty_text="Mọi dòng đều đọc được.")


def _accounting_sheet(b: Book, run) -> None:
    b.table("Đối soát dòng", [("input", "Đầu vào", 18), ("table", "Bảng", 14), ("file", "Tệp", 24), ("sheet", "Sheet", 18),
                              ("rows_in", "Dòng dữ liệu", 11), ("clean", "Hợp lệ", 9), ("rejected", "Bị từ chối", 10),
                              ("unread", "Không đọc (lỗi sheet)", 12), ("not_evaluated", "Không xét được", 11),
                              ("evaluated", "Đã xét", 9), ("balanced", "Khớp (vào = hợp lệ + từ chối + không đọc)", 14),
                              ("file_error", "Lỗi tệp/sheet", 50)],
            run.accounting, title="Mọi dòng đầu vào đều được tính: đã xét, hoặc bị từ chối kèm số dòng và lý do")


def _transitions_sheet(b: Book, r, book) -> None:
    t = r.transitions
    m = r.transition_matrix
    ws_rows = m.reset_index() if m is not None and len(m) else pd.DataFrame()
    headers = [(c, str(c), 18) for c in ws_rows.columns] if len(ws_rows) else [("x", "Kỳ trước", 18)]
    b.table("Ma trận biến động", headers, ws_rows,
            title=f"Biến động tình trạng công nhận: kỳ trước ({fmt.date(r.previous_date)}) → kỳ này ({fmt.date(r.day)})",
            notes=["Dòng: tình trạng kỳ trước; cột: tình trạng kỳ này; ô: số hộ."])
    ch = t[t["changed"].astype(bool)].copy()
    ch["changed_without_decision"] = ch["changed_without_decision"].map(lambda v: "có" if v else "")
    b.table("Biến động", [("household_id", "Mã hộ", 14), ("commune_name", "Xã", 16), ("village_name", "Thôn", 16),
                          ("transition", "Biến động", 40), ("status_decision_date", "Ngày quyết định gần nhất", 14),
                          ("changed_without_decision", "Không có quyết định mới", 14)], ch,
            title="Hộ đổi tình trạng so với kỳ trước", empty_text="Không hộ nào đổi tình trạng.")


def _what_if_sheet(b: Book, r, book) -> None:
    lab = outcome_labels(book)
    wi = r.what_if.copy()
    if len(wi):
        wi["outcome"] = wi["outcome"].map(lambda x: lab.get(x, x))
        wi["outcome_what_if"] = wi["outcome_what_if"].map(lambda x: lab.get(x, x))
    b.table("Chuẩn mới", [("household_id", "Mã hộ", 14), ("commune_code", "Mã xã", 10), ("village", "Thôn", 16),
                          ("income_pc_month", "Thu nhập (đồng/người/tháng)", 14), ("outcome", f"Tại {fmt.date(r.day)}", 28),
                          ("outcome_what_if", f"Tại {fmt.date(r.what_if_date)}", 28),
                          ("rule_ids_what_if", "Quy tắc quyết định", 30), ("flags_what_if", "Ghi chú của bộ máy", 30)],
            wi, title=f"Hộ đổi kết quả khi áp dụng chuẩn tại {fmt.date(r.what_if_date)}",
            notes=["Cùng dữ liệu hộ, xét tại ngày khác: chuẩn, ngưỡng và tuổi thành viên tại ngày đó. "
                   "Mức sống trung bình 2027–2030 chưa rõ nên ra 'cần rà soát'."],
            fmt_cols={"income_pc_month": "num"}, empty_text="Không hộ nào đổi kết quả.")


def _portfolio_sheet(b: Book, r) -> None:
    parts = []
    names = {"group": "Tổ TK&VV", "commune": "Xã", "organisation": "Tổ chức nhận ủy thác"}
    for level, t in r.portfolio.items():
        if t is None or t.empty:
            continue
        t = t.copy()
        t["level"] = names[level]
        t["name"] = (t["savings_group"] if level == "group" else t.get("entrusted_org") if level == "organisation"
                     else t["commune_name"].where(t["commune_name"].notna(), t["commune_code"]))
        parts.append(t)
    df = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    if len(df):
        df["above_goal"] = df["above_goal"].map(lambda v: "có" if v else "")
    b.table("Nợ quá hạn", [("level", "Cấp", 18), ("commune_code", "Mã xã", 10), ("name", "Tên", 24),
                           ("loans", "Số khoản vay", 10), ("outstanding", "Dư nợ (đồng)", 16), ("overdue", "Nợ quá hạn (đồng)", 16),
                           ("overdue_ratio_pct", "Tỷ lệ nợ quá hạn (%)", 12), ("fee_share_pct", "Phí ủy thác được hưởng (%)", 12),
                           ("above_goal", "Từ mục tiêu trở lên", 12), ("overdue_unknown", "Khoản vay chưa rõ nợ quá hạn", 12)],
            df, title="Tỷ lệ nợ quá hạn theo tổ, xã và tổ chức nhận ủy thác",
            notes=["Mục tiêu dưới 1% (kế hoạch tỉnh) và các dải phí ủy thác 2% / 3% / 4%: căn cứ chưa xác minh."],
            fmt_cols={"outstanding": "num", "overdue": "num", "overdue_ratio_pct": "pct"})


def _settings_sheet(b: Book, r, book) -> None:
    rows = [{"kind": "Thiết lập kỹ thuật", "name": n, "label": lab, "value": v, "note": NOT_LAW}
            for n, lab, v in r.settings.as_rows()]
    for name, p in book.parameters.items():
        pv = p.at(r.day)
        if name.startswith("audit.") and pv is not None:
            rows.append({"kind": "Tham số rules/ (U)", "name": name, "label": p.label, "value": pv.value,
                         "note": law.param_citation(book, name, pv)})
    b.table("Thiết lập và căn cứ", [("kind", "Loại", 20), ("name", "Tên", 34), ("label", "Ý nghĩa", 60),
                                    ("value", "Giá trị", 12), ("note", "Ghi chú", 80)],
            pd.DataFrame(rows), title="Thiết lập kỹ thuật (không phải quy định pháp luật) và giá trị chưa xác minh đã dùng",
            fmt_cols={"note": "wrap", "label": "wrap"})


def values_of(flag_row) -> dict:
    return json.loads(flag_row["values"]) if isinstance(flag_row.get("values"), str) else {}
