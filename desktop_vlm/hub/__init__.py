"""Model catalog, resumable verified downloads and the local model store. No Qt, no torch."""

from .catalog import CatalogEntry, catalog, find, parse_repo_id
from .client import forget_offline, is_offline
from .credentials import TokenStore
from .download import DownloadControl
from .errors import DiskSpaceError, DownloadCancelled, HubError, OfflineError, VerificationError
from .manager import DownloadProgress, Puller, RepoCheck
from .store import InstalledModel, ModelStore, PartialDownload

__all__ = [
    "CatalogEntry",
    "catalog",
    "DiskSpaceError",
    "DownloadCancelled",
    "DownloadControl",
    "DownloadProgress",
    "HubError",
    "InstalledModel",
    "ModelStore",
    "OfflineError",
    "PartialDownload",
    "Puller",
    "RepoCheck",
    "TokenStore",
    "VerificationError",
    "find",
    "forget_offline",
    "is_offline",
    "parse_repo_id",
]
