"""Document templates: a prompt asking for JSON in a fixed shape, one per kind of document.

The shapes are small on purpose: a 2–8B model follows a short example far better than a JSON
Schema. Each template names the fields the validators and exporters rely on.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.errors import InvalidRequestError
from ..core.messages import Message

_RULES = (
    "Answer with JSON only, no explanation. Use null for anything you cannot read. "
    "Numbers are plain numbers without currency symbols or thousands separators."
)


@dataclass(frozen=True)
class DocumentTemplate:
    """One kind of document.

    Attributes
    ----------
    name : str
        Identifier used on the command line (``--template receipt``).
    title : str
        Human title for menus.
    shape : str
        The example JSON shown to the model.
    """

    name: str
    title: str
    shape: str

    @property
    def prompt(self) -> str:
        """The question sent with the page image."""
        return f"Extract the {self.title.lower()} in this image as JSON of exactly this shape:\n{self.shape}\n{_RULES}"


RECEIPT = DocumentTemplate(
    "receipt",
    "Receipt",
    '{"merchant": "string", "date": "YYYY-MM-DD", "currency": "EUR", '
    '"items": [{"description": "string", "quantity": 1, "unit_price": 0.0, "amount": 0.0}], '
    '"subtotal": 0.0, "tax": 0.0, "total": 0.0}',
)
INVOICE = DocumentTemplate(
    "invoice",
    "Invoice",
    '{"invoice_number": "string", "issue_date": "YYYY-MM-DD", "due_date": "YYYY-MM-DD", '
    '"seller": {"name": "string", "address": "string", "tax_id": "string"}, '
    '"buyer": {"name": "string", "address": "string"}, "currency": "EUR", '
    '"items": [{"description": "string", "quantity": 1, "unit_price": 0.0, "amount": 0.0}], '
    '"subtotal": 0.0, "tax": 0.0, "total": 0.0}',
)
TABLE = DocumentTemplate(
    "table",
    "Table",
    '{"columns": ["first header", "second header"], "rows": [["cell", "cell"], ["cell", "cell"]]}',
)
FORM = DocumentTemplate(
    "form",
    "Key-value form",
    '{"fields": [{"key": "label as printed", "value": "filled-in value"}]}',
)

TEMPLATES: dict[str, DocumentTemplate] = {t.name: t for t in (RECEIPT, INVOICE, TABLE, FORM)}


def get_template(name: str) -> DocumentTemplate:
    """The template called ``name``; :class:`InvalidRequestError` listing the choices otherwise."""
    try:
        return TEMPLATES[name]
    except KeyError:
        raise InvalidRequestError(
            Message("Unknown document template {name!r}.", name=name),
            hint=Message("Choose one of: {names}.", names=", ".join(TEMPLATES)),
        ) from None
