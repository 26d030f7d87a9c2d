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
