"""Damaged and hostile checkpoint folders: every one is refused by ``desktop-vlm ask`` with one clear line,
before any module is built; none reaches a traceback, a file outside the folder, or hours of building.

The CLI entry function runs in-process (no subprocess per case), on copies of the tiny reference checkpoints
mutated one way each: config sizes, missing sections, the shard index, safetensors headers.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import struct
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_vlm.cli.main import main
from desktop_vlm.core.errors import CheckpointError
from desktop_vlm.runtime.checkpoint import INDEX_FILE, is_plain_shard_name, open_checkpoint
from desktop_vlm.runtime.config_checks import check_checkpoint
from desktop_vlm.runtime.config_fields import ACTIVATIONS, LANGUAGE_FIELD_KINDS
from desktop_vlm.runtime.registry import family
from tests.conftest import REFERENCE_DIR

SHARD1 = "model-00001-of-00002.safetensors"
SHARD2 = "model-00002-of-00002.safetensors"


def _copy(name: str, dest: Path) -> Path:
    shutil.copytree(REFERENCE_DIR / name, dest, ignore=shutil.ignore_patterns("reference.*", "*.png"))
    return dest


def _config(edit: Callable[[dict], object]) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        config = json.loads((folder / "config.json").read_text())
        edit(config)
        (folder / "config.json").write_text(json.dumps(config))

    return mutate


def _set(section: str | None, key: str, value) -> Callable[[Path], None]:
    return _config(lambda c: (c[section] if section else c).__setitem__(key, value))


def _drop(section: str | None, key: str) -> Callable[[Path], None]:
    return _config(lambda c: (c[section] if section else c).pop(key))


def _index(value) -> Callable[[Path], None]:
    return lambda folder: (folder / INDEX_FILE).write_text(json.dumps(value))


def _header(edit: Callable[[dict], object], shard: str = SHARD1) -> Callable[[Path], None]:
    """Rewrite one shard's JSON header (data untouched)."""

    def mutate(folder: Path) -> None:
        raw = (folder / shard).read_bytes()
        (length,) = struct.unpack("<Q", raw[:8])
        header = json.loads(raw[8 : 8 + length])
        edit(header)
        text = json.dumps(header).encode()
        (folder / shard).write_bytes(struct.pack("<Q", len(text)) + text + raw[8 + length :])

    return mutate


def _every_tensor(shard: str = SHARD1, **changes) -> Callable[[Path], None]:
    return _header(lambda h: [entry.update(changes) for name, entry in h.items() if name != "__metadata__"], shard)


def _raw(edit: Callable[[bytes], bytes], shard: str = SHARD1) -> Callable[[Path], None]:
    return lambda folder: (folder / shard).write_bytes(edit((folder / shard).read_bytes()))


def _outside_shard(folder: Path) -> None:
    """The index names a real safetensors file in a sibling folder."""
    other = _copy("Mono-InternVL-2B", folder.parent / (folder.name + "-other"))
    weight_map = json.loads((folder / INDEX_FILE).read_text())["weight_map"]
    name = next(iter(weight_map))
    weight_map[name] = f"../{other.name}/model.safetensors"
    (folder / INDEX_FILE).write_text(json.dumps({"weight_map": weight_map}))


