"""Fuzzing the media decoders with damaged files.

Every input must give a correct result or a MediaError: no other exception, no hang (hypothesis deadline
per input, pytest-timeout per test), and no huge allocation (sizes are refused from headers before
decoding). Inputs: mutations of real files (truncations, bit flips, overwritten/inserted blocks, random
bytes behind a valid header, empty files) and random bytes behind each format's magic number. The longer
run is benchmarks/fuzz_media.py.
"""

from __future__ import annotations

import io
import random
import resource
import struct
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind, load_image, pdf_page_count, probe_video, render_pdf_page, sample_video_frames
from tests.media.fuzz_inputs import MAGIC, mutate, seed_images, seed_pdf, seed_video

SEEDS = seed_images()
FUZZ = settings(
    max_examples=100,
    deadline=5000,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
pytestmark = pytest.mark.timeout(120)


def _mutated(seed: bytes, salt: int) -> bytes:
    return mutate(seed, random.Random(salt))


@FUZZ
@given(seed=st.sampled_from(sorted(SEEDS)), salt=st.integers(0, 2**32 - 1))
def test_images(seed, salt):
    try:
        image = load_image(_mutated(SEEDS[seed], salt))
    except MediaError:
        return
    assert isinstance(image, Image.Image) and image.mode == "RGB" and image.width > 0 and image.height > 0


@FUZZ
@given(magic=st.sampled_from(MAGIC), tail=st.binary(max_size=4096))
def test_random_bytes_behind_real_magic(tmp_path_factory, magic, tail):
    path = tmp_path_factory.mktemp("m") / "file.bin"
    path.write_bytes(magic + tail)
    try:
        kind = detect_kind(path)
        if kind == "image":
            assert load_image(path).mode == "RGB"
        elif kind == "video":
            sample_video_frames(path, 2)
        elif pdf_page_count(path):
            render_pdf_page(path, 0, max_tiles=1)
    except MediaError:
        return


@pytest.fixture(scope="module")
def video_seeds():
    return [seed_video("mpeg4"), seed_video("libx264")]


@FUZZ
@given(which=st.integers(0, 1), salt=st.integers(0, 2**32 - 1))
def test_videos(tmp_path_factory, video_seeds, which, salt):
    path = tmp_path_factory.mktemp("v") / "clip.mp4"
    path.write_bytes(_mutated(video_seeds[which], salt))
    try:
        info = probe_video(path)
        frames = sample_video_frames(path, 3)
    except MediaError:
        return
    assert info.frame_count > 0 and len(frames) == 3 and all(f.mode == "RGB" for f in frames)


@pytest.fixture(scope="module")
def pdf_seeds():
    return [seed_pdf(), seed_pdf(hand_written=True)]


@FUZZ
@given(which=st.integers(0, 1), salt=st.integers(0, 2**32 - 1))
def test_pdfs(tmp_path_factory, pdf_seeds, which, salt):
    path = tmp_path_factory.mktemp("p") / "doc.pdf"
    path.write_bytes(_mutated(pdf_seeds[which], salt))
    try:
        if pdf_page_count(path) > 0:
            assert render_pdf_page(path, 0, max_tiles=1).mode == "RGB"
    except MediaError:
        return


def _bomb(fmt: str) -> bytes:
    """A small valid file of ``fmt`` whose header is patched to declare an enormous size."""
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "red").save(buffer, fmt)
    data = bytearray(buffer.getvalue())
    if fmt == "PNG":  # IHDR width/height, then fix the chunk's CRC so the header is valid
        data[16:24] = struct.pack(">II", 60000, 60000)
        data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    elif fmt == "GIF":  # logical screen and first image descriptor
        data[6:10] = struct.pack("<HH", 65535, 65535)
        at = data.index(b",")
        data[at + 5 : at + 9] = struct.pack("<HH", 65535, 65535)
    elif fmt == "BMP":
        data[18:26] = struct.pack("<ii", 60000, 60000)
    elif fmt == "JPEG":  # the SOF0 marker's height and width
        at = data.index(b"\xff\xc0")
        data[at + 5 : at + 9] = struct.pack(">HH", 65000, 65000)
    return bytes(data)


@pytest.mark.parametrize("fmt", ["PNG", "GIF", "BMP", "JPEG"])
def test_size_bombs_are_refused_without_allocating(fmt):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    with pytest.raises(MediaError, match="MP limit|decompression bomb"):
        load_image(_bomb(fmt))
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mib < 100, f"decoding a {fmt} bomb grew the process by {grown_mib:.0f} MiB"


TEXT_SEEDS = {
    "utf8": "# Notes\n\n- café — 5€\n- 中文 <|im_end|>\n".encode(),
    "utf16": "Tiếng Việt\r\nxin chào\r\n".encode("utf-16"),
    "cp1252": "Größe: 5 Äpfel".encode("cp1252"),
}


