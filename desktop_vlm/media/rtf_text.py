"""The text of an RTF document (.rtf, as macOS TextEdit, Windows WordPad and Word save): its paragraphs in order,
tables as rows of cells separated by ``|``, fields such as hyperlinks by the text they show. Fonts, colours,
styles, pictures, headers and footers, footnotes, comments and the document's properties are left out.

RTF files come from anyone, so a document is read in one pass over its tokens, in time proportional to its size,
with a stack of the groups ``{ }`` it is in: each holds what its group changed (whether its text is shown, how many
fallback characters follow a Unicode character, which font's code page its bytes are in). A file nesting groups
deeper than any editor does is refused instead of followed.
"""

from __future__ import annotations

import codecs
import functools
import re
from string import hexdigits

from ..core.errors import MediaError
from ..core.messages import Message

MAX_GROUP_DEPTH = 1000  # editors nest a few dozen groups deep; a deeper file is damaged or made to exhaust a reader
DEFAULT_CODE_PAGE = "cp1252"  # what the specification assumes when a document names none
MAX_FALLBACK_CHARACTERS = 255  # after a Unicode character: writers use 1 or 2, the bytes of a double-byte character

# One token of RTF, told by the group that matches: (1) text, with bytes written as hex and groups holding nothing
# but text; (2) a group marked ``\*`` holding no group and no binary data, skipped whole; (3) a control word, its
# name (4) and number (5); (6) opening and (7) closing braces; (8) characters written as control symbols (\\, \{,
# \}, \~ ...); (9) another control symbol. Runs of what needs no decision one by one are single tokens, so that a
# file of tiny tokens takes fewer steps. Matching takes time in proportion to the bytes matched: the repeated
# parts of a run can follow one another one way only, and a group that turns out not to be one of the two kinds
# taken whole is given up at the first brace after its start.
_TOKEN = re.compile(
    rb"((?:[^\\{}]+|\\'[0-9a-fA-F]{2}|\{[^\\{}]*\})+)"
    rb"|(\{\\\*(?:[^\\{}]+(?![^\\{}])|\\(?!bin(?![a-zA-Z]))[\s\S])*\})"
    rb"|(\\([a-zA-Z]+)(-?[0-9]+)? ?)"
    rb"|(\{+)"
    rb"|(\}+)"
    rb"|((?:\\[\\{}~_\t-])+)"
    rb"|\\([\s\S]?)"
)
_TEXT, _SKIPPED_GROUP, _WORD, _NAME, _NUMBER, _OPEN, _CLOSE, _CHARACTER_SYMBOLS, _SYMBOL = range(1, 10)
_NOT_TEXT = bytes(range(0x20)).replace(b"\t", b"") + b"{}"  # the file's line breaks, the braces of text groups
_HEX_BYTES = {(high + low).encode(): bytes.fromhex(high + low) for high in hexdigits for low in hexdigits}
# The characters written as control symbols that are not themselves (\\, \{, \} and a tab are).
_SYMBOL_CHARACTERS = {
    ord("~"): "\u00a0",  # a no-break space: white space to anything that splits words
    ord("_"): "-",  # a non-breaking hyphen, as the plain hyphen a reader searches for and a model knows
    ord("-"): None,  # where a word may be hyphenated
}

