"""Settings: one typed model with defaults, bounds and human titles, saved atomically as JSON.

The settings UI reads titles and bounds from ``FIELD_INFO``; secrets (the hub access token) are never
stored here — see ``desktop_vlm.hub.credentials``.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, cast

from . import options


@dataclass(frozen=True)
class FieldInfo:
    title: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()

    def whole_bounds(self) -> tuple[int, int]:
        """(minimum, maximum) of a whole-number setting.

        Raises
        ------
        ValueError
            The setting is not bounded on both sides.
        """
        if self.minimum is None or self.maximum is None:
            raise ValueError(f"{self.title} has no bounds")
        return int(self.minimum), int(self.maximum)


@dataclass(frozen=True)
class HubSettings:
    endpoint: str = "https://huggingface.co"
    proxy: str = ""  # e.g. http://proxy:3128; empty: use the environment's proxy variables
    concurrent_files: int = 4
    bandwidth_limit_mbps: float = 0.0  # 0: unlimited (megabytes per second)
    models_dir: str = ""  # empty: AppPaths.models_dir


@dataclass(frozen=True)
class RuntimeSettings:
    device: str = "auto"  # auto | cuda | mps | cpu
    dtype: str = "auto"  # auto | bfloat16 | float16 | float32
    active_model: str = ""  # model id in the local store, or a folder path
    quantize: str = "none"  # none | int8 | int4 (weight-only, language model)
    unload_after_idle_min: int = 0  # give a local model's memory back after this long without a question; 0: never


@dataclass(frozen=True)
class UiSettings:
    theme: str = "system"  # system | light | dark
    language: str = "system"
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""
    settings_panel_visible: bool = True
    tile_preset: str = "balanced"  # fast | balanced | document
    max_tiles: int = 6  # per image; the preset sets it, the person may change it
    video_frames: int = 8
    regenerate_samples: bool = True  # Regenerate samples even in a greedy conversation (else: the same answer)
    attach_folder: str = ""  # where Attach… opened a file last; "" = the Pictures folder
    export_folder: str = ""  # where the last export was saved; "" = the Documents folder
    last_conversation: int = 0  # reopened at start; 0 = none
    new_chat_instructions: str = ""  # the system prompt new chats start with ("": the model's own)
    text_size: int = 100  # percent of the system's size for the conversation's text (View → Larger text)
    # the last sampling settings chosen: new chats start from them
    sampling: dict[str, Any] = field(default_factory=dict[str, Any])


@dataclass(frozen=True)
class RemoteSettings:
    enabled: bool = False
    base_url: str = ""
    model: str = ""


@dataclass(frozen=True)
class Settings:
    hub: HubSettings = field(default_factory=HubSettings)
    runtime: RuntimeSettings = field(default_factory=RuntimeSettings)
    ui: UiSettings = field(default_factory=UiSettings)
    remote: RemoteSettings = field(default_factory=RemoteSettings)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> Settings:
        """Build from saved JSON, ignoring unknown keys and keeping defaults for missing or mistyped ones, and for
        values outside the choices or bounds of :data:`FIELD_INFO` — so a settings file from another version, or
        an edited one, never stops the app from starting nor feeds it a value it would refuse."""
        defaults = cls()
        # JSON objects have string keys; anything else at the top (a list, a number) is no settings at all
        stored = cast("dict[str, object]", data) if isinstance(data, dict) else {}
        sections: dict[str, Any] = {}
        for f in fields(cls):
            default: Any = getattr(defaults, f.name)  # the section's dataclass with its defaults
            raw = stored.get(f.name)
            values: dict[str, object] = {}
            if isinstance(raw, dict):
                section = cast("dict[str, object]", raw)
                for sf in fields(default):
                    key = f"{f.name}.{sf.name}"
                    if sf.name in section and _acceptable(key, section[sf.name], getattr(default, sf.name)):
                        values[sf.name] = section[sf.name]
            sections[f.name] = replace(default, **values)
        return cls(**sections)


FIELD_INFO: dict[str, FieldInfo] = {
    "hub.endpoint": FieldInfo("Hub endpoint or mirror URL"),
    "hub.proxy": FieldInfo("HTTP(S) proxy"),
    "hub.concurrent_files": FieldInfo("Files downloaded at once", 1, 16),
    "hub.bandwidth_limit_mbps": FieldInfo("Bandwidth limit (MB/s, 0 = unlimited)", 0, 10_000),
    "hub.models_dir": FieldInfo("Model folder"),
    "runtime.device": FieldInfo("Device", choices=options.DEVICES),
    "runtime.dtype": FieldInfo("Precision", choices=options.PRECISIONS),
    "runtime.quantize": FieldInfo("Weights", choices=options.WEIGHT_FORMATS),
    "ui.theme": FieldInfo("Theme", choices=options.THEMES),
    "ui.language": FieldInfo("Language", choices=options.LANGUAGES),
    "ui.tile_preset": FieldInfo("Tile preset", choices=options.TILE_PRESETS),
    "ui.max_tiles": FieldInfo("Max tiles per image", 1, 40),
    "ui.video_frames": FieldInfo("Video frames", 1, 32),
    "runtime.unload_after_idle_min": FieldInfo("Unload the model when idle for", 0, 1440),
    "ui.new_chat_instructions": FieldInfo("Instructions for new chats"),
    "ui.text_size": FieldInfo("Text size in the conversation (%)", 50, 300),
}


def _acceptable(key: str, value: Any, default: Any) -> bool:
    """Whether a stored ``value`` may replace ``default``: the same JSON type (a bool is not a number here), and
    within the field's choices and bounds."""
    if type(value) is not type(default) and not (type(default) is float and type(value) is int):
        return False
    info = FIELD_INFO.get(key)
    if info is None:
        return True
    if info.choices and value not in info.choices:
        return False
    return not (
        (info.minimum is not None and value < info.minimum) or (info.maximum is not None and value > info.maximum)
    )


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` so that a crash at any moment leaves either the old or the new file, never a torn one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class SettingsStore:
    """Loads and saves :class:`Settings` as ``settings.json`` in the config folder."""

    def __init__(self, config_dir: Path):
        self.path = Path(config_dir) / "settings.json"

    def load(self) -> Settings:
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):  # left by a save that was killed
            stale.unlink(missing_ok=True)
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return Settings()
        return Settings.from_dict(data)

    def save(self, settings: Settings) -> None:
        atomic_write_text(self.path, json.dumps(settings.to_dict(), indent=2, sort_keys=True))
