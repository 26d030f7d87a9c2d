"""Seed files and mutations for fuzzing the media decoders (shared by the test and benchmarks/fuzz_media.py)."""

from __future__ import annotations

import io
import random

from PIL import Image


def seed_images() -> dict[str, bytes]:
    image = Image.new("RGB", (64, 48), (10, 200, 90))
    seeds = {}
    for fmt, kwargs in (("PNG", {}), ("JPEG", {"quality": 80}), ("GIF", {}), ("WEBP", {}), ("TIFF", {}), ("BMP", {})):
        buffer = io.BytesIO()
        image.save(buffer, fmt, **kwargs)
        seeds[fmt.lower()] = buffer.getvalue()
    rgba = io.BytesIO()
    Image.new("RGBA", (32, 32), (1, 2, 3, 100)).save(rgba, "PNG")
    seeds["png-rgba"] = rgba.getvalue()
    return seeds


def seed_video() -> bytes:
    import tempfile
    from pathlib import Path

    import av

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "v.mp4"
        with av.open(str(path), "w") as container:
            stream = container.add_stream("mpeg4", rate=10)
            stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
            for i in range(10):
                container.mux(stream.encode(av.VideoFrame.from_image(Image.new("RGB", (64, 48), (i * 20, 0, 0)))))
            container.mux(stream.encode(None))
        return path.read_bytes()


def seed_pdf() -> bytes:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument.new()
    doc.new_page(200, 300)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One of: truncate, flip bytes, overwrite a block, insert junk, random bytes behind the magic."""
    kind = rng.randrange(6)
    if kind == 0:
        return data[: rng.randrange(len(data) + 1)]
    out = bytearray(data)
    if kind == 1:
        for _ in range(rng.randint(1, 16)):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    elif kind == 2:
        start = rng.randrange(len(out))
        out[start : start + rng.randint(1, 64)] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    elif kind == 3:
        at = rng.randrange(len(out))
        out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 256)))
    elif kind == 4:
        out = out[:8] + bytearray(rng.randrange(256) for _ in range(rng.randint(0, 2048)))
    else:
        return b""
    return bytes(out)
