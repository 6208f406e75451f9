"""``dungdoituong``: a thin command-line shell over engine/. Errors in Vietnamese, never a traceback."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from engine.decisions import text as render_text
from engine.law import rulebook
from engine.screening import screen as screening
from engine.facts import validation
from engine.errors import DungDoiTuongError, FieldProblem, InputError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Đúng Đối Tượng — kiểm tra đối tượng vay vốn NHCSXH")


def _fail(message: str, code: int = 2):
    typer.echo(message, err=True)
    raise typer.Exit(code)


def _read_json(path: Path):
    if not path.exists():
        _fail(f"Không tìm thấy tệp: {path}")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        _fail(f"Tệp {path} không phải văn bản UTF-8")
    except json.JSONDecodeError as exc:
        _fail(f"Tệp {path} không phải JSON hợp lệ: dòng {exc.lineno}, cột {exc.colno}: {exc.msg}")


@app.command()
def screen(file: Path = typer.Argument(..., help="Tệp JSON: một hộ gia đình, hoặc hồ sơ {\"household\": ..., \"requested_amount\": ...}"),
           date: str = typer.Option(..., "--date", help="Ngày tham chiếu YYYY-MM-DD (ngày đề nghị vay, giải ngân hoặc rà soát)"),
           as_json: bool = typer.Option(False, "--json", help="In kết quả dạng JSON"),
           trace: bool = typer.Option(False, "--trace", help="In cả vết đánh giá từng quy tắc")):
    """Xét một hộ (và đề nghị vay) tại ngày tham chiếu: phân loại và từng chương trình cho vay."""
    data = _read_json(file)
    try:
        application = validation.parse_application(data)
        decision = screening.screen_application(application, date)
    except DungDoiTuongError as exc:
        _fail(exc.message)
    if as_json:
        typer.echo(decision.model_dump_json(indent=2))
    else:
        typer.echo(render_text.decision_text(decision, with_trace=trace))


@app.command()
def classify(file: Path = typer.Argument(..., help="Tệp JSON danh sách hộ gia đình"),
             date: str = typer.Option(..., "--date", help="Ngày tham chiếu YYYY-MM-DD")):
    """Phân loại một danh sách hộ; mỗi hộ được xét hoặc bị từ chối kèm lý do."""
    from collections import Counter

    data = _read_json(file)
    if not isinstance(data, list):
        _fail("Tệp phải chứa một danh sách hộ gia đình [ {...}, {...} ]")
    book = rulebook.default()
    try:
        day = validation.check_reference_date(date, book.coverage)
    except DungDoiTuongError as exc:
        _fail(exc.message)
    counts: Counter = Counter()
    flags: Counter = Counter()
    rejected: list[str] = []
    unverified = 0
    for i, raw in enumerate(data, start=1):
        try:
            d = screening.screen(validation.parse_household(raw), day, book)
        except InputError as exc:
            for p in exc.problems:
                p.row = i
            rejected.extend(p.text() for p in exc.problems)
            counts["rejected"] += 1
            continue
        counts[d.classification.outcome] += 1
        unverified += d.classification.unverified
        flags.update(f.code.split(".")[0] for f in d.flags)
    fam = book.families["poverty_classification"]
    typer.echo(f"Phân loại {len(data)} hộ tại ngày {day.strftime('%d/%m/%Y')} (bộ quy tắc {book.version}):")
    for code, label in list(fam.outcomes.items()) + [("needs_review", "Cần rà soát"), ("rejected", "Bị từ chối (dữ liệu sai)")]:
        typer.echo(f"  {label:<55} {counts.get(code, 0):>6}")
    typer.echo(f"  Kết quả dựa trên căn cứ chưa xác minh: {unverified}")
    if flags:
        typer.echo("Cảnh báo theo loại: " + ", ".join(f"{k}={v}" for k, v in sorted(flags.items())))
    for line in rejected:
        typer.echo(f"  Từ chối — {line}", err=True)
    if counts["rejected"] == len(data):
        raise typer.Exit(2)


@app.command()
def rules(as_json: bool = typer.Option(False, "--json", help="In dạng JSON"),
          changes_between: Optional[tuple[str, str]] = typer.Option(
              None, "--changes-between", metavar="TỪ_NGÀY ĐẾN_NGÀY",
              help="Chỉ liệt kê thay đổi của pháp luật giữa hai ngày (YYYY-MM-DD YYYY-MM-DD)")):
    """Liệt kê mọi quy tắc và tham số kèm căn cứ, ngày hiệu lực và mức tin cậy."""
    book = rulebook.default()
    if changes_between:
        _print_changes(book, changes_between, as_json)
        return
    if as_json:
        out = {
            "version": book.version,
            "rules": [{"id": r.id, "family": r.family, "title": r.title, "outcome": r.outcome,
                       "from": r.start.isoformat(), "to": r.end.isoformat(), "instrument": r.source.instrument,
                       "article": r.source.article, "url": r.source.url, "confidence": r.source.confidence,
                       "decisions": list(r.decisions)} for r in book.rules],
            "parameters": [{"id": p.name, "label": p.label, "unit": p.unit, "values": [
                {"from": v.start.isoformat(), "to": v.end.isoformat() if v.end else None, "value": v.value,
                 "instrument": v.source.instrument, "article": v.source.article, "url": v.source.url,
                 "confidence": v.source.confidence} for v in p.values]} for p in book.parameters.values()],
        }
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    from engine.decisions import fmt

    typer.echo(f"Bộ quy tắc {book.name} {book.version}")
    typer.echo("QUY TẮC")
    for r in book.rules:
        typer.echo(f"  {r.id} [{r.source.confidence}] {fmt.date(r.start)}–{fmt.date(r.end)}: {r.title}")
        typer.echo(f"      {r.source.article} {r.source.instrument}")
    typer.echo("THAM SỐ")
    for p in book.parameters.values():
        typer.echo(f"  {p.name}: {p.label}")
        for v in p.values:
            typer.echo(f"      từ {fmt.date(v.start)} đến {fmt.date(v.end)}: {fmt.with_unit(v.value, p.unit)} "
                       f"[{v.source.confidence}] {v.source.article} {v.source.instrument}")


@app.command()
def serve(host: str = typer.Option("127.0.0.1", "--host", help="Địa chỉ lắng nghe (mặc định chỉ máy này)"),
          port: int = typer.Option(8000, "--port", help="Cổng"),
          workers: int = typer.Option(1, "--workers", min=1,
                                      help="Số tiến trình phục vụ (mỗi tiến trình một nhân CPU; dùng chung dữ liệu)")):
    """Chạy trang web và API xét đối tượng (ngoài 127.0.0.1 cần đặt DDT_ACCESS_TOKEN)."""
    from api.server import serve as run_server
    from api.settings import SettingsError

    try:
        run_server(host, port, workers=workers)
    except SettingsError as exc:
        _fail(exc.message)


def _print_changes(book, bounds, as_json: bool):
    import datetime as dt

    from engine.law import changes
    from engine.decisions import fmt

    try:
        start, end = (dt.date.fromisoformat(x) for x in bounds)
    except ValueError:
        _fail(f"Ngày không hợp lệ: {bounds[0]} {bounds[1]} (dùng dạng YYYY-MM-DD)")
    if end < start:
        _fail("Ngày kết thúc phải sau ngày bắt đầu")
    found = changes.changes_between(book, start, end)
    if as_json:
        typer.echo(json.dumps([{"date": c.day.isoformat(), "kind": c.kind, "id": c.id, "text": c.text,
                                "citation": c.citation, "confidence": c.confidence} for c in found],
                              ensure_ascii=False, indent=2))
        return
    typer.echo(f"Thay đổi từ sau {fmt.date(start)} đến hết {fmt.date(end)} (bộ quy tắc {book.version}): {len(found)}")
    for c in found:
        mark = " — căn cứ chưa xác minh" if c.confidence == "U" else ""
        typer.echo(f"  {fmt.date(c.day)}  {c.text}  [{c.confidence}] ({c.citation}){mark}")


def _register_batch():
    from cli import batch as batch_cli

    batch_cli.register(app)


_register_batch()


def _register_audit():
    from cli import audit as audit_cli

    audit_cli.register(app)


_register_audit()


def _register_review():
    from cli import review as review_cli

    review_cli.register(app)


_register_review()


def main():
    try:
        rulebook.default()
    except DungDoiTuongError as exc:
        typer.echo(exc.message, err=True)
        sys.exit(3)
    app()


if __name__ == "__main__":
    main()
