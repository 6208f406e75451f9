"""Many different households screened in parallel through a live uvicorn: each answer is its own.

durable-rules' host is not thread-safe; the engine serialises assert…retract with one lock. Here 8
client threads hit the real HTTP server at once (the server runs the engine in its thread pool), and
every answer must equal the one computed sequentially beforehand.
"""
from __future__ import annotations

import json
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx

from engine.screening import screen as screening
from engine.generation import models as synth
from engine.errors import InputError

N = 240
THREADS = 8


def _sequential(app, day) -> tuple[int, dict]:
    try:
        return 200, json.loads(screening.screen_application(app, day).model_dump_json())
    except InputError as exc:
        return 422, {"fields": sorted("household." + p.field for p in exc.problems)}


def _answer(response: httpx.Response) -> tuple[int, dict]:
    if response.status_code == 200:
        return 200, response.json()
    return response.status_code, {"fields": sorted(p["field"] for p in response.json()["error"]["problems"])}


def test_parallel_answers_equal_sequential_answers(live_server):
    cases = synth.generate_applications(N, seed=4242)
    expected = [_sequential(app, day) for app, day in cases]
    outcomes = Counter(e[1]["classification"]["outcome"] for e in expected if e[0] == 200)
    assert len(outcomes) >= 3, outcomes  # the households really differ…
    programs = Counter((p["program"], p["outcome"]) for e in expected if e[0] == 200 for p in e[1]["programs"])
    assert len(programs) >= 10, programs  # …and so do their lending answers
    bodies = []
    for app, day in cases:
        data = app.model_dump(mode="json", exclude_unset=True)
        bodies.append({"household": data.pop("household"), "date": day.isoformat(), "request": data})

    def worker(k: int) -> list[tuple[int, tuple[int, dict]]]:
        out = []
        with httpx.Client(base_url=live_server.url, timeout=60) as c:
            for i in range(k, N, THREADS):
                out.append((i, _answer(c.post("/screen", json=bodies[i]))))
        return out

    with ThreadPoolExecutor(THREADS) as pool:
        results = dict(pair for chunk in pool.map(worker, range(THREADS)) for pair in chunk)
    assert len(results) == N
    wrong = [i for i in range(N) if results[i] != expected[i]]
    assert not wrong, f"{len(wrong)} answers differ, first: household {cases[wrong[0]][0].household.household_id}"
