"""A model already downloaded by Hugging Face's own tools. In the cache, laid out as ``huggingface_hub`` writes
it: the repository folder ``models--owner--name`` with ``blobs/`` (files named by hash), ``snapshots/<commit>/``
(each file a relative link into ``blobs/``) and ``refs/main``; it loads and imports as it lies, from the
repository folder or the snapshot, and the import copies the linked files themselves and names the model after
the repository. In a folder of its own (``huggingface-cli download --local-dir``), beside that tool's
``.cache/huggingface/download`` bookkeeping, which an import leaves behind; a download that did not finish
is said to be one.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

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
    cache = tmp_path / "one" / "hub"
    with pytest.raises(CheckpointError, match="is a Hugging Face cache, holding 1 model") as refused:
        open_checkpoint(cache)
    assert f"such as {only}" in str(refused.value)
    empty = tmp_path / "empty" / "models--a--b"
    (empty / "snapshots").mkdir(parents=True)
    with pytest.raises(CheckpointError, match="no downloaded snapshot"):
        open_checkpoint(empty)


def _local_dir_download(folder: Path, finished: bool) -> Path:
    """``huggingface-cli download OpenGVLab/InternVL2_5-4B --local-dir folder``, finished or stopped before the
    second shard."""
    shutil.copytree(PUBLISHED, folder, ignore=shutil.ignore_patterns("original.json"))
    bookkeeping = folder / ".cache" / "huggingface" / "download"
    bookkeeping.mkdir(parents=True)
    for file in folder.iterdir():
        if file.is_file():
            (bookkeeping / f"{file.name}.metadata").write_text(f"{COMMIT}\n{'0' * 40}\n1733300000.0\n")
            (bookkeeping / f"{file.name}.lock").touch()
    if not finished:
        shard = folder / "model-00002-of-00002.safetensors"
        (bookkeeping / f"{shard.name}.metadata").unlink()
        shard.rename(bookkeeping / "1f3c0a9e.incomplete")
    return folder


def test_a_local_dir_download_imports_without_its_bookkeeping(tmp_path):
    folder = _local_dir_download(tmp_path / "InternVL2_5-4B", finished=True)
    model = ModelStore(tmp_path / "store").import_folder(folder, copy=True)
    assert not (model.path / ".cache").exists()
    assert open_checkpoint(model.path).format.family == "internvl"


@pytest.mark.parametrize("where", ["local dir", "cache"])
def test_a_download_that_did_not_finish_is_said_to_be_one(tmp_path, capsys, where):
    if where == "local dir":
        folder = _local_dir_download(tmp_path / "InternVL2_5-4B", finished=False)
    else:
        folder = cached_model(tmp_path) / "snapshots" / COMMIT
        shard = folder / "model-00002-of-00002.safetensors"
        shard.resolve().rename(shard.resolve().with_suffix(".incomplete"))  # huggingface_hub names it so
        shard.unlink()  # the link is made when the blob is complete
    code = main(["ask", str(folder), "Hi", "--max-new-tokens", "1", "--device", "cpu"])
    err = capsys.readouterr().err
    assert code == 1 and "model-00002-of-00002.safetensors" in err
    assert "download did not finish" in err and "run the same download again" in err
    for partial in tmp_path.rglob("*.incomplete"):
        partial.unlink()
    assert main(["ask", str(folder), "Hi", "--max-new-tokens", "1", "--device", "cpu"]) == 1
    err = capsys.readouterr().err
    assert "Weight file(s) missing" in err and "download did not finish" not in err  # nothing left half-done


def test_a_model_used_from_the_cache_after_the_cache_was_cleared_says_so(tmp_path):
    repository = cached_model(tmp_path)
    store = ModelStore(tmp_path / "store")
    model = store.import_folder(repository, copy=False)
    shutil.rmtree(repository)  # `huggingface-cli delete-cache`, or the cache moved
    (gone,) = store.installed()
    assert gone.state == "damaged" and [str(p) for p in gone.problems] == [
        f"the folder it was used from is gone: {model.path}"
    ]
    with pytest.raises(HubError, match="was used where it lay, in .* and that folder is gone") as refused:
        store.verify(model.model_id)
    assert f"desktop-vlm models rm {model.model_id}" in str(refused.value)
    store.remove(model.model_id)
    assert store.installed() == []
