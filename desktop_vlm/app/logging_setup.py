"""Logging to a rotating file in the user log folder, and a last-resort hook for unexpected exceptions.

What is logged: model loads, downloads, errors with their tracebacks. What never is: the hub token and other
credentials (no code path formats them; ``RedactingFilter`` also strips anything that looks like one from
every record — its message, exception text and stack — in case a library prints a URL or header carrying
one: ``hf_…`` tokens, ``Bearer``/``Basic`` credentials, ``user:password@`` in URLs, ``?token=`` values).
"""

from __future__ import annotations

import logging
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "desktop-vlm.log"
_SECRETS = (
    (re.compile(r"hf_[A-Za-z0-9]{6,}"), "[redacted]"),
    (re.compile(r"\b(Bearer|Basic)\s+\S+"), r"\1 [redacted]"),
    (re.compile(r"(?<=://)[^/\s@]+@"), "[redacted]@"),  # user:password@host
    (
        re.compile(r"(?i)([?&;](?:access_)?(?:token|api_?key|key|password|secret|sig|signature)=)[^&;#\s\"']+"),
        r"\1[redacted]",
    ),
)
_FORMATTER = logging.Formatter()


def redact(text: str) -> str:
    """``text`` with anything that looks like a credential replaced by ``[redacted]``."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Turns each record into its finished text (message, then exception and stack as the formatter would
    add them), redacted, so no handler can format the original: an exception's message or a traceback's
    source lines may carry a token as well as the message can."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if record.exc_info or record.exc_text:
            text += "\n" + (record.exc_text or (_FORMATTER.formatException(record.exc_info) if record.exc_info else ""))
        if record.stack_info:
            text += "\n" + _FORMATTER.formatStack(record.stack_info)
        record.msg, record.args = redact(text), ()
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def setup_logging(log_dir: Path) -> Path:
    path = Path(log_dir) / LOG_FILE
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(on_error) -> None:
    """Log unexpected exceptions (a bug, not an expected error) and tell the person through ``on_error``
    instead of letting a slot's exception vanish into stderr."""

    def hook(kind, value, tb):
        logging.getLogger("desktop_vlm").error("unexpected error", exc_info=(kind, value, tb))
        try:
            on_error(redact(f"Something went wrong: {kind.__name__}: {value}"))
        except Exception:  # the UI itself may be what failed; the log has the details
            pass

    sys.excepthook = hook
