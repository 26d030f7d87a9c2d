"""The window's remote mode against a real engine: llama.cpp's OpenAI-compatible server with an InternVL
GGUF + mmproj answers a question about a picture into the chat, streaming, and Stop ends an answer. Marked
`engine` (needs the `bench` extra and a display platform: QT_QPA_PLATFORM=offscreen)."""

from __future__ import annotations

import pytest
from PIL import Image

from desktop_vlm.core.types import GenerationParams
from tests.engine.llama_server import MODEL_NAME, convert_tiny_internvl, llama_server

pytestmark = pytest.mark.engine
pytest.importorskip("llama_cpp.server.app", reason="the bench extra (llama-cpp-python[server]) is not installed")
pytest.importorskip("pytestqt")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    work = tmp_path_factory.mktemp("llama")
    with llama_server(convert_tiny_internvl(work), work / "server.log") as url:
        yield url, work / "server.log"


@pytest.fixture
def services(tmp_path):
    from desktop_vlm.app.context import build_services
    from desktop_vlm.config.paths import AppPaths
    from desktop_vlm.runtime.fake import FakeRuntime

    services = build_services(AppPaths(tmp_path), lambda *args: FakeRuntime("local"))
    yield services
    services.shutdown()


def test_the_window_chats_about_a_picture_with_llama_cpp_and_stops(qtbot, services, engine):
    from desktop_vlm.app.attachments import prepare_pasted_image
    from desktop_vlm.ui.main import create_window

    url, log = engine
    window = create_window(services)
    qtbot.addWidget(window)
    with qtbot.waitSignal(services.service.model_loaded, timeout=30000) as loaded:
        window.use_remote(url, MODEL_NAME, None)
    assert loaded.args[0].family == "remote"
    # short answers: llama-cpp-python's server sat on a random model's answer of 512 tokens past two minutes
    services.controller.params = GenerationParams(max_new_tokens=16)
    chunks: list[str] = []
    services.service.chunk_ready.connect(chunks.append)
    decoded = log.read_text(errors="replace").count("image decoded")
    picture = prepare_pasted_image(Image.new("RGB", (448, 448), "red"))
    with qtbot.waitSignal(services.controller.answer_finished, timeout=120000) as finished:
        services.controller.send("What is in the picture?", [picture])
    assert finished.args[1] == "complete"
    answer = services.controller.conversation.messages[-1].text
    assert answer and chunks and "".join(chunks).strip() == answer.strip()
    assert log.read_text(errors="replace").count("image decoded") == decoded + 1  # through llama.cpp's vision

    with qtbot.waitSignal(services.controller.answer_finished, timeout=120000) as stopped:
        services.service.chunk_ready.connect(lambda _chunk: services.controller.stop())
        services.controller.params = GenerationParams(max_new_tokens=200)
        services.controller.send("Tell me a very long story about it.")
    assert stopped.args[1] == "interrupted"
