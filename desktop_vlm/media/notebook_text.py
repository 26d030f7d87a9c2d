"""The text of a Jupyter notebook (.ipynb): its cells in order — Markdown as written, code fenced, and the text of
their outputs — without the pictures and HTML its outputs also carry (a plot is tens of kilobytes of base64 that a
model would read as noise)."""

from __future__ import annotations

import json

from ..core.errors import MediaError
from ..core.messages import Message

OUTPUT_CHARS = 2_000  # of one cell's text output: a long log is summarised by its start


def notebook_text(name: str, data: bytes) -> str:
    """The text of the notebook ``name`` holding ``data`` (nbformat 4, as Jupyter, VS Code and Colab save).

    Raises
    ------
    MediaError
        Not JSON, or JSON that is not a notebook.
    """
    try:
        notebook = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise MediaError(Message("{name} is damaged: it is not a notebook's JSON.", name=name)) from None
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        raise MediaError(Message("{name} is not a Jupyter notebook: it has no cells.", name=name))
    language = _language(notebook)
    blocks = []
    for cell in cells:
        if not isinstance(cell, dict):
            continue
        source = _joined(cell.get("source"))
        if cell.get("cell_type") == "code":
            blocks.append(f"```{language}\n{source}\n```")
            output = _output_text(cell.get("outputs"))
            if output:
                blocks.append("Output:\n" + output)
        elif source.strip():
            blocks.append(source)
    return "\n\n".join(blocks)


def _language(notebook: dict) -> str:
    metadata = notebook.get("metadata")
    info = metadata.get("language_info") if isinstance(metadata, dict) else None
    name = info.get("name") if isinstance(info, dict) else None
    return name if isinstance(name, str) and name.isidentifier() else ""


def _joined(value: object) -> str:
    """A notebook string: one string, or a list of lines as nbformat stores them."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(v for v in value if isinstance(v, str))
    return ""


def _output_text(outputs: object) -> str:
    """The text of a cell's outputs (streams, plain-text results, errors), its first ``OUTPUT_CHARS`` characters."""
    parts: list[str] = []
    for output in outputs if isinstance(outputs, list) else []:
        if not isinstance(output, dict):
            continue
        if output.get("output_type") == "stream":
            parts.append(_joined(output.get("text")))
        elif output.get("output_type") in ("execute_result", "display_data"):
            bundle = output.get("data")
            parts.append(_joined(bundle.get("text/plain")) if isinstance(bundle, dict) else "")
        elif output.get("output_type") == "error":
            parts.append(f"{output.get('ename', 'Error')}: {output.get('evalue', '')}")
    text = "\n".join(p.rstrip("\n") for p in parts if p.strip())
    return text if len(text) <= OUTPUT_CHARS else text[:OUTPUT_CHARS] + " …"
