"""What the loader needs to know per model family: how to build the modules and map the weights.

Each family registers a :class:`Family`; ``build(config, attn_implementation)`` returns an ``nn.Module``
exposing ``tile_norm``, ``tokens_per_tile(image_tokens)``, ``encode_tiles(pixel_values, per_tile)``,
``decoder`` (embed / new_cache / forward / context_length) and a static ``map_tensor``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..core.errors import CheckpointError


@dataclass(frozen=True)
class Family:
    name: str
    build: Callable[[dict, str], object]
    ignore_tensor: Callable[[str], bool] = lambda name: False
    keep_float32: Callable[[str], bool] = lambda name: False
    fp16_ok: bool = True
    image_token_choices: Callable[[object], tuple[int, ...]] = lambda model: ()
    default_max_tiles: int = 12
    extra: dict = field(default_factory=dict)


def _internvl() -> Family:
    from .internvl.model import InternVLChatModel

    return Family("internvl", lambda config, attn: InternVLChatModel(config, attn))


def _ristretto() -> Family:
    from .ristretto.family import build_family

    return build_family()


def _mono() -> Family:
    from .mono.family import build_family

    return build_family()


# family name -> factory; factories import their modules lazily so one family's code is only loaded when used
FAMILY_FACTORIES: dict[str, Callable[[], Family]] = {
    "internvl": _internvl,
    "ristretto": _ristretto,
    "mono-internvl": _mono,
}


def get_family(name: str) -> Family:
    try:
        return FAMILY_FACTORIES[name]()
    except (KeyError, ImportError):
        raise CheckpointError(f"The {name} model family is recognised but not supported by this version.") from None
