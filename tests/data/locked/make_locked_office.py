"""Writes sales-locked.xlsx and report-locked.docx: the workbook and the Word document of ../office_drawings/,
saved with the password 2410 in the encryption Office 2010 and later use (ECMA-376 agile: AES-256, SHA-512, the
key derived over 100,000 rounds). Office is not installed here, so msoffcrypto-tool's encryptor writes them; real
files from Excel and Word are the same container.

    .venv/bin/python tests/data/locked/make_locked_office.py
"""

from __future__ import annotations

from pathlib import Path

from msoffcrypto.format.ooxml import OOXMLFile

HERE = Path(__file__).parent
SOURCES = HERE.parent / "office_drawings"
PASSWORD = "2410"

if __name__ == "__main__":
    for source, locked in (("sales.xlsx", "sales-locked.xlsx"), ("report.docx", "report-locked.docx")):
        with open(SOURCES / source, "rb") as plain, open(HERE / locked, "wb") as out:
            OOXMLFile(plain).encrypt(PASSWORD, out)
