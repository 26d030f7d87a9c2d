"""Writes ``tides.epub``, the e-book the tests read as a tool makes one: LibreOffice exports the flat OpenDocument
text below as EPUB 3, as a person choosing File → Export As → EPUB does (its chapters are the text's sections; it
writes headings as styled paragraphs). Not run by the tests: the file is kept beside it.

Run it where LibreOffice is installed (``apt install libreoffice-writer-nogui``)::

    python tests/data/ebooks/make_epub_files.py
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
TIDES = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Tides</dc:title><meta:initial-creator>Lan Nguyễn</meta:initial-creator><dc:creator>Lan Nguyễn</dc:creator></office:meta>
<office:body><office:text>
<text:h text:outline-level="1">The Moon</text:h><text:p>The Moon pulls the oceans.</text:p>
<text:h text:outline-level="1">Saint-Malo</text:h><text:p>The range there is 13 m; cafés close at high tide.</text:p>
</office:text></office:body></office:document>
"""


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        flat = Path(folder) / "tides.fodt"
        flat.write_text(TIDES, encoding="utf-8")
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "epub", "--outdir", folder, str(flat)],
            check=True,
            capture_output=True,
        )
        shutil.copyfile(Path(folder) / "tides.epub", HERE / "tides.epub")
    print("tides.epub", (HERE / "tides.epub").stat().st_size, "bytes")
