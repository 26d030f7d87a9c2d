"""The model argument of ``ask``, ``batch`` and ``serve`` takes the id people read on a model card: an installed
model's, or a hub repository's already in the Hugging Face cache; a folder of that name still wins, and an id
found nowhere says how to download it."""

from __future__ import annotations

import shutil

import pytest

from desktop_vlm.cli.main import main
from desktop_vlm.cli.serve import _model_id
from desktop_vlm.config.paths import AppPaths
from desktop_vlm.hub import ModelStore
from tests.conftest import REFERENCE_DIR
from tests.hub.cache_layout import PUBLISHED, cached_model

REPO = "OpenGVLab/InternVL2_5-4B"


@pytest.fixture
def home(tmp_path, monkeypatch):
    """User folders of the test's own, and an empty Hugging Face cache."""
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf" / "hub"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _ask(model: str, capsys) -> tuple[int, str]:
    code = main(["ask", model, "Hi", "--max-new-tokens", "1", "--device", "cpu"])
    return code, capsys.readouterr().err


def test_a_hub_id_in_the_hugging_face_cache_is_answered_from_there(home, capsys):
    cached_model(home / "hf")
    code, err = _ask(REPO, capsys)
    assert code == 0 and "1 tokens" in err, err
    assert main(["models", "inspect", REPO]) == 0
    assert "internvl" in capsys.readouterr().out.lower()


def test_an_installed_model_is_named_by_its_id_and_a_hub_id_in_any_case(home, capsys):
    from desktop_vlm.config.settings import HubSettings
    from desktop_vlm.hub import Puller
    from tests.hub.hub_server import FakeHub

    store = ModelStore(AppPaths().models_dir)
    files = {p.name: p.read_bytes() for p in PUBLISHED.iterdir() if p.name != "original.json"}
    with FakeHub({REPO: files}) as hub:
        Puller(store, HubSettings(endpoint=hub.url)).pull(REPO)
    code, err = _ask(REPO.lower(), capsys)  # the hub's ids ignore case
    assert code == 0 and "1 tokens" in err, err
    local = store.import_folder(shutil.copytree(PUBLISHED, home / "mine"), copy=True)
    assert local.model_id == "local/mine"
    code, err = _ask("local/mine", capsys)
    assert code == 0 and "1 tokens" in err, err
    code, err = _ask("LOCAL/mine", capsys)  # a local id is exact
    assert code == 1 and "models pull LOCAL/mine" in err


def test_a_folder_of_that_name_wins_and_an_id_found_nowhere_says_how_to_get_it(home, capsys):
    code, err = _ask(REPO, capsys)
    assert code == 1 and "Traceback" not in err
    assert f"{REPO} is neither a folder here, an installed model, nor in the Hugging Face cache" in err
    assert f"desktop-vlm models pull {REPO}" in err
    pictures = home / "pictures"
    pictures.mkdir()
    shutil.copy(next(REFERENCE_DIR.joinpath("images").glob("*.png")), pictures)
    for command in (
        ["serve", REPO],
        ["batch", REPO, str(pictures), "--prompt", "What is it?", "-o", str(home / "answers.jsonl")],
    ):
        assert main(command) == 1
        assert f"desktop-vlm models pull {REPO}" in capsys.readouterr().err
    shutil.copytree(PUBLISHED, home / REPO)  # ./OpenGVLab/InternVL2_5-4B
    code, err = _ask(REPO, capsys)
    assert code == 0, err


def test_the_server_names_a_model_given_by_id_after_the_repository():
    assert _model_id(REPO, None) == "InternVL2_5-4B"
    assert _model_id(REPO, "mine") == "mine"
