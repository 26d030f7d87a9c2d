"""Resuming a batch over results files that hold awkward answers, awkward names and damaged tails; export names
that never collide silently; items that would have killed the run."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

import desktop_vlm.media
from desktop_vlm.cli.batch import BatchItem, run_item
from desktop_vlm.documents import colliding_stems, export_stem
from desktop_vlm.documents.results_file import ResultsFile
from desktop_vlm.runtime.fake import FakeRuntime
from tests.headless.test_batch import ENV, _jsonl


def test_a_csv_answer_with_crlf_survives_resume_byte_for_byte(tmp_path):
    out = tmp_path / "r.csv"
    with ResultsFile(out) as results:
        results.append({"id": "a", "status": "ok", "answer": "line1\r\nline2\r\n\r\nend"})
        results.append({"id": "b", "status": "ok", "answer": "x"})
    before = out.read_bytes()
    with ResultsFile(out) as results:
        assert results.done == {"a": "ok", "b": "ok"}
        results.append({"id": "c", "status": "ok"})
    after = out.read_bytes()
    assert after.startswith(before)  # nothing of the earlier rows was cut
    rows = list(csv.DictReader(io.StringIO(after.decode("utf-8"), newline="")))
    assert [r["id"] for r in rows] == ["a", "b", "c"] and rows[0]["answer"] == "line1\r\nline2\r\n\r\nend"


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_names_with_unicode_line_separators_are_found_again(tmp_path, suffix):
    names = ["x\u2028y.png", "z\x85.png", "p\u2029q.png", "v\x0bw.png", "f\x0cg.png", "r\x1cs.png"]
    out = tmp_path / f"r{suffix}"
    with ResultsFile(out) as results:
        for name in names:
            results.append({"id": name, "status": "ok"})
    with ResultsFile(out) as results:
        assert results.done == dict.fromkeys(names, "ok")  # none of them would run again


@pytest.mark.parametrize(
    "suffix, tail",
    [
        (".jsonl", '{"id": "b", "answer": "caf\u00e9'.encode()[:-1]),  # cut inside the two bytes of é
        (".csv", 'b,,,ok,,"caf\u00e9'.encode()[:-1]),
        (".jsonl", b'{"id": "b", "data": [[1, 2], [3'),  # cut inside an array
    ],
)
def test_a_tail_torn_anywhere_is_cut_back_to_the_last_whole_row(tmp_path, suffix, tail):
    out = tmp_path / f"r{suffix}"
    with ResultsFile(out) as results:
        results.append({"id": "a", "status": "ok", "answer": "caf\u00e9"})
    whole = out.read_bytes()
    out.write_bytes(whole + tail)
    with ResultsFile(out) as results:
        assert results.done == {"a": "ok"}
        results.append({"id": "b", "status": "ok"})
    assert out.read_bytes().startswith(whole) and len(out.read_bytes().splitlines()) == (3 if suffix == ".csv" else 2)


def test_lines_that_are_json_but_not_rows_are_kept_and_not_counted(tmp_path):
    out = tmp_path / "r.jsonl"
    out.write_text('[1, 2]\n"text"\n{"no_id": 1}\n' + "[" * 100_000 + "\n" + '{"id": "a", "status": "ok"}\n')
    with ResultsFile(out) as results:
        assert results.done == {"a": "ok"}


ID_PIECES = st.sampled_from(
    [
        "a",
        "b",
        "/",
        "_",
        "__",
        "-",
        ".",
        " ",
        "#",
        "#page=",
        "page",
        "-page-",
        "5",
        "é",
        "E\u0301",
        "\u2028",
        "日",
        "~",
        "%",
        "CON",
        "x" * 90,
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(ID_PIECES, min_size=1, max_size=8).map("".join), min_size=2, max_size=2, unique=True))
def test_distinct_item_ids_never_share_an_export_file_name(pair):
    first, second = (export_stem(i) for i in pair)
    assert first != second
    for stem in (first, second):
        assert "/" not in stem and "\\" not in stem and not stem.startswith(".") and len(stem.encode()) <= 180
        assert all(c.isprintable() and c not in '<>:"|?*' for c in stem)


def test_the_pairs_that_collided_get_their_own_files(tmp_path):
    assert export_stem("a/b.png") != export_stem("a__b.png")
    assert export_stem("x.pdf#page=2") != export_stem("x.pdf-page-2")
    folder = tmp_path / "in"
    (folder / "a").mkdir(parents=True)
    for name in ("a/b.png", "a__b.png", "x.pdf-page-2", "A.png", "a.png"):
        Image.new("RGB", (40, 30), "teal").save(folder / name, "PNG")
    Image.new("RGB", (60, 80)).save(folder / "x.pdf", save_all=True, append_images=[Image.new("RGB", (60, 80))])
    answer = quote('{"fields": [{"key": "k", "value": "v"}]}')
    out, exports = tmp_path / "out.jsonl", tmp_path / "exports"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_vlm",
            "batch",
            f"fake:answer={answer}",
            str(folder),
            "--template",
            "form",
            "-o",
            str(out),
            "--export-dir",
            str(exports),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=ENV,
        check=False,
    )
    rows = {r["id"]: r for r in _jsonl(out)}
    assert len(rows) == 7, proc.stderr
    # the only refusal: A.png and a.png are one file name on Windows and macOS
    assert [i for i, r in rows.items() if r["status"] != "ok"] == ["a.png"]
    assert "would be that of A.png" in rows["a.png"]["message"]
    assert len(list(exports.glob("*.json"))) == 6


def test_colliding_stems_names_the_earlier_item():
    assert colliding_stems(["Scan.PNG", "b.png", "scan.png", "SCAN.png"]) == {
        "scan.png": "Scan.PNG",
        "SCAN.png": "Scan.PNG",
    }


def test_a_pdf_page_that_would_exhaust_memory_is_one_error_row_and_the_run_goes_on(tmp_path, monkeypatch):
    from desktop_vlm.media import pdf
    from desktop_vlm.media.pdf_sandbox import Limits, PdfProcess
    from tests.media.pdf_files import bomb_pdf

    process = PdfProcess(Limits(320 * 1024 * 1024, 30.0))
    monkeypatch.setattr(pdf, "_PROCESS", process)
    bomb, picture = tmp_path / "bomb.pdf", tmp_path / "fine.png"
    bomb.write_bytes(bomb_pdf(128 * 1024 * 1024))
    Image.new("RGB", (50, 40), "gold").save(picture)
    runtime = FakeRuntime("an answer")
    try:
        rows = [
            run_item(runtime, item, "<image>\nWhat is it?", None, 2, 16)
            for item in (BatchItem("bomb.pdf#page=1", bomb, 0), BatchItem("fine.png", picture))
        ]
    finally:
        process.close()
    assert rows[0]["status"] == "error" and "too large or complex to render" in rows[0]["message"]
    assert rows[1]["status"] == "ok" and rows[1]["answer"] == "an answer"


def test_a_picture_over_the_pixel_cap_is_downscaled_and_the_row_says_so(tmp_path, monkeypatch):
    real = desktop_vlm.media.images.load_image_fitted
    monkeypatch.setattr(
        desktop_vlm.media.images, "load_image_fitted", lambda path, **kw: real(path, max_pixels=10_000, **kw)
    )  # a small cap: a small test
    picture = tmp_path / "wide.png"
    Image.new("RGB", (600, 300), "navy").save(picture)
    row = run_item(FakeRuntime("ok"), BatchItem("wide.png", picture), "<image>\nx", None, 1, 16)
    assert row["status"] == "ok" and row["message"].startswith("downscaled from 600×300 to ")
