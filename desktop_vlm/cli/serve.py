"""``desktop-vlm serve``: an OpenAI-compatible server (``/v1/chat/completions``, ``/v1/models``) for one model.

Listens on 127.0.0.1 unless told otherwise; any other address needs an API key (--api-key-env VAR
names the environment variable holding it, so the key never shows in the process list). Images come
as data: URLs; file paths only with --allow-files DIR, and only inside that folder.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from pathlib import Path

from ..config import options
from ..core.errors import InvalidRequestError
from ..core.messages import Message
from ..core.types import MAX_LOOKUP_TOKENS
from .arguments import float_between, int_between


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve a model over an OpenAI-compatible HTTP API", description=__doc__)
    p.add_argument(
        "model",
        metavar="MODEL",
        help="checkpoint folder, the id of an installed model or of one in the Hugging Face cache, or 'fake:' for a "
        "scripted stand-in (tests)",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, loopback only)")
    p.add_argument("--port", type=int_between(0, 65535), default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--api-key-env", metavar="VAR", help="environment variable holding the API key clients must send")
    p.add_argument("--allow-files", metavar="DIR", help="let clients name image files inside DIR (never outside it)")
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="on 127.0.0.1, also answer requests for this host name (a reverse proxy on this machine "
        "that passes its own Host); repeatable",
    )
    p.add_argument("--model-name", metavar="NAME", help="model id reported by /v1/models (default: folder name)")
    p.add_argument(
        "--max-queue",
        type=int_between(1, 10_000),
        default=4,
        metavar="N",
        help="requests that may wait behind the running one (default 4, at least 1); more get 429",
    )
    p.add_argument(
        "--max-connections",
        type=int_between(1, 100_000),
        default=64,
        metavar="N",
        help="open connections at most (default 64); more get 503 at once",
    )
    p.add_argument(
        "--max-connections-per-client",
        type=int_between(1, 100_000),
        default=16,
        metavar="N",
        help="open connections from one address at most (default 16); more get 503 at once",
    )
    p.add_argument(
        "--max-body-mb",
        type=float_between(0, 10_000, low_open=True),
        default=20,
        metavar="MB",
        help="request size limit (default 20 MB)",
    )
    p.add_argument(
        "--lookup",
        type=int_between(0, MAX_LOOKUP_TOKENS),
        default=0,
        metavar="N",
        help="lookup decoding for every request: up to N tokens guessed from the conversation a step, kept "
        "where the model writes them anyway (the same answers, sooner where they repeat; 0: off)",
    )
    p.add_argument("--device", choices=options.DEVICES, default="auto")
    p.add_argument("--dtype", choices=options.PRECISIONS, default="auto")
    p.add_argument("--quantize", choices=options.WEIGHT_FORMATS, default="none", help=options.WEIGHT_FORMATS_HELP)
    p.set_defaults(handler=run)


def _model_id(spec: str, name: str | None) -> str:
    """The name clients ask for: ``--model-name``, else a hub id's name or the folder's."""
    if name:
        return name
    if spec.startswith("fake:"):
        return "fake"
    return (
        spec.rsplit("/", 1)[1]
        if not Path(spec).expanduser().exists() and spec.count("/") == 1
        else Path(spec).resolve().name
    )


def run(args) -> int:
    from ..remote.factory import open_runtime, read_key_env
    from ..server import ImagePolicy, ServerConfig, create_server
    from .model_argument import model_folder

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr)
    if args.max_queue < 1 or args.max_body_mb <= 0 or args.max_connections < 1:
        raise InvalidRequestError(Message("--max-queue, --max-body-mb and --max-connections must be positive."))
    allow = None
    if args.allow_files:
        allow = Path(args.allow_files).resolve()
        if not allow.is_dir():
            raise InvalidRequestError(Message("--allow-files folder not found: {folder}", folder=args.allow_files))
    config = ServerConfig(
        model_id=_model_id(args.model, args.model_name),
        api_key=read_key_env(args.api_key_env),
        max_body_bytes=int(args.max_body_mb * 1024 * 1024),
        image_policy=ImagePolicy(allow_files=allow),
        extra_hosts=frozenset(name.lower() for name in args.allow_host),
        lookup_tokens=args.lookup,
    )
    folder = model_folder(args.model)
    if not folder.startswith("fake:"):
        from ..runtime.checkpoint import open_checkpoint

        open_checkpoint(folder)  # a missing folder, a GGUF file, a pre-quantised copy: said before serving

    def load():
        return open_runtime(folder, device=args.device, dtype=args.dtype, quantize=args.quantize)

    server = create_server(
        load,
        config,
        args.host,
        args.port,
        max_queue=args.max_queue,
        max_connections=args.max_connections,
        max_per_client=args.max_connections_per_client,
    )
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    server.start_background()
    # Tests and scripts read this line to learn the port (with --port 0).
    print(
        f"desktop-vlm: serving {config.model_id} at {server.url}/v1 (loading the model…)", file=sys.stderr, flush=True
    )
    while not server.worker.ready.wait(0.2):  # a signal during a long load still stops us
        if stop.is_set():
            break
    if server.worker.state == "failed":
        print(f"desktop-vlm: the model failed to load: {server.worker.load_error}", file=sys.stderr, flush=True)
    elif server.worker.state == "ready":
        print("desktop-vlm: model ready", file=sys.stderr, flush=True)
    stop.wait()
    print("desktop-vlm: shutting down", file=sys.stderr, flush=True)
    server.close()
    return 0
