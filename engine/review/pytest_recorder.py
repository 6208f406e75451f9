"""pytest plugin (``-p engine.review.pytest_recorder`` in pyproject addopts): records, for every
pytest-bdd scenario that runs, its result and what it exercised (rule ids evaluated and the dated
parameter values compared, through :mod:`engine.law.coverage`), for the review book.

At the end of the session the results are merged into ``build/review/scenario-results.json``
(:mod:`engine.review.results`); tests of the same session read them from :func:`session_runs`,
so the book is built from this very run without running the features twice.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from engine.law import coverage

from . import results
from .catalogue import FEATURE_DIR, ID_TAG, run_key

_runs: dict[str, results.Run] = {}  # key → run, this session
_open: dict[str, tuple] = {}  # nodeid → (key, text, recording context manager, recorder)
_keys: dict[str, tuple] = {}  # nodeid → (key, text, recorder)


def session_runs() -> dict[str, results.Run]:
    """Runs recorded in this pytest session (empty when no scenario ran)."""
    return dict(_runs)


def _feature_path(feature) -> str:
    path = Path(feature.filename).resolve()
    try:
        return path.relative_to(FEATURE_DIR).as_posix()
    except ValueError:
        return feature.rel_filename


def _scenario_text(scenario) -> str:
    """The same text as catalogue.Case.text() (pytest-bdd renders the outline row already)."""
    from .catalogue import Step

    lines = []
    for s in scenario.steps:
        table = tuple(tuple(c.value for c in row.cells) for row in s.datatable.rows) if s.datatable else ()
        lines += Step(s.keyword, s.type, s.name, table, s.docstring).lines()
    return "\n".join(lines)


def pytest_configure(config):
    config.addinivalue_line("markers", "review_id(id): mã cố định của kịch bản trong sổ rà soát (thẻ @id:…)")


@pytest.hookimpl(tryfirst=True)
def pytest_bdd_apply_tag(tag, function):
    """``@id:<text>`` (a scenario's explicit review id) → ``pytest.mark.review_id("<text>")``."""
    kind, sep, value = tag.partition(":")
    if sep and kind == ID_TAG:
        pytest.mark.review_id(value)(function)
        return True
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_bdd_before_scenario(request, feature, scenario):
    callspec = getattr(request.node, "callspec", None)
    example = dict(callspec.params.get("_pytest_bdd_example") or {}) if callspec else {}
    key = run_key(_feature_path(feature), scenario.line_number, example)
    cm = coverage.recording()
    rec = cm.__enter__()
    _open[request.node.nodeid] = (key, _scenario_text(scenario), cm, rec)


@pytest.hookimpl(tryfirst=True)
def pytest_bdd_after_scenario(request, feature, scenario):
    _close(request.node.nodeid)


def _close(nodeid: str) -> None:
    entry = _open.pop(nodeid, None)
    if entry is None:
        return
    key, text, cm, rec = entry
    cm.__exit__(None, None, None)
    _keys[nodeid] = (key, text, rec)


def _outcome(report) -> str:
    if hasattr(report, "wasxfail"):
        return "xfailed" if report.skipped else ("xpassed" if report.passed else "failed")
    return report.outcome


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    _close(item.nodeid)  # in case pytest-bdd never reached its after-scenario hook
    if item.nodeid not in _keys:
        return
    key, text, rec = _keys[item.nodeid]
    previous = _runs.get(key)
    state = _outcome(report)
    if report.when == "call" or (report.when == "teardown" and report.failed):
        if report.when == "teardown" and previous is not None:
            previous.outcome = "failed"
            return
        message = getattr(report, "wasxfail", None) or None
        if state == "skipped" and isinstance(report.longrepr, tuple):
            message = str(report.longrepr[2])
        elif state == "failed":  # the first lines of why, for the reviewer (test data is synthetic)
            crash = getattr(getattr(report, "longrepr", None), "reprcrash", None)
            message = (crash.message if crash else str(report.longrepr))[:400]
        _runs[key] = results.Run(state, dt.datetime.now().isoformat(timespec="seconds"), results.text_digest(text),
                                 sorted(rec.rules), sorted(rec.values), message)


def pytest_sessionfinish(session, exitstatus):
    if not _runs:
        return
    merged = results.load()
    merged.update(_runs)
    try:
        results.save(merged)
    except OSError:  # a read-only checkout still runs its tests
        pass