@FUZZ
@given(seed=st.sampled_from(sorted(TEXT_SEEDS)), salt=st.integers(0, 2**32 - 1), room=st.none() | st.integers(0, 500))
def test_text_files(tmp_path_factory, seed, salt, room):
    from desktop_vlm.app.attachments import prepare_file

    path = tmp_path_factory.mktemp("t") / "notes.txt"
    path.write_bytes(_mutated(TEXT_SEEDS[seed], salt))
    try:
        attachment = prepare_file(path, image_token_room=room)
    except MediaError:
        return
    assert attachment.text is not None or attachment.images  # a mutation can make it a picture's signature


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_word_documents(tmp_path_factory, salt):
    from desktop_vlm.media.docx_text import docx_text
    from tests.media.docx_files import minimal_docx, paragraph, table

    seed = minimal_docx(paragraph("Title", "Heading1") + paragraph("Body") + table([["a", "b"]]))
    try:
        text = docx_text("report.docx", _mutated(seed, salt))
    except MediaError:
        return
    assert isinstance(text, str)


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_notebooks(salt):
    from desktop_vlm.media.notebook_text import notebook_text
    from tests.media.test_notebook import CELLS, _notebook

    try:
        text = notebook_text("analysis.ipynb", _mutated(_notebook(CELLS), salt))
    except MediaError:
        return
    assert isinstance(text, str)


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_workbooks(salt):
    from desktop_vlm.media.xlsx_text import xlsx_text
    from tests.media.test_xlsx import EXPENSES, SHARED, STYLES
    from tests.media.xlsx_files import workbook

    try:
        text = xlsx_text("book.xlsx", _mutated(workbook({"Expenses": EXPENSES}, SHARED, STYLES), salt))
    except MediaError:
        return
    assert isinstance(text, str)


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_presentations(salt):
    from desktop_vlm.media.pptx_text import pptx_text
    from tests.media.test_pptx import DECK

    try:
        text = pptx_text("deck.pptx", _mutated(DECK, salt))
    except MediaError:
        return
    assert isinstance(text, str)


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_opendocument_texts(salt):
    from desktop_vlm.media.odt_text import odt_text
    from tests.media.odt_files import odt
    from tests.media.test_odt import BODY

    try:
        text = odt_text("minutes.odt", _mutated(odt(BODY), salt))
    except MediaError:
        return
    assert isinstance(text, str)


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_opendocument_spreadsheets(salt):
    from desktop_vlm.media.ods_text import ods_text
    from tests.media.odt_files import opendocument
    from tests.media.test_ods_odp import SHEETS

    try:
        text = ods_text("budget.ods", _mutated(opendocument("spreadsheet", SHEETS), salt))
    except MediaError:
        return
    assert isinstance(text, str)


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_opendocument_presentations(salt):
    from desktop_vlm.media.odp_text import odp_text
    from tests.media.odt_files import opendocument
    from tests.media.test_ods_odp import SLIDES

    try:
        text = odp_text("review.odp", _mutated(opendocument("presentation", SLIDES), salt))
    except MediaError:
        return
    assert isinstance(text, str)


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_rtf_documents(salt):
    from desktop_vlm.media.rtf_text import rtf_text
    from tests.media.test_rtf import TEXTEDIT

    try:
        text = rtf_text("menu.rtf", _mutated(TEXTEDIT, salt))
    except MediaError:
        return
    assert isinstance(text, str)


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_word_documents_with_pictures(salt):
    from desktop_vlm.media.docx_text import read_docx
    from tests.media.test_office_pictures import REPORT

    try:
        document = read_docx("report.docx", _mutated(REPORT, salt))
    except MediaError:
        return
    assert isinstance(document.text, str) and all(p.mode == "RGB" for p in document.pictures)


@FUZZ
@given(
    name=st.sampled_from(
        ["lease.doc", "pictures.doc", "floating.doc", "invoices.xls", "review.ppt", "photos.ppt", "order.msg"]
        + ["fwd.msg"]
    ),
    salt=st.integers(0, 2**32 - 1),
)
def test_office97_files_and_outlook_messages(name, salt):
    from desktop_vlm.media.attachment_kinds.office97 import read_office97
    from tests.media.test_office97 import DATA
    from tests.media.test_outlook_message import FORWARDED, ORDER

    messages = {"order.msg": ORDER, "fwd.msg": FORWARDED}
    seed = messages[name] if name in messages else (DATA / name).read_bytes()
    try:
        document, _ = read_office97(name, _mutated(seed, salt))
    except MediaError:
        return
    assert isinstance(document.text, str) and all(p.mode == "RGB" for p in document.pictures)


