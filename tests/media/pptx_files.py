"""PowerPoint presentations written here as PowerPoint lays them out (presentation, its relationships, slides,
their notes), so tests need neither PowerPoint nor a presentation library."""

from __future__ import annotations

import io
import zipfile

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
SLIDE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide"
NOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide"
IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


def picture(rel_id: str) -> str:
    """A picture shape showing the image of relationship ``rel_id``."""
    return f'<p:pic><p:blipFill><a:blip r:embed="{rel_id}"/></p:blipFill></p:pic>'


def text_box(*paragraphs: str) -> str:
    body = "".join(f"<a:p><a:r><a:t>{p}</a:t></a:r></a:p>" for p in paragraphs)
    return f"<p:sp><p:txBody>{body}</p:txBody></p:sp>"


def table(rows: list[list[str]]) -> str:
    cells = "".join(
        "<a:tr>"
        + "".join(f"<a:tc><a:txBody><a:p><a:r><a:t>{c}</a:t></a:r></a:p></a:txBody></a:tc>" for c in row)
        + "</a:tr>"
        for row in rows
    )
    return (
        f"<p:graphicFrame><a:graphic><a:graphicData><a:tbl>{cells}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
    )


def _slide(shapes: str, root: str = "sld") -> str:
    return (
        f'<p:{root} xmlns:p="{P}" xmlns:a="{A}" xmlns:r="{R}"><p:cSld><p:spTree>{shapes}</p:spTree></p:cSld></p:{root}>'
    )


def presentation(
    slides: list[str],
    notes: dict[int, str] | None = None,
    order: list[int] | None = None,
    media: dict[int, dict[str, tuple[str, bytes]]] | None = None,
) -> bytes:
    """A .pptx of ``slides`` (shapes XML each), listed in ``order`` (indices; default as given), with speaker notes
    (shapes XML) for some, and pictures for some (``media``: by slide, relationship id → file name and bytes,
    stored in ``ppt/media/``)."""
    notes, media = notes or {}, media or {}
    order = list(range(len(slides))) if order is None else order
    ids = "".join(f'<p:sldId id="{256 + i}" r:id="rId{i + 1}"/>' for i in order)
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" Type="{SLIDE}" Target="slides/slide{i + 1}.xml"/>' for i in range(len(slides))
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "ppt/presentation.xml",
            f'<p:presentation xmlns:p="{P}" xmlns:r="{R}"><p:sldIdLst>{ids}</p:sldIdLst></p:presentation>',
        )
        package.writestr("ppt/_rels/presentation.xml.rels", f'<Relationships xmlns="{RELS}">{rels}</Relationships>')
        for i, shapes in enumerate(slides):
            package.writestr(f"ppt/slides/slide{i + 1}.xml", _slide(shapes))
            slide_rels = ""
            if i in notes:
                target = f"../notesSlides/notesSlide{i + 1}.xml"
                slide_rels += f'<Relationship Id="rId9" Type="{NOTES}" Target="{target}"/>'
                package.writestr(f"ppt/notesSlides/notesSlide{i + 1}.xml", _slide(notes[i], "notes"))
            for rel_id, (file_name, data) in media.get(i, {}).items():
                slide_rels += f'<Relationship Id="{rel_id}" Type="{IMAGE}" Target="../media/{file_name}"/>'
                if f"ppt/media/{file_name}" not in package.namelist():  # a picture two slides show is stored once
                    package.writestr(f"ppt/media/{file_name}", data)
            if slide_rels:
                package.writestr(
                    f"ppt/slides/_rels/slide{i + 1}.xml.rels",
                    f'<Relationships xmlns="{RELS}">{slide_rels}</Relationships>',
                )
    return out.getvalue()
