"""The hub access token: the OS keyring when one is available, else a file only the user can read.
The token is never logged or printed; ``mask`` gives a form safe to show."""

from __future__ import annotations

import os
from pathlib import Path

SERVICE = "desktop-vlm"
ACCOUNT = "hub-token"


def _keyring():
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        return None if isinstance(backend, fail.Keyring) else keyring
    except Exception:  # no keyring package, or no usable backend (headless Linux)
        return None


class TokenStore:
    """One secret under ``name`` ("hub-token" for the hub; "remote-key" for a remote endpoint's key)."""

    def __init__(self, config_dir: Path, name: str = ACCOUNT):
        self.file = Path(config_dir) / name
        self.account = name

    def get(self) -> str | None:
        ring = _keyring()
        if ring is not None:
            try:
                token = ring.get_password(SERVICE, self.account)
            except Exception:  # a locked or broken credential store: fall back to the file
                token = None
            if token:
                return token
        try:
            return self.file.read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    def set(self, token: str) -> str:
        """Store ``token``; returns where ("keyring" or the file path)."""
        ring = _keyring()
        if ring is not None:
            try:
                ring.set_password(SERVICE, self.account, token)
            except Exception:  # the store refused (locked, no D-Bus session): use the user-only file
                pass
            else:
                self.file.unlink(missing_ok=True)
                return "keyring"
        self._write_user_only(token)
        return str(self.file)

    def _write_user_only(self, token: str) -> None:
        """Write a new file created user-only (0600) and rename it over the old one: the token never goes into
        an existing file, which may be readable by others (a 0644 file from an older version or a copy)."""
        self.file.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.file.with_name(f".{self.file.name}.{os.getpid()}.tmp")
        temporary.unlink(missing_ok=True)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(token)
            os.replace(temporary, self.file)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise

    def clear(self) -> None:
        ring = _keyring()
        if ring is not None:
            try:
                ring.delete_password(SERVICE, self.account)
            except Exception:
                pass
        self.file.unlink(missing_ok=True)


def mask(token: str | None) -> str:
    return "(none)" if not token else f"{token[:3]}…{token[-2:]}" if len(token) > 8 else "***"
