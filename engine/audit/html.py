"""The HTML report: one self-contained file (inline CSS and SVG, no script, no font or CDN), in Vietnamese.

Charts are drawn here as SVG: status by village (computed outcome, and recognised status), flags by
family and severity, transitions year over year and status changes under a what-if date.
"""
from __future__ import annotations

import html

import numpy as np
import pandas as pd

from engine.decisions import fmt
from . import law
from .catalogue import BASIS_LABELS, FAMILIES, FLAGS, SEVERITIES, SEVERITY_ORDER
from .households import outcome_labels, status_labels
from .settings import NOT_LAW

COLORS = {"poor": "#c0392b", "near_poor": "#e67e22", "average": "#f1c40f", "none": "#27ae60",
          "needs_review": "#7f8c8d", "escaped_poor": "#2e86c1", "escaped_near_poor": "#85c1e9",
          "high": "#c0392b", "medium": "#f39c12", "low": "#27ae60"}
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]
MAX_VILLAGES = 30
MAX_FLAG_ROWS = 300

CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:24px;color:#222;max-width:1200px}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:2px solid #ddd;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0;font-size:.9em}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}
th{background:#eef3f8;text-align:left}td.n{text-align:right}.note{color:#555;font-style:italic;font-size:.9em}
.sev-high{background:#f8cbad}.sev-medium{background:#ffe699}.sev-low{background:#e2efda}
.legend span{display:inline-block;margin-right:12px;font-size:.85em}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}
details{margin:6px 0}summary{cursor:pointer;font-weight:600}
"""


def e(x) -> str:
    return html.escape("" if x is None or (isinstance(x, float) and np.isnan(x)) else str(x))


def n(x) -> str:
    return fmt.number(int(x)) if x is not None else ""


def stacked_bars(rows: list[tuple[str, dict]], keys: list[str], labels: dict, colors: dict, title: str,
                 width: int = 900) -> str:
    """Horizontal stacked bars: one row per category, segments per key; counts labelled on the right."""
    if not rows:
        return f'<p class="note">{e(title)}: không có dữ liệu.</p>'
    bar_h, gap, left, right = 18, 6, 220, 70
    total_max = max(sum(v.get(k, 0) for k in keys) for _, v in rows) or 1
    h = len(rows) * (bar_h + gap) + 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{e(title)}" width="{width}" height="{h}" '
           f'viewBox="0 0 {width} {h}" font-size="12">']
    scale = (width - left - right) / total_max
    for i, (name, v) in enumerate(rows):
        y = 10 + i * (bar_h + gap)
        out.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{e(name)[:40]}</text>')
        x = left
        total = 0
        for j, k in enumerate(keys):
            c = v.get(k, 0)
            if not c:
                continue
            w = c * scale
            color = colors.get(k, PALETTE[j % len(PALETTE)])
            out.append(f'<rect x="{x:.1f}" y="{y}" width="{max(w, 0.5):.1f}" height="{bar_h}" fill="{color}">'
                       f'<title>{e(name)} — {e(labels.get(k, k))}: {n(c)}</title></rect>')
            x += w
            total += c
        out.append(f'<text x="{x + 4:.1f}" y="{y + 13}">{n(total)}</text>')
    out.append("</svg>")
    legend = "".join(f'<span><i style="background:{colors.get(k, PALETTE[j % len(PALETTE)])}"></i>{e(labels.get(k, k))}</span>'
                     for j, k in enumerate(keys))
    return f'<figure><figcaption><b>{e(title)}</b></figcaption>{"".join(out)}<div class="legend">{legend}</div></figure>'


def heat_table(m: pd.DataFrame, title: str) -> str:
    if m is None or m.empty:
        return f'<p class="note">{e(title)}: không có dữ liệu.</p>'
    mx = float(m.to_numpy().max()) or 1.0
    head = "".join(f"<th>{e(c)}</th>" for c in m.columns)
    body = []
    for idx, row in m.iterrows():
        cells = []
        for v in row:
            a = 0.1 + 0.8 * (float(v) / mx) if v else 0
            cells.append(f'<td class="n" style="background:rgba(31,119,180,{a:.2f})">{n(v)}</td>')
        body.append(f"<tr><th>{e(idx)}</th>{''.join(cells)}</tr>")
    return (f'<figure><figcaption><b>{e(title)}</b></figcaption><table><tr><th>{e(m.index.name)} \\ '
            f'{e(m.columns.name)}</th>{head}</tr>{"".join(body)}</table></figure>')


def table(df: pd.DataFrame, cols: list[tuple[str, str]], sev_col: str | None = None) -> str:
    head = "".join(f"<th>{e(label)}</th>" for _, label in cols)
    rows = []
    for rec in df.itertuples(index=False):
        d = rec._asdict()
        cls = f' class="sev-{d[sev_col]}"' if sev_col and d.get(sev_col) in SEVERITIES else ""
        tds = []
        for c, _ in cols:
            v = d.get(c)
            if c == sev_col:
                v = SEVERITIES.get(v, v)
            if isinstance(v, (int, np.integer)) and not isinstance(v, bool):
                tds.append(f'<td class="n">{n(v)}</td>')
            else:
                tds.append(f"<td>{e(v)}</td>")
        rows.append(f"<tr{cls}>{''.join(tds)}</tr>")
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


def write_html(run, book, path) -> None:
    path.write_text(render(run, book), encoding="utf-8")


def render(run, book) -> str:
    r = run.result
    parts = [f"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Báo cáo kiểm tra đúng đối tượng "
             f"{e(fmt.date(run.day))}</title><style>{CSS}</style></head><body>",
             "<h1>Báo cáo kiểm tra đúng đối tượng — rà soát hộ nghèo, cận nghèo và sổ vay NHCSXH</h1>",
             f"<p>Ngày rà soát: <b>{e(fmt.date(run.day))}</b> · Bộ quy tắc {e(book.name)} {e(book.version)} · Tệp: "
             + e("; ".join(f"{', '.join(v)}" for v in run.inputs.values() if v)) + "</p>"]
    parts += [f"<p>Địa bàn: {e(place)}</p>" for place in run.review.places]
    if r is None:
        parts.append("<p><b>Không đọc được hộ nào.</b> Xem danh sách dòng bị từ chối dưới đây.</p>")
        parts.append(_rejections(run))
        parts.append("</body></html>")
        return "".join(parts)
    ev = r.households[r.households["evaluated"].astype(bool)]
    olab, slab = outcome_labels(book), status_labels(book)
    # summary
    oc = ev["outcome"].value_counts()
    parts.append("<h2>Tổng hợp</h2>")
    parts.append(table(pd.DataFrame({"k": [olab.get(k, k) for k in oc.index], "v": oc.to_numpy()}),
                       [("k", "Kết quả tính theo chuẩn"), ("v", "Số hộ")]))
    parts.append(f"<p>Hộ đã xét: {n(len(ev))} · không xét được: {n(len(r.not_evaluated))} · khoản vay: {n(len(r.loans))} · "
                 f"dòng bị từ chối khi đọc: {n(len(run.rejections))} · kết quả dựa trên căn cứ chưa xác minh: "
                 f"{n((ev['unverified_basis'].fillna('') != '').sum())}</p>")
    # flags by family and severity
    parts.append("<h2>Cảnh báo theo nhóm và mức độ</h2>")
    counts = r.flag_counts()
    rows = [(FAMILIES[f], {s: int(c) for _, s, c in counts[counts["family"] == f].itertuples(index=False)})
            for f in FAMILIES]
    parts.append(stacked_bars(rows, list(SEVERITY_ORDER), SEVERITIES, COLORS, "Số cảnh báo theo nhóm, chia theo mức độ"))
    # status by village
    parts.append("<h2>Tình trạng theo thôn</h2>")
    village = ev["village_name"].where(ev["village_name"].notna(), ev["village_code"]).fillna("(không rõ thôn)")
    commune = ev["commune_name"].where(ev["commune_name"].notna(), ev["commune_code"]).fillna("")
    place = law.text(village) + np.where(law.text(commune) != "", " — " + law.text(commune), "")
    flagged = ev["flag_count"].fillna(0).to_numpy() if "flag_count" in ev else np.zeros(len(ev))
    vt = pd.DataFrame({"place": place, "outcome": ev["outcome"].to_numpy(dtype=object),
                       "status": ev["recognised_status"].fillna("?").to_numpy(dtype=object), "flagged": flagged > 0})
    order = vt.groupby("place")["flagged"].sum().sort_values(ascending=False)
    top = list(order.index[:MAX_VILLAGES])
    note = (f'<p class="note">{len(top)} / {len(order)} thôn có nhiều hộ có cảnh báo nhất.</p>'
            if len(order) > len(top) else "")
    okeys = [k for k in ("poor", "near_poor", "average", "none", "needs_review") if k in set(vt["outcome"])]
    ct = vt[vt["place"].isin(top)].groupby(["place", "outcome"]).size()
    rows = [(p, {k: int(ct.get((p, k), 0)) for k in okeys}) for p in top]
    parts.append(note + stacked_bars(rows, okeys, olab, COLORS, "Kết quả tính theo chuẩn tại ngày rà soát, theo thôn"))
    skeys = [k for k in ("poor", "near_poor", "escaped_poor", "escaped_near_poor", "none") if k in set(vt["status"])]
    ct = vt[vt["place"].isin(top)].groupby(["place", "status"]).size()
    rows = [(p, {k: int(ct.get((p, k), 0)) for k in skeys}) for p in top]
    parts.append(stacked_bars(rows, skeys, slab, COLORS, "Tình trạng được UBND xã công nhận, theo thôn"))
    # transitions and what-if
    if r.transitions is not None:
        parts.append(f"<h2>Biến động so với kỳ trước ({e(fmt.date(r.previous_date))})</h2>")
        parts.append(heat_table(r.transition_matrix, "Số hộ theo tình trạng kỳ trước (dòng) và kỳ này (cột)"))
        ch = r.transitions[r.transitions["changed"].astype(bool)]
        tc = ch["transition"].value_counts()
        parts.append(stacked_bars([(k, {"n": int(v)}) for k, v in tc.items()], ["n"], {"n": "số hộ"}, {"n": "#2e86c1"},
                                  "Các biến động"))
        parts.append(f"<p>Đổi tình trạng mà không có quyết định mới: <b>{n(ch['changed_without_decision'].sum())}</b></p>")
    if r.what_if is not None:
        parts.append(f"<h2>Khi áp dụng chuẩn tại {e(fmt.date(r.what_if_date))}</h2>")
        parts.append(f"<p>{n(len(r.what_if))} hộ đổi kết quả (cùng dữ liệu, xét tại ngày khác — D7; mức sống trung bình "
                     "2027–2030 chưa rõ nên ra 'cần rà soát', D2).</p>")
        parts.append(heat_table(r.what_if_matrix, "Kết quả hiện nay (dòng) và khi áp dụng (cột)"))
    # flags per family
    parts.append("<h2>Cảnh báo chi tiết</h2>")
    parts.append(f'<p class="note">Mỗi nhóm hiện tối đa {MAX_FLAG_ROWS} cảnh báo, mức độ cao trước; đủ mọi dòng trong '
                 "bao_cao.xlsx và canh_bao.csv. 'Tín hiệu kỹ thuật' chỉ là dấu hiệu cần xem lại, không phải kết luận.</p>")
    for fam, label in FAMILIES.items():
        sub = r.flags[r.flags["family"] == fam]
        if sub.empty:
            continue
        show = sub.head(MAX_FLAG_ROWS).assign(title=lambda d: d["code"].map(lambda c: FLAGS[c].title),
                                              basis=lambda d: d["basis"].map(BASIS_LABELS))
        parts.append(f"<details><summary>{e(label)} — {n(len(sub))} cảnh báo</summary>")
        parts.append(table(show, [("severity", "Mức độ"), ("title", "Cảnh báo"), ("household_id", "Mã hộ"),
                                  ("loan_id", "Khoản vay"), ("entity_key", "Đối tượng"), ("message", "Nội dung"),
                                  ("citation", "Căn cứ"), ("basis", "Loại căn cứ")], sev_col="severity"))
        parts.append("</details>")
    parts.append(_rejections(run))
    parts.append("<h2>Đối soát dòng</h2>")
    parts.append(table(run.accounting, [("input", "Đầu vào"), ("table", "Bảng"), ("file", "Tệp"), ("sheet", "Sheet"),
                                        ("rows_in", "Dòng dữ liệu"), ("clean", "Hợp lệ"), ("rejected", "Bị từ chối"),
                                        ("unread", "Không đọc"), ("not_evaluated", "Không xét được"),
                                        ("evaluated", "Đã xét")]))
    parts.append("<h2>Thiết lập kỹ thuật</h2>")
    parts.append(table(pd.DataFrame([{"l": lab, "v": fmt.number(v)} for _, lab, v in r.settings.as_rows()], dtype=object),
                       [("l", f"Thiết lập ({NOT_LAW})"), ("v", "Giá trị")]))
    parts.append("</body></html>")
    return "".join(parts)


def _rejections(run) -> str:
    rj = run.rejections
    if rj is None or rj.empty:
        return "<h2>Dòng bị từ chối</h2><p>Mọi dòng đều đọc được.</p>"
    return ("<h2>Dòng bị từ chối</h2>" + f"<p>{n(len(rj))} dòng / lỗi; sửa ở tệp nguồn theo số dòng.</p>"
            + table(rj.head(MAX_FLAG_ROWS), [("input", "Đầu vào"), ("file", "Tệp"), ("sheet", "Sheet"), ("row", "Dòng"),
                                            ("column", "Cột"), ("reason", "Lý do"), ("value", "Giá trị")]))
