"""A new attachment kind plugs in by adding one file: tests/app/toy_kind/sketch.py, found through
DESKTOP_VLM_KIND_PATH, is recognised on open, prepared, sent to the runtime, stored in and reopened from the
history, exported and imported, shown as the plain chip, asked about by ``desktop-vlm ask --attach`` and
``batch`` — with no other file of the project naming it. And no module outside the kinds' own names a kind."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PIL import Image

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.media import kind_registry

TOY_FOLDER = Path(__file__).parent / "toy_kind"
ROOT = Path(__file__).parents[2]
SKETCH = {"sketch": [[10, 10, 90, 90], [10, 90, 90, 10]]}  # a cross


@pytest.fixture
def sketch_kind(monkeypatch):
    monkeypatch.setenv(kind_registry.KIND_PATH_VARIABLE, str(TOY_FOLDER))
    kind_registry.kinds.cache_clear()
    yield kind_registry.kind("sketch")
    monkeypatch.delenv(kind_registry.KIND_PATH_VARIABLE)
    kind_registry.kinds.cache_clear()


@pytest.fixture
def sketch_file(tmp_path) -> Path:
    path = tmp_path / "cross.sketch"
    path.write_text(json.dumps(SKETCH))
    return path


def _drawn_cross(image: Image.Image) -> bool:
    """Black at the centre (where the strokes cross), white in the middle of the top edge."""
    return image.getpixel((224, 224)) == (0, 0, 0) and image.getpixel((224, 20)) == (255, 255, 255)


def test_recognised_by_content_and_listed(sketch_kind, sketch_file, tmp_path):
    assert kind_registry.detect_kind(sketch_file) == "sketch"
    renamed = tmp_path / "cross.txt"  # the content decides, as for the built-in kinds
    renamed.write_bytes(sketch_file.read_bytes())
    assert kind_registry.detect_kind(renamed) == "sketch"
    assert "sketches" in str(kind_registry.supported_text()) and "*.sketch" in kind_registry.extension_patterns()


def test_without_the_folder_it_is_not_a_sketch(sketch_file):
    # its JSON is still text, so it is read as a text file: the kind, not the content, is what is missing
    assert kind_registry.detect_kind(sketch_file) == "text"
    assert "sketches" not in str(kind_registry.supported_text())


def test_prepared_sent_stored_reopened_and_exported(qtbot, sketch_kind, sketch_file, loaded, fake_runtime):
    prepared = prepare_file(sketch_file)
    assert prepared.kind == "sketch" and len(prepared.images) == 1 and _drawn_cross(prepared.images[0])
    controller, store = loaded.controller, loaded.store
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.send("What is drawn?", [prepared])
    first = fake_runtime.requests[0]
    assert first.question.startswith("<image>\n") and _drawn_cross(first.visuals[0].image)
    assert first.visuals[0].max_tiles is None  # a picture, not a video frame

    conversation = store.get_conversation(controller.conversation.id)
    (stored,) = conversation.messages[0].attachments
    assert stored.kind == "sketch" and stored.mime == sketch_kind.mime and stored.path.suffix == ".sketch"
    assert stored.meta["strokes"] == 2

    controller.new_conversation()  # reopening decodes the stored file again, as its kind does
    controller._decoded_cache.clear()
    controller.open_conversation(conversation.id)
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.send("And its colour?")
    assert _drawn_cross(fake_runtime.requests[-1].visuals[0].image)

    exported = store.export_conversation(conversation.id, "json")
    assert json.loads(exported)["messages"][0]["attachments"][0]["kind"] == "sketch"
    assert "sketch" in store.export_conversation(conversation.id, "html")  # named, not embedded as a picture
    imported = store.import_json(exported)
    (again,) = imported.messages[0].attachments
    assert again.kind == "sketch" and again.path.read_bytes() == sketch_file.read_bytes()


def test_shown_as_the_plain_chip(qtbot, sketch_kind, sketch_file):
    from desktop_vlm.ui.attachment_chip import AttachmentChip, make_chip

    chip = make_chip(prepare_file(sketch_file))
    qtbot.addWidget(chip)
    assert type(chip) is AttachmentChip and chip.title.text() == "cross.sketch"


def test_asked_about_from_the_command_line(sketch_kind, sketch_file, tmp_path, capsys):
    from desktop_vlm.cli.main import main
    from tests.conftest import REFERENCE_DIR

    code = main(
        [
            "ask",
            str(REFERENCE_DIR / "InternVL2_5-4B"),
            "What is drawn?",
            "--attach",
            str(sketch_file),
            "--max-new-tokens",
            "2",
            "--max-tiles",
            "1",
            "--device",
            "cpu",
            "--json",
        ]
    )
    out = capsys.readouterr()
    assert code == 0, out.err
    answer = json.loads(out.out)
    assert answer["stats"]["image_tiles"] == 1 and answer["prompt_token_ids"]


def test_batch_asks_about_each_sketch(sketch_kind, sketch_file):
    from desktop_vlm.cli.batch import collect_items, run_item
    from desktop_vlm.runtime.fake import FakeRuntime

    items, problems = collect_items(sketch_file.parent)
    assert [(i.id, i.kind) for i in items] == [("cross.sketch", "sketch")] and problems == []
    runtime = FakeRuntime("a cross")
    row = run_item(runtime, items[0], "<image>\nWhat is drawn?", None, 1, 8)
    assert row["status"] == "ok" and _drawn_cross(runtime.requests[0].visuals[0].image)


BUILT_IN = ("image", "video", "pdf", "docx", "notebook", "odt", "ods", "odp", "rtf", "pptx", "xlsx")
# A kind name as a string literal: "image" … compared, passed or stored. Excluded, because the word means
# something else there: MIME types ("image/png"), the `<image>` placeholder, Qt's image format names, and an
# element's name compared with the tag the HTML reader is at (SVG's <image>).
_LITERAL = re.compile(r"""(?<![\w/<.-])(?<!tag == )["'](""" + "|".join(BUILT_IN) + r""")["'](?![\w/>])""")


def test_nothing_outside_the_kinds_own_modules_names_a_kind():
    own = ROOT / "desktop_vlm" / "media" / "attachment_kinds"
    offenders = []
    for path in (ROOT / "desktop_vlm").rglob("*.py"):
        if own in path.parents:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _LITERAL.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
