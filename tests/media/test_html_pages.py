"""Web pages saved as HTML are quoted as the text they show — their title, headings, paragraphs, tables — and not
as the scripts, styles and markup that fill most of a saved page; an HTML file that is not a whole page (a template
in a code project) is quoted as its source."""

from __future__ import annotations

import pytest

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.media import detect_kind
from desktop_vlm.media.attachment_kinds.html import page_text

# As Internet Explorer and Chrome's "Save page as" write one: a "saved from" comment first, a declared character
# set, styles, scripts, a menu before the article.
SAVED_PAGE = (
    b"<!-- saved from url=(0040)https://example.org/articles/tides.html -->\r\n<!DOCTYPE html>\r\n"
    b'<html lang="fr"><head><meta charset="windows-1252"><title>Les mar\xe9es &amp; la Lune</title>'
    b"<style>body{font:14px sans-serif}.nav{display:none}</style>"
    b"<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script></head>"
    b'<body><nav><a href="/">Accueil</a></nav><h1>Les mar\xe9es &amp; la Lune</h1>'
    b"<p>La Lune attire les oc\xe9ans. Les caf\xe9s de Saint-Malo le savent.</p>"
    b"<table><tr><th>Port</th><th>Marnage</th></tr><tr><td>Saint-Malo</td><td>13 m</td></tr></table>"
    b'<script>track("view")</script></body></html>'
)
SAVED_TEXT = (
    "Accueil\n# Les marées & la Lune\nLa Lune attire les océans. Les cafés de Saint-Malo le savent.\n"
    "| Port | Marnage |\n| Saint-Malo | 13 m |"
)


@pytest.mark.parametrize("name", ["tides.html", "tides.htm", "tides.txt", "tides"])
def test_a_saved_page_is_quoted_as_the_text_it_shows_whatever_it_is_called(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(SAVED_PAGE)
    assert detect_kind(path) == "html"
    attachment = prepare_file(path)
    assert attachment.text == SAVED_TEXT and attachment.meta["encoding"] == "web page"
    assert "dataLayer" not in attachment.text and "font:14px" not in attachment.text


def test_the_title_heads_a_page_that_does_not_show_it():
    page = b"<!DOCTYPE html><html><head><title>Quarterly report</title></head><body><p>Sales rose.</p></body></html>"
    assert page_text("report.html", page) == "# Quarterly report\nSales rose."


def test_a_page_is_read_in_the_character_set_it_declares():
    page = "<html><head><meta charset='shift_jis'></head><body><p>潮の満ち引き</p></body></html>".encode("shift_jis")
    assert page_text("tides.html", page) == "潮の満ち引き"
    unknown = b"<html><head><meta charset='x-unheard-of'></head><body><p>caf\xc3\xa9</p></body></html>"
    assert page_text("cafe.html", unknown) == "café"  # read as a text file is: UTF-8 here


def test_an_html_template_that_is_no_whole_page_is_quoted_as_its_source(tmp_path):
    template = tmp_path / "card.html"
    template.write_text('<div class="card">\n  <h2>{{ title }}</h2>\n</div>\n', encoding="utf-8")
    attachment = prepare_file(template)
    assert attachment.kind == "html" and attachment.text == '<div class="card">\n  <h2>{{ title }}</h2>\n</div>'


def test_a_picture_shown_in_the_text_gets_the_mark_it_is_given_where_it_sits():
    from desktop_vlm.media.html_text import html_text

    marks = {"a.png": "[Image-1]", "b.png": "[Image-2]"}
    html = '<p>Before <img src="a.png"> after</p><p><img src="b.png"/><img src="c.png"></p><script><img src="a.png">'
    assert html_text(html, marks.get) == "Before [Image-1] after\n[Image-2]"  # c.png: no mark; none from a script
    assert html_text(html) == "Before after"
