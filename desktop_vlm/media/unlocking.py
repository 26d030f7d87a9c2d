"""Opening a file saved with a password, with the password the person gives: an unprotected copy is written for
the readers to read (they read files and bytes, never passwords).

* a PDF is opened by PDFium in the sandboxed renderer process (:func:`.pdf.unlock_pdf`);
* a Word, Excel or PowerPoint file saved with a password (2007 and later: the document, encrypted, inside a
  compound file) is decrypted by ``msoffcrypto-tool``, which implements Office's documented encryption. Its key
  derivation repeats a hash as often as the file says, bounded by the format at 10 million times (a few seconds).
"""

from __future__ import annotations

from pathlib import Path

from ..core.errors import MediaError, PasswordRequiredError
from ..core.messages import Message
from .compound_file import SIGNATURE, open_compound, program_of
from .pdf import pdf_page_count, unlock_pdf

_PDF_MARK = b"%PDF-"
_HEAD = 1024  # a PDF's header may come after some bytes of junk, within the first kilobyte


def unlock_file(path: Path, password: str, destination: Path) -> None:
    """Write the file at ``path``, opened with ``password``, to ``destination`` without its protection.

    Raises
    ------
    PasswordRequiredError
        ``password`` is not the file's.
    MediaError
        Not a file that opens with a password, damaged, or the copy cannot be written.
    """
    path = Path(path)
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD)
    except OSError as err:
        raise MediaError(
            Message("Cannot read {name}: {reason}.", name=path.name, reason=err.strerror or str(err))
        ) from None
    if _PDF_MARK in head:
        unlock_pdf(path, password, destination)
    elif head.startswith(SIGNATURE):
        _unlock_office(path, password, destination)
    else:
        raise MediaError(Message("{name} is not a file that opens with a password.", name=path.name))


def needs_password(path: Path) -> bool:
    """Whether the file at ``path`` opens only with a password: a protected PDF, or a Word, Excel or PowerPoint
    file saved with one. False for any other file, and for one that cannot be read (its reader says why)."""
    path = Path(path)
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD)
        if _PDF_MARK in head:
            pdf_page_count(path)
        elif head.startswith(SIGNATURE):
            with open_compound(path.name, path.read_bytes()) as ole:
                program_of(path.name, ole)
    except PasswordRequiredError:
        return True
    except (MediaError, OSError):
        pass
    return False


def _unlock_office(path: Path, password: str, destination: Path) -> None:
    import msoffcrypto
    from msoffcrypto import exceptions
    from msoffcrypto.format.ooxml import OOXMLFile

    try:
        with open(path, "rb") as protected, open(destination, "wb") as unprotected:
            office = msoffcrypto.OfficeFile(protected)
            if not isinstance(office, OOXMLFile):  # a 97–2003 file: its readers refuse it with the way on
                raise MediaError(Message("{name} is not a file that opens with a password.", name=path.name))
            office.load_key(password=password, verify_password=True)  # a wrong one is told here, not as garbage
            office.decrypt(unprotected)
    except MediaError:
        raise
    except exceptions.InvalidKeyError:
        raise PasswordRequiredError(
            Message("That is not the password of {name}.", name=path.name),
            hint=Message("Type the password the document asks for when it is opened."),
        ) from None
    except OSError as err:
        raise MediaError(
            Message("An unprotected copy of {name} could not be written ({reason}).", name=path.name, reason=str(err))
        ) from None
    except Exception:  # the library's own errors and whatever damaged streams make it raise
        raise MediaError(
            Message("{name} could not be opened with its password; it may be damaged.", name=path.name)
        ) from None
