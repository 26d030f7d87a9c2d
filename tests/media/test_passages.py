"""A text too long for the context sends the passages that bear on the question: cut into passages, ranked by
BM25 against the question's words, the best sent with the text's beginning, the gaps marked with the lines they
held and the heading each part sits under; the parts are stored as spans, so reopening quotes the same text."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_vlm.core.quoted_text import quote_document
from desktop_vlm.core.text_tokens import estimate_tokens
from desktop_vlm.media.kind_spec import DecodeOptions
from desktop_vlm.media.passages import (
    PASSAGE_CHARS,
    choose_passages,
    joined_passages,
    parse_spans,
    passage_scores,
    passage_spans,
    question_terms,
    spans_text,
)
from desktop_vlm.media.text_files import ReadText, decoded_text, fit_text, what_was_cut

FILLER = "alpha beta gamma delta epsilon zeta eta theta".split()


def _contract(clauses: int = 200, special: int = 140) -> str:
    """Numbered clauses of filler words; clause ``special`` holds the termination fee."""
    rng = random.Random(7)
    parts = []
    for number in range(clauses):
        body = " ".join(rng.choice(FILLER) for _ in range(50))
        if number == special:
            body += " The termination fee is 4,500 EUR, payable within 30 days."
        parts.append(f"## Clause {number}\n{body}")
    return "Service agreement between Acme and Birch\n\n" + "\n\n".join(parts)


def test_passages_cover_the_text_end_at_paragraph_breaks_and_stay_short():
    text = _contract()
    spans = passage_spans(text)
    shortest, longest = PASSAGE_CHARS
    assert all(end - start <= longest for start, end in spans)
    assert all(text[end : end + 2] == "\n\n" for _, end in spans[:-1])  # each ends where a paragraph does
    gaps = [text[end:start] for (_, end), (start, _) in zip(spans, spans[1:])]
    assert set(gaps) == {"\n\n"} and spans[0][0] == 0 and spans[-1][1] == len(text)  # nothing else is lost


def test_a_line_longer_than_a_passage_is_cut_at_a_space_or_else_anywhere():
    prose = " ".join(["word"] * 2000)
    spans = passage_spans(prose)
    assert all(prose[end] == " " for _, end in spans[:-1]) and spans[-1][1] == len(prose)
    minified = "x" * 5000
    assert passage_spans(minified) == [(0, 1200), (1200, 2400), (2400, 3600), (3600, 4800), (4800, 5000)]


def test_the_questions_words_without_common_words_endings_or_spaces():
    assert question_terms("What is the termination fee in the contracts?") == ["termin", "fee", "contract"]
    assert question_terms("Total for 2023, row 7") == ["total", "2023", "row", "7"]
    assert question_terms("合同的终止费") == ["合同", "同的", "的终", "终止", "止费"]
    assert question_terms("What is it?") == []


def test_a_rare_word_outweighs_a_common_one_and_repeats_saturate():
    spans = [(0, 40), (41, 81), (82, 122)]
    text = "\n".join(
        [
            "fee fee fee fee fee fee fee fee fee fee ",  # the common word, many times
            "termination fee clause here and there   ",  # both words once
            "fee and more filler words in this line  ",
        ]
    )
    scores = passage_scores(text, spans, ["terminat", "fee"])
    assert scores[1] > scores[0] > 0 and scores[1] > scores[2]


def test_the_passage_that_answers_is_sent_with_the_beginning_and_the_gaps_are_marked():
    text = _contract()
    room = 900
    spans = choose_passages(text, "What is the termination fee?", estimate_tokens, room)
    sent = joined_passages(text, spans)
    assert sent.startswith("Service agreement between Acme and Birch")
    assert "The termination fee is 4,500 EUR" in sent
    assert estimate_tokens(sent) <= room
    lines = text.split("\n")
    first_gap = next(line for line in sent.split("\n") if line.startswith("[… lines "))
    first, last = (int(n.replace(",", "")) for n in first_gap[len("[… lines ") : -len(" left out …]")].split("–"))
    kept_before = sent.split("\n" + first_gap)[0].split("\n")
    assert lines[: len(kept_before)] == kept_before
    # numbered from 1, from the first line left out to the last; blank lines around the gap are not counted
    assert all(line == "" for line in lines[len(kept_before) : first - 1])
    assert lines[first - 1].startswith("## Clause") and lines[last - 1] != "" and lines[last] == ""
    assert sent.rstrip().endswith("left out …]")  # the end is marked too


def test_the_heading_a_part_sits_under_is_carried_over_the_gap():
    pages = [
        f"[Page {n}]\n" + "\n".join(f"row {n}-{i} of the ledger, nothing to see" for i in range(40))
        for n in range(1, 30)
    ]
    pages[20] += "\nrefund issued to Carol: 88.10"
    text = "\n\n".join(pages)
    spans = choose_passages(text, "Carol's refund", estimate_tokens, 800)
    sent = joined_passages(text, spans)
    refund_at = sent.index("refund issued to Carol")
    before = sent[:refund_at]
    assert "[Page 21]" in before and before.count("[Page 21]") == 1
    assert "[Page 1]" in sent  # the beginning is sent too


def test_a_line_too_long_for_a_heading_is_not_carried_over_a_gap():
    text = "# " + "x" * 5000 + "\n" + "\n\n".join(f"filler paragraph {i} " * 30 for i in range(200)) + "\nthe needle"
    spans = choose_passages(text, "needle", estimate_tokens, 600)
    sent = joined_passages(text, spans)
    assert "the needle" in sent and estimate_tokens(sent) <= 600


def test_a_part_that_opens_with_its_own_heading_gets_no_other():
    text = _contract()
    spans = choose_passages(text, "What is the termination fee?", estimate_tokens, 900)
    sent = joined_passages(text, spans).split("\n")
    gap = next(i for i, line in enumerate(sent) if line.startswith("[… lines "))
    assert sent[gap + 1].startswith("## Clause") and not sent[gap + 2].startswith("## Clause")


def test_fit_text_sends_the_beginning_when_nothing_in_the_text_bears_on_the_question():
    text = _contract()
    fitted = fit_text("contract.md", text, 600, question="Summarise it")
    assert text.startswith(fitted.sent) and "sent_spans" not in fitted.details and fitted.whole is None
    cut = what_was_cut(fitted.sent, {"char_count": len(text), "line_count": text.count("\n") + 1} | fitted.details)
    assert cut is not None and not cut.chosen


def test_without_a_question_the_beginning_is_sent_and_the_whole_kept_to_choose_from():
    text = _contract()
    fitted = fit_text("contract.md", text, 600)
    assert text.startswith(fitted.sent) and fitted.whole == text
    assert fit_text("contract.md", text, 10**6).whole is None  # all of it fits: nothing to choose


def test_the_parts_sent_are_stored_and_read_again_the_same():
    text = _contract()
    read = ReadText(text, "UTF-8")
    first = decoded_text("contract.md", read, DecodeOptions(image_token_room=900, question="termination fee"))
    assert first.text is not None and "4,500 EUR" in first.text and first.whole_text is None
    assert first.note is not None and "the parts that bear on the question" in first.note
    assert estimate_tokens(quote_document("contract.md", first.text)) <= 900
    cut = what_was_cut(first.text, first.meta)
    assert cut is not None and cut.chosen and cut.unit == "lines" and cut.total == text.count("\n") + 1
    assert cut.sent == sum(text[a:b].count("\n") + 1 for a, b in parse_spans(first.meta["sent_spans"], len(text)))
    again = decoded_text("contract.md", read, DecodeOptions(image_token_room=50, choices=first.meta))
    assert again.text == first.text  # the stored spans decide, whatever the room and question now


def test_stored_spans_that_do_not_fit_the_text_are_not_trusted():
    assert parse_spans("0-10,20-30", 30) == [(0, 10), (20, 30)]
    for bad in ("0-10,5-30", "0-40", "10-5", "", "0-10;20-30", None, 7, "-1-5"):
        assert parse_spans(bad, 30) is None
    text = _contract()
    fitted = fit_text("c.md", text, None, {"sent_spans": "0-10,5-30", "sent_chars": 40})
    assert fitted.sent == text[:40]  # back to the stored length


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="ab İ\n#[]Page 12终止费é_", min_size=1, max_size=3000),
    question=st.text(alphabet="ab İ终止费é_ 12", max_size=30),
    room=st.integers(min_value=1, max_value=800),
)
def test_any_text_question_and_room_give_sound_parts_read_back_the_same(text, question, room):
    spans = choose_passages(text, question, estimate_tokens, room)
    assert parse_spans(spans_text(spans), len(text)) == (spans or None)
    assert all(text[start:end] for start, end in spans)
    sent = joined_passages(text, spans)
    for start, end in spans:
        assert text[start:end] in sent
    fitted = fit_text("t.txt", text, room + 40, question=question)
    assert fit_text("t.txt", text, None, fitted.details).sent == fitted.sent  # stored, read back the same
