"""The JSON API: /screen, /checks, /rules, /parameters, /health, /version."""
from __future__ import annotations

import datetime as dt
import functools
import urllib.parse

import anyio
from fastapi import APIRouter, File, Form, Header, Path as PathParam, Query, Request, Response, UploadFile
from fastapi.responses import FileResponse

from engine.law import rulebook
from engine.decisions.decision import Decision
from engine.errors import InputError
from engine.facts.model import IsoDate

from . import rules_view
from .db import CheckJob
from .errors import ApiError, ErrorBody, prefixed
from .checks import JOB_STATUS, job_out, start_check
from .schemas import (CheckJobOut, HealthOut, ParameterList, ParameterOut, REFERENCE_DATE_PATTERN, ReferenceDate,
                      RuleList, RuleOut, ScreenRequest, VersionOut)
from .service import RequestInputError, app_version

router = APIRouter()


def _err(description: str) -> dict:
    return {"model": ErrorBody, "description": description}


AUTH = {401: _err("Thiếu hoặc sai mã truy cập")}
TIMEOUT = {503: _err("Xử lý quá thời gian cho phép")}
TOO_LARGE = {413: _err("Dữ liệu gửi lên vượt quá dung lượng cho phép")}
INVALID = {422: _err("Dữ liệu không hợp lệ; 'problems' nêu từng trường và lý do bằng tiếng Việt")}
NOT_FOUND = {404: _err("Không tìm thấy")}
UNREADABLE = {400: _err("Không đọc được nội dung gửi lên (không phải JSON/biểu mẫu UTF-8)")}

def operator_name(raw: str | None) -> str | None:
    """X-Operator carries the operator's name, percent-encoded UTF-8 for Vietnamese letters."""
    if not raw:
        return None
    return urllib.parse.unquote(raw).strip()[:200] or None


OPERATOR_DOC = ("Người thực hiện (cán bộ, trưởng thôn) — ghi vào nhật ký kiểm tra. Tên tiếng Việt gửi dạng "
                "percent-encoded UTF-8, ví dụ Nguy%E1%BB%85n%20V%C4%83n%20A")


@router.post("/screen", response_model=Decision, tags=["Xét duyệt"], summary="Xét một hộ tại ngày tham chiếu",
             responses={**INVALID, **UNREADABLE, **TOO_LARGE, **AUTH, **TIMEOUT})
async def screen(payload: ScreenRequest, request: Request, response: Response,
                 x_operator: str | None = Header(None, description=OPERATOR_DOC)):
    """Phân loại hộ (nghèo, cận nghèo, mức sống trung bình…) và kết quả từng chương trình cho vay, kèm lý do,
    căn cứ pháp lý (điều, khoản, văn bản), số tiền còn được vay, giấy tờ cần chuẩn bị và phiên bản bộ quy tắc.
    Mỗi lần xét được ghi vào nhật ký (không ghi họ tên, CCCD trừ khi quản trị viên bật lưu)."""
    screener = request.app.state.screener
    call = functools.partial(screener.screen, payload.household, payload.date, payload.request,
                             operator_name(x_operator), "api")
    try:
        decision, record_id = await anyio.to_thread.run_sync(call, abandon_on_cancel=True)
    except RequestInputError as exc:
        raise ApiError(422, "invalid_input", "Dữ liệu đầu vào không hợp lệ",
                       problems=prefixed(exc.problems, "request", "đề nghị vay")) from None
    except InputError as exc:
        raise ApiError(422, "invalid_input", "Dữ liệu đầu vào không hợp lệ",
                       problems=prefixed(exc.problems, "household", "hộ gia đình")) from None
    response.headers["X-Screening-Id"] = str(record_id)
    return decision


screen.body_model = ScreenRequest  # Vietnamese field labels for validation errors


def _file_part(field: str, example_name: str) -> dict:
    """A multipart part's name: the server picks the reader by the file's suffix, so say what one looks like."""
    return {"headers": {"Content-Disposition": {"schema": {
        "type": "string", "example": f'form-data; name="{field}"; filename="{example_name}"'}}}}


