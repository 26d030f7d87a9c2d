"""The parts of a long text that bear on a question. When a document does not fit the model's context, sending
its first pages answers nothing about page 90; instead the text is cut into passages of a few hundred characters,
each is scored by how well its words match the question's (BM25, the ranking search engines grew up on: rare
words weigh more, a passage saying one word forty times does not win), and the best go in, with the text's
beginning and the neighbours of the best. What is left out between them is marked with the lines it held.

Lexical, not semantic: no second model to download, load and run, and exact where people ask about names,
numbers and codes. A question whose words are nowhere in the text gets the beginning, as a plain cut would.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

Span = tuple[int, int]  # [start, end) character offsets into the text

PASSAGE_CHARS = (400, 1200)  # a passage ends at a paragraph break past the first, and is never longer than the second
MAX_TERMS = 32  # of a question: more words add time and little ranking
_K1, _B = 1.2, 0.75  # BM25's usual constants: how fast repeats stop counting, how much length is discounted
# Words that carry no topic in an English question; other languages' common words weigh little by rarity alone.
_STOPWORDS = frozenset(
    "a about above after again all also am an and any are as at be because been before being below between both "
    "but by can could did do does doing down during each few for from further had has have having he her here "
    "hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or "
    "other our out over own please same she should so some such than that the their them then there these they "
    "this those through to too under until up very was we were what when where which while who whom why will "
    "with would you your tell show give find list explain describe say says said document file text".split()
)
# Scripts written without spaces between words: their runs are matched two characters at a time.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_SUFFIXES = ("ations", "ation", "ings", "ions", "ing", "ion", "ies", "ed", "es", "ly", "s")
# Lines that say where a passage is: a PDF's "[Page 12]", a sheet's or slide's heading, a Markdown heading.
# At most a line's worth: a file of one long line starting with "# " is not a heading to carry (GAP_COST prices it).
_HEADING = re.compile(r"^(?:\[Page \d+\]|#{1,6} \S.{0,116})$", re.MULTILINE)


def passage_spans(text: str) -> list[Span]:
    """``text`` cut into passages: each ends at a paragraph break, else a line break, else a space (a minified
    file's one line) between ``PASSAGE_CHARS`` characters from its start; the line breaks between them belong to
    none."""
    shortest, longest = PASSAGE_CHARS
    spans: list[Span] = []
    start, length = 0, len(text)
    while start < length:
        while start < length and text[start] == "\n":
            start += 1
        if start >= length:
            break
        end = length
        if start + longest < length:
            end = start + longest
            for separator in ("\n\n", "\n", " "):
                found = text.rfind(separator, start + shortest, end)
                if found > start:
                    end = found
                    break
        spans.append((start, end))
        start = end
    return spans


def question_terms(question: str) -> list[str]:
    """The words of ``question`` that say what it is about, lower-cased and stripped of common English endings;
    runs of Chinese, Japanese or Korean as overlapping character pairs."""
    terms: list[str] = []
    for word in re.findall(r"\w+", question.lower()):
        if _UNSPACED.search(word):
            terms += [word[i : i + 2] for i in range(max(1, len(word) - 1))]
        elif word not in _STOPWORDS and (len(word) > 1 or word.isdigit()):
            terms.append(_stem(word))
    return list(dict.fromkeys(terms))[:MAX_TERMS]


def _stem(word: str) -> str:
    """``word`` without an ending that inflection adds ("payments" → "payment", "terminated" → "terminat"), so
    that it matches as a prefix of its other forms; short words are kept whole."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def passage_scores(text: str, spans: Sequence[Span], terms: Sequence[str]) -> list[float]:
    """BM25 of each passage against ``terms``: a passage's score adds, for each term it holds, the term's rarity
    across the passages times its count, saturating, against the passage's length."""
    if not spans or not terms:
        return [0.0] * len(spans)
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): offsets would shift
        lowered = text
    counts: list[dict[str, int]] = [{} for _ in spans]
    for term in terms:
        for index, found in _occurrences(lowered, spans, term).items():
            counts[index][term] = found
    n = len(spans)
    holding = {term: sum(1 for c in counts if term in c) for term in terms}
    rarity = {term: math.log(1 + (n - k + 0.5) / (k + 0.5)) for term, k in holding.items()}
    mean_length = sum(end - start for start, end in spans) / n
    scores = []
    for (start, end), found in zip(spans, counts):
        norm = _K1 * (1 - _B + _B * (end - start) / mean_length)
        scores.append(sum(rarity[t] * c * (_K1 + 1) / (c + norm) for t, c in found.items()))
    return scores


