"""Build the fixtures in this folder: tokenizers and tiny random-weight checkpoints in the published layouts.

Run from the repository root with the project's venv: ``python tests/data/published/make_fixtures.py [tokenizers]
[models]``. Then run
``record_original.py`` in the oracle environment to record what the original code gives on them (README.md).
Rebuilding changes every file (fresh training, fresh weights), so the recordings must be redone with it.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

import json  # noqa: E402

from desktop_vlm.runtime.internvl.spec import VINTERN_SYSTEM  # noqa: E402
from desktop_vlm.runtime.registry import templates  # noqa: E402
from tests.runtime.conversation_files import write_conversation_file  # noqa: E402
from desktop_vlm.runtime.tokenization.synthetic import write_phi3_tokenizer, write_qwen2_tokenizer  # noqa: E402
from desktop_vlm.runtime.internvl.synthetic import write_checkpoint as write_internvl_checkpoint  # noqa: E402
from desktop_vlm.runtime.mono.synthetic import write_checkpoint as write_mono_checkpoint
from desktop_vlm.runtime.tokenization.synthetic import write_internlm2_tokenizer  # noqa: E402
from desktop_vlm.runtime.ristretto.synthetic import write_checkpoint as write_ristretto_checkpoint  # noqa: E402

TOKENIZERS = HERE / "tokenizers"
MODELS = HERE / "models"


def make_tokenizers() -> None:
    if TOKENIZERS.exists():
        shutil.rmtree(TOKENIZERS)
    write_qwen2_tokenizer(TOKENIZERS / "qwen2-slow")
    write_qwen2_tokenizer(TOKENIZERS / "qwen2-slow-legacy-config", legacy_layout=True)
    write_phi3_tokenizer(TOKENIZERS / "phi3-sentencepiece")
    write_phi3_tokenizer(TOKENIZERS / "phi3-sentencepiece-legacy-config", legacy_layout=True)
    write_internlm2_tokenizer(TOKENIZERS / "internlm2-sentencepiece")
    write_internlm2_tokenizer(TOKENIZERS / "internlm2-sentencepiece-no-dummy-prefix", add_dummy_prefix=False)
    # the slow files plus the tokenizer.json that transformers 4.37 converts from them (added by the recorder)
    for name in ("qwen2-slow", "phi3-sentencepiece"):
        shutil.copytree(TOKENIZERS / name, TOKENIZERS / f"{name}+tokenizer.json")


def _conversation(folder: Path, name: str, system_message: str | None = None) -> None:
    """The template registration the repository's conversation.py holds (see tests/runtime/conversation_files.py)."""
    t = templates()[name]
    fields = {"system_template": t.system_template, "system_message": system_message or t.system_message,
              "roles": t.roles, "sep_style": "MPT", "sep": t.sep}  # fmt: skip
    write_conversation_file(folder, {name: fields})


def make_models() -> None:
    """One tiny checkpoint per seed, with the tokenizer files and conversation.py its repository ships. The weights'
    spread (``scale``) is large enough that different prompts lead to different greedy answers."""
    if MODELS.exists():
        shutil.rmtree(MODELS)
    folder = write_internvl_checkpoint(MODELS / "InternVL2_5-4B", llm="qwen2", template="internvl2_5", shards=2,
                                       seed=11, scale=0.2, tokenizer=write_qwen2_tokenizer)  # fmt: skip
    _conversation(folder, "internvl2_5")
    folder = write_internvl_checkpoint(MODELS / "Vintern-3B-beta", llm="qwen2", template="Hermes-2", seed=12,
                                       scale=0.2, tokenizer=write_qwen2_tokenizer)  # fmt: skip
    _conversation(folder, "Hermes-2", VINTERN_SYSTEM)
    folder = write_internvl_checkpoint(MODELS / "Mini-InternVL-Chat-4B-V1-5", llm="phi3", template="phi3-chat",
                                       seed=13, scale=0.2, tokenizer=write_phi3_tokenizer)  # fmt: skip
    _conversation(folder, "phi3-chat")
    folder = write_ristretto_checkpoint(MODELS / "Ristretto-3B", seed=14, scale=0.2, tokenizer=write_qwen2_tokenizer)
    _conversation(folder, "qwen")
    (folder / "generation_config.json").write_text(json.dumps({"_from_model_config": True, "transformers_version": "4.45.0"}))
    folder = write_mono_checkpoint(MODELS / "Mono-InternVL-2B", seed=15, tokenizer=write_internlm2_tokenizer)
    _conversation(folder, "internlm2-chat")
    (folder / "generation_config.json").write_text(json.dumps({"_from_model_config": True, "transformers_version": "4.37.2"}))


if __name__ == "__main__":
    what = sys.argv[1:] or ["tokenizers", "models"]
    if "tokenizers" in what:
        make_tokenizers()
    if "models" in what:
        make_models()
