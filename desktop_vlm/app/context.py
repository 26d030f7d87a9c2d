"""Building the app's services in one place, so the window, the tests and the screenshot script wire
them identically (tests pass ``AppPaths(tmp_path)`` and a FakeRuntime factory)."""

from __future__ import annotations

from dataclasses import dataclass

from ..config.paths import AppPaths
from ..config.settings import SettingsStore
from .chat_controller import ChatController
from .conversation_list_model import ConversationListModel
from .inference_service import InferenceService, RuntimeFactory, load_local_runtime

HISTORY_FILE = "history.sqlite3"


@dataclass
class AppServices:
    paths: AppPaths
    settings_store: SettingsStore
    store: object  # HistoryStore
    service: InferenceService
    controller: ChatController
    conversations: ConversationListModel

    def shutdown(self) -> None:
        self.service.shutdown()
        self.store.close()


def build_services(paths: AppPaths, runtime_factory: RuntimeFactory = load_local_runtime) -> AppServices:
    from ..history import HistoryStore

    store = HistoryStore(paths.history_dir / HISTORY_FILE, paths.history_dir / "attachments")
    service = InferenceService(runtime_factory)
    controller = ChatController(store, service)
    conversations = ConversationListModel(store)
    conversations.refresh()
    return AppServices(paths, SettingsStore(paths.config_dir), store, service, controller, conversations)
