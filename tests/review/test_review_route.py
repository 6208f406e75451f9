"""The review book as a page of the web app: /so-ra-soat/ (and /review-book/)."""
from __future__ import annotations

from fastapi.testclient import TestClient
from markupsafe import escape

from api.app import create_app
from api.settings import Settings
from engine.review import model


def test_the_book_is_served(tmp_path):
    with TestClient(create_app(Settings(data_dir=tmp_path / "var"))) as client:
        r = client.get("/review-book", follow_redirects=True)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert "Sổ rà soát chính sách" in r.text
        rv = model.build(runs={})
        for ch in rv.chapters[:3]:
            page = client.get(f"/so-ra-soat/{ch.page}")
            assert page.status_code == 200 and str(escape(ch.title)) in page.text
        assert client.get("/review-book/style.css").headers["content-type"].startswith("text/css")
        assert client.get("/so-ra-soat/khong-co.html").status_code == 404
