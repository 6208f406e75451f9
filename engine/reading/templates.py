"""Downloadable input templates (.xlsx, .csv) and the column-mapping document, from engine/facts/columns.py.

``python data/templates/make_templates.py`` writes data/templates/ and docs/columns.md; a test checks
that docs/columns.md is what this module generates, so the document cannot drift from the code.
"""
from __future__ import annotations

import csv
from pathlib import Path

from engine.facts.columns import DEPRIVATION_PREFIXES, INDICATOR_NAMES, TABLES, Column
from . import vocab
from .tables import AMOUNT_COLUMNS, CCCD_COLUMNS, COUNT_MAXIMUM

SHEETS = {"households": "Hộ gia đình", "members": "Thành viên", "decisions": "Quyết định", "loans": "Sổ vay"}
TITLES = {
    "households": "DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM ....",
    "members": "DANH SÁCH THÀNH VIÊN CÁC HỘ GIA ĐÌNH",
    "decisions": "QUYẾT ĐỊNH CÔNG NHẬN HỘ NGHÈO, HỘ CẬN NGHÈO, HỘ THOÁT NGHÈO, HỘ THOÁT CẬN NGHÈO",
    "loans": "SỔ THEO DÕI CHO VAY — NGÂN HÀNG CHÍNH SÁCH XÃ HỘI",
}
CSV_NAMES = {"households": "mau_ho_gia_dinh.csv", "members": "mau_thanh_vien.csv",
             "decisions": "mau_quyet_dinh.csv", "loans": "mau_so_vay.csv"}
TYPE_VI = {"str": "chữ/mã", "enum": "danh mục", "int": "số nguyên", "float": "số", "bool": "Có/Không",
           "date": "ngày", "list": "danh sách"}
TYPE_EN = {"str": "text/code", "enum": "category", "int": "integer", "float": "number", "bool": "yes/no",
           "date": "date", "list": "list"}
HEADER_ROW = 5  # 1-based row of the header in the .xlsx templates (title block above)


def values_vi(c: Column) -> str:
    if c.name in CCCD_COLUMNS:
        return "12 chữ số (định dạng ô là Văn bản để giữ số 0 đầu)"
    if c.type == "enum":
        return "; ".join(t.label for t in vocab.terms(vocab.COLUMN_VOCAB[c.name]))
    if c.type == "list":
        return ("một hoặc nhiều giá trị cách nhau bằng dấu chấm phẩy: "
                + "; ".join(t.label for t in vocab.terms(vocab.COLUMN_VOCAB[c.name])) + "; hoặc 'Không có'")
    if c.type == "int" and c.name in AMOUNT_COLUMNS:
        return "số tiền (đồng), ví dụ 1.500.000 hoặc 1500000"
    if c.type == "int":
        return f"số nguyên từ 0 đến {COUNT_MAXIMUM[c.name]}" if c.name in COUNT_MAXIMUM else "số nguyên ≥ 0"
    if c.type == "float":
        return "số, dấu phẩy thập phân, ví dụ 25,5"
    if c.type == "bool":
        return "Có / Không (cũng nhận x, 1/0)"
    if c.type == "date":
        return "dd/mm/yyyy, ví dụ 05/03/2024"
    if c.name.endswith(("_id", "_code")):
        return "mã, tối đa 40 ký tự (định dạng ô là Văn bản để giữ số 0 đầu)"
    return "chữ, tối đa 200 ký tự"


def values_en(c: Column) -> str:
    if c.name in CCCD_COLUMNS:
        return "12 digits"
    if c.type in ("enum", "list"):
        codes = ", ".join(f"`{t.code}`" for t in vocab.terms(vocab.COLUMN_VOCAB[c.name]))
        return ("codes " if c.type == "enum" else "';'-separated codes ") + codes
    if c.type == "int" and c.name in AMOUNT_COLUMNS:
        return "VND amount, whole đồng"
    if c.type == "int":
        return f"integer 0–{COUNT_MAXIMUM[c.name]}" if c.name in COUNT_MAXIMUM else "integer ≥ 0"
    return {"float": "number ≥ 0", "bool": "true/false", "date": "date (no time)"}.get(c.type, "text")


# ------------------------------------------------------------------ xlsx

