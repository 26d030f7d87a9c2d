"""Seed files and mutations for fuzzing the media decoders (shared by the test and benchmarks/fuzz_media.py)."""

from __future__ import annotations

import io
import random
import struct
from pathlib import Path

from PIL import Image


def _psd(width: int, height: int) -> bytes:
    """A Photoshop file: its header, empty colour, resource and layer sections, the flattened picture raw."""
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, height, width, 8, 3)
    return header + struct.pack(">IIIH", 0, 0, 0, 0) + bytes(range(256)) * (3 * width * height // 256 + 1)


def seed_images() -> dict[str, bytes]:
    image = Image.new("RGB", (64, 48), (10, 200, 90))
    seeds = {}
    for fmt, kwargs in (("PNG", {}), ("JPEG", {"quality": 80}), ("GIF", {}), ("WEBP", {}), ("TIFF", {}), ("BMP", {})):
        buffer = io.BytesIO()
        image.save(buffer, fmt, **kwargs)
        seeds[fmt.lower()] = buffer.getvalue()

    def saved(im, fmt, **kwargs):
        buffer = io.BytesIO()
        im.save(buffer, fmt, **kwargs)
        return buffer.getvalue()

    seeds["png-rgba"] = saved(Image.new("RGBA", (32, 32), (1, 2, 3, 100)), "PNG")
    seeds["png-16bit"] = saved(Image.new("I;16", (24, 16), 40000), "PNG")
    palette = Image.new("P", (20, 20), 3)
    seeds["png-palette-transparent"] = saved(palette, "PNG", transparency=3)
    exif = image.getexif()
    exif[0x0112] = 6  # orientation: rotate on display
    seeds["jpeg-exif"] = saved(image, "JPEG", exif=exif)
    seeds["jpeg-cmyk"] = saved(Image.new("CMYK", (40, 30), (0, 200, 200, 0)), "JPEG")
    frames = [Image.new("RGB", (16, 16), c) for c in ("red", "green", "blue")]
    seeds["gif-animated"] = saved(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=40)
    seeds["tiff-multipage"] = saved(frames[0], "TIFF", save_all=True, append_images=frames[1:], compression="tiff_lzw")
    seeds["avif"] = saved(image, "AVIF", quality=80)
    seeds["heic"] = (Path(__file__).parents[1] / "data" / "images" / "photo.heic").read_bytes()  # an iPhone's format
    seeds["psd"] = _psd(24, 16)
    return seeds


MAGIC = [
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff\xe0",
    b"GIF89a",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
    b"RIFF\x00\x00\x00\x00WEBPVP8 ",
    b"\x00\x00\x00\x18ftypheic",
    b"\x00\x00\x00\x1cftypisom",
    b"\x1a\x45\xdf\xa3",
    b"%PDF-1.7\n",
]


def seed_video(codec: str = "mpeg4") -> bytes:
    """A 10-frame 64×48 clip (``codec`` "mpeg4", or "libx264" for H.264 with B-frames)."""
    import tempfile
    from pathlib import Path

    import av

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "v.mp4"
        with av.open(str(path), "w") as container:
            stream = container.add_stream(codec, rate=10)
            stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
            for i in range(10):
                container.mux(stream.encode(av.VideoFrame.from_image(Image.new("RGB", (64, 48), (i * 20, 0, 0)))))
            container.mux(stream.encode(None))
        return path.read_bytes()


def seed_pdf(hand_written: bool = False) -> bytes:
    """A one-page PDF saved by PDFium, or written by hand with a filled rectangle (a content stream)."""
    import pypdfium2 as pdfium

    if hand_written:
        from tests.media.pdf_files import minimal_pdf

        return minimal_pdf(pages=2)

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


def lying_video(frames: list[bytes], claimed: tuple[int, int] = (64, 48)) -> bytes:
    """A Matroska MJPEG clip whose track header says ``claimed`` while its packets are the JPEGs ``frames``
    (the first should really be ``claimed``-sized: FFmpeg reads the header from the first frame when probing)."""
    import tempfile
    from fractions import Fraction
    from pathlib import Path

    import av

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "v.mkv"
        with av.open(str(path), "w", format="matroska") as container:
            stream = container.add_stream("mjpeg", rate=10)
            stream.width, stream.height, stream.pix_fmt = claimed[0], claimed[1], "yuvj420p"
            stream.time_base = Fraction(1, 10)
            for i, jpeg in enumerate(frames):
                packet = av.Packet(jpeg)
                packet.stream, packet.pts, packet.dts = stream, i, i
                container.mux(packet)
        return path.read_bytes()


def plain_jpeg(size: tuple[int, int], mode: str = "RGB") -> bytes:
    """A JPEG of one colour (a grey 8300×8300 one is 0.8 MB and takes ~0.2 s to make)."""
    buffer = io.BytesIO()
    Image.new(mode, size, (200, 10, 10) if mode == "RGB" else 90).save(buffer, "JPEG")
    return buffer.getvalue()


def large_png(width: int, height: int, *, declared_only: bool = False) -> bytes:
    """An RGB PNG of ``width`` × ``height`` written without holding the image: a gradient first row, then rows
    saying "same as above" (96 MP take ~1 s and ~0.3 MB). ``declared_only``: the header and almost no data."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    if declared_only:
        return header + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    compressor = zlib.compressobj(1)
    parts = [compressor.compress(b"\x00" + bytes((x // 8) % 256 for x in range(width * 3)))]
    same = (b"\x02" + bytes(width * 3)) * 64  # filter "Up" with zero differences: 64 rows equal to the one above
    for _ in range((height - 1) // 64):
        parts.append(compressor.compress(same))
    parts.append(compressor.compress(same[: ((height - 1) % 64) * (1 + width * 3)]) + compressor.flush())
    return header + chunk(b"IDAT", b"".join(parts)) + chunk(b"IEND", b"")
