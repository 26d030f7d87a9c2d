"""Build the fixtures in this folder: tokenizers and tiny random-weight checkpoints in the published layouts.

Run from the repository root with the project's venv: ``python tests/data/published/make_fixtures.py``. Then run
``record_original.py`` in the oracle environment to record what the original code gives on them (README.md).
Rebuilding changes every file (fresh training, fresh weights), so the recordings must be redone with it.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.runtime.published_tokenizers import write_phi3_tokenizer, write_qwen2_tokenizer  # noqa: E402
from tests.runtime.tiny_mono import write_sentencepiece_tokenizer  # noqa: E402

TOKENIZERS = HERE / "tokenizers"


def make_tokenizers() -> None:
    if TOKENIZERS.exists():
        shutil.rmtree(TOKENIZERS)
    write_qwen2_tokenizer(TOKENIZERS / "qwen2-slow")
    write_qwen2_tokenizer(TOKENIZERS / "qwen2-slow-legacy-config", legacy_layout=True)
    write_phi3_tokenizer(TOKENIZERS / "phi3-sentencepiece")
    write_phi3_tokenizer(TOKENIZERS / "phi3-sentencepiece-legacy-config", legacy_layout=True)
    write_sentencepiece_tokenizer(TOKENIZERS / "internlm2-sentencepiece")
    write_sentencepiece_tokenizer(TOKENIZERS / "internlm2-sentencepiece-no-dummy-prefix", add_dummy_prefix=False)
    # the slow files plus the tokenizer.json that transformers 4.37 converts from them (added by the recorder)
    for name in ("qwen2-slow", "phi3-sentencepiece"):
        shutil.copytree(TOKENIZERS / name, TOKENIZERS / f"{name}+tokenizer.json")


if __name__ == "__main__":
    make_tokenizers()
