"""How many tokens a text will take, estimated without a tokenizer (the UI thread and the attachment decoders
have none), and how much of a text fits a number of tokens.

The estimate errs on the long side so that a text cut to fit does fit: the supported models' byte-level BPE and
SentencePiece vocabularies take several ASCII letters per token for prose and at most about one token for a
character outside ASCII (Chinese, Vietnamese with its diacritics). Digits are the exception: Qwen2's
pre-tokenizer and Llama's SentencePiece (Phi-3) split numbers into single digits, and the commas and points between
them are tokens of their own, so a spreadsheet's CSV takes about a token per character, three times what letters
take. Where a file is denser still (emoji, a script a vocabulary splits finely), the model's own tokenizer counts
the prompt before it is answered, and the window, ``ask`` and ``batch`` cut the quoted text again to that count.
"""

from __future__ import annotations

ASCII_CHARS_PER_TOKEN = 3  # letters and spaces: cautious for prose, which takes more characters per token
TEMPLATE_TOKENS = 40  # a turn's role markers and the system message's share of a prompt
# ASCII characters that are a token each, or nearly: digits, and the punctuation between them in numbers and code
_ONE_TOKEN_EACH = bytes(c for c in range(0x21, 0x7F) if not chr(c).isalpha())


def estimate_tokens(text: str) -> int:
    """Tokens ``text`` takes at most, about: one per digit, punctuation mark or character outside ASCII, a third
    of one per other ASCII character (letters, spaces, line breaks)."""
    ascii_bytes = text.encode("ascii", "ignore")
    others = len(ascii_bytes.translate(None, _ONE_TOKEN_EACH))  # deleting them counts them, at C speed
    return -(-others // ASCII_CHARS_PER_TOKEN) + (len(ascii_bytes) - others) + (len(text) - len(ascii_bytes))


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
