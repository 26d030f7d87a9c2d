"""The seed catalog and accepting a typed model id: only after its config.json is recognised."""

from __future__ import annotations

import json

import pytest

from desktop_vlm.config.settings import HubSettings
from desktop_vlm.core.errors import CheckpointError
from desktop_vlm.hub import HubError, ModelStore, Puller, catalog, find, parse_repo_id
from tests.hub.hub_server import FakeHub, make_repo


def test_seed_catalog_is_complete_and_honest():
    assert sorted(e.repo_id for e in catalog()) == [
        "5CD-AI/Vintern-3B-beta",
        "LiAutoAD/Ristretto-3B",
        "OpenGVLab/InternVL2_5-4B",
        "OpenGVLab/Mini-InternVL-Chat-4B-V1-5",
        "OpenGVLab/Mono-InternVL-2B",
    ]
    for e in catalog():
        assert e.revision == "main" and not e.revision_pinned  # no sha could be verified here; none invented
        assert "unverified" in e.license and e.description and e.languages
        vram = {d: round(e.vram_estimate_gib(d), 1) for d in ("bfloat16", "float16", "float32", "int8", "int4")}
        assert vram["int4"] < vram["int8"] < vram["bfloat16"] == vram["float16"] < vram["float32"]
        # bf16 ≈ 2 bytes per parameter + ~1.5 GiB working memory
        assert vram["bfloat16"] == pytest.approx(e.parameters * 2e9 / 2**30 + 1.5, abs=0.1)
    assert find("liautoad/ristretto-3b").download_bytes == 7_678_615_680


@pytest.mark.parametrize(
    "text",
    [
        "OpenGVLab/InternVL2_5-4B",
        "https://huggingface.co/OpenGVLab/InternVL2_5-4B",
        "https://hf-mirror.com/OpenGVLab/InternVL2_5-4B/tree/main/",
        "https://huggingface.co/models/OpenGVLab/InternVL2_5-4B",
    ],
)
def test_ids_and_urls_are_parsed(text):
    assert parse_repo_id(text) == "OpenGVLab/InternVL2_5-4B"


@pytest.mark.parametrize("text", ["InternVL2_5-4B", "a/b/c", "../etc", "https://huggingface.co/"])
def test_bad_ids_are_refused(text):
    with pytest.raises(HubError, match="not a model id"):
        parse_repo_id(text)


def test_a_typed_repo_is_accepted_only_when_its_config_is_recognised(tmp_path):
    good = make_repo()
    pickles_only = {k: v for k, v in make_repo().items() if not k.endswith(".safetensors")}
    no_config = {k: v for k, v in make_repo().items() if k != "config.json"}
    other = make_repo() | {"config.json": json.dumps({"architectures": ["BertModel"]}).encode()}
    with FakeHub({"me/good": good, "me/pickles": pickles_only, "me/noconfig": no_config, "me/bert": other}) as hub:
        puller = Puller(ModelStore(tmp_path), HubSettings(endpoint=hub.url))
        check = puller.check_repo("me/good")
        assert check.family == "internvl" and check.commit == hub.commit
        assert check.file_count == 5  # no .py, no .bin
        assert check.download_bytes == sum(len(v) for k, v in good.items() if not k.endswith((".py", ".bin")))
        with pytest.raises(HubError, match="safetensors"):
            puller.check_repo("me/pickles")
        with pytest.raises(HubError, match="safetensors"):
            puller.pull("me/pickles")
        with pytest.raises(CheckpointError, match="no config.json"):
            puller.check_repo("me/noconfig")
        with pytest.raises(CheckpointError, match="Not a supported"):
            puller.check_repo("me/bert")
        assert not any("/resolve/" in p and "safetensors" in p for _, p in hub.requests)  # nothing big fetched
    assert ModelStore(tmp_path).installed() == []


