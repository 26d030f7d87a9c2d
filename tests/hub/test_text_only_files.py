"""conversation.py travels with a model (it is read as text, never run) while every other .py file stays behind,
and a copy out of a Hugging Face cache keeps the repository it came from."""

from __future__ import annotations

import json

from desktop_vlm.config.settings import HubSettings
from desktop_vlm.hub import ModelStore, Puller
from desktop_vlm.hub.store import MANIFEST
from desktop_vlm.runtime.identity import choose_template
from tests.hub.hub_server import FakeHub, make_repo
from tests.runtime.test_published_models import MODELS

CONVERSATION = b"register_conv_template(Conversation(name='Hermes-2', system_message='Shipped.'))\n"


def test_download_takes_conversation_py_and_no_other_code(tmp_path):
    repo = make_repo() | {"conversation.py": CONVERSATION, "sub/modeling_x.py": b"raise SystemExit\n"}
    with FakeHub({"acme/fine-tune": repo}) as hub:
        path = Puller(ModelStore(tmp_path), HubSettings(endpoint=hub.url), None).pull("acme/fine-tune")
    assert (path / "conversation.py").read_bytes() == CONVERSATION
    assert not (path / "modeling_internvl_chat.py").exists() and not (path / "sub" / "modeling_x.py").exists()


def test_import_copy_keeps_conversation_py_and_the_cache_repository(tmp_path):
    snapshot = tmp_path / "hub" / "models--5CD-AI--Vintern-3B-beta" / "snapshots" / "abc123"
    snapshot.parent.mkdir(parents=True)
    import shutil

    shutil.copytree(MODELS / "Vintern-3B-beta", snapshot)
    (snapshot / "modeling_internvl_chat.py").write_text("raise SystemExit\n")
    (snapshot / "conversation.py").unlink()  # the repository id must identify it on its own
    model = ModelStore(tmp_path / "store").import_folder(snapshot, copy=True)
    manifest = json.loads((model.path / MANIFEST).read_text())
    assert manifest["source_repo"] == "5CD-AI/Vintern-3B-beta"
    assert not (model.path / "modeling_internvl_chat.py").exists()
    config = json.loads((model.path / "config.json").read_text())
    choice = choose_template(model.path, config, "Hermes-2")
    assert choice.system_message_source == "the repository id 5CD-AI/Vintern-3B-beta"
    assert choice.template.system_message.startswith("Bạn là")


def test_import_copy_keeps_a_fine_tunes_conversation_py(tmp_path):
    import shutil

    source = shutil.copytree(MODELS / "Vintern-3B-beta", tmp_path / "my-fine-tune")
    model = ModelStore(tmp_path / "store").import_folder(source, copy=True)
    assert (model.path / "conversation.py").read_bytes() == (source / "conversation.py").read_bytes()
