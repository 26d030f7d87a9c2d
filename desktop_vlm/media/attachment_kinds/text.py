"""Text files: notes, Markdown, CSV, JSON, logs and source code. Their text is quoted in the question under the
file's name, as much of it as fits the model's context (the chip says when the end was left out); a file with
no known extension is taken for text when its first bytes are."""

from __future__ import annotations

from pathlib import Path

from ...core.errors import MediaError
from ..kind_spec import CHIP_TEXT, TEXT_LIMIT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions, MetaField
from ..text_files import MAX_TEXT_BYTES, fit_text, head_picture, line_count, looks_like_text, read_text

EXTENSIONS = (
    # prose and data
    ".txt", ".md", ".markdown", ".rst", ".org", ".tex", ".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".yaml",
    ".yml", ".toml", ".ini", ".cfg", ".conf", ".env", ".xml", ".html", ".htm", ".svg", ".srt", ".vtt", ".log",
    ".diff", ".patch",
    # source code
    ".py", ".ipynb", ".js", ".mjs", ".ts", ".tsx", ".jsx", ".css", ".scss", ".c", ".h", ".cc", ".cpp", ".hpp",
    ".cs", ".java", ".kt", ".swift", ".go", ".rs", ".rb", ".php", ".pl", ".lua", ".r", ".jl", ".scala", ".dart",
    ".sh", ".bash", ".zsh", ".ps1", ".bat", ".sql", ".m", ".vue", ".proto", ".cmake", ".gradle",
)  # fmt: skip


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    read = read_text(file.name, file.read())
    if not read.text.strip():
        raise MediaError(f"{file.name} has no text in it.")
    fitted = fit_text(file.name, read.text, options.image_token_room, options.choices.get("sent_chars"))
    lines = line_count(read.text)
    meta = {"encoding": read.encoding, "char_count": len(read.text), "line_count": lines}
    meta["sent_chars"] = fitted.sent_chars
    note = None
    if fitted.cut:
        sent_lines = line_count(fitted.sent)
        note = f"The first {sent_lines:,} of {lines:,} lines: the rest would not fit the model's context."
    return Decoded([], meta, note, text=fitted.sent)


def _thumbnail(path: Path, at_least: int):
    return head_picture(path, at_least)


KIND = AttachmentKind(
    name="text",
    title="text files",
    formats="TXT, Markdown, CSV, JSON, code",
    extensions=EXTENSIONS,
    mime="text/plain",
    decode=_decode,
    sniff_order=90,
    recognise_last=looks_like_text,
    max_bytes=MAX_TEXT_BYTES,
    order=40,
    thumbnail=_thumbnail,
    meta_fields=(
        MetaField("encoding", "text", high=TEXT_LIMIT),
        MetaField("char_count", "whole", low=0, high=MAX_TEXT_BYTES),
        MetaField("line_count", "whole", low=0, high=MAX_TEXT_BYTES),
        MetaField("sent_chars", "whole", low=0, high=MAX_TEXT_BYTES),
    ),
    chip=CHIP_TEXT,
)
