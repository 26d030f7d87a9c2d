#!/bin/bash
# Writes statement.pdf: a two-page PDF that opens only with the password 2410 (AES, as LibreOffice's PDF export
# protects one; banks send their statements so). Needs LibreOffice (apt install libreoffice-writer-nogui).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
{
  printf 'Statement of account\nOpening balance: 1,250.00\n'
  for day in $(seq 1 90); do printf 'Day %d: card payment 4.10\n' "$day"; done  # the statement runs to page 2
  printf 'Closing balance: 980.40\n'
} > "$work/statement.txt"
soffice --headless --convert-to \
  'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"2410"}}' \
  "$work/statement.txt" --outdir "$work" > /dev/null
cp "$work/statement.pdf" "$here/statement.pdf"
