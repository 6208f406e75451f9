"""Results of the latest pytest-bdd run of every scenario, and what each one exercised.

Written by :mod:`engine.review.pytest_recorder` during ``make test`` (or any pytest run) to
``build/review/scenario-results.json`` (``DDT_REVIEW_RESULTS`` overrides the path); a partial run
updates only the scenarios it ran. Keyed by :attr:`engine.review.catalogue.Case.key`, with the
case's text fingerprint so that a result is not shown for a scenario edited since it ran.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .catalogue import ROOT, Case

DEFAULT_PATH = ROOT / "build" / "review" / "scenario-results.json"
FORMAT = 1
OUTCOMES = {
    "passed": "đạt",
    "failed": "không đạt",
    "xfailed": "lỗi đã biết (chưa đạt)",
    "xpassed": "đạt (lỗi đã biết đã hết?)",
    "skipped": "bỏ qua",
}


def default_path() -> Path:
    return Path(os.environ.get("DDT_REVIEW_RESULTS") or DEFAULT_PATH)


def text_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@dataclass
class Run:
    outcome: str  # a key of OUTCOMES
    at: str  # ISO time of the run
    digest: str  # text_digest of the scenario's text when it ran
    rules: list = field(default_factory=list)  # rule ids evaluated
    values: list = field(default_factory=list)  # [parameter, ISO start of the value] compared
    message: str | None = None  # why it was skipped / which known defect

    @property
    def label(self) -> str:
        return OUTCOMES.get(self.outcome, self.outcome)

    def to_json(self) -> dict:
        return {"outcome": self.outcome, "at": self.at, "digest": self.digest, "rules": sorted(self.rules),
                "values": sorted(list(v) for v in self.values), "message": self.message}

    @classmethod
    def from_json(cls, d: dict) -> "Run":
        return cls(d["outcome"], d["at"], d.get("digest", ""), list(d.get("rules") or ()),
                   [tuple(v) for v in d.get("values") or ()], d.get("message"))


def load(path: Path | None = None) -> dict[str, Run]:
    path = path or default_path()
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    if doc.get("format") != FORMAT:
        return {}
    return {k: Run.from_json(v) for k, v in (doc.get("runs") or {}).items()}


def save(runs: dict[str, Run], path: Path | None = None) -> Path:
    """Write atomically (several pytest runs may finish at once in the same work tree)."""
    path = Path(path or default_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"format": FORMAT, "runs": {k: r.to_json() for k, r in sorted(runs.items())}}
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".results-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
    os.replace(tmp, path)
    return path


def for_case(runs: dict[str, Run], case: Case) -> Run | None:
    """The latest run of ``case``, unless the scenario's text changed since."""
    run = runs.get(case.key)
    if run is None or run.digest != text_digest(case.text()):
        return None
    return run
