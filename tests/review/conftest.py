"""Fixtures for the review-book tests: the scenarios and their results from this very pytest run.

tests/review runs after tests/features (alphabetical), and the recorder plugin
(engine.review.pytest_recorder, loaded by pyproject addopts) keeps what each scenario did, so the
book is built from this run without running the features twice. Run alone, these tests take the
results file of the latest run, and run the feature suite once in a subprocess only if that file does
not hold a result for every current scenario.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from engine.review import catalogue, pytest_recorder, results

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def review_cases():
    return catalogue.load()


@pytest.fixture(scope="session")
def review_runs(review_cases, tmp_path_factory):
    """case key → latest Run, for the current scenarios."""
    session = pytest_recorder.session_runs()
    runs = results.load()
    runs.update(session)
    missing = [c for c in review_cases if results.for_case(runs, c) is None]
    if missing and not session:
        out = tmp_path_factory.mktemp("features-run") / "results.json"
        env = dict(os.environ, DDT_REVIEW_RESULTS=str(out))
        subprocess.run([sys.executable, "-m", "pytest", "tests/features", "-q", "-p", "no:cacheprovider"],
                       cwd=ROOT, env=env, check=False, capture_output=True)
        runs.update(results.load(out))
    return runs
