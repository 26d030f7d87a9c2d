"""The remote backend against a real engine: llama.cpp's OpenAI-compatible server with an InternVL GGUF and
its mmproj (pictures through llama.cpp's own vision path), from the runtime API and the CLI — streaming, Stop,
pictures. Marked `engine`: runs where the `bench` extra is installed (``pytest -m engine``)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PIL import Image

from desktop_vlm.core.types import GenerationParams, TileParams
from desktop_vlm.remote import RemoteRuntime
from desktop_vlm.runtime.api import CancelToken, ChatRequest, VisualInput
from tests.engine.llama_server import MODEL_NAME, REPO, convert_tiny_internvl, llama_server

pytestmark = pytest.mark.engine
pytest.importorskip("llama_cpp.server.app", reason="the bench extra (llama-cpp-python[server]) is not installed")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """(base URL, the server's log)."""
    work = tmp_path_factory.mktemp("llama")
    with llama_server(convert_tiny_internvl(work), work / "server.log") as url:
        yield url, work / "server.log"


@pytest.fixture
def server(engine):
    return engine[0]


def _pictures_decoded(log) -> int:
    """How many pictures llama.cpp's vision path has encoded and fed to the language model (it logs each)."""
    return log.read_text(errors="replace").count("image decoded")


def _picture_question(question: str = "What is in the picture?", tokens: int = 12) -> ChatRequest:
    picture = Image.new("RGB", (448, 448), "red")
    return ChatRequest(
        f"<image>\n{question}",
        [VisualInput(picture)],
        tiles=TileParams(max_tiles=1),
        params=GenerationParams(max_new_tokens=tokens),
    )


def test_a_picture_question_streams_back_through_llama_cpps_vision_path(engine):
    server, log = engine
    before = _pictures_decoded(log)
    remote = RemoteRuntime(server, MODEL_NAME)
    assert remote.list_models() == [MODEL_NAME]
    chunks: list[str] = []
    result = remote.generate(_picture_question(), on_text=chunks.append)
    assert result.finish_reason in ("length", "stop") and result.text == "".join(chunks)
    assert len(chunks) > 1  # streamed, not one piece
    assert _pictures_decoded(log) == before + 1  # the picture went through llama.cpp's vision path
    assert 0 < result.stats.new_tokens <= 12


def test_stop_mid_answer_ends_the_stream_and_the_server_answers_the_next_question(server):
    remote = RemoteRuntime(server, MODEL_NAME)
    cancel = CancelToken()
    chunks: list[str] = []

    def on_text(text: str) -> None:
        chunks.append(text)
        cancel.cancel()

    result = remote.generate(_picture_question(tokens=200), on_text=on_text, cancel=cancel)
    assert result.finish_reason == "cancelled" and len(chunks) < 20
    follow_up = remote.generate(ChatRequest("And now?", params=GenerationParams(max_new_tokens=4)))
    assert follow_up.finish_reason in ("length", "stop")


def test_the_cli_asks_about_a_picture_through_the_remote_engine(engine, tmp_path):
    server, log = engine
    before = _pictures_decoded(log)
    picture = tmp_path / "red.png"
    Image.new("RGB", (448, 448), "red").save(picture)
    argv = [
        sys.executable,
        "-m",
        "desktop_vlm",
        "ask",
        MODEL_NAME,
        "What is in the picture?",
        "--image",
        str(picture),
        "--max-tiles",
        "1",
        "--max-new-tokens",
        "6",
        "--remote",
        server,
        "--json",
    ]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=300, cwd=REPO)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["finish_reason"] in ("length", "stop") and answer["text"]
    assert _pictures_decoded(log) == before + 1
    streamed = subprocess.run(argv[:-1], capture_output=True, text=True, timeout=300, cwd=REPO)
    assert streamed.returncode == 0, streamed.stderr
    assert "tokens" in streamed.stderr  # the stats line after the streamed answer
