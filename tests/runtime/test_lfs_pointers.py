"""A model folder made by ``git clone`` without Git LFS holds pointer files where the weights and the
SentencePiece tokenizer belong: loading, inspecting and importing it name the pointers and the way to the real
files, where loading said the first shard was "not a valid safetensors file" with a header length of 10^18."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_vlm.cli.main import main
from desktop_vlm.core.errors import CheckpointError
from desktop_vlm.core.lfs_pointers import lfs_pointers
from desktop_vlm.hub import ModelStore
from desktop_vlm.runtime import load_runtime

MODELS = Path(__file__).parents[1] / "data" / "published" / "models"


def _pointer(path: Path) -> None:
    """``path`` as Git leaves an LFS file without Git LFS (hash and size of a real 7.6 GB shard)."""
    path.write_text(
        "version https://git-lfs.github.com/spec/v1\n"
        "oid sha256:2f6f1ac6f3c9d28c7a3fbd6a1d5d0e1ce6e6a97a9f53e0c1c52e7d1f1e7a9c11\n"
        "size 7642181880\n"
    )


@pytest.fixture
def cloned(tmp_path) -> Path:
    """Mini-InternVL-Chat-4B-V1-5 cloned without Git LFS: its weights and its tokenizer.model are pointers."""
    folder = shutil.copytree(MODELS / "Mini-InternVL-Chat-4B-V1-5", tmp_path / "Mini-InternVL-Chat-4B-V1-5")
    for name in ("model.safetensors", "tokenizer.model"):
        _pointer(folder / name)
    return folder


def test_loading_names_the_pointers_and_the_way_to_the_files(cloned):
    with pytest.raises(CheckpointError) as err:
        load_runtime(cloned, device="cpu")
    assert str(err.value.user_message) == (
        f"{cloned} was cloned without Git LFS: 2 of its files are pointers to the real files "
        "(model.safetensors, tokenizer.model), not the files themselves."
    )
    assert "git lfs pull" in str(err.value.hint)


def test_importing_it_is_refused_and_nothing_is_installed(cloned, tmp_path):
    store = ModelStore(tmp_path / "models")
    with pytest.raises(CheckpointError, match="cloned without Git LFS"):
        store.import_folder(cloned, copy=True)
    assert store.installed() == []


def test_the_cli_says_it_in_one_line(cloned, capsys):
    assert main(["models", "inspect", str(cloned)]) == 1
    assert "problem:         " + f"{cloned} was cloned without Git LFS" in capsys.readouterr().out
    assert main(["ask", str(cloned), "Hi"]) == 1
    assert "cloned without Git LFS" in capsys.readouterr().err


def test_only_small_files_that_start_as_a_pointer_are_pointers(tmp_path):
    _pointer(tmp_path / "tokenizer.model")
    (tmp_path / "notes.txt").write_text("version 2 of the notes\n")
    (tmp_path / "big.bin").write_bytes(b"version https://git-lfs.github.com/spec/v1\n" + bytes(4096))
    (tmp_path / "sub").mkdir()
    assert lfs_pointers(tmp_path) == ["tokenizer.model"]
    assert lfs_pointers(MODELS / "Mini-InternVL-Chat-4B-V1-5") == []
