"""The PDFium side of PDF rendering (and resvg's of SVG drawings, :mod:`.svg_render`). It runs in a child process
started by :mod:`.pdf_sandbox`, never in the app.

PDFium decompresses whatever a page lists: a 1 MB file can name a 1 GB Flate stream four times, and PDFium
aborts the whole process when an allocation fails. Here that costs only this process, which lives under an
address-space limit (Linux; see :func:`limit_memory`) and is replaced by the parent after a crash.

Wire format (both directions ``Connection.send_bytes``, never pickle: the parent must not unpickle what a
process that parsed hostile bytes sends back): a JSON request, then a JSON reply header, then for a rendered
page the raw RGB bytes (``width × height × 3``, row-major). A refusal's header carries its message and hint as
:meth:`Message.to_json` forms, which the parent reads in the person's language.
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import MediaError, PasswordRequiredError
from ..core.messages import Message

if TYPE_CHECKING:
    from pypdfium2 import PdfDocument

IDLE_EXIT_S = 120.0  # an unused worker exits (the parent starts a fresh one when needed)
READY = b"ready"  # the first message: the child started (a failure after it is the PDF's doing)
_ERR_PASSWORD = 4  # FPDF_ERR_PASSWORD
_ERR_SECURITY = 5  # FPDF_ERR_SECURITY: an unsupported security handler


def limit_memory(max_bytes: int | None) -> None:
    """Cap this process's address space (``RLIMIT_AS``) and turn off core dumps, where the OS offers both.

    Linux enforces ``RLIMIT_AS``; macOS accepts it without enforcing it and Windows has no ``resource``
    module, so there only the parent's time limit and the process boundary protect the app.
    """
    try:
        import resource
    except ImportError:  # Windows
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # an abort must not write a core file of ~1 GB
        if max_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))
    except (ValueError, OSError):  # a hard limit already lower than ours: keep that one
        pass


class _Documents:
    """The last opened document, kept while the same file is asked for again (a batch renders page after page)."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._doc: PdfDocument | None = None

    def open(self, path: Path) -> PdfDocument:
        import pypdfium2 as pdfium

        try:
            stat = path.stat()
        except FileNotFoundError:
            raise MediaError(Message("File not found: {path}", path=str(path))) from None
        except OSError as err:
            raise MediaError(
                Message("Cannot read {name}: {reason}.", name=path.name, reason=err.strerror or str(err))
            ) from None
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        if key == self._key and self._doc is not None:  # the key is only ever set together with the document
            return self._doc
        self.close()
        if not path.is_file():
            raise MediaError(Message("{name} is not a file.", name=path.name))
        try:
            doc = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as err:
            code = getattr(err, "err_code", None)
            if code == _ERR_PASSWORD or "password" in str(err).lower():
                hint = Message(
                    "Attach it in the window, which asks for its password (desktop-vlm ask: --password-env), or "
                    "save an unprotected copy in a PDF viewer and attach that."
                )
                raise PasswordRequiredError(
                    Message("{name} is password-protected.", name=path.name), hint=hint
                ) from None
            if code == _ERR_SECURITY:
                raise MediaError(
                    Message("{name} uses a protection scheme Desktop VLM cannot open.", name=path.name)
                ) from None
            raise MediaError(
                Message("{name} is not a PDF Desktop VLM can read; it may be damaged.", name=path.name)
            ) from None
        except OSError as err:
            raise MediaError(
                Message("Cannot read {name}: {reason}.", name=path.name, reason=err.strerror or str(err))
            ) from None
        self._key, self._doc = key, doc
        return doc

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
        self._key = self._doc = None


def _render(doc, path: Path, index: int, max_tiles: int, tile_size: int) -> tuple[dict, bytes]:
    import pypdfium2 as pdfium

    from .pdf import page_pixels, render_scale

    count = len(doc)
    if not 0 <= index < count:
        raise MediaError(
            Message(
                "{name} has {count} page(s); page {number} does not exist.",
                name=path.name,
                count=count,
                number=index + 1,
            )
        )
    try:
        page = doc[index]
        width, height = page.get_size()  # in points, /Rotate already applied
        if not (width > 0 and height > 0) or width * height > 1e12:
            raise MediaError(
                Message(
                    "Page {number} of {name} has an unusable size ({width:g}×{height:g} pt).",
                    number=index + 1,
                    name=path.name,
                    width=width,
                    height=height,
                )
            )
        scale = render_scale(width, height, max_tiles=max_tiles, tile_size=tile_size)
        expected = page_pixels(width, scale), page_pixels(height, scale)
        image = page.render(scale=scale).to_pil().convert("RGB")  # on white, like paper: no alpha
    except pdfium.PdfiumError:
        raise MediaError(
            Message(
                "Page {number} of {name} could not be rendered; the file may be damaged.",
                number=index + 1,
                name=path.name,
            )
        ) from None
    if image.size != expected:  # our pixel cap is computed from this size: a mismatch is a bug, not a page
        raise MediaError(
            Message(
                "Page {number} of {name} rendered at an unexpected size {size}.",
                number=index + 1,
                name=path.name,
                size=str(image.size),
            )
        )
    return {"width": image.width, "height": image.height}, image.tobytes()


