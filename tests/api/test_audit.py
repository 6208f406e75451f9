"""The audit trail: every screening recorded; names and CCCD stored only when enabled, never logged."""
from __future__ import annotations

import logging
import urllib.parse

from sqlalchemy import select

from api.db import ScreeningRecord
from api.settings import Settings
from engine.law import rulebook

from .conftest import DATE

NAME = "Hoàng Thị Xuân Mai"
CCCD = "038190012345"


def _with_personal(household):
    household["members"][0]["full_name"] = NAME
    household["members"][0]["cccd"] = CCCD
    return household


def _records(client) -> list[ScreeningRecord]:
    with client.app.state.db.session() as s:
        return list(s.scalars(select(ScreeningRecord).order_by(ScreeningRecord.id)))


def _db_dump(client) -> str:
    """Every row of every table as text, plus the raw bytes of an SQLite file."""
    engine = client.app.state.db.engine
    text = []
    with engine.connect() as conn:
        for table in ("screenings", "check_jobs"):
            for row in conn.exec_driver_sql(f"SELECT * FROM {table}"):
                text.append(repr(tuple(row)))
    return "\n".join(text)


def test_every_screening_is_recorded(client, household):
    op = "Nguyễn Văn Trưởng Thôn"
    r = client.post("/screen", json={"household": household, "date": DATE},
                    headers={"X-Operator": urllib.parse.quote(op)})
    assert r.status_code == 200
    (rec,) = _records(client)
    assert rec.id == int(r.headers["X-Screening-Id"])
    assert rec.operator == op and rec.channel == "api"
    assert rec.reference_date.isoformat() == DATE
    assert rec.ruleset_version == rulebook.default().version
    assert rec.outcome == r.json()["classification"]["outcome"]
    assert rec.household_id == household["household_id"]
    assert rec.flags == sorted(f["code"] for f in r.json()["flags"])


def test_web_screenings_are_recorded_too(client):
    form = {"date": DATE, "operator": "Lò Văn Páo", "residence.area": "rural", "residence.province_code": "11",
            "residence.commune_code": "03200", "members[0].birth_date": "1970-01-01", "members[0].relation": "head",
            "action": "screen"}
    assert client.post("/xet", data=form).status_code == 200
    (rec,) = _records(client)
    assert rec.channel == "web" and rec.operator == "Lò Văn Páo"


def test_names_and_cccd_neither_logged_nor_stored_by_default(client, household, caplog):
    _with_personal(household)
    with caplog.at_level(logging.DEBUG):
        r = client.post("/screen", json={"household": household, "date": DATE})
        bad = dict(household, members=[dict(household["members"][0], birth_date="sai")] + household["members"][1:])
        client.post("/screen", json={"household": bad, "date": DATE})
        form = {"date": DATE, "residence.area": "rural", "residence.province_code": "11", "residence.commune_code": "1",
                "members[0].birth_date": "1970-01-01", "members[0].relation": "head",
                "members[0].full_name": NAME, "members[0].cccd": CCCD, "action": "screen"}
        assert client.post("/xet", data=form).status_code == 200
    assert r.status_code == 200
    assert "đã xét hộ" in caplog.text  # the service does log each screening…
    assert NAME not in caplog.text and CCCD not in caplog.text  # …without the person
    dump = _db_dump(client)
    assert len(_records(client)) == 2 and "members" in dump
    assert NAME not in dump and CCCD not in dump
    assert all(rec.personal is None for rec in _records(client))
    db_file = client.app.state.settings.data_dir / "dungdoituong.sqlite3"
    raw = b"".join(p.read_bytes() for p in db_file.parent.glob("dungdoituong.sqlite3*"))
    assert NAME.encode() not in raw and CCCD.encode() not in raw


def test_names_and_cccd_stored_when_enabled(make_client, household, caplog):
    client = make_client(store_personal_data=True)
    with caplog.at_level(logging.DEBUG):
        client.post("/screen", json={"household": _with_personal(household), "date": DATE})
    (rec,) = _records(client)
    assert rec.personal == [{"member": 0, "full_name": NAME, "cccd": CCCD}]
    assert NAME not in caplog.text and CCCD not in caplog.text  # still never logged


def test_database_url_from_the_environment(tmp_path):
    url = f"sqlite:///{tmp_path / 'khac.db'}"
    s = Settings.from_env({"DDT_DATABASE_URL": url, "DDT_STORE_PERSONAL_DATA": "1", "DDT_ACCESS_TOKEN": "abc"})
    assert s.db_url == url and s.store_personal_data and s.access_token == "abc"
    assert Settings.from_env({}).db_url.endswith("var/dungdoituong.sqlite3")


def test_configured_database_receives_the_records(make_client, household, tmp_path):
    url = f"sqlite:///{tmp_path / 'nhat-ky.db'}"
    client = make_client(database_url=url)
    client.post("/screen", json={"household": household, "date": DATE})
    from sqlalchemy import create_engine

    with create_engine(url).connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM screenings").scalar() == 1
