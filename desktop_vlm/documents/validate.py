"""Checks on extracted documents: is it the right shape, do the numbers add up.

Validators never raise on bad data: they return a list of issues written for a person, so a batch
run can record "items sum to 41.50 but the total says 45.00" next to the row and carry on.
"""

from __future__ import annotations

import re
from typing import Any

from .templates import get_template

_NUMBER_NOISE = re.compile(r"[^\d,.\-]")


def parse_number(value: Any) -> float | None:
    """A number from what models write: ``12.5``, ``"12,50"``, ``"€1,234.00"``; None if it is not one."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if not isinstance(value, str):
        return None
    text = _NUMBER_NOISE.sub("", value)
    if not text:
        return None
    # "1.234,50" / "1,234.50": the last separator is the decimal one; a lone comma followed by
    # exactly two digits is a decimal comma ("12,50"), otherwise a thousands separator ("1,234").
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        text = f"{head.replace(',', '')}.{tail}" if len(tail) == 2 else text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def item_amount(item: dict) -> float | None:
    """The line's amount, or quantity × unit price when the amount is missing."""
    amount = parse_number(item.get("amount"))
    if amount is not None:
        return amount
    qty, price = parse_number(item.get("quantity")), parse_number(item.get("unit_price"))
    return qty * price if qty is not None and price is not None else None


def check_line_items(data: dict, *, tolerance: float = 0.02, relative: float = 0.005) -> list[str]:
    """Flag line items that do not add up to the total.

    The sum is accepted when it matches ``subtotal``, ``total`` or ``total - tax`` within
    ``max(tolerance, relative × total)`` — receipts print tax-inclusive and tax-exclusive prices
    both, and rounding per line drifts by a cent or two.
    """
    items = data.get("items")
    total = parse_number(data.get("total"))
    if not isinstance(items, list) or not items or total is None:
        return []
    amounts = [item_amount(i) if isinstance(i, dict) else None for i in items]
    if any(a is None for a in amounts):
        missing = sum(a is None for a in amounts)
        return [f"{missing} line item(s) have no readable amount, so the total cannot be checked."]
    items_sum = sum(a for a in amounts if a is not None)  # all are, checked above
    targets = [total]
    subtotal, tax = parse_number(data.get("subtotal")), parse_number(data.get("tax"))
    if subtotal is not None:
        targets.append(subtotal)
    if tax is not None:
        targets.append(total - tax)
    allowed = max(tolerance, relative * abs(total))
    if not any(abs(items_sum - t) <= allowed for t in targets):
        return [f"Line items sum to {items_sum:.2f} but the total is {total:.2f}."]
    if subtotal is not None and tax is not None and abs(subtotal - total) > allowed:
        # The items matched the subtotal; the printed total must then be subtotal + tax.
        if abs(subtotal + tax - total) > allowed:
            return [f"Subtotal {subtotal:.2f} plus tax {tax:.2f} does not make the total {total:.2f}."]
    return []


def _expect(data: dict, key: str, kind: type, issues: list[str]) -> None:
    if key not in data:
        issues.append(f"Missing field {key!r}.")
    elif data[key] is not None and not isinstance(data[key], kind):
        issues.append(f"Field {key!r} should be a {kind.__name__}.")


def validate_document(template: str, data: Any) -> list[str]:
    """Issues found in ``data`` extracted with ``template``; an empty list when it looks right."""
    get_template(template)  # unknown names fail loudly, not as "no issues"
    if not isinstance(data, dict):
        return ["The answer is JSON but not an object."]
    issues: list[str] = []
    if template in ("receipt", "invoice"):
        _expect(data, "items", list, issues)
        if "total" not in data:
            issues.append("Missing field 'total'.")
        elif data["total"] is not None and parse_number(data["total"]) is None:
            issues.append("The total is not a number.")
        issues += check_line_items(data)
    elif template == "table":
        _expect(data, "columns", list, issues)
        _expect(data, "rows", list, issues)
        columns, rows = data.get("columns"), data.get("rows")
        if isinstance(columns, list) and isinstance(rows, list):
            bad = [i + 1 for i, r in enumerate(rows) if not isinstance(r, list) or len(r) != len(columns)]
            if bad:
                issues.append(f"Row(s) {', '.join(map(str, bad[:10]))} do not have {len(columns)} cells.")
    elif template == "form":
        _expect(data, "fields", list, issues)
        fields = data.get("fields")
        if isinstance(fields, list) and not all(isinstance(f, dict) and "key" in f for f in fields):
            issues.append("Every field should be an object with a 'key' and a 'value'.")
    return issues