def test_a_pre_quantised_copy_or_a_gguf_repository_is_refused_before_anything_big_is_fetched(tmp_path):
    config = json.loads(make_repo()["config.json"])
    awq = make_repo() | {
        "config.json": json.dumps(config | {"quantization_config": {"quant_method": "awq", "bits": 4}}).encode()
    }
    gguf = {
        "README.md": b"# InternVL2_5-4B in GGUF",
        "InternVL2_5-4B-Q4_K_M.gguf": b"GGUF" + bytes(2_000_000),
        "mmproj-InternVL2_5-4B-f16.gguf": b"GGUF" + bytes(600_000),
    }
    with FakeHub({"me/InternVL2_5-4B-AWQ": awq, "me/InternVL2_5-4B-GGUF": gguf}) as hub:
        puller = Puller(ModelStore(tmp_path), HubSettings(endpoint=hub.url))
        with pytest.raises(CheckpointError, match="quantised with 4-bit AWQ for another engine") as refused:
            puller.check_repo("me/InternVL2_5-4B-AWQ")
        assert "--quantize int4" in str(refused.value)
        with pytest.raises(CheckpointError, match="4-bit AWQ"):
            puller.pull("me/InternVL2_5-4B-AWQ")
        with pytest.raises(CheckpointError, match="me/InternVL2_5-4B-GGUF holds GGUF files and no config.json"):
            puller.check_repo("me/InternVL2_5-4B-GGUF")
        assert not any("/resolve/" in p and p.endswith((".safetensors", ".gguf")) for _, p in hub.requests)
    assert ModelStore(tmp_path).installed() == []


def test_importing_a_folder_of_gguf_files_says_what_they_are(tmp_path):
    folder = tmp_path / "lmstudio" / "InternVL2_5-4B-GGUF"
    folder.mkdir(parents=True)
    (folder / "InternVL2_5-4B-Q4_K_M.gguf").write_bytes(b"GGUF" + bytes(60))
    with pytest.raises(CheckpointError, match="holds GGUF files \\(InternVL2_5-4B-Q4_K_M.gguf\\) and no config.json"):
        ModelStore(tmp_path / "models").import_folder(folder, copy=False)


@pytest.mark.parametrize("bad", ["../escape.json", "sub/../../escape.json", "/etc/escape.json", "C:/escape.json"])
def test_a_file_path_outside_the_model_folder_is_refused(tmp_path, bad):
    repo = make_repo() | {bad: b"{}" * 600}
    with FakeHub({"me/evil": repo}) as hub:
        with pytest.raises(HubError, match="unsafe file path"):
            Puller(ModelStore(tmp_path / "m"), HubSettings(endpoint=hub.url)).pull("me/evil")
    assert not (tmp_path / "escape.json").exists() and ModelStore(tmp_path / "m").installed() == []


def test_parameters_are_counted_from_the_headers_and_a_broken_file_gives_no_count(tmp_path):
    import struct

    from desktop_vlm.hub.census import count_parameters

    def write(name, header):
        data = json.dumps(header).encode()
        (tmp_path / name).write_bytes(struct.pack("<Q", len(data)) + data + bytes(64))

    write(
        "a.safetensors",
        {
            "__metadata__": {"format": "pt"},
            "vision_model.embeddings.weight": {"dtype": "BF16", "shape": [4, 3], "data_offsets": [0, 24]},
            "mlp1.0.weight": {"dtype": "BF16", "shape": [2], "data_offsets": [24, 28]},
        },
    )
    write(
        "b.safetensors", {"language_model.lm_head.weight": {"dtype": "BF16", "shape": [5, 2], "data_offsets": [0, 20]}}
    )
    count = count_parameters(tmp_path)
    assert (count.total, count.vision) == (24, 14)
    (tmp_path / "c.safetensors").write_bytes(b"\xff" * 16)  # a header length no safetensors file has
    assert count_parameters(tmp_path) is None
    assert count_parameters(tmp_path / "empty-folder-that-is-not-there") is None


@pytest.mark.parametrize(
    "header",
    [b"[1, 2]", b'{"x": 5}', b'{"x": {"dtype": "F32"}}', b"[" * 100_000],
    ids=["list", "entry not an object", "no shape", "nested"],
)
def test_a_hostile_header_gives_no_count_rather_than_an_exception(tmp_path, header):
    import struct

    from desktop_vlm.hub.census import count_parameters

    (tmp_path / "model.safetensors").write_bytes(struct.pack("<Q", len(header)) + header)
    assert count_parameters(tmp_path) is None
