"""Reading byte ranges of files on several threads, in order, a bounded amount ahead."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import torch

from desktop_vlm.runtime import file_reads
from desktop_vlm.runtime.file_reads import FileRange, ReadAhead, TruncatedFile


def _file(tmp_path: Path, size: int) -> tuple[Path, bytes]:
    data = torch.randint(0, 256, (size,), dtype=torch.uint8, generator=torch.Generator().manual_seed(size))
    path = tmp_path / "weights.bin"
    path.write_bytes(data.numpy().tobytes())
    return path, data.numpy().tobytes()


def test_ranges_come_back_in_order_with_their_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(file_reads, "PIECE_BYTES", 1000)  # ranges of several pieces, and a piece's remainder
    path, data = _file(tmp_path, 20_000)
    spans = [(7_000, 19_999), (0, 10), (10, 10), (3_000, 5_500), (19_999, 20_000)]
    read = list(ReadAhead([FileRange(path, begin, end) for begin, end in spans], ahead_bytes=2_500))
    assert [bytes(buffer.numpy()) for buffer in read] == [data[begin:end] for begin, end in spans]


def test_ranges_read_together_lie_back_to_back_in_one_allocation(tmp_path, monkeypatch):
    monkeypatch.setattr(file_reads, "PIECE_BYTES", 1000)
    path, data = _file(tmp_path, 20_000)
    spans = [(0, 10), (12_000, 14_500), (3_000, 5_500), (7_000, 7_000), (19_000, 20_000)]
    together = tuple(FileRange(path, begin, end) for begin, end in spans[1:4])
    read = list(ReadAhead([FileRange(path, *spans[0]), together, FileRange(path, *spans[4])], ahead_bytes=1))
    assert [bytes(buffer.numpy()) for buffer in read] == [data[begin:end] for begin, end in spans]
    joined = read[1:4]
    assert len({buffer.untyped_storage().data_ptr() for buffer in joined}) == 1
    assert [buffer.storage_offset() for buffer in joined] == [0, 2_500, 5_000]
    assert read[0].untyped_storage().data_ptr() != joined[0].untyped_storage().data_ptr()


def test_pieces_are_read_on_several_threads_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr(file_reads, "PIECE_BYTES", 1000)
    path, data = _file(tmp_path, 4_000)
    both_reading = threading.Barrier(2, timeout=10)  # broken (and the read fails) unless two reads overlap
    read_piece = file_reads._read_piece

    def meeting_read(*args):
        both_reading.wait()
        read_piece(*args)

    monkeypatch.setattr(file_reads, "_read_piece", meeting_read)
    (buffer,) = ReadAhead([FileRange(path, 0, 2_000)], threads=2)
    assert bytes(buffer.numpy()) == data[:2_000]


def test_reads_ahead_only_so_far(tmp_path, monkeypatch):
    path, _data = _file(tmp_path, 10_000)
    started: list[int] = []
    read_piece = file_reads._read_piece
    monkeypatch.setattr(
        file_reads, "_read_piece", lambda p, offset, into: (started.append(offset), read_piece(p, offset, into))
    )
    ranges = [FileRange(path, start, start + 1_000) for start in range(0, 10_000, 1_000)]
    read = ReadAhead(ranges, ahead_bytes=3_000)
    first = next(read)
    assert len(first) == 1_000
    read.close()
    assert len(started) <= 4  # three ahead of the one handed out, not the whole file
    assert sorted(started)[:2] == [0, 1_000]


def test_a_short_file_is_reported(tmp_path):
    path, _data = _file(tmp_path, 100)
    read = ReadAhead([FileRange(path, 0, 50), FileRange(path, 50, 150)])
    assert len(next(read)) == 50
    with pytest.raises(TruncatedFile):
        next(read)


def test_close_stops_the_reading_threads(tmp_path):
    path, _data = _file(tmp_path, 1_000)
    read = ReadAhead([FileRange(path, 0, 500), FileRange(path, 500, 1_000)])
    read.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("weight-read")]


def _mapped_from(path: Path) -> int:
    """How many of this process's mappings are of ``path`` (Linux's /proc)."""
    return sum(1 for line in Path("/proc/self/maps").read_text().splitlines() if line.endswith(str(path)))


@pytest.mark.skipif(not Path("/proc/self/maps").is_file(), reason="counts mappings through Linux's /proc")
def test_a_range_mapped_alone_has_its_bytes_and_is_unmapped_when_freed(tmp_path):
    path, data = _file(tmp_path, 200_000)
    spans = [(0, 10), (70_001, 140_003), (199_990, 200_000), (5, 5)]
    tensors = [file_reads.map_range(FileRange(path, begin, end)) for begin, end in spans]
    assert [bytes(t.numpy()) for t in tensors] == [data[begin:end] for begin, end in spans]
    assert _mapped_from(path) == 3  # the empty range maps nothing
    tensors[1][0] = 0  # a private copy: writable, and the file keeps its bytes
    assert path.read_bytes() == data
    del tensors
    assert _mapped_from(path) == 0


def test_a_range_past_the_end_of_its_file_is_refused_before_it_is_mapped(tmp_path):
    path, _ = _file(tmp_path, 1_000)
    with pytest.raises(TruncatedFile):
        file_reads.map_range(FileRange(path, 900, 1_001))
