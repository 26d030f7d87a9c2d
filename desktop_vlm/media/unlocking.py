"""Opening a file saved with a password, with the password the person gives: an unprotected copy is written for
the readers to read (they read files and bytes, never passwords).

* a PDF is opened by PDFium in the sandboxed renderer process (:func:`.pdf.unlock_pdf`);
* a Word, Excel or PowerPoint file saved with a password (2007 and later: the document, encrypted, inside a
  compound file), or a Word or Excel 97–2003 file encrypted with RC4 (what those versions and LibreOffice write),
  is decrypted by ``msoffcrypto-tool``, which implements Office's documented encryption. Its key derivation
  repeats a hash as often as the file says, bounded by the format at 10 million times (a few seconds). A
  PowerPoint 97–2003 file saved with a password, and the XOR scrambling of Word and Excel 95, are refused by
  their readers with the way on;
* a ZIP archive whose files are protected with a password (the "traditional" encryption most zip tools write) is
  written again without it by Python's ``zipfile``, which decrypts at about 2 MB/s: up to
  ``MAX_ZIP_PROTECTED_BYTES`` of protected data, and within the archive reader's own inflated limit. Archives
  protected with AES (WinZip's, 7-Zip's option) are refused with the way on.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..core.errors import MediaError, PasswordRequiredError
from ..core.messages import Message
from .archive_text import MAX_INFLATED_BYTES, WHAT
from .compound_file import SIGNATURE, check_sector_chains, open_compound, program_of
from .ooxml import ZIP_ERRORS
from .pdf import pdf_page_count, unlock_pdf
from .word97_text import read_word97
from .xls_text import read_xls

_PDF_MARK = b"%PDF-"
_ZIP_MARK = b"PK\x03\x04"
MAX_ZIP_PROTECTED_BYTES = 48 * 2**20  # protected bytes decrypted for one archive: about 25 s
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
    head = _read(path, _HEAD)
    if _PDF_MARK in head:
        unlock_pdf(path, password, destination)
    elif head.startswith(SIGNATURE):
        _unlock_office(path, password, destination)
    elif head.startswith(_ZIP_MARK):
        _unlock_zip(path, password, destination)
    else:
        raise MediaError(Message("{name} is not a file that opens with a password.", name=path.name))


def _read(path: Path, size: int = -1) -> bytes:
    try:
        with open(path, "rb") as file:
            return file.read(size)
    except OSError as err:
        raise MediaError(
            Message("Cannot read {name}: {reason}.", name=path.name, reason=err.strerror or str(err))
        ) from None


def needs_password(path: Path) -> bool:
    """Whether the file at ``path`` opens only with a password that :func:`unlock_file` can use: a protected PDF,
    a Word, Excel or PowerPoint file saved with one, a Word or Excel 97–2003 file encrypted with it, a ZIP with
    files protected by one (all or some: the others are read without it). False for any other file, and for one that cannot be read (its reader says why)."""
    path = Path(path)
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD)
        if _PDF_MARK in head:
            pdf_page_count(path)
        elif head.startswith(SIGNATURE):
            with open_compound(path.name, path.read_bytes()) as ole:
                program = program_of(path.name, ole)
                if program == "word":  # the readers tell an encrypted document as they start
                    read_word97(path.name, ole, with_pictures=False)
                elif program == "excel":
                    read_xls(path.name, ole, with_pictures=False)
        elif head.startswith(_ZIP_MARK):
            with zipfile.ZipFile(path) as package:
                return any(info.flag_bits & 0x1 for info in package.infolist() if not info.is_dir())
    except PasswordRequiredError:
        return True
    except (MediaError, OSError, *ZIP_ERRORS):
        pass
    return False


def _unlock_office(path: Path, password: str, destination: Path) -> None:
    import msoffcrypto
    from msoffcrypto import exceptions
    from msoffcrypto.format.doc97 import Doc97File
    from msoffcrypto.format.ooxml import OOXMLFile
    from msoffcrypto.format.xls97 import Xls97File

    with open_compound(path.name, _read(path)) as ole:
        check_sector_chains(path.name, ole)  # the decryption writes streams back, following their chains
    try:
        with open(path, "rb") as protected, open(destination, "wb") as unprotected:
            office = msoffcrypto.OfficeFile(protected)
            if not isinstance(office, OOXMLFile | Doc97File | Xls97File):  # PowerPoint 97–2003: refused by its reader
                raise MediaError(Message("{name} is not a file that opens with a password.", name=path.name))
            if isinstance(office, OOXMLFile):  # a wrong password is told here, not as garbage
                office.load_key(password=password, verify_password=True)
            else:  # the 97–2003 formats check the password as the key is made
                office.load_key(password=password)
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


def _unlock_zip(path: Path, password: str, destination: Path) -> None:
    """Write the ZIP archive at ``path`` again at ``destination``, its protected files decrypted with ``password``
    (as UTF-8, what zip tools on Linux and macOS use)."""
    wrong = PasswordRequiredError(
        Message("That is not the password of {name}.", name=path.name),
        hint=Message("Type the password the archive asks for when it is unpacked."),
    )
    try:
        with zipfile.ZipFile(path) as package, zipfile.ZipFile(destination, "w", zipfile.ZIP_DEFLATED) as out:
            entries = [info for info in package.infolist() if not info.is_dir()]
            protected = sum(info.compress_size for info in entries if info.flag_bits & 0x1)
            if protected > MAX_ZIP_PROTECTED_BYTES:
                raise MediaError(
                    Message(
                        "{name} holds {size_mb:,.0f} MB under its password; Desktop VLM opens up to {limit_mb} MB "
                        "of a protected archive.",
                        name=path.name,
                        size_mb=protected / 2**20,
                        limit_mb=MAX_ZIP_PROTECTED_BYTES // 2**20,
                    ),
                    hint=Message("Unpack it with its password, and attach the files you want to ask about."),
                )
            inflated = 0
            for info in entries:
                inflated += info.file_size
                if inflated > MAX_INFLATED_BYTES:  # the reader would stop here too: the rest is named only
                    break
                try:
                    content = package.read(info, pwd=password.encode("utf-8"))
                except NotImplementedError:  # AES: a compression method zipfile does not know
                    raise MediaError(
                        Message(
                            "{name} is protected with AES encryption, which Desktop VLM cannot open.", name=path.name
                        ),
                        hint=Message("Unpack it with 7-Zip or your system's archive tool, and attach its files."),
                    ) from None
                except (RuntimeError, IndexError, *ZIP_ERRORS):  # "Bad password", a password that passed the
                    if info.flag_bits & 0x1:  # one-byte check then inflated to garbage, or a truncated header
                        raise wrong from None
                    raise
                out.writestr(info, content)
    except MediaError:
        raise
    except OSError as err:
        raise MediaError(
            Message("An unprotected copy of {name} could not be written ({reason}).", name=path.name, reason=str(err))
        ) from None
    except (RuntimeError, IndexError, *ZIP_ERRORS):  # IndexError: zipfile on an encryption header cut short
        raise MediaError(
            Message("{name} is damaged or is not {document_kind}.", name=path.name, document_kind=WHAT)
        ) from None
