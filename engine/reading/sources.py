"""Raw sheets from files: CSV, Excel (.xlsx) and Parquet, read as chunks of untyped rows.

A ``Sheet`` gives its first rows (for header detection) and then its data rows in chunks of
``chunk_rows``, each chunk a list of ``(row_number, cells)`` where ``row_number`` is 1-based as the
user sees it: the spreadsheet row in Excel, the record number in a CSV file (the line number when no
quoted field spans lines; the title block and header rows count), the record number in Parquet (no
header row, so the first record is 1). Nothing is typed here: parsing is engine/reading/tables.py's job.

Memory: CSV and Parquet are streamed (csv module / ``ParquetFile.iter_batches``); .xlsx is read with
openpyxl in read-only mode, which streams rows from the zip without building the whole sheet.
"""
from __future__ import annotations

import csv
import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .headers import SCAN_ROWS, detect

CSV_EXT = {".csv", ".txt", ".tsv"}
XLSX_EXT = {".xlsx", ".xlsm"}
PARQUET_EXT = {".parquet", ".pq"}


class FileProblem(Exception):
    """A whole file or sheet cannot be read; ``reason`` is Vietnamese."""

    def __init__(self, reason: str, code: str):
        super().__init__(reason)
        self.reason, self.code = reason, code


@dataclass
class Sheet:
    file: str
    name: str | None  # sheet name (Excel); None for CSV and Parquet
    kind: str  # "csv", "xlsx", "parquet", "frames"
    _opener: object = None  # callable(start_index) -> iterator of (row_number, cells)
    head: list | None = None  # first rows, raw cells
    typed: bool = False  # Parquet/frames: cells already typed, header is the first "row"
    close: object = None  # callable releasing the file (read-only workbooks keep it open)

    def chunks(self, start: int, size: int) -> Iterator[pd.DataFrame]:
        """Data from 0-based row index ``start`` in DataFrames of at most ``size`` rows: columns are the
        cell positions 0, 1, 2… (object dtype, raw cells) plus ``ROW`` (1-based row numbers)."""
        if self.typed:
            yield from self._opener(start, size)
            return
        buf, numbers = [], []
        for number, row in self._opener(start):
            buf.append(row)
            numbers.append(number)
            if len(buf) >= size:
                yield _frame(buf, numbers)
                buf, numbers = [], []
        if buf:
            yield _frame(buf, numbers)


ROW = "__row__"


def _frame(rows: list[list], numbers: list[int]) -> pd.DataFrame:
    width = max((len(r) for r in rows), default=0)
    padded = [list(r) + [None] * (width - len(r)) if len(r) < width else r for r in rows]
    df = pd.DataFrame(padded, columns=range(width), dtype=object)
    df[ROW] = numbers
    return df


# ---------------------------------------------------------------- CSV

def _csv_text_stream(path: Path) -> tuple[str, str]:
    """Encoding and dialect delimiter of a CSV file (UTF-8 with or without BOM, UTF-16, else cp1258)."""
    raw = path.open("rb").read(1 << 16)
    if not raw.strip():
        raise FileProblem("tệp rỗng, không có dữ liệu", "empty_file")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        try:
            raw.decode("utf-8-sig")
            encoding = "utf-8-sig"
        except UnicodeDecodeError as e:
            encoding = "utf-8-sig" if e.start > len(raw) - 4 else "cp1258"  # a cut multibyte char at the end
    text = raw.decode(encoding, errors="replace")
    lines = text.splitlines()[:SCAN_ROWS]
    # The delimiter is the one under which a header row is recognised best (a title block, commas in
    # amounts such as "1,500,000" or in titles fool csv.Sniffer).
    best, delimiter = (-1, 0), "\t" if path.suffix.lower() == ".tsv" else ","
    for d in (",", ";", "\t", "|"):
        rows = list(csv.reader(lines, delimiter=d))
        m = detect(rows)
        score = (len(m.columns), -len(m.unknown)) if m else (0, 0)
        if score > best:
            best, delimiter = score, d
    return encoding, delimiter


def csv_sheet(path: Path) -> Sheet:
    encoding, delimiter = _csv_text_stream(path)

    def opener(start: int):
        f = path.open("r", encoding=encoding, newline="", errors="strict")

        def gen():
            with f:
                try:
                    for i, row in enumerate(csv.reader(f, delimiter=delimiter)):
                        if i >= start:
                            yield i + 1, row
                except UnicodeDecodeError:
                    raise FileProblem(f"tệp không đúng bảng mã (cần UTF-8); đã đọc thử bằng {encoding}",
                                      "bad_encoding") from None
                except csv.Error as e:
                    raise FileProblem(f"tệp CSV hỏng: {e}", "broken_file") from None
        return gen()

    sheet = Sheet(str(path), None, "csv", opener, _head(opener))
    sheet.encoding = encoding  # type: ignore[attr-defined]
    return sheet


def _head(opener) -> list:
    """The first SCAN_ROWS rows, where the header is looked for."""
    head = []
    for _, row in opener(0):
        head.append(row)
        if len(head) >= SCAN_ROWS:
            break
    return head


