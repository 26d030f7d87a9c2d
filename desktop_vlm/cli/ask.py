"""``desktop-vlm ask``: one question about images / a video, streamed to stdout (or one JSON object)."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from ..config import options
from ..core.errors import InvalidRequestError, PasswordRequiredError
from ..core.messages import Message
from ..core.types import MAX_LOOKUP_TOKENS, GenerationParams, TileParams, Turn
from .arguments import float_between, int_between, password_from
from .terminal_note import TerminalNote


def register(sub) -> None:
    p = sub.add_parser("ask", help="ask a model one question about images or a video", description=__doc__)
    p.add_argument(
        "model",
        metavar="MODEL_DIR",
        help="checkpoint folder (original published format), or the id of an installed model or of one in the "
        "Hugging Face cache (OpenGVLab/InternVL2_5-4B)",
    )
    p.add_argument("question", metavar="QUESTION", help="the question; <image> placeholders are used as written")
    p.add_argument("--image", action="append", default=[], metavar="PATH", help="an image (repeatable, in order)")
    p.add_argument("--video", metavar="PATH", help="a video; --frames frames are sampled, one tile each")
    p.add_argument(
        "--attach",
        action="append",
        default=[],
        metavar="PATH",
        help="any file Desktop VLM reads (picture, video, PDF, Word document, text file, ...), recognised by its "
        "content, or a folder, read as a ZIP archive of its files (repeatable; after --image pictures)",
    )
    p.add_argument(
        "--pdf-text",
        action="store_true",
        help="send attached PDFs' text instead of their pages as pictures (many more pages fit the context)",
    )
    p.add_argument(
        "--password-env",
        metavar="NAME",
        help="the environment variable holding the password of an attached password-protected PDF (a bank "
        "statement); never the password itself, which other users of the computer could read in the process list",
    )
    p.add_argument(
        "--frames", type=int_between(1, 64), default=8, metavar="N", help="frames sampled from --video (default 8)"
    )
    p.add_argument(
        "--max-tiles", type=int_between(1, 40), default=None, metavar="N", help="max tiles per image (default: model's)"
    )
    p.add_argument("--image-tokens", type=int, default=None, metavar="N", help="image tokens per tile (Ristretto)")
    p.add_argument("--history", metavar="FILE.json", help="earlier turns: a JSON list of [question, answer] pairs")
    p.add_argument("--system", metavar="TEXT", help="system message (default: the model's own)")
    p.add_argument("--max-new-tokens", type=int_between(1, 32768), default=512, metavar="N")
    p.add_argument("--greedy", action="store_true", help="greedy decoding (the default unless --temperature is set)")
    p.add_argument(
        "--temperature",
        type=float_between(0, 10),
        default=None,
        metavar="T",
        help="sample with this temperature (0: greedy)",
    )
    p.add_argument(
        "--lookup",
        type=int_between(0, MAX_LOOKUP_TOKENS),
        default=0,
        metavar="N",
        help="lookup decoding: feed up to N tokens guessed from the conversation with each step and keep those "
        "the model picks anyway (faster where answers repeat the conversation; 0: off)",
    )
    p.add_argument("--top-p", type=float_between(0, 1, low_open=True), default=1.0, metavar="P")
    p.add_argument("--top-k", type=int_between(0, 1_000_000), default=0, metavar="K", help="0: off")
    p.add_argument(
        "--num-beams", type=int_between(1, 16), default=1, metavar="K", help="beam search width (no streaming)"
    )
    p.add_argument("--repetition-penalty", type=float_between(0.5, 3), default=1.0, metavar="R")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--device", choices=options.DEVICES, default="auto")
    p.add_argument("--dtype", choices=options.PRECISIONS, default="auto")
    p.add_argument(
        "--decode",
        choices=options.DECODE_MODES,
        default="dynamic",
        help="decode on a static KV cache: eagerly (static), replayed as a recorded CUDA graph (graph, GPU only) "
        "or compiled (CUDA graphs on a GPU)",
    )
    p.add_argument(
        "--quantize",
        choices=options.WEIGHT_FORMATS,
        default="none",
        help=options.WEIGHT_FORMATS_HELP,
    )
    p.add_argument("--json", action="store_true", help="print one JSON object instead of streaming text")
    p.add_argument(
        "--remote",
        metavar="URL",
        help="ask an OpenAI-compatible server instead; MODEL_DIR is then the remote model name",
    )
    p.add_argument("--remote-model", metavar="NAME", help="remote model name (overrides MODEL_DIR with --remote)")
    p.add_argument("--remote-key-env", metavar="VAR", help="environment variable holding the remote API key")
    p.set_defaults(handler=run)


def read_history(path: str) -> list[Turn]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidRequestError(Message("History file not found: {path}", path=path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InvalidRequestError(
            Message("History file {path} is not valid JSON ({reason}).", path=path, reason=str(err))
        ) from None
    if not isinstance(data, list) or not all(
        isinstance(t, (list, tuple)) and len(t) == 2 and all(isinstance(s, str) for s in t) for t in data
    ):
        raise InvalidRequestError(
            Message("History file {path} must hold a JSON list of [question, answer] string pairs.", path=path)
        )
    return [Turn(q, a) for q, a in data]


def build_params(args) -> GenerationParams:
    temperature: float | None = args.temperature
    sample = temperature is not None and not args.greedy and temperature > 0
    params = GenerationParams(
        max_new_tokens=args.max_new_tokens,
        do_sample=sample,
        temperature=temperature if sample and temperature is not None else 1.0,
        top_p=args.top_p,
        top_k=args.top_k,
        num_beams=args.num_beams,
        repetition_penalty=args.repetition_penalty,
        seed=args.seed,
        lookup_tokens=args.lookup,
    )
    params.validate()
    return params


def _decoded_asking(path: Path, locked: PasswordRequiredError, options):
    """:func:`_decoded_unlocked` with the password typed at the terminal (not shown), asked again while it is
    wrong, ``PASSWORD_TRIES`` times at most; raises the last refusal after that, or when nothing is typed."""
    import getpass

    refusal = locked
    for _ in range(PASSWORD_TRIES):
        password = getpass.getpass(f"{refusal.user_message} Password (not shown, not saved): ")
        if not password:
            break
        try:
            return _decoded_unlocked(path, password, options)
        except PasswordRequiredError as wrong:
            refusal = wrong
    raise refusal


def _decoded_file(path: Path, options, args):
    """The kind of the file at ``path`` and what it decodes to; a file locked with a password is opened with the
    one in ``--password-env``, or the one typed at a terminal."""
    from ..media.kind_registry import detect_kind, kind
    from ..media.unlocking import needs_password

    if args.password_env and needs_password(path):  # an archive with some files protected reads without it too
        return _decoded_unlocked(path, password_from(args.password_env), options)
    found = kind(detect_kind(path))
    try:
        return found, found.decode(found.attachment_file(path), options)
    except PasswordRequiredError as locked:
        if args.password_env:
            return _decoded_unlocked(path, password_from(args.password_env), options)
        if sys.stdin.isatty():  # a person at a terminal: asked as the window asks, the password not shown
            return _decoded_asking(path, locked, options)
        raise


def _decoded_folder(folder: Path, options):
    """A folder, read as a ZIP archive of its files, as the window reads one (:mod:`..media.folder_archive`)."""
    from ..media.folder_archive import pack_folder, packed_name
    from ..media.kind_registry import detect_kind, kind

    with tempfile.TemporaryDirectory(prefix="desktop-vlm-folder-") as scratch:
        packed = Path(scratch) / packed_name(folder)
        pack_folder(folder, packed)
        found = kind(detect_kind(packed))
        return found, found.decode(found.attachment_file(packed), options)


def _decoded_unlocked(path: Path, password: str, options):
    """The kind and the decoding of the password-protected file at ``path``, read from an unprotected copy in a
    private temporary folder, removed once read (its kind is the copy's: a .xlsx saved with a password is a
    compound file until it is opened)."""
    from ..media.kind_registry import detect_kind, kind
    from ..media.kind_spec import AttachmentFile
    from ..media.unlocking import unlock_file

    with tempfile.TemporaryDirectory(prefix="desktop-vlm-unlocked-") as folder:
        unlocked = Path(folder) / path.name
        unlock_file(path, password, unlocked)
        found = kind(detect_kind(unlocked))
        return found, found.decode(AttachmentFile(unlocked), options)


def build_request(
    args, default_max_tiles: int, tile_size: int = 448, token_room: int | None = None, notes: list[str] | None = None
):
    """The ChatRequest for these arguments; images are decoded and validated here. A picture larger than the
    model can use at these tiles is downscaled while it is decoded, with a note on stderr. A text file attached
    is quoted in the question, as much as fits ``token_room`` tokens (None: all of it): when it does not all fit,
    the passages that bear on the question. The notes go to ``notes`` when given, else to stderr."""
    from ..media import load_image_fitted, sample_video_frames
    from ..media.folder_archive import packed_name
    from ..media.images import tiff_page_count
    from ..media.kind_spec import DecodeOptions
    from ..media.office_pictures import renumbered
    from ..runtime.api import ChatRequest, VisualInput
    from ..runtime.prompt import compose_question, count_placeholders

    history = read_history(args.history) if args.history else []
    max_tiles = default_max_tiles if args.max_tiles is None else args.max_tiles
    visuals = []
    for path in map(Path, args.image):
        fitted = load_image_fitted(path, max_tiles=max_tiles, tile_size=tile_size)
        if fitted.note:
            _note(notes, f"note: {path.name}: {fitted.note}")
        if (pages := tiff_page_count(path)) > 1:
            _note(notes, f"note: {path.name}: page 1 of {pages} sent; --attach it to send its pages")
        visuals.append(VisualInput(fitted.image))
    frames = []  # frames go after every other picture, as the placeholders number them
    documents = []  # (name, text) of text files, quoted in the question
    for path in map(Path, args.attach):
        options = DecodeOptions(
            max_tiles=max_tiles,
            tile_size=tile_size,
            image_token_room=token_room,
            choices={"frames": args.frames, "as_text": args.pdf_text},
            question=args.question,  # a text too long for the context sends the passages that bear on it
        )
        found, decoded = _decoded_folder(path, options) if path.is_dir() else _decoded_file(path, options, args)
        if decoded.note:
            _note(notes, f"note: {path.name}: {decoded.note}")
        if decoded.text is not None:  # its pictures' marks numbered after the pictures before it
            name = packed_name(path) if path.is_dir() else path.name
            documents.append((name, renumbered(decoded.text, len(visuals))))
        tiles = 1 if found.as_frames else found.picture_tiles
        pictures = [VisualInput(im, max_tiles=tiles) for im in decoded.images]
        (frames if found.as_frames else visuals).extend(pictures)
    if args.video:
        frames += [VisualInput(frame, max_tiles=1) for frame in sample_video_frames(Path(args.video), args.frames)]
    n_frames = len(frames)
    visuals += frames
    question = args.question
    if visuals and count_placeholders(history, question) == 0:
        question = compose_question(question, n_images=len(visuals) - n_frames, n_frames=n_frames, documents=documents)
    elif documents:
        question = compose_question(question, documents=documents)
    tiles = TileParams(max_tiles=max_tiles)
    tiles.validate()
    return ChatRequest(
        question=question,
        visuals=visuals,
        history=history,
        system_message=args.system,
        params=build_params(args),
        tiles=tiles,
        image_tokens=args.image_tokens,
    )


def _note(notes: list[str] | None, line: str) -> None:
    if notes is None:
        print(line, file=sys.stderr)
    else:
        notes.append(line)


MAX_REFITS = 3  # a text cut again this many times at most, each time to what the count says is over
PASSWORD_TRIES = 3  # a wrong password typed at the terminal is asked for again this often


def fitted_request(args, runtime):
    """The request, its quoted text cut further while the model's own tokenizer counts more tokens than the
    context holds: the estimate the text was cut by errs long for the supported vocabularies, but a text can be
    denser still (emoji, a script a vocabulary splits finely), and a prompt one token over is refused whole."""
    from ..media.text_files import MIN_TEXT_TOKENS

    room = _token_room(args, runtime)
    limit = runtime.info.context_length - args.max_new_tokens
    notes: list[str] = []
    request = build_request(args, runtime.info.default_max_tiles, runtime.info.tile_size, room, notes)
    for _ in range(MAX_REFITS if _quotes_text(args) else 0):
        counted = runtime.count_prompt_tokens(request)
        if counted <= limit or room <= MIN_TEXT_TOKENS:
            break
        room = max(MIN_TEXT_TOKENS, room * limit // counted * 19 // 20)  # in proportion, less a twentieth
        notes = []
        request = build_request(args, runtime.info.default_max_tiles, runtime.info.tile_size, room, notes)
    for line in notes:
        print(line, file=sys.stderr)
    return request


def _quotes_text(args) -> bool:
    """Whether an attached file is quoted as text (so that cutting it shortens the prompt); a folder is, as the
    list of its files."""
    from ..media.kind_registry import detect_kind, kind
    from ..media.kind_spec import CHIP_TEXT

    return bool(args.attach) and (
        args.pdf_text or any(Path(p).is_dir() or kind(detect_kind(Path(p))).chip == CHIP_TEXT for p in args.attach)
    )


def _token_room(args, runtime) -> int:
    """Tokens of the model's context left for attachments: less the answer, the question and the history."""
    from ..core.text_tokens import TEMPLATE_TOKENS, estimate_tokens

    history = read_history(args.history) if args.history else []
    asked = args.question + "".join(turn.question + turn.answer for turn in history)
    return runtime.info.context_length - args.max_new_tokens - estimate_tokens(asked) - TEMPLATE_TOKENS


