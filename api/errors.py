"""One error shape for every failure: {"error": {"code", "message", "field", "problems"}} in Vietnamese.

Never a stack trace: unexpected exceptions are logged by type and traceback (no values, no personal
data) and answered with a generic Vietnamese message.
"""
from __future__ import annotations

import logging
import re
import traceback
import typing
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from pydantic_core.core_schema import ErrorType
from starlette.exceptions import HTTPException as StarletteHTTPException

from engine.facts import validation
from engine.facts.columns import PERSONAL_FIELDS
from engine.errors import DungDoiTuongError, FieldProblem, InputError, ReferenceDateError

log = logging.getLogger("dungdoituong.api")


class Problem(BaseModel):
    field: str = Field(description="Đường dẫn trường, ví dụ household.members[0].birth_date")
    label: str = Field(description="Tên trường bằng tiếng Việt")
    message: str = Field(description="Lý do bằng tiếng Việt")
    value: Any = Field(None, description="Giá trị đã nhận (nếu có)")
    row: int | None = Field(None, description="Số dòng trong tệp (nếu có)")


class ErrorDetail(BaseModel):
    code: str = Field(description="Mã lỗi cố định, để máy đọc")
    message: str = Field(description="Thông báo bằng tiếng Việt")
    field: str | None = Field(None, description="Trường gây lỗi đầu tiên (nếu có)")
    problems: list[Problem] = Field(default_factory=list)


class ErrorBody(BaseModel):
    error: ErrorDetail

    model_config = {"json_schema_extra": {"examples": [{"error": {
        "code": "invalid_input", "message": "Dữ liệu đầu vào không hợp lệ",
        "field": "household.members[0].birth_date",
        "problems": [{"field": "household.members[0].birth_date", "label": "hộ gia đình › thành viên số 1 › ngày sinh",
                      "message": "ngày phải theo dạng YYYY-MM-DD (ví dụ 2025-12-14), nhận được '14/12/2025'",
                      "value": "14/12/2025", "row": None}]}}]}}


class ApiError(Exception):
    """An error answered in the common shape."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None,
                 problems: list[FieldProblem] | None = None, headers: dict | None = None):
        self.status, self.code, self.message, self.field = status, code, message, field
        self.problems = problems or []
        self.headers = headers
        super().__init__(message)


STATUS_CODES = {
    400: ("bad_request", "Yêu cầu không hợp lệ"),
    401: ("unauthorized", "Thiếu hoặc sai mã truy cập. Gửi mã trong tiêu đề 'Authorization: Bearer <mã>'"),
    403: ("forbidden", "Không có quyền truy cập"),
    404: ("not_found", "Không tìm thấy địa chỉ hoặc tài nguyên được yêu cầu"),
    405: ("method_not_allowed", "Phương thức HTTP không được hỗ trợ tại địa chỉ này"),
    406: ("not_acceptable", "Không thể trả về định dạng được yêu cầu"),
    413: ("too_large", "Dữ liệu gửi lên vượt quá dung lượng cho phép"),
    415: ("unsupported_media_type", "Kiểu dữ liệu gửi lên không được hỗ trợ"),
    422: ("invalid_input", "Dữ liệu đầu vào không hợp lệ"),
    429: ("too_many_requests", "Quá nhiều yêu cầu, vui lòng thử lại sau"),
    500: ("internal", "Lỗi nội bộ của hệ thống; yêu cầu không được xử lý. Vui lòng báo cho quản trị viên"),
    503: ("timeout", "Yêu cầu xử lý quá thời gian cho phép; vui lòng thử lại"),
}


# pydantic's own error types: worded by the engine when it knows them, never shown in English.
_PYDANTIC_TYPES = set(typing.get_args(ErrorType))
_ENGINE_WORDED = set(validation.MESSAGES) | {"enum", "literal_error", "greater_than_equal", "less_than_equal"}


def clean_message(message: str, value) -> str:
    """Fill a placeholder the engine's message template left unformatted (pydantic has no ``!r``)."""
    if "{v!r}" in message:
        message = message.replace("{v!r}", repr(value))
    return message


def _personal(field: str) -> bool:
    """``household.members[0].cccd`` → True: the last name of the path is a name or CCCD field."""
    return re.split(r"[.\[\]]+", field.strip(".[]"))[-1] in PERSONAL_FIELDS if field else False


def problem_dict(p: FieldProblem) -> dict:
    value = p.value
    if _personal(p.field):  # the answer may be logged by a proxy or pasted into a ticket
        return {"field": p.field, "label": p.label, "message": clean_message(p.message, "[giá trị ẩn]"),
                "value": None, "row": p.row}
    if not isinstance(value, (str, int, float, bool, type(None))):
        value = str(value)
    return {"field": p.field, "label": p.label, "message": clean_message(p.message, value), "value": value, "row": p.row}


