"""The property modifiers of a Word 97–2003 document, which its paragraph and character properties are lists of, and
the 512-byte pages those lists are kept in: what :mod:`.word97_text` (paragraphs) and :mod:`.word97_pictures`
(characters showing pictures) both read.

A modifier (sprm) is a two-byte code whose top three bits say how long its operand is; a few say it in a byte
ahead of the operand, and two write it their own way.
"""

from __future__ import annotations

import struct

PAGE = 512  # the size of a formatted-disk page of paragraph or character properties
_TABLE_DEFINITION, _TABS = 0xD608, 0xC615  # modifiers whose operand length is not one byte ahead of it
_OPERAND_BYTES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by the modifier's top three bits; 6 is variable


def modifiers(grpprl: bytes) -> dict[int, int]:
    """The one-, two- and four-byte operands of a list of property modifiers, by modifier; a modifier the list is too
    short for ends it."""
    values: dict[int, int] = {}
    at = 0
    while at + 2 <= len(grpprl):
        (sprm,) = struct.unpack_from("<H", grpprl, at)
        at += 2
        kind = sprm >> 13
        if kind != 6:
            size = _OPERAND_BYTES[kind]
        elif sprm == _TABLE_DEFINITION and at + 2 <= len(grpprl):
            size = 2 + struct.unpack_from("<H", grpprl, at)[0] - 1  # its length counts itself, less one
        elif sprm == _TABS and at < len(grpprl) and grpprl[at] == 255:
            break  # a tab list written in the long form: nothing after it that the text needs
        elif at < len(grpprl):
            size = 1 + grpprl[at]
        else:
            break
        if size == 1:
            values[sprm] = grpprl[at] if at < len(grpprl) else 0
        elif size == 2 and at + 2 <= len(grpprl):
            values[sprm] = struct.unpack_from("<H", grpprl, at)[0]
        elif size == 4 and at + 4 <= len(grpprl):
            values[sprm] = struct.unpack_from("<I", grpprl, at)[0]
        at += size
    return values


def character_properties(page: bytes, at: int) -> dict[int, int]:
    """The modifiers of the character properties stored at ``at`` of a page (0: the defaults): a length, then
    that many bytes of modifiers."""
    if at == 0 or at >= PAGE - 1:
        return {}
    return modifiers(page[at + 1 : at + 1 + page[at]])
