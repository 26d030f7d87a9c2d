"""Compare the product's tokenizer for a folder with a recording of the original (``record_original.py
tokenizer-folder``). For checks against real downloads, which cannot be committed or fetched in CI.

Usage (project venv): ``python tests/data/published/check_recording.py FOLDER RECORDING.json``
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from desktop_vlm.runtime.tokenization import load_tokenizer  # noqa: E402


def main() -> int:
    folder, recording = Path(sys.argv[1]), Path(sys.argv[2])
    record = json.loads(recording.read_text(encoding="utf-8"))
    started = time.perf_counter()
    tokenizer = load_tokenizer(folder)
    loaded = time.perf_counter() - started
    encode_wrong = [c["text"] for c in record["encode"] if tokenizer.encode(c["text"]) != c["ids"]]
    decode_wrong = [
        c["ids"]
        for c in record["decode"]
        for skip, key in ((False, "text"), (True, "text_skip_special"))
        if c[key] is not None and tokenizer.decode(c["ids"], skip_special_tokens=skip) != c[key]
    ]
    print(f"{tokenizer.layout}: loaded in {loaded:.2f} s; length {len(tokenizer)} (original {record['length']})")
    print(f"encode: {len(record['encode']) - len(encode_wrong)}/{len(record['encode'])} identical")
    print(f"decode: {2 * len(record['decode']) - len(decode_wrong)}/{2 * len(record['decode'])} identical")
    for text in encode_wrong[:5]:
        print("  differs:", repr(text)[:120])
    return 1 if encode_wrong or decode_wrong or len(tokenizer) != record["length"] else 0


if __name__ == "__main__":
    sys.exit(main())