INTERNVL, MONO, RISTRETTO = "InternVL2_5-4B", "Mono-InternVL-2B", "Ristretto-3B"
CASES = {
    # absurd and zero/negative/string sizes (ZeroDivisionError, hours of building, transformers' own checks)
    "a million layers": (INTERNVL, _set("llm_config", "num_hidden_layers", 1_000_000), "num_hidden_layers"),
    "layers within range but not these weights'": (
        INTERNVL,
        _set("llm_config", "num_hidden_layers", 400),
        "does not belong to these weights",
    ),
    "huge hidden size": (INTERNVL, _set("vision_config", "hidden_size", 60_000), "does not belong"),
    "huge vocabulary": (RISTRETTO, _set("llm_config", "vocab_size", 4_000_000), "does not belong"),
    "zero LLM width": (INTERNVL, _set("llm_config", "hidden_size", 0), "llm_config.hidden_size is 0"),
    "zero heads": (INTERNVL, _set("llm_config", "num_attention_heads", 0), "num_attention_heads is 0"),
    "zero vision heads": (RISTRETTO, _set("vision_config", "num_attention_heads", 0), "num_attention_heads"),
    "heads that do not divide": (INTERNVL, _set("llm_config", "num_attention_heads", 3), "do not divide"),
    "zero patch": (INTERNVL, _set("vision_config", "patch_size", 0), "patch_size is 0"),
    "zero downsample ratio": (INTERNVL, _set(None, "downsample_ratio", 0), "downsample_ratio"),
    "negative layers": (MONO, _set("llm_config", "num_hidden_layers", -1), "num_hidden_layers is -1"),
    "string width": (INTERNVL, _set("llm_config", "hidden_size", "64"), "hidden_size is '64'"),
    "string layers": (RISTRETTO, _set("vision_config", "num_hidden_layers", "2"), "num_hidden_layers is '2'"),
    "boolean width": (MONO, _set("vision_config", "hidden_size", True), "hidden_size is True"),
    "string norm epsilon": (MONO, _set("llm_config", "rms_norm_eps", "tiny"), "rms_norm_eps"),
    "unknown activation": (INTERNVL, _set("llm_config", "hidden_act", "nope"), "hidden_act"),
    "string flag transformers checks": (INTERNVL, _set("llm_config", "use_cache", "yes"), "use_cache"),
    "padding token past the vocabulary": (INTERNVL, _set("llm_config", "pad_token_id", 10**30), "pad_token_id"),
    "language model type not a name": (RISTRETTO, _set("llm_config", "model_type", 1_000_000), "model_type"),
    # missing sections and fields
    "no vision_config": (INTERNVL, _drop(None, "vision_config"), "vision_config"),
    "vision_config a list": (INTERNVL, _set(None, "vision_config", []), "vision_config"),
    # a field left out takes the original class's default (a 3200-wide tower): not these weights
    "no vision width": (MONO, _drop("vision_config", "hidden_size"), "does not belong"),
    "no LLM width": (RISTRETTO, _drop("llm_config", "hidden_size"), "does not belong"),
    # the shard index
    "index is a list": (INTERNVL, _index([1, 2]), "has no weight_map"),
    "weight_map is a list": (INTERNVL, _index({"weight_map": ["a"]}), "has no weight_map"),
    "shard outside the folder": (INTERNVL, _outside_shard, "plain .safetensors file names"),
    "absolute shard path": (INTERNVL, _index({"weight_map": {"x": "/etc/passwd"}}), "plain .safetensors"),
    "backslash in a shard name": (INTERNVL, _index({"weight_map": {"x": "..\\x.safetensors"}}), "plain"),
    "NUL in a shard name": (INTERNVL, _index({"weight_map": {"x": "a\u0000.safetensors"}}), "plain"),
    "shard name not a string": (INTERNVL, _index({"weight_map": {"x": 5}}), "plain .safetensors"),
    "index names a tensor its shard lacks": (INTERNVL, _index({"weight_map": {"nope": SHARD1}}), "does not contain"),
    # sharded safetensors headers
    "header length past the file": (INTERNVL, _raw(lambda b: struct.pack("<Q", 1 << 60) + b[8:]), "header length"),
    "header not JSON": (INTERNVL, _raw(lambda b: b[:8] + b"{" * 16 + b[24:]), "not a valid safetensors"),
    "byte range past the data": (INTERNVL, _every_tensor(data_offsets=[0, 10**9]), "byte range"),
    "shape of strings": (INTERNVL, _every_tensor(shape=["a"]), "not a list of non-negative integers"),
    "unknown dtype": (MONO, _every_tensor("model.safetensors", dtype="Q7"), "unknown dtype"),
    "truncated shard": (INTERNVL, _raw(lambda b: b[:5000], SHARD2), "truncated"),
    # integer dtypes where floats are expected (same byte size, so the header is otherwise consistent)
    "I16 where BF16 is expected": (INTERNVL, _every_tensor(dtype="I16"), "stored as I16"),
    "U16 in a single-file checkpoint": (
        MONO,
        _header(lambda h: h["mlp1.0.bias"].update(dtype="U16"), "model.safetensors"),
        "'mlp1.0.bias'",
    ),
}


