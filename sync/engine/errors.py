"""What a sync can fail with: a `code` and `params` the GUI words with tr(), and a plain English `str()`.

The English text is what the command line prints and the status keeps for logs; the screens word the code.
"""

from __future__ import annotations

from typing import Any


class SyncError(Exception):
    """Base of every error the sync engine reports."""

    code = "sync_error"
    #: True when the server could not be reached at all (the GUI shows "offline").
    offline: bool = False

    def __init__(self, *args: object, **params: Any) -> None:
        super().__init__(*args)
        self.params: dict[str, Any] = params


class OfflineError(SyncError):
    """The server could not be reached, or kept failing; nothing was lost."""

    code = "offline"
    offline = True

    def __init__(self, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"Cannot reach the server. Your changes are saved and will be sent when the connection returns.{extra}",
            detail=detail,
        )


class UntrustedServerError(SyncError):
    """The server's TLS certificate is not trusted: nothing is sent, and retrying would not help."""

    code = "untrusted_server"

    def __init__(self, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            "The server's security certificate is not trusted, so nothing was sent. Check the server address; "
            f"if it is right, ask your administrator to install the unit's CA certificate.{extra}",
            detail=detail,
        )


class ServerBusyError(SyncError):
    """The server answered with errors (5xx) on every attempt."""

    code = "server_busy"

    def __init__(self, status: int) -> None:
        super().__init__(
            f"The server is having trouble (HTTP {status}) and did not accept the sync. Your changes are saved; "
            "the sync will be tried again later.",
            status=status,
        )


class ProtocolError(SyncError):
    """The server's answer was malformed, out of bounds or not allowed; nothing of it was stored."""

    code = "protocol"

    def __init__(self, what: str) -> None:
        super().__init__(
            f"The server sent an answer this program cannot accept: {what}. Nothing of it was stored; tell your "
            "administrator if this happens again.",
            what=what,
        )


class SignInRequiredError(SyncError):
    """The session ended (expired or refused refresh); an online sign-in with the password is needed."""

    code = "sign_in_required"

    def __init__(self, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            "Your sign-in with the server has ended. Sign in online again with your password; unsent changes are "
            f"kept.{extra}",
            detail=detail,
        )


class DeviceRevokedError(SyncError):
    """An administrator revoked this device: its local data must be wiped.

    Raised by the transport on a wipe claim (unverified); the runner wipes only after its server proved the
    instruction (sync/engine/wipe_check.py), and then raises one with `unsent`, the changes that were lost.
    """

    code = "device_revoked"

    def __init__(self, unsent: int | None = None) -> None:
        lost = f" {unsent} change(s) not yet sent to the server were lost." if unsent else ""
        super().__init__(
            "This computer was removed from the platform by an administrator, so its local copy was erased."
            f"{lost} Sign in on an authorised computer, or ask your administrator.",
            unsent=unsent or 0,
        )
        self.unsent = unsent or 0


class WipeNotConfirmedError(SyncError):
    """Something claimed this device was revoked, but its own server did not prove it: nothing was erased."""

    code = "wipe_not_confirmed"

    def __init__(self, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            "The server answered that this computer was removed from the platform, but the instruction could not "
            f"be verified, so nothing was erased and unsent changes are kept. Tell your administrator.{extra}",
            detail=detail,
        )


class RequestRejectedError(SyncError):
    """The server refused a request with a problem answer (4xx) that retrying will not fix."""

    code = "rejected"

    def __init__(self, status: int, problem_type: str, detail: str) -> None:
        self.status = status
        self.problem_type = problem_type
        self.detail = detail
        super().__init__(detail or f"The server refused the request (HTTP {status}).", status=status,
                         problem_type=problem_type, detail=detail)


class MassPurgeError(SyncError):
    """Applying the server's changes would remove more than half of the cache; the user must confirm."""

    code = "mass_purge"

    def __init__(self, removing: int, total: int) -> None:
        self.removing = removing
        self.total = total
        super().__init__(
            f"The server asks to remove {removing} of the {total} records on this computer. That is unusual, so the "
            "sync stopped and nothing was removed. Check with your administrator; to go ahead, confirm the removal "
            "(command line: --allow-mass-purge).",
            removing=removing, total=total,
        )


class AttachmentIntegrityError(ProtocolError):
    """Downloaded bytes do not match the attachment's SHA-256."""

    code = "attachment_integrity"


class SyncCancelledError(SyncError):
    """The user cancelled the sync; what was stored stays stored and the next sync continues from there."""

    code = "cancelled"

    def __init__(self) -> None:
        super().__init__("The sync was cancelled. What was already saved stays; the next sync continues from there.")


class SyncBusyError(SyncError):
    """Another sync of the same profile is running (in this program or another)."""

    code = "sync_busy"

    def __init__(self) -> None:
        super().__init__("A sync of this profile is already running. Wait for it to finish.")


class RedirectRefusedError(SyncError):
    """The server answered with a redirect: the client follows none, so nothing (password, token) goes elsewhere."""

    code = "redirect_refused"

    def __init__(self, status: int, location: str) -> None:
        super().__init__(
            f"The server answered with a redirect (HTTP {status}) to {location or 'an unnamed address'}. This "
            "program only talks to the server address it was given, so nothing was sent there. Check the server "
            "address with your administrator.",
            status=status, location=location,
        )


class PlainHttpRefusedError(SyncError):
    """The server address is `http://` on the network and the machine configuration does not allow it."""

    code = "plain_http_refused"

    def __init__(self, url: str) -> None:
        super().__init__(
            f"The server address {url} is not encrypted (http://), so nothing was sent. Use its https:// address; "
            "an administrator may allow plain http for a pilot in the machine configuration (allow_plain_http).",
            url=url,
        )


class DeadlineError(SyncError):
    """A request, or the whole run, took longer than its limit: the link or the server is too slow to finish."""

    code = "deadline"
    offline = True

    def __init__(self, what: str, seconds: float, *, run_budget: bool = False) -> None:
        self.run_budget = run_budget  # the whole run's budget, not one call's deadline
        super().__init__(
            f"The server took longer than {seconds:.0f} seconds for {what}, so it was stopped. What was saved stays; "
            "the next sync continues from there.",
            what=what, seconds=round(seconds),
        )
