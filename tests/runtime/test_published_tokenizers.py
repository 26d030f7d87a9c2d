"""Every tokenizer layout the published checkpoints ship gives the original's ids and decoded text.

The expectations in ``tests/data/published/tokenizers/*/original.json`` were recorded from transformers 4.37.2
with ``use_fast=False`` (the model cards' call) and InternLM2's own tokenizer code — see the README there. They
cover the hard strings and 400 random mixes of added tokens, token fragments, whitespace and scripts, plus
random id sequences decoded with and without ``skip_special_tokens``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_vlm.runtime.tokenization import choose_tokenizer, load_tokenizer

TOKENIZERS = Path(__file__).parents[1] / "data" / "published" / "tokenizers"
LAYOUTS = sorted(p.name for p in TOKENIZERS.iterdir() if (p / "original.json").is_file())


@pytest.fixture(scope="module", params=LAYOUTS)
def layout(request):
    folder = TOKENIZERS / request.param
    return load_tokenizer(folder), json.loads((folder / "original.json").read_text(encoding="utf-8")), folder


def test_encoding_matches_the_original(layout):
    tokenizer, record, _ = layout
    wrong = [
        (case["text"], tokenizer.encode(case["text"]), case["ids"])
        for case in record["encode"]
        if tokenizer.encode(case["text"]) != case["ids"]
    ]
    assert not wrong, f"{len(wrong)} of {len(record['encode'])} differ; first: {wrong[0]!r}"


def test_decoding_matches_the_original(layout):
    tokenizer, record, _ = layout
    wrong = []
    for case in record["decode"]:
        for skip, key in ((False, "text"), (True, "text_skip_special")):
            if case[key] is not None and tokenizer.decode(case["ids"], skip_special_tokens=skip) != case[key]:
                wrong.append((case["ids"], skip, tokenizer.decode(case["ids"], skip_special_tokens=skip), case[key]))
    assert not wrong, f"{len(wrong)} decodings differ; first: {wrong[0]!r}"


def test_vocabulary_size_matches_the_original(layout):
    tokenizer, record, _ = layout
    assert len(tokenizer) == record["length"]


@pytest.mark.parametrize("name", [n for n in LAYOUTS if (TOKENIZERS / n / "tokenizer.json").is_file()])
def test_slow_files_win_over_tokenizer_json(name):
    """Where a folder ships both, the slow files are read, as ``use_fast=False`` does; for Phi-3 the fast
    tokenizer 4.37 converts from them gives other ids on many strings, so the choice matters."""
    folder = TOKENIZERS / name
    record = json.loads((folder / "original.json").read_text(encoding="utf-8"))
    assert choose_tokenizer(folder).files != ("tokenizer.json",)
    tokenizer = load_tokenizer(folder)
    assert all(
        tokenizer.encode(s) == c["ids"] for c in record["encode"] for s in [c["text"]] if s in record["fast_differs_on"]
    )
    if name.startswith("phi3"):
        assert len(record["fast_differs_on"]) > 100