# Groups whose content is not the document's text. A group marked ``\*`` is skipped whatever its name.
_SKIPPED_DESTINATIONS = frozenset(
    {
        b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"filetbl", b"revtbl", b"listtable",
        b"listoverridetable", b"rsidtbl", b"generator", b"themedata", b"colorschememapping", b"datastore",
        b"xmlnstbl", b"latentstyles", b"header", b"headerl", b"headerr", b"headerf", b"footer", b"footerl",
        b"footerr", b"footerf", b"footnote", b"annotation", b"atnid", b"atnauthor", b"fldinst", b"bkmkstart",
        b"bkmkend", b"xe", b"tc", b"txe", b"rxe", b"ftnsep", b"ftnsepc", b"ftncn", b"aftnsep", b"aftnsepc",
        b"aftncn", b"nonshppict", b"private", b"template", b"userprops", b"docvar", b"pgdsctbl",
    }
)  # fmt: skip
_CHARACTERS = {
    b"tab": "\t",
    b"emdash": "\u2014",
    b"endash": "\u2013",
    b"emspace": "\u2003",
    b"enspace": "\u2002",
    b"qmspace": "\u2005",
    b"bullet": "\u2022",
    b"lquote": "\u2018",
    b"rquote": "\u2019",
    b"ldblquote": "\u201c",
    b"rdblquote": "\u201d",
    b"zwj": "\u200d",
    b"zwnj": "\u200c",
}
_LINE_BREAKS = frozenset({b"par", b"line", b"sect", b"page"})
_CELL_ENDS = frozenset({b"cell", b"nestcell"})
_ROW_ENDS = frozenset({b"row", b"nestrow"})
_DOCUMENT_CODE_PAGES = {b"ansi": DEFAULT_CODE_PAGE, b"mac": "mac_roman", b"pc": "cp437", b"pca": "cp850"}
_GROUP_WORDS = {b"u", b"uc", b"bin", b"f", b"plain"}  # what a group keeps, and binary data
_FONT_TABLE_WORDS = {b"f", b"fcharset", b"cpg"}
_DOCUMENT_WORDS = {b"intbl", b"itap", b"pard", b"deff", b"ansicpg"}
# The control words read; the hundreds of others (formatting, layout) change nothing in the text.
_READ_WORDS = frozenset(
    _SKIPPED_DESTINATIONS | _CHARACTERS.keys() | _LINE_BREAKS | _CELL_ENDS | _ROW_ENDS
    | _DOCUMENT_CODE_PAGES.keys() | _GROUP_WORDS | _FONT_TABLE_WORDS | _DOCUMENT_WORDS
)  # fmt: skip
# The code pages of the font character sets (``\fcharsetN``) that are not the document's own: a WordPad file
# saved on an English Windows keeps its Russian text in a font of character set 204, in Windows-1251 bytes.
_CHARSET_CODE_PAGES = {
    77: "mac_roman", 128: "cp932", 129: "cp949", 130: "johab", 134: "gbk", 136: "cp950", 161: "cp1253",
    162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874",
    238: "cp1250", 255: "cp437",
}  # fmt: skip
# Windows code page numbers whose Python codec is not called ``cpN``.
_CODE_PAGE_CODECS = {
    10000: "mac_roman", 10001: "shift_jis", 10006: "mac_greek", 10007: "mac_cyrillic", 10029: "mac_latin2",
    10079: "mac_iceland", 10081: "mac_turkish", 20127: "ascii", 20932: "euc_jp", 28591: "latin_1",
    28592: "iso8859_2", 28595: "iso8859_5", 28597: "iso8859_7", 28605: "iso8859_15", 51932: "euc_jp",
    51949: "euc_kr", 54936: "gb18030", 65001: "utf-8",
}  # fmt: skip
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))


def rtf_text(name: str, data: bytes) -> str:
    """The text of the RTF document ``name`` holding ``data``: paragraphs and line breaks as lines, tables as
    ``| a | b |`` rows; empty when the document has no text.

    Raises
    ------
    MediaError
        Not an RTF document, or its groups nested deeper than ``MAX_GROUP_DEPTH``.
    """
    body = data.removeprefix(codecs.BOM_UTF8).lstrip()
    if not body.startswith(b"{\\rtf"):
        raise MediaError(Message("{name} is not an RTF document: it does not start as one.", name=name))
    return _Reader(name, data).read(len(data) - len(body))


@functools.cache
def _code_page(number: int) -> str:
    """The Python codec of Windows code page ``number``: Windows-1252 for a number that is not one, or for a code
    page in which plain ASCII is not itself (UTF-16, EBCDIC), since RTF is written in ASCII."""
    name = _CODE_PAGE_CODECS.get(number, f"cp{number}")
    try:
        if codecs.decode(_PRINTABLE_ASCII, name) == _PRINTABLE_ASCII.decode("ascii"):
            return name
    except (LookupError, UnicodeDecodeError):
        pass
    return DEFAULT_CODE_PAGE


