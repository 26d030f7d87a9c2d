"""The conversation templates a checkpoint's own ``conversation.py`` registers, read as text, never run.

InternVL-family repositories ship ``conversation.py`` with calls such as
``register_conv_template(Conversation(name='Hermes-2', system_message='…', roles=(…), sep='<|im_end|>', …))``;
the shipped modelling code takes the system message (and the roles and separators) from there. Fine-tunes such
as Vintern change exactly these literals. We parse the file with :mod:`ast` and keep only keyword arguments
whose values are literals (:func:`ast.literal_eval`), plus ``sep_style=SeparatorStyle.NAME`` by name; a field
given by any other expression is treated as absent. Defaults come from the file's own ``Conversation`` class.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_FIELDS = ("name", "system_template", "system_message", "roles", "sep_style", "sep", "sep2")
_MAX_FILE_BYTES = 2 * 1024 * 1024  # the published files are ~15 KB


@dataclass(frozen=True)
class ShippedTemplate:
    """One registration, with the literal fields that could be read (absent ones are None)."""

    name: str
    system_template: str | None = None
    system_message: str | None = None
    roles: tuple[str, str] | None = None
    sep_style: str | None = None  # the SeparatorStyle member's name, e.g. "MPT"
    sep: str | None = None
    sep2: str | None = None


def read_shipped_templates(path: Path) -> dict[str, ShippedTemplate]:
    """The templates registered in the file at ``path`` by name; empty when it cannot be parsed."""
    try:
        if path.stat().st_size > _MAX_FILE_BYTES:
            return {}
        tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, SyntaxError, ValueError, RecursionError):
        return {}
    defaults = _class_defaults(tree)
    found: dict[str, ShippedTemplate] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _callee(node) == "register_conv_template" and node.args):
            continue
        conversation = node.args[0]
        if not (isinstance(conversation, ast.Call) and _callee(conversation) == "Conversation"):
            continue
        values = dict(defaults)
        values.update({kw.arg: _literal(kw.value) for kw in conversation.keywords if kw.arg in _FIELDS})
        name = values.get("name")
        if isinstance(name, str) and name:
            found[name] = _template(values)
    return found


def _template(values: dict[str, Any]) -> ShippedTemplate:
    roles = values.get("roles")
    valid_roles = isinstance(roles, (tuple, list)) and len(roles) == 2 and all(isinstance(r, str) for r in roles)

    def text(key: str) -> str | None:
        value = values.get(key)
        return value if isinstance(value, str) else None

    return ShippedTemplate(
        values["name"],
        roles=(roles[0], roles[1]) if valid_roles and roles is not None else None,
        system_template=text("system_template"),
        system_message=text("system_message"),
        sep_style=text("sep_style"),
        sep=text("sep"),
        sep2=text("sep2"),
    )


def _class_defaults(tree: ast.Module) -> dict[str, Any]:
    """Literal field defaults of the file's ``Conversation`` dataclass."""
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == "Conversation":
            return {
                item.target.id: _literal(item.value)
                for item in node.body
                if isinstance(item, ast.AnnAssign)
                and isinstance(item.target, ast.Name)
                and item.value is not None
                and item.target.id in _FIELDS
            }
    return {}


def _callee(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _literal(node: ast.AST) -> Any:
    """A literal's value; ``SeparatorStyle.X`` as "X"; anything else None (never evaluated)."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "SeparatorStyle":
        return node.attr
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None
