"""A toy attachment kind, found through DESKTOP_VLM_KIND_PATH: a ``.sketch`` file is JSON,
``{"sketch": [[x0, y0, x1, y1, ...], ...]}`` — strokes in a 0…100 square — drawn black on white for the model.

It declares only what a kind must, so it gets the plain chip and the default thumbnail (its first picture).
"""

from __future__ import annotations

import json

from PIL import Image, ImageDraw

from desktop_vlm.core.errors import MediaError
from desktop_vlm.core.messages import Message
from desktop_vlm.media.kind_spec import AttachmentFile, AttachmentKind, Decoded, DecodeOptions, MetaField

SIDE = 448


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    try:
        strokes = json.loads(file.read())["sketch"]
        picture = Image.new("RGB", (SIDE, SIDE), "white")
        draw = ImageDraw.Draw(picture)
        for stroke in strokes:
            points = [(x * SIDE / 100, y * SIDE / 100) for x, y in zip(stroke[::2], stroke[1::2])]
            draw.line(points, fill="black", width=6)
    except (ValueError, KeyError, TypeError) as err:
        raise MediaError(Message("{name} is not a sketch ({reason}).", name=file.name, reason=str(err))) from None
    return Decoded([picture], {"strokes": len(strokes)})


KIND = AttachmentKind(
    name="sketch",
    title="sketches",
    extensions=(".sketch",),
    mime="application/x-desktop-vlm-sketch",
    decode=_decode,
    sniff=lambda head: head.lstrip().startswith(b'{"sketch"'),
    meta_fields=(MetaField("strokes", "whole", high=10_000),),  # stored with the attachment, held to its bounds
)
