"""The sync engine: reconciles a profile's local cache with the central platform; no Qt, no client imports.

What the GUI calls: `SyncEngine.run()` (with a `CancelToken` and a progress callback), `SyncEngine.status()`,
`SyncEngine.conflicts()` / `resolve_conflict()`, `SyncEngine.download_now()`, `SyncScheduler`, and
`Transport.login()` for the online sign-in. The cache side implements `Replica`.

Each name is imported when it is first used (PEP 562): reading the sync status from the cache (`status.py`,
`replica.py`) must not load the HTTP stack, which only online commands need (issue 17).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Exported name -> the module of this package that defines it.
_HOMES: dict[str, str] = {
    "DownloadPolicy": "attachments",
    **dict.fromkeys(("DeviceRevokedError", "MassPurgeError", "OfflineError", "ProtocolError", "SignInRequiredError",
                     "SyncBusyError", "SyncCancelledError", "SyncError", "UntrustedServerError",
                     "WipeNotConfirmedError"), "errors"),
    "CancelToken": "progress",
    "Progress": "progress",
    "ConflictView": "replica",
    "Replica": "replica",
    "SyncEngine": "runner",
    "SyncReport": "runner",
    "SyncScheduler": "scheduler",
    "SyncStatus": "status",
    "Transport": "transport",
    "TransportConfig": "transport",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:  # also how `from sync.engine import inbound` finds a submodule not yet imported
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value  # the next use is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


if TYPE_CHECKING:  # the same names, for type checkers (`X as X`: an explicit re-export)
    from sync.engine.attachments import DownloadPolicy as DownloadPolicy
    from sync.engine.errors import DeviceRevokedError as DeviceRevokedError
    from sync.engine.errors import MassPurgeError as MassPurgeError
    from sync.engine.errors import OfflineError as OfflineError
    from sync.engine.errors import ProtocolError as ProtocolError
    from sync.engine.errors import SignInRequiredError as SignInRequiredError
    from sync.engine.errors import SyncBusyError as SyncBusyError
    from sync.engine.errors import SyncCancelledError as SyncCancelledError
    from sync.engine.errors import SyncError as SyncError
    from sync.engine.errors import UntrustedServerError as UntrustedServerError
    from sync.engine.errors import WipeNotConfirmedError as WipeNotConfirmedError
    from sync.engine.progress import CancelToken as CancelToken
    from sync.engine.progress import Progress as Progress
    from sync.engine.replica import ConflictView as ConflictView
    from sync.engine.replica import Replica as Replica
    from sync.engine.runner import SyncEngine as SyncEngine
    from sync.engine.runner import SyncReport as SyncReport
    from sync.engine.scheduler import SyncScheduler as SyncScheduler
    from sync.engine.status import SyncStatus as SyncStatus
    from sync.engine.transport import Transport as Transport
    from sync.engine.transport import TransportConfig as TransportConfig
