"""Free space: refused before a download or an import starts, rather than discovered when the disk fills.

The check counts only the bytes still to fetch (a resumed download needs less) plus a margin for the
manifest, the filesystem's own overhead and the rest of the system. A disk that another program fills
during the download is still reported clearly (``DiskSpaceError`` from the download), with the bytes kept.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .errors import DiskSpaceError

MARGIN_BYTES = 256 << 20


def check_space(root: Path, need: int, margin: int = MARGIN_BYTES) -> None:
    free = shutil.disk_usage(root).free
    if need + margin > free:
        raise DiskSpaceError(
            f"Not enough disk space: this needs {(need + margin) / 2**30:.2f} GiB and {free / 2**30:.2f} GiB is free "
            f"in {root}.",
            hint="Free some space or move the model folder in settings.",
        )