class _Reader:
    """One pass over a document's tokens, gathering its text."""

    def __init__(self, name: str, data: bytes):
        self.name = name
        self.data = data
        self.code_page = DEFAULT_CODE_PAGE
        self.default_font: int | None = None
        self.font_code_pages: dict[int, str] = {}  # fonts whose character set is not the document's code page
        self.declared_font = 0  # the font the font table is declaring
        self.in_table = False  # the paragraph is in a table cell (``\intbl``, ``\itapN``; ``\pard`` resets)
        self.parts: list[str] = []  # the text so far
        self.line_start = 0  # where in ``parts`` the current line (or table cell) starts
        self.cells: list[str] = []  # the cells of the table row being read
        self.pending: list[bytes] = []  # bytes of text not decoded yet, so a double-byte character can span tokens
        self.pending_code_page = DEFAULT_CODE_PAGE
        self.high_surrogate = 0  # the first half of a character from ``\uN``, waiting for its second half

    def read(self, position: int) -> str:
        """The text of the document from ``position`` on."""
        data, size = self.data, len(self.data)
        # What the current group changed, kept on the stack while a group inside it is read: its text is not the
        # document's (a destination such as a picture); the fallback characters written after each \uN for readers
        # without Unicode (\ucN); its font (\fN; None: the default font); it is in the font table.
        skipped, fallback, font, font_table = False, 1, None, False
        stack: list[tuple[bool, int, int | None, bool]] = []
        skip = 0  # fallback characters still to pass over
        while position < size:
            resume = size  # where to go on from after binary data
            for match in _TOKEN.finditer(data, position):
                kind = match.lastindex
                if kind == _WORD:
                    word = match.group(_NAME)
                    if skip:  # a control word is one character of a fallback (\bin with its data too)
                        skip -= 1
                        if word != b"bin":
                            continue
                    if word not in _READ_WORDS:
                        continue
                    digits = match.group(_NUMBER)  # RTF's numbers are 32-bit: longer ones are cut, still too large
                    number = int(digits[:12]) if digits is not None else None
                    if word == b"bin":  # binary data (a picture's) as long as the number says
                        resume = min(size, match.end() + max(0, number or 0))
                        break
                    if skipped:
                        if font_table:
                            self.declare_font(word, number)
                    elif word in _LINE_BREAKS:
                        self.end_line()
                    elif word == b"u":
                        if number is not None:
                            self.add_character(number + 65536 if number < 0 else number)
                            skip = fallback
                    elif word == b"uc":
                        fallback = max(0, min(number or 0, MAX_FALLBACK_CHARACTERS))
                    elif word == b"f":
                        font = number
                    elif word == b"plain":
                        font = None
                    elif word in _SKIPPED_DESTINATIONS:
                        skipped, font_table = True, word == b"fonttbl"
                    else:
                        self.control_word(word, number)
                elif kind == _TEXT:
                    if not skipped:
                        run = match.group()
                        if skip:
                            run, skip = _without_fallback(run, skip)
                        if run:
                            self.add_bytes(_text_bytes(run), font)
                elif kind == _SKIPPED_GROUP:
                    skip = 0  # a brace ends a fallback
                elif kind == _OPEN:
                    skip = 0
                    opened = match.end() - match.start()
                    if len(stack) + opened > MAX_GROUP_DEPTH:
                        raise MediaError(
                            Message(
                                "{name} nests its groups more than {limit:,} deep: it is damaged or "
                                "not a real document.",
                                name=self.name,
                                limit=MAX_GROUP_DEPTH,
                            )
                        )
                    if opened == 1:
                        stack.append((skipped, fallback, font, font_table))
                    else:
                        stack.extend([(skipped, fallback, font, font_table)] * opened)
                elif kind == _CLOSE:
                    skip = 0
                    closed = min(match.end() - match.start(), len(stack))  # a brace closing no group is ignored
                    if closed == 1:
                        skipped, fallback, font, font_table = stack.pop()
                    elif closed:
                        skipped, fallback, font, font_table = stack[-closed]
                        del stack[-closed:]
                elif kind == _CHARACTER_SYMBOLS:
                    characters = match.group()[1::2]
                    if skip:
                        characters, skip = characters[skip:], max(0, skip - len(characters))
                    if not skipped:
                        self.add(characters.decode("latin-1").translate(_SYMBOL_CHARACTERS))
                elif skip:  # a control symbol, the one kind of token left: one character of a fallback
                    skip -= 1
                elif match.group(_SYMBOL) == b"*":  # an optional destination: left out by readers not knowing it
                    skipped = True
                elif match.group(_SYMBOL) in (b"\n", b"\r") and not skipped:  # a backslash ending a line: \par
                    self.end_line()
            position = resume
        return self.finish()

    def control_word(self, word: bytes, number: int | None) -> None:
        """Act on a control word of the document's text that the group does not keep."""
        if word in _CHARACTERS:
            self.add(_CHARACTERS[word])
        elif word in _CELL_ENDS:
            self.end_cell()
        elif word in _ROW_ENDS:
            self.end_row()
        elif word == b"intbl":
            self.in_table = True
        elif word == b"itap":
            self.in_table = bool(number)
        elif word == b"pard":
            self.in_table = False
        elif word == b"deff":
            self.default_font = number
        elif word == b"ansicpg" and number is not None:
            self.code_page = _code_page(number)
        elif word in _DOCUMENT_CODE_PAGES:
            self.code_page = _DOCUMENT_CODE_PAGES[word]

    def declare_font(self, word: bytes, number: int | None) -> None:
        """Note a font table entry's code page, when it is not the document's."""
        if word == b"f" and number is not None:
            self.declared_font = number
        elif word == b"fcharset" and number in _CHARSET_CODE_PAGES:
            self.font_code_pages[self.declared_font] = _CHARSET_CODE_PAGES[number]
        elif word == b"cpg" and number is not None:
            self.font_code_pages[self.declared_font] = _code_page(number)

    def add_bytes(self, raw: bytes, font: int | None) -> None:
        """Text in the code page of its font, decoded once the run of bytes ends."""
        font = font if font is not None else self.default_font
        page = self.font_code_pages.get(font, self.code_page) if font is not None else self.code_page
        if self.pending and page != self.pending_code_page:
            self.decode_pending()
        self.pending_code_page = page
        self.pending.append(raw)

    def decode_pending(self) -> None:
        text = b"".join(self.pending).decode(self.pending_code_page, "replace")
        self.pending.clear()
        self.add(text)

    def add_character(self, code: int) -> None:
        """A character written as ``\\uN``; one beyond 16 bits comes as two halves, joined here."""
        if self.pending:  # text between two halves leaves both alone
            self.decode_pending()
        if 0xD800 <= code < 0xDC00:
            self.add("")  # a first half already waiting has no second half
            self.high_surrogate = code
        elif 0xDC00 <= code < 0xE000 and self.high_surrogate:
            joined = 0x10000 + ((self.high_surrogate - 0xD800) << 10) + (code - 0xDC00)
            self.high_surrogate = 0
            self.add(chr(joined))
        elif 0xDC00 <= code < 0xE000 or code > 0x10FFFF:
            self.add("\ufffd")  # a second half alone, or no character at all: damage
        elif code >= 0x20 or code == 0x09:  # other control characters are not text
            self.add(chr(code))

    def add(self, text: str) -> None:
        if self.pending:
            self.decode_pending()
        if self.high_surrogate:
            self.high_surrogate = 0
            self.parts.append("\ufffd")
        self.parts.append(text)

    def end_line(self) -> None:
        if self.in_table:  # a cell's paragraphs run on in it, so that its row stays one line
            self.add(" ")
            return
        if self.cells:  # a row the document did not end with \row
            self.end_row()
        self.add("\n")
        self.line_start = len(self.parts)

    def end_cell(self) -> None:
        self.add("")
        self.cells.append("".join(self.parts[self.line_start :]).strip())
        del self.parts[self.line_start :]

    def end_row(self) -> None:
        self.add("")
        if "".join(self.parts[self.line_start :]).strip():  # text after the last cell, as another cell
            self.end_cell()
        del self.parts[self.line_start :]  # white space between the last cell and the row's end
        if self.cells:
            self.parts.append("| " + " | ".join(self.cells) + " |\n")
            self.cells.clear()
        self.line_start = len(self.parts)
        self.in_table = False

    def finish(self) -> str:
        """The text gathered: lines without trailing spaces, at most two blank lines in a row."""
        if self.cells:
            self.end_row()
        self.add("")
        lines = "".join(self.parts).split("\n")
        text = "\n".join(line.rstrip(" \t") for line in lines)
        return re.sub(r"\n{4,}", "\n\n\n", text).strip()


def _text_bytes(run: bytes) -> bytes:
    """The bytes of a text token: without the file's line breaks and the braces of its groups, hex decoded."""
    run = run.translate(None, _NOT_TEXT)
    if b"\\" not in run:
        return run
    first, *rest = run.split(b"\\'")
    return first + b"".join(_HEX_BYTES[piece[:2]] + piece[2:] for piece in rest)


def _without_fallback(run: bytes, count: int) -> tuple[bytes, int]:
    """A text token without the first ``count`` fallback characters of a ``\\uN`` (each byte or byte written as
    hex is one; the file's line breaks are none; a brace ends the fallback), and how many are still to come."""
    at = 0
    while count and at < len(run):
        byte = run[at]
        if byte == 0x7B:  # ``{``, a group's start
            return run[at:], 0
        at += 4 if byte == 0x5C else 1  # ``\``: a byte written as hex, ``\'hh``
        if byte >= 0x20 or byte == 0x09:
            count -= 1
    return run[at:], count
