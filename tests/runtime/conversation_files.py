"""``conversation.py`` files in the form InternVL-family repositories ship them, for the identity tests.

Written for the tests (not copied from any repository): the same shape the published files have — a
``Conversation`` dataclass with defaults and ``register_conv_template(Conversation(...))`` calls with literal
keyword arguments — which is all the runtime reads from them, as text.
"""

from __future__ import annotations

from pathlib import Path

_HEADER = """import dataclasses
from enum import IntEnum, auto


class SeparatorStyle(IntEnum):
    ADD_COLON_SINGLE = auto()
    MPT = auto()


@dataclasses.dataclass
class Conversation:
    name: str
    system_template: str = '{system_message}'
    system_message: str = ''
    roles: tuple = ('USER', 'ASSISTANT')
    sep_style: SeparatorStyle = SeparatorStyle.ADD_COLON_SINGLE
    sep: str = '\\n'
    sep2: str = None


conv_templates = {}


def register_conv_template(template, override=False):
    conv_templates[template.name] = template

"""


def write_conversation_file(folder: Path, templates: dict[str, dict]) -> Path:
    """``templates``: name -> keyword arguments (values written with repr, so they stay literals);
    ``sep_style`` is given as the member name, e.g. "MPT"."""
    lines = [_HEADER]
    for name, fields in templates.items():
        args = [f"        name={name!r},"]
        for key, value in fields.items():
            args.append(f"        {key}=SeparatorStyle.{value}," if key == "sep_style" else f"        {key}={value!r},")
        lines.append("register_conv_template(\n    Conversation(\n" + "\n".join(args) + "\n    )\n)\n")
    path = folder / "conversation.py"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


CHATML = {
    "system_template": "<|im_start|>system\n{system_message}",
    "roles": ("<|im_start|>user\n", "<|im_start|>assistant\n"),
    "sep_style": "MPT",
}
