"""One function that turns what a person typed into a runtime: a checkpoint folder, a remote
endpoint, or the test stand-in.

Model specs
-----------
``PATH``
    A checkpoint folder in the original published format (see :func:`desktop_vlm.runtime.load_runtime`).
``fake:`` / ``fake:delay=0.2&answer=Hello%20there&fail=message``
    :class:`~desktop_vlm.runtime.fake.FakeRuntime`, for tests and demos without weights. ``delay`` is the
    pause per word in seconds, ``answer`` the scripted answer (URL-encoded), ``fail`` makes every
    request fail with that message.
``--remote URL``
    :class:`~desktop_vlm.remote.client.RemoteRuntime` against an OpenAI-compatible server; the spec
    is then the remote model name.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from ..core.errors import DesktopVlmError, InvalidRequestError
from ..core.messages import Message

FAKE_PREFIX = "fake:"


def make_fake_runtime(spec: str):
    """A FakeRuntime configured by a ``fake:key=value&…`` spec."""
    from ..runtime.fake import FakeRuntime

    options = {k: v[-1] for k, v in parse_qs(spec[len(FAKE_PREFIX) :], keep_blank_values=True).items()}
    unknown = set(options) - {"delay", "answer", "fail"}
    if unknown:
        raise InvalidRequestError(
            Message("Unknown fake: option(s) {options}; use delay, answer, fail.", options=", ".join(sorted(unknown)))
        )
    kwargs: dict = {}
    if "answer" in options:
        kwargs["answer"] = options["answer"]
    if "delay" in options:
        try:
            kwargs["delay_s"] = float(options["delay"])
        except ValueError:
            raise InvalidRequestError(
                Message("fake: delay must be a number of seconds (got {delay!r}).", delay=options["delay"])
            ) from None
    if "fail" in options:
        # the scripted text is the spec's own data, shown as it was given
        scripted = Message("{text}", text=options["fail"]) if options["fail"] else Message("Scripted failure.")
        kwargs["fail_with"] = DesktopVlmError(scripted)
    return FakeRuntime(**kwargs)


def open_runtime(
    model: str,
    *,
    remote_url: str | None = None,
    remote_key_env: str | None = None,
    device: str = "auto",
    dtype: str = "auto",
    quantize: str = "none",
):
    """The runtime for ``model`` (see the module docstring for the accepted specs).

    Parameters
    ----------
    model : str
        Checkpoint folder, ``fake:…`` spec, or the remote model name when ``remote_url`` is given.
    remote_url : str, optional
        Base URL of an OpenAI-compatible server (``http://host:port`` or ``…/v1``).
    remote_key_env : str, optional
        Name of the environment variable holding the remote API key (the key itself never travels on
        the command line, where other users could read it from the process list).
    device, dtype, quantize : str
        Passed to the local loader.
    """
    if remote_url:
        from .client import RemoteRuntime

        return RemoteRuntime(remote_url, model, api_key=read_key_env(remote_key_env))
    if model.startswith(FAKE_PREFIX):
        return make_fake_runtime(model)
    from ..runtime import load_runtime

    return load_runtime(model, device=device, dtype=dtype, quantize=quantize)


def read_key_env(name: str | None) -> str | None:
    """The API key held in environment variable ``name``; an error naming the variable if it is unset."""
    import os

    if not name:
        return None
    value = os.environ.get(name, "")
    if not value:
        raise InvalidRequestError(
            Message("Environment variable {variable} is not set or empty; it should hold the API key.", variable=name)
        )
    return value
