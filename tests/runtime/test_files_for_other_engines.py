"""Files made for other engines, as people download them: a pre-quantised copy of a supported model (AWQ, GPTQ,
bitsandbytes, MLX) and llama.cpp's GGUF. Each is refused with one line that names what it is and says what to
use instead, where before a person read "damaged" or "not found".

The pre-quantised copies are the published tiny InternVL2_5-4B (its original file set) with the language
model's linear weights replaced by the packed tensors each method writes, and its config.json declaring the
method where that method's exporters put it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file, save_file

from desktop_vlm.cli.main import main
from desktop_vlm.runtime.prequantised import declared_quantisation

MODELS = Path(__file__).parents[1] / "data" / "published" / "models"
PUBLISHED = MODELS / "InternVL2_5-4B"
GROUP = 32  # the tiny model's widths are 64: groups of 128 would not divide them


def _packed_copy(dest: Path, pack: Callable[[str, torch.Tensor], dict[str, torch.Tensor]]) -> Path:
    """``PUBLISHED`` with every language-model linear weight replaced by ``pack(name, weight)``'s tensors, in
    one model.safetensors (a quantiser writes its own shards)."""
    shutil.copytree(PUBLISHED, dest, ignore=shutil.ignore_patterns("*.safetensors", "*.index.json", "original.json"))
    tensors: dict[str, torch.Tensor] = {}
    for shard in sorted(PUBLISHED.glob("*.safetensors")):
        for name, tensor in load_file(shard).items():
            if name.startswith("language_model.model.layers.") and name.endswith("_proj.weight"):
                tensors.update(pack(name.removesuffix("weight"), tensor))
            else:
                tensors[name] = tensor
    save_file(tensors, dest / "model.safetensors", metadata={"format": "pt"})
    return dest


def _awq(prefix: str, weight: torch.Tensor) -> dict[str, torch.Tensor]:
    rows, columns = weight.shape  # (out, in): AWQ stores the transpose, eight 4-bit values to an int32
    return {
        prefix + "qweight": torch.zeros(columns, rows // 8, dtype=torch.int32),
        prefix + "qzeros": torch.zeros(columns // GROUP, rows // 8, dtype=torch.int32),
        prefix + "scales": torch.ones(columns // GROUP, rows, dtype=torch.float16),
    }


def _gptq(prefix: str, weight: torch.Tensor) -> dict[str, torch.Tensor]:
    rows, columns = weight.shape
    return {
        prefix + "qweight": torch.zeros(columns // 8, rows, dtype=torch.int32),
        prefix + "qzeros": torch.zeros(columns // GROUP, rows // 8, dtype=torch.int32),
        prefix + "scales": torch.ones(columns // GROUP, rows, dtype=torch.float16),
        prefix + "g_idx": torch.arange(columns, dtype=torch.int32) // GROUP,
    }


def _bnb_int8(prefix: str, weight: torch.Tensor) -> dict[str, torch.Tensor]:
    return {prefix + "weight": torch.zeros(weight.shape, dtype=torch.int8), prefix + "SCB": torch.ones(weight.shape[0])}


def _bnb_nf4(prefix: str, weight: torch.Tensor) -> dict[str, torch.Tensor]:
    values = weight.numel()
    return {
        prefix + "weight": torch.zeros(values // 2, 1, dtype=torch.uint8),
        prefix + "weight.absmax": torch.ones(values // 64),
        prefix + "weight.quant_map": torch.linspace(-1, 1, 16),
    }


def _mlx(prefix: str, weight: torch.Tensor) -> dict[str, torch.Tensor]:
    rows, columns = weight.shape  # MLX keeps the weight's name, eight 4-bit values to a uint32
    return {
        prefix + "weight": torch.zeros(rows, columns // 8, dtype=torch.uint32),
        prefix + "scales": torch.ones(rows, columns // GROUP, dtype=torch.bfloat16),
        prefix + "biases": torch.zeros(rows, columns // GROUP, dtype=torch.bfloat16),
    }


def _fp8(prefix: str, weight: torch.Tensor) -> dict[str, torch.Tensor]:
    return {prefix + "weight": weight.to(torch.float8_e4m3fn), prefix + "weight_scale": torch.ones(1)}


def _declare(where: str | None, key: str, value: dict) -> Callable[[dict], None]:
    return lambda config: (config[where] if where else config).__setitem__(key, value)


AWQ = {"quant_method": "awq", "bits": 4, "group_size": GROUP, "version": "gemm", "zero_point": True}
COPIES = {
    # lmdeploy and AutoAWQ declare AWQ at the top of the config
    "AWQ": (_awq, _declare(None, "quantization_config", AWQ), "4-bit AWQ"),
    "GPTQ": (
        _gptq,
        _declare("llm_config", "quantization_config", {"quant_method": "gptq", "bits": 4, "group_size": GROUP}),
        "4-bit GPTQ",
    ),
    "bitsandbytes int8": (
        _bnb_int8,
        _declare(None, "quantization_config", {"quant_method": "bitsandbytes", "load_in_8bit": True}),
        "8-bit bitsandbytes",
    ),
    "bitsandbytes nf4": (
        _bnb_nf4,
        _declare(None, "quantization_config", {"quant_method": "bitsandbytes", "load_in_4bit": True}),
        "4-bit bitsandbytes",
    ),
    "MLX": (_mlx, _declare(None, "quantization", {"group_size": GROUP, "bits": 4}), "4-bit MLX"),
    # someone put the original config.json back beside packed weights
    "AWQ weights under the original config": (_awq, lambda config: None, "packed by a quantisation method"),
    "MLX weights under the original config": (_mlx, lambda config: None, "packed by a quantisation method"),
    "FP8 weights under the original config": (_fp8, lambda config: None, "stored as F8_E4M3, 8-bit floating point"),
}


def _ask(folder: Path, capsys) -> str:
    code = main(["ask", str(folder), "Hi", "--max-new-tokens", "1", "--device", "cpu"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize("copy", COPIES)
def test_a_pre_quantised_copy_is_named_and_the_original_recommended(copy, tmp_path, capsys):
    pack, declare, named = COPIES[copy]
    folder = _packed_copy(tmp_path / "InternVL2_5-4B-quantised", pack)
    config = json.loads((folder / "config.json").read_text())
    declare(config)
    (folder / "config.json").write_text(json.dumps(config))
    err = _ask(folder, capsys)
    assert named in err and "damaged" not in err
    assert "original model" in err and "--quantize int4" in err


@pytest.mark.parametrize("model", sorted(p.parent.name for p in MODELS.glob("*/config.json")))
def test_no_published_model_is_taken_for_a_quantised_copy(model):
    assert declared_quantisation(json.loads((MODELS / model / "config.json").read_text())) is None


@pytest.mark.parametrize(
    "declared, named",
    [
        ({"quant_method": "awq", "w_bit": 4}, "4-bit AWQ"),  # AutoAWQ's own key
        ({"quant_method": "fp8", "activation_scheme": "dynamic"}, "8-bit FP8"),
        ({"quant_method": "compressed-tensors", "format": "pack-quantized"}, "compressed-tensors"),
        ({"quant_method": "gptq", "bits": "4"}, "GPTQ"),  # a number written as text is not repeated back
        ({"quant_method": "x" * 10_000, "bits": 2**40}, "a method it does not name"),  # nor a page of text
        ({"bits": 4, "group_size": 128}, "a 4-bit method"),
        ({"quant_method": ["awq"], "load_in_4bit": "yes"}, "a method it does not name"),
    ],
)
def test_the_method_is_named_as_declared_and_nothing_absurd_is_repeated(declared, named):
    described = declared_quantisation({"llm_config": {"quantization_config": declared}})
    assert str(described) == named


@pytest.mark.parametrize("declared", [None, [], "awq", 3.5, {}])
def test_a_quantisation_field_that_declares_nothing_is_not_taken_for_one(declared):
    assert declared_quantisation({"quantization_config": declared, "llm_config": {"quantization": declared}}) is None


def test_a_gguf_file_or_a_folder_of_them_points_to_the_original_or_a_llama_cpp_server(tmp_path, capsys):
    folder = tmp_path / "InternVL2_5-4B-GGUF"
    folder.mkdir()
    for name in ("InternVL2_5-4B-Q4_K_M.gguf", "mmproj-InternVL2_5-4B-f16.gguf"):
        (folder / name).write_bytes(b"GGUF" + bytes(60))
    for path, said in (
        (folder / "InternVL2_5-4B-Q4_K_M.gguf", "InternVL2_5-4B-Q4_K_M.gguf is a GGUF file"),
        (folder, "holds GGUF files (InternVL2_5-4B-Q4_K_M.gguf, mmproj-InternVL2_5-4B-f16.gguf)"),
    ):
        err = _ask(path, capsys)
        assert said in err and "llama.cpp" in err and "--remote" in err
        assert "not found" not in err and "missing" not in err


def test_one_file_of_a_model_points_to_its_folder(tmp_path, capsys):
    folder = shutil.copytree(PUBLISHED, tmp_path / "InternVL2_5-4B")
    for name in ("config.json", "model-00001-of-00002.safetensors"):
        err = _ask(folder / name, capsys)
        assert f"{name} is one file of a model" in err and f"Choose the folder {folder} instead" in err
