"""Messages for people, kept as an English template and its values until someone reads them.

Domain code runs without Qt and on any thread, yet what it says must reach the window in the window's
language. So an error holds ``Message("{name} is empty.", name=name)`` instead of the finished sentence, and
the sentence is only put together when it is read: through the translation the window installed with
:func:`use_translation` (the template is the key; translations keep every ``{placeholder}``), else in English.
``packaging/update_translations.py`` collects the templates by finding ``Message("literal", ...)`` calls, and the
names stored in English and translated where shown by finding ``label("literal")`` calls.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import Any, cast

Translate = Callable[[str], str]


def _english(template: str) -> str:
    return template


_translate: Translate = _english


def use_translation(translate: Translate | None) -> None:
    """Read every message through ``translate`` (template -> translated template) from now on; None: English."""
    global _translate
    _translate = translate or _english


class Message:
    """An English ``template`` in ``str.format`` syntax and the ``values`` of its placeholders. A value may be
    a Message itself (a reason inside a sentence), which is translated as well."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: object):
        self.template = template
        self.values: Mapping[str, object] = values

    def __str__(self) -> str:
        values = {key: str(value) if isinstance(value, Message) else value for key, value in self.values.items()}
        translated = _translate(self.template)
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            pass  # a translation whose placeholders do not fit the template: the English sentence beats none
        try:
            return self.template.format(**values)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            # A value that does not fit its format (a text where a number was meant): it is read while an error
            # is shown, so it must not raise; the template and the values still say what happened.
            return f"{self.template} ({', '.join(f'{key}={value}' for key, value in values.items())})"

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{dict(self.values)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.template, self.values) == (other.template, other.values)

    def __hash__(self) -> int:
        return hash(self.template)

    def to_json(self) -> dict[str, Any]:
        """A form that crosses a process boundary (values become strings, numbers, or nested messages)."""
        return {"template": self.template, "values": {key: _json_value(value) for key, value in self.values.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        values: Mapping[str, Any] = data.get("values") or {}
        return cls(str(data["template"]), **{str(key): _from_json_value(value) for key, value in values.items()})


def label(text: str) -> str:
    """``text``, a name kept in English where it is stored (what a file was read as: "Word document"), marked for
    the translation files; whoever shows it translates it then, as a template without placeholders."""
    return text


def placeholders(template: str) -> list[str]:
    """The ``{field!conversion:spec}`` parts of ``template`` as written, in order (literal braces excluded)."""
    parts: list[str] = []
    for _text, field, spec, conversion in string.Formatter().parse(template):
        if field is not None:
            parts.append(field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else ""))
    return parts


def _json_value(value: object) -> object:
    if isinstance(value, Message):
        return {"message": value.to_json()}
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    return str(value)


def _from_json_value(value: Any) -> object:
    if isinstance(value, dict) and "message" in value:
        return Message.from_json(cast("dict[str, Any]", value)["message"])
    return cast(object, value)
