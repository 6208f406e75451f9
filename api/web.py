"""Server-rendered Vietnamese web pages: screening form and result, batch upload and progress, rules.

No JavaScript is required (adding or removing a member is a form button handled here), no external
resource is loaded: the pages work offline and print cleanly.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import urllib.parse

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData, UploadFile

from engine.decisions import fmt
from engine.law import rulebook
from engine.facts import validation
from engine.errors import DungDoiTuongError, FieldProblem, InputError, ReferenceDateError

from . import rules_view
from .errors import ApiError, clean_message, prefixed
from .guard import TOKEN_COOKIE, token_ok
from .jobs import supported_suffixes
from .templating import HERE, render
from .checks import JOB_STATUS, job_out, start_check
from .service import RequestInputError

router = APIRouter(include_in_schema=False)
OPERATOR_COOKIE = "ddt_operator"
MEMBER_KEY = re.compile(r"^members\[(\d+)\]\.(\w+)$")
MEMBER_FIELDS = ("full_name", "birth_date", "relation", "cccd", "education_level", "in_training", "school_attendance",
                 "health_insurance", "employment", "disability", "monthly_social_allowance", "nutrition")
BOOL_MEMBER = {"in_training", "health_insurance", "disability", "monthly_social_allowance"}
MAX_MEMBERS = 60


def default_date(book) -> dt.date:
    today = dt.date.today()
    first, last = book.coverage
    return min(max(today, first), last)


def blank_member(relation: str = "child") -> dict:
    return {"relation": relation}


def default_form(book) -> dict:
    return {"household_id": "", "date": default_date(book).isoformat(), "residence.area": "rural",
            "members": [blank_member("head")]}


def form_state(form: FormData) -> dict:
    """The submitted form as a flat dict plus an ordered list of member dicts (for re-rendering)."""
    state: dict = {"members": []}
    members: dict[int, dict] = {}
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            continue
        m = MEMBER_KEY.match(key)
        if m:
            members.setdefault(int(m.group(1)), {})[m.group(2)] = value
        elif key == "information_assets":
            state.setdefault("information_assets", []).append(value)
        else:
            state[key] = value
    state["members"] = [members[i] for i in sorted(members)][:MAX_MEMBERS]
    return state


def _text(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _bool(value):
    v = _text(value)
    return None if v is None else {"true": True, "false": False}.get(v, v)


def _int(value):
    v = _text(value)
    if v is None:
        return None
    compact = re.sub(r"[\s.,]", "", v) if re.fullmatch(r"\d{1,3}([.,\s]\d{3})+|\d+", v) else v
    try:
        return int(compact)
    except ValueError:
        return v  # the engine names the field and says it must be a whole number


def _float(value):
    v = _text(value)
    if v is None:
        return None
    try:
        return float(v.replace(",", "."))
    except ValueError:
        return v


def household_from_state(state: dict) -> dict:
    """Build the engine's household dict; empty inputs are left out (unknown), never zero."""
    def put(target: dict, key: str, value):
        if value is not None:
            target[key] = value

    h: dict = {}
    put(h, "household_id", _text(state.get("household_id")) or "HO-WEB")
    res: dict = {}
    for key in ("province_code", "province_name", "commune_code", "commune_name", "village_name", "area"):
        put(res, key, _text(state.get(f"residence.{key}")))
    h["residence"] = res
    members = []
    for m in state.get("members", []):
        out: dict = {}
        for key in MEMBER_FIELDS:
            raw = m.get(key)
            put(out, key, _bool(raw) if key in BOOL_MEMBER else _text(raw))
        members.append(out)
    h["members"] = members
    housing: dict = {}
    put(housing, "living_area_m2", _float(state.get("housing.living_area_m2")))
    for key in ("wall", "column", "roof"):
        put(housing, key, _text(state.get(f"housing.{key}")))
    if housing:
        h["housing"] = housing
    for key in ("water_source", "latrine"):
        put(h, key, _text(state.get(key)))
    for key in ("internet_use", "loudspeaker_reach"):
        put(h, key, _bool(state.get(key)))
    if state.get("assets_known") == "1":
        h["information_assets"] = [a for a in state.get("information_assets", []) if a]
    put(h, "income_pc_month", _int(state.get("income_pc_month")))
    status = _text(state.get("status_history[0].status"))
    sdate = _text(state.get("status_history[0].decision_date"))
    if status or sdate:
        entry: dict = {}
        put(entry, "status", status)
        put(entry, "decision_date", sdate)
        put(entry, "decision_number", _text(state.get("status_history[0].decision_number")))
        h["status_history"] = [entry]
    return h


