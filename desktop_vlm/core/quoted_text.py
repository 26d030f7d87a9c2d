"""How the text of an attached file is put in a question: under the file's name, fenced, with every string a
tokenizer of the supported models would take for a control token broken apart, so a file can neither end a
turn (``<|im_end|>``, ``</s>``) nor claim an image's place (``<image>``, ``<IMG_CONTEXT>``).
"""

from __future__ import annotations

import re

# The added tokens of the supported vocabularies are written <|…|> (Qwen2, Phi-3, InternLM2), as tags InternVL
# added (<img>, <IMG_CONTEXT>, <ref>, <box>, <quad>) or Qwen2.5 has (<tool_call>, <tool_response>, <think>), as
# SentencePiece's <s> </s> <unk>, or as InternLM2's [UNUSED_TOKEN_n]. Other tags (HTML's <div>) are left alone.
# A zero-width space after the first character leaves the text as people read it and stops the tokenizer's match.
_CONTROL = re.compile(
    r"<\||</?(?:image|img|IMG_CONTEXT|ref|box|quad|tool_call|tool_response|think|s|unk)>|\[UNUSED_TOKEN_",
)
ZERO_WIDTH_SPACE = "\u200b"


def inert(text: str) -> str:
    """``text`` with every control-token string broken by a zero-width space after its first character."""
    return _CONTROL.sub(lambda m: m.group(0)[0] + ZERO_WIDTH_SPACE + m.group(0)[1:], text)


def _fence(text: str) -> str:
    """A run of backticks longer than any in ``text`` (at least three), so the text cannot close its fence."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def quote_document(name: str, text: str) -> str:
    """The file's text as the question carries it: its name, then the text fenced."""
    label = inert(" ".join(name.split()))  # a name is one line
    fence = _fence(text)
    return f"{label}:\n{fence}\n{inert(text)}\n{fence}\n"
