"""Errors the cache raises; each message says what happened and what the user can do."""

from __future__ import annotations


class CacheError(Exception):
    """Base of every error the local cache reports to its callers."""


class WrongPasswordError(CacheError):
    def __init__(self, profile: str = "") -> None:
        who = f" for profile {profile!r}" if profile else ""
        super().__init__(f"Wrong password{who}. Nothing was changed; try again.")


class IntegrityError(CacheError):
    """Stored bytes do not match what was written: tampered, truncated, swapped or corrupted."""


class CorruptDatabaseError(CacheError):
    """The encrypted database file cannot be read although the key is right."""

    def __init__(self, path: str, moved_to: str | None) -> None:
        self.path = path
        self.moved_to = moved_to
        fresh = "A fresh copy will be downloaded from the server at the next sync."
        if moved_to:
            then = f"It was moved aside to {moved_to}. {fresh}"
        else:
            then = f"Sign in again: it will be set aside then. {fresh}"
        super().__init__(f"The local cache {path} is damaged and cannot be read. {then}")


class SecrecyCeilingError(CacheError):
    """A record above the profile unit's secrecy ceiling was refused."""


class ProfileBusyError(CacheError):
    """Another process has this profile open for writing."""


class ProfileNotFoundError(CacheError):
    pass


class ProfileExistsError(CacheError):
    pass


class KeyringUnavailableError(CacheError):
    """No usable OS keyring backend: "stay signed in" is off, the password is needed at each sign-in."""


class DiskFullError(CacheError):
    def __init__(self, what: str) -> None:
        super().__init__(
            f"The disk is full: {what} could not be saved. Nothing was half-written; free some space and try again."
        )


class InvalidChangeError(CacheError):
    """A local change the server's write models would refuse; refused at save so it never waits in the outbox."""
