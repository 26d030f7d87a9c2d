"""Cutting an answer into prose, code and table blocks (the parts that wrap and the parts that scroll)."""

from __future__ import annotations

from desktop_vlm.ui.markdown_blocks import CODE, PROSE, TABLE, Block, split_blocks


def test_code_and_tables_are_taken_out_of_the_prose():
    text = (
        "Intro **bold**\n\n```python\nprint(1)\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter\n\n"
        "- item\n\n  ```\n  nested\n  ```\n"
    )
    blocks = split_blocks(text)
    assert [b.kind for b in blocks] == [PROSE, CODE, TABLE, PROSE]
    assert blocks[0] == Block(PROSE, "Intro **bold**")
    assert blocks[1] == Block(CODE, "print(1)", "python")
    assert blocks[2].text == "| a | b |\n|---|---|\n| 1 | 2 |"
    assert blocks[3].text.startswith("After") and "nested" in blocks[3].text  # a fence inside a list stays prose


def test_a_fence_still_streaming_runs_to_the_end_and_empty_text_has_no_blocks():
    streaming = split_blocks('Here:\n\n```json\n{"total": 1')
    assert streaming == [Block(PROSE, "Here:"), Block(CODE, '{"total": 1', "json")]
    assert split_blocks("") == [] and split_blocks("\n\n") == []
    assert split_blocks("    indented code\n") == [Block(CODE, "indented code")]
