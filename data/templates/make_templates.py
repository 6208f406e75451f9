"""Writes the downloadable input templates and docs/columns.md from engine/facts/columns.py.

    .venv/bin/python data/templates/make_templates.py

Outputs: data/templates/mau_danh_sach_ho.xlsx (sheets Hộ gia đình, Thành viên, Quyết định, Hướng dẫn),
data/templates/mau_so_vay.xlsx (Sổ vay, Hướng dẫn), one .csv per table (UTF-8 with BOM, so Excel
shows Vietnamese correctly), and docs/columns.md (the column mapping with aliases).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from engine.reading.templates import columns_markdown, write_templates  # noqa: E402


def main() -> None:
    for path in write_templates(ROOT / "data" / "templates"):
        print(path.relative_to(ROOT))
    doc = ROOT / "docs" / "columns.md"
    doc.write_text(columns_markdown() + "\n", encoding="utf-8")
    print(doc.relative_to(ROOT))


if __name__ == "__main__":
    main()
