"""argparse types that check a number's range while the command line is parsed, so a mistake is reported
at once, in argparse's "argument --x: …" form, instead of after seconds spent loading a model; and the password
an option names by its environment variable (never on the command line, where other users can read it)."""

from __future__ import annotations

import argparse
import os

from ..core.errors import InvalidRequestError
from ..core.messages import Message


def int_between(low: int, high: int):
    """An argparse ``type`` accepting whole numbers from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low} and {high} (got {value})")
        return value

    return parse


def float_between(low: float, high: float, *, low_open: bool = False):
    """An argparse ``type`` accepting numbers in [low, high], or (low, high] with ``low_open``."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
        if not (low < value if low_open else low <= value) or not value <= high:
            interval = f"{'(' if low_open else '['}{low:g}, {high:g}]"
            raise argparse.ArgumentTypeError(f"must be in {interval} (got {text})")
        return value

    return parse


def password_from(variable: str) -> str:
    """The password in the environment variable ``variable``.

    Raises
    ------
    InvalidRequestError
        The variable is not set, or empty.
    """
    password = os.environ.get(variable)
    if not password:
        raise InvalidRequestError(Message("The environment variable {name} holds no password.", name=variable))
    return password
