"""Free space: refused before a download or an import starts, rather than discovered when the disk fills.

The check counts only the bytes still to fetch (a resumed download needs less) plus a margin for the
manifest, the filesystem's own overhead and the rest of the system. A disk that another program fills
during the download is still reported clearly (``DiskSpaceError`` from the download), with the bytes kept.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..core.messages import Message
from .errors import DiskSpaceError

MARGIN_BYTES = 256 << 20


def check_space(root: Path, need: int, margin: int = MARGIN_BYTES) -> None:
    free = shutil.disk_usage(root).free
    if need + margin > free:
        raise DiskSpaceError(
            Message(
                "Not enough disk space: this needs {need_gib:.2f} GiB and {free_gib:.2f} GiB is free in {folder}.",
                need_gib=(need + margin) / 2**30,
                free_gib=free / 2**30,
                folder=root,
            ),
            hint=Message("Free some space or move the model folder in settings."),
        )
