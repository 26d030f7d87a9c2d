"""A model already in the Hugging Face cache, laid out as ``huggingface_hub`` writes it: the repository folder
``models--owner--name`` with ``blobs/`` (files named by hash), ``snapshots/<commit>/`` (each file a relative
link into ``blobs/``) and ``refs/main``. It loads and imports as it lies, from the repository folder or the
snapshot; the import copies the linked files themselves and names the model after the repository.
"""

from __future__ import annotations

import json
import os
import shutil

import pytest

from desktop_vlm.cli.main import main
from desktop_vlm.core.errors import CheckpointError
from desktop_vlm.core.formats import STORE_MANIFEST
from desktop_vlm.hub import HubError, ModelStore
from desktop_vlm.runtime.checkpoint import open_checkpoint
from tests.hub.cache_layout import COMMIT, PUBLISHED, cached_model


def test_the_repository_folder_loads_as_its_main_snapshot_and_answers(tmp_path, capsys):
    repository = cached_model(tmp_path, commits=("0" * 40, COMMIT))  # an older revision beside the main one
    assert open_checkpoint(repository).path == repository / "snapshots" / COMMIT
    for folder in (repository, repository / "snapshots" / COMMIT):
        code = main(["ask", str(folder), "Hi", "--max-new-tokens", "2", "--device", "cpu"])
        captured = capsys.readouterr()
        assert code == 0, captured.err
        assert "tokens" in captured.err and "Traceback" not in captured.err


def test_a_snapshot_imports_by_copy_with_its_linked_files_and_the_repository_s_name(tmp_path):
    repository = cached_model(tmp_path)
    store = ModelStore(tmp_path / "store")
    model = store.import_folder(repository, copy=True)  # the repository folder: its main snapshot
    assert model.model_id == "local/InternVL2_5-4B"
    copied = sorted(p.name for p in model.path.iterdir() if p.name != STORE_MANIFEST)
    assert copied == sorted(p.name for p in PUBLISHED.iterdir() if p.name != "original.json")
    assert not any(p.is_symlink() for p in model.path.iterdir())  # the files themselves, not links to the cache
    assert (model.path / "vocab.json").read_bytes() == (PUBLISHED / "vocab.json").read_bytes()
    assert json.loads((model.path / STORE_MANIFEST).read_text())["source_repo"] == "OpenGVLab/InternVL2_5-4B"
    assert store.verify(model.model_id) == []
    shutil.rmtree(tmp_path / "hub")  # a copy outlives the cache
    assert open_checkpoint(model.path).format.family == "internvl"


def test_a_link_out_of_the_snapshot_other_than_into_its_blobs_is_still_refused(tmp_path):
    repository = cached_model(tmp_path)
    outside = tmp_path / "elsewhere.json"
    outside.write_text("{}")
    snapshot = repository / "snapshots" / COMMIT
    (snapshot / "tokenizer_config.json").unlink()
    os.symlink(outside, snapshot / "tokenizer_config.json")
    with pytest.raises(HubError, match="tokenizer_config.json .* cannot be copied safely") as refused:
        ModelStore(tmp_path / "store").import_folder(snapshot, copy=True)
    assert "Use it where it is" in str(refused.value)


def test_which_snapshot_a_repository_folder_stands_for(tmp_path):
    older, newer = "1" * 40, "2" * 40
    only = cached_model(tmp_path / "one", commits=(older,), main_ref=None)
    assert open_checkpoint(only).path == only / "snapshots" / older
    two = cached_model(tmp_path / "two", commits=(older, newer), main_ref=None)
    with pytest.raises(CheckpointError, match="2 snapshots and no main branch") as refused:
        open_checkpoint(two)
    assert str(two / "snapshots") in str(refused.value)
    stale = cached_model(tmp_path / "stale", commits=(older,), main_ref=newer)  # main moved, not downloaded yet
    assert open_checkpoint(stale).path == stale / "snapshots" / older
    empty = tmp_path / "empty" / "models--a--b"
    (empty / "snapshots").mkdir(parents=True)
    with pytest.raises(CheckpointError, match="no downloaded snapshot"):
        open_checkpoint(empty)
