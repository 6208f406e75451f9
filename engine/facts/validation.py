"""Turns raw input into a validated Household, with Vietnamese messages naming each bad field."""
from __future__ import annotations

import datetime as dt
import json

from pydantic import BaseModel, ValidationError

from engine.errors import FieldProblem, InputError, ReferenceDateError
from engine.facts.model import Household

# Vietnamese wording of pydantic error types (the API words the same types the same way).
MESSAGES = {
    "missing": "thiếu trường bắt buộc",
    "extra_forbidden": "trường không có trong mẫu dữ liệu (kiểm tra chính tả tên trường)",
    "int_type": "phải là số nguyên",
    "int_parsing": "phải là số nguyên",
    "int_from_float": "phải là số nguyên (không có phần thập phân)",
    "float_type": "phải là số",
    "float_parsing": "phải là số",
    "bool_type": "phải là true hoặc false",
    "bool_parsing": "phải là true hoặc false",
    "string_type": "phải là chuỗi ký tự",
    "list_type": "phải là danh sách",
    "dict_type": "phải là một bảng (đối tượng JSON)",
    "model_type": "phải là một bảng (đối tượng JSON)",
    "too_short": "không được để trống",
    "string_too_short": "không được để trống",
    "string_too_long": "quá dài",
    "too_long": "quá nhiều phần tử",
    "string_pattern_mismatch": "sai định dạng",
    "json_invalid": "không phải JSON hợp lệ",
}


def label_path(loc: tuple, model: type[BaseModel]) -> str:
    parts: list[str] = []
    current = model
    for item in loc:
        if isinstance(item, int):
            if parts:
                parts[-1] = f"{parts[-1]} số {item + 1}"
            continue
        field = current.model_fields.get(item) if current and hasattr(current, "model_fields") else None
        if field is None:
            parts.append(str(item))
            current = None
            continue
        parts.append(field.title or str(item))
        current = _inner_model(field.annotation)
    return " › ".join(parts) or "bản ghi"


def _inner_model(annotation):
    import typing

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def message_for(err: dict) -> str:
    etype = err["type"]
    ctx = err.get("ctx") or {}
    if etype in ("enum", "literal_error"):
        expected = str(ctx.get("expected", "")).replace(" or ", " hoặc ")
        return f"giá trị {err.get('input')!r} không hợp lệ; chấp nhận: {expected}"
    if etype in ("int_type", "bool_type", "float_type"):
        given = err.get("input")
        kind = {"int_type": "phải là số nguyên", "bool_type": "phải là true hoặc false", "float_type": "phải là số"}[etype]
        if isinstance(given, bool):
            return f"{kind} (không phải giá trị đúng/sai)"
        if isinstance(given, float):
            return f"{kind} (không có phần thập phân)"
        if isinstance(given, str):
            return f"{kind}, không phải chuỗi ký tự {given!r} (không tự chuyển đổi)"
        return kind
    if etype == "greater_than_equal":
        return f"phải lớn hơn hoặc bằng {ctx.get('ge')}, nhận được {err.get('input')!r}"
    if etype == "less_than_equal":
        return f"phải nhỏ hơn hoặc bằng {ctx.get('le')}, nhận được {err.get('input')!r}"
    if etype == "string_pattern_mismatch" and err["loc"] and err["loc"][-1] == "cccd":
        return "số CCCD phải gồm đúng 12 chữ số"
    if etype in MESSAGES:
        return MESSAGES[etype]
    # Our own validators raise PydanticCustomError with a Vietnamese message already.
    return err["msg"]


def problems_from(exc: ValidationError, model: type[BaseModel] = Household, row: int | None = None) -> list[FieldProblem]:
    out = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        field = ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in loc).replace(".[", "[")
        value = err.get("input") if err["type"] != "missing" else None
        out.append(FieldProblem(field or "(gốc)", label_path(loc, model), message_for(err), value, row))
    return out


def _json_object(data, what: str) -> dict:
    """Dict from a dict, JSON text or bytes; InputError in Vietnamese otherwise."""
    if isinstance(data, (str, bytes, bytearray)):
        try:
            data = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError([FieldProblem("(gốc)", "tệp JSON", f"không phải JSON hợp lệ ({exc})")]) from None
    if not isinstance(data, dict):
        raise InputError([FieldProblem("(gốc)", what, "phải là một đối tượng JSON { ... }")])
    return data


def parse_household(data) -> Household:
    """Validate a dict, JSON text or bytes into a Household; raise InputError in Vietnamese."""
    data = _json_object(data, "hộ gia đình")
    try:
        return Household.model_validate(data)
    except ValidationError as exc:
        raise InputError(problems_from(exc)) from None


def check_reference_date(day, coverage: tuple[dt.date, dt.date]) -> dt.date:
    if isinstance(day, str):
        try:
            day = dt.date.fromisoformat(day)
        except ValueError:
            raise ReferenceDateError(f"Ngày tham chiếu '{day}' không hợp lệ; dùng dạng YYYY-MM-DD") from None
    first, last = coverage
    if not first <= day <= last:
        raise ReferenceDateError(
            f"Ngày tham chiếu {day.strftime('%d/%m/%Y')} nằm ngoài phạm vi bộ quy tắc "
            f"({first.strftime('%d/%m/%Y')}–{last.strftime('%d/%m/%Y')})")
    return day


def check_against_date(household: Household, day: dt.date) -> None:
    """Facts that cannot be true on the reference date: a member born after it."""
    problems = []
    for i, m in enumerate(household.members):
        if m.birth_date > day:
            problems.append(FieldProblem(f"members[{i}].birth_date", f"thành viên số {i + 1} › ngày sinh",
                                         f"ngày sinh {m.birth_date.strftime('%d/%m/%Y')} sau ngày tham chiếu {day.strftime('%d/%m/%Y')}",
                                         m.birth_date.isoformat()))
    if problems:
        raise InputError(problems)


def parse_application(data):
    """An Application, from {"household": ..., ...} or from a bare household object."""
    from engine.facts.model import Application

    data = _json_object(data, "hồ sơ")
    if "household" not in data:
        data = {"household": data}
    try:
        return Application.model_validate(data)
    except ValidationError as exc:
        raise InputError(problems_from(exc, Application)) from None
