"""``desktop-vlm batch``: one prompt (or document template) over every image, PDF page and text file in a folder.

Each item (an image, one page of a PDF, or a text file, quoted in the question) becomes one row of the output
(.jsonl or .csv) with its status, error message and timings. Rows are flushed one by one, so a killed run loses
at most the item in progress, and running the same command again skips the items already in the output.
"""

from __future__ import annotations

import itertools
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import options
from ..core.errors import DesktopVlmError, InvalidRequestError
from ..core.messages import Message
from .arguments import int_between, password_from

if TYPE_CHECKING:  # Pillow is imported when a batch runs, not for `desktop-vlm --help`
    pass


@dataclass(frozen=True)
class BatchItem:
    """One thing to ask about: ``path`` and, for a document of pages (a PDF), a 0-based ``page``."""

    id: str
    path: Path
    page: int | None = None
    kind: str = ""  # the name of its attachment kind (media.kind_registry)


def register(sub) -> None:
    p = sub.add_parser(
        "batch",
        help="run one prompt or document template over a folder of images, PDFs and text files",
        description=__doc__,
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="[MODEL] INPUT_DIR",
        help="checkpoint folder, the id of an installed model or of one in the Hugging Face cache, or 'fake:' spec "
        "(with --remote: the remote model name, optional), then the folder of images, PDFs and text files",
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--prompt", metavar="TEXT", help="the question asked about every item")
    what.add_argument("--template", metavar="NAME", help="document template: receipt, invoice, table, form")
    p.add_argument("-o", "--output", required=True, metavar="OUT.jsonl|OUT.csv", help="results file (appended to)")
    p.add_argument(
        "--export-dir",
        metavar="DIR",
        help="with --template: also write each item's document as DIR/<item>.csv and .json",
    )
    p.add_argument(
        "--max-tiles", type=int_between(1, 40), default=None, metavar="N", help="max tiles per image (default: model's)"
    )
    p.add_argument("--max-new-tokens", type=int_between(1, 32768), default=512, metavar="N")
    p.add_argument("--retry-errors", action="store_true", help="run again the items whose last row is an error")
    p.add_argument("--device", choices=options.DEVICES, default="auto")
    p.add_argument("--dtype", choices=options.PRECISIONS, default="auto")
    p.add_argument("--remote", metavar="URL", help="use an OpenAI-compatible server instead of a local model")
    p.add_argument("--remote-model", metavar="NAME", help="model name on the remote server")
    p.add_argument("--remote-key-env", metavar="VAR", help="environment variable holding the remote API key")
    p.add_argument(
        "--password-env",
        metavar="NAME",
        help="the environment variable holding the password of the folder's password-protected PDFs and Office "
        "files (a year of bank statements under one password); files it does not open are error rows",
    )
    p.set_defaults(handler=run)


def collect_items(
    folder: Path, unlock: Callable[[Path], Path] | None = None
) -> tuple[list[BatchItem], list[tuple[str, str]]]:
    """Images, PDF pages and text files under ``folder`` in a stable order, plus ``(id, message)`` for unreadable files.
    ``unlock(path)``: the path of an unprotected copy of a password-protected file, read in its place (its ids stay
    the file's own).

    Videos are left out (a batch over frames is a different question); hidden files too.
    """
    from ..media.kind_registry import detect_kind, kind
    from ..media.unlocking import needs_password

    items: list[BatchItem] = []
    problems: list[tuple[str, str]] = []
    for original in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = original.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in Path(rel).parts):
            continue
        try:
            path = unlock(original) if unlock is not None and needs_password(original) else original
            found = kind(detect_kind(path))
            if found.pages is not None:
                count = found.pages.count(path)
                items += [BatchItem(f"{rel}#page={i + 1}", path, i, found.name) for i in range(count)]
            elif not found.as_frames:
                items.append(BatchItem(rel, path, kind=found.name))
        except DesktopVlmError as err:
            problems.append((rel, str(err)))
    return items, problems


