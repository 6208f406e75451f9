"""Finding the header row of a sheet and mapping its headers to the canonical columns.

Officials' sheets start with a title block ("UBND XÃ …", "DANH SÁCH HỘ NGHÈO …", a date line), then
a header of one or two rows (a merged "Thông tin nhà ở" over "Diện tích", "Tường", "Mái"), sometimes a
row numbering the columns "(1) (2) (3)…", then data. The header row is the row among the first
``SCAN_ROWS`` whose cells match most known column names (canonical name, ``Column.label`` or an
alias, compared by ``text.key``: no diacritics, any case, NFC or NFD). A two-row header is recognised
when reading the row above or below together with it maps more columns: for each column the lower
cell is tried joined to the (merged, so carried rightwards) upper cell, then alone, and the upper cell
is used when the lower one is empty (a vertically merged cell).
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from functools import lru_cache

from engine.facts.columns import TABLES
from .text import clean_cell_text, key

SCAN_ROWS = 40
# Headers that carry no data the engine needs; ignored without a warning.
IGNORED_HEADERS = frozenset(key(h) for h in ("STT", "TT", "Số TT", "Số thứ tự", "No", "#", "Thứ tự"))


@lru_cache(maxsize=None)
def index(table: str) -> dict[str, str]:
    """key(header) → canonical column name for one table."""
    out: dict[str, str] = {}
    for c in TABLES[table]:
        for word in (c.name, c.label, *c.aliases):
            k = key(word)
            if k and k not in out:
                out[k] = c.name
    return out


@lru_cache(maxsize=None)
def _labels(table: str) -> dict[str, str]:
    return {c.name: c.label for c in TABLES[table]}


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value != value:
        return ""
    return clean_cell_text(value)


@dataclass
class HeaderMatch:
    table: str
    first_row: int  # 0-based index of the first header row among the scanned rows
    n_rows: int  # 1 or 2
    columns: dict[int, str] = field(default_factory=dict)  # position → canonical name
    shown: dict[int, str] = field(default_factory=dict)  # position → header text as the user wrote it
    unknown: dict[int, str] = field(default_factory=dict)  # position → unmatched header text
    duplicates: list[tuple[int, str, str]] = field(default_factory=list)  # (position, name, header text)

    @property
    def data_start(self) -> int:
        return self.first_row + self.n_rows

    @property
    def width(self) -> int:
        positions = list(self.columns) + list(self.unknown)
        return max(positions) + 1 if positions else 0


def _match_rows(top: list | None, bottom: list, table: str) -> HeaderMatch:
    idx = index(table)
    width = max(len(bottom), len(top) if top else 0)
    top_texts = [cell_text(v) for v in (top or [])] + [""] * (width - len(top or []))
    bottom_texts = [cell_text(v) for v in bottom] + [""] * (width - len(bottom))
    carried, last = [], ""
    for t in top_texts:  # a merged upper cell holds its text in its first column only
        last = t or last
        carried.append(last)
    m = HeaderMatch(table, 0, 2 if top is not None else 1)
    seen: dict[str, int] = {}
    for pos in range(width):
        b, t, tc = bottom_texts[pos], top_texts[pos], carried[pos]
        candidates: list[tuple[str, str]] = []
        if b:
            if tc:
                candidates.append((f"{tc} {b}", f"{tc} › {b}"))
            candidates.append((b, b))
        elif t:
            candidates.append((t, t))
        if not candidates:
            continue
        name = None
        for text, shown in candidates:
            name = idx.get(key(text))
            if name:
                break
        if name is None:
            text = b or t
            if key(text) not in IGNORED_HEADERS and key(text):
                m.unknown[pos] = f"{tc} › {b}" if (b and tc) else text
            continue
        if name in seen:
            m.duplicates.append((pos, name, shown))
            continue
        seen[name] = pos
        m.columns[pos] = name
        m.shown[pos] = shown
    return m


def _score(m: HeaderMatch) -> tuple:
    required = {c.name for c in TABLES[m.table] if c.required}
    return (len(m.columns), len(required & set(m.columns.values())), -m.n_rows)


def detect(rows: list[list], tables=None) -> HeaderMatch | None:
    """Best header among ``rows`` (the first rows of a sheet), for one of ``tables`` (default: all)."""
    tables = [tables] if isinstance(tables, str) else list(tables or TABLES)
    rows = rows[:SCAN_ROWS]
    best: HeaderMatch | None = None
    hits: set[int] = set()
    for i, row in enumerate(rows):
        for t in tables:
            m = _match_rows(None, row, t)
            m.first_row = i
            if m.columns:
                hits.add(i)
            if best is None or _better(m, best):
                best = m
    # Two-row headers: only around rows that name at least one known column.
    for i in sorted(hits):
        for top_i, bottom_i in ((i - 1, i), (i, i + 1)):
            if top_i < 0 or bottom_i >= len(rows):
                continue
            for t in tables:
                m = _match_rows(rows[top_i], rows[bottom_i], t)
                m.first_row = top_i
                if _better(m, best):
                    best = m
    if best is None or len(best.columns) < 2 and not (len(best.columns) == 1 and not best.unknown):
        return None
    return best


def _better(m: HeaderMatch, best: HeaderMatch) -> bool:
    a, b = _score(m), _score(best)
    if a != b:
        return a > b
    # Same score: prefer the table whose columns are matched in larger share (members vs households).
    return len(m.columns) / len(TABLES[m.table]) > len(best.columns) / len(TABLES[best.table])


def closest_known(header: str, table: str) -> str | None:
    """Label of the known column closest to an unmatched header (for 'did you mean …')."""
    idx = index(table)
    close = difflib.get_close_matches(key(header), list(idx), n=1, cutoff=0.72)
    return _labels(table)[idx[close[0]]] if close else None


def closest_header(name: str, table: str, headers: list[str]) -> tuple[str | None, float]:
    """Header in the file closest to a (missing) canonical column, with its similarity 0–1."""
    col = next(c for c in TABLES[table] if c.name == name)
    targets = [key(w) for w in (col.name, col.label, *col.aliases)]
    best, ratio = None, 0.0
    for h in headers:
        kh = key(h)
        for t in targets:
            r = difflib.SequenceMatcher(None, kh, t).ratio()
            if r > ratio:
                best, ratio = h, r
    return best, ratio
