"""The attachment kinds, found by module: every module in ``media/attachment_kinds/`` defining ``KIND`` (an
:class:`~desktop_vlm.media.kind_spec.AttachmentKind`), plus the ``*.py`` files in the folders named by the
``DESKTOP_VLM_KIND_PATH`` environment variable (``os.pathsep``-separated, so child processes see them too) or
added with :func:`add_kind_folder`. No Qt, no torch: the history and the CLI ask it too.

Adding a kind is adding one module (docs/adding-an-attachment-kind.md); nothing else names a kind.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import os
import pkgutil
import re
from pathlib import Path

from ..core.errors import MediaError
from ..core.messages import Message
from . import attachment_kinds
from .kind_spec import CHIP_EXTRAS, CHIP_PAGES, COMMON_META_FIELDS, AttachmentKind, MetaField
from .unreadable import unreadable

KIND_PATH_VARIABLE = "DESKTOP_VLM_KIND_PATH"
HEAD_BYTES = 1024  # what sniffing reads of a file: an animated GIF says so after its colour table (up to 781)
_EXTRA_FOLDERS: list[Path] = []


def add_kind_folder(folder: Path) -> None:
    """Also load the kinds defined by the ``*.py`` files in ``folder``."""
    folder = Path(folder).resolve()
    if folder not in _EXTRA_FOLDERS:
        _EXTRA_FOLDERS.append(folder)
        kinds.cache_clear()


def _load_file(path: Path) -> AttachmentKind:
    """The ``KIND`` of a module outside the package, imported under a name of its own (two folders may both have
    a ``sketch.py``; the duplicate-name check below then says so)."""
    spec = importlib.util.spec_from_file_location(f"desktop_vlm_attachment_kind_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load the attachment kind in {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.KIND


@functools.cache
def kinds() -> tuple[AttachmentKind, ...]:
    """Every kind, in the order they are listed (``AttachmentKind.order``, then name)."""
    own = attachment_kinds.__path__
    modules = [f"{attachment_kinds.__name__}.{info.name}" for info in pkgutil.iter_modules(own) if not info.ispkg]
    found = [importlib.import_module(name).KIND for name in modules]
    from_environment = [Path(p) for p in os.environ.get(KIND_PATH_VARIABLE, "").split(os.pathsep) if p]
    for folder in dict.fromkeys([*_EXTRA_FOLDERS, *from_environment]):
        found += [_load_file(path) for path in sorted(folder.glob("*.py")) if not path.name.startswith("_")]
    for kind in found:
        _check(kind)
    names = [k.name for k in found]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise RuntimeError(f"two attachment kinds are called {', '.join(duplicated)}")
    listed = tuple(sorted(found, key=lambda k: (k.order, k.name)))
    _fields(listed)  # two kinds must not bound one detail differently
    return listed


def _check(kind: AttachmentKind) -> None:
    """Refuse a declaration the rest of the app could not honour, naming the kind."""
    problems = []
    if not re.fullmatch(r"[a-z][a-z0-9_-]*", kind.name):
        problems.append("the name must be lower-case letters, digits, '-' or '_'")
    if not kind.extensions or any(not e.startswith(".") or e != e.lower() for e in kind.extensions):
        problems.append("extensions are lower-case and start with a dot")
    if kind.chip is not None and kind.chip not in CHIP_EXTRAS:
        problems.append(f"chip must be one of {CHIP_EXTRAS} or None")
    if kind.chip == CHIP_PAGES and kind.pages is None:
        problems.append("the pages chip needs `pages`")
    if (kind.narrows is None) != (kind.claims is None):
        problems.append("`narrows` and `claims` go together")
    declared: set[str] = set()
    for detail in kind.meta_fields:
        if detail.below is not None and detail.below not in declared:
            problems.append(f"{detail.name} is bounded by {detail.below}, which must be declared before it")
        declared.add(detail.name)
    if problems:
        raise RuntimeError(f"attachment kind {kind.name!r}: {'; '.join(problems)}")


def kind(name: str) -> AttachmentKind:
    """The kind called ``name``.

    Raises
    ------
    MediaError
        No kind has that name (e.g. a history written with a kind this installation does not have).
    """
    found = find_kind(name)
    if found is None:
        raise MediaError(
            Message("Attachments of the kind {kind!r} cannot be read by this version of Desktop VLM.", kind=name)
        )
    return found


def find_kind(name: str) -> AttachmentKind | None:
    """The kind called ``name``, or None."""
    return next((k for k in kinds() if k.name == name), None)


def is_picture_file(name: str) -> bool:
    """Whether attachments of the kind called ``name`` are files a browser shows as pictures (exports embed them,
    the chat shows them without a caption); False for a name no kind has."""
    found = find_kind(name)
    return found is not None and found.file_is_picture


def kind_names() -> tuple[str, ...]:
    return tuple(k.name for k in kinds())


def sniff(head: bytes) -> AttachmentKind | None:
    """The kind whose signature the first bytes of a file carry, asking kinds in their ``sniff_order``."""
    for candidate in sorted(kinds(), key=lambda k: k.sniff_order):
        if candidate.sniff(head):
            return candidate
    return None


def supported_text() -> str | Message:
    """ "images (PNG, JPEG, …), videos (…) and PDF documents": what can be attached, for messages."""
    *others, last = [k.listed_as for k in kinds()]
    if not others:
        return last
    # a list is a chain of messages, so that a language puts its own comma and "and" between the kinds
    listed = others[0]
    for item in others[1:]:
        listed = Message("{items}, {next_item}", items=listed, next_item=item)
    return Message("{items} and {last_item}", items=listed, last_item=last)


def extension_patterns() -> str:
    """ "*.png *.jpg … *.pdf": every kind's extensions, for a file dialog's filter."""
    return " ".join(f"*{e}" for k in kinds() for e in k.extensions)


def detect_kind(path: Path) -> str:
    """What a dropped file is: the name of its kind.

    The content decides (magic bytes), so a PNG named ``.jpg`` is an image; the extension is used only
    when no kind recognises the content (formats without a reliable signature), and a kind's weak test of the
    content (text without a known extension: a README, a Makefile) only when neither did. A kind that narrows
    the one found (a scan of many pages, which starts as any picture does) then has the file if it claims it:
    only a file on disk is asked, so the first bytes alone (:func:`recognise`) give the wider kind.

    Raises
    ------
    MediaError
        Missing, empty, a folder, or neither content nor extension is one we read; the message lists the
        supported formats.
    """
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except FileNotFoundError:
        raise MediaError(Message("File not found: {path}", path=str(path))) from None
    except IsADirectoryError:
        raise MediaError(Message("{name} is a folder, not a file.", name=path.name)) from None
    except OSError as err:
        raise MediaError(
            Message("Cannot read {name}: {reason}.", name=path.name, reason=err.strerror or str(err))
        ) from None
    if not head:
        raise MediaError(Message("{name} is empty.", name=path.name))
    found = recognise(path.name, head)
    narrower = (k for k in kinds() if k.narrows == found and k.claims is not None and k.claims(path))
    return next((k.name for k in narrower), found)


def recognise(name: str, head: bytes) -> str:
    """The name of the kind of a file called ``name`` whose first bytes are ``head`` (see :func:`detect_kind`).

    Raises
    ------
    MediaError
        Neither the content nor the extension is one we read.
    """
    ordered = sorted(kinds(), key=lambda k: k.sniff_order)
    found = sniff(head)
    if found is None:
        # an extension two kinds list (".ts": a video stream or TypeScript) goes to the one whose weak test of
        # the content passes, else to the first
        by_extension = [k for k in ordered if Path(name).suffix.lower() in k.extensions]
        found = next((k for k in by_extension if _recognised_last(k, head)), next(iter(by_extension), None))
    if found is None:  # no signature and no extension: a kind's weak test of the content (plain text)
        found = next((k for k in ordered if _recognised_last(k, head)), None)
    if found is None:
        raise unreadable(name, head, supported_text())
    return found.name


def _recognised_last(candidate: AttachmentKind, head: bytes) -> bool:
    return candidate.recognise_last is not None and candidate.recognise_last(head)


def meta_fields() -> tuple[MetaField, ...]:
    """Every detail a stored attachment may have with its bounds: the common ones, then each kind's."""
    return _fields(kinds())


def _fields(listed: tuple[AttachmentKind, ...]) -> tuple[MetaField, ...]:
    by_name: dict[str, MetaField] = {}
    for detail in [*COMMON_META_FIELDS, *(d for k in listed for d in k.meta_fields)]:
        if by_name.setdefault(detail.name, detail) != detail:
            raise RuntimeError(f"two attachment kinds bound the detail {detail.name!r} differently")
    return tuple(by_name.values())
