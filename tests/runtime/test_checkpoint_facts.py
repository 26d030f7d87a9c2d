"""``desktop-vlm models inspect``: what a folder is, where its template came from, which tokenizer files were
read, vocabulary against embedding rows, size and memory — and what is wrong with a broken one."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from desktop_vlm.cli.main import main
from desktop_vlm.runtime.checkpoint_facts import inspect_checkpoint
from tests.conftest import REFERENCE_DIR
from tests.runtime.test_published_models import MODELS


def test_published_layout_facts():
    facts = inspect_checkpoint(MODELS / "Mini-InternVL-Chat-4B-V1-5")
    assert (facts.family, facts.language_model, facts.template) == ("internvl", "Phi3ForCausalLM", "phi3-chat")
    assert facts.system_message_source == "conversation.py (template 'phi3-chat')"
    assert facts.tokenizer_files == ("tokenizer.model",) and "legacy: false" in facts.tokenizer_layout
    assert facts.tokenizer_size == facts.embedding_rows == 720
    assert facts.parameters == sum(facts.parameters_by_part.values()) > 0
    assert set(facts.memory_bytes) == {"float32", "bfloat16", "int8", "int4"} and not facts.problems


def test_cli_prints_the_report_and_json(capsys):
    assert main(["models", "inspect", str(MODELS / "Vintern-3B-beta")]) == 0
    out = capsys.readouterr().out
    assert "template:        Hermes-2" in out and "conversation.py (template 'Hermes-2')" in out
    assert "Qwen2 byte-level BPE" in out and "problems:        none found" in out
    assert main(["models", "inspect", str(REFERENCE_DIR / "Ristretto-3B"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tokenizer_files"] == ["tokenizer.json"] and data["family"] == "ristretto"


def test_problems_are_reported_not_raised(tmp_path, capsys):
    folder = shutil.copytree(MODELS / "InternVL2_5-4B", tmp_path / "m")
    (folder / "merges.txt").unlink()
    vocab = json.loads((folder / "vocab.json").read_text())
    config = json.loads((folder / "config.json").read_text())
    config["llm_config"]["vocab_size"] = 10  # not the embedding the weights hold either
    (folder / "config.json").write_text(json.dumps(config))
    assert main(["models", "inspect", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "No tokenizer we can load" in out and len(vocab) > 10
    assert main(["models", "inspect", str(tmp_path / "nope")]) == 2
    assert "neither a folder nor an installed model" in capsys.readouterr().err


def test_tokenizer_that_does_not_fit_the_embedding_is_named(tmp_path):
    folder = shutil.copytree(MODELS / "Ristretto-3B", tmp_path / "m")
    added = json.loads((folder / "tokenizer_config.json").read_text())
    added["added_tokens_decoder"]["9999"] = {"content": "<extra>", "special": True}
    (folder / "tokenizer_config.json").write_text(json.dumps(added))
    facts = inspect_checkpoint(folder)
    assert any("do not belong together" in p for p in facts.problems)


@pytest.mark.parametrize(
    "source, name, content",
    [
        (MODELS / "InternVL2_5-4B", "config.json", "{ not json"),
        (MODELS / "InternVL2_5-4B", "vocab.json", "{ not json"),
        (MODELS / "InternVL2_5-4B", "vocab.json", "[1, 2, 3]"),
        (MODELS / "InternVL2_5-4B", "merges.txt", "#version: 0.2\nonly-one-piece\n"),
        (MODELS / "InternVL2_5-4B", "tokenizer_config.json", "{ not json"),
        (MODELS / "InternVL2_5-4B", "added_tokens.json", "{ not json"),
        (MODELS / "Mini-InternVL-Chat-4B-V1-5", "tokenizer.model", "not a sentencepiece model"),
        (REFERENCE_DIR / "InternVL2_5-4B", "tokenizer.json", "{ not json"),
        (REFERENCE_DIR / "InternVL2_5-4B", "tokenizer.json", '{"model": {"type": "Nope"}}'),
    ],
)
def test_damaged_files_give_one_clear_line_from_ask(tmp_path, source, name, content, capsys):
    """ask stops with one line naming the file, never a traceback."""
    folder = shutil.copytree(source, tmp_path / "m")
    (folder / name).write_text(content)
    if name == "added_tokens.json":  # only read by the legacy layout: make the folder one
        config = json.loads((folder / "tokenizer_config.json").read_text())
        del config["added_tokens_decoder"]
        (folder / "tokenizer_config.json").write_text(json.dumps(config))
    assert main(["ask", str(folder), "hi", "--device", "cpu", "--max-new-tokens", "2"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("desktop-vlm:") and name in err and "\n" not in err


def test_inspect_imports_no_torch():
    code = (
        f"from desktop_vlm.runtime.checkpoint_facts import inspect_checkpoint; import sys; "
        f"inspect_checkpoint({str(MODELS / 'Mono-InternVL-2B')!r}); print('torch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