@pytest.mark.timeout(60)  # before these checks, "a million layers" built modules for hours
@pytest.mark.parametrize("case", CASES)
def test_ask_refuses_a_damaged_checkpoint_in_one_line(case, tmp_path, capsys):
    base, mutate, message = CASES[case]
    folder = _copy(base, tmp_path / "model")
    mutate(folder)
    started = time.monotonic()
    code = main(["ask", str(folder), "Hi", "--max-new-tokens", "1", "--device", "cpu"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert message in err
    assert time.monotonic() - started < 20  # refused from the headers and the config, not after building


def test_shard_names_must_be_plain_safetensors_files_in_the_folder():
    assert is_plain_shard_name("model-00001-of-00002.safetensors")
    for name in (
        "../x.safetensors",
        "/etc/passwd",
        "a/b.safetensors",
        "..\\x.safetensors",
        "C:x.safetensors",
        "x.safetensors\u0000",
        "config.json",
        "..",
        ".",
    ):
        assert not is_plain_shard_name(name), name


@pytest.mark.parametrize(
    "name", ["InternVL2_5-4B", "Mini-InternVL-Chat-4B-V1-5", "Vintern-3B-beta", "Mono-InternVL-2B", "Ristretto-3B"]
)
def test_the_implied_parameter_count_is_exact_for_every_family(name):
    checkpoint = open_checkpoint(REFERENCE_DIR / name)
    implied = family(checkpoint.format.family).parameter_count(checkpoint.config)
    # Ristretto stores SigLIP's attention-pooling head, which is never built (nor counted by the config rule)
    built = sum(t.numel for n, t in checkpoint.tensors.items() if ".head." not in n)
    assert implied == built
    check_checkpoint(checkpoint)  # and the published layout passes


def test_a_config_that_implies_slightly_different_weights_is_left_to_the_tensor_by_tensor_check(tmp_path):
    folder = _copy("InternVL2_5-4B", tmp_path / "model")
    _set("llm_config", "intermediate_size", 136)(folder)  # 8 more columns: a few % more parameters
    check_checkpoint(open_checkpoint(folder))  # within the tolerance; loading names the mismatched tensors


def test_config_rules_cover_what_transformers_checks():
    from transformers import Phi3Config, Qwen2Config
    from transformers.activations import ACT2FN

    assert ACTIVATIONS <= set(ACT2FN)
    sizes = {
        "vocab_size",
        "hidden_size",
        "intermediate_size",
        "num_hidden_layers",
        "num_attention_heads",
        "num_key_value_heads",
        "max_position_embeddings",
        "original_max_position_embeddings",
    }
    handled = (
        sizes
        | set(LANGUAGE_FIELD_KINDS)
        | {
            "hidden_act",
            "layer_types",  # checked by name
            "transformers_version",
            "architectures",
            "tie_word_embeddings",
            "use_sliding_window",  # set by the loader
            "dtype",  # accepted whatever its value
        }
    )
    for cls in (Qwen2Config, Phi3Config):
        unchecked = {f.name for f in dataclasses.fields(cls)} - handled
        assert not unchecked, f"{cls.__name__} validates fields config_checks does not: {sorted(unchecked)}"


def test_an_unreadable_config_is_a_checkpoint_error(tmp_path):
    folder = _copy("Mono-InternVL-2B", tmp_path / "model")
    (folder / "config.json").write_text("[" * 100_000)
    with pytest.raises(CheckpointError, match="nested too deeply|not readable JSON"):
        open_checkpoint(folder)


def test_a_folder_name_with_control_characters_stays_one_escaped_line(tmp_path, capsys):
    folder = tmp_path / "model\x1b[2J\nrm -rf ~"  # an escape sequence and a line break in the name
    folder.mkdir()
    assert main(["ask", str(folder), "Hi"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "\x1b" not in err
    assert "config.json is missing" in err and "\\x1b[2J rm -rf ~" in err