LENDING_FIELDS = ("representative_full_capacity", "resides_in_lending_commune", "savings_group_member",
                  "selected_at_group_meeting", "commune_certified")


def request_from_state(state: dict) -> dict:
    """The loan request part of the form (the engine's Application without its household)."""
    req: dict = {}
    program = _text(state.get("request.programs"))
    if program:
        req["programs"] = [program]
    amount = _int(state.get("request.requested_amount"))
    if amount is not None:
        req["requested_amount"] = amount
    purpose = _text(state.get("request.purpose"))
    if purpose:
        req["purpose"] = purpose
    loan_program = _text(state.get("request.existing_loans[0].program"))
    loan_outstanding = _int(state.get("request.existing_loans[0].outstanding"))
    if loan_program or loan_outstanding is not None:
        loan = {"program": loan_program, "outstanding": loan_outstanding}
        req["existing_loans"] = [{k: v for k, v in loan.items() if v is not None}]
    lending = {k: _bool(state.get(f"request.lending.{k}")) for k in LENDING_FIELDS}
    lending = {k: v for k, v in lending.items() if v is not None}
    if lending:
        req["lending"] = lending
    works = {k: _bool(state.get(f"request.water_sanitation.{k}"))
             for k in ("water_works_missing_or_damaged", "latrine_missing_or_damaged")}
    works = {k: v for k, v in works.items() if v is not None}
    if works:
        req["water_sanitation"] = works
    return req


def program_choices(book) -> dict[str, str]:
    return {f.program: f.title for f in book.families.values() if getattr(f, "resolution", None) == "eligibility"}


def _operator(request: Request, state: dict | None = None) -> str | None:
    if state and _text(state.get("operator")):
        return _text(state["operator"])[:200]
    raw = request.cookies.get(OPERATOR_COOKIE)
    return urllib.parse.unquote(raw)[:200] if raw else None


def _remember_operator(response: Response, operator: str | None) -> None:
    if operator:
        response.set_cookie(OPERATOR_COOKIE, urllib.parse.quote(operator), max_age=180 * 86400, httponly=True,
                            samesite="strict")


def _form_page(request: Request, state: dict, problems: list[FieldProblem] | None = None, status: int = 200):
    book = rulebook.default()
    problems = [FieldProblem(p.field, p.label, clean_message(p.message, p.value), p.value, p.row) for p in problems or []]
    errors: dict[str, list[str]] = {}
    for p in problems:
        errors.setdefault(p.field, []).append(p.message)
    return render(request, "form.html", status=status, state=state, problems=problems, errors=errors, book=book,
                  max_members=MAX_MEMBERS, operator=state.get("operator") or _operator(request) or "",
                  programs=program_choices(book), has_sample=SAMPLE_HOUSEHOLD.is_file())


SAMPLE_HOUSEHOLD = HERE.parent / "data" / "sample" / "one-household.json"


def _bool_text(value) -> str:
    return "" if value is None else ("true" if value else "false")


def state_from_household(h: dict, day: str) -> dict:
    """The form's state for a household dict (the fields the form has; the inverse of household_from_state)."""
    state: dict = {"household_id": h.get("household_id", ""), "date": day}
    for key, value in (h.get("residence") or {}).items():
        state[f"residence.{key}"] = value
    if h.get("income_pc_month") is not None:
        state["income_pc_month"] = fmt.number(h["income_pc_month"])
    for key, value in (h.get("housing") or {}).items():
        state[f"housing.{key}"] = str(value).replace(".", ",") if isinstance(value, float) else str(value)
    for key in ("water_source", "latrine"):
        if h.get(key):
            state[key] = h[key]
    for key in ("internet_use", "loudspeaker_reach"):
        state[key] = _bool_text(h.get(key))
    if h.get("information_assets") is not None:
        state["assets_known"] = "1"
        state["information_assets"] = list(h["information_assets"])
    history = sorted(h.get("status_history") or [], key=lambda e: e.get("decision_date", ""))
    if history:
        for key, value in history[-1].items():
            state[f"status_history[0].{key}"] = value
    state["members"] = [{k: (_bool_text(v) if k in BOOL_MEMBER else v) for k, v in m.items() if k in MEMBER_FIELDS}
                        for m in h.get("members") or []][:MAX_MEMBERS] or [blank_member("head")]
    return state


