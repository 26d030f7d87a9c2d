#!/bin/bash
# Writes invoices.zip: a ZIP archive whose files are protected with the password 2410 in the "traditional" zip
# encryption (what `zip -P`, Windows' tools and most mail gateways write): an invoice as a PDF with a text layer
# and a note; and mixed.zip, the same two files with only the invoice protected (an archive added to later). Needs Info-ZIP's zip (apt install zip) and the project's .venv (for the PDF).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$root" && .venv/bin/python -c "
from tests.media.pdf_files import text_pdf
open('$work/INV-17.pdf', 'wb').write(text_pdf(['Invoice INV-17\nTotal: 240.00 EUR']))
")
printf 'INV-17 is due on 15 January.\n' > "$work/notes.txt"
rm -f "$here/invoices.zip"
(cd "$work" && zip -q -X -P 2410 "$here/invoices.zip" INV-17.pdf notes.txt)
rm -f "$here/mixed.zip"
(cd "$work" && zip -q -X -P 2410 "$here/mixed.zip" INV-17.pdf && zip -q -X "$here/mixed.zip" notes.txt)
