"""No personal data where it does not belong (issue 14, item 4).

Inputs carry people's names and 12-digit CCCD numbers: the LibreOffice-saved review list and loan
book (tests/fixtures/make_audit_fixture.py) with every name and CCCD replaced by realistic ones, and a
household to screen. The CLI (screen, check), a batch check and a live server (screenings — valid and
refused —, an upload and its reports) run on them with DDT_STORE_PERSONAL_DATA unset. Then every
captured stdout/stderr, every report written (Excel unzipped, Parquet read), the server's log and
every value of every table in the audit trail are searched for the names (as written, in NFD, in
capitals, without diacritics) and the CCCD numbers: 0 found. (A CCCD masked as ``********1234`` is
what the reports are allowed to show; the uploaded inputs themselves are not searched.)
"""
from __future__ import annotations

import copy
import http.client
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
import unicodedata
import uuid
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd

from api.schemas import EXAMPLE_HOUSEHOLD

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
import make_audit_fixture as fx  # noqa: E402
from api_server import start_server, stop_server  # noqa: E402

DATE = fx.REVIEW_DATE.isoformat()
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ")
MIDDLE = ("Văn", "Thị", "Hữu", "Ngọc", "Minh", "Thanh")
GIVEN = ("Hằng", "Quýnh", "Tuấn", "Phượng", "Khải", "Lệ", "Dũng", "Hương", "Thắng", "Nguyệt", "Sơn", "Yến")
NAME = re.compile(r"^(Chủ hộ|Vợ|Con|Em) K\d\d$")


def _fold(text: str) -> str:
    nfd = unicodedata.normalize("NFD", text)
    return "".join(c for c in nfd if unicodedata.category(c) != "Mn").replace("đ", "d").replace("Đ", "D")


class People:
    """Fixture name → a realistic name, fixture CCCD → another 12-digit number (same person, same value)."""

    def __init__(self):
        self.names: dict[str, str] = {}
        self.cccds: dict[str, str] = {}

    def name(self, old: str) -> str:
        if old not in self.names:
            i = len(self.names)
            self.names[old] = f"{SURNAMES[i % 12]} {MIDDLE[(i // 12) % 6]} {GIVEN[(i * 5 + i // 12) % 12]}"
        return self.names[old]

    def cccd(self, old: str) -> str:
        if old not in self.cccds:
            self.cccds[old] = f"0791{len(self.cccds) + 57_210_000:08d}"
        return self.cccds[old]

    def needles(self) -> list[str]:
        out = set(self.cccds.values())
        for n in self.names.values():
            out |= {n, unicodedata.normalize("NFD", n), n.upper(), _fold(n), _fold(n).upper()}
        return sorted(out)


def _disguise(src: Path, dst: Path, people: People) -> None:
    wb = openpyxl.load_workbook(src)
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if isinstance(v, str) and NAME.match(v):
                    cell.value = people.name(v)
                elif isinstance(v, str) and re.fullmatch(r"\d{12}", v):
                    cell.value = people.cccd(v)
    wb.save(dst)


def _texts(path: Path) -> list[tuple[str, str]]:
    """(where, text) for a report file: xlsx parts unzipped, parquet as CSV, anything else decoded."""
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:
            return [(f"{path.name}:{n}", z.read(n).decode("utf-8", "replace")) for n in z.namelist()]
    if path.suffix == ".parquet":
        return [(path.name, pd.read_parquet(path).to_csv(index=False))]
    return [(path.name, path.read_bytes().decode("utf-8", "replace"))]


def _audit_trail(db: Path) -> list[tuple[str, str]]:
    """Every value of every table, JSON decoded (a JSON column escapes non-ASCII letters)."""
    out = []
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for t in tables:
            for row in conn.execute(f"SELECT * FROM {t}"):  # noqa: S608 - names from sqlite_master
                for v in row:
                    text = str(v)
                    try:
                        text = json.dumps(json.loads(text), ensure_ascii=False)
                    except (ValueError, TypeError):
                        pass
                    out.append((f"audit trail: {t}", text))
    return out


def _found(needles: list[str], texts: list[tuple[str, str]]) -> list[str]:
    hits = []
    for where, text in texts:
        nfc = unicodedata.normalize("NFC", text)
        for n in needles:
            if n in text or unicodedata.normalize("NFC", n) in nfc:
                hits.append(f"{n!r} in {where}")
    return hits


