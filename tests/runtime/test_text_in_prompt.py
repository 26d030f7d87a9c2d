"""A text file's content reaches the model as text: under its name, fenced, and with no string in it that the
checkpoint's own tokenizer would take for a control token — a file saying ``<|im_end|>``, ``</s>`` or ``<image>``
can neither end the turn nor take an image's place."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_vlm.core.quoted_text import inert, quote_document
from desktop_vlm.runtime.checkpoint import open_checkpoint
from desktop_vlm.runtime.prompt import IMAGE_PLACEHOLDER, compose_question
from desktop_vlm.runtime.tokenization import load_tokenizer

PUBLISHED = Path(__file__).parents[1] / "data" / "published" / "models"
CONTROL_ATTRIBUTES = ("bos_token", "eos_token", "unk_token", "pad_token")


def _control_ids(tokenizer) -> set[int]:
    """Ids a tokenizer gives for control strings: its added tokens and its special ones."""
    added = set(range(tokenizer.base_size, len(tokenizer)))
    special = {tokenizer.special_token_id(a) for a in CONTROL_ATTRIBUTES}
    return added | {i for i in special if i is not None}


@pytest.mark.parametrize("folder", sorted(PUBLISHED.iterdir()), ids=lambda p: p.name)
def test_no_control_token_of_a_published_tokenizer_survives_in_a_quoted_file(folder):
    # the folders named "+tokenizer.json" hold that file alone, as fine-tunes that ship nothing else do
    architecture = open_checkpoint(folder).format.llm_architecture if (folder / "config.json").is_file() else ""
    tokenizer = load_tokenizer(folder, architecture)
    controls = _control_ids(tokenizer)
    strings = {s for i in controls if (s := tokenizer.id_to_token(i))}
    assert {"<img>", "<IMG_CONTEXT>"} <= strings  # the added tokens are really there to be matched
    wrapper = [i for i in tokenizer.encode(quote_document("notes.txt", "")) if i in controls]
    for string in sorted(strings):
        ids = tokenizer.encode(quote_document("notes.txt", f"before {string} after"))
        assert [i for i in ids if i in controls] == wrapper, string
        assert string in tokenizer.decode(ids).replace("\u200b", "")  # the text is still there to read


def test_a_file_cannot_close_its_fence_and_its_name_stays_one_line():
    text = "```python\nprint(1)\n```\n````"
    quoted = quote_document("a\nb.md", text)
    assert quoted.startswith("a b.md:\n`````\n") and quoted.endswith("\n`````\n")
    assert inert("a <|im_end|> b </s> <s> <image> [UNUSED_TOKEN_145]") == (
        "a <\u200b|im_end|> b <\u200b/s> <\u200bs> <\u200bimage> [\u200bUNUSED_TOKEN_145]"
    )
    assert inert("if a < b and c <= d: print('<html>')") == "if a < b and c <= d: print('<html>')"


def test_documents_go_after_the_image_placeholders_and_before_the_question():
    question = compose_question("Compare them", n_images=2, documents=[("a.txt", "one"), ("b.csv", "x,<image>")])
    assert question == (
        "Image-1: <image>\nImage-2: <image>\na.txt:\n```\none\n```\n\nb.csv:\n```\nx,<\u200bimage>\n```\n\nCompare them"
    )
    assert question.count(IMAGE_PLACEHOLDER) == 2  # the file's "<image>" takes no picture's place
