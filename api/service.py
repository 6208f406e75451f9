"""Screening one household through the engine, recorded in the audit trail."""
from __future__ import annotations

import datetime as dt
import functools
import logging
from importlib import metadata

from engine.law import rulebook
from engine.screening import screen as screening
from engine.facts import validation
from engine.errors import InputError
from engine.decisions.decision import Decision
from engine.facts.model import Application, Household
from pydantic import BaseModel, ValidationError

from .db import Database, ScreeningRecord
from .settings import Settings

log = logging.getLogger("dungdoituong.api")
PERSONAL_FIELDS = ("full_name", "cccd")


@functools.lru_cache(maxsize=1)
def app_version() -> str:
    try:
        return metadata.version("dungdoituong")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0.0.0"


def ruleset_version() -> str:
    return rulebook.default().version


def application(household: Household, request=None) -> Application:
    """The engine's Application: the household plus what is asked (a LoanRequest, a dict or nothing)."""
    if request is None:
        fields = {}
    elif isinstance(request, BaseModel):
        fields = request.model_dump(exclude_unset=True)
    else:
        fields = dict(request)
    try:
        return Application.model_validate({"household": household, **fields})
    except ValidationError as exc:
        problems = [p for p in validation.problems_from(exc, Application)]
        raise RequestInputError(problems) from None


class RequestInputError(InputError):
    """The loan request (not the household) is invalid; fields are relative to the request."""


def run_engine(household: Household, day: dt.date | str, request=None) -> Decision:
    """Classification and every requested lending program's answer at ``day``."""
    # check=False: the scalar cross-check runs in the tests (tests/engine/test_serving_path.py), not per request
    return screening.screen_application(application(household, request), day, check=False)


def redact(household: Household, keep_personal: bool) -> tuple[dict, list | None]:
    data = household.model_dump(mode="json", exclude_none=True)
    personal = []
    for i, member in enumerate(data.get("members", [])):
        entry = {k: member.pop(k) for k in PERSONAL_FIELDS if k in member}
        if entry:
            personal.append({"member": i, **entry})
    return data, (personal if keep_personal else None)


class Screener:
    def __init__(self, settings: Settings, db: Database):
        self.settings, self.db = settings, db

    def screen(self, household: Household, day, request, operator: str | None, channel: str) -> tuple[Decision, int]:
        decision = run_engine(household, day, request)
        data, personal = redact(household, self.settings.store_personal_data)
        if request is not None:
            data["_request"] = request.model_dump(mode="json", exclude_unset=True) if isinstance(request, BaseModel) else request
        record = ScreeningRecord(
            operator=(operator or None), channel=channel, household_id=decision.household_id,
            reference_date=decision.reference_date, ruleset_version=decision.ruleset_version,
            app_version=app_version(), outcome=decision.classification.outcome,
            programs=[{"program": p.program, "outcome": p.outcome, "remaining_amount": p.remaining_amount}
                      for p in decision.programs],
            flags=decision.flag_codes(), household=data, personal=personal)
        self.db.add_committed(record)  # answered only once the record is committed
        log.info("đã xét hộ: bản ghi %s, ngày tham chiếu %s, bộ quy tắc %s, kết quả %s, kênh %s",
                 record.id, decision.reference_date.isoformat(), decision.ruleset_version,
                 decision.classification.outcome, channel)
        return decision, record.id