def body(code: str, message: str, field: str | None = None, problems: list[FieldProblem] | None = None) -> dict:
    problems = problems or []
    if field is None and problems:
        field = problems[0].field
    return {"error": {"code": code, "message": message, "field": field,
                      "problems": [problem_dict(p) for p in problems]}}


def error_response(status: int, code: str | None = None, message: str | None = None, field: str | None = None,
                   problems: list[FieldProblem] | None = None, headers: dict | None = None) -> JSONResponse:
    dcode, dmsg = STATUS_CODES.get(status, ("error", "Lỗi"))
    return JSONResponse(body(code or dcode, message or dmsg, field, problems), status_code=status, headers=headers)


def prefixed(problems: list[FieldProblem], field_prefix: str, label_prefix: str) -> list[FieldProblem]:
    """Problems of a nested object, re-rooted under the request's field (e.g. ``household``)."""
    out = []
    for p in problems:
        field = p.field if p.field != "(gốc)" else ""
        field = f"{field_prefix}.{field}" if field and not field.startswith("[") else f"{field_prefix}{field}"
        out.append(FieldProblem(field, f"{label_prefix} › {p.label}", p.message, p.value, p.row))
    return out


def problems_from_request_errors(errors, model: type[BaseModel] | None) -> list[FieldProblem]:
    """FastAPI's validation errors, worded in Vietnamese with the engine's own messages and labels."""
    out = []
    for err in errors:
        loc = tuple(err.get("loc") or ())
        where = loc[0] if loc else "body"
        inner = loc[1:] if where in ("body", "query", "path", "header", "cookie") else loc
        field = ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in inner).replace(".[", "[") or "(gốc)"
        if where == "body" and model is not None:
            label = validation.label_path(inner, model)
        else:
            label = {"query": "tham số truy vấn", "path": "đường dẫn", "header": "tiêu đề"}.get(where, "dữ liệu") + \
                (f" '{inner[-1]}'" if inner else "")
        etype = err.get("type", "")
        if etype == "json_invalid":
            field, label = "(gốc)", "nội dung gửi lên"
            message = "nội dung gửi lên không phải JSON hợp lệ"
        elif etype.startswith(("date_", "datetime_")):
            message = "ngày phải theo dạng YYYY-MM-DD (ví dụ 2025-12-14)"
        elif etype in _PYDANTIC_TYPES and etype not in _ENGINE_WORDED:
            message = f"giá trị không hợp lệ ({etype})"
        else:
            message = validation.message_for(err)
        value = err.get("input") if err.get("type") != "missing" else None
        if isinstance(value, (dict, list)):
            value = None  # the whole object: not worth echoing back
        out.append(FieldProblem(field, label, message, value))
    return out


async def http_exception(request: Request, exc: StarletteHTTPException):
    code, message = STATUS_CODES.get(exc.status_code, ("error", str(exc.detail)))
    if isinstance(exc.detail, str) and exc.status_code not in STATUS_CODES:
        message = exc.detail
    if exc.status_code == 400 and "parsing the body" in str(exc.detail):
        code, message = "unreadable_body", ("Không đọc được nội dung gửi lên: cần JSON (hoặc biểu mẫu) mã hoá UTF-8 "
                                            "đúng với tiêu đề Content-Type")
    return error_response(exc.status_code, code, message, headers=getattr(exc, "headers", None))


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.field, exc.problems, exc.headers)

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError):
        return error_response(422, "invalid_input", STATUS_CODES[422][1], problems=exc.problems)

    @app.exception_handler(ReferenceDateError)
    async def _date_error(request: Request, exc: ReferenceDateError):
        return error_response(422, "invalid_reference_date", exc.message, field="date",
                              problems=[FieldProblem("date", "ngày tham chiếu", exc.message)])

    @app.exception_handler(DungDoiTuongError)
    async def _engine_error(request: Request, exc: DungDoiTuongError):
        log.error("lỗi engine %s tại %s", type(exc).__name__, request.url.path)
        return error_response(500)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        route = request.scope.get("route")
        model = getattr(getattr(route, "endpoint", None), "body_model", None)
        problems = problems_from_request_errors(exc.errors(), model)
        return error_response(422, "invalid_input", STATUS_CODES[422][1], problems=problems)

    app.add_exception_handler(StarletteHTTPException, http_exception)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        # Type and frames only: an exception's message may quote input values.
        frames = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(exc.__traceback__))
        log.error("lỗi không lường trước %s tại %s\n%s", type(exc).__name__, request.url.path, frames)
        return error_response(500)
