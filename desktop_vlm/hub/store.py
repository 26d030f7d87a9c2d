"""The local model store: one folder per model, a manifest written last.

Layout under the models folder:
- ``<owner>--<name>/`` — an installed model: its files plus ``.desktop-vlm.json`` (the manifest: repo,
  commit, files with sizes and checksums). A folder without a manifest is not installed.
- ``.staging/<owner>--<name>/`` — a download in progress (``*.part`` files resume from their size; a
  ``.desktop-vlm-staging.json`` records the commit and checksums they belong to); it is renamed to its
  final place in one step once every file is verified. An install being replaced is first moved aside
  to ``.staging/<owner>--<name>.old`` so no manifest ever describes files that are gone.
- ``<name>.ref.json`` — an imported folder kept where it is ("reference"), pointing at that path.

Model ids are compared exactly (``local/MODEL`` never finds ``local/Model``); a new id that differs from an
installed one only by case is treated as taken, since both would share a folder on a case-insensitive disk.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..config.settings import atomic_write_text
from ..core.errors import CheckpointError
from ..core.formats import (
    MAX_CHECKPOINT_JSON_BYTES,
    STORE_MANIFEST,
    gguf_error,
    gguf_names,
    model_folders_in,
    one_level_up_error,
)
from ..core.hf_cache import repo_id_from_cache_path, snapshot_of
from ..core.lfs_pointers import refuse_lfs_pointers
from ..core.messages import Message
from ..runtime.registry import detect_format
from .diskspace import check_space
from .errors import HubError
from .local_copy import copy_model_files

MANIFEST = STORE_MANIFEST
STAGING = ".staging"
STAGING_MARKER = ".desktop-vlm-staging.json"


@dataclass(frozen=True)
class InstalledModel:
    model_id: str
    path: Path
    size_bytes: int
    family: str
    source: str  # "download" | "import-copy" | "import-reference"
    verified_at: float | None  # when every file last matched its checksum (None: never checked)
    commit: str = ""  # the hub commit downloaded ("local" for imports)
    problems: tuple[Message, ...] = ()  # what the last verification found wrong; empty when it passed
    origin: str = ""  # the folder an import came from ("" for downloads)

    @property
    def state(self) -> str:
        """ "damaged" (last check failed), "verified" or "unverified" (a referenced folder)."""
        return "damaged" if self.problems else "verified" if self.verified_at else "unverified"


@dataclass(frozen=True)
class PartialDownload:
    model_id: str
    bytes_on_disk: int
    total_bytes: int  # 0 when unknown


def _problem(entry: object) -> Message:
    """A problem as the manifest keeps it: a message's JSON form, or (written by an older version) its text."""
    if isinstance(entry, dict):
        try:
            return Message.from_json(entry)
        except (KeyError, TypeError, AttributeError):
            pass
    return Message("{text}", text=str(entry))


