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


def serve(host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None) -> None:
    """Refuses (SettingsError, Vietnamese message) to listen beyond loopback without an access token."""
    import uvicorn

    from .app import create_app

    settings = settings or Settings.from_env()
    check_binding(host, settings)
    configure_logging()
    app = create_app(settings)
    print(f"Dịch vụ Đúng Đối Tượng đang chạy tại {url_for(host, port)} — mở địa chỉ này trong trình duyệt; "
          f"nhấn Ctrl+C để dừng.", flush=True)
    if settings.access_token:
        print("Đã bật mã truy cập: mọi yêu cầu cần 'Authorization: Bearer <mã>' hoặc đăng nhập tại /dang-nhap.", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_graceful_shutdown=5)
