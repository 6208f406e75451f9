"""POST /checks → job id; GET /checks/{id} progress; reports; the job outlives the request and the process."""
from __future__ import annotations

import csv
import io
import json
import threading
from collections import Counter

import pytest
from openpyxl import load_workbook

from api.jobs import CheckResult, run_check
from engine.screening import screen as screening
from engine.generation import models as synth
from engine.facts import validation

from .conftest import DATE, wait_for_job


def _batch(n=12):
    households = [h.model_dump(mode="json", exclude_none=True) for h, _ in synth.generate(n, seed=7)]
    for h in households:  # the generator's members may be born after DATE: keep them valid at DATE
        h["members"] = [m for m in h["members"] if m["birth_date"] <= DATE] or h["members"][:1]
        h["members"][0]["birth_date"] = min(h["members"][0]["birth_date"], "1990-01-01")
        h["status_history"] = [s for s in h.get("status_history", []) if s["decision_date"] <= DATE]
    return households


def _expected_counts(households):
    out = Counter()
    for h in households:
        try:
            out[screening.screen(validation.parse_household(h), DATE).classification.outcome] += 1
        except Exception:
            out["rejected"] += 1
    return out


def test_batch_check_runs_in_background_and_reports(client):
    households = _batch()
    bad = {"household_id": "HONG-1", "residence": {"province_code": "01"}, "members": []}
    payload = json.dumps(households + [bad], ensure_ascii=False).encode()
    r = client.post("/checks", files={"files": ("danh sách rà soát.json", payload, "application/json")},
                    data={"date": DATE}, headers={"X-Operator": "Tr%E1%BA%A7n%20Th%E1%BB%8B%20B"})
    assert r.status_code == 202, r.text
    job = r.json()
    assert job["status"] in ("queued", "running", "done") and r.headers["location"].endswith(job["id"])
    job = wait_for_job(client, job["id"])
    assert job["status"] == "done", job
    assert job["done"] == job["total"] == len(households) + 1 and job["percent"] == 100
    expected = _expected_counts(households)
    expected["rejected"] += 1
    assert {o["outcome"]: o["count"] for o in job["summary"]["outcomes"]} == dict(expected)
    names = {rep["name"] for rep in job["reports"]}
    assert names == {"bao-cao.xlsx", "bao-cao.html", "ket-qua.csv"}
    urls = {rep["name"]: rep["url"] for rep in job["reports"]}

    x = client.get(urls["bao-cao.xlsx"])
    assert x.status_code == 200 and "attachment" in x.headers["content-disposition"]
    wb = load_workbook(io.BytesIO(x.content))
    assert wb.sheetnames == ["Tổng hợp", "Kết quả từng hộ"]
    assert wb["Kết quả từng hộ"].max_row == len(households) + 2  # header + rows

    rows = list(csv.DictReader(io.StringIO(client.get(urls["ket-qua.csv"]).content.decode("utf-8-sig"))))
    assert len(rows) == len(households) + 1
    assert Counter(r["Mã kết quả"] for r in rows) == expected
    rejected = [r for r in rows if r["Mã kết quả"] == "rejected"]
    assert rejected[0]["Mã hộ"] == "HONG-1" and "thiếu trường bắt buộc" in rejected[0]["Lý do / lỗi dữ liệu"]

    html = client.get(urls["bao-cao.html"]).text
    assert "Báo cáo kiểm tra danh sách hộ" in html and "HONG-1" in html
    assert "<script" not in html and "http://" not in html and "https://" not in html  # offline, self-contained

    with client.app.state.db.session() as s:
        from api.db import CheckJob
        stored = s.get(CheckJob, job["id"])
    assert stored.operator == "Trần Thị B"


def test_unreadable_file_fails_the_job_with_a_vietnamese_reason(client):
    r = client.post("/checks", files={"files": ("hong.json", b"{khong phai json", "application/json")},
                    data={"date": DATE})
    job = wait_for_job(client, r.json()["id"])
    assert job["status"] == "failed" and job["status_label"] == "Thất bại"
    assert "không phải JSON hợp lệ" in job["error"] and job["reports"] == []


@pytest.mark.parametrize("files,data,field,text", [
    ({}, {"date": DATE}, "files", "thiếu trường bắt buộc"),
    ({"files": ("a.pdf", b"%PDF", "application/pdf")}, {"date": DATE}, "files", "chưa được hỗ trợ"),
    ({"files": ("a.json", b"[]", "application/json")}, {"date": "2099-01-01"}, "date", "ngoài phạm vi"),
    ({"files": ("a.json", b"[]", "application/json")}, {"date": "hôm nay"}, "date", "YYYY-MM-DD"),
])
def test_upload_errors(client, files, data, field, text):
    r = client.post("/checks", files=files or {"x": ("x.txt", b"", "text/plain")}, data=data)
    assert r.status_code == 422, r.text
    err = r.json()["error"]
    assert err["field"] == field
    assert text in json.dumps(err, ensure_ascii=False)


def test_unknown_and_malformed_job_ids(client):
    r = client.get("/checks/" + "0" * 32)
    assert r.status_code == 404 and r.json()["error"]["code"] == "check_not_found"
    assert client.get("/checks/khong-phai-ma").status_code == 422
    assert client.get("/checks/" + "0" * 32 + "/reports/bao-cao.xlsx").status_code == 404


