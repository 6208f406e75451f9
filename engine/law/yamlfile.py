"""YAML loading that remembers line numbers, so rule errors can name file and line."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from engine.errors import RulesError


class LineDict(dict):
    """A dict that knows the 1-based line where it started in its file."""

    line: int = 0


class LineList(list):
    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader, node):
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, dt.date):
            key = key.isoformat()
        if key in result:
            raise RulesError(str(getattr(loader, "_path", "?")), key_node.start_mark.line + 1, f"khoá '{key}' bị lặp")
        result[key] = loader.construct_object(value_node, deep=True)
    return result


def _construct_seq(loader, node):
    result = LineList(loader.construct_object(n, deep=True) for n in node.value)
    result.line = node.start_mark.line + 1
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)


def load(path: Path, root: Path | None = None):
    rel = str(path.relative_to(root)) if root else str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RulesError(rel, None, f"không phải UTF-8 ({exc})") from None
    loader = _Loader(text)
    loader._path = rel
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise RulesError(rel, line, f"cú pháp YAML sai: {exc.problem}") from None
    finally:
        loader.dispose()


def line_of(obj) -> int | None:
    return getattr(obj, "line", None)


def as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
