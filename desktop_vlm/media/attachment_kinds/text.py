"""Text files: notes, Markdown, CSV, JSON, logs and source code. Their text is quoted in the question under the
file's name, as much of it as fits the model's context (the chip says when the end was left out); a file with
no known extension is taken for text when its first bytes are."""

from __future__ import annotations

from pathlib import Path

from ...core.messages import Message
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..text_files import MAX_TEXT_BYTES, TEXT_META_FIELDS, decoded_text, head_picture, looks_like_text, read_text

EXTENSIONS = (
    # prose and data
    ".txt", ".md", ".markdown", ".rst", ".org", ".tex", ".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".yaml",
    ".yml", ".toml", ".ini", ".cfg", ".conf", ".env", ".xml", ".srt", ".vtt", ".log",
    ".diff", ".patch",
    # source code
    ".py", ".js", ".mjs", ".ts", ".tsx", ".jsx", ".css", ".scss", ".c", ".h", ".cc", ".cpp", ".hpp",
    ".cs", ".java", ".kt", ".swift", ".go", ".rs", ".rb", ".php", ".pl", ".lua", ".r", ".jl", ".scala", ".dart",
    ".sh", ".bash", ".zsh", ".ps1", ".bat", ".sql", ".m", ".vue", ".proto", ".cmake", ".gradle",
)  # fmt: skip


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    return decoded_text(file.name, read_text(file.name, file.read()), options)


def _thumbnail(path: Path, at_least: int):
    return head_picture(path, at_least)


KIND = AttachmentKind(
    name="text",
    title=Message("text files"),
    formats="TXT, Markdown, CSV, JSON, code",
    extensions=EXTENSIONS,
    mime="text/plain",
    decode=_decode,
    sniff_order=90,
    recognise_last=looks_like_text,
    max_bytes=MAX_TEXT_BYTES,
    order=40,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS,
    chip=CHIP_TEXT,
)
