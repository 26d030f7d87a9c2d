"""A minimal PDF writer for tests: real files without a PDF library, including a password-protected one."""

from __future__ import annotations


def minimal_pdf(pages=1, size=(612, 792), rotate=0, encrypt=False, text=b"Hello") -> bytes:
    """A small valid PDF written by hand (xref offsets computed), optionally with a password."""
    objs = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    for i in range(pages):
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {size[0]} {size[1]}] /Rotate {rotate} "
            f"/Contents {4 + 2 * i} 0 R >>".encode()
        )
        stream = b"0 0 1 rg 50 50 100 100 re f"
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    enc_ref = b""
    if encrypt:  # standard security handler; /U does not match the empty password, so a password is needed
        objs.append(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>")
        enc_ref = b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (len(objs), b"33" * 16, b"33" * 16)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, enc_ref, xref)
    return bytes(out)


def flate_of_spaces(size: int) -> bytes:
    """A zlib stream that inflates to ``size`` spaces (~1/230 of that on disk; 256 MB take ~1 s to make)."""
    import zlib

    compressor = zlib.compressobj(1)
    chunk = b" " * (1 << 22)
    parts = [compressor.compress(chunk) for _ in range(size // len(chunk))]
    parts.append(compressor.compress(b" " * (size % len(chunk))))
    return b"".join(parts) + compressor.flush()


def bomb_pdf(inflated: int, repeats: int = 4) -> bytes:
    """A one-page PDF whose page lists one Flate content stream of ``inflated`` bytes ``repeats`` times: PDFium
    inflates every listing and joins them, so the page needs about ``repeats × inflated`` bytes to parse."""
    stream = flate_of_spaces(inflated)
    contents = b" ".join([b"4 0 R"] * repeats)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [" + contents + b"] >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return _assemble(objs)


def page_of_size_pdf(width_pt: float, height_pt: float) -> bytes:
    """A one-page PDF with a MediaBox of ``width_pt`` × ``height_pt`` points and an empty page."""
    return _assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] >>" % (width_pt, height_pt),
        ]
    )


def _assemble(objs: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def image_bomb_pdf(side: int, draws: int = 1) -> bytes:
    """A page drawing, ``draws`` times, one Flate-compressed ``side`` × ``side`` RGB image of zeros (a 20000-pixel
    side is 1.2 GB to decode from ~1 MB on disk)."""
    import zlib

    compressor = zlib.compressobj(1)
    row = bytes(side * 3)
    stream = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    content = b" ".join(b"q 612 0 0 792 0 0 cm /Im0 Do Q" for _ in range(draws))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im0 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n" % (side, side, len(stream)) + stream + b"\nendstream",
    ]
    return _assemble(objs)


def recursive_form_pdf(fan_out: int = 2) -> bytes:
    """A page drawing a form XObject that draws itself ``fan_out`` times: unbounded recursion unless the
    renderer stops it."""
    form = b" ".join(b"q 0.5 0 0 0.5 0 0 cm /Fm0 Do Q" for _ in range(fan_out)) + b" 0 0 10 10 re f"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Fm0 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length 16 >>\nstream\n/Fm0 Do         \nendstream",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /Fm0 5 0 R >> >> "
        b"/Length %d >>\nstream\n" % len(form) + form + b"\nendstream",
    ]
    return _assemble(objs)


def many_pages_pdf(pages: int) -> bytes:
    """A PDF of ``pages`` empty pages sharing one page object's contents (a large page tree, small file)."""
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"] * pages
    return _assemble(objs)


def text_pdf(pages: list[str]) -> bytes:
    """A PDF whose pages carry these lines of text in Helvetica (a text layer, as a word processor writes)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    font = 3
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for text in pages:
        lines = text.split("\n")
        ops = (
            b"BT /F1 14 Tf 72 720 Td 18 TL "
            + b" ".join(
                b"("
                + line.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
                + b") '"
                for line in lines
            )
            + b" ET"
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream")
        contents = len(objs)
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> "
            b"/Contents %d 0 R >>" % (font, contents)
        )
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
