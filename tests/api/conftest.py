"""Fixtures for the service tests: an app on a temporary data folder, a live uvicorn on 127.0.0.1."""
from __future__ import annotations

import copy
import threading
import time

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.schemas import EXAMPLE_HOUSEHOLD
from api.settings import Settings

DATE = "2025-12-14"


@pytest.fixture
def household() -> dict:
    return copy.deepcopy(EXAMPLE_HOUSEHOLD)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "var")


@pytest.fixture
def make_client(tmp_path):
    """make_client(**settings) → a started TestClient; closed at the end of the test."""
    opened = []

    def make(runner=None, **overrides):
        overrides.setdefault("data_dir", tmp_path / "var")
        app = create_app(Settings(**overrides), **({"runner": runner} if runner else {}))
        client = TestClient(app, raise_server_exceptions=False)
        client.__enter__()
        opened.append(client)
        return client

    yield make
    for c in reversed(opened):
        c.__exit__(None, None, None)


@pytest.fixture
def client(make_client):
    return make_client()


class LiveServer:
    """uvicorn serving the app on 127.0.0.1 at a port the OS picks, in a background thread."""

    def __init__(self, settings: Settings):
        import uvicorn

        self.app = create_app(settings)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="live-uvicorn", daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        sock = self.server.servers[0].sockets[0]
        self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(15)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    with LiveServer(Settings(data_dir=tmp_path_factory.mktemp("live") / "var")) as server:
        yield server


def wait_for_job(client, job_id: str, timeout: float = 30) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        job = client.get(f"/checks/{job_id}").json()
        if job["status"] in ("done", "failed") or time.monotonic() > deadline:
            return job
        time.sleep(0.05)
