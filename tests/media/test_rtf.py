"""RTF documents: TextEdit's, WordPad's and Word's text with its accents, code pages and Unicode characters; tables
as rows; fields by their visible text; fonts, pictures, binary data and optional destinations left out; broken
braces read on, hostile nesting and hostile sizes refused or read in linear time; recognised by their content."""

from __future__ import annotations

import time

import pytest

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind
from desktop_vlm.media.kind_registry import recognise
from desktop_vlm.media.rtf_text import rtf_text

# As TextEdit saves it: a font table and colour tables, Cocoa's own control words, a backslash ending each
# paragraph, accents as \'hh bytes and other characters as \uN with no fallback after them (\uc0).
TEXTEDIT = rb"""{\rtf1\ansi\ansicpg1252\cocoartf2761
\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\fnil\fcharset0 HelveticaNeue;}
{\colortbl;\red255\green255\blue255;\red0\green0\blue233;}
{\*\expandedcolortbl;;\cssrgb\c0\c0\c93333;}
\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0
\pard\tx566\tx1133\tx1700\pardirnatural\partightenfactor0

\f0\b\fs28 \cf0 Caf\'e9 menu\
\b0\fs24 Cr\'e8me br\'fbl\'e9e \uc0\u8212  \uc0\u8364 6, na\'efve \uc0\u8220 fresh\uc0\u8221 \
\
\f1 Served daily.}"""
TEXTEDIT_TEXT = "Café menu\nCrème brûlée — €6, naïve “fresh”\n\nServed daily."


def test_a_textedit_document_gives_its_text_with_accents_and_unicode_characters():
    assert rtf_text("menu.rtf", TEXTEDIT) == TEXTEDIT_TEXT


@pytest.mark.parametrize(
    ("document", "text"),
    [
        (  # WordPad on a Russian Windows: the document's code page is Windows-1251
            rb"{\rtf1\ansi\ansicpg1251\deff0\nouicompat\deflang1049{\fonttbl{\f0\fnil\fcharset204 Calibri;}}"
            rb"{\*\generator Riched20 10.0.19041}\viewkind4\uc1 "
            + b"\r\n"  # WordPad's line breaks, which are not text
            + rb"\pard\sa200\sl276\slmult1\f0\fs22\lang25 \'cf\'f0\'e8\'e2\'e5\'f2, \'ec\'e8\'f0!\par"
            + b"\r\n}",
            "Привет, мир!",
        ),
        (  # WordPad on an English Windows: Windows-1252, and the Russian words in a font of character set 204
            rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset204 Calibri;}}"
            rb"\pard\f0 Hello \f1\'cf\'f0\'e8\'e2\'e5\'f2\f0  world\par}",
            "Hello Привет world",
        ),
        (  # Word in Japanese: two bytes a character, the second one a brace's byte
            rb"{\rtf1\ansi\ansicpg932\deff0{\fonttbl{\f0\fnil\fcharset128 MS Mincho;}}\f0 \'93\'fa\'96\'7b\'8c\'ea\par}",
            "日本語",
        ),
        (rb"{\rtf1\mac\deff0 caf\'8e}", "café"),  # an old Mac document
        (rb"{\rtf1\ansi\ansicpg77777 caf\'e9}", "café"),  # a code page that does not exist: Windows-1252
        (rb"{\rtf1\ansi\ansicpg1200 caf\'e9}", "café"),  # UTF-16 is no code page for RTF's bytes
    ],
)
def test_bytes_written_as_hex_are_read_in_the_code_page_of_their_document_or_font(document, text):
    assert rtf_text("letter.rtf", document) == text


def test_unicode_characters_skip_their_fallback_and_join_their_halves():
    document = (
        rb"{\rtf1\ansi\uc1 \u1046?\'e0 \u-10179?\u-8704? {\uc2\u20320\'c4\'e3}\u8220\'93x\u8221\rdblquote,"
        rb" lone \u-10179?.}"
    )  # \'e0 alone is no fallback; a control word is one character of one
    assert rtf_text("u.rtf", document) == "Жà 😀 你“x”, lone \ufffd."


def test_tables_come_out_as_rows_of_cells():
    document = rb"""{\rtf1\ansi\deff0
\trowd\trgaph108\cellx3000\cellx6000
\pard\intbl Fruit\cell Boxes\cell\row
\trowd\trgaph108\cellx3000\cellx6000
\pard\intbl Apples\par green ones\cell 3\cell\row
\pard After the table\par}"""
    assert rtf_text("stock.rtf", document) == "| Fruit | Boxes |\n| Apples green ones | 3 |\nAfter the table"


def test_a_hyperlink_keeps_its_visible_text_and_drops_its_instruction():
    document = (
        rb'{\rtf1\ansi See {\field{\*\fldinst {\rtlch\fcs1 \insrsid1 HYPERLINK "https://example.com/" }'
        rb"{\*\datafield 00d0c9ea79f9bace}}{\fldrslt {\cs15\ul\cf2 the site}}} and"
        rb" {\field{\fldinst PAGE}{\fldrslt 3}}.}"
    )
    assert rtf_text("links.rtf", document) == "See the site and 3."


