"""``create_app(settings)``: the FastAPI application (JSON API + Vietnamese web pages)."""
from __future__ import annotations

import contextlib
import logging

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from engine.law import rulebook

from . import errors, review_book, routes, templating, web
from .db import Database
from .guard import Guard
from .jobs import CheckRunner, JobManager, run_check
from .service import Screener, app_version
from .settings import Settings

log = logging.getLogger("dungdoituong.api")

DESCRIPTION = """
API kiểm tra đúng đối tượng vay vốn Ngân hàng Chính sách xã hội (NHCSXH).

* `POST /screen` — xét một hộ tại ngày tham chiếu: phân loại (nghèo, cận nghèo, mức sống trung bình…), kết quả
  từng chương trình cho vay, lý do kèm điều, khoản, văn bản, số tiền còn được vay, giấy tờ cần chuẩn bị.
* `POST /checks` — tải lên danh sách rà soát, nhận mã công việc; `GET /checks/{id}` theo dõi tiến độ và tải báo cáo.
* `GET /rules`, `GET /parameters/{id}?date=` — quy tắc và tham số kèm căn cứ, ngày hiệu lực, mức tin cậy
  (U = căn cứ chưa xác minh).

Mọi lỗi trả về cùng một dạng `{"error": {"code", "message", "field", "problems"}}` với thông báo tiếng Việt.
Khi dịch vụ cấu hình mã truy cập, gửi `Authorization: Bearer <mã>`.
Kết quả không phải ý kiến pháp lý: hãy đối chiếu văn bản gốc trước khi sử dụng chính thức.
"""


def create_app(settings: Settings | None = None, runner: CheckRunner = run_check) -> FastAPI:
    settings = settings or Settings.from_env()
    rulebook.default()  # load and validate rules/ now: a broken rule file stops start-up, not a request
    db = Database(settings.db_url)
    jobs = JobManager(db, settings.jobs_dir, runner)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        jobs.start()
        try:
            yield
        finally:
            jobs.stop()
            db.dispose()

    app = FastAPI(title="Đúng Đối Tượng — API kiểm tra đối tượng vay vốn NHCSXH", version=app_version(),
                  description=DESCRIPTION, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_tags=[{"name": "Xét duyệt", "description": "Xét một hộ gia đình"},
                                {"name": "Kiểm tra hàng loạt", "description": "Kiểm tra danh sách rà soát, chạy nền"},
                                {"name": "Quy tắc", "description": "Quy tắc và tham số kèm căn cứ pháp lý"},
                                {"name": "Hệ thống", "description": "Tình trạng và phiên bản"}])
    app.state.settings = settings
    app.state.db = db
    app.state.jobs = jobs
    app.state.screener = Screener(settings, db)
    errors.install(app)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        if "text/html" in request.headers.get("accept", "") and exc.status_code in (404, 405):
            code, message = errors.STATUS_CODES[exc.status_code]
            return templating.render(request, "error.html", status=exc.status_code, message=message)
        return await errors.http_exception(request, exc)

    app.include_router(routes.router)
    app.include_router(web.router)
    app.include_router(review_book.router)  # the policy review book (engine/review)
    app.mount("/static", StaticFiles(directory=web.HERE / "static"), name="static")
    app.add_middleware(Guard, settings=settings, html_page=templating.error_page)
    return app
