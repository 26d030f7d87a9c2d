"""``import_model_code`` imports everything a load and an answer import: after it, loading each published
model and answering a question about a picture imports no further module of torch, transformers, the
tokenizer libraries or our runtime (in a fresh process, so that nothing was imported before). What the
imports left is frozen out of the collector's full collections, and the collector is on again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "tests" / "data" / "published" / "models"
HEAVY = ("torch", "transformers", "tokenizers", "sentencepiece", "desktop_vlm.runtime")

_CHILD = r"""
import json, sys
from pathlib import Path
from PIL import Image
from desktop_vlm.core.types import GenerationParams
from desktop_vlm.runtime import ChatRequest, VisualInput, load_runtime
from desktop_vlm.runtime.model_code import import_model_code
from desktop_vlm.runtime.prompt import compose_question

import gc
import_model_code()
collector = {"enabled": gc.isenabled(), "frozen": gc.get_freeze_count(), "walked": len(gc.get_objects())}
before = set(sys.modules)
picture = Image.new("RGB", (300, 200), (120, 40, 200))
for folder in sys.argv[1:]:
    runtime = load_runtime(folder, device="cpu")
    question = ChatRequest(compose_question("What is this?", 1), [VisualInput(picture)], params=GenerationParams(max_new_tokens=2))
    runtime.generate(question)
    runtime.close()
print(json.dumps({"imported_later": sorted(set(sys.modules) - before), "collector": collector}))
"""


def test_after_it_no_load_or_answer_imports_model_code_and_the_collector_no_longer_walks_it():
    folders = sorted(str(p) for p in MODELS.iterdir() if (p / "config.json").is_file())
    folders.append(str(ROOT / "tests" / "data" / "reference" / "InternVL2_5-4B"))  # a tokenizer.json of its own
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *folders],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(folders) >= 6
    later = result["imported_later"]
    assert [name for name in later if any(name == h or name.startswith(h + ".") for h in HEAVY)] == []
    collector = result["collector"]
    assert collector["enabled"]  # back on after the imports
    assert collector["walked"] * 10 < collector["frozen"]  # a full collection skips what the imports left


_LOADS = r"""
import gc, sys, weakref
from desktop_vlm.runtime import load_runtime

freed = []
for _ in range(2):  # the first load imports the model code inside the loader; the second finds it imported
    runtime = load_runtime(sys.argv[1], device="cpu")
    model, weight = weakref.ref(runtime.model), weakref.ref(next(runtime.model.parameters()))
    runtime.close()
    del runtime
    gc.collect()
    freed.append(model() is None and weight() is None)
print(freed)
"""


def test_a_model_loaded_as_the_code_is_imported_is_freed_when_closed():
    folder = ROOT / "tests" / "data" / "reference" / "InternVL2_5-4B"
    done = subprocess.run(
        [sys.executable, "-c", _LOADS, str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "[True, True]"
