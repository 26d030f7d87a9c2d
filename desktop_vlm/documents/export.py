"""Extracted documents as CSV or JSON text.

Each template flattens to the table a spreadsheet user expects: receipts and invoices to one row per
line item, tables to their own rows, forms to key/value pairs.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import unicodedata
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


_PAGE = re.compile(r"#page=(\d+)$")
# Windows refuses these as file names whatever follows the first dot ("CON.png.csv" included).
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM\d|LPT\d)(\..*)?$", re.IGNORECASE)
_MAX_STEM_BYTES = 180  # plus ".json" and a margin, within the 255 bytes most file systems allow


def _escape(char: str) -> str:
    code = ord(char)
    return f"_{code:02x}" if code < 0x100 else f"_u{code:04x}" if code < 0x10000 else f"_U{code:08x}"


def export_stem(item_id: str) -> str:
    """A file-name stem for a batch item id: ``scans/a b.pdf#page=2`` → ``scans__a_20b.pdf_page-2``.

    Distinct ids always give distinct stems (so one export never silently replaces another): letters,
    digits, ``.`` and ``-`` stay as they are; ``/`` becomes ``__``; a PDF page's ``#page=N`` becomes
    ``_page-N``; every other character, ``_`` included, becomes ``_`` and its code in hex (``_20`` for a
    space, ``_u2028``). Each ``_`` thus starts an unambiguous unit, and ``_p`` only ever starts the page.
    A stem too long for a file name is cut and ends in ``~`` and a hash of the whole id (``~`` never
    appears otherwise). Two stems may still differ only in letter case, which case-insensitive file
    systems (Windows, macOS) treat as one name: the batch checks for that (:func:`colliding_stems`).
    """
    page = _PAGE.search(item_id)
    path = item_id[: page.start()] if page else item_id
    out = []
    for char in path:
        if char == "/":
            out.append("__")
        elif char.isalnum() or char in ".-":
            out.append(char)
        else:
            out.append(_escape(char))
    stem = "".join(out) + (f"_page-{page.group(1)}" if page else "")
    if stem.startswith(".") or _RESERVED.match(stem):
        stem = _escape(stem[0]) + stem[1:]  # not hidden, not a Windows device name
    if len(stem.encode("utf-8")) > _MAX_STEM_BYTES:
        cut = stem.encode("utf-8")[: _MAX_STEM_BYTES - 17].decode("utf-8", "ignore")
        stem = f"{cut}~{hashlib.sha256(item_id.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"
    return stem or "item"


def colliding_stems(item_ids: list[str]) -> dict[str, str]:
    """``{id: earlier id}`` for the ids whose export stem names the same file as an earlier id's on a
    case-insensitive or Unicode-normalising file system (``A.png`` and ``a.png``)."""
    first: dict[str, str] = {}
    clashes = {}
    for item_id in item_ids:
        key = unicodedata.normalize("NFC", export_stem(item_id)).casefold()
        if key in first:
            clashes[item_id] = first[key]
        else:
            first[key] = item_id
    return clashes


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
