"""Run the service with uvicorn: ``dungdoituong serve`` and ``make run``."""
from __future__ import annotations

import logging
import sys

from .settings import Settings, check_binding


def configure_logging() -> None:
    logger = logging.getLogger("dungdoituong")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


def url_for(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def worker_app():
    """The application of one worker process of ``serve --workers N`` (settings from the environment)."""
    from .app import create_app

    configure_logging()
    return create_app(Settings.from_env())


def serve(host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None, workers: int = 1) -> None:
    """Refuses (SettingsError, Vietnamese message) to listen beyond loopback without an access token.

    ``workers`` > 1 starts that many processes on the same port (each with its own engine; the audit
    trail and the check jobs are shared through the data folder): settings then come from the
    environment in every process."""
    import uvicorn

    from .app import create_app

    if workers > 1 and settings is not None:
        raise ValueError("serve(workers > 1) reads its settings from the environment in every worker")
    settings = settings or Settings.from_env()
    check_binding(host, settings)
    configure_logging()
    if workers > 1:
        _banner(host, port, settings)
        uvicorn.run("api.server:worker_app", factory=True, workers=workers, host=host, port=port,
                    log_level="info", access_log=False, timeout_graceful_shutdown=5)
        return
    app = create_app(settings)
    _banner(host, port, settings)
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False, timeout_graceful_shutdown=5)


def _banner(host: str, port: int, settings: Settings) -> None:
    print(f"Dịch vụ Đúng Đối Tượng đang chạy tại {url_for(host, port)} — mở địa chỉ này trong trình duyệt; "
          f"nhấn Ctrl+C để dừng.", flush=True)
    if settings.access_token:
        print("Đã bật mã truy cập: mọi yêu cầu cần 'Authorization: Bearer <mã>' hoặc đăng nhập tại /dang-nhap.", flush=True)
