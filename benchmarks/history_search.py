"""How long the sidebar's search takes on a large history, with FTS5 and with the LIKE scan used where SQLite has
no FTS5 (before this was measured, the FTS5 query did not run on SQLite 3.40 — SQLite refused its snippet() — and
every search took the LIKE scan without a word said).

A history of ``--conversations`` conversations of 15 messages of 60 words each, and a 4-word title, the words drawn
Zipf-distributed from 20,000 (a few words in almost every message, most rare; no word the prefix of another, so a
query's hits are the word's own). Queried: a word in nearly every message, a word in about one conversation of
six, two and three words spread over conversations, a rare word and a word that is nowhere. Each query is timed
as the median of ``--runs`` runs, through ``HistoryStore.list_conversations`` as the sidebar calls it.

    python benchmarks/history_search.py [--conversations 2000] [--runs 5] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent)]

QUERIES = [
    ("a word in nearly every message", "w5x"),
    ("a word in about one chat of six", "w500x"),
    ("two words, spread", "w500x w1200x"),
    ("three words, one of them common", "w3x w500x w1200x"),
    ("a rare word", "w15000x"),
    ("a word that is nowhere", "zzz"),
]


def main(argv: list[str] | None = None) -> int:
    from desktop_vlm.history import HistoryStore

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    words = [f"w{n}x" for n in range(20_000)]
    weights = [1 / (rank + 1) for rank in range(len(words))]
    with tempfile.TemporaryDirectory() as folder:
        store = HistoryStore(Path(folder) / "history.sqlite3", Path(folder) / "attachments")
        started = time.perf_counter()
        for _ in range(args.conversations):
            conversation = store.create_conversation(" ".join(rng.choices(words, weights, k=4)))
            for k in range(15):
                text = " ".join(rng.choices(words, weights, k=60))
                store.add_message(conversation.id, "user" if k % 2 == 0 else "assistant", text)
        print(
            f"history: {args.conversations:,} conversations, {15 * args.conversations:,} messages, "
            f"written in {time.perf_counter() - started:.1f} s; SQLite FTS5: {store.full_text_search}"
        )
        print("| query | found | FTS5 (ms) | LIKE scan (ms) |\n|---|---|---|---|")
        for label, query in QUERIES:
            timings = {}
            for fts in (True, False):
                store.full_text_search = fts
                runs = []
                for _ in range(args.runs):
                    start = time.perf_counter()
                    found = store.list_conversations(query)
                    runs.append(1000 * (time.perf_counter() - start))
                timings[fts] = statistics.median(runs)
            print(f"| {label} (`{query}`) | {len(found):,} | {timings[True]:.1f} | {timings[False]:.1f} |")
        store.close()
    print(
        f"command: python benchmarks/history_search.py --conversations {args.conversations} --runs {args.runs} "
        f"--seed {args.seed}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
