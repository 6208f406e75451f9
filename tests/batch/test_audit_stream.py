"""The full audit streamed in bounded memory (row checks per chunk, persons keys spilled in hash
buckets, cross-household pass bucket by bucket) raises exactly the flags of audit_frames in memory."""
import datetime as dt

import pandas as pd
import pyarrow as pa
import pytest

from engine.batch import audit_stream, stream, tables
from engine.generation import tables as generate

pytestmark = pytest.mark.skipif(not audit_stream.available(), reason="engine/audit not installed")
DAY = dt.date(2025, 12, 14)


def _text(df: pd.DataFrame, cols) -> list[tuple]:
    cell = lambda v: "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)  # noqa: E731
    return sorted(map(tuple, df[list(cols)].map(cell).to_numpy().tolist()))


def test_streamed_audit_equals_audit_frames(tmp_path):
    from engine.audit import audit_frames

    blocks = [generate.generate(900, day=DAY, start=0, missing=0.03),
              generate.generate(600, day=DAY, start=900, missing=0.03)]
    for i, b in enumerate(blocks):
        stream.write_dataset(tmp_path / "data", b, part=f"part-{i:05d}", partition=None)
    stats = audit_stream.run_audit_stream(tmp_path / "data", tmp_path / "out", DAY, chunk=500, buckets=4,
                                             spill_rows=1500)  # several spills: a person may span them
    assert stats.households == 1500 and stats.chunks == 4  # 500 + 400 from the first file, 500 + 100 from the second

    whole = tables.frames({k: pa.concat_tables([b.as_dict()[k] for b in blocks]) for k in stream.TABLE_NAMES})
    expected = audit_frames(whole["households"], whole["members"], whole["decisions"], whole["loans"], day=DAY)

    flags = audit_stream.read(tmp_path / "out", "flags")
    key = ("code", "household_id", "loan_id", "entity_key", "message", "province_code", "commune_code")
    assert len(flags) == len(expected.flags) > 0
    assert _text(flags, key) == _text(expected.flags, key)
    # cross-household and portfolio signals are in the second pass, and they are there
    assert {c for c in expected.flags["code"] if c.startswith(("misuse.", "portfolio."))} <= set(flags["code"])
    hh = audit_stream.read(tmp_path / "out", "households")
    cols = [c for c in hh.columns if c in expected.households.columns]
    assert len(cols) > 5 and _text(hh, cols) == _text(expected.households, cols)
    loans = audit_stream.read(tmp_path / "out", "loans")
    lcols = [c for c in loans.columns if c in expected.loans.columns]
    assert _text(loans, lcols) == _text(expected.loans, lcols)
    assert not (tmp_path / "out" / ".keys").exists()  # spilled keys are removed
