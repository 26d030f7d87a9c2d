"""How often the part of a long document that answers a question reaches the model, and what choosing it costs.

A document too long for the context used to be cut to its beginning; now the passages that match the question
are sent (``media/passages.py``). Measured in one run, on the same documents and rooms:

- **answer reached**: a fact is put at a random place in a long document of Zipf-distributed words (a language's
  shape: a few words everywhere, most rare, and the question's own words scattered through it), and a question
  asked about it in part other words ("What was the Halvorsen invoice total?" for "The invoice for Halvorsen came
  to a total of 4,512 EUR"). Counted: how often the fact is in the text sent, against the beginning alone; and
  for a question sharing no word with the fact ("How much was billed?"), which lexical ranking cannot find.
- **time to choose**: ``for_question`` on a log of each size, the work done on the model thread as the request is built.

    python benchmarks/passage_choice.py [--trials 200] [--room 6000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent)]

NAMES = ["Halvorsen", "Okonkwo", "Marchetti", "Nakagawa", "Duarte", "Lindqvist", "Abernathy", "Kowalczyk"]
QUESTION_WORDS = ["invoice", "total", "payment", "customer", "fee", "contract"]  # also scattered as noise


def haystack(rng: random.Random, words: int) -> list[str]:
    """Paragraphs of ``words`` Zipf-distributed pseudo-words with the question's words mixed in."""
    vocabulary = [f"w{n}" for n in range(5000)] + QUESTION_WORDS
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    rng.shuffle(weights)
    drawn = rng.choices(vocabulary, weights, k=words)
    return [" ".join(drawn[i : i + 80]) + "." for i in range(0, words, 80)]


def reached(trials: int, room: int, seed: int) -> tuple[int, int, int]:
    """Times the fact was sent: with passages chosen for the question, for the question in other words than the
    text's (no word in common: lexical ranking cannot find it), and in the beginning alone."""
    from desktop_vlm.media.text_files import fit_text

    rng = random.Random(seed)
    chosen = reworded = beginning = 0
    for _ in range(trials):
        paragraphs = haystack(rng, rng.randint(40_000, 120_000))
        name, amount = rng.choice(NAMES), f"{rng.randint(1000, 9999):,}"
        fact = f"The invoice for {name} came to a total of {amount} EUR."
        paragraphs.insert(rng.randrange(len(paragraphs)), fact)
        text = "\n\n".join(paragraphs)
        question = f"What was the {name} invoice total?"
        chosen += fact in fit_text("report.txt", text, room, question=question).sent
        reworded += fact in fit_text("report.txt", text, room, question="How much was billed?").sent
        beginning += fact in fit_text("report.txt", text, room).sent
    return chosen, reworded, beginning


def choice_times(room: int, sizes_mb: list[float], repeats: int = 5) -> dict[float, float]:
    """Median seconds ``for_question`` takes on a log of each size (a match near the end, common words)."""
    from desktop_vlm.app.attachments import PreparedAttachment, for_question
    from desktop_vlm.media.text_files import fit_text

    times = {}
    for size in sizes_mb:
        line = "2026-12-05 10:00:00 INFO worker 3 handled request {} in 120 ms"
        count = int(size * 1e6 / len(line.format(100000)))
        lines = [line.format(i) for i in range(count)]
        lines[count * 9 // 10] = "2026-12-05 11:00:00 ERROR worker 3 disk quota exceeded on /var/backups"
        text = "\n".join(lines)
        held = fit_text("app.log", text, room)
        prepared = PreparedAttachment("text", "app.log", "", b"", [], None, {}, text=held.sent, whole_text=text)
        runs = []
        for _ in range(repeats):
            start = time.perf_counter()
            for_question(prepared, "Why did worker 3 run out of disk quota?")
            runs.append(time.perf_counter() - start)
        times[size] = statistics.median(runs)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--room", type=int, default=6000, help="tokens the context has for the document")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sizes", default="0.1,1,15", help="log sizes in MB to time the choice on")
    args = parser.parse_args(argv)
    counts = reached(args.trials, args.room, args.seed)
    print(f"answer reached in {args.trials} documents of 40,000–120,000 words, {args.room:,} tokens of room:")
    for label, count in zip(
        ("passages chosen for the question", "the question in other words", "the beginning alone"), counts
    ):
        print(f"  {label + ':':<34} {count} ({count / args.trials:.0%})")
    print("time to choose (median of 5), log with a match near its end:")
    for size, seconds in choice_times(args.room, [float(s) for s in args.sizes.split(",")]).items():
        print(f"  {size:g} MB: {seconds * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
