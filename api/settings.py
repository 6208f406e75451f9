"""Service settings: defaults embedded, every one overridable by a DDT_* environment variable."""
from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

TRUE_WORDS = {"1", "true", "yes", "on", "có"}


def _flag(value: str | None, default: bool) -> bool:
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in TRUE_WORDS


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path("var")
    """Folder for the SQLite database and batch-check uploads and reports."""
    database_url: str | None = None
    """Any SQLAlchemy URL; default: SQLite in ``data_dir``."""
    access_token: str | None = None
    """When set, every request (but /health and /static) must carry it."""
    store_personal_data: bool = False
    """Store members' names and CCCD numbers in the audit trail (off by default)."""
    max_body_bytes: int = 1 * 1024 * 1024
    """Largest JSON / form body for ordinary requests."""
    max_upload_bytes: int = 50 * 1024 * 1024
    """Largest upload for a batch check (all files together)."""
    request_timeout_s: float = 30.0
    upload_timeout_s: float = 600.0
    operator_header: str = "X-Operator"
    extra: dict = field(default_factory=dict)

    def __post_init__(self):
        object.__setattr__(self, "data_dir", Path(self.data_dir))

    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'dungdoituong.sqlite3').resolve()}"

    @property
    def jobs_dir(self) -> Path:
        return self.data_dir / "checks"

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    @classmethod
    def from_env(cls, env: dict | None = None, **overrides) -> "Settings":
        env = os.environ if env is None else env
        kw: dict = {}
        if env.get("DDT_DATA_DIR"):
            kw["data_dir"] = Path(env["DDT_DATA_DIR"])
        if env.get("DDT_DATABASE_URL"):
            kw["database_url"] = env["DDT_DATABASE_URL"]
        if env.get("DDT_ACCESS_TOKEN"):
            kw["access_token"] = env["DDT_ACCESS_TOKEN"]
        kw["store_personal_data"] = _flag(env.get("DDT_STORE_PERSONAL_DATA"), False)
        for key, name, conv in (("max_body_bytes", "DDT_MAX_BODY_BYTES", int),
                                ("max_upload_bytes", "DDT_MAX_UPLOAD_BYTES", int),
                                ("request_timeout_s", "DDT_REQUEST_TIMEOUT", float),
                                ("upload_timeout_s", "DDT_UPLOAD_TIMEOUT", float)):
            if env.get(name):
                try:
                    kw[key] = conv(env[name])
                except ValueError:
                    raise SettingsError(f"Biến môi trường {name}={env[name]!r} không hợp lệ: cần một số") from None
        kw.update(overrides)
        return cls(**kw)


class SettingsError(Exception):
    """A setting that prevents the service from starting; the message is Vietnamese."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_binding(host: str, settings: Settings) -> None:
    """Refuse to listen beyond this machine without an access token."""
    if not is_loopback(host) and not settings.access_token:
        raise SettingsError(
            f"Từ chối khởi động: địa chỉ {host} cho phép máy khác truy cập nhưng chưa cấu hình mã truy cập. "
            "Đặt biến môi trường DDT_ACCESS_TOKEN (một chuỗi bí mật dài) hoặc chỉ phục vụ trên 127.0.0.1.")
