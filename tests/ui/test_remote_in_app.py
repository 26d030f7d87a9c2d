"""The window can answer through a remote OpenAI-compatible endpoint — here our own server on loopback."""

from __future__ import annotations

from desktop_vlm.runtime.fake import FakeRuntime
from desktop_vlm.server.app import ServerConfig, create_server


def test_window_streams_an_answer_from_a_remote_endpoint(qtbot, window, services):
    runtime = FakeRuntime("Answer from the cluster.")
    server = create_server(lambda: runtime, ServerConfig("remote-internvl"), "127.0.0.1", 0)
    server.start_background()
    try:
        with qtbot.waitSignal(services.service.model_loaded, timeout=10000) as loaded:
            window.use_remote(server.url, "remote-internvl", None)
        assert loaded.args[0].family == "remote"
        with qtbot.waitSignal(services.controller.answer_finished, timeout=20000) as finished:
            services.controller.send("Hello from the window")
        assert finished.args[1] == "complete"
        assert services.controller.conversation.messages[-1].text == "Answer from the cluster."
        assert window.settings.remote.base_url == server.url
    finally:
        server.close()
