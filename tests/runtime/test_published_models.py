"""The seeds in their published file layouts answer exactly as the original code does.

``tests/data/published/models/*`` are tiny random-weight checkpoints with the tokenizer files and
``conversation.py`` each repository ships (no ``tokenizer.json``); ``original.json`` beside each holds what the
original ``chat()`` gave under transformers 4.37.2 in float32 (the README there says how): the exact prompt ids,
the greedy ids and the decoded answer, over text turns whose history is the original's own decoded answers,
``<image>`` inside a question, Vietnamese and Chinese, a typed ``<|im_end|>``, two images, and for Ristretto
other image-token budgets.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from desktop_vlm.core.types import GenerationParams, TileParams, Turn
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest, VisualInput

MODELS = Path(__file__).parents[1] / "data" / "published" / "models"
IMAGES = Path(__file__).parents[1] / "data" / "reference" / "images"
NAMES = sorted(p.name for p in MODELS.iterdir() if (p / "original.json").is_file())


def checkpoint_folder(name: str, tmp_path_factory) -> Path:
    """The fixture's folder; a ``+tokenizer.json`` fixture is its base checkpoint plus the ``tokenizer.json``
    transformers 4.37 converts from the slow files (as a repository shipping both holds)."""
    if not name.endswith("+tokenizer.json"):
        return MODELS / name
    folder = shutil.copytree(MODELS / name.removesuffix("+tokenizer.json"), tmp_path_factory.mktemp("both") / "m")
    shutil.copy(MODELS / name / "tokenizer.json", folder / "tokenizer.json")
    return folder


@pytest.fixture(scope="module", params=NAMES)
def model(request, tmp_path_factory):
    folder = checkpoint_folder(request.param, tmp_path_factory)
    record = json.loads((MODELS / request.param / "original.json").read_text(encoding="utf-8"))
    return load_runtime(folder, device="cpu", dtype="float32"), record, folder


def request_for(case: dict, max_new_tokens: int) -> ChatRequest:
    visuals = [VisualInput(Image.open(IMAGES / name).convert("RGB"), max_tiles=n) for name, n in case["images"]]
    history = [Turn(q, a) for q, a in case["history"] or []]
    return ChatRequest(
        case["question"],
        visuals,
        history,
        params=GenerationParams(max_new_tokens=max_new_tokens),
        tiles=TileParams(max_tiles=12),
        image_tokens=case["extra"].get("num_image_token"),
    )


def test_system_message_is_the_original_one(model):
    runtime, record, _ = model
    assert runtime.template.name == record["template"]
    assert runtime.template.system_message == record["system_message"]


def test_prompt_ids_greedy_ids_and_answers_equal_the_original(model):
    runtime, record, _ = model
    for name, case in record["cases"].items():
        result = runtime.generate(request_for(case, record["max_new_tokens"]))
        assert result.prompt_token_ids == case["input_ids"], name
        assert result.token_ids == case["generated_ids"], name
        assert result.text == case["response"], name


def test_a_renamed_copy_answers_the_same(model, tmp_path):
    """Identity comes from the files: the same folder under another name gives the same ids."""
    _, record, folder = model
    copy = shutil.copytree(folder, tmp_path / "renamed")
    case = record["cases"]["text_turn1"]
    result = load_runtime(copy, device="cpu", dtype="float32").generate(request_for(case, record["max_new_tokens"]))
    assert result.prompt_token_ids == case["input_ids"] and result.token_ids == case["generated_ids"]


def test_cli_ask_on_the_published_ristretto_layout(capsys):
    """The command a new user runs on a downloaded Ristretto-3B (vocab.json + merges.txt, no tokenizer.json)."""
    from desktop_vlm.cli.main import main

    record = json.loads((MODELS / "Ristretto-3B" / "original.json").read_text(encoding="utf-8"))
    case = record["cases"]["text_turn1"]
    code = main(
        [
            "ask",
            str(MODELS / "Ristretto-3B"),
            case["question"],
            "--greedy",
            "--device",
            "cpu",
            "--dtype",
            "float32",
            "--max-new-tokens",
            str(record["max_new_tokens"]),
            "--json",
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["text"] == case["response"]
    assert out["prompt_token_ids"] == case["input_ids"] and out["token_ids"] == case["generated_ids"]
