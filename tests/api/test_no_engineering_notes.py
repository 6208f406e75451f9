"""Users never see our reviewers' notes (issue 12 item 3): no "POLICY", no "§", no reading D1–D9
in the CLI text, the web result, the default JSON answer or GET /parameters. The full trace, the rules
page and the review book keep them."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from api.web import SAMPLE_HOUSEHOLD, state_from_household
from engine.law import rulebook

from .conftest import DATE

ROOT = Path(__file__).resolve().parents[2]
NOTES = re.compile(r"POLICY|§|\(D\d\)|, D\d\)")


def sample_form() -> dict:
    state = state_from_household(json.loads(SAMPLE_HOUSEHOLD.read_text(encoding="utf-8")), DATE)
    form = {k: v for k, v in state.items() if k not in ("members", "information_assets")}
    for i, m in enumerate(state["members"]):
        form.update({f"members[{i}].{k}": v for k, v in m.items()})
    form["information_assets"] = state.get("information_assets", [])
    return {**form, "action": "screen"}


def test_cli_text_of_the_sample_household_has_no_reviewers_note():
    r = subprocess.run([sys.executable, "-m", "cli.main", "screen", str(SAMPLE_HOUSEHOLD), "--date", DATE],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert "Nghị định 07/2021/NĐ-CP" in r.stdout and not NOTES.search(r.stdout)


def test_web_result_of_the_sample_household_has_no_reviewers_note(client):
    r = client.post("/xet", data=sample_form())
    assert r.status_code == 200 and "Nghị định 07/2021/NĐ-CP" in r.text
    assert not NOTES.search(r.text), NOTES.search(r.text)


def test_parameters_endpoint_cites_without_notes(client):
    book = rulebook.default()
    for name in book.parameters:
        body = client.get(f"/parameters/{name}", params={"date": DATE}).text
        assert not NOTES.search(body) and '"decisions":[]' in body, name
    # the rules page keeps them, for reviewers
    assert "POLICY" in client.get("/quy-tac").text
