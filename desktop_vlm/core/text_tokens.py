"""How many tokens a text will take, estimated without a tokenizer (the UI thread and the attachment decoders
have none), and how much of a text fits a number of tokens.

The estimate errs on the long side so that a text cut to fit does fit: the supported models' byte-level BPE and
SentencePiece vocabularies take several ASCII characters per token for prose, fewer for dense code, and at most
about one token for a character outside ASCII (Chinese, Vietnamese with its diacritics). Where a file is denser
still, the runtime counts the real prompt before it answers and refuses one past the context with a message.
"""

from __future__ import annotations

ASCII_CHARS_PER_TOKEN = 3  # cautious for prose, which takes more characters per token
TEMPLATE_TOKENS = 40  # a turn's role markers and the system message's share of a prompt


def estimate_tokens(text: str) -> int:
    """Tokens ``text`` takes at most, about: a third of a token per ASCII character, one per other character."""
    ascii_chars = len(text.encode("ascii", "ignore"))
    return -(-ascii_chars // ASCII_CHARS_PER_TOKEN) + (len(text) - ascii_chars)


def chars_within(text: str, tokens: int) -> int:
    """How many leading characters of ``text`` fit in ``tokens`` by :func:`estimate_tokens`."""
    if estimate_tokens(text) <= tokens:
        return len(text)
    low, high = 0, len(text)  # the estimate grows with the prefix: find the longest prefix that fits
    while low < high:
        middle = (low + high + 1) // 2
        if estimate_tokens(text[:middle]) <= tokens:
            low = middle
        else:
            high = middle - 1
    return low
