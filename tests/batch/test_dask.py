"""--engine dask: the same evaluation through dask.dataframe map_partitions, on a local two-worker
distributed cluster, gives exactly the single-process answer."""
import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")

from engine.batch import dask_engine, stream
from engine.generation import tables as generate

DAY = "2025-12-14"


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    root = tmp_path_factory.mktemp("dask") / "data"
    for i in range(3):  # three aligned files = three Dask partitions
        stream.write_dataset(root, generate.generate(700, day=DAY, start=700 * i, missing=0.03),
                             part=f"part-{i:05d}", partition=None)
    return root


@pytest.fixture(scope="module")
def single_process(dataset, tmp_path_factory):
    out = tmp_path_factory.mktemp("single")
    stream.run_stream(dataset, out, DAY, chunk=500)
    return stream.read_output(out)


def test_local_cluster_gives_the_single_process_answer(dataset, single_process, tmp_path):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        got = dask_engine.run_dask(dataset, DAY, scheduler=cluster.scheduler_address)
        written = dask_engine.run_dask(dataset, DAY, out=tmp_path / "out", scheduler=cluster.scheduler_address)
    assert len(got) == len(single_process) == 2100 == written
    pd.testing.assert_frame_equal(got, single_process, check_dtype=False)
    on_disk = pd.read_parquet(tmp_path / "out").sort_values("household_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(on_disk, single_process, check_dtype=False)


def test_threaded_scheduler_gives_the_same_answer(dataset, single_process):
    pd.testing.assert_frame_equal(dask_engine.run_dask(dataset, DAY), single_process, check_dtype=False)
