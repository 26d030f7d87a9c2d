"""Which special and added tokens a checkpoint's tokenizer files declare, resolved as the original loader did.

transformers 4.37 (what the model cards pin) reads the files in this order:
- ``tokenizer_config.json`` gives the constructor's arguments (``add_bos_token``, ``legacy``, the special
  token strings, ``additional_special_tokens``…). A value written there as ``null`` overrides the class default.
- If that file has ``added_tokens_decoder`` (configs saved since transformers 4.34), those entries are the whole
  added vocabulary with their flags, and ``special_tokens_map.json`` / ``added_tokens.json`` are not read.
- Otherwise (older saves): ``special_tokens_map.json`` fills in the special tokens, ``added_tokens.json`` lists
  the added tokens (special when named by a special-token attribute, with no strip flags), and a
  ``tokenizer.json`` next to the slow files contributes its ``added_tokens``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...core.errors import CheckpointError
from ...core.messages import Message
from .added_tokens import AddedToken

# the special-token attributes, in the order transformers adds missing ones to the vocabulary
SPECIAL_ATTRIBUTES = ("bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token", "mask_token")
_MAX_JSON_BYTES = 64 * 1024 * 1024  # the largest published tokenizer.json is ~11 MB


@dataclass
class TokenizerSettings:
    """The resolved contents of a folder's tokenizer files (everything but the vocabulary itself)."""

    options: dict[str, Any]  # tokenizer_config.json without the keys resolved below
    specials: dict[str, AddedToken | None]  # attribute -> token; a missing key means "the class default"
    additional_special: list[AddedToken]
    added: dict[int, AddedToken] = field(default_factory=dict)  # id -> token, as saved
    sources: list[str] = field(default_factory=list)  # the files that contributed, for `models inspect`


def read_json_file(path: Path) -> Any:
    """A JSON tokenizer file, or a :class:`CheckpointError` naming the file."""
    try:
        if path.stat().st_size > _MAX_JSON_BYTES:
            raise CheckpointError(
                Message("{name} in {folder} is too large to be a tokenizer file.", name=path.name, folder=path.parent)
            )
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
        raise CheckpointError(
            Message(
                "{name} in {folder} is not readable JSON ({reason}).",
                name=path.name,
                folder=path.parent,
                reason=str(err),
            )
        ) from None


def _object_file(folder: Path, name: str) -> dict[str, Any] | None:
    path = folder / name
    if not path.is_file():
        return None
    data = read_json_file(path)
    if not isinstance(data, dict):
        raise CheckpointError(Message("{name} in {folder} does not hold a JSON object.", name=name, folder=folder))
    return data


def read_settings(folder: Path) -> TokenizerSettings:
    """Resolve the special and added tokens of the tokenizer in ``folder`` (slow-tokenizer rules)."""
    config = _object_file(folder, "tokenizer_config.json") or {}
    sources = ["tokenizer_config.json"] if (folder / "tokenizer_config.json").is_file() else []
    options = {k: v for k, v in config.items() if k not in SPECIAL_ATTRIBUTES}
    options.pop("added_tokens_decoder", None)
    options.pop("additional_special_tokens", None)
    specials = {k: AddedToken.from_json(config[k], special=True) for k in SPECIAL_ATTRIBUTES if k in config}
    additional = _token_list(config.get("additional_special_tokens"))
    added: dict[int, AddedToken] = {}
    if isinstance(config.get("added_tokens_decoder"), dict):
        for key, value in config["added_tokens_decoder"].items():
            token = AddedToken.from_json(value)
            if token is None or not str(key).isdigit():
                raise CheckpointError(
                    Message(
                        "tokenizer_config.json in {folder} has a malformed added token {token!r}.",
                        folder=folder,
                        token=key,
                    )
                )
            added[int(key)] = token
    else:
        _legacy_files(folder, specials, additional, added, sources)
    return TokenizerSettings(options, specials, additional, added, sources)


def _token_list(value: Any) -> list[AddedToken]:
    tokens = [AddedToken.from_json(v, special=True) for v in value] if isinstance(value, list) else []
    return [t for t in tokens if t is not None]


def _legacy_files(
    folder: Path,
    specials: dict[str, AddedToken | None],
    additional: list[AddedToken],
    added: dict[int, AddedToken],
    sources: list[str],
) -> None:
    """The pre-4.34 layout: special_tokens_map.json, added_tokens.json and tokenizer.json's added tokens."""
    mapping = _object_file(folder, "special_tokens_map.json")
    if mapping is not None:
        sources.append("special_tokens_map.json")
        for key, value in mapping.items():
            if key in SPECIAL_ATTRIBUTES:
                specials[key] = AddedToken.from_json(value, special=True)
            elif key == "additional_special_tokens":
                known = {t.content for t in additional}
                additional.extend(t for t in _token_list(value) if t.content not in known)
    listed = _object_file(folder, "added_tokens.json")
    if listed is not None:
        sources.append("added_tokens.json")
        named = {t.content for t in specials.values() if t} | {t.content for t in additional}
        for content, idx in listed.items():
            if not isinstance(idx, int) or not content:
                raise CheckpointError(
                    Message(
                        "added_tokens.json in {folder} maps {token!r} to {value!r}, not an id.",
                        folder=folder,
                        token=content,
                        value=idx,
                    )
                )
            special = content in named
            added[idx] = AddedToken(content, special=special, normalized=not special)
    fast = folder / "tokenizer.json"
    if fast.is_file():
        data = read_json_file(fast)
        entries = data.get("added_tokens") if isinstance(data, dict) else None
        if isinstance(entries, list) and entries:
            sources.append("tokenizer.json (added tokens)")
            for entry in entries:
                token = AddedToken.from_json(entry)
                if token is None or not isinstance(entry.get("id"), int):
                    raise CheckpointError(
                        Message("tokenizer.json in {folder} has a malformed added token.", folder=folder)
                    )
                added[entry["id"]] = token
