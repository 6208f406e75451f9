"""The streamed path (Parquet by province, bounded chunks of whole households) gives exactly the
in-memory answer on the same data, whatever the chunk size and however the files are cut."""
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from engine.batch import chunks as evaluate, stream, tables
from engine.generation import tables as generate

DAY = "2025-12-14"


def _blocks():
    # two blocks = two files per province partition; a few cells missing, as in real lists
    return [generate.generate(1200, day=DAY, start=0, missing=0.03),
            generate.generate(800, day=DAY, start=1200, missing=0.03)]


def _in_memory(blocks):
    whole = {k: pa.concat_tables([b.as_dict()[k] for b in blocks]) for k in stream.TABLE_NAMES}
    out = evaluate.evaluate_tables(tables.frames(whole), pd.Timestamp(DAY))
    # the engine keeps codes (Categoricals); the files hold their text: compare the text
    out = out.astype({c: object for c in out.columns if isinstance(out[c].dtype, pd.CategoricalDtype)})
    return out.sort_values("household_id", kind="stable").reset_index(drop=True)


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch") / "data"
    blocks = _blocks()
    for i, b in enumerate(blocks):
        stream.write_dataset(root, b, part=f"part-{i:05d}")
    return root, _in_memory(blocks)


@pytest.mark.parametrize("chunk", [37, 1000])
def test_streamed_output_equals_in_memory(dataset, tmp_path, chunk):
    root, expected = dataset
    stats = stream.run_stream(root, tmp_path / "out", DAY, chunk=chunk)
    got = stream.read_output(tmp_path / "out")
    assert stats.households == len(expected) == 2000
    assert len(stats.outputs) == len(stream.partitions(root)) > 1
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)
    # the data really exercise the rules: every outcome, and program answers of each kind
    assert set(got["outcome"]) == {"poor", "near_poor", "average", "none", "needs_review"}
    assert {"eligible", "not_eligible"} <= set(got["poor_households"])


def test_chunks_hold_whole_households(dataset):
    root, _ = dataset
    seen = set()
    for _, chunk in stream.iter_chunks(root, chunk=50):
        ids = set(chunk["households"]["household_id"].to_pylist())
        assert not ids & seen
        seen |= ids
        for name in ("members", "decisions", "loans"):
            assert set(chunk[name]["household_id"].to_pylist()) <= ids
    assert len(seen) == 2000


def test_unsorted_members_are_refused_in_vietnamese(tmp_path):
    root = tmp_path / "data"
    stream.write_dataset(root, generate.generate(300, day=DAY), partition=None)
    f = root / "members" / "part-00000.parquet"
    t = pq.read_table(f)
    pq.write_table(t.take(pa.array(list(range(t.num_rows - 1, -1, -1)))), f)
    with pytest.raises(stream.BatchInputError, match="chưa sắp xếp"):
        stream.run_stream(root, tmp_path / "out", DAY, chunk=100)
    assert not list((tmp_path / "out").rglob("ket_qua.parquet"))  # nothing half-written under the final name
