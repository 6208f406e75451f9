"""Errors the engine raises, each carrying a Vietnamese message fit for a user."""
from __future__ import annotations

from dataclasses import dataclass, field


class DungDoiTuongError(Exception):
    """Base class: every subclass has a Vietnamese ``message``."""

    message: str = "Lỗi không xác định"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class RulesError(DungDoiTuongError):
    """A file under rules/ is invalid; names the file, the line and the reason."""

    def __init__(self, file: str, line: int | None, reason: str):
        self.file, self.line, self.reason = file, line, reason
        where = f"{file}:{line}" if line else file
        self.message = f"Tệp quy tắc không hợp lệ {where}: {reason}"
        super().__init__(self.message)


@dataclass
class FieldProblem:
    """One invalid field of an input record."""

    field: str  # dotted path, e.g. "members[2].birth_date"
    label: str  # Vietnamese label of the field, e.g. "thành viên số 3 › ngày sinh"
    message: str  # Vietnamese explanation
    value: object = None
    row: int | None = None  # 1-based row in a batch file, when known

    def text(self) -> str:
        where = f"dòng {self.row}, " if self.row is not None else ""
        return f"{where}{self.label} ({self.field}): {self.message}"


@dataclass
class InputError(DungDoiTuongError):
    problems: list[FieldProblem] = field(default_factory=list)

    def __post_init__(self):
        self.message = "Dữ liệu đầu vào không hợp lệ:\n" + "\n".join("  - " + p.text() for p in self.problems)
        super().__init__(self.message)


class ReferenceDateError(DungDoiTuongError):
    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


class EngineConsistencyError(DungDoiTuongError):
    """The rules engine and the explainer disagree: a bug, never a user error."""

    def __init__(self, message: str):
        self.message = "Lỗi nội bộ (hai bộ đánh giá không khớp): " + message
        super().__init__(self.message)
