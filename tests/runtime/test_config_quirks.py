"""Configs as different transformers versions and tools saved them load to the same model.

Each variant rewrites a published-layout fixture's config.json the way real checkpoints differ, and must give
the original's recorded prompt and greedy ids unchanged (tests/data/published).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.registry import family
from tests.runtime.test_published_models import MODELS, request_for


def _variant(tmp_path: Path, name: str, edit) -> Path:
    folder = shutil.copytree(MODELS / name, tmp_path / name)
    config = json.loads((folder / "config.json").read_text())
    edit(config)
    (folder / "config.json").write_text(json.dumps(config, indent=1))
    return folder


def _assert_same_answer(folder: Path, name: str, case: str = "text_turn1") -> None:
    record = json.loads((MODELS / name / "original.json").read_text(encoding="utf-8"))
    expected = record["cases"][case]
    runtime = load_runtime(folder, device="cpu", dtype="float32")
    result = runtime.generate(request_for(expected, record["max_new_tokens"]))
    assert result.prompt_token_ids == expected["input_ids"]
    assert result.token_ids == expected["generated_ids"]
    assert runtime.template.system_message == record["system_message"]


def _rename_dtype(config: dict) -> None:
    for part in (config, config["vision_config"], config["llm_config"]):
        part["dtype"] = part.pop("torch_dtype", "bfloat16")


def _diff_against_original_defaults(config: dict, family_name: str) -> None:
    """What ``PretrainedConfig.to_diff_dict`` saves: only the keys that differ from the class defaults."""
    llm = config["llm_config"]
    defaults = family(family_name).config_defaults
    for part, section in ((config, "top"), (config["vision_config"], "vision"), (llm, llm["model_type"])):
        for key, value in defaults[section].items():
            if key in part and part[key] == value:
                del part[key]


@pytest.mark.parametrize("name", ["InternVL2_5-4B", "Ristretto-3B"])
def test_dtype_spelt_the_new_way(tmp_path, name):
    _assert_same_answer(_variant(tmp_path, name, _rename_dtype), name)


@pytest.mark.parametrize(
    "name, family_name",
    [
        ("InternVL2_5-4B", "internvl"),
        ("Mini-InternVL-Chat-4B-V1-5", "internvl"),
        ("Ristretto-3B", "ristretto"),
        ("Mono-InternVL-2B", "mono-internvl"),
    ],
)
def test_keys_left_out_because_they_equal_the_original_defaults(tmp_path, name, family_name):
    folder = _variant(tmp_path, name, lambda c: _diff_against_original_defaults(c, family_name))
    dropped = json.loads((folder / "config.json").read_text())
    assert "hidden_act" not in dropped["llm_config"]  # the variant really omits keys
    _assert_same_answer(folder, name, case="image_inside")


def test_an_omitted_key_means_the_original_default_not_todays(tmp_path):
    """InternViT's own class defaults to qkv_bias false: a diff-saved config that omits it has no qkv bias, so
    loading the fixture's biased weights with that config must be refused as unexpected tensors, not silently
    treated as transformers' InternVL default."""
    from desktop_vlm.core.errors import CheckpointError

    folder = _variant(tmp_path, "InternVL2_5-4B", lambda c: c["vision_config"].pop("qkv_bias"))
    with pytest.raises(CheckpointError, match="bias"):
        load_runtime(folder, device="cpu", dtype="float32")


@pytest.mark.parametrize("kind", ["su", "longrope"])
def test_phi3_rope_scaling_type_su_and_longrope(tmp_path, kind):
    def edit(config: dict) -> None:
        config["llm_config"]["rope_scaling"]["type"] = kind

    _assert_same_answer(_variant(tmp_path, "Mini-InternVL-Chat-4B-V1-5", edit), "Mini-InternVL-Chat-4B-V1-5")


@pytest.mark.parametrize("architectures", [None, []])
@pytest.mark.parametrize("name", ["InternVL2_5-4B", "Mini-InternVL-Chat-4B-V1-5", "Mono-InternVL-2B"])
def test_language_model_named_by_model_type_only(tmp_path, name, architectures):
    def edit(config: dict) -> None:
        if architectures is None:
            del config["llm_config"]["architectures"]
        else:
            config["llm_config"]["architectures"] = architectures

    _assert_same_answer(_variant(tmp_path, name, edit), name)


def test_local_name_or_path_from_the_training_machine_is_ignored(tmp_path):
    """A training machine's path naming another model must not change the model or its identity."""

    def edit(config: dict) -> None:
        config["_name_or_path"] = "/mnt/petrelfs/share_data/Vintern-3B-beta"
        config["llm_config"]["_name_or_path"] = "/mnt/petrelfs/share_data/Qwen2.5-3B-Instruct"
        config["vision_config"]["_name_or_path"] = "./pretrained/InternViT-300M-448px"

    _assert_same_answer(_variant(tmp_path, "InternVL2_5-4B", edit), "InternVL2_5-4B")
