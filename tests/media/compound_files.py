"""Compound files (the container of Office 97–2003 files and Outlook messages) written for tests: streams by path,
small ones in the mini stream as Office writes them, so a reader meets the layout real files have. Version 3
(512-byte sectors), no more than 109 FAT sectors (files up to about 7 MB)."""

from __future__ import annotations

import struct

SECTOR, MINI_SECTOR, MINI_CUTOFF = 512, 64, 4096
FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_STORAGE, _STREAM, _ROOT = 1, 2, 5


def _padded(data: bytes, size: int) -> bytes:
    return data + bytes(-len(data) % size)


class _Entry:
    def __init__(self, name: str, kind: int, data: bytes = b""):
        self.name, self.kind, self.data = name, kind, data
        self.children: dict[str, _Entry] = {}
        self.start, self.size = END_OF_CHAIN, 0
        self.left = self.right = self.child = NO_STREAM
        self.index = 0


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A compound file holding ``streams`` (``"storage/stream"`` paths to their bytes)."""
    root = _Entry("Root Entry", _ROOT)
    for path, data in streams.items():
        *storages, name = path.split("/")
        parent = root
        for storage in storages:
            parent = parent.children.setdefault(storage, _Entry(storage, _STORAGE))
        parent.children[name] = _Entry(name, _STREAM, data)
    entries: list[_Entry] = []

    def number(entry: _Entry) -> None:
        entry.index = len(entries)
        entries.append(entry)
        for child in entry.children.values():
            number(child)

    number(root)
    for entry in entries:  # each storage's children as a chain of right siblings, all black: a valid tree
        kids = sorted(entry.children.values(), key=lambda e: (len(e.name), e.name.upper()))
        if kids:
            entry.child = kids[0].index
            for before, after in zip(kids, kids[1:]):
                before.right = after.index
    mini = bytearray()
    mini_fat: list[int] = []
    regular = bytearray()
    fat: list[int] = []

    def chain(table: list[int], count: int) -> int:
        first = len(table)
        table.extend(range(first + 1, first + count))
        table.append(END_OF_CHAIN)
        return first

    for entry in entries:
        if entry.kind != _STREAM:
            continue
        entry.size = len(entry.data)
        if not entry.data:
            continue
        if entry.size < MINI_CUTOFF:
            entry.start = chain(mini_fat, -(-entry.size // MINI_SECTOR))
            mini += _padded(entry.data, MINI_SECTOR)
        else:
            entry.start = chain(fat, -(-entry.size // SECTOR))
            regular += _padded(entry.data, SECTOR)
    if mini:
        root.start, root.size = chain(fat, len(mini) // SECTOR + (len(mini) % SECTOR > 0)), len(mini)
        regular += _padded(bytes(mini), SECTOR)
    mini_fat_start = chain(fat, -(-len(mini_fat) * 4 // SECTOR)) if mini_fat else END_OF_CHAIN
    if mini_fat:
        regular += _padded(struct.pack(f"<{len(mini_fat)}I", *mini_fat), SECTOR)
    directory = b"".join(_directory_entry(entry) for entry in entries)
    directory_start = chain(fat, -(-len(directory) // SECTOR))
    regular += _padded(directory, SECTOR)
    fat_sectors = 1
    while (len(fat) + fat_sectors) > fat_sectors * SECTOR // 4:
        fat_sectors += 1
    fat_start = len(fat)
    fat += [FAT_SECTOR] * fat_sectors
    table = fat + [FREE] * (fat_sectors * SECTOR // 4 - len(fat))
    regular += struct.pack(f"<{len(table)}I", *table)
    difat = list(range(fat_start, fat_start + fat_sectors)) + [FREE] * (109 - fat_sectors)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", bytes(16), 0x3E, 3, 0xFFFE, 9, 6, bytes(6), 0, fat_sectors,
        directory_start, 0, MINI_CUTOFF, mini_fat_start, -(-len(mini_fat) * 4 // SECTOR), END_OF_CHAIN, 0,
    )  # fmt: skip
    return _padded(header + struct.pack("<109I", *difat), SECTOR) + bytes(regular)


def _directory_entry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le") + b"\0\0"
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        name, len(name), entry.kind, 1, entry.left, entry.right, entry.child, bytes(16), 0, 0, 0,
        entry.start, entry.size,
    )  # fmt: skip
