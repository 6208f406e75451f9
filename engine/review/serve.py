"""The book's pages for a web server: built on demand from rules/, features/ and the latest results
file, and rebuilt only when one of them changed (a build takes a few seconds)."""
from __future__ import annotations

import threading
from pathlib import Path

from engine.law import rulebook
from . import catalogue, html, model, results

_lock = threading.Lock()
_cache: dict = {"key": None, "pages": None}


def _stamp(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return 0.0


def _key(results_file: Path) -> tuple:
    features = tuple(sorted((p.name, _stamp(p)) for p in catalogue.FEATURE_DIR.rglob("*.feature")))
    return (str(results_file), _stamp(results_file), features, id(rulebook.default()))


def pages(results_file: Path | None = None) -> dict[str, str]:
    """{page name: content}; the same pages ``dungdoituong review-book`` writes."""
    results_file = Path(results_file or results.default_path())
    key = _key(results_file)
    with _lock:
        if _cache["key"] != key:
            runs = results.load(results_file)
            rv = model.build(rulebook.default(), catalogue.load(), runs, str(results_file) if runs else None)
            _cache["pages"], _cache["key"] = html.render(rv), key
        return _cache["pages"]


def media_type(name: str) -> str:
    return "text/css; charset=utf-8" if name.endswith(".css") else "text/html; charset=utf-8"
