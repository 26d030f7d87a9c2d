"""What the history hands back — stored rows and imported exports alike — kept within the bounds the window uses.

A conversation file can be written by anyone, and a database can be edited: ``{"max_tiles": 5000}`` in an
attachment's details made reopening the conversation spin (the tile grids to compare grow with the cube of
the count), ``{"frames": 1000000}`` asked for a million video frames, and a stored sampling setting out of
range reached the model. Numbers out of range are clamped to the nearest allowed value, values of the wrong
type are dropped (the window's default applies), and each change is logged, so nothing spins and nothing is
silently lost without a trace. Keys this module does not know are kept as they are.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import reprlib
from collections.abc import Callable

from ..config.settings import FIELD_INFO
from ..core.errors import DesktopVlmError
from ..core.types import GenerationParams
from ..media.kind_registry import meta_fields
from ..media.kind_spec import MetaField

log = logging.getLogger(__name__)

TILES = FIELD_INFO["ui.max_tiles"].whole_bounds()
FRAMES = FIELD_INFO["ui.video_frames"].whole_bounds()
PRESETS = FIELD_INFO["ui.tile_preset"].choices
MAX_DRAFT_CHARS = 1_000_000
_PARAM_FIELDS = {f.name for f in dataclasses.fields(GenerationParams)}
_WHOLE_PARAMS = {"max_new_tokens", "top_k", "num_beams", "lookup_tokens"}
_NUMBER_PARAMS = {"temperature", "top_p", "repetition_penalty"}


def _whole(value: object) -> int | None:
    """``value`` as a whole number, or None when it is not one (booleans, text, 2.5, NaN are not)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


_REPR = reprlib.Repr()
_REPR.maxstring, _REPR.maxother, _REPR.maxlist, _REPR.maxdict, _REPR.maxlevel = 40, 40, 4, 4, 2


def _short(value: object) -> str:
    """A short repr for the log, made without building the repr of a huge value first."""
    return _REPR.repr(value)


class _Checker:
    """Applies the bounds to one dict, noting every change for the log line."""

    def __init__(self, values: dict, where: str) -> None:
        self.values, self.where = dict(values), where
        self.changes: list[str] = []

    def whole(self, key: str, low: int, high: int) -> None:
        if key not in self.values:
            return
        number = _whole(self.values[key])
        if number is None:
            self.changes.append(f"{key} {self.values.pop(key)!r:.40} dropped")
        elif not low <= number <= high:
            self.values[key] = min(max(number, low), high)
            self.changes.append(f"{key} {number} clamped to {self.values[key]}")

    def drop_unless(self, key: str, ok: bool) -> None:
        if key in self.values and not ok:
            self.changes.append(f"{key} {_short(self.values.pop(key))} dropped")

    def done(self) -> dict:
        if self.changes:
            log.warning("history: %s out of bounds: %s", self.where, "; ".join(self.changes))
        return self.values


def clean_attachment_meta(meta: object, where: str = "an attachment") -> dict:
    """An attachment's details within the bounds its kinds declare (``AttachmentKind.meta_fields``: a video's
    ``frames``, a PDF's ``pages``…, and ``max_tiles`` and ``note`` for all); anything that is not a dict
    becomes ``{}``.

    Every kind's bounds apply whatever kind the attachment is stored as: a file is decoded as its content
    says, so a detail of another kind could still be read."""
    if not isinstance(meta, dict):
        if meta is not None:
            log.warning("history: %s has details that are not an object; ignored", where)
        return {}
    check = _Checker(meta, where)
    for detail in meta_fields():
        _SHAPES[detail.shape](check, detail)
    return check.done()


def _whole_field(check: _Checker, detail: MetaField) -> None:
    check.whole(detail.name, detail.low, detail.high)


def _indices_field(check: _Checker, detail: MetaField) -> None:
    values = check.values.get(detail.name)
    if values is None:
        return
    bound = check.values.get(detail.below, detail.high) if detail.below else detail.high
    kept = []
    if isinstance(values, list) and len(values) <= detail.high:
        kept = sorted({v for v in map(_whole, values) if v is not None and 0 <= v < bound})
    if kept != values:
        check.values[detail.name] = kept or [0]  # the first one, as when none was chosen
        check.changes.append(f"{detail.name} reduced to {len(check.values[detail.name])} valid value(s)")


def _numbers_field(check: _Checker, detail: MetaField) -> None:
    values = check.values.get(detail.name)
    check.drop_unless(
        detail.name,
        isinstance(values, list)
        and len(values) <= detail.high
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in values),
    )


def _text_field(check: _Checker, detail: MetaField) -> None:
    value = check.values.get(detail.name)
    check.drop_unless(detail.name, isinstance(value, str) and len(value) <= detail.high)


_SHAPES: dict[str, Callable[[_Checker, MetaField], None]] = {
    "whole": _whole_field,
    "indices": _indices_field,
    "numbers": _numbers_field,
    "text": _text_field,
}


def clean_settings(settings: object, where: str = "a conversation") -> dict:
    """A conversation's settings (``params`` sampling values, ``tiles`` budget, ``draft``) within the window's
    bounds; anything that is not a dict becomes ``{}``."""
    if not isinstance(settings, dict):
        if settings is not None:
            log.warning("history: %s has settings that are not an object; ignored", where)
        return {}
    check = _Checker(settings, where)
    if "params" in check.values:
        check.drop_unless("params", _valid_params(check.values["params"]))
    if "tiles" in check.values:
        tiles = check.values["tiles"]
        if isinstance(tiles, dict):
            inner = _Checker(tiles, f"{where}, tiles")
            inner.whole("max_tiles", *TILES)
            inner.whole("frames", *FRAMES)
            inner.drop_unless("preset", inner.values.get("preset") in PRESETS)
            check.values["tiles"] = inner.done()
        else:
            check.drop_unless("tiles", False)
    draft = check.values.get("draft")
    check.drop_unless("draft", isinstance(draft, str) and len(draft) <= MAX_DRAFT_CHARS)
    return check.done()


def _valid_params(params: object) -> bool:
    """Whether stored sampling values have the right types and make GenerationParams that pass its checks."""
    if not isinstance(params, dict) or not set(params) <= _PARAM_FIELDS:
        return False
    for key, value in params.items():
        if key in _WHOLE_PARAMS or key == "seed":
            ok = (isinstance(value, int) and not isinstance(value, bool)) or (key == "seed" and value is None)
        elif key in _NUMBER_PARAMS:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        else:  # do_sample
            ok = isinstance(value, bool)
        if not ok:
            return False
    try:
        GenerationParams(**params).validate()
    except DesktopVlmError:
        return False
    return True


def stored_settings(text: str | None, where: str) -> dict:
    """:func:`clean_settings` of a stored JSON column (damaged JSON gives ``{}``)."""
    return clean_settings(_loads(text, where), where)


def stored_meta(text: str | None, where: str) -> dict:
    """:func:`clean_attachment_meta` of a stored JSON column (damaged JSON gives ``{}``)."""
    return clean_attachment_meta(_loads(text, where), where)


def _loads(text: str | None, where: str) -> object:
    if not text:
        return {}
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        log.warning("history: %s has damaged details; ignored", where)
        return {}