def test_destinations_pictures_and_binary_data_are_left_out():
    picture = b"{\\pict\\pngblip\\picw10\\pich10 89504e470d0a1a0a0000000d49484452\r\n0000000a0000000a08020000}"
    binary = b"{\\*\\objdata \\bin12 }{\\par\x00\xff\\'41}"  # braces, backslashes and \par in the 12 bytes
    document = (
        rb"{\rtf1\ansi{\fonttbl{\f0 Times;}}{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}}"
        rb"{\info{\title Secret title}{\author Someone}}{\*\rsidtbl \rsid1}{\*\generator Word;}"
        rb"{\header Page header}{\footer Page footer}Before"
        + picture
        + rb"{\object\objemb{\*\objclass Excel}"
        + binary
        + rb"}{\footnote A footnote}{\*\annotation A comment}{\*\unknownthing hidden {\nested too}} after.}"
    )
    assert rtf_text("pictures.rtf", document) == "Before after."


@pytest.mark.parametrize(
    ("document", "text"),
    [
        (rb"{\rtf1 a {\b bold} text", "a bold text"),  # the closing braces missing at the end
        (rb"{\rtf1 first}} second}}}", "first second"),  # braces closing no group
        (rb"{\rtf1 {\*\fldinst x", ""),  # a destination never closed
    ],
)
def test_unbalanced_braces_do_not_stop_the_reading(document, text):
    assert rtf_text("broken.rtf", document) == text


def test_symbols_and_special_characters_are_their_characters():
    document = (
        rb"{\rtf1 a\emdash b\endash c \bullet  \lquote q\rquote  \ldblquote d\rdblquote  no\~break"
        rb" soft\-ly non\_breaking \{braces\} back\\slash\tab tab\line next\page page\sect section\par para}"
    )
    expected = "a—b–c • ‘q’ “d” no\u00a0break softly non-breaking {braces} back\\slash\ttab\nnext\npage\nsection\npara"
    assert rtf_text("symbols.rtf", document) == expected


def test_lines_lose_their_trailing_spaces_and_long_runs_of_blank_lines():
    document = rb"{\rtf1 top   \par\par\par\par\par\par middle\tab\par\par\par bottom\par\par}"
    assert rtf_text("spaced.rtf", document) == "top\n\n\nmiddle\n\n\nbottom"


def test_nesting_deeper_than_any_editor_writes_is_refused_quickly():
    document = b"{\\rtf1 " + b"{" * 100_000 + b"deep" + b"}" * 100_000 + b"}"
    started = time.perf_counter()
    with pytest.raises(MediaError, match=r"deep\.rtf nests its groups more than 1,000 deep"):
        rtf_text("deep.rtf", document)
    assert time.perf_counter() - started < 0.5


def test_a_hostile_16_mb_line_is_read_in_time_proportional_to_its_size():
    # a megabyte of each shape that costs a careless reader dear: tiny groups, groups never closed, long control
    # words and numbers, bytes as hex, Unicode characters, unknown destinations, and binary data claiming more
    # than the file holds
    part = 2**20
    shapes = [
        b"{}" * (part // 2),
        b"{x}" * (part // 3),
        b"{" + b"a" * part,
        b"{\\*" + b"b" * part,
        b"}}",
        b"{\\*\\x}" * (part // 6),
        b"\\" + b"c" * part,
        b"\\u" + b"9" * part + b" ",
        b"\\'e9" * (part // 4),
        b"\\u233?" * (part // 6),
        b"\\fs24 " * (part // 6),
        b"\\par " * (part // 5),
        b"\\~" * (part // 2),
        b"{\\*\\x " + b"{y}" * (part // 3) + b"}",
        b"}" * part,
    ]
    document = b"{\\rtf1 " + b"".join(shapes) + b"{\\pict\\bin999999999 " + b"z" * 2 * part
    assert 16 * 2**20 <= len(document) < 17 * 2**20 and b"\n" not in document
    started = time.perf_counter()
    rtf_text("hostile.rtf", document)
    assert time.perf_counter() - started < 3


@pytest.mark.parametrize(
    "data",
    [b"", b"plain text", b"PK\x03\x04 a zip", b"{\\urtf1 almost}", b"\x00{\\rtf1 late}"],
)
def test_data_that_is_not_rtf_is_refused_by_name(data):
    with pytest.raises(MediaError, match="notes.rtf is not an RTF document"):
        rtf_text("notes.rtf", data)


def test_a_document_without_text_gives_no_text_and_is_not_attached(tmp_path):
    document = rb"{\rtf1\ansi{\fonttbl{\f0 Helvetica;}}{\pict 0011}\par\par}"
    assert rtf_text("empty.rtf", document) == ""
    path = tmp_path / "empty.rtf"
    path.write_bytes(document)
    with pytest.raises(MediaError, match="empty.rtf has no text in it"):
        prepare_file(path)


@pytest.mark.parametrize("name", ["menu.rtf", "menu.txt", "menu.doc", "menu"])
def test_recognised_by_its_content_whatever_its_extension(name):
    assert recognise(name, TEXTEDIT[:512]) == "rtf"
    assert recognise(name, b"\xef\xbb\xbf" + TEXTEDIT[:509]) == "rtf"  # with a byte-order mark


def test_attached_as_its_text_like_the_window_does(tmp_path):
    path = tmp_path / "menu.txt"  # a wrong extension: the content decides
    path.write_bytes(TEXTEDIT)
    assert detect_kind(path) == "rtf"
    attachment = prepare_file(path)
    assert attachment.kind == "rtf" and attachment.text == TEXTEDIT_TEXT
    assert attachment.meta["encoding"] == "RTF document" and attachment.images == []
