"""Word documents written here as Word lays them out (content types, package relationships, the main part in
``word/document.xml``), so tests need neither Word nor a DOCX library."""

from __future__ import annotations

import io
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="{target}"/></Relationships>'
)


def paragraph(text: str, style: str | None = None, listed: bool = False) -> str:
    props = ""
    if style or listed:
        props = "<w:pPr>"
        props += f'<w:pStyle w:val="{style}"/>' if style else ""
        props += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if listed else ""
        props += "</w:pPr>"
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def table(rows: list[list[str]]) -> str:
    cells = "".join("<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl>{cells}</w:tbl>"


A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


def drawing(rel_id: str) -> str:
    """A paragraph holding an inline picture: the image of relationship ``rel_id``."""
    return f'<w:p><w:r><w:drawing><a:graphic><a:graphicData><a:blip r:embed="{rel_id}"/></a:graphicData></a:graphic></w:drawing></w:r></w:p>'


def document_xml(body: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}" xmlns:a="{A}" xmlns:r="{R}"><w:body>{body}</w:body></w:document>'
    )


def minimal_docx(
    body: str,
    *,
    main_part: str = "word/document.xml",
    document: str | None = None,
    media: dict[str, tuple[str, bytes]] | None = None,
) -> bytes:
    """A .docx whose main part (at ``main_part``) has ``body``, or is ``document`` as given, with pictures
    (``media``: relationship id → file name and bytes, stored in ``word/media/``)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS.format(target=main_part))
        package.writestr(main_part, document if document is not None else document_xml(body))
        if media:
            rels = "".join(
                f'<Relationship Id="{rel_id}" Type="{IMAGE}" Target="media/{file_name}"/>'
                for rel_id, (file_name, _) in media.items()
            )
            folder, file = main_part.rsplit("/", 1)
            package.writestr(
                f"{folder}/_rels/{file}.rels",
                f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
            )
            for file_name, data in media.values():
                package.writestr(f"{folder}/media/{file_name}", data)
    return out.getvalue()
