"""``desktop-vlm ask``: reference ids through the CLI, streaming output, and one clear line (no traceback) for
every kind of bad input. In-process (the CLI's entry function) except one end-to-end run of the installed
command in a subprocess."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass

import numpy as np
import pytest

from desktop_vlm.cli.main import main
from tests.conftest import REFERENCE_DIR

MODEL = REFERENCE_DIR / "InternVL2_5-4B"
IMAGE = REFERENCE_DIR / "images" / "image1.png"


@dataclass
class Outcome:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def ask(capsys):
    """Run ``desktop-vlm ask ARGS`` in this process, as the installed command does."""

    def run(*args) -> Outcome:
        try:
            code = main(["ask", *map(str, args)])
        except SystemExit as exit_:  # argparse refusing an option
            code = exit_.code if isinstance(exit_.code, int) else 2
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


def test_the_installed_command_runs_end_to_end():
    """One real process: the entry point, stdout streaming and the timings line on stderr."""
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_vlm", "ask", str(MODEL), "Hello, who are you?", "--max-new-tokens", "4"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() and "tokens/s" in proc.stderr


def test_json_output_reproduces_the_reference_case(ask):
    arrays = np.load(MODEL / "reference.npz")
    proc = ask(
        MODEL,
        "Please describe the image shortly.",
        "--image",
        IMAGE,
        "--max-new-tokens",
        12,
        "--json",
        "--max-tiles",
        12,
        "--device",
        "cpu",
        "--dtype",
        "float32",
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["prompt_token_ids"] == arrays["b_image_auto__input_ids"][0].tolist()
    assert out["token_ids"] == arrays["b_image_auto__generated"][0, 1:].tolist()
    assert out["stats"]["image_tiles"] == 13 and out["finish_reason"] == "length"


def test_lookup_decoding_through_the_cli_answers_as_without_and_says_what_it_kept(ask):
    common = (MODEL, "Say: one two three, one two three, one two three", "--max-new-tokens", 40, "--dtype", "float32")
    plain = json.loads(ask(*common, "--json").stdout)
    looked = json.loads(ask(*common, "--json", "--lookup", 4).stdout)
    assert looked["token_ids"] == plain["token_ids"]
    assert 0 <= looked["stats"]["accepted_tokens"] <= looked["stats"]["drafted_tokens"]
    assert looked["stats"]["drafted_tokens"] > 0  # a fresh process tries a draft once whatever steps cost
    assert plain["stats"]["drafted_tokens"] == 0
    line = ask(*common, "--lookup", 4).stderr.strip().splitlines()[-1]  # another process: its own counts
    assert re.search(r" · \d+ of \d+ looked-up tokens kept · ", line), line


def test_video_frames_through_the_cli(tmp_path, ask):
    av = pytest.importorskip("av")
    from PIL import Image

    video = tmp_path / "clip.mp4"
    with av.open(str(video), "w") as container:
        stream = container.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 320, 240, "yuv420p"
        for i in range(20):
            frame = av.VideoFrame.from_image(Image.new("RGB", (320, 240), (i * 12, 80, 200 - i * 8)))
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    proc = ask(MODEL, "What happens?", "--video", video, "--frames", 4, "--max-new-tokens", 3, "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["stats"]["image_tiles"] == 4  # one tile per frame
    assert len(out["token_ids"]) == 3


def test_plain_mode_streams_text_and_reports_timings(ask):
    proc = ask(MODEL, "Hello, who are you?", "--max-new-tokens", 12)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()  # the answer (gibberish from random weights) went to stdout
    assert "tokens/s" in proc.stderr
    assert "without any text" not in proc.stderr


def test_an_answer_without_any_text_is_said_to_be_empty(ask, monkeypatch):
    import desktop_vlm.runtime
    from desktop_vlm.runtime.fake import FakeRuntime

    monkeypatch.setattr(desktop_vlm.runtime, "load_runtime", lambda *args, **kwargs: FakeRuntime(" \n"))
    proc = ask(MODEL, "Hello?")
    assert proc.returncode == 0 and not proc.stdout.strip()
    assert "(the model ended its answer without any text)" in proc.stderr and "tokens/s" in proc.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        ((REFERENCE_DIR / "missing", "Hi"), "Model folder not found"),
        ((REFERENCE_DIR / "images", "Hi"), "config.json is missing"),
        ((REFERENCE_DIR, "Hi"), "reference holds model folders (InternVL2_5-4B, Mini-InternVL-Chat-4B-V1-5, Mono-"),
        ((MODEL, "Hi", "--image", REFERENCE_DIR / "nope.png"), "nope.png"),
        ((MODEL, "Hi", "--image", MODEL / "config.json"), "config.json"),
        ((MODEL, "Hi", "--image-tokens", "64"), "image tokens"),
        ((MODEL, "Hi", "--temperature", "0.7", "--num-beams", "2"), "beam search and sampling"),
        ((MODEL, "Hi", "--history", MODEL / "config.json"), "[question, answer]"),
        pytest.param(
            (MODEL, "Hi", "--device", "cuda"),
            "CUDA",
            marks=pytest.mark.skipif(__import__("torch").cuda.is_available(), reason="this machine has CUDA"),
        ),
        ((MODEL, "Hi", "--device", "cpu", "--decode", "graph"), "needs an NVIDIA GPU"),
    ],
)
def test_bad_input_gives_one_clear_line(args, message, ask):
    proc = ask(*args)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "option, value, message",
    [
        ("--max-tiles", "0", "argument --max-tiles: must be between 1 and 40 (got 0)"),
        ("--frames", "65", "argument --frames: must be between 1 and 64 (got 65)"),
        ("--max-new-tokens", "0", "argument --max-new-tokens: must be between 1 and 32768 (got 0)"),
        ("--temperature", "-1", "argument --temperature: must be in [0, 10] (got -1)"),
        ("--top-p", "0", "argument --top-p: must be in (0, 1] (got 0)"),
        ("--num-beams", "two", "argument --num-beams: expected a whole number, got 'two'"),
        ("--lookup", "7", "argument --lookup: must be between 0 and 6 (got 7)"),
    ],
)
def test_out_of_range_numbers_are_refused_before_any_loading(option, value, message, ask):
    # the model folder does not exist: the number must be refused first, not after seconds of loading
    proc = ask(REFERENCE_DIR / "missing", "Hi", option, value)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].endswith(message)


def test_temperature_zero_means_greedy(ask):
    greedy = ask(MODEL, "Hi", "--max-new-tokens", 6, "--json")
    zero = ask(MODEL, "Hi", "--max-new-tokens", 6, "--json", "--temperature", 0, "--seed", 3)
    assert greedy.returncode == zero.returncode == 0, zero.stderr
    assert json.loads(zero.stdout)["token_ids"] == json.loads(greedy.stdout)["token_ids"]


def test_a_picture_larger_than_the_model_can_use_is_downscaled_with_a_note(tmp_path, ask):
    """90 MP, past the 80 MP a picture may have whole: shrunk while decoding to what the tiles use, and said."""
    from desktop_vlm.core.tiling import plan_tiles
    from tests.media.fuzz_inputs import large_png

    big = tmp_path / "scan.png"
    big.write_bytes(large_png(10_000, 9_000))
    proc = ask(MODEL, "Read it", "--image", big, "--max-tiles", 2, "--max-new-tokens", 2, "--json")
    assert proc.returncode == 0, proc.stderr
    assert "note: scan.png: downscaled from 10000×9000" in proc.stderr
    whole = plan_tiles(10_000, 9_000, max_tiles=2, tile_size=448)
    assert json.loads(proc.stdout)["stats"]["image_tiles"] == whole.total_tiles  # the grid of the whole picture


class _Terminal:
    """stderr as a terminal: what was written to it, in order."""

    def __init__(self):
        self.written: list[str] = []

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.written.append(text)
        return len(text)

    def flush(self) -> None:
        pass


def test_a_terminal_sees_how_far_the_prompt_is_then_the_line_is_erased(ask, monkeypatch):
    from desktop_vlm.cli import terminal_note

    monkeypatch.setattr(terminal_note, "SHOW_AFTER_S", 0.0)  # as if the prompt took a while
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    proc = ask(MODEL, "What is in the picture?", "--image", IMAGE, "--max-new-tokens", 4, "--max-tiles", 2)
    assert proc.returncode == 0
    loading = [text for text in terminal.written if text.startswith(f"{terminal_note.ERASE}Loading weights ")]
    assert loading[0] == f"{terminal_note.ERASE}Loading weights 0%…" and len(loading) > 10  # the load's steps
    notes = [text for text in terminal.written if text.startswith(terminal_note.ERASE) and "%" in text]
    first = next(i for i, note in enumerate(notes) if note.startswith(f"{terminal_note.ERASE}looking at the"))
    assert first > notes.index(loading[-1])  # the load's notes (weights read, then placed) all came before
    notes = notes[first:]  # the prompt's
    assert notes[0] == f"{terminal_note.ERASE}looking at the pictures… 50%"  # two vision blocks in the tiny model
    assert notes[-1] == f"{terminal_note.ERASE}reading the conversation… 50%"
    after = terminal.written[terminal.written.index(notes[-1]) + 1 :]
    assert after[0] == terminal_note.ERASE  # the prompt read: erased before the answer, which went to stdout
    assert not any("%" in text for text in after)
    assert proc.stdout.strip()


def test_redirected_output_gets_no_progress_line(ask, monkeypatch):
    from desktop_vlm.cli import terminal_note

    monkeypatch.setattr(terminal_note, "SHOW_AFTER_S", 0.0)
    proc = ask(MODEL, "What is in the picture?", "--image", IMAGE, "--max-new-tokens", 4, "--max-tiles", 2)
    assert proc.returncode == 0
    assert "%" not in proc.stderr.replace("tokens/s", "")  # capsys's stderr is not a terminal


def test_an_empty_question_with_nothing_attached_is_refused_before_loading(ask):
    out = ask("/no/such/model", "   ")  # refused before the model folder is even looked at
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.startswith("desktop-vlm: The question is empty and nothing is attached.")


def test_an_empty_question_about_a_picture_is_asked(ask):
    out = ask(MODEL, "", "--image", IMAGE, "--max-new-tokens", "2", "--json")
    assert out.returncode == 0, out.stderr
