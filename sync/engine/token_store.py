"""Where the transport keeps the session's tokens: a protocol of its own, so that the replica's interface (and
reading the sync status from the cache) does not load the HTTP stack the transport is built on."""

from __future__ import annotations

from typing import Protocol


class TokenStore(Protocol):
    """Where the session's tokens live (inside the encrypted cache, never in a plain file)."""

    def load_tokens(self) -> tuple[str | None, float, str | None]:
        """(access token, its expiry as a Unix time, refresh token)."""
        ...

    def save_tokens(self, access: str, expires_at: float, refresh: str) -> None:
        """Keep a fresh token pair; called before the new pair is used."""
        ...
