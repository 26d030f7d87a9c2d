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


def test_the_remote_dialog_refuses_a_url_it_cannot_use_and_stays_open(qtbot, window):
    from desktop_vlm.config.settings import RemoteSettings
    from desktop_vlm.ui.remote_dialog import RemoteDialog

    dialog = RemoteDialog(RemoteSettings(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.url.setText("gpu-server:23333")  # no scheme: the usual slip
    dialog.model.setText("InternVL2_5-4B")
    dialog._on_ok()
    assert dialog.isVisible() and "must start with http://" in dialog.problem.text()
    dialog.url.setText("http://gpu-server:23333/v1")
    dialog.model.setText("")
    dialog._on_ok()
    assert dialog.isVisible() and "Name the model" in dialog.problem.text()
    dialog.model.setText("InternVL2_5-4B")
    dialog._on_ok()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_remote_that_cannot_be_used_keeps_the_local_model(qtbot, window, services):
    local = services.service.model_info
    with qtbot.waitSignal(services.service.model_load_failed, timeout=10000):
        services.service.use_remote("gpu-server:23333", "InternVL2_5-4B", None)
    assert services.service.model_info is local
    assert window.status.model_label.text() == local.name
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000) as finished:
        services.controller.send("Still answering locally?")
    assert finished.args[1] == "complete"


def test_a_local_load_that_fails_leaves_no_model_behind(qtbot, tmp_path):
    from desktop_vlm.app.context import build_services
    from desktop_vlm.config.paths import AppPaths
    from desktop_vlm.core.errors import CheckpointError
    from desktop_vlm.core.messages import Message
    from desktop_vlm.ui.main import create_window

    def factory(path, *args):
        if path != "fake":
            raise CheckpointError(Message("config.json is missing from {path}.", path=path))
        return FakeRuntime("hello")

    services = build_services(AppPaths(tmp_path), factory)
    try:
        window = create_window(services)
        qtbot.addWidget(window)
        with qtbot.waitSignal(services.service.model_loaded, timeout=10000):
            window.load_model("fake")
        with qtbot.waitSignal(services.service.model_load_failed, timeout=10000):
            window.load_model(str(tmp_path / "no-such-model"))  # the model before was closed to make room
        assert services.service.model_info is None
        assert window.status.model_label.text() == "No model loaded" and window.status.device_label.text() == ""
        window.composer.edit.setPlainText("Anyone there?")
        window.composer.submit()
        assert "No model is loaded yet" in window.banner.label.text()
        window.close()
    finally:
        services.shutdown()
