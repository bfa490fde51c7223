"""What an update can fail with: a `code` and `params` the GUI words with tr(), and a plain English `str()`.

Each refusal names the attack TUF stopped, so an admin reading a PC's log knows whether the channel was tampered
with, replayed from an older state, left to expire, or served a mix of two states.
"""

from __future__ import annotations

from typing import Any


class UpdateError(Exception):
    """Base of every error of the update channel."""

    code = "update_failed"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.params: dict[str, Any] = params


class UpdateTamperedError(UpdateError):
    """A signature did not verify, or a file did not match the length and hashes its signed metadata gives."""

    code = "update_tampered"

    def __init__(self, detail: str) -> None:
        super().__init__(f"The update was refused: it does not match its signed description ({detail}). "
                         "Nothing was installed; tell your administrator.", detail=detail)


class UpdateRolledBackError(UpdateError):
    """The channel offered metadata older than what this PC already trusted (a replay of an older state)."""

    code = "update_rolled_back"

    def __init__(self, detail: str) -> None:
        super().__init__(f"The update was refused: the update server offered an older state than this computer "
                         f"has already seen ({detail}). Nothing was installed; tell your administrator.",
                         detail=detail)


class UpdateExpiredError(UpdateError):
    """The channel's signed metadata is past its expiry date (a frozen or abandoned channel)."""

    code = "update_expired"

    def __init__(self, detail: str) -> None:
        super().__init__(f"The update was refused: the update server's signed information has expired ({detail}). "
                         "Nothing was installed; your administrator must renew it.", detail=detail)


class UpdateMixAndMatchError(UpdateError):
    """Metadata files of different states were served together (each signed, but not belonging together)."""

    code = "update_mix_and_match"

    def __init__(self, detail: str) -> None:
        super().__init__(f"The update was refused: the update server's files do not belong together ({detail}). "
                         "Nothing was installed; tell your administrator.", detail=detail)


class UpdateUnavailableError(UpdateError):
    """The channel could not be reached or read; the next check tries again."""

    code = "update_unavailable"

    def __init__(self, detail: str) -> None:
        super().__init__(f"The update server could not be reached ({detail}); the next check tries again.",
                         detail=detail)


class UpdateSetupError(UpdateError):
    """The machine configuration names no channel, or its trusted root cannot be read."""

    code = "update_setup"

    def __init__(self, detail: str) -> None:
        super().__init__(f"Updates are not set up on this computer: {detail}.", detail=detail)
