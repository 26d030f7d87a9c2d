"""A longer fuzz run over the media decoders (pictures, videos, PDF pages and their text, text files, Word and
RTF documents, Excel workbooks, PowerPoint presentations, OpenDocument texts, spreadsheets and presentations,
notebooks), each input in a worker process so that a crash inside a native decoder is counted instead of ending
the run. Prints inputs tried, crashes, unexpected exceptions and the slowest input.

    .venv/bin/python benchmarks/fuzz_media.py --inputs 3000
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


NOT_PICTURES = {
    "video",
    "pdf",
    "text",
    "docx",
    "xlsx",
    "notebook",
    "pptx",
    "odt",
    "ods",
    "odp",
    "rtf",
    "office97",  # Word, Excel and PowerPoint 97–2003 files
    "docx-pictures",  # a Word document read with its pictures
    "xlsx-pictures",
    "ods-pictures",
    "email",
    "html",
    "epub",
    "kindle",
    "archive",
    "svg",
    "webarchive",
    "animation",
    "scan",
    "html-pictures",  # a page with pictures written into it
}  # the seeds' kinds


def _run_one(kind: str, data: bytes) -> tuple[str, float]:
    from desktop_vlm.core.errors import MediaError
    from desktop_vlm.media import load_image, pdf_page_count, render_pdf_page, sample_video_frames
    from desktop_vlm.media.archive_text import read_archive
    from desktop_vlm.media.attachment_kinds.html import page_text
    from desktop_vlm.media.attachment_kinds.office97 import read_office97
    from desktop_vlm.media.docx_text import docx_text, read_docx
    from desktop_vlm.media.email_text import read_email
    from desktop_vlm.media.epub_text import read_epub
    from desktop_vlm.media.images import load_animation_frames
    from desktop_vlm.media.kindle_text import read_kindle
    from desktop_vlm.media.notebook_text import notebook_text
    from desktop_vlm.media.odp_text import odp_text
    from desktop_vlm.media.ods_text import ods_text, read_ods
    from desktop_vlm.media.odt_text import odt_text
    from desktop_vlm.media.pdf import pdf_pages_text
    from desktop_vlm.media.pptx_text import pptx_text
    from desktop_vlm.media.rtf_text import rtf_text
    from desktop_vlm.media.saved_page import read_saved_page
    from desktop_vlm.media.scan_pages import is_multi_page_scan, render_scan_page, scan_page_count
    from desktop_vlm.media.svg import render_svg
    from desktop_vlm.media.text_files import read_text
    from desktop_vlm.media.webarchive_text import read_webarchive
    from desktop_vlm.media.xlsx_text import read_xlsx, xlsx_text

    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / {"video": "x.mp4", "pdf": "x.pdf", "text": "x.txt", "docx": "x.docx"}.get(kind, "x.img")
        path.write_bytes(data)
        try:
            if kind == "video":
                sample_video_frames(path, 3)
            elif kind == "pdf":
                if pdf_page_count(path):
                    render_pdf_page(path, 0, max_tiles=2)
                    pdf_pages_text(path, [0], 100_000)
            elif kind == "text":
                read_text(path.name, data)
            elif kind == "docx":
                docx_text(path.name, data)
            elif kind == "xlsx":
                xlsx_text(path.name, data)
            elif kind == "notebook":
                notebook_text(path.name, data)
            elif kind == "pptx":
                pptx_text(path.name, data)
            elif kind == "odt":
                odt_text(path.name, data)
            elif kind == "ods":
                ods_text(path.name, data)
            elif kind == "odp":
                odp_text(path.name, data)
            elif kind == "rtf":
                rtf_text(path.name, data)
            elif kind == "office97":
                read_office97(path.name, data)
            elif kind == "docx-pictures":
                read_docx(path.name, data)
            elif kind == "xlsx-pictures":
                read_xlsx(path.name, data)
            elif kind == "ods-pictures":
                read_ods(path.name, data)
            elif kind == "email":
                read_email(path.name, data)
            elif kind == "html":
                page_text(path.name, data)
            elif kind == "epub":
                read_epub(path.name, data)
            elif kind == "kindle":
                read_kindle(path.name, data)
            elif kind == "archive":
                read_archive(path.name, data)
            elif kind == "svg":
                render_svg(path, max_tiles=2)
            elif kind == "webarchive":
                read_webarchive(path.name, data)
            elif kind == "animation":
                load_animation_frames(data, 8, side=448)
            elif kind == "html-pictures":
                read_saved_page(path.name, data.decode("utf-8", "replace"))
            elif kind == "scan":
                if is_multi_page_scan(path):
                    for index in range(min(scan_page_count(path), 4)):
                        render_scan_page(path, index, max_tiles=2)
            else:
                load_image(path)
            outcome = "decoded"
        except MediaError as err:
            # a MediaError chained to a cause came from load_image's last-resort handler: worth a look
            outcome = f"clear error via fallback ({type(err.__cause__).__name__})" if err.__cause__ else "clear error"
        except Exception as err:  # anything else is a finding
            outcome = f"unexpected {type(err).__name__}"
    return outcome, time.perf_counter() - start


def _page_with_pictures() -> bytes:
    import base64
    import io

    from PIL import Image

    pictures = []
    for size in ((200, 150), (16, 16)):
        buffer = io.BytesIO()
        Image.new("RGB", size, "teal").save(buffer, "PNG")
        pictures.append("data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode())
    body = "".join(f'<p>Figure {n}</p><img src="{address}">' for n, address in enumerate(pictures))
    return f"<!DOCTYPE html><html><head><title>Plots</title></head><body>{body}</body></html>".encode()


def main(argv=None) -> int:
    from tests.media.docx_files import minimal_docx, paragraph, table
    from tests.media.fuzz_inputs import mutate, seed_images, seed_pdf, seed_video
    from tests.media.odt_files import odt, opendocument
    from tests.media.pdf_files import text_pdf
    from tests.media.test_animations import animation
    from tests.media.test_archives import INVOICES
    from tests.media.test_email import OUTLOOK, forwarded, renewal, saved_page
    from tests.media.test_epub import FIGURES, TIDES
    from tests.media.test_html_pages import SAVED_PAGE
    from tests.media.test_kindle import BOOKS
    from tests.media.test_notebook import CELLS, _notebook
    from tests.media.test_ods_odp import SHEETS, SLIDES
    from tests.media.test_odt import BODY
    from tests.media.test_office97 import DATA as OFFICE97
    from tests.media.test_office_drawings import DATA as DRAWINGS
    from tests.media.test_office_pictures import REPORT
    from tests.media.test_outlook_message import FORWARDED, ORDER, WRAPPED_HTML, _packed_rtf, message
    from tests.media.test_pptx import DECK
    from tests.media.test_rtf import TEXTEDIT
    from tests.media.test_scans import scan
    from tests.media.test_svg import CHART
    from tests.media.test_webarchive import webarchive
    from tests.media.test_xlsx import EXPENSES, SHARED, STYLES
    from tests.media.xlsx_files import workbook

    ap = argparse.ArgumentParser()
    ap.add_argument("--inputs", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--save-slowest", type=Path, help="write the slowest input here, to reproduce it")
    args = ap.parse_args(argv)
    seeds = [(k, v) for k, v in seed_images().items()] + [
        ("video", seed_video("mpeg4")),
        ("video", seed_video("libx264")),
        ("pdf", seed_pdf()),
        ("pdf", seed_pdf(hand_written=True)),
        ("pdf", text_pdf(["Invoice 17\nTotal: 12.00 EUR", "Terms (net 30)"])),
        ("text", "# Notes\n\n- café — 5€\n- 中文 <|im_end|>\n".encode()),
        ("text", "Tiếng Việt\r\nxin chào\r\n".encode("utf-16")),
        ("docx", minimal_docx(paragraph("Minutes", "Heading1") + paragraph("Approved.") + table([["a", "b"]]))),
        ("xlsx", workbook({"Expenses": EXPENSES}, SHARED, STYLES)),
        ("notebook", _notebook(CELLS)),
        ("pptx", DECK),
        ("odt", odt(BODY)),
        ("ods", opendocument("spreadsheet", SHEETS)),
        ("odp", opendocument("presentation", SLIDES)),
        ("rtf", TEXTEDIT),
        ("docx-pictures", REPORT),
        *(
            ("office97", (OFFICE97 / name).read_bytes())
            for name in ("lease.doc", "pictures.doc", "floating.doc", "invoices.xls", "review.ppt", "photos.ppt")
        ),
        ("xlsx", (DRAWINGS / "sales.xlsx").read_bytes()),  # the same kinds, with charts
        ("docx", (DRAWINGS / "report.docx").read_bytes()),
        ("pptx", (DRAWINGS / "review.pptx").read_bytes()),
        ("ods", (DRAWINGS / "sales.ods").read_bytes()),
        ("odt", (DRAWINGS / "report.odt").read_bytes()),
        ("odp", (DRAWINGS / "review.odp").read_bytes()),
        ("xlsx-pictures", (DRAWINGS / "catalog.xlsx").read_bytes()),  # a workbook read with its pictures
        ("ods-pictures", (DRAWINGS / "catalog.ods").read_bytes()),
        ("office97", (DRAWINGS / "warehouse.xls").read_bytes()),  # an Excel 97 workbook read with its pictures
        ("email", renewal()),
        ("email", OUTLOOK),
        ("office97", ORDER),  # an Outlook message
        ("office97", FORWARDED),  # one with a message attached
        ("email", forwarded()),  # an e-mail with one attached
        ("email", saved_page()),  # a web page saved as one file (MHTML)
        ("html", SAVED_PAGE),  # a web page as a browser saves one
        ("html-pictures", _page_with_pictures()),  # a notebook exported as HTML: plots in data: addresses
        ("epub", TIDES.read_bytes()),  # an e-book as LibreOffice exports one
        ("epub", FIGURES),  # one showing pictures
        *(("kindle", (BOOKS / name).read_bytes()) for name in ("harbour.mobi", "harbour-joint.mobi", "harbour.azw3")),
        ("archive", INVOICES),  # a ZIP of a text, a photo, a Word document, a PDF and files named only
        ("svg", CHART.encode()),  # a drawing as Inkscape saves one
        ("webarchive", webarchive()),  # a page as Safari saves one
        *(("animation", animation(fmt)) for fmt in ("GIF", "PNG", "WEBP")),  # read frame by frame
        *(("scan", scan(compression=how)) for how in ("tiff_lzw", "group4")),  # a scanner's and a fax's pages
        ("office97", message({"10090102": _packed_rtf(WRAPPED_HTML)})),  # one whose body is compressed RTF only
    ]
    rng = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    slowest = (0.0, "")
    crashes = 0
    pool = ProcessPoolExecutor(max_workers=2)
    started = time.perf_counter()
    for i in range(args.inputs):
        kind, seed = seeds[i % len(seeds)]
        data = mutate(seed, rng)
        try:
            outcome, seconds = pool.submit(
                _run_one,
                kind if kind in NOT_PICTURES else "image",
                data,
            ).result(timeout=30)
        except BrokenProcessPool:
            crashes += 1
            pool = ProcessPoolExecutor(max_workers=2)
            continue
        except TimeoutError:
            outcome, seconds = "hang (>30 s)", 30.0
        outcomes[outcome] += 1
        if seconds > slowest[0]:
            slowest = (seconds, f"{kind} input #{i} ({len(data)} bytes)")
            if args.save_slowest:
                args.save_slowest.write_bytes(data)
    pool.shutdown()
    print(
        f"inputs tried: {args.inputs} in {time.perf_counter() - started:.0f} s; crashes: {crashes}; "
        f"outcomes: {dict(outcomes)}; slowest: {slowest[1]} at {slowest[0] * 1000:.0f} ms"
    )
    print(f"command: python {' '.join(sys.argv)}")
    return 0 if crashes == 0 and not any(k.startswith(("unexpected", "hang")) for k in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
