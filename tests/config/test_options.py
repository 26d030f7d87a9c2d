"""One list per choice (config/options.py), used by the command line, the settings and the runtime alike."""

from __future__ import annotations

import pytest

from desktop_vlm.cli.main import build_parser
from desktop_vlm.config import options
from desktop_vlm.config.settings import FIELD_INFO


def _choices(command: str, option: str) -> tuple[str, ...]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    return tuple(next(a for a in sub._actions if option in a.option_strings).choices)


@pytest.mark.parametrize("command", ["ask", "serve", "batch"])
def test_the_command_line_offers_the_shared_choices(command):
    assert _choices(command, "--device") == options.DEVICES
    assert _choices(command, "--dtype") == options.PRECISIONS


def test_settings_and_runtime_use_the_same_lists():
    from desktop_vlm.runtime.device import DTYPES

    assert FIELD_INFO["runtime.device"].choices == options.DEVICES
    assert FIELD_INFO["runtime.dtype"].choices == options.PRECISIONS
    assert FIELD_INFO["runtime.quantize"].choices == options.WEIGHT_FORMATS == _choices("ask", "--quantize")
    assert set(DTYPES) == set(options.concrete(options.PRECISIONS))
    assert _choices("ask", "--decode") == options.DECODE_MODES


def test_stored_settings_outside_the_choices_or_bounds_fall_back_to_the_defaults(tmp_path):
    import json

    from desktop_vlm.config.settings import Settings, SettingsStore

    (tmp_path / "settings.json").write_text(
        json.dumps(
            {
                "runtime": {"dtype": "float8", "device": "cpu", "quantize": True},
                "ui": {"max_tiles": 5000, "video_frames": 0, "theme": "dark", "language": "klingon"},
                "hub": {"concurrent_files": 4.5, "bandwidth_limit_mbps": -3},
            }
        )
    )
    loaded, default = SettingsStore(tmp_path).load(), Settings()
    assert loaded.runtime.dtype == default.runtime.dtype and loaded.runtime.device == "cpu"
    assert loaded.runtime.quantize == default.runtime.quantize
    assert (loaded.ui.max_tiles, loaded.ui.video_frames) == (default.ui.max_tiles, default.ui.video_frames)
    assert loaded.ui.theme == "dark" and loaded.ui.language == default.ui.language
    assert loaded.hub.concurrent_files == default.hub.concurrent_files
    assert loaded.hub.bandwidth_limit_mbps == default.hub.bandwidth_limit_mbps
