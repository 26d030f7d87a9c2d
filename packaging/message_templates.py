"""Find the message templates of the domain code, for the translation files.

The domain packages (media, runtime, hub, history…) know nothing of Qt, so Qt's tools cannot find their
messages: they write them as ``Message("English template", value=...)`` (``desktop_vlm/core/messages.py``), and
names stored in English but shown translated as ``label("Word document")``; this module reads every such call out
of the source. ``update_translations.py`` files the templates in the
"Messages" context; ``tests/ui/test_translations.py`` holds every one to a translation, and every call to a
literal template (a template built at run time could never be found here, so it would stay English).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_MARKERS = ("Message", "label")  # desktop_vlm/core/messages.py: a message template, a name translated where shown


@dataclass(frozen=True)
class Found:
    template: str
    path: Path  # relative to the repository
    line: int


def _message_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in _MARKERS:
            yield node


def _sources(root: Path) -> list[Path]:
    return sorted(p for p in (root / "desktop_vlm").rglob("*.py") if "translations" not in p.parts)


def message_templates(root: Path = ROOT) -> list[Found]:
    """Every literal template, first place first, each once, in source order."""
    found: dict[str, Found] = {}
    for path in _sources(root):
        for call in _message_calls(ast.parse(path.read_text(encoding="utf-8"))):
            if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
                template = call.args[0].value
                found.setdefault(template, Found(template, path.relative_to(root), call.lineno))
    return list(found.values())


def unfindable_calls(root: Path = ROOT) -> list[str]:
    """``file:line`` of each ``Message(...)`` or ``label(...)`` whose text is not one string literal."""
    bad = []
    for path in _sources(root):
        for call in _message_calls(ast.parse(path.read_text(encoding="utf-8"))):
            first = call.args[0] if call.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                bad.append(f"{path.relative_to(root)}:{call.lineno}")
    return bad
