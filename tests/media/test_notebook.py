"""Jupyter notebooks: Markdown, code and the text of outputs in order, without the base64 pictures of plots;
damaged files and JSON that is not a notebook refused by name."""

from __future__ import annotations

import json

import pytest

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind
from desktop_vlm.media.notebook_text import OUTPUT_CHARS, notebook_text

PLOT = "iVBORw0KGgo" + "A" * 5000  # a PNG as nbformat stores it: base64 text


def _notebook(cells: list[dict]) -> bytes:
    return json.dumps(
        {"cells": cells, "metadata": {"language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}
    ).encode()


CELLS = [
    {"cell_type": "markdown", "source": ["# Sales\n", "Quarterly numbers."]},
    {
        "cell_type": "code",
        "source": "df = load()\ndf.total.sum()",
        "outputs": [
            {"output_type": "stream", "name": "stdout", "text": ["loaded 120 rows\n"]},
            {"output_type": "execute_result", "data": {"text/plain": ["4200"]}},
            {"output_type": "display_data", "data": {"image/png": PLOT, "text/plain": ["<Figure size 640x480>"]}},
        ],
    },
    {
        "cell_type": "code",
        "source": ["1 / 0"],
        "outputs": [{"output_type": "error", "ename": "ZeroDivisionError", "evalue": "division by zero"}],
    },
]
EXPECTED = (
    "# Sales\nQuarterly numbers.\n\n```python\ndf = load()\ndf.total.sum()\n```\n\n"
    "Output:\nloaded 120 rows\n4200\n<Figure size 640x480>\n\n```python\n1 / 0\n```\n\n"
    "Output:\nZeroDivisionError: division by zero"
)


def test_cells_and_their_text_outputs_in_order_without_pictures(tmp_path):
    path = tmp_path / "sales.ipynb"
    path.write_bytes(_notebook(CELLS))
    assert detect_kind(path) == "notebook"
    attachment = prepare_file(path)
    assert attachment.text == EXPECTED and PLOT[:20] not in attachment.text
    assert attachment.meta["encoding"] == "Jupyter notebook"


def test_a_long_output_is_cut_to_its_start():
    cell = {"cell_type": "code", "source": "train()", "outputs": [{"output_type": "stream", "text": "x" * 10_000}]}
    text = notebook_text("train.ipynb", _notebook([cell]))
    assert text.endswith("x" * OUTPUT_CHARS + " …") and len(text) < OUTPUT_CHARS + 100


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"cells": [', "nb.ipynb is damaged: it is not a notebook's JSON"),
        (b"[1, 2, 3]", "nb.ipynb is not a Jupyter notebook: it has no cells"),
        (b"\xff\xfe binary", "nb.ipynb is damaged"),
        (b"[" * 100_000, "nb.ipynb is damaged"),  # nesting deep enough to exhaust the parser's recursion
    ],
)
def test_damaged_notebooks_are_refused_by_name(data, message):
    with pytest.raises(MediaError, match=message):
        notebook_text("nb.ipynb", data)
