"""The sync engine: reconciles a profile's local cache with the central platform; no Qt, no client imports.

What the GUI calls: `SyncEngine.run()` (with a `CancelToken` and a progress callback), `SyncEngine.status()`,
`SyncEngine.conflicts()` / `resolve_conflict()`, `SyncEngine.download_now()`, `SyncScheduler`, and
`Transport.login()` for the online sign-in. The cache side implements `Replica`.
"""

from sync.engine.attachments import DownloadPolicy
from sync.engine.errors import (
    DeviceRevokedError,
    MassPurgeError,
    OfflineError,
    ProtocolError,
    SignInRequiredError,
    SyncBusyError,
    SyncCancelledError,
    SyncError,
    UntrustedServerError,
    WipeNotConfirmedError,
)
from sync.engine.progress import CancelToken, Progress
from sync.engine.replica import ConflictView, Replica
from sync.engine.runner import SyncEngine, SyncReport
from sync.engine.scheduler import SyncScheduler
from sync.engine.status import SyncStatus
from sync.engine.transport import Transport, TransportConfig

__all__ = [
    "CancelToken", "ConflictView", "DeviceRevokedError", "DownloadPolicy", "MassPurgeError", "OfflineError",
    "Progress", "ProtocolError", "Replica", "SignInRequiredError", "SyncBusyError",
    "SyncCancelledError", "SyncEngine", "SyncError", "SyncReport", "SyncScheduler", "SyncStatus", "Transport",
    "TransportConfig", "UntrustedServerError", "WipeNotConfirmedError",
]
