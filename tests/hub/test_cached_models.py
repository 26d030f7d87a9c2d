"""Supported models already in the Hugging Face cache are found, so that a person is offered the weights on their
disk before a second download: complete snapshots of a format Desktop VLM runs, and nothing else."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from desktop_vlm.cli.main import main
from desktop_vlm.config.paths import AppPaths, hugging_face_cache_of
from desktop_vlm.hub import ModelStore
from desktop_vlm.hub.cached_models import cached_models, not_installed
from tests.hub.cache_layout import COMMIT, PUBLISHED, cached_model


@pytest.mark.parametrize(
    "environ, expected",
    [
        ({"HF_HUB_CACHE": "/a", "HUGGINGFACE_HUB_CACHE": "/b", "HF_HOME": "/c", "XDG_CACHE_HOME": "/d"}, "/a"),
        ({"HUGGINGFACE_HUB_CACHE": "/b", "HF_HOME": "/c", "XDG_CACHE_HOME": "/d"}, "/b"),
        ({"HF_HOME": "/c", "XDG_CACHE_HOME": "/d"}, "/c/hub"),
        ({"XDG_CACHE_HOME": "/d"}, "/d/huggingface/hub"),
        ({"HF_HUB_CACHE": ""}, "~/.cache/huggingface/hub"),
    ],
)
def test_the_cache_is_where_hugging_face_s_tools_put_it(environ, expected):
    assert hugging_face_cache_of(environ) == Path(expected).expanduser()


def test_a_given_root_keeps_the_machine_s_own_cache_out_of_sight(tmp_path):
    assert AppPaths(tmp_path).hugging_face_cache == tmp_path / "huggingface" / "hub"


def _another_model(cache: Path, name: str, config: dict) -> None:
    snapshot = cache / f"models--someone--{name}" / "snapshots" / ("9" * 40)
    snapshot.mkdir(parents=True)
    (snapshot / "config.json").write_text(json.dumps(config))
    (snapshot / "model.safetensors").write_bytes(b"\0" * 16)


def test_only_complete_snapshots_of_supported_models_are_found(tmp_path):
    cache = cached_model(tmp_path).parent  # …/hub
    published = json.loads((PUBLISHED / "config.json").read_text())
    _another_model(cache, "bert", {"architectures": ["BertModel"]})
    _another_model(cache, "InternVL2_5-4B-AWQ", published | {"quantization_config": {"quant_method": "awq"}})
    partial = cached_model(tmp_path / "partial")  # a second download, stopped before its last shard
    (partial / "snapshots" / COMMIT / "model-00002-of-00002.safetensors").unlink()
    os.rename(partial, cache / "models--OpenGVLab--InternVL2_5-4B-MPO")
    (cache / "datasets--someone--pictures" / "snapshots").mkdir(parents=True)
    found = cached_models(cache)
    assert [(m.repo_id, m.family, m.snapshot) for m in found] == [
        ("OpenGVLab/InternVL2_5-4B", "internvl", cache / "models--OpenGVLab--InternVL2_5-4B" / "snapshots" / COMMIT)
    ]
    published_files = [p for p in PUBLISHED.iterdir() if p.name != "original.json"]
    assert found[0].size_bytes == sum(p.stat().st_size for p in published_files)  # the blobs, not the links
    assert cached_models(tmp_path / "no-such-cache") == []


def test_a_model_imported_from_the_cache_or_downloaded_is_not_offered_again(tmp_path):
    cache = cached_model(tmp_path).parent
    store = ModelStore(tmp_path / "store")
    assert [m.name for m in not_installed(cached_models(cache), store.installed())] == ["InternVL2_5-4B"]
    model = store.import_folder(cache / "models--OpenGVLab--InternVL2_5-4B", copy=False)
    assert not_installed(cached_models(cache), store.installed()) == []
    store.remove(model.model_id)
    copied = store.import_folder(cache / "models--OpenGVLab--InternVL2_5-4B", copy=True)
    assert not_installed(cached_models(cache), store.installed()) == []
    store.remove(copied.model_id)
    assert len(not_installed(cached_models(cache), store.installed())) == 1


def test_models_list_offers_what_the_cache_holds(tmp_path, monkeypatch, capsys):
    cache = cached_model(tmp_path).parent
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert main(["models", "--models-dir", str(tmp_path / "store"), "list"]) == 0
    out = capsys.readouterr().out
    assert "OpenGVLab/InternVL2_5-4B" in out and "not installed, in the Hugging Face cache" in out
    assert f"in the Hugging Face cache ({cache}), not imported" in out
    assert str(cache / "models--OpenGVLab--InternVL2_5-4B" / "snapshots" / COMMIT) in out


def test_an_oversized_config_index_or_ref_in_the_cache_is_never_read_whole(tmp_path):
    import tracemalloc

    from desktop_vlm.core.hf_cache import snapshot_of

    cache = cached_model(tmp_path).parent
    _another_model(cache, "huge-config", {})
    os.truncate(cache / "models--someone--huge-config" / "snapshots" / ("9" * 40) / "config.json", 1 << 30)  # sparse
    index = cache / "models--someone--huge-index" / "snapshots" / ("9" * 40)
    index.parent.parent.mkdir()
    shutil.copytree(PUBLISHED, index)
    (index / "model.safetensors.index.json").unlink()
    (index / "model.safetensors.index.json").touch()
    os.truncate(index / "model.safetensors.index.json", 1 << 30)
    repository = cache / "models--OpenGVLab--InternVL2_5-4B"
    (repository / "refs" / "main").write_text(COMMIT)
    os.truncate(repository / "refs" / "main", 1 << 30)  # the commit, then a gigabyte of zeros
    tracemalloc.start()
    try:
        found = cached_models(cache)
        assert snapshot_of(repository) == repository / "snapshots" / COMMIT
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [m.repo_id for m in found] == ["OpenGVLab/InternVL2_5-4B"]
    assert peak < 32 << 20