def _occurrences(lowered: str, spans: Sequence[Span], term: str) -> dict[int, int]:
    """How often ``term`` starts a word in each passage that holds it (anywhere, in a script without spaces).

    The term is searched as a plain string — fifteen times faster than a case-blind word-boundary pattern over
    a 15 MB log — and the boundary checked at each place found."""
    within_words = bool(_UNSPACED.search(term))
    counts: dict[int, int] = {}
    index = 0
    for match in re.finditer(re.escape(term), lowered):
        at = match.start()
        if not within_words and at > 0 and (lowered[at - 1].isalnum() or lowered[at - 1] == "_"):
            continue
        while index < len(spans) and spans[index][1] <= at:
            index += 1
        if index == len(spans):
            break
        if at >= spans[index][0]:
            counts[index] = counts.get(index, 0) + 1
    return counts


def choose_passages(text: str, question: str, cost: Callable[[str], int], room: int) -> list[Span]:
    """The parts of ``text`` to send for ``question`` within ``room`` (in the units of ``cost``, which prices a
    piece of text): the passage that matches the question best, the text's first passage (a title, a table's
    header), the other matching passages best first, their neighbours, then from the beginning on while room is
    left. Merged where they touch, in the text's order."""
    spans = passage_spans(text)
    if not spans:
        return []
    scores = passage_scores(text, spans, question_terms(question))
    best = sorted((i for i, s in enumerate(scores) if s > 0), key=lambda i: -scores[i])
    neighbours = [j for i in best for j in (i + 1, i - 1) if 0 <= j < len(spans)]
    chosen: set[int] = set()
    left = room
    for phase, order in enumerate((best[:1], [0], best[1:], neighbours, range(len(spans)))):
        for i in order:
            if i in chosen:
                continue
            price = cost(text[spans[i][0] : spans[i][1]]) + (0 if i - 1 in chosen else GAP_COST)
            if price > left:
                if phase == 4:  # the rest is read on from the beginning: a passage further on would leave a gap
                    break
                continue
            chosen.add(i)
            left -= price
    return _merged([spans[i] for i in sorted(chosen)], text)


GAP_COST = 56  # what a "[… lines … left out …]" line and a heading carried after it cost, at most, in tokens


def _merged(spans: list[Span], text: str) -> list[Span]:
    """Spans in order, those with only line breaks between them joined into one."""
    merged: list[Span] = []
    for start, end in spans:
        if merged and not text[merged[-1][1] : start].strip("\n"):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def joined_passages(text: str, spans: Sequence[Span]) -> str:
    """The text sent for these parts of ``text``: the parts in order, each gap marked with the lines it left out
    ("[… lines 41–380 left out …]") and followed by the heading the next part sits under (its page, sheet or
    section) when that heading was left out too."""
    line_of = _LineNumbers(text)
    headings = [(m.start(), m.group(0)) for m in _HEADING.finditer(text)]
    heading_starts = [start for start, _ in headings]
    pieces: list[str] = []
    done = 0
    for start, end in spans:
        if text[done:start].strip():
            pieces.append(_gap(text, line_of, done, start))
            under = bisect_left(heading_starts, start)  # the first heading at or after the part's start
            opens_with_heading = under < len(headings) and headings[under][0] == start
            if not opens_with_heading and under > 0 and headings[under - 1][0] >= done:
                pieces.append(headings[under - 1][1])  # the last heading above the part, left out with the gap
        pieces.append(text[start:end])
        done = end
    if text[done:].strip():
        pieces.append(_gap(text, line_of, done, len(text)))
    return "\n".join(pieces)


class _LineNumbers:
    """The line number (from 1) of offsets into a text, asked in increasing order: each counts the line breaks
    since the one before, so the whole text is scanned once, in C."""

    def __init__(self, text: str):
        self.text, self.offset, self.line = text, 0, 1

    def __call__(self, offset: int) -> int:
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line


def _gap(text: str, line_of: _LineNumbers, start: int, end: int) -> str:
    """The line standing for ``text[start:end]``: the lines it held, or its characters when it lies inside one
    line."""
    while start < end and text[start] == "\n":
        start += 1
    while end > start and text[end - 1] == "\n":
        end -= 1
    first, last = line_of(start), line_of(end - 1)
    whole_lines = (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")
    if first == last and not whole_lines:
        return f"[… {end - start:,} characters left out …]"
    if first == last:
        return f"[… line {first:,} left out …]"
    return f"[… lines {first:,}–{last:,} left out …]"


def spans_text(spans: Sequence[Span]) -> str:
    """Spans as stored with an attachment: ``"0-1180,5400-6630"``."""
    return ",".join(f"{start}-{end}" for start, end in spans)


def parse_spans(stored: object, length: int) -> list[Span] | None:
    """Spans stored by :func:`spans_text`, if they are sound for a text of ``length`` characters (in order, not
    overlapping, inside it); None otherwise."""
    if not isinstance(stored, str) or not re.fullmatch(r"\d+-\d+(,\d+-\d+)*", stored):
        return None
    spans = [(int(a), int(b)) for a, b in (pair.split("-") for pair in stored.split(","))]
    done = 0
    for start, end in spans:
        if not done <= start < end <= length:
            return None
        done = end
    return spans
