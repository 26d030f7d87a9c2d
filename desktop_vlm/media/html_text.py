"""The text a web page or an HTML e-mail shows: its paragraphs and headings as lines (headings marked with ``#``),
list items with ``-``, table rows as ``| a | b |``, links by the words they show; scripts, styles and the page's
head left out, character references decoded. What a model needs to answer about it, not how it looks.
"""

from __future__ import annotations

import html as html_module
import re
from collections.abc import Callable
from html.parser import HTMLParser

# elements that end a line before and after them
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote", "pre", "ul",
        "ol", "dl", "dt", "dd", "table", "form", "fieldset", "figure", "figcaption", "address", "hr", "center",
    }
)  # fmt: skip
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_SPACES = re.compile(r"\s+")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.I | re.S)
_MOST_ADDRESSES = 16  # addresses tried for one picture: a srcset lists a handful
_UNSEEN = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "object"})


class _Reader(HTMLParser):
    def __init__(self, picture: Callable[[str], str | None] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.picture = picture
        self.lines: list[str] = []
        self.line: list[str] = []
        self.cells: list[str] | None = None  # the table row being read
        self.in_cell = False
        self.unseen = 0  # how deep inside elements whose content is not shown
        self.drawings = 0  # how deep inside inline <svg> (one of those elements): its <image>s are shown
        self.preformatted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img" or self.in_drawing(tag):
            self.add_picture(attrs)
        elif tag in _UNSEEN:
            self.unseen += 1
            self.drawings += tag == "svg"
        elif tag == "br":
            self.line.append("\n")
        elif tag == "li":
            self.end_line()
            self.line.append("- ")
        elif tag in _HEADINGS:
            self.end_line()
            self.line.append("#" * _HEADINGS[tag] + " ")
        elif tag == "tr":
            self.end_line()
            self.cells = []
        elif tag in ("td", "th"):
            self.end_cell()
            self.in_cell = self.cells is not None
        elif tag in _BLOCKS:
            self.end_line()
            self.preformatted += tag == "pre"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img" or self.in_drawing(tag):
            self.add_picture(attrs)
        elif tag == "br":
            self.line.append("\n")
        elif tag in _BLOCKS:
            self.end_line()

    def handle_endtag(self, tag: str) -> None:
        if tag in _UNSEEN:
            self.unseen = max(0, self.unseen - 1)
            self.drawings = max(0, self.drawings - (tag == "svg"))
        elif tag in ("td", "th"):
            self.end_cell()
        elif tag == "tr":
            self.end_row()
        elif tag in _BLOCKS or tag in _HEADINGS or tag == "li":
            self.end_line()
            self.preformatted = max(0, self.preformatted - (tag == "pre"))

    def in_drawing(self, tag: str) -> bool:
        """Whether ``tag`` is a picture inside an inline drawing (an e-book's cover page wraps its picture in an
        ``<svg>``, as Calibre writes one); :meth:`add_picture` shows it unless something else around it is
        not shown."""
        return tag == "image" and self.drawings > 0

    def add_picture(self, attrs: list[tuple[str, str | None]]) -> None:
        """Where a picture is shown, the mark ``picture`` gives for its address (none when it gives None for every
        address the element names): an ``<img>``'s ``src``, then the addresses a web page loads instead (lazy
        loading's ``data-src``, the candidates of ``srcset``); an SVG ``<image>``'s ``href`` or ``xlink:href``."""
        if self.picture is None or (self.unseen and self.unseen != self.drawings):
            return
        for address in _addresses(attrs):
            if (mark := self.picture(address)) is not None:
                self.line.append(f" {mark} ")
                return

    def handle_data(self, data: str) -> None:
        if not self.unseen:  # white space runs are one space outside <pre>, as a browser shows them
            self.line.append(data if self.preformatted else _SPACES.sub(" ", data))

    def end_cell(self) -> None:
        if self.cells is not None and self.in_cell:
            self.cells.append(" ".join("".join(self.line).split()))
            self.line = []
        self.in_cell = False

    def end_row(self) -> None:
        self.end_cell()
        if self.cells:
            self.lines.append("| " + " | ".join(self.cells) + " |")
        self.cells = None

    def end_line(self) -> None:
        if self.cells is not None:
            self.line.append(" ")  # a block inside a table cell: its text stays in the cell
            return
        for part in "".join(self.line).split("\n"):
            if part.strip():
                self.lines.append(part.rstrip() if self.preformatted else " ".join(part.split()))
        self.line = []


def _addresses(attrs: list[tuple[str, str | None]]) -> list[str]:
    """The addresses a picture element names, in the order they are tried (see :meth:`_Reader.add_picture`)."""
    found = dict(attrs)
    plain = [found.get(key) for key in ("src", "data-src", "href", "xlink:href")]
    candidates = [
        c.split()[0] for key in ("srcset", "data-srcset") for c in (found.get(key) or "").split(",") if c.split()
    ]
    return [address for address in [*plain, *candidates] if address][:_MOST_ADDRESSES]


def titled_page_text(source: str, picture: Callable[[str], str | None] | None = None) -> str:
    """:func:`html_text` of a whole page, its ``<title>`` first as a heading (unless one of the page's first lines
    is its title already)."""
    shown = html_text(source, picture)
    title = _TITLE.search(source[: 64 * 1024])
    heading = " ".join(html_module.unescape(title.group(1)).split()) if title else ""
    if heading and heading not in (line.lstrip("#").strip() for line in shown.split("\n", 5)[:5]):
        shown = f"# {heading}\n{shown}"
    return shown


def html_text(html: str, picture: Callable[[str], str | None] | None = None) -> str:
    """The text ``html`` shows, a line per paragraph, heading, list item or table row; where it shows a picture,
    the mark ``picture`` gives for the picture's address (``src``), when it gives one."""
    reader = _Reader(picture)
    reader.feed(html)
    reader.close()
    reader.end_row()
    reader.end_line()
    return "\n".join(reader.lines)