# A job's id leads to its progress, and from there to its reports (OpenAPI links; clients and
# schemathesis's stateful phase follow them). A new job has no report yet: POST links to progress only.
JOB_LINKS = {
    "GetCheck": {"operationId": "get_check", "parameters": {"job_id": "$response.body#/id"},
                 "description": "Tiến độ công việc vừa tạo"},
    "GetCheckReport": {"operationId": "check_report",
                       "parameters": {"job_id": "$response.body#/id", "name": "$response.body#/reports/0/name"},
                       "description": "Báo cáo đầu tiên của công việc (khi đã hoàn thành)"},
}


@router.post("/checks", response_model=CheckJobOut, status_code=202, tags=["Kiểm tra hàng loạt"],
             summary="Tải lên danh sách rà soát để kiểm tra hàng loạt",
             responses={**INVALID, **UNREADABLE, **TOO_LARGE, **AUTH, **TIMEOUT},
             openapi_extra={"responses": {"202": {"links": {"GetCheck": JOB_LINKS["GetCheck"]}}},
                            "requestBody": {"content": {"multipart/form-data": {"encoding": {
                                "files": _file_part("files", "danh-sach.csv"), "loan_book": _file_part("loan_book", "so-vay.csv")}}}}})
async def create_check(request: Request, response: Response,
                       files: list[UploadFile] = File(..., min_length=1, description="Danh sách rà soát: tệp JSON (danh sách hộ) "
                                                                       "hoặc Excel/CSV/Parquet theo mẫu data/templates"),
                       date: ReferenceDate = Form(..., description="Ngày tham chiếu YYYY-MM-DD, trong phạm vi bộ quy tắc",
                                                  json_schema_extra={"format": "date", "pattern": REFERENCE_DATE_PATTERN}),
                       loan_book: list[UploadFile] = File([], description="Sổ vay (Excel/CSV/Parquet), không bắt buộc"),
                       x_operator: str | None = Header(None, description=OPERATOR_DOC)):
    """Nhận tệp, trả về mã công việc ngay; việc kiểm tra chạy nền và vẫn tiếp tục khi đóng trình duyệt.
    Theo dõi tiến độ tại `GET /checks/{id}`; báo cáo Excel, HTML và CSV tải về khi hoàn thành."""
    job = await start_check(request, files, date, operator_name(x_operator), loan_book)
    response.headers["Location"] = str(request.url_for("get_check", job_id=job.id))
    return job_out(request, job)


JOB_ID = PathParam(..., pattern=r"^[0-9a-f]{32}$", description="Mã công việc kiểm tra")


def _job_or_404(request: Request, job_id: str) -> CheckJob:
    job = request.app.state.db.job(job_id)
    if job is None:
        raise ApiError(404, "check_not_found", f"Không tìm thấy công việc kiểm tra {job_id}", field="id")
    return job


@router.get("/checks/{job_id}", response_model=CheckJobOut, tags=["Kiểm tra hàng loạt"], name="get_check",
            operation_id="get_check", summary="Tiến độ và kết quả một công việc kiểm tra",
            responses={**NOT_FOUND, **INVALID, **AUTH}, openapi_extra={"responses": {"200": {"links": JOB_LINKS}}})
async def get_check(request: Request, job_id: str = JOB_ID):
    return job_out(request, _job_or_404(request, job_id))


@router.get("/checks/{job_id}/reports/{name}", tags=["Kiểm tra hàng loạt"], name="check_report",
            operation_id="check_report", summary="Tải báo cáo (Excel, HTML, CSV)",
            responses={200: {"description": "Tệp báo cáo", "content": {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}, "text/html": {}, "text/csv": {}}},
                409: _err("Báo cáo chưa sẵn sàng"), **NOT_FOUND, **INVALID, **AUTH})
