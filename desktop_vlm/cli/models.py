"""``desktop-vlm models``: list, pull, verify, rm, import, inspect, token."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import replace
from pathlib import Path


def _location_options(parser, *, suppress: bool) -> None:
    """--endpoint and --models-dir. Accepted before the action and after it (``models pull ID --endpoint
    URL`` reads naturally); after it they are suppressed when absent, so they never undo the ones before."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--endpoint", default=default, help="hub endpoint or mirror (default: the settings' hub endpoint)"
    )
    parser.add_argument(
        "--models-dir", type=Path, default=default, help="model folder (default: the settings' or the user data folder)"
    )


def register(sub) -> None:
    p = sub.add_parser("models", help="list, download, verify, remove and import models")
    _location_options(p, suppress=False)
    cmds = p.add_subparsers(dest="models_command", metavar="ACTION", required=True)

    def action(name: str, text: str):
        parser = cmds.add_parser(name, help=text)
        _location_options(parser, suppress=True)
        return parser

    action("list", "the catalog and what is installed")
    pull = action("pull", "download (or resume) a model")
    pull.add_argument("model_id", metavar="ID", help="owner/name or a hub URL")
    pull.add_argument("--revision", default=None)
    pull.add_argument("--repair", action="store_true", help="re-check an installed model and fetch what is damaged")
    for name, text in (("verify", "re-check every file of an installed model"), ("rm", "delete an installed model")):
        action(name, text).add_argument("model_id", metavar="ID")
    imp = action("import", "add a local checkpoint folder")
    imp.add_argument("path", type=Path)
    how = imp.add_mutually_exclusive_group()
    how.add_argument(
        "--copy",
        dest="mode",
        action="store_const",
        const="copy",
        help="copy its files into the model folder (the default; links out of the folder are skipped)",
    )
    how.add_argument(
        "--reference",
        dest="mode",
        action="store_const",
        const="reference",
        help="use the folder where it is instead of copying it",
    )
    imp.set_defaults(mode="copy")
    inspect = action("inspect", "what a checkpoint folder is: family, template, tokenizer, size, memory")
    inspect.add_argument("path", metavar="FOLDER_OR_ID", help="a checkpoint folder, or the id of an installed model")
    inspect.add_argument("--json", action="store_true", help="the facts as JSON")
    token = action("token", "store the hub access token (read from stdin or a prompt)")
    token.add_argument("--clear", action="store_true")
    p.set_defaults(handler=run)


def _context(args):
    from ..config.paths import AppPaths
    from ..config.settings import SettingsStore
    from ..hub import ModelStore, TokenStore

    paths = AppPaths()
    settings = SettingsStore(paths.config_dir).load().hub
    if args.endpoint:
        settings = replace(settings, endpoint=args.endpoint)
    root = args.models_dir or (Path(settings.models_dir) if settings.models_dir else paths.models_dir)
    return settings, ModelStore(root), TokenStore(paths.config_dir), paths.hugging_face_cache


def _list_cached(cache: Path, found) -> None:
    """``found``: the supported models already in the Hugging Face cache ``cache`` and not in the store; listed
    with the command that uses one where it lies."""
    if found:
        print(f"in the Hugging Face cache ({cache}), not imported — no download needed:")
    for model in found:
        print(f"{model.repo_id:40} {model.family:14} {model.size_bytes / 1e9:6.2f} GB  {model.snapshot}")
    if found:
        print("  `desktop-vlm models import PATH --reference` uses one where it is; `desktop-vlm ask PATH …` too")