def _cli(args: list[str], env: dict) -> tuple[str, str]:
    run = subprocess.run([sys.executable, "-m", "cli.main", *args], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    return f"stdout of {args[0]} (exit {run.returncode})", run.stdout, f"stderr of {args[0]}", run.stderr


def _household(people: People, bad_cccd: str) -> tuple[dict, dict]:
    good = copy.deepcopy(EXAMPLE_HOUSEHOLD)
    for i, m in enumerate(good["members"]):
        m["full_name"] = people.name(f"Con K{80 + i}")
        m["cccd"] = people.cccd(f"9{i:011d}")
    bad = copy.deepcopy(good)
    bad["members"][0]["cccd"] = bad_cccd  # refused: the message must not repeat it
    bad["household_id"] = "HN-0002"
    return good, bad


def _post(port: int, path: str, body: bytes, content_type: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("POST", path, body, {"Content-Type": content_type, "X-Operator": "can-bo-xa"})
    answer = conn.getresponse()
    return answer.status, answer.read()


def _get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", path)
    answer = conn.getresponse()
    return answer.status, answer.read()


def _multipart(fields: list[tuple[str, str | None, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = b""
    for name, filename, data in fields:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        body += f"--{boundary}\r\nContent-Disposition: {disp}\r\n\r\n".encode() + data + b"\r\n"
    return body + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def test_no_name_or_cccd_in_logs_reports_or_the_audit_trail(tmp_path):
    people = People()
    review, loans = tmp_path / "ds_ho.xlsx", tmp_path / "so_vay.xlsx"
    _disguise(ROOT / "tests" / "fixtures" / fx.REVIEW, review, people)
    _disguise(ROOT / "tests" / "fixtures" / fx.LOANS, loans, people)
    bad_cccd = "07912345678"  # 11 digits
    good, bad = _household(people, bad_cccd)
    (tmp_path / "ho.json").write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "ho_loi.json").write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    needles = people.needles() + [bad_cccd]
    assert len(people.cccds) >= 20 and len(people.names) >= 20

    env = {k: v for k, v in os.environ.items() if k != "DDT_STORE_PERSONAL_DATA"}
    env["PYTHONPATH"] = str(ROOT)
    texts: list[tuple[str, str]] = []
    out = tmp_path / "bao_cao"
    for args in (["screen", str(tmp_path / "ho.json"), "--date", DATE],
                 ["screen", str(tmp_path / "ho.json"), "--date", DATE, "--json", "--trace"],
                 ["screen", str(tmp_path / "ho_loi.json"), "--date", DATE],
                 ["check", str(review), "--loans", str(loans), "--date", DATE, "--out", str(out)]):
        a, x, b, y = _cli(args, env)
        texts += [(a, x), (b, y)]
    reports = sorted(out.iterdir())
    assert {"bao_cao.xlsx", "bao_cao.html", "ket_qua_ho.csv", "ket_qua_khoan_vay.csv"} <= {p.name for p in reports}
    for p in reports:
        texts += _texts(p)

    data = tmp_path / "var"
    server, port, log = start_server(data, env, tmp_path / "server.log")
    try:
        for household in (good, bad):
            status, body = _post(port, "/screen", json.dumps({"household": household, "date": DATE}).encode(),
                                 "application/json")
            texts.append((f"POST /screen answer {status}", body.decode()))
        body, ctype = _multipart([("date", None, DATE.encode()), ("files", review.name, review.read_bytes()),
                                  ("loan_book", loans.name, loans.read_bytes())])
        status, answer = _post(port, "/checks", body, ctype)
        assert status == 202, answer
        job_id = json.loads(answer)["id"]
        deadline = time.monotonic() + 120
        while True:
            job = json.loads(_get(port, f"/checks/{job_id}")[1])
            if job["status"] in ("done", "failed") or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        texts.append(("GET /checks/{id}", json.dumps(job, ensure_ascii=False)))
        assert job["status"] == "done", job
        for r in job["reports"]:
            status, content = _get(port, f"/checks/{job_id}/reports/{r['name']}")
            assert status == 200
            saved = tmp_path / "served" / r["name"]
            saved.parent.mkdir(exist_ok=True)
            saved.write_bytes(content)
            texts += [(f"served {w}", t) for w, t in _texts(saved)]
    finally:
        stop_server(server)
    texts.append(("server log", log.read_text(encoding="utf-8", errors="replace")))
    for p in (data / "checks").rglob("*"):  # the job folder but the uploaded inputs themselves
        if p.is_file() and "inputs" not in p.relative_to(data / "checks").parts:
            texts += _texts(p)
    texts += _audit_trail(data / "dungdoituong.sqlite3")
    hits = _found(needles, texts)
    print(f"{len(needles)} names and CCCD numbers searched in {len(texts)} logs, reports and audit values: "
          f"{len(hits)} found")
    assert hits == []
