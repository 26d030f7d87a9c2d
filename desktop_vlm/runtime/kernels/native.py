"""This project's own CPU kernel (``int4_int8dot.cpp`` beside this file), compiled on the user's machine.

Why compiled here rather than shipped built: the kernel is a torch operator running in torch's thread pool, and
torch's C++ interface changes between versions, so it is built against the torch in use — once per torch
version and source, by torch's extension builder, into the user cache folder (about 10 s on 2 cores). Where
it cannot be built — no C++ compiler, not Linux on x86-64, a CPU or torch build without AVX2 — it is simply
not offered, and torch's own int4 kernel runs as before. A failed build is remembered in that folder (the
compiler's words in ``failed.txt``), so later loads do not wait for it again; deleting the folder retries.
"""

from __future__ import annotations

import hashlib
import logging
import os
import platform
import shutil
import threading
from pathlib import Path

import torch

log = logging.getLogger(__name__)

SOURCE = Path(__file__).with_name("int4_int8dot.cpp")
# -fopenmp: at::parallel_for is a header template over OpenMP, so without it the kernel runs on one thread.
# The extension then needs libgomp.so.1, which torch's own process has already loaded: one thread pool.
COMPILER_FLAGS = ["-O3", "-mavx2", "-mfma", "-fopenmp"]
FAILED_FILE = "failed.txt"
BUILD_LOCK = "build.flock"  # held while building or loading, by one process at a time

_lock = threading.Lock()
_loaded: dict[str, bool] = {}  # build folder → whether the operator is registered in this process


def unavailable_reason() -> str | None:
    """Why the kernel cannot run in this process (None when it can be built and run)."""
    if platform.system() != "Linux" or platform.machine().lower() not in ("x86_64", "amd64"):
        return f"built on x86-64 Linux only, not {platform.system()} on {platform.machine()}"
    capability = torch.backends.cpu.get_cpu_capability()
    if capability not in ("AVX2", "AVX512"):
        return f"needs AVX2, and torch dispatches for {capability} here"
    if shutil.which(os.environ.get("CXX", "c++")) is None:
        return "no C++ compiler (c++ or $CXX) to build it with"
    if not SOURCE.is_file():
        return f"its source is not installed ({SOURCE.name}; a bundle leaves it out)"
    return None


def build_folder(cache_dir: Path) -> Path:
    """Where the kernel is built for this torch and this source."""
    digest = hashlib.sha256(SOURCE.read_bytes() + " ".join(COMPILER_FLAGS).encode()).hexdigest()[:16]
    return cache_dir / "kernels" / f"int4_int8dot-torch{torch.__version__}-{digest}"


def load_int4_int8dot(cache_dir: Path) -> bool:
    """Build (the first time) and load the kernel as ``torch.ops.desktop_vlm.int4_int8dot_mm``. False, logged,
    where it cannot: see :func:`unavailable_reason`, or an earlier or present build failure."""
    if (reason := unavailable_reason()) is not None:
        log.info("int4 × int8 kernel not offered: %s", reason)
        return False
    folder = build_folder(cache_dir)
    with _lock:
        if str(folder) in _loaded:
            return _loaded[str(folder)]
        _loaded[str(folder)] = registered = _build_and_load(folder)
        return registered


def will_build(cache_dir: Path) -> bool:
    """Whether :func:`load_int4_int8dot` would compile now (seconds), not just load an earlier build."""
    if is_loaded() or unavailable_reason() is not None:
        return False
    folder = build_folder(cache_dir)
    return not (folder / FAILED_FILE).exists() and not any(folder.glob("*.so"))


def is_loaded() -> bool:
    """Whether the operator is registered in this process."""
    return any(_loaded.values())


def _build_and_load(folder: Path) -> bool:
    if is_loaded():
        return True  # another build folder's copy (another cache folder) already registered the operator
    failed = folder / FAILED_FILE
    if failed.exists():
        log.info("int4 × int8 kernel not offered: its build failed before (%s)", failed)
        return False
    import fcntl  # POSIX; the kernel is built on Linux only

    from torch.utils import cpp_extension

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / BUILD_LOCK, "w") as held, _ninja_on_path():
            # torch's builder guards the folder with a plain lock file and waits for it to vanish, without end
            # when a build was killed midway (the app closed while building). The OS drops this lock with its
            # holder, so under it any such file is a dead build's.
            fcntl.flock(held, fcntl.LOCK_EX)
            (folder / "lock").unlink(missing_ok=True)
            cpp_extension.load(
                name=f"desktop_vlm_{folder.name.rsplit('-', 1)[-1]}",
                sources=[str(SOURCE)],
                extra_cflags=COMPILER_FLAGS,
                build_directory=str(folder),
                is_python_module=False,
                verbose=False,
            )
    except Exception as err:  # the compiler's or linker's error, whatever form torch's builder gives it
        log.warning("int4 × int8 kernel could not be built; torch's int4 kernel runs instead: %s", err)
        try:
            failed.write_text(f"{type(err).__name__}: {err}\n", encoding="utf-8")
        except OSError:
            pass
        return False
    return True


class _ninja_on_path:
    """torch's builder runs ``ninja`` from PATH; the ``ninja`` package puts it in the environment's scripts
    folder, which is not on PATH when the app is started by its full path."""

    def __enter__(self):
        self.before = os.environ.get("PATH", "")
        try:
            import ninja

            os.environ["PATH"] = os.pathsep.join([ninja.BIN_DIR, self.before])
        except ImportError:
            pass  # a ninja on PATH, or the builder's own error
        return self

    def __exit__(self, *exc):
        os.environ["PATH"] = self.before
        return False