def run(args) -> int:
    from ..hub import DownloadCancelled, DownloadControl, Puller, catalog, find, parse_repo_id
    from ..hub.cached_models import cached_models, not_installed

    settings, store, tokens, hugging_face_cache = _context(args)
    if args.models_command == "list":
        installed = store.installed()  # disk only: instant when offline
        cached = not_installed(cached_models(hugging_face_cache), installed)
        in_cache = {c.repo_id.lower() for c in cached}
        print("catalog:")
        for entry in catalog():  # hub ids ignore case, so a catalog entry matches an install in any case
            model = next((m for m in installed if m.model_id.lower() == entry.repo_id.lower()), None)
            mark = "not installed" if model is None else "installed" if model.state != "damaged" else "damaged"
            if model is None and entry.repo_id.lower() in in_cache:
                mark = "not installed, in the Hugging Face cache"
            print(
                f"{entry.repo_id:40} {entry.parameters:.1f}B  ~{entry.download_bytes / 1e9:.1f} GB  "
                f"bf16 ≈ {entry.vram_estimate_gib('bfloat16'):.1f} GiB  {mark}"
            )
        print("installed:" if installed else "installed: none")
        for m in installed:
            print(f"{m.model_id:40} {m.family:14} {m.size_bytes / 1e9:6.2f} GB  {m.state:10} {m.source:16} {m.path}")
        for part in store.partial_downloads():
            of = f" of {part.total_bytes / 1e9:.2f} GB" if part.total_bytes else ""
            print(
                f"{part.model_id:40} partial: {part.bytes_on_disk / 1e9:.2f} GB{of} on disk — "
                f"`desktop-vlm models pull {part.model_id}` resumes"
            )
        _list_cached(hugging_face_cache, cached)
        print(f"free space in {store.root}: {store.free_bytes() / 2**30:.1f} GiB")
        return 0
    if args.models_command == "pull":
        model_id = parse_repo_id(args.model_id)
        entry = find(model_id)
        revision = args.revision or (entry.revision if entry else "main")
        control = DownloadControl()
        bar = _ProgressBar()
        try:
            path = Puller(store, settings, tokens.get()).pull(
                model_id, revision, control=control, on_progress=bar, repair=args.repair
            )
        except (KeyboardInterrupt, DownloadCancelled):
            control.pause()
            print("\npaused: run the same command again to resume", file=sys.stderr)
            return 130
        bar.close()
        print(path)
        return 0
    if args.models_command == "verify":
        problems = store.verify(parse_repo_id(args.model_id) if "/" in args.model_id else args.model_id)
        for problem in problems:
            print(problem)
        print(
            "ok"
            if not problems
            else f"{len(problems)} problem(s): repair with `desktop-vlm models pull {args.model_id} --repair`"
        )
        return 0 if not problems else 1
    if args.models_command == "rm":
        store.remove(args.model_id)
        return 0
    if args.models_command == "import":
        model = store.import_folder(args.path, copy=args.mode == "copy", on_note=_note)
        print(f"{model.model_id} ({model.family}) → {model.path}")
        return 0
    if args.models_command == "inspect":
        return _inspect(args.path, store, as_json=args.json)
    if args.models_command == "token":
        if args.clear:
            tokens.clear()
            return 0
        token = sys.stdin.readline().strip() if not sys.stdin.isatty() else getpass.getpass("Hub token: ")
        print(f"token stored in {tokens.set(token)}")
        return 0
    return 2


def _inspect(target: str, store, *, as_json: bool) -> int:
    """Facts about a folder (or an installed model's folder); exit 1 when problems were found."""
    import json

    from ..runtime.checkpoint_facts import format_facts, inspect_checkpoint

    folder = Path(target).expanduser()
    if not folder.is_dir():
        model = store.get(target)
        if model is not None:
            folder = model.path
        else:
            from ..core.errors import DesktopVlmError
            from .model_argument import model_folder

            try:  # a hub id in the Hugging Face cache
                folder = Path(model_folder(target))
            except DesktopVlmError:
                folder = None
            if folder is None or not folder.is_dir():
                print(f"desktop-vlm: {target} is neither a folder nor an installed model.", file=sys.stderr)
                return 2
    facts = inspect_checkpoint(folder)
    print(json.dumps(facts.as_dict(), ensure_ascii=False, indent=1) if as_json else "\n".join(format_facts(facts)))
    return 1 if facts.problems else 0


def _note(text: str) -> None:
    print(f"note: {text}", file=sys.stderr)


class _ProgressBar:
    """One line on stderr: bytes, percent, speed and ETA."""

    def __init__(self) -> None:
        self._last = 0.0

    def __call__(self, p) -> None:
        import time

        now = time.monotonic()
        if p.state == "downloading" and now - self._last < 0.2:
            return
        self._last = now
        if p.message:
            line = p.message
        elif p.total_bytes:
            eta = f"{p.eta_s:.0f}s" if p.eta_s is not None else "?"
            line = (
                f"{p.state:11} {p.done_bytes / 1e6:9.1f}/{p.total_bytes / 1e6:.1f} MB "
                f"{100 * p.done_bytes / p.total_bytes:5.1f}%  {p.speed_bps / 1e6:6.1f} MB/s  ETA {eta}"
            )
        else:
            line = p.state
        sys.stderr.write("\r" + line.ljust(78))
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\n")
