"""``dungdoituong check``: the batch targeting audit from files, with a progress bar and a summary table.

    dungdoituong check households.xlsx --loans loans.xlsx --date 2025-12-14 --out report/
        [--what-if 2027-01-01] [--previous review2024.xlsx [--previous-date 2024-12-15]] [--tinh …] [--xa …]

``--tinh``/``--xa`` give the list's place when neither its rows, its title block nor its file name say it.

Exits 0 whenever something could be read (bad rows are rejected with their reasons in the report),
2 when not a single household could be read or the arguments are wrong. Nothing personal is printed.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

import typer

from engine.decisions import fmt
from engine.law import rulebook
from engine.facts import validation
from engine.errors import DungDoiTuongError
from engine.audit.settings import NOT_LAW, AuditSettings

_D = AuditSettings()


def _fail(message: str, code: int = 2):
    typer.echo(message, err=True)
    raise typer.Exit(code)


def check(files: list[Path] = typer.Argument(..., help="Danh sách rà soát: tệp .xlsx/.csv/.parquet hoặc thư mục"),
          date: str = typer.Option(..., "--date", help="Ngày rà soát (ngày tham chiếu) YYYY-MM-DD"),
          out: Path = typer.Option(..., "--out", help="Thư mục ghi báo cáo (ghi trọn vẹn hoặc không ghi gì)"),
          loans: Optional[list[Path]] = typer.Option(None, "--loans", help="Sổ vay NHCSXH (.xlsx/.csv/.parquet)"),
          what_if: Optional[str] = typer.Option(None, "--what-if",
                                                help="Xét lại cùng dữ liệu tại ngày này (ví dụ 2027-01-01: chuẩn 2027–2030)"),
          province: Optional[str] = typer.Option(None, "--tinh",
                                                 help="Tỉnh/thành phố của danh sách (tên hoặc mã), khi tệp không ghi"),
          commune: Optional[str] = typer.Option(None, "--xa",
                                                help="Xã/phường của danh sách (tên hoặc mã), khi tệp không ghi"),
          previous: Optional[list[Path]] = typer.Option(None, "--previous", help="Danh sách rà soát kỳ trước (so sánh năm)"),
          previous_date: Optional[str] = typer.Option(None, "--previous-date",
                                                      help="Ngày của kỳ trước (mặc định: ngày quyết định gần nhất trong tệp kỳ trước)"),
          borderline_band: float = typer.Option(_D.borderline_band, "--borderline-band",
                                                help=f"Dải sát chuẩn thu nhập, tỷ lệ ({NOT_LAW})"),
          person_many_loans: int = typer.Option(_D.person_many_loans, "--person-many-loans",
                                                help=f"Một CCCD đứng tên từ số khoản vay này trở lên ({NOT_LAW})"),
          leader_many_loans: int = typer.Option(_D.leader_many_loans, "--leader-many-loans",
                                                help=f"Một tổ trưởng gắn với nhiều hơn số khoản vay này ({NOT_LAW})"),
          leader_many_groups: int = typer.Option(_D.leader_many_groups, "--leader-many-groups",
                                                 help=f"Một tổ trưởng gắn với từ số tổ này trở lên ({NOT_LAW})"),
          excel_max_rows: int = typer.Option(_D.excel_max_rows, "--excel-max-rows",
                                             help="Số dòng tối đa mỗi sheet Excel (CSV/Parquet luôn đủ)"),
          quiet: bool = typer.Option(False, "--quiet", help="Không hiện thanh tiến độ")):
    """Kiểm tra đúng đối tượng: danh sách rà soát hộ nghèo, cận nghèo và sổ vay; báo cáo Excel, HTML, CSV/Parquet."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from engine.audit.driver import STEPS, run_check
    from engine.places import Hint

    book = rulebook.default()
    try:
        day = validation.check_reference_date(date, book.coverage)
        wi = validation.check_reference_date(what_if, book.coverage) if what_if else None
        pd_ = dt.date.fromisoformat(previous_date) if previous_date else None
        settings = AuditSettings(borderline_band=borderline_band, person_many_loans=person_many_loans,
                                 leader_many_loans=leader_many_loans, leader_many_groups=leader_many_groups,
                                 excel_max_rows=excel_max_rows)
    except DungDoiTuongError as exc:
        _fail(exc.message)
    except ValueError as exc:
        _fail(f"Tham số không hợp lệ: {exc}")
    for p in list(files) + list(loans or []) + list(previous or []):
        if not Path(p).exists():
            _fail(f"Không tìm thấy tệp hoặc thư mục: {p}")
    err = Console(stderr=True)
    progress = Progress(TextColumn("{task.description:<28}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                        TimeElapsedColumn(), console=err, disable=quiet, transient=False)
    try:
        with progress:
            task = progress.add_task("Bắt đầu", total=len(STEPS))
            seen: list[str] = []

            def tell(step: str):
                if seen:
                    progress.advance(task)
                seen.append(step)
                progress.update(task, description=step)

            place = Hint(province, commune) if (province or commune) else None
            run = run_check([str(f) for f in files], day, out, loans_paths=[str(x) for x in loans] if loans else None,
                            place=place,
                            previous_paths=[str(x) for x in previous] if previous else None, previous_date=pd_,
                            what_if=wi, settings=settings, book=book, progress=tell)
            progress.update(task, completed=len(STEPS), description="Xong")
    except DungDoiTuongError as exc:
        _fail(exc.message)
    _summary(run, book, out)
    if run.nothing_read:
        raise typer.Exit(2)


def _summary(run, book, out: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    from engine.audit.catalogue import FAMILIES, SEVERITIES, SEVERITY_ORDER
    from engine.audit.households import outcome_labels

    con = Console()
    rows = Table(title="Dòng đầu vào (mọi dòng đều được tính)")
    for c in ("Đầu vào", "Bảng", "Tệp / sheet", "Dòng", "Hợp lệ", "Bị từ chối", "Không đọc", "Không xét được"):
        rows.add_column(c, justify="right" if c not in ("Đầu vào", "Bảng", "Tệp / sheet") else "left")
    for a in run.accounting.itertuples(index=False):
        rows.add_row(a.input, a.table, f"{a.file}" + (f" / {a.sheet}" if isinstance(a.sheet, str) else ""),
                     fmt.number(a.rows_in), fmt.number(a.clean), fmt.number(a.rejected), fmt.number(a.unread),
                     fmt.number(a.not_evaluated))
    con.print(rows)
    for place in run.review.places:
        con.print(f"Địa bàn: {place}")
    r = run.result
    if r is None:
        con.print("[bold red]Không đọc được hộ nào[/]: xem lý do trong báo cáo (sheet 'Dòng bị từ chối').")
        for x in run.review.file_errors[:10]:
            con.print(f"  - {x.text()}")
        return
    lab = outcome_labels(book)
    t = Table(title=f"Phân loại tại {fmt.date(run.day)} (bộ quy tắc {book.version})")
    t.add_column("Kết quả")
    t.add_column("Số hộ", justify="right")
    for code, n in r.outcome_counts().items():
        t.add_row(lab.get(code, code), fmt.number(n))
    t.add_row("Không xét được (thiếu thành viên)", fmt.number(len(r.not_evaluated)))
    con.print(t)
    f = Table(title="Cảnh báo theo nhóm và mức độ")
    f.add_column("Nhóm")
    for s in SEVERITY_ORDER:
        f.add_column(SEVERITIES[s], justify="right")
    counts = r.flag_counts().set_index(["family", "severity"])["count"]
    for fam, label in FAMILIES.items():
        f.add_row(label, *[fmt.number(int(counts.get((fam, s), 0))) for s in SEVERITY_ORDER])
    con.print(f)
    if r.what_if is not None:
        con.print(f"Khi áp dụng chuẩn tại {fmt.date(r.what_if_date)}: {fmt.number(len(r.what_if))} hộ đổi kết quả")
        if r.what_if_matrix is not None and len(r.what_if_matrix):
            m = Table(title="Hiện nay (dòng) → khi áp dụng (cột)")
            m.add_column("")
            for c in r.what_if_matrix.columns:
                m.add_column(str(c), justify="right")
            for idx, row in r.what_if_matrix.iterrows():
                m.add_row(str(idx), *[fmt.number(int(v)) for v in row])
            con.print(m)
    if r.transitions is not None:
        ch = r.transitions["changed"].astype(bool)
        con.print(f"So với kỳ trước ({fmt.date(r.previous_date)}): {fmt.number(int(ch.sum()))} hộ đổi tình trạng, "
                  f"{fmt.number(int(r.transitions['changed_without_decision'].sum()))} không có quyết định mới")
    con.print(f"Báo cáo: {out}/bao_cao.xlsx, {out}/bao_cao.html; dữ liệu: ket_qua_ho.csv/.parquet, canh_bao.csv/.parquet"
              f" ({fmt.number(len(run.outputs))} tệp) — {run.timings.get('total', 0):.1f} giây")


def register(app: typer.Typer) -> None:
    app.command("check")(check)