async def check_report(request: Request, job_id: str = JOB_ID,
                       name: str = PathParam(..., pattern=r"^[a-z0-9-]+\.(xlsx|html|csv)$", description="Tên báo cáo")):
    job = _job_or_404(request, job_id)
    if job.status != "done":
        raise ApiError(409, "not_ready", f"Báo cáo chưa sẵn sàng: công việc đang ở trạng thái '{JOB_STATUS.get(job.status)}'")
    known = {r["name"]: r for r in job.reports or []}
    if name not in known:
        raise ApiError(404, "report_not_found", f"Công việc không có báo cáo '{name}'", field="name")
    path = request.app.state.jobs.job_dir(job_id) / "reports" / name
    if not path.is_file():
        raise ApiError(404, "report_not_found", f"Tệp báo cáo '{name}' không còn trên máy chủ", field="name")
    return FileResponse(path, media_type=known[name]["media_type"], filename=f"{job_id[:8]}-{name}")


@router.get("/rules", response_model=RuleList, tags=["Quy tắc"], summary="Mọi quy tắc kèm căn cứ, ngày hiệu lực, mức tin cậy",
            responses=AUTH)
async def list_rules():
    book = rulebook.default()
    return {"ruleset_version": book.version, "rules": [rules_view.rule_out(book, r) for r in book.rules]}


@router.get("/rules/{rule_id}", response_model=RuleOut, tags=["Quy tắc"], summary="Một quy tắc",
            responses={**NOT_FOUND, **AUTH})
async def get_rule(rule_id: str = PathParam(..., description="Mã quy tắc, ví dụ poverty.nd07.poor")):
    book = rulebook.default()
    try:
        rule = book.rule(rule_id)
    except KeyError:
        raise ApiError(404, "rule_not_found", f"Không có quy tắc '{rule_id}' trong bộ quy tắc {book.version}", field="rule_id") from None
    return rules_view.rule_out(book, rule)


@router.get("/parameters", response_model=ParameterList, tags=["Quy tắc"], summary="Danh sách tham số", responses=AUTH)
async def list_parameters():
    book = rulebook.default()
    return {"ruleset_version": book.version,
            "parameters": [{"id": p.name, "label": p.label, "unit_label": rules_view.UNITS.get(p.unit, p.unit)}
                           for p in book.parameters.values()]}


@router.get("/parameters/{param_id}", response_model=ParameterOut, tags=["Quy tắc"],
            summary="Một tham số: mọi giá trị theo ngày hiệu lực, và giá trị tại ngày được hỏi",
            responses={**NOT_FOUND, **INVALID, **AUTH})
async def get_parameter(param_id: str = PathParam(..., description="Mã tham số, ví dụ poverty.income_line.rural"),
                        date: IsoDate | None = Query(None, description="Ngày tham chiếu YYYY-MM-DD")):
    book = rulebook.default()
    param = book.parameters.get(param_id)
    if param is None:
        raise ApiError(404, "parameter_not_found", f"Không có tham số '{param_id}' trong bộ quy tắc {book.version}",
                       field="param_id")
    return rules_view.parameter_out(book, param, date, public=True)


@router.get("/health", response_model=HealthOut, tags=["Hệ thống"], summary="Tình trạng dịch vụ",
            responses={503: _err("Cơ sở dữ liệu không truy cập được")})
async def health(request: Request):
    try:
        await anyio.to_thread.run_sync(request.app.state.db.ping)
    except Exception:
        raise ApiError(503, "database_unavailable", "Không kết nối được cơ sở dữ liệu nhật ký") from None
    return {}


@router.get("/version", response_model=VersionOut, tags=["Hệ thống"], summary="Phiên bản phần mềm và bộ quy tắc",
            responses=AUTH)
async def version():
    book = rulebook.default()
    return {"app_version": app_version(), "ruleset_name": book.name, "ruleset_version": book.version,
            "coverage_from": book.coverage[0], "coverage_to": book.coverage[1]}