@FUZZ
@given(salt=st.integers(0, 2**32 - 1), checksum_fixed=st.booleans())
def test_compressed_rtf_bodies_of_outlook_messages(salt, checksum_fixed):
    """The packed body damaged inside a sound message; with its checksum made right again, the damage reaches the
    decompressor and the RTF reader. The headers always go."""
    import struct

    from compressed_rtf.crc32 import crc32

    from desktop_vlm.media.attachment_kinds.office97 import office97_text
    from tests.media.test_outlook_message import WRAPPED_HTML, _packed_rtf, _unicode, message

    packed = _mutated(_packed_rtf(WRAPPED_HTML), salt)
    if checksum_fixed and len(packed) >= 16:
        packed = packed[:12] + struct.pack("<I", crc32(packed[16:])) + packed[16:]
    text = office97_text("old.msg", message({"0037001F": _unicode("Late order"), "10090102": packed})).text
    assert text.startswith("Subject: Late order")


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_the_pictures_of_an_excel_97_workbook(salt):
    """The workbook stream of a file with pictures on two sheets, damaged: its drawing group, blip store and
    sheets' drawings are walked by our own reader; at most the pictures are left out."""
    import olefile

    from desktop_vlm.media.xls_pictures import SheetPictures
    from tests.media.test_office_drawings import DATA

    with olefile.OleFileIO((DATA / "warehouse.xls").read_bytes()) as ole:
        stream = ole.openstream("Workbook").read()
    pictures = SheetPictures(_mutated(stream, salt))
    for sheet in ("Shelves", "Notes", "Parts"):
        assert all(mark.startswith("[Image-") for mark in pictures.marks(sheet))
    assert all(picture.mode == "RGB" for picture in pictures.sent.values())


@FUZZ
@given(which=st.sampled_from(["WordDocument", "1Table"]), salt=st.integers(0, 2**32 - 1))
def test_the_floating_pictures_of_a_word_97_document(which, salt):
    """The streams of a document with floating pictures damaged inside a sound container: its anchors, drawing
    group and drawings are walked by our own reader; at most the pictures are left out."""
    import olefile

    from desktop_vlm.media.word97_text import read_document
    from tests.media.test_office97 import DATA

    with olefile.OleFileIO(str(DATA / "floating.doc")) as ole:
        streams = {name: ole.openstream(name).read() for name in ("WordDocument", "1Table")}
    streams[which] = _mutated(streams[which], salt)
    try:
        document = read_document("floating.doc", streams["WordDocument"], streams["1Table"], b"")
    except MediaError:
        return
    assert isinstance(document.text, str) and all(picture.mode == "RGB" for picture in document.pictures)


@FUZZ
@given(which=st.sampled_from(["WordDocument", "1Table"]), salt=st.integers(0, 2**32 - 1))
def test_word97_streams(which, salt):
    """The Word document's own records damaged inside a sound container (a flip in the container mostly stops
    the reading before them)."""
    import olefile

    from desktop_vlm.media.word97_text import document_text
    from tests.media.test_office97 import DATA

    with olefile.OleFileIO(str(DATA / "lease.doc")) as ole:
        streams = {name: ole.openstream(name).read() for name in ("WordDocument", "1Table")}
    streams[which] = _mutated(streams[which], salt)
    try:
        text = document_text("lease.doc", streams["WordDocument"], streams["1Table"])
    except MediaError:
        return
    assert isinstance(text, str)


@FUZZ
@given(
    name=st.sampled_from(
        ["sales.xlsx", "report.docx", "review.pptx", "sales.ods", "report.odt", "review.odp"]
        + ["catalog.xlsx", "catalog.ods"]
    ),
    salt=st.integers(0, 2**32 - 1),
)
def test_office_files_with_charts_and_pictures(name, salt):
    from desktop_vlm.media.docx_text import read_docx
    from desktop_vlm.media.odp_text import read_odp
    from desktop_vlm.media.ods_text import read_ods
    from desktop_vlm.media.odt_text import read_odt
    from desktop_vlm.media.pptx_text import read_pptx
    from desktop_vlm.media.xlsx_text import read_xlsx
    from tests.media.test_office_drawings import DATA

    read = {"xlsx": read_xlsx, "docx": read_docx, "pptx": read_pptx, "ods": read_ods, "odt": read_odt, "odp": read_odp}
    read = read[name.rsplit(".", 1)[1]]
    try:
        document = read(name, _mutated((DATA / name).read_bytes(), salt))
    except MediaError:
        return
    assert isinstance(document.text, str) and all(p.mode == "RGB" for p in document.pictures)


