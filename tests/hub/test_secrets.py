"""The hub token never reaches logs, exports or error messages."""

from __future__ import annotations

import logging

import pytest

from desktop_vlm.app.logging_setup import RedactingFilter, setup_logging
from desktop_vlm.config.settings import HubSettings
from desktop_vlm.hub import HubError, ModelStore, Puller
from tests.hub.hub_server import FakeHub, make_repo

REPO = "OpenGVLab/InternVL2_5-4B"


def test_token_is_not_in_any_log_record_of_a_download(tmp_path, caplog):
    secret = "hf_wrongButSecret123456"
    with caplog.at_level(logging.DEBUG), FakeHub({REPO: make_repo()}, gated={REPO}) as hub:
        with pytest.raises(HubError) as err:
            Puller(ModelStore(tmp_path), HubSettings(endpoint=hub.url), secret).pull(REPO)
    assert secret not in str(err.value) and secret not in (err.value.hint or "")
    assert caplog.records  # httpx and our code did log the requests
    assert all(secret not in r.getMessage() for r in caplog.records)


def test_log_file_redacts_anything_that_looks_like_a_token(tmp_path):
    path = setup_logging(tmp_path)
    logger = logging.getLogger("desktop_vlm.test")
    logger.warning("header was Authorization: Bearer hf_abcdefghijk and token hf_zyxwvutsrq")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text()
    assert "hf_abcdefghijk" not in text and "hf_zyxwvutsrq" not in text and "[redacted]" in text
    for handler in list(logging.getLogger().handlers):
        if any(isinstance(f, RedactingFilter) for f in handler.filters):
            logging.getLogger().removeHandler(handler)
            handler.close()


def _remove_file_handlers() -> None:
    for handler in list(logging.getLogger().handlers):
        if any(isinstance(f, RedactingFilter) for f in handler.filters):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_exception_text_and_tracebacks_are_redacted_in_the_log_file(tmp_path):
    path = setup_logging(tmp_path)
    logger = logging.getLogger("desktop_vlm.test")
    try:
        try:
            raise RuntimeError("GET failed with Authorization: Bearer hf_exceptionsecret456")  # hf_sourceline789
        except RuntimeError:
            logger.exception("download failed")
        logger.warning("where we were", stack_info=True)  # hf_stacksecret321 shows up as a source line
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = path.read_text()
        assert "download failed" in text and "Traceback" in text and "RuntimeError" in text
        assert "Stack (most recent call last)" in text
        for secret in ("hf_exceptionsecret456", "hf_sourceline789", "hf_stacksecret321"):
            assert secret not in text
    finally:
        _remove_file_handlers()


def test_the_token_file_never_takes_the_token_into_a_file_others_can_read(tmp_path):
    import os
    import stat

    keyring = pytest.importorskip("keyring")
    from keyring.backends import fail

    from desktop_vlm.hub import TokenStore

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # no credential store: the user-only file
    try:
        tokens = TokenStore(tmp_path)
        tokens.file.write_text("an older token")
        os.chmod(tokens.file, 0o644)  # left readable by others (an older version, a restored backup)
        reader = tmp_path / "what-others-can-read"
        os.link(tokens.file, reader)  # the same 0644 file under another name
        tokens.set("hf_newsecret123456")
        assert tokens.get() == "hf_newsecret123456" and stat.S_IMODE(tokens.file.stat().st_mode) == 0o600
        assert reader.read_text() == "an older token"  # the token was never written into the 0644 file
        assert not list(tmp_path.glob(".*.tmp"))
    finally:
        keyring.set_keyring(previous)
