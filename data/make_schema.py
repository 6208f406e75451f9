#!/usr/bin/env python3
"""Publishes the household input model as JSON Schema: data/schema/household.schema.json.

    .venv/bin/python data/make_schema.py           # rewrite the committed schema
    .venv/bin/python data/make_schema.py --check   # exit 1 if the committed schema is stale

The schema is generated from engine.facts.model.Household (pydantic v2), never edited by hand:
pretty-printed, keys sorted, UTF-8 with the Vietnamese field titles kept as written.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from engine.facts.model import Household

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "household.schema.json"


def render() -> str:
    """The schema text exactly as it is committed."""
    return json.dumps(Household.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Sinh JSON Schema của hộ gia đình từ engine.facts.model.Household.")
    ap.add_argument("--check", action="store_true", help="chỉ kiểm tra, không ghi; mã thoát 1 nếu tệp đã cũ")
    ap.add_argument("--out", type=Path, default=SCHEMA_PATH)
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else None
        if current != text:
            print(f"{args.out} đã cũ: chạy .venv/bin/python data/make_schema.py", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
