"""Which conversation template and system message a checkpoint uses, decided from its own files.

Never from the folder's name: a renamed copy must give the same prompt ids. In order of authority:
1. the checkpoint's ``conversation.py`` read as text (:mod:`.conversation_file`): the template that
   ``config.json``'s ``template`` names, as the shipped code registers it — system message, roles, separators;
2. ``config.json``'s ``system_message`` (checkpoints fine-tuned with the training code, which reads it);
3. the repository id recorded when the model was downloaded or imported (the store's manifest in the folder, or
   a Hugging Face cache path ``models--owner--name``), for repositories a family's spec knows to change the
   system message;
4. the built-in template's own default.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from ..core.errors import CheckpointError
from ..core.formats import STORE_MANIFEST
from ..core.hf_cache import repo_id_from_cache_path
from ..core.messages import Message
from . import registry
from .conversation_file import ShippedTemplate, read_shipped_templates
from .templates import ConversationTemplate


@dataclass(frozen=True)
class TemplateChoice:
    template: ConversationTemplate
    system_message_source: str  # where the default system message came from, in words


def choose_template(folder: Path, config: dict, template_name: str) -> TemplateChoice:
    """The template ``config.json`` names, completed from the checkpoint's own data (see the module doc)."""
    shipped = read_shipped_templates(folder / "conversation.py") if (folder / "conversation.py").is_file() else {}
    own = shipped.get(template_name)
    known_templates = registry.templates()
    builtin = known_templates.get(template_name)
    if own is not None and own.system_message is not None:
        return TemplateChoice(_from_shipped(own, builtin), f"conversation.py (template {template_name!r})")
    if builtin is None:
        known = ", ".join(sorted(known_templates))
        raise CheckpointError(
            Message(
                "config.json names the conversation template {template!r}, which neither Desktop VLM "
                "({known}) nor the checkpoint's conversation.py defines.",
                template=template_name,
                known=known,
            )
        )
    explicit = config.get("system_message")
    if isinstance(explicit, str):
        return TemplateChoice(replace(builtin, system_message=explicit), "config.json (system_message)")
    repo = recorded_repo_id(folder)
    message = registry.known_system_message(repo) if repo else None
    if message is not None:
        return TemplateChoice(replace(builtin, system_message=message), f"the repository id {repo}")
    return TemplateChoice(builtin, f"the built-in {template_name!r} template")


def _from_shipped(own: ShippedTemplate, builtin: ConversationTemplate | None) -> ConversationTemplate:
    """The shipped registration, with the built-in template filling what could not be read as a literal."""
    if own.sep_style is not None and own.sep_style != "MPT":
        raise CheckpointError(
            Message(
                "The checkpoint's conversation.py renders template {template!r} in the {style} style; "
                "Desktop VLM renders the MPT style that InternVL-family models use.",
                template=own.name,
                style=own.sep_style,
            )
        )
    fields = {"system_template": own.system_template, "roles": own.roles, "sep": own.sep}
    missing = [k for k, v in fields.items() if v is None]
    if missing and builtin is None:
        raise CheckpointError(
            Message(
                "The checkpoint's conversation.py defines template {template!r} without a readable "
                "{fields}, and Desktop VLM has no template of that name to fill them in.",
                template=own.name,
                fields=", ".join(missing),
            )
        )
    base = builtin or ConversationTemplate(own.name, "", "", ("", ""), "")
    return ConversationTemplate(
        own.name,
        own.system_template or base.system_template,
        own.system_message or "",
        own.roles or base.roles,
        own.sep if own.sep is not None else base.sep,
    )


def recorded_repo_id(folder: Path) -> str | None:
    """The hub repository the folder came from, as recorded by the model store or the Hugging Face cache."""
    manifest = folder / STORE_MANIFEST
    if manifest.is_file():
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        for key in ("source_repo", "model_id"):
            value = data.get(key) if isinstance(data, dict) else None
            if isinstance(value, str) and "/" in value and not value.startswith("local/"):
                return value
    return repo_id_from_cache_path(folder.resolve())
