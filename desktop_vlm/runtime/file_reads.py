"""Reading byte ranges of files into new tensors on several threads, in order, a bounded amount ahead.

Reading weights into process memory is bound by page faults on the fresh memory, not by the copy: one
thread filled 2 GiB of new buffers from the page cache in 0.9–4.2 s (median 1.3 s), two threads in
0.50–0.70 s, on a 2-core VM (``docs/benchmarks.md``, "Loading on several threads"). ``readinto`` releases
the GIL, so plain threads fault in parallel. A large range is split into pieces, so one 621 MB output head
does not leave the other threads idle.
"""

from __future__ import annotations

import mmap
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import torch

READ_THREADS = 4  # measured: four beat one by 2.5x and match two on 2 cores; more cores help further
PIECE_BYTES = 64 << 20  # a range is read in pieces of this size, each on its own thread
AHEAD_BYTES = 512 << 20  # read at most this much past the range the caller is using (at least one range)


@dataclass(frozen=True)
class FileRange:
    path: Path
    begin: int
    end: int


class TruncatedFile(Exception):
    """A range runs past the end of its file."""

    def __init__(self, path: Path):
        super().__init__(f"{path.name} is truncated")
        self.path = path


class ReadAhead:
    """Iterates one uint8 tensor per range, in the ranges' order, read on :data:`READ_THREADS` threads from
    the moment it is made, at most ``ahead_bytes`` past the range last handed out (always at least one range).
    A tuple of ranges is read into one allocation, each range's tensor right after the one before it, so a
    caller can join them without copying. Raises :class:`TruncatedFile` when a file is shorter than a range
    says. ``close`` drops what is queued."""

    def __init__(
        self,
        ranges: Iterable[FileRange | tuple[FileRange, ...]],
        *,
        ahead_bytes: float = AHEAD_BYTES,
        threads: int = READ_THREADS,
    ):
        self._ranges = iter(ranges)
        self._ahead_limit = ahead_bytes
        self._ahead = 0
        self._pending: deque[tuple[torch.Tensor, list[Future[None]]]] = deque()
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="weight-read")
        self._fill()

    def __iter__(self) -> Iterator[torch.Tensor]:
        return self

    def __next__(self) -> torch.Tensor:
        if not self._pending:
            self.close()
            raise StopIteration
        buffer, pieces = self._pending.popleft()
        self._ahead -= buffer.numel()
        self._fill()  # the next reads start before this one is waited for
        try:
            for piece in pieces:
                piece.result()
        except BaseException:
            self.close()
            raise
        return buffer

    def close(self) -> None:
        self._pending.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _fill(self) -> None:
        while self._ahead < self._ahead_limit or not self._pending:
            item = next(self._ranges, None)
            if item is None:
                return
            group = item if isinstance(item, tuple) else (item,)
            buffer = torch.empty(sum(r.end - r.begin for r in group), dtype=torch.uint8)  # touched by the readers
            start = 0
            for part in group:
                view = buffer[start : start + part.end - part.begin]
                pieces = [
                    self._pool.submit(_read_piece, part.path, part.begin + at, view[at : at + PIECE_BYTES])
                    for at in range(0, view.numel(), PIECE_BYTES)
                ]
                self._pending.append((view, pieces))
                start += view.numel()
            self._ahead += buffer.numel()


def _read_piece(path: Path, offset: int, into: torch.Tensor) -> None:
    with open(path, "rb") as fh:
        fh.seek(offset)
        # numpy's stubs give ndarray the buffer protocol only from Python 3.12 on; it has it on every version
        if fh.readinto(into.numpy()) != into.numel():  # pyright: ignore[reportArgumentType]
            raise TruncatedFile(path)


def map_range(file_range: FileRange) -> torch.Tensor:
    """The bytes of ``file_range`` as a uint8 tensor backed by the file's pages through a private mapping of
    that range alone, made without reading anything: its pages come in as they are first read, and the mapping
    ends when the tensor is freed. (A safetensors handle maps the whole file, and its pages stay mapped as
    long as any one of its tensors lives.) Raises :class:`TruncatedFile` when the file is shorter than the
    range says: reading past its end through a mapping would kill the process."""
    length = file_range.end - file_range.begin
    with open(file_range.path, "rb") as fh:
        if os.fstat(fh.fileno()).st_size < file_range.end:
            raise TruncatedFile(file_range.path)
        if length == 0:
            return torch.empty(0, dtype=torch.uint8)
        start = file_range.begin - file_range.begin % mmap.ALLOCATIONGRANULARITY
        # copy-on-write: the tensor is writable, and a write would never reach the file
        mapping = mmap.mmap(fh.fileno(), file_range.end - start, access=mmap.ACCESS_COPY, offset=start)
    return torch.frombuffer(mapping, dtype=torch.uint8, count=length, offset=file_range.begin - start)
