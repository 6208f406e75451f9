"""``dungdoituong review-book``, ``review-sheet`` and ``review-import``: the policy review loop.

    dungdoituong review-book --out build/review-book      # offline HTML book (index.html)
    dungdoituong review-sheet --out review.xlsx           # every scenario, for the reviewer
    dungdoituong review-import review.xlsx [--out y-kien.txt]   # disputed scenarios by rule

The scenario results come from the latest pytest run (``make test`` writes
build/review/scenario-results.json; ``--results`` reads another file).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from engine.law import rulebook
from engine.review import catalogue, check, html, model, results, sheet


def _fail(message: str, code: int = 2):
    typer.echo(message, err=True)
    raise typer.Exit(code)


def _runs(path: Optional[Path]) -> tuple[dict, Path]:
    path = path or results.default_path()
    return results.load(path), path


def review_book(out: Path = typer.Option(..., "--out", help="Thư mục ghi sổ rà soát (HTML, mở index.html)"),
                results_file: Optional[Path] = typer.Option(None, "--results",
                                                            help="Tệp kết quả kịch bản (mặc định build/review/scenario-results.json)")):
    """Sổ rà soát chính sách: căn cứ pháp lý, quy tắc, tham số và kịch bản kiểm chứng, mức độ bao phủ."""
    runs, path = _runs(results_file)
    try:
        cases = catalogue.load()
    except catalogue.DuplicateScenario as exc:
        _fail(str(exc))
    rv = model.build(rulebook.default(), cases, runs, str(path) if runs else None)
    pages = html.render(rv)
    problems = check.check(pages, rv.rulebook, cases)
    html.write(pages, out)
    n_rules, n_values = len(rv.rules), len(rv.values)
    typer.echo(f"Đã ghi sổ rà soát vào {out / 'index.html'}: {len(rv.chapters)} chương, {len(cases)} kịch bản.")
    typer.echo(f"  Quy tắc có kịch bản: {n_rules - len(rv.rules_without_scenario)}/{n_rules}; "
               f"giá trị tham số đã được kịch bản dùng: {n_values - len(rv.values_not_exercised)}/{n_values}.")
    if not runs:
        typer.echo(f"  Chưa có kết quả chạy kịch bản ({path}): chạy make test trước.", err=True)
    for p in problems:
        typer.echo(f"  Lỗi sổ: {p}", err=True)
    if problems:
        raise typer.Exit(1)


def review_sheet(out: Path = typer.Option(..., "--out", help="Tệp .xlsx ghi bảng rà soát kịch bản"),
                 results_file: Optional[Path] = typer.Option(None, "--results", help="Tệp kết quả kịch bản")):
    """Bảng rà soát: mỗi kịch bản một dòng, mã ổn định, nội dung tiếng Việt, cột Đồng ý / Không đồng ý / Ghi chú."""
    runs, _ = _runs(results_file)
    try:
        n = sheet.write_sheet(out, catalogue.load(), runs)
    except catalogue.DuplicateScenario as exc:
        _fail(str(exc))
    typer.echo(f"Đã ghi {n} kịch bản vào {out}.")


def review_import(file: Path = typer.Argument(..., help="Bảng rà soát .xlsx đã điền"),
                  out: Optional[Path] = typer.Option(None, "--out",
                                                     help="Tệp ghi ý kiến (mặc định <tệp>-y-kien.txt, kèm .json)")):
    """Đọc bảng rà soát đã điền: in và ghi các kịch bản bị phản đối và ghi chú, nhóm theo quy tắc."""
    if not file.exists():
        _fail(f"Không tìm thấy tệp: {file}")
    try:
        review = sheet.read_sheet(file)
    except sheet.SheetError as exc:
        _fail(str(exc))
    titles = {r.id: r.title for r in rulebook.default().rules}
    out = out or file.with_name(file.stem + "-y-kien.txt")
    text_path, json_path = sheet.write_report(review, out, titles)
    typer.echo(sheet.report_text(review, titles))
    typer.echo(f"\nĐã ghi {text_path} và {json_path}.")


def register(app: typer.Typer) -> None:
    app.command("review-book")(review_book)
    app.command("review-sheet")(review_sheet)
    app.command("review-import")(review_import)
