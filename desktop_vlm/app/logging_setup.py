"""Logging to a rotating file in the user log folder, and a last-resort hook for unexpected exceptions.

What is logged: model loads, downloads, errors with their tracebacks. What never is: the hub token (no
code path formats it; ``redact`` also strips anything that looks like one from every record, in case a
library prints a URL or header that carries it).
"""

from __future__ import annotations

import logging
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "desktop-vlm.log"
_TOKEN = re.compile(r"(hf_[A-Za-z0-9]{6,}|Bearer\s+\S+)")


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _TOKEN.sub("[redacted]", message)
        if redacted != message:
            record.msg, record.args = redacted, ()
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
            on_error(f"Something went wrong: {kind.__name__}: {value}")
        except Exception:  # the UI itself may be what failed; the log has the details
            pass

    sys.excepthook = hook
