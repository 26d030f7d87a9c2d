"""Importing local folders: copy is the default, as ``--help`` says; a copy takes the model's files and leaves
whatever else lies beside them; it never leaves the folder through a link, never follows ``loop -> .``, never
blocks on a FIFO and never leaves staging debris; a second folder of the same name never replaces the first;
ids are case-sensitive."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from desktop_vlm.cli.main import main
from desktop_vlm.hub import HubError, ModelStore
from desktop_vlm.hub.store import MANIFEST
from tests.conftest import REFERENCE_DIR

FIXTURE = REFERENCE_DIR / "Mono-InternVL-2B"


def _model(folder):
    shutil.copytree(FIXTURE, folder, ignore=shutil.ignore_patterns("reference.*", "*.png"))
    return folder


def _models_cli(tmp_path, monkeypatch, *args):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    return main(["models", "--models-dir", str(tmp_path / "store"), *map(str, args)])


def _staging_is_empty(root) -> bool:
    staging = root / ".staging"
    return not staging.exists() or not any(staging.iterdir())


def test_import_copies_by_default_as_its_help_says(tmp_path, monkeypatch, capsys):
    folder = _model(tmp_path / "mine")
    assert _models_cli(tmp_path, monkeypatch, "import", folder) == 0
    model = ModelStore(tmp_path / "store").get("local/mine")
    assert model.source == "import-copy" and model.path.parent == tmp_path / "store"
    assert _models_cli(tmp_path, monkeypatch, "rm", "local/mine") == 0
    assert _models_cli(tmp_path, monkeypatch, "import", folder, "--reference") == 0
    assert ModelStore(tmp_path / "store").get("local/mine").path == folder.resolve()
    with pytest.raises(SystemExit):
        _models_cli(tmp_path, monkeypatch, "import", "--help")
    assert "(the default" in capsys.readouterr().out.replace("\n", " ")


@pytest.mark.timeout(60)  # a FIFO must never be opened: reading one blocks until a writer comes
def test_a_copy_never_follows_links_out_of_the_folder_nor_loops(tmp_path):
    secret = tmp_path / "shadow"
    secret.write_text("root:$6$secret-hash")
    folder = _model(tmp_path / "mine")
    (folder / "notes.txt").symlink_to(secret)
    (folder / "loop").symlink_to(".")
    (folder / "outside").symlink_to(tmp_path)
    (folder / "tokenizer-again.json").symlink_to("tokenizer.json")  # inside the folder: copied as a file
    os.mkfifo(folder / "pipe")
    notes = []
    store = ModelStore(tmp_path / "store")
    model = store.import_folder(folder, copy=True, on_note=notes.append)
    copied = sorted(p.relative_to(model.path).as_posix() for p in model.path.rglob("*"))
    assert "notes.txt" not in copied and "pipe" not in copied
    assert not any(c.startswith(("loop", "outside")) for c in copied)
    assert (model.path / "tokenizer-again.json").read_bytes() == (folder / "tokenizer.json").read_bytes()
    assert not (model.path / "tokenizer-again.json").is_symlink()
    listed = [f["path"] for f in json.loads((model.path / MANIFEST).read_text())["files"]]
    assert "notes.txt" not in listed
    # none of them is the model's: left behind unopened (the FIFO would block its reader), said once
    assert notes == ["Left behind 4 file(s) or folder(s) beside the model that are not its own (0.0 MB)."]
    assert store.verify(model.model_id) == [] and _staging_is_empty(store.root)
    store.remove(model.model_id)
    (folder / "chat_template.json").symlink_to(secret)  # one of the model's files, linked out
    with pytest.raises(HubError, match="chat_template.json in .* cannot be copied safely"):
        store.import_folder(folder, copy=True)
    assert "secret-hash" not in "".join(p.read_text(errors="replace") for p in store.root.rglob("*") if p.is_file())


def test_a_copy_takes_the_model_s_files_and_leaves_the_downloads_beside_them(tmp_path):
    downloads = _model(tmp_path / "Downloads")  # a browser put the model page's files among other downloads
    (downloads / "holiday.mp4").write_bytes(b"\0" * 3_000_000)
    (downloads / "model-00001-of-00009.safetensors").write_bytes(b"\0" * 1_000)  # an older revision's shard
    (downloads / "examples").mkdir()
    (downloads / "examples" / "image1.jpg").write_bytes(b"\xff\xd8\xff" + b"\0" * 100)
    (downloads / "modeling_internvl_chat.py").write_text("raise SystemExit\n")
    notes = []
    model = ModelStore(tmp_path / "store").import_folder(downloads, copy=True, on_note=notes.append)
    copied = sorted(p.name for p in model.path.iterdir() if p.name != MANIFEST)
    assert copied == sorted(p.name for p in _model(tmp_path / "same").iterdir())
    assert notes == ["Left behind 4 file(s) or folder(s) beside the model that are not its own (3.0 MB)."]


def test_a_needed_file_linked_from_outside_refuses_the_copy_without_debris(tmp_path, monkeypatch, capsys):
    elsewhere = _model(tmp_path / "blobs")
    folder = tmp_path / "snapshot"  # like a Hugging Face cache snapshot: every file a link out of the folder
    folder.mkdir()
    for path in elsewhere.iterdir():
        (folder / path.name).symlink_to(path)
    assert _models_cli(tmp_path, monkeypatch, "import", folder) == 1
    err = capsys.readouterr().err
    assert "cannot be copied safely" in err and "--reference" in err and "Traceback" not in err
    assert ModelStore(tmp_path / "store").installed() == [] and _staging_is_empty(tmp_path / "store")
    assert _models_cli(tmp_path, monkeypatch, "import", folder, "--reference") == 0


def test_a_second_folder_with_the_same_name_gets_its_own_id(tmp_path, monkeypatch, capsys):
    first, second = _model(tmp_path / "a" / "Mono"), _model(tmp_path / "b" / "Mono")
    (second / "generation_config.json").write_text("{}")  # a different model of the same name
    assert _models_cli(tmp_path, monkeypatch, "import", first) == 0
    assert _models_cli(tmp_path, monkeypatch, "import", second) == 0
    err = capsys.readouterr().err
    assert "imported as local/Mono-2" in err
    store = ModelStore(tmp_path / "store")
    assert {m.model_id for m in store.installed()} == {"local/Mono", "local/Mono-2"}
    assert store.verify("local/Mono") == [] and store.get("local/Mono").origin == str(first)
    with pytest.raises(HubError, match="already imported as local/Mono"):
        store.import_folder(first, copy=False)


def test_ids_are_case_sensitive_and_rm_never_removes_another_case(tmp_path, monkeypatch, capsys):
    store = ModelStore(tmp_path / "store")
    store.import_folder(_model(tmp_path / "Model"), copy=False)
    assert store.get("local/MODEL") is None
    assert _models_cli(tmp_path, monkeypatch, "rm", "local/MODEL") == 1
    err = capsys.readouterr().err
    assert "local/MODEL is not installed" in err and "Did you mean local/Model?" in err
    assert store.get("local/Model") is not None
    other = store.import_folder(_model(tmp_path / "x" / "MODEL"), copy=False)  # would share a folder on macOS
    assert other.model_id == "local/MODEL-2"


PUBLISHED_MODELS = sorted(
    p for p in (REFERENCE_DIR.parent / "published" / "models").iterdir() if (p / "config.json").is_file()
)


@pytest.mark.parametrize("published", PUBLISHED_MODELS, ids=lambda p: p.name)
def test_a_copy_of_each_published_file_set_is_whole(tmp_path, published):
    notes = []
    model = ModelStore(tmp_path / "store").import_folder(published, copy=True, on_note=notes.append)
    copied = sorted(p.name for p in model.path.iterdir() if p.name != MANIFEST)
    assert copied == sorted(p.name for p in published.iterdir()) and notes == []
