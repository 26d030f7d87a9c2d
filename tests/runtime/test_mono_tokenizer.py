"""Mono-InternVL's SentencePiece tokenizer, loaded without the checkpoint's tokenization_internlm2.py.

A small SentencePiece BPE model (byte fallback, InternLM2's special pieces as user-defined symbols,
InternVL's image tokens added after the SentencePiece vocabulary, as in the published checkpoint) is
trained on the spot. The oracle below is written independently from the runtime's class: it is what
the original InternLM2 tokenizer does under transformers 4.37 — cut special tokens out of the text,
encode every other piece with the SentencePiece processor directly, put <s> in front; decode by
dropping special ids, SentencePiece-decoding the rest and applying transformers' space clean-up.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

spm = pytest.importorskip("sentencepiece")

from desktop_vlm.runtime.tokenization import load_tokenizer  # noqa: E402
from desktop_vlm.runtime.tokenization.synthetic import write_internlm2_tokenizer  # noqa: E402

SAMPLES = [
    "",
    "Hello, who are you?",
    "<|im_start|>system\n你是由上海人工智能实验室联合商汤科技开发的书生多模态大模型。<|im_end|><|im_start|>user\n",
    "<img><IMG_CONTEXT><IMG_CONTEXT><IMG_CONTEXT></img>\nPlease describe the image shortly.<|im_end|><|im_start|>assistant\n",
    "Xin chào, bạn là ai? Hãy mô tả hình ảnh này bằng tiếng Việt.",
    "emoji 😀🐼 and symbols ∑ ≠ ☃ never seen in training",
    "  two leading spaces, trailing spaces  ",
    "tabs\tand\n\nblank lines\n\n\n",
    "spaces around specials <|im_end|> text <img> </img>  <IMG_CONTEXT>x",
    "a literal <s> and </s> in the text, and <unk>",
    "clean-up cases: don 't , it 's , we 've , they 're , I 'm , wait ? yes ! end .",
    "<box>[[1, 2, 3, 4]]</box><ref>panda</ref><quad>q</quad>",
    "数字 12345 和 English mixed 混合 text",
]


class Oracle:
    """The original tokenizer's observable behaviour, from the SentencePiece processor directly."""

    def __init__(self, folder: Path, special_ids: dict[str, int]):
        self.sp = spm.SentencePieceProcessor(model_file=str(folder / "tokenizer.model"))
        self.special_ids = special_ids
        alternatives = sorted(special_ids, key=len, reverse=True)  # longest first: leftmost-longest match
        self.pattern = re.compile("|".join(re.escape(s) for s in alternatives))

    def encode(self, text: str) -> list[int]:
        ids, pos = [self.special_ids["<s>"]], 0
        for match in self.pattern.finditer(text):
            if match.start() > pos:
                ids += self.sp.encode(text[pos : match.start()])
            ids.append(self.special_ids[match.group()])
            pos = match.end()
        if pos < len(text):
            ids += self.sp.encode(text[pos:])
        return ids

    def decode_skip_special(self, ids: list[int]) -> str:
        text = self.sp.decode([i for i in ids if i not in set(self.special_ids.values())])
        for a, b in [
            (" .", "."),
            (" ?", "?"),
            (" !", "!"),
            (" ,", ","),
            (" ' ", "'"),
            (" n't", "n't"),
            (" 'm", "'m"),
            (" 's", "'s"),
            (" 've", "'ve"),
            (" 're", "'re"),
        ]:
            text = text.replace(a, b)
        return text


@pytest.fixture(scope="module", params=[True, False], ids=["dummy-prefix", "no-dummy-prefix"])
def pair(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("sp")
    special_ids = write_internlm2_tokenizer(folder, add_dummy_prefix=request.param)
    return load_tokenizer(folder, "InternLM2VEForCausalLM"), Oracle(folder, special_ids), special_ids


@pytest.mark.parametrize("text", SAMPLES)
def test_ids_equal_original(pair, text):
    tok, oracle, _ = pair
    assert tok.encode(text) == oracle.encode(text)


@pytest.mark.parametrize("text", SAMPLES)
def test_decoded_text_equals_original(pair, text):
    tok, oracle, _ = pair
    ids = oracle.encode(text)
    assert tok.decode(ids, skip_special_tokens=True) == oracle.decode_skip_special(ids)
    # a generated answer (no BOS, may contain the stop token) decodes the same way
    answer = ids[1:] + [oracle.special_ids["<|im_end|>"]]
    assert tok.decode(answer, skip_special_tokens=True) == oracle.decode_skip_special(ids[1:])


def test_ids_past_the_vocabulary_decode_as_nothing(pair):
    """The published embedding matrix can have more rows than the tokenizer has ids; a sampled id from
    those rows must not crash the answer (SentencePiece itself raises IndexError on it)."""
    tok, oracle, _ = pair
    ids = oracle.encode("Hello, who are you?")[1:]
    beyond = len(tok) + 5
    assert tok.decode(ids[:3] + [beyond] + ids[3:], skip_special_tokens=True) == tok.decode(
        ids, skip_special_tokens=True
    )
    assert tok.decode([beyond]) == ""


def test_special_token_ids_and_lookup(pair):
    tok, _, special_ids = pair
    for token, idx in special_ids.items():
        assert tok.token_to_id(token) == idx
        assert tok.id_to_token(idx) == token
    assert (
        tok.special_token_id("bos_token") == special_ids["<s>"]
        and tok.special_token_id("eos_token") == special_ids["</s>"]
    )
    assert tok.special_token_id("unk_token") == special_ids["<unk>"]
    assert tok.token_to_id("<IMG_CONTEXT>") == tok.base_size + 2  # after the SP vocab
