"""A file no kind reads is refused with what it is and how to make it readable, when its extension or signature
says: an iWork document, an archive; else with the formats that are supported."""

from __future__ import annotations

import io
import zipfile

import pytest

from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind


def _refusal(path) -> MediaError:
    with pytest.raises(MediaError) as refused:
        detect_kind(path)
    return refused.value


@pytest.mark.parametrize(
    ("name", "data", "message", "hint"),
    [
        ("letter.pages", b"PK\x03\x04" + bytes(60), "letter.pages is an Apple Pages document", "Export To"),
        ("photos.7z", b"7z\xbc\xaf\x27\x1c" + bytes(60), "photos.7z is an archive", "Unpack it"),
        ("tides.cbr", b"Rar!\x1a\x07\x00" + bytes(60), "tides.cbr is a comic book in a RAR archive", "CBZ"),
    ],
)
def test_a_known_format_no_kind_reads_is_named_with_the_way_to_a_readable_one(tmp_path, name, data, message, hint):
    path = tmp_path / name
    path.write_bytes(data)
    error = _refusal(path)
    assert str(error.user_message).startswith(message) and error.hint is not None and hint in error.hint


def test_a_zip_without_its_extension_is_named_as_an_archive(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("a.png", b"not really")
    path = tmp_path / "download"
    path.write_bytes(buffer.getvalue())
    assert "is an archive" in _refusal(path).user_message
    named = tmp_path / "download.zip"
    named.write_bytes(buffer.getvalue())
    assert detect_kind(named) == "archive"  # read as one: see tests/media/test_archives.py


def test_an_unknown_format_lists_what_is_supported(tmp_path):
    path = tmp_path / "model.bin"
    path.write_bytes(bytes(range(256)))
    error = _refusal(path)
    assert error.user_message == "model.bin is not a file type Desktop VLM can read."
    assert error.hint is not None and error.hint.startswith("Supported: ") and "PDF" in error.hint
