"""OpenDocument texts, spreadsheets and presentations written here as LibreOffice lays them out (an uncompressed ``mimetype`` first, then
``content.xml``), so tests need neither LibreOffice nor an ODF library."""

from __future__ import annotations

import io
import zipfile

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)


def odt(body: str, *, content: str | None = None) -> bytes:
    """A .odt whose text body is ``body`` (or whose content.xml is ``content`` as given)."""
    return opendocument("text", body, content=content)


def opendocument(kind: str, body: str, *, content: str | None = None) -> bytes:
    """An OpenDocument package of ``kind`` ("text", "spreadsheet", "presentation") whose body is ``body`` (or
    whose content.xml is ``content`` as given)."""
    xml = content or (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES}>'
        f"<office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), f"application/vnd.oasis.opendocument.{kind}")  # stored, first
        package.writestr(zipfile.ZipInfo("content.xml"), xml, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
