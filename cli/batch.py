"""``dungdoituong classify-batch``: classification and program answers for a whole data set (Parquet by
province), streamed in bounded memory on this machine or spread over a Dask cluster."""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Optional

import pyarrow.parquet as pq
import typer

from engine.law import rulebook
from engine.facts import validation
from engine.errors import DungDoiTuongError

OUTCOME_LABELS = {"needs_review": "Cần rà soát"}


def _num(x: float) -> str:
    """Vietnamese thousands separator: 1.234.567."""
    return f"{x:,.0f}".replace(",", ".")


def _fail(message: str, code: int = 2):
    typer.echo(message, err=True)
    raise typer.Exit(code)


def classify_batch(
        root: Path = typer.Argument(..., help="Thư mục dữ liệu: households/, members/ (bắt buộc), decisions/, loans/ "
                                               "— các tệp Parquet, có thể chia theo tỉnh (province_code=XX/)"),
        date: str = typer.Option(..., "--date", help="Ngày tham chiếu YYYY-MM-DD (ngày rà soát)"),
        out: Path = typer.Option(..., "--out", help="Thư mục ghi kết quả (Parquet, mỗi phân vùng một tệp)"),
        engine: str = typer.Option("stream", "--engine", help="stream: chạy theo luồng trên máy này; dask: qua Dask"),
        scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                                help="Địa chỉ bộ lập lịch Dask, ví dụ tcp://10.0.0.5:8786 (chỉ với --engine dask)"),
        chunk: int = typer.Option(250_000, "--chunk", min=1, help="Số hộ mỗi lượt (bộ nhớ tỉ lệ với số này, không với tổng số hộ)"),
        audit: bool = typer.Option(False, "--audit", help="Chạy toàn bộ kiểm tra (engine/audit: mọi nhóm cảnh báo, sổ vay, "
                                                          "tín hiệu liên hộ) theo luồng; ghi households/, loans/, flags/, portfolio/"),
        assume_application: bool = typer.Option(True, "--assume-application/--no-assume-application",
                                                help="Coi các điều kiện của hồ sơ vay (năng lực, cư trú, tổ TK&VV, bình xét, xác nhận) "
                                                     "là đáp ứng; nếu không, mọi chương trình là 'cần rà soát'"),
):
    """Phân loại hộ và xét các chương trình cho vay cho cả một bộ dữ liệu lớn (hàng triệu hộ)."""
    book = rulebook.default()
    try:
        day = validation.check_reference_date(date, book.coverage)
    except DungDoiTuongError as exc:
        _fail(exc.message)
    if not (root / "households").is_dir():
        _fail(f"Không tìm thấy thư mục {root / 'households'} (danh sách hộ dạng Parquet)")
    from engine.batch.stream import BatchInputError

    t0 = time.perf_counter()
    try:
        if audit:
            from engine.batch.audit_stream import available, run_audit_stream

            if engine != "stream":
                _fail("--audit hiện chạy theo luồng trên máy này (--engine stream)")
            if not available():
                _fail("Chưa có mô-đun kiểm tra (engine/audit) trong bản cài đặt này")

            def progress(s):
                typer.echo(f"\r  đã kiểm tra {_num(s.households):>12} hộ", nl=False, err=True)

            stats = run_audit_stream(root, out, day, chunk=chunk, book=book, progress=progress)
            typer.echo("", err=True)
            typer.echo(f"Đã kiểm tra {_num(stats.households)} hộ trong {time.perf_counter() - t0:.1f} s "
                       f"(đọc {stats.read_s:.1f} s, kiểm tra {stats.evaluate_s:.1f} s, ghi {stats.write_s:.1f} s; "
                       f"bộ nhớ tối đa {_num(stats.peak_rss_mb)} MB); kết quả ở {out}")
            flags = Counter()
            for f in sorted((Path(out) / "flags").glob("*.parquet")):
                flags.update(pq.read_table(f, columns=["code"]).column(0).to_pylist())
            for code, k in sorted(flags.items()):
                typer.echo(f"  {code:<45} {_num(k):>12}")
            return
        if engine == "dask":
            from engine.batch.dask_engine import DaskMissing, run_dask
            try:
                n = run_dask(root, day, out=out, scheduler=scheduler, assume_application=assume_application)
            except DaskMissing as exc:
                _fail(str(exc))
        elif engine == "stream":
            if scheduler:
                _fail("--scheduler chỉ dùng với --engine dask")
            from engine.batch import chunks as evaluate
            from engine.batch.stream import default_evaluator, run_stream

            def progress(s):
                typer.echo(f"\r  đã xét {_num(s.households):>12} hộ", nl=False, err=True)

            stats = run_stream(root, out, day, chunk=chunk, progress=progress,
                               evaluator=default_evaluator(book, programs=evaluate.PROGRAMS,
                                                           assume_application=assume_application))
            typer.echo("", err=True)
            n = stats.households
            typer.echo(f"Đọc {stats.read_s:.1f} s, xét {stats.evaluate_s:.1f} s, ghi {stats.write_s:.1f} s; "
                       f"bộ nhớ tối đa {_num(stats.peak_rss_mb)} MB")
        else:
            _fail(f"--engine phải là 'stream' hoặc 'dask', không phải '{engine}'")
    except BatchInputError as exc:
        _fail(str(exc))
    elapsed = time.perf_counter() - t0
    counts: Counter = Counter()
    for f in sorted(Path(out).rglob("*.parquet")):
        counts.update(pq.read_table(f, columns=["outcome"]).column(0).to_pylist())
    outcomes = {**book.families["poverty_classification"].outcomes, **OUTCOME_LABELS}
    typer.echo(f"Đã xét {_num(n)} hộ tại ngày {day.strftime('%d/%m/%Y')} trong {elapsed:.1f} s "
               f"({_num(n / max(elapsed, 1e-9))} hộ/giây); kết quả ở {out}")
    for code, label in outcomes.items():
        typer.echo(f"  {label:<55} {_num(counts.get(code, 0)):>12}")


def register(app: typer.Typer) -> None:
    app.command("classify-batch")(classify_batch)
