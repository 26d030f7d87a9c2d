"""Extracted documents as CSV or JSON text.

Each template flattens to the table a spreadsheet user expects: receipts and invoices to one row per
line item, tables to their own rows, forms to key/value pairs.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path
from typing import Any

from .templates import get_template

_ITEM_COLUMNS = ["description", "quantity", "unit_price", "amount"]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def document_rows(template: str, data: Any) -> tuple[list[str], list[list[str]]]:
    """``(header, rows)`` for ``data`` extracted with ``template``.

    Malformed parts become empty cells rather than errors: the validators report shape problems.
    """
    get_template(template)
    data = data if isinstance(data, dict) else {}
    if template in ("receipt", "invoice"):
        items = [i for i in data.get("items") or [] if isinstance(i, dict)]
        return list(_ITEM_COLUMNS), [[_cell(i.get(c)) for c in _ITEM_COLUMNS] for i in items]
    if template == "table":
        header = [_cell(c) for c in data.get("columns") or []]
        rows = [[_cell(c) for c in r] if isinstance(r, list) else [_cell(r)] for r in data.get("rows") or []]
        return header, rows
    fields = [f for f in data.get("fields") or [] if isinstance(f, dict)]
    return ["key", "value"], [[_cell(f.get("key")), _cell(f.get("value"))] for f in fields]


def document_to_csv(template: str, data: Any) -> str:
    """CSV text (header first) for ``data``; newlines are ``\\r\\n`` as RFC 4180 asks."""
    header, rows = document_rows(template, data)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def document_to_json(data: Any) -> str:
    """Pretty JSON text, non-ASCII kept readable."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def export_stem(item_id: str) -> str:
    """A file-name stem for a batch item id (``scans/a.pdf#page=2`` → ``scans__a.pdf-page-2``).

    Distinct ids give distinct stems as long as ids use only letters, digits, ``._-``, ``/`` and ``#page=``,
    which covers what ``batch`` produces from ordinary file names; others are made safe, not kept distinct.
    """
    stem = item_id.replace("/", "__").replace("#page=", "-page-")
    return _UNSAFE.sub("_", stem).lstrip(".") or "item"


def _write_atomic(path: Path, text: str) -> None:
    # A kill mid-write must leave the old file or none, never half a CSV that looks complete.
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def export_document(template: str, data: Any, folder: Path, stem: str) -> list[Path]:
    """Write ``stem.csv`` (flattened as :func:`document_rows`) and ``stem.json`` into ``folder``.

    Returns
    -------
    list of Path
        The two files written.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    csv_path, json_path = folder / f"{stem}.csv", folder / f"{stem}.json"
    _write_atomic(csv_path, document_to_csv(template, data))
    _write_atomic(json_path, document_to_json(data))
    return [csv_path, json_path]
