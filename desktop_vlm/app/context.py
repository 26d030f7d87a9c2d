"""Building the app's services in one place, so the window, the tests and the screenshot script wire
them identically (tests pass ``AppPaths(tmp_path)`` and a FakeRuntime factory)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..config.paths import AppPaths
from ..config.settings import SettingsStore
from .chat_controller import ChatController
from .conversation_list_model import ConversationListModel
from .download_service import DownloadService
from .inference_service import InferenceService, RuntimeFactory, import_local_runtime, load_local_runtime

if TYPE_CHECKING:  # the history and the hub are imported when the services are built
    from ..history import HistoryStore
    from ..hub import TokenStore

HISTORY_FILE = "history.sqlite3"


@dataclass
class AppServices:
    paths: AppPaths
    settings_store: SettingsStore
    store: HistoryStore
    service: InferenceService
    controller: ChatController
    conversations: ConversationListModel
    downloads: DownloadService
    remote_keys: TokenStore  # the remote endpoint's API key

    def shutdown(self) -> None:
        """Stop the model thread, save an unfinished answer as interrupted, close the history."""
        self.service.shutdown()
        self.controller.close()
        self.store.close()


def build_services(
    paths: AppPaths,
    runtime_factory: RuntimeFactory = load_local_runtime,
    import_model_code: Callable[[], None] = import_local_runtime,
) -> AppServices:
    from pathlib import Path

    from ..history import HistoryStore
    from ..hub import ModelStore, TokenStore

    settings_store = SettingsStore(paths.config_dir)
    hub_settings = settings_store.load().hub
    store = HistoryStore(paths.history_dir / HISTORY_FILE, paths.history_dir / "attachments")
    service = InferenceService(runtime_factory, import_code=import_model_code)
    controller = ChatController(store, service)
    conversations = ConversationListModel(store)
    conversations.refresh()
    models = ModelStore(Path(hub_settings.models_dir) if hub_settings.models_dir else paths.models_dir)
    downloads = DownloadService(
        models,
        hub_settings,
        TokenStore(paths.config_dir),
        default_root=paths.models_dir,
        hugging_face_cache=paths.hugging_face_cache,
    )
    remote_keys = TokenStore(paths.config_dir, "remote-key")
    return AppServices(paths, settings_store, store, service, controller, conversations, downloads, remote_keys)
