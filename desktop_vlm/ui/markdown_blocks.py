"""An answer's Markdown cut into the blocks the chat lays out differently: prose wraps to the column, while a
code block or a table keeps its lines and scrolls sideways inside itself, so one long line never widens the
whole conversation. Pure Python (markdown-it-py, which the HTML export already uses); no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt

PROSE, CODE, TABLE = "prose", "code", "table"


@dataclass(frozen=True)
class Block:
    """One block of an answer. ``text``: Markdown for prose and tables, the bare code for code blocks;
    ``language``: a code block's info string's first word ("python"), else ""."""

    kind: str
    text: str
    language: str = ""


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # only the blocks are needed: skipping the inline pass halves the parse of a streamed answer
    return MarkdownIt("commonmark").enable("table").disable("inline")


def split_blocks(markdown: str) -> list[Block]:
    """``markdown`` as prose, code and table blocks in reading order.

    Only top-level code blocks and tables are taken out; one nested in a list stays in its prose. A code
    fence still open (an answer being streamed) runs to the end, as markdown-it reads it.
    """
    lines = markdown.split("\n")
    blocks: list[Block] = []
    prose_from = 0

    def flush_prose(until: int) -> None:
        text = "\n".join(lines[prose_from:until]).strip("\n")
        if text.strip():
            blocks.append(Block(PROSE, text))

    for token in _parser().parse(markdown):
        if token.level != 0 or token.map is None or token.type not in ("fence", "code_block", "table_open"):
            continue
        start, end = token.map
        flush_prose(start)
        if token.type == "table_open":
            blocks.append(Block(TABLE, "\n".join(lines[start:end])))
        else:
            language = token.info.split()[0] if token.info.strip() else ""
            blocks.append(Block(CODE, token.content.rstrip("\n"), language))
        prose_from = end
    flush_prose(len(lines))
    return blocks