def _text(doc, path: Path, indices: list[int], max_chars: int) -> tuple[dict, bytes]:
    """The text layer of pages ``indices``, as a JSON list (UTF-8), stopping once ``max_chars`` are read."""
    import pypdfium2 as pdfium

    texts: list[str] = []
    total = 0
    for index in indices:
        if not 0 <= index < len(doc):
            raise MediaError(
                Message(
                    "{name} has {count} page(s); page {number} does not exist.",
                    name=path.name,
                    count=len(doc),
                    number=index + 1,
                )
            )
        try:
            page = doc[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")  # PDFium ends lines CRLF
            textpage.close()
            page.close()
        except pdfium.PdfiumError:
            raise MediaError(
                Message(
                    "The text of page {number} of {name} cannot be read; it may be damaged.",
                    number=index + 1,
                    name=path.name,
                )
            ) from None
        texts.append(text[: max_chars - total])
        total += len(texts[-1])
        if total >= max_chars:
            break
    payload = json.dumps(texts, ensure_ascii=False).encode("utf-8", "replace")  # a lone surrogate: "?"
    return {"pages": len(texts), "bytes": len(payload)}, payload


def _unlock(path: Path, password: str, destination: Path) -> tuple[dict, None]:
    """Open the PDF at ``path`` with ``password`` and save it to ``destination`` without its protection."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        doc = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as err:
        if getattr(err, "err_code", None) == _ERR_PASSWORD:
            raise PasswordRequiredError(
                Message("That is not the password of {name}.", name=path.name),
                hint=Message("Type the password the PDF asks for when it is opened."),
            ) from None
        raise MediaError(
            Message("{name} is not a PDF Desktop VLM can read; it may be damaged.", name=path.name)
        ) from None
    try:
        doc.save(str(destination), flags=pdfium_c.FPDF_REMOVE_SECURITY)
    except (pdfium.PdfiumError, OSError) as err:
        raise MediaError(
            Message("An unprotected copy of {name} could not be written ({reason}).", name=path.name, reason=str(err))
        ) from None
    finally:
        doc.close()
    return {"unlocked": True}, None


def _answer(request: dict, documents: _Documents) -> tuple[dict, bytes | None]:
    path = Path(request["path"])
    if request["op"] == "unlock":
        return _unlock(path, request["password"], Path(request["destination"]))
    if request["op"] == "svg":  # a drawing, not a PDF: resvg draws it, here for the same limits
        from .svg_render import render_svg_file

        return render_svg_file(path, request["max_tiles"], request["tile_size"])
    doc = documents.open(path)
    if request["op"] == "count":
        return {"count": len(doc)}, None
    if request["op"] == "text":
        return _text(doc, path, request["indices"], request["max_chars"])
    return _render(doc, path, request["index"], request["max_tiles"], request["tile_size"])


def serve(conn, max_bytes: int | None) -> None:
    """The child's loop: answer requests on ``conn`` until the parent closes it or it stays idle too long."""
    limit_memory(max_bytes)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the parent to handle
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)  # PDFium's own complaints about damaged files would clutter the CLI's output
    documents = _Documents()
    conn.send_bytes(READY)
    try:
        while conn.poll(IDLE_EXIT_S):
            try:
                request = json.loads(conn.recv_bytes())
            except EOFError:
                return
            try:
                header, payload = _answer(request, documents)
            except MediaError as err:
                # the template and its values, not the sentence: this process has no translation, the parent
                # puts the sentence together in the reader's language
                hint = err.hint_message.to_json() if err.hint_message is not None else None
                header, payload = {"error": err.message.to_json(), "hint": hint}, None
                if isinstance(err, PasswordRequiredError):
                    header["password"] = True
            except MemoryError:
                documents.close()
                header, payload = {"out_of_memory": True}, None
            conn.send_bytes(json.dumps(header).encode("utf-8"))
            if payload is not None:
                conn.send_bytes(payload)
    finally:
        documents.close()