class ModelStore:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def folder(self, model_id: str) -> Path:
        return self.root / model_id.replace("/", "--")

    def staging(self, model_id: str) -> Path:
        return self.root / STAGING / model_id.replace("/", "--")

    def installed(self) -> list[InstalledModel]:
        """Installed models, read from disk only (never the network). Staging folders and folders whose
        manifest is missing or unreadable are not installed."""
        models = []
        for entry in sorted(self.root.iterdir()):
            try:
                if entry.is_dir() and (entry / MANIFEST).is_file():
                    data = json.loads((entry / MANIFEST).read_text(encoding="utf-8"))
                    models.append(
                        InstalledModel(
                            data["model_id"],
                            entry,
                            _size(entry),
                            data.get("family", "?"),
                            data.get("source", "download"),
                            data.get("verified_at"),
                            data.get("commit", ""),
                            tuple(_problem(entry) for entry in data.get("problems", ())),
                            data.get("imported_from", ""),
                        )
                    )
                elif entry.name.endswith(".ref.json"):
                    data = json.loads(entry.read_text(encoding="utf-8"))
                    target = Path(data["path"])
                    models.append(
                        InstalledModel(
                            data["model_id"],
                            target,
                            _size(target) if target.is_dir() else 0,
                            data.get("family", "?"),
                            "import-reference",
                            None,
                            "local",
                            ()
                            if target.is_dir()
                            else (Message("the folder it was used from is gone: {folder}", folder=target),),
                            str(target),
                        )
                    )
            except (OSError, ValueError, KeyError, TypeError):
                continue  # a damaged manifest: listed as not installed, so a pull starts it afresh
        return models

    def get(self, model_id: str) -> InstalledModel | None:
        """The installed model with exactly this id."""
        return next((m for m in self.installed() if m.model_id == model_id), None)

    def _not_installed(self, model_id: str) -> HubError:
        """ "not installed", naming an installed id that differs only by case (never taken in its place)."""
        alike = [m.model_id for m in self.installed() if m.model_id.lower() == model_id.lower()]
        hint = Message("Did you mean {model_id}? Model ids are case-sensitive.", model_id=alike[0]) if alike else None
        return HubError(Message("{model_id} is not installed.", model_id=model_id), hint=hint)

    def _taken(self, model_id: str) -> bool:
        """Whether ``model_id`` is in use, ignoring case: installed, or a folder or reference on disk."""
        ids = {m.model_id.lower() for m in self.installed()}
        names = {p.name.lower() for p in self.root.iterdir()}
        base = model_id.replace("/", "--").lower()
        return model_id.lower() in ids or base in names or f"{base}.ref.json" in names

    def finalize(self, model_id: str, family: str, commit: str, files: list[dict], **extra: str) -> Path:
        """Write the manifest (``extra`` fields included) into the staging folder, then move it into place in
        one rename."""
        staging, final = self.staging(model_id), self.folder(model_id)
        manifest = {
            "model_id": model_id,
            "family": family,
            "commit": commit,
            "files": files,
            "source": "download",
            "verified_at": time.time(),
        } | extra
        (staging / STAGING_MARKER).unlink(missing_ok=True)
        atomic_write_text(staging / MANIFEST, json.dumps(manifest, indent=1))
        old = staging.with_name(staging.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if final.exists():  # moved aside in one rename: a crash here leaves no install, and a complete staging
            final.replace(old)
        staging.replace(final)
        shutil.rmtree(old, ignore_errors=True)
        return final

    def prepare_staging(self, model_id: str, commit: str, checksums: dict[str, str], total_bytes: int = 0) -> Path:
        """The staging folder for ``commit`` (``checksums``: path -> the hub's checksum of each file).

        Bytes staged for another commit are kept only for files whose checksum did not change; a staging
        folder without a record (left by an older version) keeps only complete files that verify against
        ``checksums``. Call with the download lock held.
        """
        staging = self.staging(model_id)
        staging.mkdir(parents=True, exist_ok=True)
        marker = staging / STAGING_MARKER
        try:
            before = json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            before = None
        if not isinstance(before, dict) or before.get("commit") != commit:
            old = before.get("checksums", {}) if isinstance(before, dict) else None
            for path in [p for p in staging.rglob("*") if p.is_file() and p != marker]:
                rel = path.relative_to(staging).as_posix().removesuffix(".part")
                if old is not None:
                    keep = rel in checksums and old.get(rel) == checksums[rel]
                else:  # unknown origin: a .part is checked when complete; a whole file must match now
                    keep = rel in checksums and (path.name.endswith(".part") or _matches(path, checksums[rel]))
                if not keep:
                    path.unlink()
        record = {"model_id": model_id, "commit": commit, "total_bytes": total_bytes, "checksums": checksums}
        atomic_write_text(marker, json.dumps(record))
        return staging

    def partial_downloads(self) -> list[PartialDownload]:
        """Downloads paused, cancelled by a crash or interrupted, with their bytes on disk (read from disk
        only): what a "Resume" button offers after a restart."""
        out = []
        staging_root = self.root / STAGING
        for folder in sorted(staging_root.iterdir()) if staging_root.is_dir() else ():
            try:
                record = json.loads((folder / STAGING_MARKER).read_text(encoding="utf-8"))
                out.append(
                    PartialDownload(
                        record["model_id"],
                        _size(folder) - (folder / STAGING_MARKER).stat().st_size,
                        int(record.get("total_bytes", 0)),
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue  # not a download folder (an install being replaced), or one from an older version
        return out

    def remove(self, model_id: str) -> None:
        model = self.get(model_id)
        if model is None:
            raise self._not_installed(model_id)
        if model.source == "import-reference":
            (self.root / f"{model.model_id.replace('/', '--')}.ref.json").unlink()
        else:
            shutil.rmtree(model.path)

    @contextlib.contextmanager
    def download_lock(self, model_id: str):
        """Held while a process downloads ``model_id``: a second process (the app and the CLI at once)
        is refused instead of writing the same ``.part`` files. The OS drops the lock when the holder
        dies, so a killed download never blocks its resume."""
        lock = self.root / STAGING / (model_id.replace("/", "--") + ".lock")
        lock.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if not _try_lock(fd):
                raise HubError(
                    Message(
                        "{model_id} is already being downloaded by another Desktop VLM process.", model_id=model_id
                    ),
                    hint=Message("Wait for it to finish, or pause it there first."),
                )
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def discard_staging(self, model_id: str, *, locked: bool = False) -> None:
        """Delete a paused or cancelled download's bytes. Refused (HubError) while another process is
        downloading the model; ``locked``: the caller already holds :meth:`download_lock`."""
        if locked:
            shutil.rmtree(self.staging(model_id), ignore_errors=True)
        else:
            with self.download_lock(model_id):
                shutil.rmtree(self.staging(model_id), ignore_errors=True)

    def import_folder(
        self, source: Path, *, copy: bool = True, on_note: Callable[[str], None] = lambda text: None
    ) -> InstalledModel:
        """Add a local checkpoint folder, validated as a supported format first.

        ``copy``: its files are copied into the store (see :func:`copy_model_files`: links never lead out
        of the folder, code and pickles stay behind); else the folder is used where it is. The id is
        ``local/<folder name>``, or ``local/<folder name>-2``… when another folder took that name (said
        through ``on_note``). Importing the same folder twice is refused.
        """
        source = snapshot_of(Path(source).expanduser().resolve())  # a cache repository folder: its snapshot
        family = validate_folder(source)
        for model in self.installed():
            if model.origin == str(source):
                hint = Message(
                    "To import it again, remove it first: desktop-vlm models rm {model_id}", model_id=model.model_id
                )
                raise HubError(
                    Message("{folder} is already imported as {model_id}.", folder=source, model_id=model.model_id),
                    hint=hint,
                )
        name = _local_name(source)
        model_id = self._free_local_id(name)
        if model_id != f"local/{name}":
            on_note(f"local/{name} is another folder already; this one is imported as {model_id}.")
        if copy:
            self._import_copy(source, model_id, family, on_note)
        else:
            ref = {"model_id": model_id, "path": str(source), "family": family}
            atomic_write_text(self.root / f"{model_id.replace('/', '--')}.ref.json", json.dumps(ref))
        imported = self.get(model_id)
        if imported is None:  # written a moment ago: only a folder removed meanwhile gets here
            raise self._not_installed(model_id)
        return imported

    def _free_local_id(self, name: str) -> str:
        model_id, n = f"local/{name}", 1
        while self._taken(model_id):
            n += 1
            model_id = f"local/{name}-{n}"
        return model_id

    def _import_copy(self, source: Path, model_id: str, family: str, on_note: Callable[[str], None]) -> None:
        """Copy into staging, check the copy, then install it in one rename; a failure leaves no staging."""
        from .download import file_digest

        staging = self.staging(model_id)
        shutil.rmtree(staging, ignore_errors=True)
        try:
            copy_model_files(source, staging, lambda need: check_space(self.root, need), on_note)
            validate_folder(staging)
            copied = [p for p in sorted(staging.rglob("*")) if p.is_file()]
            files = [
                {"path": p.relative_to(staging).as_posix(), "size": p.stat().st_size, "sha256": file_digest(p)}
                for p in copied
            ]
            # a copy out of a Hugging Face cache keeps the repository it came from (identifies the model when its
            # own files do not say, e.g. which system message the repository's code sets)
            origin = {"source_repo": repo} if (repo := repo_id_from_cache_path(source)) else {}
            self.finalize(model_id, family, "local", files, source="import-copy", imported_from=str(source), **origin)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise

    def verify(self, model_id: str) -> list[Message]:
        """Re-check every file of an installed model against its manifest; returns the problems found."""
        from .download import file_digest

        model = self.get(model_id)
        if model is None:
            raise self._not_installed(model_id)
        if model.source == "import-reference":
            if not model.path.is_dir():  # moved, or deleted with the cache it lay in
                raise HubError(
                    Message(
                        "{model_id} was used where it lay, in {folder}, and that folder is gone.",
                        model_id=model_id,
                        folder=model.path,
                    ),
                    hint=Message(
                        "Import it again from where it is now, or remove it: desktop-vlm models rm {model_id}",
                        model_id=model_id,
                    ),
                )
            validate_folder(model.path)
            return []
        data = json.loads((model.path / MANIFEST).read_text(encoding="utf-8"))
        problems: list[Message] = []
        for f in data["files"]:
            path = model.path / f["path"]
            if not path.is_file():
                problems.append(Message("{file} is missing", file=f["path"]))
            elif path.stat().st_size != f["size"]:
                problems.append(Message("{file} has the wrong size", file=f["path"]))
            elif f.get("sha256") and file_digest(path) != f["sha256"]:
                problems.append(Message("{file} does not match its sha256", file=f["path"]))
            elif not f.get("sha256") and f.get("git_oid") and not _matches(path, f"sha1:{f['git_oid']}"):
                problems.append(Message("{file} does not match its checksum", file=f["path"]))
        if not problems:
            data["verified_at"] = time.time()
        # listed as damaged until a repair (pull --repair) or a passing check; kept as templates, so that the
        # model manager says them in the window's language
        data["problems"] = [problem.to_json() for problem in problems]
        atomic_write_text(model.path / MANIFEST, json.dumps(data, indent=1))
        return problems

    def free_bytes(self) -> int:
        return shutil.disk_usage(self.root).free


def _local_name(source: Path) -> str:
    """The name an imported folder's id is made of: a cache snapshot's repository name, not its commit."""
    repo = repo_id_from_cache_path(source) if source.parent.name == "snapshots" else None
    return repo.rsplit("/", 1)[1] if repo else source.name


def validate_folder(path: Path) -> str:
    """The family of a local checkpoint folder, or a clear error saying why it is not usable."""
    config = path / "config.json"
    if not config.is_file():
        gguf = gguf_names(p.name for p in path.iterdir()) if path.is_dir() else []
        if gguf:
            raise gguf_error(
                Message(
                    "{name} holds GGUF files ({files}) and no config.json", name=path.name, files=", ".join(gguf[:3])
                )
            )
        inside = model_folders_in(path) if path.is_dir() else []
        if inside:
            raise one_level_up_error(path, inside)
        raise CheckpointError(Message("{folder} has no config.json; it is not a model folder.", folder=path))
    if config.stat().st_size > MAX_CHECKPOINT_JSON_BYTES:
        raise CheckpointError(
            Message(
                "{path} is {size:,} bytes, more than a model's config.json can be.",
                path=config,
                size=config.stat().st_size,
            )
        )
    try:
        family = detect_format(json.loads(config.read_bytes().decode("utf-8"))).family
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
        nested = Message("nested too deeply") if isinstance(err, RecursionError) else str(err)
        reason = getattr(err, "strerror", None) or nested
        raise CheckpointError(Message("{path} is not readable JSON ({reason}).", path=config, reason=reason)) from None
    refuse_lfs_pointers(path)
    if not any(path.glob("*.safetensors")):
        raise CheckpointError(
            Message("{folder} has no .safetensors weights (pickle weights are not loaded, for safety).", folder=path)
        )
    return family


def _try_lock(fd: int) -> bool:
    """An exclusive, non-blocking lock on an open file (flock on POSIX, msvcrt on Windows)."""
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def checksum_key(sha256: str | None, git_oid: str | None, size: int) -> str:
    """How a file's expected content is named in the staging record: ``sha256:…``, ``sha1:…`` (a git
    blob id) or, where the hub published neither, ``size:…``."""
    return f"sha256:{sha256}" if sha256 else f"sha1:{git_oid}" if git_oid else f"size:{size}"


def _matches(path: Path, key: str) -> bool:
    from .download import file_digest

    kind, _, value = key.partition(":")
    size = path.stat().st_size
    if kind == "sha256":
        return file_digest(path) == value
    if kind == "sha1":
        return file_digest(path, "sha1", f"blob {size}\0".encode()) == value
    return str(size) == value


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
