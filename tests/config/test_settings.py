"""Settings survive being killed mid-save (old or new, never torn) and bad files never stop the app."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

from desktop_vlm.config.paths import AppPaths
from desktop_vlm.config.settings import Settings, SettingsStore

_SAVER = """
import sys
from dataclasses import replace
from desktop_vlm.config.settings import Settings, SettingsStore
store = SettingsStore(sys.argv[1])
base = Settings()
print("ready", flush=True)
i = 0
while True:
    i += 1
    store.save(replace(base, ui=replace(base.ui, window_geometry="x" * (1000 + i % 7000), theme="dark")))
"""


def test_killed_during_save_leaves_old_or_new_settings(tmp_path):
    store = SettingsStore(tmp_path)
    store.save(Settings())
    for attempt in range(8):
        proc = subprocess.Popen([sys.executable, "-c", _SAVER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.05 + 0.03 * attempt)  # let it save many times, then kill it somewhere inside a save
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        data = json.loads((tmp_path / "settings.json").read_text())  # never torn: always parses
        loaded = store.load()
        assert loaded.ui.theme in ("system", "dark") and data["ui"]["theme"] == loaded.ui.theme
    assert not list(tmp_path.glob(".settings.json.*.tmp"))  # load() cleaned what the kills left


def test_unreadable_or_foreign_settings_fall_back_to_defaults(tmp_path):
    store = SettingsStore(tmp_path)
    (tmp_path / "settings.json").write_text("{not json")
    assert store.load() == Settings()
    (tmp_path / "settings.json").write_text(json.dumps({"hub": {"concurrent_files": "many"}, "ui": [1, 2]}))
    assert store.load() == Settings()


def test_paths_live_under_the_given_root(tmp_path):
    paths = AppPaths(tmp_path)
    for folder in (paths.models_dir, paths.history_dir, paths.config_dir, paths.log_dir, paths.cache_dir):
        assert folder.is_dir() and tmp_path in folder.parents
