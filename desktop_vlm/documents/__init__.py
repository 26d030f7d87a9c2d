"""Structured extraction from documents: prompts asking for JSON, a tolerant JSON finder, validators
and CSV/JSON export. Pure Python (no Qt, no torch), shared by the batch CLI and the app.

Typical use::

    template = get_template("receipt")
    answer = runtime.generate(ChatRequest(compose_question(template.prompt, 1), [VisualInput(img)])).text
    result = parse_document("receipt", answer)   # .data, .issues, .error
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .export import colliding_stems, document_rows, document_to_csv, document_to_json, export_document, export_stem
from .extract import JsonNotFoundError, extract_json
from .templates import TEMPLATES, DocumentTemplate, get_template
from .validate import check_line_items, parse_number, validate_document


@dataclass
class DocumentResult:
    """What came out of one answer: the data (None when no JSON was found), issues, and the error."""

    data: Any = None
    issues: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def parse_document(template: str, answer: str) -> DocumentResult:
    """Extract and validate the JSON in ``answer`` for ``template``; never raises on a bad answer."""
    get_template(template)
    try:
        data = extract_json(answer)
    except JsonNotFoundError as err:
        return DocumentResult(error=err.user_message)
    return DocumentResult(data=data, issues=validate_document(template, data))


__all__ = [
    "TEMPLATES",
    "DocumentResult",
    "DocumentTemplate",
    "JsonNotFoundError",
    "check_line_items",
    "colliding_stems",
    "document_rows",
    "document_to_csv",
    "document_to_json",
    "export_document",
    "export_stem",
    "extract_json",
    "get_template",
    "parse_document",
    "parse_number",
    "validate_document",
]