def _workbook(tables: tuple[str, ...]):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="999999")
    lists = {}
    for t in tables:
        ws = wb.create_sheet(SHEETS[t])
        cols = TABLES[t]
        ws.cell(1, 1, "UBND XÃ/PHƯỜNG ............................").font = Font(bold=True)
        ws.cell(2, 1, TITLES[t]).font = Font(bold=True, size=13)
        ws.cell(3, 1, "Mỗi dòng một bản ghi. Cột tô đậm là bắt buộc. Ô để trống = chưa rõ (không ghi 0). "
                      "Xem sheet 'Hướng dẫn'.").font = Font(italic=True)
        for j, c in enumerate(cols, start=1):
            cell = ws.cell(HEADER_ROW, j, c.label)
            cell.font = Font(bold=c.required)
            cell.fill = PatternFill("solid", fgColor="FCE4D6" if c.required else "DDEBF7")
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            letter = get_column_letter(j)
            ws.column_dimensions[letter].width = max(12, min(32, len(c.label) + 2))
            fmt = {"date": "DD/MM/YYYY", "int": "#,##0", "float": "0.0"}.get(c.type, "@")
            for r in range(HEADER_ROW + 1, HEADER_ROW + 501):
                ws.cell(r, j).number_format = fmt
            if c.type in ("enum", "bool"):
                key_ = vocab.COLUMN_VOCAB.get(c.name, "bool")
                lists.setdefault(key_, [t_.label for t_ in vocab.terms(key_)] if key_ != "bool" else ["Có", "Không"])
                dv = DataValidation(type="list", allow_blank=True, showErrorMessage=False,
                                    formula1=f"DM_{key_.upper()}")
                dv.add(f"{letter}{HEADER_ROW + 1}:{letter}{HEADER_ROW + 500}")
                ws.add_data_validation(dv)
        ws.row_dimensions[HEADER_ROW].height = 45
        ws.freeze_panes = ws.cell(HEADER_ROW + 1, 2)
    _notes(wb, tables)
    dm = wb.create_sheet("Danh mục")
    from openpyxl.workbook.defined_name import DefinedName

    for j, (name, labels) in enumerate(sorted(lists.items()), start=1):
        dm.cell(1, j, name)
        for i, lab in enumerate(labels, start=2):
            dm.cell(i, j, lab)
        letter = get_column_letter(j)
        ref = f"'Danh mục'!${letter}$2:${letter}${len(labels) + 1}"
        wb.defined_names[f"DM_{name.upper()}"] = DefinedName(f"DM_{name.upper()}", attr_text=ref)
    dm.sheet_state = "hidden"
    return wb


def _notes(wb, tables):
    from openpyxl.styles import Alignment, Font

    ws = wb.create_sheet("Hướng dẫn")
    ws.append(["HƯỚNG DẪN ĐIỀN MẪU"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Ngày viết dd/mm/yyyy (ví dụ 05/03/2024). Số tiền ghi bằng đồng, có thể có dấu chấm ngăn cách "
               "hàng nghìn (1.500.000). Ô để trống nghĩa là chưa rõ — không ghi 0 thay cho chưa rõ."])
    ws.append(["Có thể giữ hoặc xoá các dòng tiêu đề phía trên; tên cột có thể viết có dấu hoặc không dấu, "
               "hoặc dùng một trong các tên khác liệt kê dưới đây."])
    for t in tables:
        ws.append([])
        ws.append([f"Sheet '{SHEETS[t]}'"])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.append(["Cột", "Bắt buộc", "Kiểu", "Giá trị cho phép / cách ghi", "Tên cột khác được chấp nhận",
                   "Tên kỹ thuật"])
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
        for c in TABLES[t]:
            ws.append([c.label, "có" if c.required else "", TYPE_VI[c.type], values_vi(c),
                       _aliases_text(c), c.name])
    for letter, width in zip("ABCDEF", (38, 9, 11, 60, 60, 26)):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _aliases_text(c: Column) -> str:
    if c.name.startswith("declared_") and c.name != "declared_deprivation_count":
        ind = c.name.removeprefix("declared_")
        return ("'Thiếu hụt' hoặc 'Chỉ số thiếu hụt' + tên chỉ số: " + "; ".join(INDICATOR_NAMES[ind]))
    return "; ".join(c.aliases)


