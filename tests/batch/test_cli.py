"""dungdoituong classify-batch: streamed by default, --engine dask on request, Vietnamese errors."""
import pytest
from typer.testing import CliRunner

from cli.main import app
from engine.generation import tables as generate
from engine.batch import stream

DAY = "2025-12-14"


def test_classify_batch_streams_and_summarises(tmp_path):
    root = tmp_path / "data"
    stream.write_dataset(root, generate.generate(600, day=DAY, missing=0.03))
    res = CliRunner().invoke(app, ["classify-batch", str(root), "--date", DAY, "--out", str(tmp_path / "out"),
                                   "--chunk", "100"])
    assert res.exit_code == 0, res.output
    assert "Đã xét 600 hộ tại ngày 14/12/2025" in res.output
    out = stream.read_output(tmp_path / "out")
    counts = out["outcome"].value_counts()
    assert "Cần rà soát" in res.output and str(counts["needs_review"]) in res.output
    assert len(out) == 600 and out["household_id"].is_unique


def test_classify_batch_refuses_bad_input_in_vietnamese(tmp_path):
    runner = CliRunner()
    res = runner.invoke(app, ["classify-batch", str(tmp_path / "khong_co"), "--date", DAY, "--out", str(tmp_path / "o")])
    assert res.exit_code == 2 and "Không tìm thấy thư mục" in res.output
    root = tmp_path / "data"
    stream.write_dataset(root, generate.generate(50, day=DAY))
    res = runner.invoke(app, ["classify-batch", str(root), "--date", DAY, "--out", str(tmp_path / "o"),
                              "--scheduler", "tcp://127.0.0.1:1"])
    assert res.exit_code == 2 and "--scheduler chỉ dùng với --engine dask" in res.output
    res = runner.invoke(app, ["classify-batch", str(root), "--date", "2099-01-01", "--out", str(tmp_path / "o")])
    assert res.exit_code == 2
    res = runner.invoke(app, ["classify-batch", str(root), "--date", DAY, "--out", str(tmp_path / "o"),
                              "--engine", "spark"])
    assert res.exit_code == 2 and "--engine phải là" in res.output


def test_classify_batch_audit_streams_the_full_audit(tmp_path):
    from engine.batch import audit_stream

    if not audit_stream.available():
        pytest.skip("engine/audit not installed")
    root = tmp_path / "data"
    stream.write_dataset(root, generate.generate(400, day=DAY, missing=0.03), partition=None)
    res = CliRunner().invoke(app, ["classify-batch", str(root), "--date", DAY, "--out", str(tmp_path / "out"),
                                   "--audit", "--chunk", "150"])
    assert res.exit_code == 0, res.output
    assert "Đã kiểm tra 400 hộ" in res.output
    flags = audit_stream.read(tmp_path / "out", "flags")
    assert len(flags) and all(f"{c}" in res.output for c in flags["code"].unique())
    assert len(audit_stream.read(tmp_path / "out", "households")) == 400
