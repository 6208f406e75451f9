"""Access token, binding refusal, body-size and time bounds, and the common error shape for each."""
from __future__ import annotations

import logging
import time

import pytest
from typer.testing import CliRunner

from api.settings import Settings, SettingsError, check_binding, is_loopback

from .conftest import DATE

TOKEN = "mot-chuoi-bi-mat-dai-0123456789"


def _shape(r, status, code):
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["code"] == code
    assert set(err) == {"code", "message", "field", "problems"}
    assert err["message"] and "Traceback" not in r.text
    return err


def test_unknown_path_is_404_in_the_common_shape(client):
    err = _shape(client.get("/khong-co"), 404, "not_found")
    assert "Không tìm thấy" in err["message"]


def test_wrong_method_is_405_in_the_common_shape(client):
    err = _shape(client.put("/screen", json={}), 405, "method_not_allowed")
    assert "Phương thức" in err["message"]


def test_browser_gets_a_vietnamese_404_page(client):
    r = client.get("/khong-co", headers={"accept": "text/html"})
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert "Không tìm thấy" in r.text


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"])
def test_loopback_needs_no_token(host):
    assert is_loopback(host)
    check_binding(host, Settings())


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "::", "example.org"])
def test_other_addresses_refused_without_token(host):
    with pytest.raises(SettingsError) as exc:
        check_binding(host, Settings())
    assert "Từ chối khởi động" in exc.value.message and "DDT_ACCESS_TOKEN" in exc.value.message
    check_binding(host, Settings(access_token=TOKEN))  # with a token it may listen


def test_cli_serve_refuses_without_token(monkeypatch):
    from cli.main import app

    monkeypatch.delenv("DDT_ACCESS_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--port", "8"])
    assert result.exit_code == 2
    assert "Từ chối khởi động" in result.output


def test_token_required_when_configured(make_client, household):
    c = make_client(access_token=TOKEN)
    body = {"household": household, "date": DATE}
    err = _shape(c.post("/screen", json=body), 401, "unauthorized")
    assert "mã truy cập" in err["message"]
    _shape(c.post("/screen", json=body, headers={"Authorization": "Bearer sai"}), 401, "unauthorized")
    _shape(c.get("/rules"), 401, "unauthorized")
    _shape(c.get("/openapi.json"), 401, "unauthorized")
    assert c.post("/screen", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert c.get("/rules", headers={"X-Access-Token": TOKEN}).status_code == 200
    assert c.get("/health").status_code == 200  # health checks stay open
    assert c.get("/static/style.css").status_code == 200


def test_browser_login_sets_a_cookie(make_client):
    c = make_client(access_token=TOKEN)
    r = c.get("/", headers={"accept": "text/html"})
    assert r.status_code == 401 and "Nhập mã truy cập" in r.text
    bad = c.post("/dang-nhap", data={"token": "sai", "next": "/quy-tac"})
    assert bad.status_code == 401 and "không đúng" in bad.text
    ok = c.post("/dang-nhap", data={"token": TOKEN, "next": "/quy-tac"}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/quy-tac"
    assert c.get("/quy-tac").status_code == 200  # the cookie now carries the token


def test_login_never_redirects_off_site(make_client):
    c = make_client(access_token=TOKEN)
    r = c.post("/dang-nhap", data={"token": TOKEN, "next": "//evil.example/"}, follow_redirects=False)
    assert r.headers["location"] == "/"


def test_body_over_the_limit_is_413(make_client, household):
    c = make_client(max_body_bytes=2000)
    household["members"] = household["members"] * 10
    err = _shape(c.post("/screen", json={"household": household, "date": DATE}), 413, "too_large")
    assert "vượt quá dung lượng cho phép" in err["message"] and "KB" in err["message"]


def test_streamed_body_over_the_limit_is_413(make_client):
    """No Content-Length (chunked): the guard counts bytes as they arrive."""
    c = make_client(max_body_bytes=1000)

    def chunks():
        yield b'{"household": {"household_id": "'
        for _ in range(50):
            yield b"x" * 100
        yield b'"}, "date": "2025-12-14"}'

    _shape(c.post("/screen", content=chunks(), headers={"content-type": "application/json"}), 413, "too_large")


def test_upload_over_the_limit_is_413(make_client):
    c = make_client(max_upload_bytes=5000)
    big = b"[" + b" " * 10_000 + b"]"
    err = _shape(c.post("/checks", files={"files": ("ds.json", big, "application/json")}, data={"date": DATE}),
                 413, "too_large")
    assert "chia danh sách" in err["message"]


def test_slow_request_is_cut_with_503(make_client, household):
    c = make_client(request_timeout_s=0.3)
    real = c.app.state.screener.screen

    def slow(*a, **kw):
        time.sleep(1.5)
        return real(*a, **kw)

    c.app.state.screener.screen = slow
    started = time.monotonic()
    r = c.post("/screen", json={"household": household, "date": DATE})
    assert time.monotonic() - started < 1.4
    err = _shape(r, 503, "timeout")
    assert "quá thời gian" in err["message"] and r.headers["retry-after"]


def test_unexpected_error_is_500_without_trace_or_values(make_client, household, caplog):
    c = make_client()

    def broken(*a, **kw):
        raise RuntimeError("chi tiết nội bộ 001080012345")

    c.app.state.screener.screen = broken
    with caplog.at_level(logging.DEBUG):
        r = c.post("/screen", json={"household": household, "date": DATE})
    err = _shape(r, 500, "internal")
    assert "001080012345" not in r.text and "RuntimeError" not in r.text
    assert "001080012345" not in caplog.text
    assert "RuntimeError" in caplog.text  # the type is logged for the administrator


def test_unreadable_body_is_400_in_the_common_shape(client):
    r = client.post("/screen", content=b"\xff\xfe{", headers={"content-type": "application/json"})
    err = _shape(r, 400, "unreadable_body")
    assert "UTF-8" in err["message"]
