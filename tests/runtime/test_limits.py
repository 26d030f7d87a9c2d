"""Resource limits: long conversations are fitted to the context; running out of memory is reported
clearly, frees memory and leaves the runtime usable."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest
from PIL import Image

from desktop_vlm.core.types import GenerationParams, Turn
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest, VisualInput
from desktop_vlm.runtime.context import fit_to_context
from tests.conftest import REFERENCE_DIR


def test_long_conversation_drops_oldest_turns_and_their_images():
    runtime = load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu")
    runtime.info = dataclasses.replace(runtime.info, context_length=1200)  # a small-context model
    picture = Image.new("RGB", (448, 448), "green")  # 1 tile = 256 image tokens
    history = [
        Turn("<image>\nWhat is this?" if i == 0 else f"Question number {i} " * 10, "An answer. " * 10)
        for i in range(12)
    ]
    request = ChatRequest("And now?", [VisualInput(picture)], history, params=GenerationParams(max_new_tokens=8))
    assert runtime.count_prompt_tokens(request) + 8 > 1200
    fitted, dropped = fit_to_context(runtime, request)
    assert dropped >= 1 and fitted.visuals == []  # the image went with the first turn
    assert fitted.history == history[dropped:]
    assert runtime.count_prompt_tokens(fitted) + 8 <= 1200
    assert runtime.generate(fitted).finish_reason in ("stop", "length")


def test_short_conversation_is_untouched():
    runtime = load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu")
    request = ChatRequest("Hi", history=[Turn("a", "b")])
    assert fit_to_context(runtime, request) == (request, 0)


_OOM_SCRIPT = r"""
import json, resource, sys
from PIL import Image
from desktop_vlm.core.errors import DeviceOutOfMemoryError
from desktop_vlm.core.types import GenerationParams, TileParams
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest, VisualInput

runtime = load_runtime(sys.argv[1], device="cpu")
with open("/proc/self/status") as fh:
    vm = next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmSize"))
# allow 192 MiB more address space: enough for a 3-tile request, not for the ~300 MB of pixels of 123 tiles
resource.setrlimit(resource.RLIMIT_AS, (vm + (192 << 20), resource.RLIM_INFINITY))
image = Image.new("RGB", (4000, 3000), "white")
out = {}
try:
    # three 41-tile images in one block: ~300 MB of pixel values alone
    runtime.generate(ChatRequest("Describe.", [VisualInput(image, combined_with=(image, image))],
                                 tiles=TileParams(max_tiles=40), params=GenerationParams(max_new_tokens=4)))
    out["big"] = "ok"
except DeviceOutOfMemoryError as err:
    out["big"] = str(err)
small = runtime.generate(ChatRequest("Describe.", [VisualInput(image)], tiles=TileParams(max_tiles=2),
                                     params=GenerationParams(max_new_tokens=4)))
out["small_tokens"] = len(small.token_ids)
print(json.dumps(out))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="uses RLIMIT_AS and /proc, Linux only")
def test_out_of_memory_is_reported_and_the_runtime_stays_usable():
    proc = subprocess.run(
        [sys.executable, "-c", _OOM_SCRIPT, str(REFERENCE_DIR / "InternVL2_5-4B")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "ran out of memory" in out["big"] and "memory was freed" in out["big"]
    assert out["small_tokens"] == 4