def _blocking_runner(gate: threading.Event, started: threading.Event):
    def runner(inputs, day, out_dir, progress_cb):
        progress_cb(1, 4, "Đang xét từng hộ")
        started.set()
        gate.wait(20)
        return run_check(inputs, day, out_dir, progress_cb)
    return runner


def test_progress_and_report_not_ready(make_client):
    gate, started = threading.Event(), threading.Event()
    c = make_client(runner=_blocking_runner(gate, started))
    job = c.post("/checks", files={"files": ("a.json", json.dumps(_batch(3)).encode(), "application/json")},
                 data={"date": DATE}).json()
    assert started.wait(10)
    mid = c.get(f"/checks/{job['id']}").json()
    assert mid["status"] == "running" and mid["done"] == 1 and mid["total"] == 4 and mid["percent"] == 25
    r = c.get(f"/checks/{job['id']}/reports/bao-cao.xlsx")
    assert r.status_code == 409 and r.json()["error"]["code"] == "not_ready"
    gate.set()
    done = wait_for_job(c, job["id"])
    assert done["status"] == "done"
    assert c.get(f"/checks/{job['id']}/reports/khong-co.xlsx").status_code == 404


def test_job_survives_a_restart_of_the_service(make_client, tmp_path):
    """A process that died mid-job leaves it 'running' in the database with its upload on disk:
    the next start of the service runs it again to the end."""
    import datetime as dt
    import uuid

    from api.db import CheckJob, Database
    from api.settings import Settings

    settings = Settings(data_dir=tmp_path / "var")
    db = Database(settings.db_url)
    job_id = uuid.uuid4().hex
    folder = settings.jobs_dir / job_id / "inputs"
    folder.mkdir(parents=True)
    (folder / "01").mkdir()
    (folder / "01" / "a.json").write_text(json.dumps(_batch(4)), encoding="utf-8")
    db.add(CheckJob(id=job_id, reference_date=dt.date.fromisoformat(DATE), inputs=["01/a.json"], status="running",
                    done=2, total=4, stage="Đang xét từng hộ"))
    db.dispose()
    client = make_client()  # same data folder and database, a new process
    done = wait_for_job(client, job_id)
    assert done["status"] == "done" and done["done"] == done["total"] == 4
    assert client.get(done["reports"][0]["url"]).status_code == 200


def test_review_list_and_loan_book_from_excel(client):
    """.xlsx review list and loan book through the file readers (issue 5); rows the readers reject
    are reported with their sheet, row and Vietnamese reason, next to the classified households."""
    import datetime as dt
    from pathlib import Path

    from engine.reading import read_loan_book, read_review_list

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    review, loans = fixtures / "libreoffice_ds_ho.xlsx", fixtures / "libreoffice_so_vay.xlsx"
    day = dt.date.fromisoformat(DATE)
    expected_review = read_review_list(str(review), day)
    expected_loans = read_loan_book(str(loans), day, households=expected_review)
    with_members = expected_review.households["household_id"].isin(set(expected_review.members["household_id"]))
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    r = client.post("/checks", files=[("files", (review.name, review.read_bytes(), xlsx)),
                                      ("loan_book", (loans.name, loans.read_bytes(), xlsx))], data={"date": DATE})
    assert r.status_code == 202, r.text
    job = wait_for_job(client, r.json()["id"], timeout=60)
    assert job["status"] == "done", job
    assert job["summary"]["loans_read"] == len(expected_loans.loans)
    rows = list(csv.DictReader(io.StringIO(client.get(
        next(x["url"] for x in job["reports"] if x["name"] == "ket-qua.csv")).content.decode("utf-8-sig"))))
    classified = [row for row in rows if row["Mã kết quả"] != "rejected"]
    assert len(classified) == int(with_members.sum())
    assert {row["Mã hộ"] for row in classified} == set(expected_review.households.loc[with_members, "household_id"])
    rejected_places = {(row["Tệp"], row["Dòng"]) for row in rows if row["Mã kết quả"] == "rejected"}
    for rej in expected_review.rejections + expected_loans.rejections:
        if rej.row is not None:
            assert (f"{rej.file.rsplit('/', 1)[-1]} › {rej.sheet}", str(rej.row)) in rejected_places, rej.text()
    # the targeting audit's own reports are offered too, and its flags name the planted errors' households
    names = {x["name"] for x in job["reports"]}
    assert {"kiem-tra-doi-tuong.xlsx", "kiem-tra-doi-tuong.html", "canh-bao.csv"} <= names
    flags = client.get(next(x["url"] for x in job["reports"] if x["name"] == "canh-bao.csv"))
    assert flags.status_code == 200 and len(flags.content.decode("utf-8-sig").splitlines()) > 1
    html = client.get(next(x["url"] for x in job["reports"] if x["name"] == "kiem-tra-doi-tuong.html")).text
    assert "<svg" in html and 'src="http' not in html and "<link" not in html  # charts inline, nothing loaded


def test_a_loan_book_without_a_review_table_is_refused_at_upload(client):
    """The audit checks loans against a review list's households: a JSON list with a loan book is refused
    at once, with the reason, instead of a job that fails later or silently ignores the loans."""
    from pathlib import Path

    loans = Path(__file__).resolve().parent.parent / "fixtures" / "libreoffice_so_vay.xlsx"
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    r = client.post("/checks", files=[("files", ("ds.json", b"[]", "application/json")),
                                      ("loan_book", (loans.name, loans.read_bytes(), xlsx))], data={"date": DATE})
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "loans_without_review_table" and error["field"] == "loan_book"
    assert "dạng bảng" in error["message"]
