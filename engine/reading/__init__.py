"""Reading batch inputs: the household review list and the VBSP loan book, from .xlsx, .csv, .parquet.

Public API::

    from engine.reading import read_review_list, read_loan_book, read_frames

    review = read_review_list("ds_ho.xlsx", reference_date=date(2025, 12, 14))
    review.households, review.members, review.decisions    # canonical columns (engine/facts/columns.py)
    loans = read_loan_book("so_vay.xlsx", date(2025, 12, 14), households=review)
    loans.loans
    review.rejections   # list[Rejection]: file, sheet, 1-based row, field, Vietnamese reason, raw value, code
    review.warnings     # list[str]: unknown columns (with "did you mean"), absent optional columns, …
    review.sources      # per sheet: table, header rows, column mapping, rows in / clean / rejected

Dtypes: str and enum columns "string" (enums hold the model's codes, see engine/reading/vocab.py),
list columns "string" of ";"-joined codes ("" = none of them), int "Int64", float "Float64",
bool "boolean", date "datetime64[ns]" (no time). A missing value stays missing (<NA>/NaT), never 0.
Each clean frame also has ``source_file``, ``source_sheet``, ``source_row`` to trace a row back.

Every data row is accounted for: in a clean table or in ``rejections`` (a row with several bad
cells gives several rejections, one per cell). Rows of a sheet that misses a required column are
covered by that sheet's file-level rejection (``row`` None). Blank rows, a "(1) (2) (3)" column-
numbering row and empty template rows (only STT filled) are not data.

Streaming: files are read in chunks of ``chunk_rows`` (CSV by the csv module, Parquet by
``iter_batches``, .xlsx by openpyxl's read-only mode) and typed chunk by chunk; ``read_frames``
accepts an iterator of DataFrame chunks. The cross-row checks (duplicate ids, members without a
household, loans for unknown households) run once all chunks are in; a national-scale streaming
reader can keep ``TableReader`` per chunk and run those checks on the id columns alone.
"""
from .api import read_frames, read_loan_book, read_review_list
from .parsers import BadValue
from .result import ReadResult, Rejection, SourceInfo

__all__ = ["read_review_list", "read_loan_book", "read_frames", "ReadResult", "Rejection", "SourceInfo",
           "BadValue"]
