"""The local store and the CLI: offline listing, import (copy / reference), verify, delete, token file."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import time

import pytest

from desktop_vlm.core.errors import CheckpointError
from desktop_vlm.core.messages import use_translation
from desktop_vlm.hub import ModelStore, TokenStore
from desktop_vlm.hub.credentials import mask
from desktop_vlm.hub.store import MANIFEST
from tests.conftest import REFERENCE_DIR

FIXTURE = REFERENCE_DIR / "InternVL2_5-4B"


def _cli(tmp_path, *args, input_text=None):
    env = os.environ | {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.run(
        [sys.executable, "-m", "desktop_vlm", "models", *map(str, args)],
        env=env,
        input=input_text,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_import_copy_verify_tamper_and_delete(tmp_path):
    store = ModelStore(tmp_path / "models")
    model = store.import_folder(FIXTURE, copy=True)
    assert model.family == "internvl" and model.source == "import-copy"
    assert (model.path / "config.json").is_file() and store.verify(model.model_id) == []
    with open(model.path / "model-00001-of-00002.safetensors", "r+b") as fh:
        fh.seek(100)
        fh.write(b"\x00\x01\x02")
    assert [str(p) for p in store.verify(model.model_id)] == [
        "model-00001-of-00002.safetensors does not match its sha256"
    ]
    (model.path / "tokenizer.json").unlink()
    assert any("tokenizer.json is missing" in str(p) for p in store.verify(model.model_id))
    store.remove(model.model_id)
    assert store.installed() == []


def test_a_damaged_model_is_described_in_the_language_it_is_read_in(tmp_path):
    """The manifest keeps what verification found as templates, so the model manager says it in the window's
    language whenever it reads them; a manifest an older version wrote (plain English text) still reads."""
    store = ModelStore(tmp_path / "models")
    model = store.import_folder(FIXTURE, copy=True)
    (model.path / "tokenizer.json").unlink()
    store.verify(model.model_id)
    use_translation(lambda template: template.replace("is missing", "fehlt"))
    try:
        assert [str(p) for p in store.get(model.model_id).problems] == ["tokenizer.json fehlt"]
    finally:
        use_translation(None)
    manifest = model.path / MANIFEST
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps(data | {"problems": ["config.json is odd"]}), encoding="utf-8")
    assert [str(p) for p in store.get(model.model_id).problems] == ["config.json is odd"]
    assert store.get(model.model_id).state == "damaged"


def test_import_by_reference_and_refusals(tmp_path):
    store = ModelStore(tmp_path / "models")
    copy = tmp_path / "mine"
    shutil.copytree(FIXTURE, copy)
    model = store.import_folder(copy, copy=False)
    assert model.path == copy.resolve() and model.source == "import-reference"
    store.remove(model.model_id)
    assert copy.is_dir()  # the person's folder is never deleted
    (copy / "config.json").write_text('{"architectures": ["BertModel"]}')
    with pytest.raises(CheckpointError, match="Not a supported"):
        store.import_folder(copy)
    with pytest.raises(CheckpointError, match="holds model folders \\(mine\\) and is not one itself") as refused:
        store.import_folder(tmp_path)  # the folder above a model's
    assert f"such as {tmp_path / 'mine'}" in str(refused.value)
    (tmp_path / "empty").mkdir()
    with pytest.raises(CheckpointError, match="no config.json"):
        store.import_folder(tmp_path / "empty")


def test_offline_listing_is_instant(tmp_path):
    ModelStore(tmp_path / "data" / "desktop-vlm" / "models").import_folder(FIXTURE)
    started = time.monotonic()
    out = _cli(tmp_path, "--endpoint", "http://127.0.0.1:9", "list")  # nothing listens on port 9
    assert out.returncode == 0, out.stderr
    assert time.monotonic() - started < 20  # no network wait: listing never touches the hub
    assert "local/InternVL2_5-4B" in out.stdout and "not installed" in out.stdout


def test_pull_without_network_says_so_in_one_line(tmp_path):
    out = _cli(tmp_path, "--endpoint", "http://127.0.0.1:9", "pull", "OpenGVLab/InternVL2_5-4B")
    assert out.returncode == 1 and "Cannot reach the model hub" in out.stderr and "Traceback" not in out.stderr


def test_endpoint_and_models_dir_work_after_the_action_too(tmp_path):
    # the README's form: `models pull ID --endpoint URL`
    out = _cli(tmp_path, "pull", "OpenGVLab/InternVL2_5-4B", "--endpoint", "http://127.0.0.1:9")
    assert out.returncode == 1 and "Cannot reach the model hub" in out.stderr
    elsewhere = tmp_path / "big-disk"
    ModelStore(elsewhere).import_folder(FIXTURE)
    before_and_after = _cli(tmp_path, "--endpoint", "http://127.0.0.1:9", "list", "--models-dir", elsewhere)
    assert before_and_after.returncode == 0 and "local/InternVL2_5-4B" in before_and_after.stdout
    assert "local/InternVL2_5-4B" not in _cli(tmp_path, "list").stdout  # the default folder is untouched


def test_token_is_stored_user_only_and_never_printed(tmp_path):
    secret = "hf_verysecrettoken123"
    out = _cli(tmp_path, "token", input_text=secret + "\n")
    assert out.returncode == 0 and secret not in out.stdout + out.stderr
    stored = TokenStore(tmp_path / "cfg" / "desktop-vlm")
    if stored.file.exists():  # no keyring backend on this machine: a 0600 file
        assert stat.S_IMODE(stored.file.stat().st_mode) == 0o600
    assert stored.get() == secret and secret not in mask(secret)