# ---------------------------------------------------------------- Excel

def xlsx_sheets(path: Path) -> list[Sheet]:
    try:
        import openpyxl
    except ImportError as e:  # pragma: no cover - a dependency
        raise FileProblem("thiếu thư viện openpyxl để đọc Excel", "broken_file") from e
    if path.stat().st_size == 0:
        raise FileProblem("tệp rỗng, không có dữ liệu", "empty_file")
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # zipfile.BadZipFile, KeyError, InvalidFileException, XML errors…
        raise FileProblem(f"tệp Excel bị hỏng hoặc không phải .xlsx ({type(e).__name__}); "
                          "hãy mở bằng Excel/LibreOffice và lưu lại dạng .xlsx", "broken_file") from None
    sheets = []
    for ws in wb.worksheets:
        title = ws.title

        def opener(start: int, ws=ws):
            def gen():
                try:
                    ws.reset_dimensions()  # some writers record a wrong used range
                    for i, row in enumerate(ws.iter_rows(values_only=True)):
                        if i >= start:
                            yield i + 1, list(row)
                except FileProblem:
                    raise
                except Exception as e:
                    raise FileProblem(f"không đọc được sheet (tệp hỏng: {type(e).__name__})", "broken_file") from None
            return gen()

        sheets.append(Sheet(str(path), title, "xlsx", opener, _head(opener), close=wb.close))
    return sheets


# ---------------------------------------------------------------- Parquet

def parquet_sheet(path: Path, batch_rows: int = 65536) -> Sheet:
    import pyarrow.parquet as pq

    if path.stat().st_size == 0:
        raise FileProblem("tệp rỗng, không có dữ liệu", "empty_file")
    try:
        pf = pq.ParquetFile(path)
    except Exception as e:
        raise FileProblem(f"tệp Parquet bị hỏng ({type(e).__name__})", "broken_file") from None
    names = list(pf.schema_arrow.names)

    def opener(start: int, size: int):
        n = 0
        try:
            for batch in pf.iter_batches(batch_size=min(size, batch_rows)):
                df = pd.DataFrame({i: pd.Series(batch.column(i).to_pylist(), dtype=object)
                                   for i in range(batch.num_columns)})
                df[ROW] = range(n + 1, n + batch.num_rows + 1)
                n += batch.num_rows
                yield df
        except Exception as e:
            raise FileProblem(f"tệp Parquet bị hỏng ({type(e).__name__})", "broken_file") from None

    return Sheet(str(path), None, "parquet", opener, [names], typed=True)


def frames_sheet(chunks, name: str) -> Sheet:
    """Already-loaded pandas DataFrames (an iterator of chunks), columns named by header."""
    it = iter(chunks)
    first = next(it, None)
    if first is None:
        raise FileProblem("không có dữ liệu", "empty_file")
    names = [str(c) for c in first.columns]
    used = {"done": False}

    def opener(start: int, size: int):
        if used["done"]:
            raise RuntimeError("an iterator of chunks can be read only once")
        used["done"] = True
        n = 0
        for df in itertools.chain([first], it):
            if [str(c) for c in df.columns] != names:
                raise FileProblem("các phần dữ liệu có cột khác nhau", "broken_file")
            out = pd.DataFrame({i: df.iloc[:, i].astype(object) for i in range(df.shape[1])})
            out = out.where(out.notna(), None)
            out[ROW] = range(n + 1, n + len(df) + 1)
            n += len(df)
            yield out

    return Sheet(name, None, "frames", opener, [names], typed=True)


def open_sheets(path) -> list[Sheet]:
    p = Path(path)
    if not p.exists():
        raise FileProblem("không tìm thấy tệp", "missing_file")
    if p.is_dir():
        raise FileProblem("đây là thư mục, không phải tệp", "missing_file")
    ext = p.suffix.lower()
    if ext in XLSX_EXT:
        return xlsx_sheets(p)
    if ext in CSV_EXT:
        return [csv_sheet(p)]
    if ext in PARQUET_EXT:
        return [parquet_sheet(p)]
    if ext in {".xls", ".ods"}:
        raise FileProblem(f"định dạng {ext} chưa được hỗ trợ; hãy lưu lại dạng .xlsx hoặc .csv", "unsupported_format")
    raise FileProblem(f"không nhận ra định dạng tệp '{ext or p.name}' (chấp nhận .xlsx, .csv, .parquet)",
                      "unsupported_format")


def expand_paths(path_or_paths) -> list[str]:
    if isinstance(path_or_paths, (str, os.PathLike)):
        items = [path_or_paths]
    else:
        items = list(path_or_paths)
    out = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            out.extend(str(q) for q in sorted(p.iterdir())
                       if q.suffix.lower() in CSV_EXT | XLSX_EXT | PARQUET_EXT and not q.name.startswith((".", "~$")))
        else:
            out.append(str(p))
    return out


__all__ = ["Sheet", "FileProblem", "ROW", "open_sheets", "expand_paths", "frames_sheet"]
