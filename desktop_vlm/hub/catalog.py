"""The models the app offers to download: every family's catalog entries (declared in its spec). Sizes and
parameter counts are approximate (from the model cards and the published index files); revisions are unpinned
("main") because the hub could not be reached to verify commit shas from this environment — pin them once
verified (``CatalogEntry.revision``)."""

from __future__ import annotations

from ..core.catalog import CatalogEntry, vram_estimate_gib
from ..runtime import registry

__all__ = ["CatalogEntry", "catalog", "find", "parse_repo_id", "vram_estimate_gib"]


def catalog() -> tuple[CatalogEntry, ...]:
    """Every family's catalog entries (each family declares its own in its spec)."""
    return registry.catalog()


def find(repo_id: str) -> CatalogEntry | None:
    return next((e for e in catalog() if e.repo_id.lower() == repo_id.lower()), None)


def parse_repo_id(text: str) -> str:
    """Accept ``owner/name`` or a hub URL (``https://host/owner/name[/tree/rev…]``)."""
    text = text.strip().rstrip("/")
    if "://" in text:
        parts = text.split("://", 1)[1].split("/")[1:]
        if parts and parts[0] == "models":
            parts = parts[1:]
        text = "/".join(parts[:2])
    owner, _, name = text.partition("/")
    if not owner or not name or "/" in name or ".." in text:
        from ..core.messages import Message
        from .errors import HubError

        raise HubError(
            Message("{typed!r} is not a model id; use owner/name, e.g. OpenGVLab/InternVL2_5-4B.", typed=text)
        )
    return f"{owner}/{name}"
