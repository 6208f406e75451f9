"""The Jinja templates of the web page and the HTML reports, in one environment (templates live in api/templates/)."""
from __future__ import annotations

import functools
from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from engine.decisions import fmt
from engine.law import rulebook

from . import labels, rules_view
from .service import app_version

HERE = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=1)
def templates_env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(fmt=fmt, labels=labels, app_version=app_version, UNVERIFIED=rules_view.UNVERIFIED)
    env.filters["basis_label"] = basis_label
    return env


def basis_label(item: str) -> str:
    """A rule, parameter or indicator id named in 'unverified_basis', in words (the id kept for staff)."""
    book = rulebook.default()
    if item in book.parameters:
        return f"{book.parameters[item].label} ({item})"
    if item.startswith("indicator.") and item[10:] in book.indicators:
        return f"chỉ số {book.indicators[item[10:]].label.lower()} ({item})"
    try:
        return f"{book.rule(item).title} ({item})"
    except KeyError:
        return item


def render(request: Request | None, name: str, status: int = 200, **ctx) -> HTMLResponse:
    html = templates_env().get_template(name).render(request=request, **ctx)
    return HTMLResponse(html, status_code=status)


def error_page(status: int, code: str, message: str, path: str) -> str:
    if status == 401:
        return templates_env().get_template("login.html").render(request=None, message=message, next=path)
    return templates_env().get_template("error.html").render(request=None, status=status, message=message)
