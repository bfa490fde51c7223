"""Errors the cache raises: each has a `code` and `params` the GUI words with tr(); `str()` is plain English.

The English text is what the command line prints and the log keeps; the screens never show it as it is.
"""

from __future__ import annotations

from typing import Any


class CacheError(Exception):
    """Base of every error the local cache reports to its callers."""

    code = "cache_error"

    def __init__(self, *args: object, **params: Any) -> None:
        super().__init__(*args)
        self.params: dict[str, Any] = params


class WrongPasswordError(CacheError):
    code = "wrong_password"

    def __init__(self, profile: str = "") -> None:
        who = f" for profile {profile!r}" if profile else ""
        super().__init__(f"Wrong password{who}. Nothing was changed; try again.", profile=profile)


class IntegrityError(CacheError):
    """Stored bytes do not match what was written: tampered, truncated, swapped or corrupted."""

    code = "integrity"


class CorruptDatabaseError(CacheError):
    """The encrypted database file cannot be read although the key is right."""

    code = "corrupt_database"

    def __init__(self, path: str, moved_to: str | None) -> None:
        self.path = path
        self.moved_to = moved_to
        fresh = "A fresh copy will be downloaded from the server at the next sync."
        if moved_to:
            then = f"It was moved aside to {moved_to}. {fresh}"
        else:
            then = f"Sign in again: it will be set aside then. {fresh}"
        super().__init__(f"The local cache {path} is damaged and cannot be read. {then}", path=path,
                         moved_to=moved_to)


class SecrecyCeilingError(CacheError):
    """A record above the profile unit's secrecy ceiling was refused."""

    code = "above_ceiling"


class ProfileBusyError(CacheError):
    """Another process has this profile open for writing."""

    code = "profile_busy"


class ProfileNotFoundError(CacheError):
    code = "profile_not_found"


class ProfileExistsError(CacheError):
    code = "profile_exists"


class KeyringUnavailableError(CacheError):
    """No usable OS keyring backend: "stay signed in" is off, the password is needed at each sign-in."""

    code = "keyring_unavailable"


class DiskFullError(CacheError):
    code = "disk_full"

    def __init__(self, what: str) -> None:
        super().__init__(
            f"The disk is full: {what} could not be saved. Nothing was half-written; free some space and try again.",
            what=what,
        )


class OfflineLockedError(CacheError):
    """The profile has been offline past its unit's grace period: an online sign-in unlocks it."""

    code = "offline_locked"

    def __init__(self, hours: int) -> None:
        self.hours = hours
        super().__init__(
            f"This profile has not reached the server for more than {hours} hours, the limit set for your unit. "
            "Connect to the network and sign in online with your password (commune-office signin --server ...) "
            "to unlock it.",
            hours=hours,
        )


class InvalidChangeError(CacheError):
    """A local change the server's write models would refuse; refused at save so it never waits in the outbox."""
