"""Conversation exports with hostile values in them, for the import fuzzing (a test and benchmarks/fuzz_hostile.py)."""

from __future__ import annotations

import base64
import hashlib
import json
import random

from desktop_vlm.history.export import FORMAT_TAG

_DATA = b"%PDF-1.4 not really"
JUNK = [
    5000,
    10**9,
    -1,
    0,
    2.5,
    "x",
    None,
    [],
    {},
    True,
    "9" * 5000,
    1e308,
    [0, 1, 2] * 40_000,
    {"max_tiles": 5000},
    ["a", None, 3.5],
    -(10**30),
]
META_KEYS = ["max_tiles", "frames", "pages", "page_count", "frame_times", "note", "left_out"]
PARAM_KEYS = [
    "max_new_tokens",
    "do_sample",
    "temperature",
    "top_p",
    "top_k",
    "num_beams",
    "repetition_penalty",
    "seed",
    "unknown",
]


def valid_export() -> dict:
    attachment = {
        "name": "doc.pdf",
        "kind": "pdf",
        "mime": "application/pdf",
        "meta": {"pages": [0], "page_count": 2, "max_tiles": 6},
        "sha256": hashlib.sha256(_DATA).hexdigest(),
        "data": base64.b64encode(_DATA).decode(),
    }
    return {
        "format": FORMAT_TAG,
        "version": 1,
        "title": "T",
        "settings": {"params": {"max_new_tokens": 64}},
        "messages": [
            {"role": "user", "text": "Q", "attachments": [attachment]},
            {"role": "assistant", "text": "A", "status": "complete"},
        ],
    }


def _mutate_dict(data: dict, rng: random.Random, heavy: bool) -> None:
    attachment = data["messages"][0]["attachments"][0]
    choice = rng.randrange(9)
    if choice == 0:
        attachment["meta"][rng.choice(META_KEYS)] = rng.choice(JUNK)
    elif choice == 1:
        attachment["meta"] = rng.choice(JUNK)
    elif choice == 2:
        data["settings"]["params"] = {rng.choice(PARAM_KEYS): rng.choice(JUNK) for _ in range(rng.randint(1, 4))}
    elif choice == 3:
        data["settings"][rng.choice(["tiles", "draft", "params"])] = rng.choice(JUNK + [{"max_tiles": 10**6}])
    elif choice == 4:
        data["settings"] = rng.choice(JUNK)
    elif choice == 5:
        attachment[rng.choice(["name", "kind", "mime", "data", "sha256"])] = rng.choice(JUNK)
    elif choice == 6:
        data["messages"][rng.randrange(2)][rng.choice(["role", "text", "status", "stats", "attachments"])] = rng.choice(
            JUNK
        )
    elif choice == 7:
        data[rng.choice(["title", "version", "format", "pinned", "model_id", "system_prompt", "messages"])] = (
            rng.choice(JUNK)
        )
    else:
        data["messages"] = data["messages"] * rng.choice([1, 50, 1000] if heavy else [1, 50])


def hostile_export(rng: random.Random, heavy: bool = True) -> str:
    """The text of a conversation export with one to three hostile changes (values, or the bytes); ``heavy``:
    also conversations of 2000 messages (seconds each to import)."""
    data = valid_export()
    for _ in range(rng.randint(1, 3)):
        try:
            _mutate_dict(data, rng, heavy)
        except (TypeError, KeyError, IndexError, AttributeError):
            pass  # an earlier change removed what this one would change
    text = json.dumps(data)
    kind = rng.randrange(10)
    if kind == 0:
        return text[: rng.randrange(len(text))]
    if kind == 1:
        at = rng.randrange(len(text))
        return text[:at] + "[" * rng.choice([10, 1000, 100_000]) + text[at:]
    if kind == 2:
        chars = list(text)
        for _ in range(rng.randint(1, 8)):
            chars[rng.randrange(len(chars))] = chr(rng.randrange(1, 0x3000))
        return "".join(chars)
    return text


def import_outcome(store, text: str) -> str:
    """Import ``text`` into ``store`` and reopen it: "imported", "refused", or what went wrong (a finding)."""
    from desktop_vlm.core.types import GenerationParams
    from desktop_vlm.history.errors import HistoryFormatError
    from desktop_vlm.history.validation import FRAMES, TILES

    try:
        conversation = store.get_conversation(store.import_json(text).id)
    except HistoryFormatError:
        return "refused"
    except Exception as err:  # anything else is a finding
        return f"unexpected {type(err).__name__}"
    for message in conversation.messages:
        for attachment in message.attachments:
            meta = attachment.meta
            if not (
                TILES[0] <= meta.get("max_tiles", TILES[0]) <= TILES[1]
                and FRAMES[0] <= meta.get("frames", FRAMES[0]) <= FRAMES[1]
                and all(0 <= p < meta.get("page_count", 10**9) for p in meta.get("pages", []))
            ):
                return "out of bounds after import"
    if "params" in conversation.settings:
        GenerationParams(**conversation.settings["params"]).validate()
    return "imported"
