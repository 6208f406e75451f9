"""Pure-ASGI guard in front of the app: access token, body-size bound and request-time bound.

Each refusal is answered in the common error shape (or a Vietnamese HTML page for a browser).
"""
from __future__ import annotations

import hmac
import json
import math
from http.cookies import SimpleCookie

import anyio

from .errors import body as error_body
from .settings import Settings

TOKEN_COOKIE = "ddt_token"
OPEN_PATHS = ("/health", "/static/", "/dang-nhap", "/favicon.ico")
UPLOAD_PATHS = ("/checks", "/kiem-tra")


class _TooLarge(Exception):
    pass


def _headers(scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def presented_token(headers: dict[str, str]) -> str | None:
    auth = headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    if headers.get("x-access-token"):
        return headers["x-access-token"].strip()
    if "cookie" in headers:
        jar = SimpleCookie()
        try:
            jar.load(headers["cookie"])
        except Exception:  # a malformed cookie header is simply no token
            return None
        if TOKEN_COOKIE in jar:
            return jar[TOKEN_COOKIE].value
    return None


def token_ok(settings: Settings, token: str | None) -> bool:
    if not settings.access_token:
        return True
    return token is not None and hmac.compare_digest(token.encode(), settings.access_token.encode())


def wants_html(headers: dict[str, str]) -> bool:
    return "text/html" in headers.get("accept", "")


class Guard:
    def __init__(self, app, settings: Settings, html_page=None):
        self.app, self.settings = app, settings
        self.html_page = html_page  # (status, code, message, path) -> str | None, for browsers

    async def _refuse(self, send, scope, headers, status, code, message, extra_headers=()):
        page = self.html_page(status, code, message, scope.get("path", "/")) if (self.html_page and wants_html(headers)) else None
        if page is not None:
            payload, ctype = page.encode("utf-8"), b"text/html; charset=utf-8"
        else:
            payload, ctype = json.dumps(error_body(code, message), ensure_ascii=False).encode("utf-8"), b"application/json"
        hdrs = [(b"content-type", ctype), (b"content-length", str(len(payload)).encode())] + list(extra_headers)
        await send({"type": "http.response.start", "status": status, "headers": hdrs})
        await send({"type": "http.response.body", "body": payload})

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        path = scope.get("path", "/")
        s = self.settings
        if s.access_token and not path.startswith(OPEN_PATHS) and not token_ok(s, presented_token(headers)):
            await self._refuse(send, scope, headers, 401, "unauthorized",
                               "Thiếu hoặc sai mã truy cập. Gửi mã trong tiêu đề 'Authorization: Bearer <mã>' "
                               "hoặc đăng nhập tại /dang-nhap", [(b"www-authenticate", b"Bearer")])
            return
        upload = scope.get("method") == "POST" and path.rstrip("/") in UPLOAD_PATHS
        limit = s.max_upload_bytes if upload else s.max_body_bytes
        too_large_msg = (f"Dữ liệu gửi lên vượt quá dung lượng cho phép ({_size(limit)}). "
                         + ("Hãy chia danh sách thành nhiều tệp nhỏ hơn." if upload else ""))
        length = headers.get("content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                declared = -1
            if declared > limit:
                await self._refuse(send, scope, headers, 413, "too_large", too_large_msg.strip())
                return
        state = {"received": 0, "too_large": False, "started": False}

        async def limited_receive():
            message = await receive()
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
                if state["received"] > limit:
                    state["too_large"] = True
                    raise _TooLarge()
            return message

        timeout = s.upload_timeout_s if upload else s.request_timeout_s
        scope_box: dict = {}

        async def guarded_send(message):
            if state["too_large"]:
                return  # the app's own answer to the aborted body is replaced by a 413 below
            if message["type"] == "http.response.start":
                state["started"] = True
                cs = scope_box.get("cs")
                if cs is not None:
                    cs.deadline = math.inf  # never cut a response half-way
            await send(message)

        try:
            with anyio.move_on_after(timeout) as cs:
                scope_box["cs"] = cs
                await self.app(scope, limited_receive, guarded_send)
        except _TooLarge:
            pass
        except Exception:
            if not state["too_large"]:
                raise
        if state["too_large"] and not state["started"]:
            await self._refuse(send, scope, headers, 413, "too_large", too_large_msg.strip())
        elif cs.cancelled_caught and not state["started"]:
            await self._refuse(send, scope, headers, 503, "timeout",
                               f"Yêu cầu xử lý quá thời gian cho phép ({_num(timeout)} giây); vui lòng thử lại",
                               [(b"retry-after", b"5")])


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x).replace(".", ",")


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{_num(round(n / 1024 / 1024, 1))} MB"
    if n >= 1024:
        return f"{_num(round(n / 1024, 1))} KB"
    return f"{n} byte"
