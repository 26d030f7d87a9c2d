"""Checkpoints are data: shipped Python files and pickles never run, whatever config.json says."""

from __future__ import annotations

import json
import pickle
import shutil

import pytest

from desktop_vlm.core.errors import UnsafeCheckpointError
from desktop_vlm.core.types import GenerationParams
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest
from tests.conftest import REFERENCE_DIR


class _Boom:
    """Unpickling this object writes a marker file (what a malicious pickle would do, harmlessly)."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def _plant(folder, marker):
    code = f"open({str(marker)!r}, 'w').write('executed')\n"
    for name in (
        "modeling_internvl_chat.py",
        "configuration_internvl_chat.py",
        "conversation.py",
        "tokenization_internlm2.py",
        "__init__.py",
    ):
        (folder / name).write_text(code)
    config = json.loads((folder / "config.json").read_text())
    config["auto_map"] = {
        "AutoModel": "modeling_internvl_chat.InternVLChatModel",
        "AutoConfig": "configuration_internvl_chat.InternVLChatConfig",
    }
    (folder / "config.json").write_text(json.dumps(config))
    with open(folder / "pytorch_model.bin", "wb") as fh:
        pickle.dump(_Boom(marker), fh)


@pytest.mark.parametrize("model", ["InternVL2_5-4B", "Ristretto-3B", "Mono-InternVL-2B"])
def test_planted_code_and_pickle_never_run(tmp_path, model):
    folder = tmp_path / model
    shutil.copytree(REFERENCE_DIR / model, folder)
    marker = tmp_path / "marker"
    _plant(folder, marker)
    runtime = load_runtime(folder, device="cpu")
    result = runtime.generate(ChatRequest("Hello", params=GenerationParams(max_new_tokens=3)))
    assert len(result.token_ids) == 3
    assert not marker.exists()


def test_pickle_only_checkpoint_is_refused_with_the_safe_alternative(tmp_path):
    folder = tmp_path / "model"
    folder.mkdir()
    shutil.copy(REFERENCE_DIR / "InternVL2_5-4B" / "config.json", folder / "config.json")
    marker = tmp_path / "marker"
    _plant(folder, marker)
    with pytest.raises(UnsafeCheckpointError) as err:
        load_runtime(folder, device="cpu")
    assert "pickle" in str(err.value) and "safetensors" in str(err.value)
    assert not marker.exists()