@router.get("/", response_class=HTMLResponse)
async def form_page(request: Request, mau: int = 0):
    book = rulebook.default()
    state = default_form(book)
    if mau and SAMPLE_HOUSEHOLD.is_file():
        import json

        state = state_from_household(json.loads(SAMPLE_HOUSEHOLD.read_text(encoding="utf-8")), state["date"])
    return _form_page(request, state)


@router.post("/xet", response_class=HTMLResponse)
async def submit_form(request: Request):
    form = await request.form()
    state = form_state(form)
    action = str(form.get("action") or "screen")
    if action == "add_member":
        if len(state["members"]) < MAX_MEMBERS:
            state["members"].append(blank_member())
        return _form_page(request, state)
    if action.startswith("remove_member:"):
        try:
            index = int(action.split(":", 1)[1])
        except ValueError:
            index = -1
        if 0 <= index < len(state["members"]) and len(state["members"]) > 1:
            del state["members"][index]
        return _form_page(request, state)
    raw = household_from_state(state)
    operator = _operator(request, state)
    try:
        household = validation.parse_household(raw)
        day = _text(state.get("date"))
        if day is None:
            raise ReferenceDateError("Chưa nhập ngày tham chiếu")
        call = functools.partial(request.app.state.screener.screen, household, day, request_from_state(state) or None,
                                 operator, "web")
        decision, record_id = await anyio.to_thread.run_sync(call, abandon_on_cancel=True)
    except RequestInputError as exc:
        return _form_page(request, state, prefixed(exc.problems, "request", "đề nghị vay"), status=422)
    except InputError as exc:
        return _form_page(request, state, exc.problems, status=422)
    except ReferenceDateError as exc:
        return _form_page(request, state, [FieldProblem("date", "ngày tham chiếu", exc.message)], status=422)
    response = render(request, "result.html", d=decision, record_id=record_id, operator=operator,
                      now=dt.datetime.now().strftime("%H:%M %d/%m/%Y"),
                      member_count=len(household.members))
    _remember_operator(response, operator)
    return response


@router.get("/kiem-tra", response_class=HTMLResponse)
async def upload_page(request: Request):
    book = rulebook.default()
    return render(request, "upload.html", date=default_date(book).isoformat(), suffixes=supported_suffixes(),
                  loan_suffixes=supported_suffixes(loans=True), operator=_operator(request) or "", error=None)


@router.post("/kiem-tra")
async def upload_submit(request: Request):
    form = await request.form()
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
    loans = [f for f in form.getlist("loan_book") if isinstance(f, UploadFile)]
    day_raw = _text(form.get("date")) or ""
    operator = _text(form.get("operator"))
    try:
        try:
            day = dt.date.fromisoformat(day_raw)
        except ValueError:
            raise ReferenceDateError(f"Ngày tham chiếu '{day_raw}' không hợp lệ; dùng dạng YYYY-MM-DD") from None
        job = await start_check(request, files, day, operator, loans)
    except (ApiError, DungDoiTuongError) as exc:
        return render(request, "upload.html", status=422, date=day_raw, suffixes=supported_suffixes(),
                      loan_suffixes=supported_suffixes(loans=True), operator=operator or "", error=exc.message)
    response = RedirectResponse(str(request.url_for("check_page", job_id=job.id)), status_code=303)
    _remember_operator(response, operator)
    return response


@router.get("/kiem-tra/{job_id}", response_class=HTMLResponse, name="check_page")
async def check_page(request: Request, job_id: str):
    job = request.app.state.db.job(job_id) if re.fullmatch(r"[0-9a-f]{32}", job_id) else None
    if job is None:
        return render(request, "error.html", status=404, message=f"Không tìm thấy công việc kiểm tra {job_id}")
    return render(request, "job.html", job=job_out(request, job), statuses=JOB_STATUS)


@router.get("/quy-tac", response_class=HTMLResponse)
async def rules_page(request: Request):
    book = rulebook.default()
    rules = [rules_view.rule_out(book, r) for r in book.rules]
    params = [rules_view.parameter_out(book, p) for p in book.parameters.values()]
    return render(request, "rules.html", book=book, rules=rules, params=params)


@router.get("/dang-nhap", response_class=HTMLResponse)
async def login_page(request: Request, next: str = "/"):
    return render(request, "login.html", message=None, next=next)


@router.post("/dang-nhap")
async def login_submit(request: Request):
    form = await request.form()
    token = _text(form.get("token"))
    target = _text(form.get("next")) or "/"
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    settings = request.app.state.settings
    if not settings.access_token or not token_ok(settings, token):
        return render(request, "login.html", status=401, message="Mã truy cập không đúng", next=target)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
    return response
