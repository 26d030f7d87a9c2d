"""The window's model side: the header picker, the first-run panel, loading a model (from the store, a
folder or a remote endpoint) and the model manager, all saying the model's own name."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from ..app.memory import device_memory
from ..hub.catalog import catalog
from .folders import start_folder
from .model_choices import choice_for, fit_text, placement_for, recommend
from .model_picker import ModelPicker, name_for_path
from .welcome_panel import WelcomePanel


class WindowModels(QObject):
    """Owns ``picker`` (a ModelPicker) and ``welcome`` (a WelcomePanel) for ``window``."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        service, downloads = window.service, window.downloads
        self.picker = ModelPicker(service, downloads, lambda: self.window.settings.runtime, window)
        self.picker.load_requested.connect(self.load)
        self.picker.manage_requested.connect(self.open_manager)
        self.picker.folder_requested.connect(self.choose_folder)
        self.picker.remote_requested.connect(self.choose_remote)
        self.picker.unload_requested.connect(service.unload_model)
        self.welcome = WelcomePanel(window)
        self._importing = False  # an import started from the welcome panel is under way
        self.welcome.download_requested.connect(self._on_welcome_download)
        self.welcome.pause_requested.connect(lambda mid: downloads.pause(mid))
        self.welcome.import_requested.connect(self.import_folder)
        self.welcome.manage_requested.connect(self.open_manager)
        self.welcome.remote_requested.connect(self.choose_remote)
        self.welcome.use_folder_requested.connect(self._on_use_found)
        self._looked_in_cache = False
        self._found_quantize = "none"  # the weights the model found in the cache is offered with
        self._import_quantize: str | None = None  # the weights the model being imported is then loaded with
        settings = window.settings
        # a model is on its way when the last one is reconnected at start-up; until then no "get a model" hint
        self.expected = bool(settings.runtime.active_model or (settings.remote.enabled and settings.remote.base_url))
        service.model_loaded.connect(self.refresh_first_run)
        service.model_load_failed.connect(self._on_load_failed)
        service.model_unloaded.connect(self._on_unloaded)
        if downloads is not None:
            downloads.progress.connect(self._on_download_progress)
            downloads.finished.connect(self._on_download_finished)
            downloads.failed.connect(self._on_download_failed)
            downloads.stopped.connect(self._on_download_stopped)
            downloads.store_changed.connect(self.refresh_first_run)
            downloads.imported.connect(self._on_imported)
            downloads.found_in_cache.connect(self._on_found_in_cache)

    # ------------------------------------------------------------------ first run
    def first_run(self) -> bool:
        """No model installed, none loaded or on its way: the welcome panel takes the chat's place."""
        if self.window.service.model_info is not None or self.window.service.loading or self.expected:
            return False
        return self.window.downloads is not None and not self.window.downloads.installed()

    def refresh_first_run(self, *_args) -> None:
        """Show the welcome panel (with a recommendation for this machine) or the chat, whichever is due."""
        welcome = self.first_run()
        if welcome and self.welcome.choice is None:
            memory = device_memory()
            runtime = self.window.settings.runtime
            placement = placement_for(memory, runtime.device, runtime.dtype, runtime.quantize)
            language = self.window.settings.ui.language
            self.welcome.recommend(
                recommend(placement, memory, "en" if language == "system" else language), memory, placement.on_gpu
            )
        self.window.show_first_run(welcome)
        if not self._looked_in_cache and self.window.downloads is not None:
            # once a session, at start-up: what the welcome panel and the picker's menu offer from the cache
            self._looked_in_cache = True
            self.window.downloads.look_in_cache()

    def _on_found_in_cache(self, found) -> None:
        """Offer the model already in the Hugging Face cache (the recommended one if it is there, else a catalog
        model, else the first found) while the welcome panel is up, saying whether it fits this machine: on a
        CPU where it fits only with 8-bit weights, it is offered with them, as the recommendation would be."""
        if not found or not self.first_run():
            return
        recommended = self.welcome.choice.model_id.lower() if self.welcome.choice is not None else ""
        catalog_ids = {entry.repo_id.lower() for entry in catalog()}
        model = min(found, key=lambda m: (m.repo_id.lower() != recommended, m.repo_id.lower() not in catalog_ids))
        memory = device_memory()
        runtime = self.window.settings.runtime
        placement = placement_for(memory, runtime.device, runtime.dtype, runtime.quantize)
        choice = choice_for(model.repo_id, model.snapshot, model.size_bytes, placement, memory)
        if choice.fit == "no" and not placement.on_gpu and placement.width not in ("int8", "int4"):
            smaller = choice_for(
                model.repo_id, model.snapshot, model.size_bytes, replace(placement, width="int8"), memory
            )
            if smaller.fit == "ram":
                choice = replace(smaller, quantize="int8")
        self._found_quantize = choice.quantize
        self.welcome.offer_found(choice.name, model.size_bytes, str(model.snapshot), fit_text(choice, memory))

    def _on_use_found(self, folder: str) -> None:
        """Add the found model to the store where it lies (no copy: it stays in the cache), then load it with
        the weights it was offered with."""
        self.welcome.show_using_found()
        self._importing = True
        self._import_quantize = None if self._found_quantize == "none" else self._found_quantize
        self.window.downloads.import_in_background(Path(folder), False)

    def _on_welcome_download(self, model_id: str) -> None:
        self.window.downloads.start(model_id)

    def _mine(self, model_id: str) -> bool:
        return self.welcome.choice is not None and self.welcome.choice.model_id == model_id

    def _on_download_progress(self, progress) -> None:
        self.window.service.import_model_code()  # a model on its way is a local load to come: see import_model_code
        if self._mine(progress.model_id) and self.window.downloads.is_downloading(progress.model_id):
            self.welcome.show_progress(progress)

    def _no_model(self) -> bool:
        return self.window.service.model_info is None and not self.window.service.loading

    def _on_download_finished(self, model_id: str, path: str) -> None:
        self.window.ask_for_attention()  # gigabytes take a while: the person is likely elsewhere
        choice = self.welcome.choice
        if self._mine(model_id) and self._no_model() and choice is not None:
            self.welcome.show_installed()
            # the person asked for this one model, as recommended (with 8-bit weights where only those fit)
            self.load(path, quantize=None if choice.quantize == "none" else choice.quantize)

    def _on_download_failed(self, model_id: str, message: str, hint: str) -> None:
        self.window.ask_for_attention()
        if self._mine(model_id):
            self.welcome.show_failed(message, hint)

    def _on_download_stopped(self, model_id: str, state: str) -> None:
        if self._mine(model_id):
            self.welcome.show_paused() if state == "paused" else self.welcome.show_idle()

    def import_folder(self) -> None:
        """First run: import a checkpoint folder (the model manager's import, without opening it)."""
        from .model_dialog import ask_copy

        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose a model folder to import"), start_folder("models", "")
        )
        if folder:
            copy = ask_copy(self.window, Path(folder), self.window.downloads.store.free_bytes())
            if copy is not None:
                self.welcome.status.setText(self.tr("Importing %s…") % Path(folder).name)
                self._importing = True
                self.window.downloads.import_in_background(Path(folder), copy)

    def _on_imported(self, model_id: str, message: str, hint: str) -> None:
        if not self._importing:
            return  # the model manager's import: it says the result itself
        self._importing = False
        if not model_id:
            self.welcome.found.hide()  # if it was the model found in the cache, it cannot be used as it is
            self.welcome.show_idle(self.tr("Not imported: %s") % f"{message} {hint}".strip())
            return
        model = next((m for m in self.window.downloads.installed() if m.model_id == model_id), None)
        quantize, self._import_quantize = self._import_quantize, None
        if model is not None and self._no_model():
            self.load(str(model.path), quantize=quantize)

    # ------------------------------------------------------------------ loading
    def display_name(self, folder: str) -> str:
        installed = self.window.downloads.installed() if self.window.downloads is not None else []
        return name_for_path(folder, installed)

    def load(
        self,
        folder: str,
        device: str | None = None,
        dtype: str | None = None,
        quantize: str | None = None,
        after_ms: int = 0,
    ) -> None:
        """Load a model folder on the model thread with these (or the saved) device, precision, weights."""
        window = self.window
        runtime = window.settings.runtime
        runtime = replace(
            runtime,
            active_model=folder,
            device=device or runtime.device,
            dtype=dtype or runtime.dtype,
            quantize=quantize or runtime.quantize,
        )
        name = self.display_name(folder)
        window.status.show_loading(name)
        self.picker.show_loading(name)
        self.expected = True
        window.service.load_model(folder, runtime.device, runtime.dtype, runtime.quantize, after_ms=after_ms)
        window.save_settings(
            replace(window.settings, runtime=runtime, remote=replace(window.settings.remote, enabled=False))
        )
        self.refresh_first_run()

    def use_remote(self, url: str, model: str, key: str | None, after_ms: int = 0) -> None:
        """Switch to an OpenAI-compatible endpoint (e.g. LMDeploy or vLLM serving the same model). A key given
        is kept in the OS keyring (else a user-only file) for the next start; None uses the kept one."""
        window = self.window
        if window.remote_keys is not None:
            if key:
                window.remote_keys.set(key)
            else:
                key = window.remote_keys.get  # read when the connection starts, after the first paint
        self.expected = True
        window.status.show_loading(model)
        self.picker.show_loading(model)
        window.service.use_remote(url, model, key, after_ms=after_ms)
        window.save_settings(
            replace(window.settings, remote=replace(window.settings.remote, enabled=True, base_url=url, model=model))
        )
        self.refresh_first_run()

    def _on_unloaded(self) -> None:
        """Unloaded, or a load stopped with none after it: no model is on its way any more."""
        self.expected = False
        self.refresh_first_run()

    def _on_load_failed(self, _message: str) -> None:
        self.expected = self.window.service.model_info is not None
        self.refresh_first_run()

    # ------------------------------------------------------------------ dialogs
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose a model folder"), start_folder("models", "")
        )
        if folder:
            self.load(folder)

    def choose_remote(self) -> None:
        from .remote_dialog import RemoteDialog

        dialog = RemoteDialog(self.window.settings.remote, self.window)
        if dialog.exec():
            self.use_remote(*dialog.values())

    def open_manager(self) -> None:
        from .model_dialog import ModelManagerDialog

        window = self.window
        if window.downloads is None:
            return
        loaded = window.service.model_info
        local = loaded is not None and not window.settings.remote.enabled
        dialog = ModelManagerDialog(
            window.downloads,
            window,
            window.settings.runtime,
            loaded.device if loaded else None,
            window.settings.runtime.active_model if local else None,
        )
        dialog.use_requested.connect(self.load)
        dialog.exec()
        dialog.deleteLater()  # its connections to the download service go with it
        window.save_settings(replace(window.settings, hub=window.downloads.settings))