def write_templates(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, tables in (("mau_danh_sach_ho.xlsx", ("households", "members", "decisions")),
                         ("mau_so_vay.xlsx", ("loans",))):
        wb = _workbook(tables)
        path = folder / name
        wb.save(path)
        out.append(path)
    for t, name in CSV_NAMES.items():
        path = folder / name
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerow([c.label for c in TABLES[t]])
        out.append(path)
    return out


# ------------------------------------------------------------------ docs/columns.md

def columns_markdown() -> str:
    lines = [
        "# Cột dữ liệu đầu vào / Input columns",
        "",
        "<!-- Generated by data/templates/make_templates.py from engine/facts/columns.py and engine/reading/vocab.py;",
        "     do not edit by hand (tests/test_reading.py checks it). -->",
        "",
        "Danh sách hộ rà soát (sheet *Hộ gia đình*, *Thành viên*, tuỳ chọn *Quyết định*) và sổ vay (*Sổ vay*),",
        "dạng .xlsx, .csv hoặc .parquet. Mẫu tải về: `data/templates/mau_danh_sach_ho.xlsx`,",
        "`data/templates/mau_so_vay.xlsx` và các tệp .csv cùng thư mục.",
        "",
        "The household review list (sheets *Hộ gia đình* = households, *Thành viên* = members, optional",
        "*Quyết định* = status decisions) and the loan book (*Sổ vay* = loans), as .xlsx, .csv or .parquet.",
        "",
        "## Cách đọc / How headers and values are read",
        "",
        "- Dòng tiêu đề được tìm trong 40 dòng đầu (bỏ qua khối tiêu đề \"UBND XÃ …\", \"DANH SÁCH …\"); tiêu đề",
        "  hai tầng có ô gộp (\"Thông tin nhà ở\" trên \"Diện tích\", \"Tường\") được nhận ra.",
        "  The header row is found among the first 40 rows, below any title block; two-row headers with",
        "  merged cells are recognised.",
        "- Tên cột so khớp không phân biệt dấu, hoa/thường, khoảng trắng, dấu câu, NFC/NFD; với tên kỹ thuật,",
        "  tên chuẩn (cột đầu bảng dưới) hoặc một tên khác. Headers match the canonical name, the label or an",
        "  alias, ignoring diacritics (đ = d), case, spacing, punctuation and Unicode normalisation.",
        "- Cột không nhận ra: cảnh báo kèm gợi ý tên gần nhất. Thiếu cột bắt buộc: lỗi cấp sheet.",
        "  Unknown columns are warned about (with the closest known name); a missing required column is a",
        "  sheet-level error naming the closest header found.",
        "- Ngày: dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd, ô ngày Excel. Số tiền: 1.500.000 / 1.500.000 đ / 1500000 /",
        "  1,5 triệu / số Excel. Có/Không: Có, Không, x, 1, 0, true, false. Ô trống = chưa rõ, không bao giờ là 0.",
        "  Dates: dd/mm/yyyy (day first), ISO or Excel dates. Amounts with dot thousands separators.",
        "  Booleans: Có/Không/x/1/0/true/false. An empty cell is unknown, never zero.",
        "- Mỗi dòng hoặc được nhận, hoặc bị từ chối kèm số dòng (như trong Excel), cột, lý do, giá trị.",
        "  Every row is either clean or rejected with its 1-based row number, column, reason and value.",
        "- Cột `Thiếu hụt khai báo: …`: tên khác là \"Thiếu hụt\", \"Chỉ số thiếu hụt\" … + tên chỉ số, ví dụ",
        "  \"Thiếu hụt việc làm\"; hoặc nhóm ô gộp \"Chỉ số thiếu hụt\" phía trên tên chỉ số. Tiền tố nhận:",
        "  " + ", ".join(f"\"{p}\"" for p in DEPRIVATION_PREFIXES) + ".",
        "",
    ]
    for t, title in (("households", "Hộ gia đình / households"), ("members", "Thành viên / members"),
                     ("decisions", "Quyết định công nhận / status decisions"), ("loans", "Sổ vay / loans")):
        lines += [f"## {title}", "",
                  "| Cột (tiêu đề mẫu) | Tên kỹ thuật | Bắt buộc | Kiểu / type | Giá trị (vi) | Values (en) | Tên khác (aliases) |",
                  "|---|---|---|---|---|---|---|"]
        for c in TABLES[t]:
            lines.append(f"| {c.label} | `{c.name}` | {'có / yes' if c.required else ''} | "
                         f"{TYPE_VI[c.type]} / {TYPE_EN[c.type]} | {values_vi(c)} | {values_en(c)} | "
                         f"{_aliases_text(c).replace('|', '/')} |")
        lines.append("")
    lines += ["## Danh mục giá trị / value vocabularies", "",
              "Nhận cả nhãn, tên khác và mã; so khớp có dấu trước, không dấu khi không gây nhầm (\"Ba\" ≠ \"Bà\").",
              "Labels, aliases and codes are accepted; diacritic-less spellings only when unambiguous.", ""]
    for name, terms in vocab.vocabularies().items():
        lines += [f"### {name}", "", "| Mã / code | Nhãn / label | Tên khác / aliases |", "|---|---|---|"]
        for term in terms:
            lines.append(f"| `{term.code}` | {term.label} | {'; '.join(term.aliases)} |")
        lines.append("")
    return "\n".join(lines)