def _load(item: BatchItem, max_tiles: int, token_room: int, question: str) -> tuple[str | None, list, str]:
    """The item's text (None for a picture or a page), the pictures sent for it, and a note ("" or how it was
    downscaled or cut), as its kind decodes it: pictures over the pixel cap are shrunk while decoding to what
    ``max_tiles`` tiles can use, PDF pages render in the sandboxed renderer, text is cut to ``token_room`` tokens
    (the passages that bear on ``question``, when all of it does not fit), a document's own pictures go with it."""
    from ..media.kind_registry import detect_kind, kind
    from ..media.kind_spec import DecodeOptions
    from ..runtime.api import VisualInput

    found = kind(item.kind or detect_kind(item.path))
    if item.page is not None and found.pages is not None:
        return None, [VisualInput(found.pages.render(item.path, item.page, max_tiles=max_tiles))], ""
    options = DecodeOptions(max_tiles=max_tiles, image_token_room=token_room, question=question)
    decoded = found.decode(found.attachment_file(item.path), options)
    if decoded.text is None:
        return None, [VisualInput(decoded.images[0])], decoded.note or ""
    pictures = [VisualInput(im, max_tiles=found.picture_tiles) for im in decoded.images]
    return decoded.text, pictures, decoded.note or ""


def run_item(
    runtime,
    item: BatchItem,
    question: str,
    template: str | None,
    max_tiles: int,
    max_new: int,
    export_dir: Path | None = None,
    export_clash: str | None = None,
) -> dict:
    """Answer one item; the row to write (status ``ok`` or ``error`` with a message). Never raises
    for a bad item, so one broken file does not stop a night's run. ``export_clash``: the earlier item
    whose export file this one's would overwrite (then its export is refused)."""
    from ..core.text_tokens import TEMPLATE_TOKENS, estimate_tokens
    from ..core.types import GenerationParams, TileParams
    from ..media.text_files import MIN_TEXT_TOKENS
    from ..runtime.api import ChatRequest
    from ..runtime.prompt import compose_question
    from .ask import MAX_REFITS

    row: dict = {
        "id": item.id,
        "file": item.path.name,
        "page": None if item.page is None else item.page + 1,
        "model": runtime.info.name,
    }
    start = time.perf_counter()
    try:
        limit = runtime.info.context_length - max_new
        room = limit - estimate_tokens(question) - TEMPLATE_TOKENS
        for tries_left in range(MAX_REFITS, -1, -1):
            text, visuals, note = _load(item, max_tiles, room, question)
            # a picture gets the model cards' placeholder; a document is quoted, after its pictures' placeholders
            documents = [(item.path.name, text)] if text is not None else []
            asked = compose_question(question, n_images=len(visuals), documents=documents)
            request = ChatRequest(
                asked,
                visuals,
                params=GenerationParams(max_new_tokens=max_new),
                tiles=TileParams(max_tiles=max_tiles),
            )
            if text is None or not tries_left or room <= MIN_TEXT_TOKENS:
                break
            counted = runtime.count_prompt_tokens(request)  # the model's tokenizer may count more than estimated
            if counted <= limit:
                break
            room = max(MIN_TEXT_TOKENS, room * limit // counted * 19 // 20)
        result = runtime.generate(request)
    except DesktopVlmError as err:
        return {**row, "status": "error", "message": str(err), "total_s": round(time.perf_counter() - start, 3)}
    except Exception as err:  # noqa: BLE001 - a bug on one item is recorded, the run goes on
        return {
            **row,
            "status": "error",
            "message": f"internal error: {type(err).__name__}: {err}",
            "total_s": round(time.perf_counter() - start, 3),
        }
    stats = result.stats
    row.update(
        status="ok",
        message=note,
        answer=result.text,
        finish_reason=result.finish_reason,
        total_s=round(time.perf_counter() - start, 3),
        time_to_first_token_s=round(stats.time_to_first_token_s, 3),
        prompt_tokens=stats.prompt_tokens,
        new_tokens=stats.new_tokens,
    )
    if template:
        from ..documents import parse_document

        doc = parse_document(template, result.text)
        row.update(data=doc.data, issues=doc.issues)
        if not doc.ok:
            row.update(status="error", message=doc.error)
        elif export_dir is not None and export_clash is not None:
            row.update(
                status="error",
                message=f"not exported: its file name would be that of {export_clash} on "
                "a case-insensitive file system; rename one of them",
            )
        elif export_dir is not None:
            from ..documents import export_document, export_stem

            # Before the results row is written: a kill in between re-runs the item, never leaves
            # a row whose files are missing.
            try:
                export_document(template, doc.data, export_dir, export_stem(item.id))
            except OSError as err:
                row.update(status="error", message=f"could not write the export: {err.strerror or err}")
    return row


class Progress:
    """A one-line progress bar on stderr (a line per item when stderr is not a terminal)."""

    def __init__(self, total: int) -> None:
        self.total, self.count, self.errors = total, 0, 0
        self.tty = sys.stderr.isatty()
        self.start = time.perf_counter()

    def step(self, row: dict) -> None:
        self.count += 1
        self.errors += row["status"] != "ok"
        elapsed = time.perf_counter() - self.start
        eta = elapsed / self.count * (self.total - self.count)
        width = 24
        filled = int(width * self.count / max(self.total, 1))
        bar = "#" * filled + "-" * (width - filled)
        text = f"[{bar}] {self.count}/{self.total} · {self.errors} error(s) · ETA {eta:.0f}s · {row['id']}"
        if self.tty:
            sys.stderr.write("\r\x1b[2K" + text[:200])
        else:
            sys.stderr.write(f"{text} · {row['status']}\n")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.tty:
            sys.stderr.write("\n")


def _model_and_folder(args) -> tuple[str, Path]:
    paths = args.paths
    if len(paths) == 2:
        model, folder = paths
    elif len(paths) == 1 and args.remote:
        model, folder = args.remote_model or "", paths[0]
    else:
        raise InvalidRequestError(Message("Give MODEL and INPUT_DIR (with --remote, INPUT_DIR and --remote-model)."))
    model = args.remote_model or model if args.remote else model
    if args.remote and not model:
        raise InvalidRequestError(Message("--remote needs a model name: --remote-model NAME."))
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidRequestError(Message("Input folder not found: {folder}", folder=folder))
    return model, folder


def _unlocker(password: str, copies: Path) -> Callable[[Path], Path]:
    """``unlock(path)``: an unprotected copy of the file at ``path``, opened with ``password``, in its own folder
    under ``copies`` (the run's private temporary folder, removed when it ends), keeping the file's name."""
    from ..media.unlocking import unlock_file

    made = itertools.count()

    def unlock(path: Path) -> Path:
        folder = copies / str(next(made))
        folder.mkdir()
        unlocked = folder / path.name
        unlock_file(path, password, unlocked)
        return unlocked

    return unlock


def run(args) -> int:
    from ..documents import colliding_stems, get_template
    from ..documents.results_file import ResultsFile
    from ..remote.factory import open_runtime
    from .model_argument import model_folder

    model, folder = _model_and_folder(args)
    question = args.prompt if args.template is None else get_template(args.template).prompt
    if args.max_new_tokens < 1:
        raise InvalidRequestError(Message("--max-new-tokens must be at least 1."))
    if args.export_dir and not args.template:
        raise InvalidRequestError(
            Message("--export-dir needs --template (a free-form answer has no document to export).")
        )
    export_dir = Path(args.export_dir) if args.export_dir else None
    password = password_from(args.password_env) if args.password_env else None
    with (
        ResultsFile(Path(args.output)) as results,
        tempfile.TemporaryDirectory(prefix="desktop-vlm-unlocked-") as copies,
    ):
        unlock = _unlocker(password, Path(copies)) if password is not None else None
        items, problems = collect_items(folder, unlock)
        for rel, message in problems:
            if rel not in results.done:
                results.append({"id": rel, "file": Path(rel).name, "status": "error", "message": message})
        todo = [i for i in items if i.id not in results.done or (args.retry_errors and results.done[i.id] != "ok")]
        skipped = len(items) - len(todo)
        print(
            f"{len(items)} item(s) in {folder}; {skipped} already in {args.output}, {len(todo)} to run.",
            file=sys.stderr,
        )
        if not todo:
            return 0
        local = model if args.remote else model_folder(model)
        runtime = open_runtime(
            local, remote_url=args.remote, remote_key_env=args.remote_key_env, device=args.device, dtype=args.dtype
        )
        max_tiles = runtime.info.default_max_tiles if args.max_tiles is None else args.max_tiles
        clashes = colliding_stems([i.id for i in items]) if export_dir is not None else {}
        progress = Progress(len(todo))
        failed = 0
        try:
            for item in todo:
                row = run_item(
                    runtime,
                    item,
                    question,
                    args.template,
                    max_tiles,
                    args.max_new_tokens,
                    export_dir,
                    clashes.get(item.id),
                )
                results.append(row)
                failed += row["status"] != "ok"
                progress.step(row)
        finally:
            progress.finish()
            runtime.close()
    print(f"done: {len(todo) - failed} ok, {failed} error(s); results in {args.output}", file=sys.stderr)
    return 1 if failed else 0
