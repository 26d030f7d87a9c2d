"""Template and system message come from the checkpoint's own files, never from its folder name."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from desktop_vlm.core.errors import CheckpointError
from desktop_vlm.core.formats import STORE_MANIFEST
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest
from desktop_vlm.runtime.conversation_file import read_shipped_templates
from desktop_vlm.runtime.identity import choose_template, recorded_repo_id
from desktop_vlm.runtime.internvl.spec import VINTERN_SYSTEM
from desktop_vlm.runtime.registry import templates
from tests.conftest import REFERENCE_DIR
from tests.runtime.conversation_files import CHATML, write_conversation_file

VINTERN = REFERENCE_DIR / "Vintern-3B-beta"


def _hermes(folder: Path, config: dict | None = None):
    return choose_template(folder, config or {}, "Hermes-2")


def test_renamed_vintern_folder_gives_the_original_prompt_ids(tmp_path):
    """The recorded prompt of the original for Vintern, from a copy in a folder called v3b."""
    copy = shutil.copytree(VINTERN, tmp_path / "v3b")
    expected = np.load(VINTERN / "reference.npz")["a_text_turn1__input_ids"][0].tolist()
    runtime = load_runtime(copy, device="cpu", dtype="float32")
    assert runtime.prepare(ChatRequest("Hello, who are you?")).ids == expected
    assert runtime.template.system_message == VINTERN_SYSTEM


def test_a_folder_named_vintern_is_not_vintern_without_its_files(tmp_path):
    folder = tmp_path / "my-vintern-copy"
    folder.mkdir()
    choice = _hermes(folder)
    assert choice.template.system_message == templates()["Hermes-2"].system_message
    assert "built-in" in choice.system_message_source


def test_an_unknown_fine_tune_gets_its_own_shipped_system_message_and_roles(tmp_path):
    write_conversation_file(
        tmp_path,
        {
            "Hermes-2": CHATML
            | {
                "system_message": "Tu es un assistant.",
                "sep": "<|im_end|>",
                "roles": ("<|im_start|>question\n", "<|im_start|>answer\n"),
            }
        },
    )
    choice = _hermes(tmp_path)
    assert choice.template.system_message == "Tu es un assistant."
    assert choice.template.roles == ("<|im_start|>question\n", "<|im_start|>answer\n")
    assert choice.system_message_source == "conversation.py (template 'Hermes-2')"
    rendered = choice.template.render([("Q", None)])
    assert (
        rendered
        == "<|im_start|>system\nTu es un assistant.<|im_end|><|im_start|>question\nQ<|im_end|><|im_start|>answer\n"
    )


def test_a_template_only_the_checkpoint_defines_is_used(tmp_path):
    write_conversation_file(tmp_path, {"my-chat": CHATML | {"system_message": "Hi.", "sep": "<|im_end|>\n"}})
    choice = choose_template(tmp_path, {}, "my-chat")
    assert choice.template.render([("Q", "A"), ("R", None)]) == (
        "<|im_start|>system\nHi.<|im_end|>\n<|im_start|>user\nQ<|im_end|>\n<|im_start|>assistant\nA<|im_end|>\n"
        "<|im_start|>user\nR<|im_end|>\n<|im_start|>assistant\n"
    )


def test_unknown_template_without_a_definition_is_a_clear_error(tmp_path):
    with pytest.raises(CheckpointError, match="neither Desktop VLM"):
        choose_template(tmp_path, {}, "my-chat")


def test_a_style_we_cannot_render_is_refused_by_name(tmp_path):
    write_conversation_file(tmp_path, {"odd": {"system_message": "x", "sep_style": "ADD_COLON_SINGLE"}})
    with pytest.raises(CheckpointError, match="ADD_COLON_SINGLE"):
        choose_template(tmp_path, {}, "odd")


def test_config_system_message_comes_after_conversation_py(tmp_path):
    assert _hermes(tmp_path, {"system_message": "From config."}).template.system_message == "From config."
    write_conversation_file(tmp_path, {"Hermes-2": CHATML | {"system_message": "Shipped.", "sep": "<|im_end|>"}})
    assert _hermes(tmp_path, {"system_message": "From config."}).template.system_message == "Shipped."


def test_recorded_repository_id_from_the_store_manifest(tmp_path):
    (tmp_path / STORE_MANIFEST).write_text(json.dumps({"model_id": "5CD-AI/Vintern-3B-beta", "commit": "abc"}))
    assert recorded_repo_id(tmp_path) == "5CD-AI/Vintern-3B-beta"
    choice = _hermes(tmp_path)
    assert choice.template.system_message == VINTERN_SYSTEM
    assert choice.system_message_source == "the repository id 5CD-AI/Vintern-3B-beta"


def test_local_imports_record_no_repository(tmp_path):
    (tmp_path / STORE_MANIFEST).write_text(json.dumps({"model_id": "local/v3b"}))
    assert recorded_repo_id(tmp_path) is None


def test_recorded_repository_id_from_a_hugging_face_cache_path(tmp_path):
    snapshot = tmp_path / "hub" / "models--5CD-AI--Vintern-3B-beta" / "snapshots" / "0123abcd"
    snapshot.mkdir(parents=True)
    assert recorded_repo_id(snapshot) == "5CD-AI/Vintern-3B-beta"
    assert _hermes(snapshot).template.system_message == VINTERN_SYSTEM


def test_conversation_py_is_read_never_run(tmp_path):
    marker = tmp_path / "ran"
    (tmp_path / "conversation.py").write_text(
        f"open({str(marker)!r}, 'w').write('x')\n"
        "MESSAGE = 'not a literal where it is used'\n"
        "register_conv_template(Conversation(name='Hermes-2', system_message=MESSAGE, sep=chr(1)))\n"
        "register_conv_template(Conversation(name='other', system_message=__import__('os').getcwd()))\n"
    )
    shipped = read_shipped_templates(tmp_path / "conversation.py")
    assert not marker.exists()
    assert shipped["Hermes-2"].system_message is None and shipped["Hermes-2"].sep is None
    assert shipped["other"].system_message is None
    # nothing readable: the built-in template stays
    assert _hermes(tmp_path).template == templates()["Hermes-2"]


@pytest.mark.parametrize("content", [b"\xff\xfe not python", b"def (:", b"(" * 200_000, b"x = '" + b"a" * 10])
def test_unparsable_conversation_py_is_ignored(tmp_path, content):
    (tmp_path / "conversation.py").write_bytes(content)
    assert read_shipped_templates(tmp_path / "conversation.py") == {}
    assert _hermes(tmp_path).template == templates()["Hermes-2"]
