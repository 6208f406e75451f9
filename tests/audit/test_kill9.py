"""kill -9 at any moment (issue 14, item 3): a batch check's output folder is as it was or complete.

The check writes into a temporary sibling folder and swaps it into place at the end
(engine/audit/outputs.py). Here real processes get SIGKILL while they write: children forked from
this process (already holding the read and audited check, so only the writing is repeated) are
killed when their temporary folder holds 0, 1, 2, … files and right at the swap; one real
``dungdoituong check`` command is killed too. After each kill the folder must be byte-for-byte the
previous report, or a complete new one; the next run must clean up what the killed one left.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from engine.audit.driver import run_check
from engine.audit.outputs import MARKER, write_all
from engine.law import rulebook

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
import make_audit_fixture as fx  # noqa: E402

REVIEW = ROOT / "tests" / "fixtures" / fx.REVIEW
LOANS = ROOT / "tests" / "fixtures" / fx.LOANS


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _complete(folder: Path, names: set[str]) -> bool:
    """Every file a finished check writes is there and its summary parses."""
    if {p.name for p in folder.iterdir()} != names:
        return False
    json.loads((folder / MARKER).read_text(encoding="utf-8"))
    return all((folder / n).stat().st_size > 0 for n in names)


def _leftovers(parent: Path, name: str) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(f".{name}."))


@pytest.fixture(scope="module")
def checked():
    return run_check([str(REVIEW)], fx.REVIEW_DATE, None, loans_paths=[str(LOANS)])


def _write(run, out: Path) -> None:  # the forked child: write the reports, then exit without cleanup
    write_all(run, out, rulebook.default())
    os._exit(0)


def _kill_when(proc, parent: Path, name: str, files: int | None, timeout: float = 60) -> str:
    """SIGKILL ``proc`` once its temporary folder holds ``files`` files (None: at the swap)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        tmp = [p for p in parent.iterdir() if p.name.startswith(f".{name}.tmp-")]
        if tmp:
            try:
                n = len(os.listdir(tmp[0]))
            except FileNotFoundError:  # renamed into place (or removed) between the two calls
                n = -1
            if (files is None and n == -1) or (files is not None and n >= files):
                os.kill(proc.pid, signal.SIGKILL)
                return f"tmp with {n} files"
        if not proc.is_alive():
            return "finished first"
        time.sleep(0.0005)
    os.kill(proc.pid, signal.SIGKILL)
    return "timeout"


@pytest.mark.parametrize("existing", [False, True], ids=["new-folder", "over-previous-report"])
def test_a_check_killed_while_writing_leaves_the_folder_as_it_was_or_complete(checked, tmp_path, existing):
    out = tmp_path / "bao_cao"
    names = {p.name for p in write_all(checked, tmp_path / "reference", rulebook.default())}
    if existing:
        write_all(checked, out, rulebook.default())
    before = _digest(out) if existing else None
    fork = multiprocessing.get_context("fork")
    seen = []
    for files in (0, 1, 2, 4, len(names) - 1, len(names), None):
        child = fork.Process(target=_write, args=(checked, out))
        child.start()
        moment = _kill_when(child, tmp_path, out.name, files)
        child.join()
        state = "absent" if not out.exists() else (
            "as before" if before is not None and _digest(out) == before else
            "complete" if _complete(out, names) else "HALF-WRITTEN")
        seen.append((files, moment, child.exitcode, state))
        assert state in ("as before", "complete") if existing else state in ("absent", "complete"), seen
        if state == "complete":
            before = _digest(out)  # the next kill must leave this one
    print(seen)
    assert any(code == -signal.SIGKILL for _, _, code, _ in seen), seen
    write_all(checked, out, rulebook.default())  # the next run mends what the killed ones left
    assert _complete(out, names) and _leftovers(tmp_path, out.name) == []


def test_the_check_command_killed_mid_write_leaves_no_half_report(tmp_path):
    out = tmp_path / "bao_cao"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "cli.main", "check", str(REVIEW), "--loans", str(LOANS),
           "--date", fx.REVIEW_DATE.isoformat(), "--out", str(out), "--quiet"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    class _Proc:  # the poller's view of a Popen
        pid = proc.pid

        @staticmethod
        def is_alive():
            return proc.poll() is None

    moment = _kill_when(_Proc, tmp_path, out.name, 2, timeout=120)
    code = proc.wait()
    print(moment, code)
    assert code == -signal.SIGKILL, f"the command was not killed mid-write ({moment})"
    assert not out.exists()  # nothing was there before, and the report was not complete
    assert _leftovers(tmp_path, out.name)  # the killed run's temporary folder is all it left
