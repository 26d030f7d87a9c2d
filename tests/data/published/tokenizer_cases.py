"""The strings and id sequences every tokenizer layout is checked on (shared by the recording script and the tests).

Hard parts on purpose: text right after an added token with and without a leading space or newline, added
tokens inside words, fragments of tokens, Vietnamese (composed and decomposed), Chinese, emoji and other
characters outside the vocabulary (byte fallback), SentencePiece's ``▁`` typed by the user, whitespace runs,
the English clean-up patterns, and ``<image>`` placeholders as chat() leaves them before expansion.
"""

from __future__ import annotations

import random
import unicodedata

HARD_STRINGS = [
    "",
    " ",
    "Hello, who are you?",
    " Hello",
    "\nHello",
    "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n",
    "<|im_start|>user\n Hi with a leading space<|im_end|><|im_start|>assistant\n",
    "<|system|>\nYou are an AI assistant.<|end|><|user|>\nHi<|end|><|assistant|>\n",
    "<|user|> spaced question<|end|>\n<|assistant|>\n answer with space<|end|>",
    "<s>literal bos</s> and <unk> in text",
    "<img><IMG_CONTEXT><IMG_CONTEXT><IMG_CONTEXT></img>\nPlease describe the image shortly.",
    "<image>\nWhat is in this picture?",
    "Image-1: <image>\nImage-2: <image>\nDescribe the two images.",
    "Frame1: <image>\nFrame2: <image>\nWhat happens?",
    "Xin chào, bạn là ai? Hãy mô tả hình ảnh này bằng tiếng Việt.",
    unicodedata.normalize("NFD", "Xin chào, bạn là ai? Đây là ảnh."),
    "你好，请描述这张图片。这是一张收据。",
    "Bạn là một mô hình trí tuệ nhân tạo đa phương thức Tiếng Việt có tên gọi là Vintern.",
    "你是由上海人工智能实验室联合商汤科技开发的书生多模态大模型，英文名叫InternVL, 是一个有用无害的人工智能助手。",
    "emoji 😀🐼 and symbols ∑ ≠ ☃ → never seen in training",
    "▁underline ▁▁ typed by the user▁",
    "  two leading spaces, trailing spaces  ",
    "tabs\tand\n\nblank lines\n\n\n",
    "windows\r\nline endings\r\n",
    "clean-up cases: don 't , it 's , we 've , they 're , I 'm , wait ? yes ! end .",
    "numbers 1234567890 3.14159 2024-05-01 10:45",
    "<box>[[1, 2, 3, 4]]</box><ref>panda</ref><quad>q</quad>",
    "token<|im_end|>inside<|end|>words<img>x</img>y",
    "<|im_<|im_end|> broken <|im_start fragments |> <IMG_CONTEXT",
    "<tool_call>{\"name\": \"f\"}</tool_call><|fim_prefix|>code<|fim_suffix|>",
    "<|endoftext|><|endoftext|>double",
    "a<|assistant|>  b<|user|>\n\nc<|system|>\td",
    "数字 12345 和 English mixed 混合 text",
]

_FRAGMENTS = [
    "<|im_start|>", "<|im_end|>", "<|endoftext|>", "<img>", "</img>", "<IMG_CONTEXT>", "<box>", "</box>",
    "<|user|>", "<|assistant|>", "<|system|>", "<|end|>", "<s>", "</s>", "<unk>", "<tool_call>", "<|file_sep|>",
    "<|im_", "<im", "|>", "<", ">", "<|", "IMG_CONTEXT", "<image>",
    " ", "  ", "   ", "\n", "\n\n", "\t", "\r\n", " \n ", "\n ", "▁", "▁▁",
    "Hello", "hello", " world", "picture", "panda", "don't", " n't", " 's", " .", " ,", " ?", "!",
    "Xin chào", " bạn", "tiếng Việt", unicodedata.normalize("NFD", "Việt"), "你好", "图片", "人工智能",
    "😀", "🐼", "∑", "é", "ß", "Ω", "12", "2024", "3.5", "x=1;", "  indented", "A", "a",
]  # fmt: skip


def random_strings(count: int, seed: int = 20261203) -> list[str]:
    """Concatenations of 1–12 fragments: added tokens, their pieces, whitespace and words."""
    rng = random.Random(seed)
    return ["".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def random_id_sequences(vocab_size: int, specials: list[int], count: int, seed: int = 7) -> list[list[int]]:
    """Id sequences as a model might emit them: mostly vocabulary ids, some special ids, now and then."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        seq = []
        for _ in range(rng.randint(1, 24)):
            seq.append(rng.choice(specials) if specials and rng.random() < 0.15 else rng.randrange(vocab_size))
        out.append(seq)
    return out
