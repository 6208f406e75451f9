"""Optional recorder of what an evaluation read: rules evaluated and parameter values compared.

Used by the policy review book (issue 7) to tell which scenario exercised which rule and which
dated value of which parameter. Inactive (a no-op) unless a recorder is installed.
"""
from __future__ import annotations

import contextlib
import contextvars
from dataclasses import dataclass, field

_current: contextvars.ContextVar["Recorder | None"] = contextvars.ContextVar("ddt_coverage", default=None)


@dataclass
class Recorder:
    rules: set = field(default_factory=set)  # rule ids evaluated
    values: set = field(default_factory=set)  # (parameter name, ISO start date of the value used)


def rule(rule_id: str) -> None:
    rec = _current.get()
    if rec is not None:
        rec.rules.add(rule_id)


def value(param_name: str, param_value) -> None:
    rec = _current.get()
    if rec is not None and param_value is not None:
        rec.values.add((param_name, param_value.start.isoformat()))


@contextlib.contextmanager
def recording():
    """``with coverage.recording() as rec: ...`` — rec.rules / rec.values fill up inside."""
    rec = Recorder()
    token = _current.set(rec)
    try:
        yield rec
    finally:
        _current.reset(token)