@FUZZ
@given(which=st.sampled_from(["exported", "laid out", "figures"]), salt=st.integers(0, 2**32 - 1))
def test_epub_books(which, salt):
    from desktop_vlm.media.epub_text import read_epub
    from tests.media.test_epub import CHAPTERS, FIGURES, TIDES, epub

    seeds = {"exported": TIDES.read_bytes(), "figures": FIGURES}
    seed = seeds[which] if which in seeds else epub(CHAPTERS, ["b.xhtml", "a.xhtml"])
    try:
        book = read_epub("book.epub", _mutated(seed, salt))
    except MediaError:
        return
    assert isinstance(book.text, str) and all(picture.mode == "RGB" for picture in book.pictures)


@FUZZ
@given(which=st.sampled_from(["harbour.mobi", "harbour-joint.mobi", "harbour.azw3"]), salt=st.integers(0, 2**32 - 1))
def test_kindle_books(which, salt):
    from desktop_vlm.media.kindle_text import read_kindle
    from tests.media.test_kindle import BOOKS

    try:
        book = read_kindle("book.mobi", _mutated((BOOKS / which).read_bytes(), salt))
    except MediaError:
        return
    assert isinstance(book.text, str) and all(picture.mode == "RGB" for picture in book.pictures)


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_svg_drawings(tmp_path_factory, salt):
    from desktop_vlm.media.svg import render_svg
    from tests.media.test_svg import CHART

    path = tmp_path_factory.mktemp("svg") / "drawing.svg"
    path.write_bytes(_mutated(CHART.encode(), salt))
    try:
        drawing = render_svg(path, max_tiles=2)
    except MediaError:
        return
    assert drawing.mode == "RGB" and max(drawing.size) <= 4 * 448


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_safari_web_archives(salt):
    from desktop_vlm.media.webarchive_text import read_webarchive
    from tests.media.test_webarchive import webarchive

    try:
        page = read_webarchive("page.webarchive", _mutated(webarchive(), salt))
    except MediaError:
        return
    assert isinstance(page.text, str) and all(picture.mode == "RGB" for picture in page.pictures)


@FUZZ
@given(compression=st.sampled_from(["tiff_lzw", "group4"]), salt=st.integers(0, 2**32 - 1))
def test_scans_of_several_pages(tmp_path_factory, compression, salt):
    from desktop_vlm.media.scan_pages import is_multi_page_scan, render_scan_page, scan_page_count
    from tests.media.test_scans import scan

    pages = [("white", (120, 160)), ("black", (160, 120)), ("white", (90, 200))]
    path = tmp_path_factory.mktemp("scan") / "scan.tif"
    path.write_bytes(_mutated(scan(pages, compression=compression), salt))
    if not is_multi_page_scan(path):  # a picture now, or nothing readable: the picture loader's to judge
        return
    for index in range(min(scan_page_count(path), 4)):
        try:
            page = render_scan_page(path, index, max_tiles=2)
        except MediaError:
            continue  # one damaged page; the others may still read
        assert page.mode == "RGB" and page.width > 0 and page.height > 0


@FUZZ
@given(fmt=st.sampled_from(["GIF", "PNG", "WEBP"]), salt=st.integers(0, 2**32 - 1))
def test_animations(fmt, salt):
    from desktop_vlm.media.images import load_animation_frames
    from tests.media.test_animations import animation

    try:
        frames, times = load_animation_frames(_mutated(animation(fmt), salt), 8, side=448)
    except MediaError:
        return
    assert len(frames) == len(times) and all(frame.mode == "RGB" for frame in frames)


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_zip_archives(salt):
    from desktop_vlm.media.archive_text import read_archive
    from tests.media.test_archives import INVOICES

    try:
        document = read_archive("files.zip", _mutated(INVOICES, salt))
    except MediaError:
        return
    assert isinstance(document.text, str) and all(picture.mode == "RGB" for picture in document.pictures)


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_saved_web_pages(salt):
    from desktop_vlm.media.attachment_kinds.html import page_text
    from tests.media.test_html_pages import SAVED_PAGE

    try:
        text = page_text("page.html", _mutated(SAVED_PAGE, salt))
    except MediaError:
        return
    assert isinstance(text, str)


@FUZZ
@given(which=st.sampled_from(["renewal", "outlook", "forwarded", "page"]), salt=st.integers(0, 2**32 - 1))
def test_emails(which, salt):
    from desktop_vlm.media.email_text import read_email
    from tests.media.test_email import OUTLOOK, forwarded, renewal, saved_page

    seed = {"renewal": renewal, "outlook": lambda: OUTLOOK, "forwarded": forwarded, "page": saved_page}[which]()
    try:
        document = read_email("mail.eml", _mutated(seed, salt))
    except MediaError:
        return
    assert isinstance(document.text, str) and all(p.mode == "RGB" for p in document.pictures)