def run(args) -> int:
    build_params(args)  # fail on bad sampling values before spending seconds on loading
    if not args.question.strip() and not (args.image or args.attach or args.video or args.history):
        raise InvalidRequestError(
            Message("The question is empty and nothing is attached."),
            hint=Message("Write what you want to know, or attach something to ask about (--image, --attach)."),
        )
    if getattr(args, "remote", None):
        from ..remote.factory import open_runtime

        runtime = open_runtime(
            args.remote_model or args.model, remote_url=args.remote, remote_key_env=args.remote_key_env
        )
    else:
        from ..runtime import load_runtime
        from .model_argument import model_folder

        loading = TerminalNote()
        try:
            runtime = load_runtime(
                model_folder(args.model),
                device=args.device,
                dtype=args.dtype,
                quantize=args.quantize,
                decode=args.decode,
                on_progress=None if args.json else loading.step,
            )
        finally:
            loading.erase()  # before the answer, or before the message of a load that failed
    request = fitted_request(args, runtime)
    if args.max_tiles is None and request.visuals and runtime.info.device == "cpu" and not args.json:
        print(
            f"note: running on CPU, so images use at most {runtime.info.default_max_tiles} tiles "
            "(--max-tiles N to change).",
            file=sys.stderr,
        )

    note = TerminalNote()

    def stream(chunk: str) -> None:
        note.erase()
        sys.stdout.write(chunk)
        sys.stdout.flush()

    on_progress = None if args.json else note.progress
    result = runtime.generate(request, on_text=None if args.json else stream, on_progress=on_progress)
    note.erase()  # an answer stopped before its first words
    if args.json:
        json.dump(
            {
                "text": result.text,
                "finish_reason": result.finish_reason,
                "prompt_token_ids": result.prompt_token_ids,
                "token_ids": result.token_ids,
                "stats": result.stats.as_dict(),
                "model": {
                    "name": runtime.info.name,
                    "family": runtime.info.family,
                    "device": runtime.info.device,
                    "dtype": runtime.info.dtype,
                },
            },
            sys.stdout,
            ensure_ascii=False,
        )
        sys.stdout.write("\n")
    else:
        s = result.stats
        sys.stdout.write("\n")
        if result.finish_reason != "cancelled" and not result.text.strip():  # else nothing says it answered
            print("(the model ended its answer without any text)", file=sys.stderr)
        print(
            f"[{s.new_tokens} tokens · first token {s.time_to_first_token_s * 1000:.0f} ms · "
            f"{s.decode_tokens_per_s:.1f} tokens/s{f' ({s.decode_kernel})' if s.decode_kernel else ''} · "
            f"{f'{s.accepted_tokens} of {s.drafted_tokens} looked-up tokens kept · ' if s.drafted_tokens else ''}"
            f"{runtime.info.device}/{runtime.info.dtype}]",
            file=sys.stderr,
        )
    return 0
