"""``desktop-vlm batch`` in a subprocess with the ``fake:`` runtime: rows per item, templates,
errors recorded per item, CSV and JSONL, and resume after SIGKILL."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

from desktop_vlm.documents.results_file import COLUMNS, ResultsFile

ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}


def _batch(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_vlm", "batch", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        env=ENV,
        **kw,
    )


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_one_row_per_image_and_pdf_page_with_timings(inputs, tmp_path):
    folder, ids = inputs
    (folder / "broken.png").write_bytes(b"\x89PNG not really")
    (folder / "notes.bin").write_bytes(bytes(range(256)))
    out = tmp_path / "out.jsonl"
    proc = _batch("fake:answer=A%20cat.", folder, "--prompt", "What is this?", "-o", out, "--max-tiles", 2)
    assert proc.returncode == 1, proc.stderr  # some items failed
    rows = {r["id"]: r for r in _jsonl(out)}
    assert set(rows) == set(ids) | {"broken.png", "notes.bin"}
    for i in ids:
        assert rows[i]["status"] == "ok" and rows[i]["answer"] == "A cat." and rows[i]["total_s"] >= 0
        assert rows[i]["new_tokens"] == 2 and rows[i]["model"] == "fake"
    assert rows["doc.pdf#page=2"]["page"] == 2 and rows["img0.png"]["page"] is None
    assert rows["broken.png"]["status"] == "error" and "damaged" in rows["broken.png"]["message"]
    assert rows["notes.bin"]["status"] == "error" and "not a file type" in rows["notes.bin"]["message"]
    assert "6 item(s)" in proc.stderr and "error(s)" in proc.stderr  # progress went to stderr
    assert proc.stdout == ""


def test_template_rows_carry_data_and_issues_in_csv(inputs, tmp_path):
    folder, ids = inputs
    answer = 'Here:\n```json\n{"items": [{"amount": 2}], "total": 5}\n```'
    out = tmp_path / "out.csv"
    proc = _batch("fake:answer=" + quote(answer), folder, "--template", "receipt", "-o", out)
    assert proc.returncode == 0, proc.stderr
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == COLUMNS and sorted(r["id"] for r in rows) == ids
    assert json.loads(rows[0]["data"]) == {"items": [{"amount": 2}], "total": 5}
    assert "sum to 2.00" in rows[0]["issues"]


def test_answer_without_json_is_an_error_row(inputs, tmp_path):
    folder, _ = inputs
    out = tmp_path / "out.jsonl"
    proc = _batch("fake:answer=no%20idea", folder, "--template", "table", "-o", out)
    assert proc.returncode == 1
    assert all(r["status"] == "error" and "JSON" in r["message"] for r in _jsonl(out))


def test_runtime_failures_are_recorded_and_retried_on_request(inputs, tmp_path):
    folder, ids = inputs
    out = tmp_path / "out.jsonl"
    assert _batch("fake:fail=GPU%20on%20fire", folder, "--prompt", "x", "-o", out).returncode == 1
    assert {r["message"] for r in _jsonl(out)} == {"GPU on fire"}
    again = _batch("fake:", folder, "--prompt", "x", "-o", out)  # errors are "done" unless asked
    assert again.returncode == 0 and "0 to run" in again.stderr
    assert _batch("fake:", folder, "--prompt", "x", "-o", out, "--retry-errors").returncode == 0
    assert [r["status"] for r in _jsonl(out)][len(ids) :] == ["ok"] * len(ids)


def test_resume_after_sigkill_loses_at_most_the_current_item(tmp_path):
    from tests.headless.conftest import make_inputs

    folder = tmp_path / "in"
    ids = make_inputs(folder, n_images=6, pdf_pages=2)
    out = tmp_path / "out.jsonl"
    cmd = [
        sys.executable,
        "-m",
        "desktop_vlm",
        "batch",
        "fake:delay=0.05&answer=one%20two%20three%20four",
        str(folder),
        "--prompt",
        "Describe.",
        "-o",
        str(out),
    ]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=ENV)
    try:
        done = 0
        while done < 3:  # progress lines arrive one per finished item: the event we wait on
            line = proc.stderr.readline()
            assert line, "batch ended early"
            done += "error(s) · ETA" in line
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    first = _jsonl(out)
    assert 3 <= len(first) < len(ids)
    # A torn row (what a kill during a write leaves) is cut off on resume.
    with open(out, "a", encoding="utf-8") as fh:
        fh.write('{"id": "img5.png", "stat')
    resumed = _batch("fake:", folder, "--prompt", "Describe.", "-o", out)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(first)} already in" in resumed.stderr
    rows = _jsonl(out)
    assert sorted(r["id"] for r in rows) == ids  # every item exactly once
    assert rows[: len(first)] == first


def test_csv_results_file_cuts_a_torn_row(tmp_path):
    out = tmp_path / "r.csv"
    with ResultsFile(out) as results:
        results.append({"id": "a", "status": "ok", "answer": "multi\nline, answer"})
    with open(out, "a", encoding="utf-8", newline="") as fh:
        fh.write('b,b.png,,ok,,"half an ans')
    with ResultsFile(out) as results:
        assert results.done == {"a": "ok"}
        results.append({"id": "b", "status": "ok"})
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["id"] for r in rows] == ["a", "b"] and rows[0]["answer"] == "multi\nline, answer"


def test_export_dir_writes_each_document_as_csv_and_json(inputs, tmp_path):
    folder, ids = inputs
    answer = '{"columns": ["name", "qty"], "rows": [["tea", "2"], ["cake", "1"]]}'
    out, exports = tmp_path / "out.jsonl", tmp_path / "tables"
    proc = _batch("fake:answer=" + quote(answer), folder, "--template", "table", "-o", out, "--export-dir", exports)
    assert proc.returncode == 0, proc.stderr
    names = sorted(p.name for p in exports.iterdir())
    assert "doc.pdf_page-2.csv" in names and "img0.png.json" in names and len(names) == 2 * len(ids)
    with open(exports / "doc.pdf_page-2.csv", newline="", encoding="utf-8") as fh:
        assert list(csv.reader(fh)) == [["name", "qty"], ["tea", "2"], ["cake", "1"]]
    assert json.loads((exports / "img0.png.json").read_text(encoding="utf-8"))["rows"][1] == ["cake", "1"]
    refused = _batch("fake:", folder, "--prompt", "x", "-o", tmp_path / "o2.jsonl", "--export-dir", exports)
    assert refused.returncode == 1 and "--export-dir needs --template" in refused.stderr


def test_text_files_and_documents_in_the_folder_are_answered_not_refused_for_a_missing_picture(tmp_path):
    """The question gets a picture's placeholder only for an item with pictures: a notes file or a workbook is
    quoted instead (every one of them used to fail with "1 image placeholder(s) but 0 image(s)")."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.txt").write_text("Invoice 17: total 12.00 EUR\n")
    drawings = Path(__file__).parents[1] / "data" / "office_drawings"
    (folder / "sales.xlsx").write_bytes((drawings / "sales.xlsx").read_bytes())
    (folder / "photo.png").write_bytes(
        (Path(__file__).parents[1] / "data" / "reference" / "images" / "image1.png").read_bytes()
    )
    out = tmp_path / "out.jsonl"
    model = Path(__file__).parents[1] / "data" / "reference" / "InternVL2_5-4B"  # a real prompt, placeholders checked
    proc = _batch(model, folder, "--prompt", "What is the total?", "-o", out, "--max-new-tokens", 2)
    assert proc.returncode == 0, proc.stderr
    assert {row["id"]: row["status"] for row in _jsonl(out)} == {
        "notes.txt": "ok",
        "photo.png": "ok",
        "sales.xlsx": "ok",
    }
