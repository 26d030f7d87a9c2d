"""Record what the ORIGINAL code gives on the fixtures in this folder. Never run by the tests or by CI.

Runs in an oracle environment of its own (see README.md here): Python 3.11, torch (CPU), transformers==4.37.2
and the models' published code, fetched separately and never committed. For each fixture it records
- tokenizers: ``AutoTokenizer.from_pretrained(folder, use_fast=False, trust_remote_code=True)`` — the model
  cards' call — on the strings of ``tokenizer_cases.py`` (ids) and on id sequences (decoded text, with and
  without ``skip_special_tokens``); where a ``tokenizer.json`` is present, the fast tokenizer's ids as well,
  to show where the two differ;
- models: the original ``chat()`` in float32, greedy, on the cases in ``MODEL_CASES`` (prompt ids, generated ids,
  the decoded answers that become the next turn's history).

Usage (from the repository root, in the oracle venv):
    python tests/data/published/record_original.py tokenizers --mono-code DIR
    python tests/data/published/record_original.py tokenizer-folder REAL_FOLDER OUT.json   # then check_recording.py
    python tests/data/published/record_original.py models --internvl-code DIR --mono-code DIR \
        --ristretto-code DIR --vintern-conversation FILE
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from tokenizer_cases import HARD_STRINGS, random_id_sequences, random_strings  # noqa: E402

RANDOM_STRINGS = 400
RANDOM_ID_SEQUENCES = 150


def _with_code(folder: Path, code_files: list[Path]) -> Path:
    """A temporary copy of ``folder`` with the original code files the hub repository ships next to it."""
    work = Path(tempfile.mkdtemp(prefix="oracle-")) / folder.name
    shutil.copytree(folder, work)
    for file in code_files:
        shutil.copy(file, work / file.name)
    return work


def record_tokenizer(folder: Path, code_files: list[Path], out: Path) -> None:
    from transformers import AutoTokenizer

    work = _with_code(folder, code_files)
    slow = AutoTokenizer.from_pretrained(str(work), use_fast=False, trust_remote_code=True)
    strings = HARD_STRINGS + random_strings(RANDOM_STRINGS)
    specials = sorted(set(slow.all_special_ids) | set(slow.added_tokens_decoder))
    sequences = [slow(s)["input_ids"] for s in HARD_STRINGS] + random_id_sequences(len(slow), specials, RANDOM_ID_SEQUENCES)
    record = {
        "tokenizer_class": type(slow).__name__,
        "transformers": __import__("transformers").__version__,
        "length": len(slow),
        "encode": [{"text": s, "ids": slow(s)["input_ids"]} for s in strings],
        "decode": [
            {
                "ids": ids,
                "text": _safe_decode(slow, ids, False),
                "text_skip_special": _safe_decode(slow, ids, True),
            }
            for ids in sequences
        ],
    }
    if (folder / "tokenizer.json").is_file():
        fast = AutoTokenizer.from_pretrained(str(work), use_fast=True, trust_remote_code=True)
        record["fast_tokenizer_class"] = type(fast).__name__
        record["fast_differs_on"] = [s for s in strings if fast(s)["input_ids"] != slow(s)["input_ids"]]
    out.write_text(json.dumps(record, ensure_ascii=False, indent=0))
    print(f"{folder.name}: {type(slow).__name__}, {len(strings)} strings, {len(sequences)} id sequences -> {out.name}")


def _safe_decode(tokenizer, ids: list[int], skip: bool) -> str | None:
    """The original's decoded text, or None where the original raises (ids past its vocabulary)."""
    try:
        return tokenizer.decode(ids, skip_special_tokens=skip)
    except (IndexError, TypeError, ValueError):
        return None


def add_converted_tokenizer_json(folder: Path) -> None:
    """Write the ``tokenizer.json`` transformers 4.37 converts from the slow files (what a repository that
    ships both holds, since ``save_pretrained`` of the fast tokenizer writes it)."""
    from transformers import AutoTokenizer

    if (folder / "tokenizer.json").is_file():
        return
    fast = AutoTokenizer.from_pretrained(str(folder), use_fast=True)
    work = Path(tempfile.mkdtemp(prefix="oracle-fast-"))
    fast.save_pretrained(str(work))
    shutil.copy(work / "tokenizer.json", folder / "tokenizer.json")


def main() -> None:
    warnings.filterwarnings("ignore")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["tokenizers", "tokenizer-folder", "models"])
    parser.add_argument("folder", nargs="?", type=Path, help="tokenizer-folder: any tokenizer folder (a real download)")
    parser.add_argument("out", nargs="?", type=Path, help="tokenizer-folder: where to write the recording")
    parser.add_argument("--mono-code", type=Path, help="a checkout of OpenGVLab/Mono-InternVL (for InternLM2's tokenizer)")
    args = parser.parse_args()
    if args.what == "tokenizer-folder":
        record_tokenizer(args.folder, [], args.out)
    if args.what == "tokenizers":
        for folder in sorted(p for p in (HERE / "tokenizers").iterdir() if p.is_dir()):
            code = []
            if (folder / "tokenizer.model").is_file() and "InternLM2" in (folder / "tokenizer_config.json").read_text():
                code = [args.mono_code / "internvl/model/internlm2/tokenization_internlm2.py"]
            if folder.name.endswith("+tokenizer.json"):
                add_converted_tokenizer_json(folder)
            record_tokenizer(folder, code, folder / "original.json")


if __name__ == "__main__":
    main()
