"""AppPaths: the one place that binds the application name to platformdirs.

Everything that writes to disk asks an ``AppPaths`` for its folder; tests pass ``AppPaths(tmp_path)``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import DataFolderError
from ..core.messages import Message

APP_NAME = "desktop-vlm"


@dataclass(frozen=True)
class AppPaths:
    """Folders for models, history, settings, logs and cache.

    With ``root`` given (tests, portable installs) every folder lives under it; otherwise the platform's
    user data / config / log / cache folders are used.
    """

    root: Path | None = None

    def _platform(self, kind: str) -> Path:
        import platformdirs

        getter = {
            "data": platformdirs.user_data_path,
            "config": platformdirs.user_config_path,
            "log": platformdirs.user_log_path,
            "cache": platformdirs.user_cache_path,
        }[kind]
        return Path(getter(APP_NAME, appauthor=False))

    def _dir(self, kind: str, *parts: str) -> Path:
        """The folder, made if it is not there yet.

        Raises
        ------
        DataFolderError
            It cannot be made (a read-only or full disk, a drive that is not there, a file in its place).
        """
        base = Path(self.root) / kind if self.root is not None else self._platform(kind)
        path = base.joinpath(*parts)
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise DataFolderError(
                Message("Desktop VLM cannot make its folder {path}: {reason}.", path=path, reason=err.strerror or err),
                hint=Message(
                    "Make sure the disk is there, not full and writable by you, and that nothing else is in the "
                    "folder's place; then start Desktop VLM again."
                ),
            ) from None
        return path

    def make_folders(self) -> None:
        """Make every folder of the app now, so that one that cannot be made is told once, at start.

        Raises
        ------
        DataFolderError
            As :meth:`_dir`.
        """
        for folder in ("data_dir", "models_dir", "history_dir", "config_dir", "log_dir", "cache_dir"):
            getattr(self, folder)

    @property
    def data_dir(self) -> Path:
        return self._dir("data")

    @property
    def models_dir(self) -> Path:
        """The model store (may be moved by the ``models_dir`` setting; see hub.store)."""
        return self._dir("data", "models")

    @property
    def history_dir(self) -> Path:
        return self._dir("data", "history")

    @property
    def config_dir(self) -> Path:
        return self._dir("config")

    @property
    def log_dir(self) -> Path:
        return self._dir("log")

    @property
    def cache_dir(self) -> Path:
        return self._dir("cache")

    @property
    def hugging_face_cache(self) -> Path:
        """Where Hugging Face's own tools keep the models they download (read, never written or created); under
        ``root`` when one is given, so that tests never see the machine's own cache."""
        if self.root is not None:
            return Path(self.root) / "huggingface" / "hub"
        return hugging_face_cache_of(os.environ)


def hugging_face_cache_of(environ: Mapping[str, str]) -> Path:
    """The Hugging Face cache folder ``environ`` chooses, as huggingface_hub reads it: ``HF_HUB_CACHE`` (or its
    older name ``HUGGINGFACE_HUB_CACHE``), else ``HF_HOME/hub``, else ``$XDG_CACHE_HOME/huggingface/hub``, else
    ``~/.cache/huggingface/hub`` (on every system, Windows included)."""
    for name in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"):
        if environ.get(name):
            return Path(environ[name]).expanduser()
    if environ.get("HF_HOME"):
        return Path(environ["HF_HOME"]).expanduser() / "hub"
    return Path(environ.get("XDG_CACHE_HOME") or "~/.cache").expanduser() / "huggingface" / "hub"
