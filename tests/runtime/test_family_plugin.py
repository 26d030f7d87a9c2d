"""A sixth model family plugs in by adding one folder: tests/runtime/toy_family/toyvlm (spec.py, model.py,
synthetic.py), found through DESKTOP_VLM_FAMILY_PATH, is detected, loaded and answers, is listed in the
catalog and by ``models list``, and is benchmarked — with no other file of the project naming it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from desktop_vlm.cli.main import main
from desktop_vlm.core.types import GenerationParams
from desktop_vlm.runtime import load_runtime, registry
from desktop_vlm.runtime.api import ChatRequest, VisualInput

TOY_FOLDER = Path(__file__).parent / "toy_family"
ROOT = Path(__file__).parents[2]


@pytest.fixture
def toy_family(monkeypatch):
    monkeypatch.setenv(registry.FAMILY_PATH_VARIABLE, str(TOY_FOLDER))
    registry.families.cache_clear()
    yield registry.family("toy-vlm")
    monkeypatch.delenv(registry.FAMILY_PATH_VARIABLE)
    registry.families.cache_clear()


def test_detected_loaded_and_answering(toy_family, tmp_path):
    folder = toy_family.load("synthetic")(tmp_path / "toy")
    assert registry.detect_format(json.loads((folder / "config.json").read_text())).family == "toy-vlm"
    runtime = load_runtime(folder, device="cpu", dtype="float32")
    picture = Image.new("RGB", (120, 60), (200, 30, 30))
    result = runtime.generate(
        ChatRequest("What is it?", [VisualInput(picture)], params=GenerationParams(max_new_tokens=5))
    )
    assert len(result.token_ids) == 5 and runtime.template.system_message == "You are a toy."
    assert result.stats.image_tiles == 3  # 2 × 1 tiles of 56 px and the thumbnail
    assert result.prompt_token_ids.count(runtime.img_context_id) == 3 * 16  # 16 patches of 14 px per tile


def test_listed_in_the_catalog_and_by_models_list(toy_family, tmp_path, capsys):
    from desktop_vlm.hub.catalog import find

    assert find("toy/ToyVLM-1B").family == "toy-vlm"
    assert main(["models", "list", "--models-dir", str(tmp_path)]) == 0
    assert "toy/ToyVLM-1B" in capsys.readouterr().out


def test_benchmarked(toy_family, tmp_path):
    """The runtime benchmark at tiny size, the checkpoint written by the family's own writer in a child process
    (which finds the family through the same environment variable)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import runtime_bench
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    out = tmp_path / "result.json"
    argv = [
        "--model",
        "toy-vlm-1b",
        "--size",
        "tiny",
        "--new-tokens",
        "3",
        "--repeats",
        "1",
        "--tiles",
        "1",
        "--device",
        "cpu",
        "--workdir",
        str(tmp_path),
        "--json",
        str(out),
    ]
    assert runtime_bench.main(argv) == 0
    assert json.loads(out.read_text())["family"] == "toy-vlm"


def test_nothing_outside_the_family_folders_names_a_family():
    """The family names appear only in their own folders (and in docs, tests and benchmark tables)."""
    names = [s.name for s in registry.families()] + ["InternLM2VEForCausalLM", "RistrettoModel"]
    own = {ROOT / "desktop_vlm" / "runtime" / folder for folder in ("internvl", "mono", "ristretto")}
    offenders = []
    for path in (ROOT / "desktop_vlm").rglob("*.py"):
        if any(parent in own for parent in path.parents):
            continue
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if f'"{n}"' in text or f"'{n}'" in text]
    assert not offenders, offenders


def test_family_path_reaches_child_processes(toy_family):
    code = "from desktop_vlm.runtime import registry; print([f.name for f in registry.families()])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "toy-vlm" in out


@pytest.mark.parametrize("name", ["internvl", "ristretto", "mono-internvl"])
def test_every_family_builds_the_declared_interfaces(name, tmp_path):
    """The engine drives a family only through the protocols in runtime/protocols.py."""
    from desktop_vlm.runtime.protocols import Decoder, StaticDecoding, VisionLanguageModel

    spec = registry.family(name)
    folder = spec.load("synthetic")(tmp_path / name)
    model = load_runtime(folder, device="cpu", dtype="float32").model
    assert isinstance(model, VisionLanguageModel) and isinstance(model.decoder, Decoder)
    assert isinstance(model.decoder, StaticDecoding) == model.decoder.supports_static_decode
