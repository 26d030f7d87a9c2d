"""OpenDocument texts written here as LibreOffice lays them out (an uncompressed ``mimetype`` first, then
``content.xml``), so tests need neither LibreOffice nor an ODF library."""

from __future__ import annotations

import io
import zipfile

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def odt(body: str, *, content: str | None = None) -> bytes:
    """A .odt whose text body is ``body`` (or whose content.xml is ``content`` as given)."""
    xml = content or (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES}>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")  # stored, first
        package.writestr(zipfile.ZipInfo("content.xml"), xml, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
