"""Images are prepared on preprocessing threads without starting OpenMP thread teams there.

A torch operation on a thread other than the model's starts an OpenMP team of that thread's own; with more
OpenMP threads than cores, GNU OpenMP stops letting idle workers spin, and every later decode step paid
for waking its worker at each parallel region (a full-size int8 step 213–220 → 261–269 ms after one image).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

_COUNT_NEW_THREADS = r"""
import os
from concurrent.futures import ThreadPoolExecutor

import torch
from PIL import Image

from desktop_vlm.runtime.preprocess import ImageNormalization, tiles_to_tensor

torch.set_num_threads(2)
torch.ones(1 << 22).add_(1)  # the model thread's own team, as after loading
pool = ThreadPoolExecutor(max_workers=1)
pool.submit(lambda: None).result()  # the preprocessing thread exists and idles
before = set(os.listdir("/proc/self/task"))
norm = ImageNormalization(448, (0.485, 0.456, 0.406), (0.229, 0.224, 0.225))
pixels = pool.submit(tiles_to_tensor, [Image.new("RGB", (448, 448), "white")] * 4, norm).result()
assert pixels.shape == (4, 3, 448, 448)
print(len(set(os.listdir("/proc/self/task")) - before))
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads through Linux's /proc")
def test_preparing_pixels_on_another_thread_starts_no_threads():
    done = subprocess.run(
        [sys.executable, "-c", _COUNT_NEW_THREADS],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=REPO,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
    )
    assert done.stdout.split()[-1] == "0"
