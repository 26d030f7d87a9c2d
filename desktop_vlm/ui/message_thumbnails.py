"""Small pictures of a sent message's attachments, as their kinds make them: a photo scaled down, a video's
first frame, a PDF's first page.

Decoding a 24-megapixel JPEG takes about half a second, and a conversation is laid out again whenever it is
opened, so pictures are never decoded on the UI thread: each is made once on a worker thread and kept as a
small PNG in the cache folder, named by the attachment's sha256. An attachment sent from the composer
already has a thumbnail, which seeds the cache, so a fresh message shows its pictures at once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QPixmap

log = logging.getLogger(__name__)

THUMBNAIL_PX = 320  # long side: a 160-point picture in the bubble, sharp on a 2× screen


def make_attachment_thumbnail(kind_name: str, path: Path) -> Image.Image:
    """The picture that stands for an attachment file, as its kind makes it (raises MediaError when it cannot
    be read, or when no kind of this installation has that name)."""
    from ..media import make_thumbnail
    from ..media.kind_registry import kind

    return make_thumbnail(kind(kind_name).picture(path, THUMBNAIL_PX), THUMBNAIL_PX)


class MessageThumbnails(QObject):
    """``pixmap(attachment)`` answers at once, from memory or the cache folder, or starts making the
    picture and returns None; ``ready(sha256)`` says when it is there."""

    ready = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None):
        """``folder``: the cache root; pictures of this size live in a sub-folder named after it, so smaller
        ones cached by an older version are made again rather than shown blurred."""
        super().__init__(parent)
        self.root = Path(folder)
        self.folder = self.root / f"{THUMBNAIL_PX}px"
        self._pixmaps: dict[str, QPixmap] = {}
        self._making: set[str] = set()
        self._failed: set[str] = set()  # missing or damaged files: shown by name, not retried this run
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one decode at a time beside the model thread

    def _file(self, sha256: str) -> Path:
        return self.folder / f"{sha256}.png"

    def seed(self, sha256: str, picture: Image.Image) -> None:
        """Keep ``picture`` (e.g. the composer's preview) as the thumbnail of the attachment ``sha256``."""
        if sha256 in self._pixmaps:
            return
        small = picture.copy()
        small.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
        self._save(sha256, small)

    def pixmap(self, attachment) -> QPixmap | None:
        if (ready := self.pixmap_if_ready(attachment.sha256)) is not None:
            return ready
        sha = attachment.sha256
        if sha not in self._making and sha not in self._failed:
            self._making.add(sha)
            kind, path = attachment.kind, Path(attachment.path)
            self._pool.start(lambda: self._make(sha, kind, path))
        return None

    def pixmap_if_ready(self, sha256: str) -> QPixmap | None:
        """The thumbnail from memory or the cache folder; never starts making one."""
        if sha256 in self._pixmaps:
            return self._pixmaps[sha256]
        cached = self._file(sha256)
        if cached.is_file() and not (pixmap := QPixmap(str(cached))).isNull():
            self._pixmaps[sha256] = pixmap
            return pixmap
        return None

    def prune(self, keep: set[str]) -> int:
        """Delete the pictures of attachments not in ``keep`` (a deleted conversation's photos must not
        linger in the cache); returns how many went."""
        gone = 0
        for stale in self.root.glob("*.png"):  # an older version's smaller pictures
            stale.unlink(missing_ok=True)
        for cached in self.folder.glob("*.png"):
            if cached.stem not in keep:
                cached.unlink(missing_ok=True)
                self._pixmaps.pop(cached.stem, None)
                gone += 1
        return gone

    def wait(self, msecs: int = -1) -> bool:
        """Block until every picture being made is done (tests; closing the window)."""
        return self._pool.waitForDone(msecs)

    def _make(self, sha256: str, kind: str, path: Path) -> None:  # on the worker thread
        try:
            self._save(sha256, make_attachment_thumbnail(kind, path))
        except Exception as err:  # a missing or damaged file: the message shows the name instead
            log.info("no thumbnail for %s: %s", path.name, err)
            self._failed.add(sha256)
        finally:
            self._making.discard(sha256)

    def _save(self, sha256: str, picture: Image.Image) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self._file(sha256).with_suffix(".tmp")
            picture.convert("RGB").save(tmp, "PNG")
            tmp.replace(self._file(sha256))
        except OSError as err:  # a full or read-only cache folder only costs the cache
            log.info("thumbnail cache not written: %s", err)
            return
        self.ready.emit(sha256)
