"""The text of an Excel 97–2003 workbook (.xls, .xlt; Excel 5 and 95 files too): each worksheet under its name, its
rows as CSV with the values Excel shows — text, numbers, booleans, errors, the cached results of formulas, and
dates where the cell's number format is a date — as :mod:`.xlsx_text` gives an .xlsx — and the raster pictures on
its sheets (:mod:`.xls_pictures`), each marked ``[Image-N]`` after its sheet's rows. Charts and comments are left
out.

``xlrd`` reads the binary records (BIFF) of the workbook's stream, which ``olefile`` takes out of the container:
xlrd's own container reader follows a damaged file's sector chains into gigabytes of memory. It loads one sheet at
a time here, and each is let go once written: a sheet of Excel 97's 65,536 × 256 cells is the most it holds.
"""

from __future__ import annotations

import csv
import io
import struct

import olefile
import xlrd

from ..core.errors import MediaError, PasswordRequiredError
from ..core.messages import Message
from .compound_file import OFFICE_PASSWORD_HINT, PASSWORD_HINT, read_stream
from .office_pictures import OfficeDocument
from .text_files import MAX_TEXT_BYTES
from .xls_pictures import SheetPictures

_ERRORS = xlrd.error_text_from_code  # the text Excel shows for an error code: "#DIV/0!", "#N/A"…


def xls_text(name: str, ole: olefile.OleFileIO) -> str:
    """The text of the workbook ``name`` (an opened compound file): ``## Sheet: <name>`` then its rows as CSV, per
    sheet.

    Raises
    ------
    MediaError
        Saved with a password, or damaged.
    """
    return read_xls(name, ole, with_pictures=False).text


def read_xls(name: str, ole: olefile.OleFileIO, with_pictures: bool = True) -> OfficeDocument:
    """The text of the workbook and, ``with_pictures``, the raster pictures on its sheets, each marked ``[Image-N]``
    after its sheet's rows, numbered in the order they appear; at most ``MAX_PICTURES``, each at least
    ``MIN_SIDE`` px on each side, damaged or vector ones left out. Raises as :func:`xls_text`."""
    records = read_stream(name, ole, "Workbook" if ole.exists("Workbook") else "Book")  # Excel 97 / Excel 5 and 95
    try:
        # ragged rows: a row holds the cells it has, not as many as the sheet's widest row
        book = xlrd.open_workbook(file_contents=records, on_demand=True, ragged_rows=True, logfile=io.StringIO())
    except xlrd.biffh.XLRDError as err:
        if "encrypted" in str(err).lower() and _scrambled(records):  # Excel 95's XOR scrambling: not opened
            raise MediaError(Message("{name} is protected with a password.", name=name), hint=PASSWORD_HINT) from None
        if "encrypted" in str(err).lower():  # RC4 behind a FILEPASS record: the window asks (media/unlocking.py)
            raise PasswordRequiredError(
                Message("{name} is protected with a password.", name=name), hint=OFFICE_PASSWORD_HINT
            ) from None
        raise MediaError(Message("{name} is damaged: its workbook cannot be read.", name=name)) from None
    except Exception:  # xlrd raises struct.error, IndexError, AssertionError… on damaged records
        raise MediaError(Message("{name} is damaged: its workbook cannot be read.", name=name)) from None
    pictures = SheetPictures(records) if with_pictures else None
    sections = []
    written = 0
    try:
        for index, sheet_name in enumerate(book.sheet_names()):
            rows = _rows(book, book.sheet_by_index(index), MAX_TEXT_BYTES - written)
            book.unload_sheet(index)
            marks = "".join(f"\n{mark}" for mark in pictures.marks(sheet_name)) if pictures else ""
            sections.append(f"## Sheet: {sheet_name}\n{rows}".rstrip("\n") + marks)
            written += len(rows)
            if written > MAX_TEXT_BYTES:
                break
    except Exception:  # as above, for the records of a sheet, read when it is asked for
        raise MediaError(Message("{name} is damaged: a sheet of its workbook cannot be read.", name=name)) from None
    finally:
        book.release_resources()
    if not sections:
        raise MediaError(Message("{name} is not an Excel workbook: it has no sheets.", name=name))
    return OfficeDocument("\n\n".join(sections), list(pictures.sent.values()) if pictures else [])


def _rows(book: xlrd.Book, sheet, room: int) -> str:
    """A sheet's rows as CSV, trailing blank cells and blank rows dropped, stopping past ``room`` characters."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in range(sheet.nrows):
        cells = [_value(book, cell) for cell in sheet.row(row)]
        while cells and cells[-1] == "":
            cells.pop()
        if cells:
            writer.writerow(cells)
        if out.tell() > room:
            break
    return out.getvalue()


def _value(book: xlrd.Book, cell: xlrd.sheet.Cell) -> str:
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return f"{float(cell.value):.15g}"  # what Excel shows in General: no binary noise
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            moment = xlrd.xldate.xldate_as_datetime(float(cell.value), book.datemode)
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return f"{float(cell.value):.15g}"  # a date format on a number no calendar has
        return moment.date().isoformat() if moment.time().isoformat() == "00:00:00" else moment.isoformat(sep=" ")
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return _ERRORS.get(int(cell.value), "#ERROR")
    if cell.ctype == xlrd.XL_CELL_TEXT:
        return str(cell.value)
    return ""  # empty or blank (formatted, no value)


_FILEPASS = 0x002F


def _scrambled(records: bytes) -> bool:
    """Whether the workbook's FILEPASS record, the one after its first (BOF), names XOR obfuscation (encryption
    type 0) rather than RC4 (type 1)."""
    if len(records) < 4:
        return False
    after_bof = 4 + struct.unpack_from("<H", records, 2)[0]
    if len(records) < after_bof + 6:
        return False
    kind, _length, encryption = struct.unpack_from("<HHH", records, after_bof)
    return kind == _FILEPASS and encryption == 0
