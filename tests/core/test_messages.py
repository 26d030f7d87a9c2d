"""A message is put together when it is read, in the language installed at that moment."""

from __future__ import annotations

import json

import pytest

from desktop_vlm.core.errors import InsufficientMemoryError, MediaError
from desktop_vlm.core.messages import Message, placeholders, use_translation

SHOUTING = {
    "{name} is empty.": "{name} EST VIDE.",
    "{name} could not be read: {reason}": "{name} ILLISIBLE : {reason}",
    "it is {width}×{height} pixels": "IL FAIT {width}×{height} PIXELS",
    "{size:,} bytes": "{size:,} OCTETS",
}


@pytest.fixture
def shouting():
    use_translation(lambda template: SHOUTING.get(template, template))
    yield
    use_translation(None)


def test_a_message_reads_in_english_without_a_translation():
    assert str(Message("{name} is empty.", name="a.png")) == "a.png is empty."
    assert str(Message("{size:,} bytes", size=1234567)) == "1,234,567 bytes"


def test_a_message_follows_the_translation_installed_when_it_is_read(shouting):
    message = Message("{name} is empty.", name="a.png")
    assert str(message) == "a.png EST VIDE."
    use_translation(None)
    assert str(message) == "a.png is empty."


def test_a_reason_inside_a_message_is_translated_too(shouting):
    reason = Message("it is {width}×{height} pixels", width=3, height=0)
    assert str(Message("{name} could not be read: {reason}", name="a.png", reason=reason)) == (
        "a.png ILLISIBLE : IL FAIT 3×0 PIXELS"
    )


def test_format_specs_survive_translation(shouting):
    assert str(Message("{size:,} bytes", size=1234567)) == "1,234,567 OCTETS"


def test_a_translation_that_lost_a_placeholder_falls_back_to_english():
    use_translation(lambda template: "{nom} est vide.")
    try:
        assert str(Message("{name} is empty.", name="a.png")) == "a.png is empty."
    finally:
        use_translation(None)


def test_errors_render_their_message_and_hint_when_read(shouting):
    err = MediaError(Message("{name} is empty.", name="a.png"), hint=Message("{size:,} bytes", size=10))
    assert err.user_message == "a.png EST VIDE."
    assert err.hint == "10 OCTETS"
    assert str(err) == "a.png EST VIDE. 10 OCTETS"
    use_translation(None)
    assert str(err) == "a.png is empty. 10 bytes"
    assert MediaError(Message("{name} is empty.", name="b")).hint is None


def test_subclasses_with_their_own_fields_keep_them():
    err = InsufficientMemoryError(Message("needs {gib} GiB", gib=9), fits_with="int4")
    assert (err.user_message, err.fits_with) == ("needs 9 GiB", "int4")


def test_a_message_crosses_a_process_boundary_as_json(shouting):
    reason = Message("it is {width}×{height} pixels", width=3, height=0)
    message = Message("{name} could not be read: {reason}", name="a.png", reason=reason)
    travelled = Message.from_json(json.loads(json.dumps(message.to_json())))
    assert travelled == message
    assert str(travelled) == "a.png ILLISIBLE : IL FAIT 3×0 PIXELS"  # still a template on arrival


def test_values_json_cannot_carry_become_their_text():
    from pathlib import PurePosixPath

    message = Message("{path} is missing.", path=PurePosixPath("/m/config.json"))
    travelled = Message.from_json(json.loads(json.dumps(message.to_json())))
    assert str(travelled) == "/m/config.json is missing."


def test_placeholders_are_listed_as_written():
    assert placeholders("{name} has {count:,} pages ({url!r}) {{literal}}") == ["name", "count:,", "url!r"]


def test_a_value_that_does_not_fit_its_format_still_gives_a_message():
    assert str(Message("{size:,} bytes", size="many")) == "{size:,} bytes (size=many)"
