"""A sync run: push the outbox, pull the feed to its end, then move attachment bytes; and what the GUI calls."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Literal

from sync.engine.attachments import Downloader, DownloadPolicy, Uploader, forget_failed_attachment
from sync.engine.audit import report_opens
from sync.engine.errors import DeviceRevokedError, SyncCancelledError, SyncError
from sync.engine.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from sync.engine.pull import ConfirmMassPurge, Puller, PullResult
from sync.engine.push import Pusher, PushResult
from sync.engine.replica import ConflictView, MissingAttachment, Replica
from sync.engine.runlock import RunLock
from sync.engine.status import (
    LAST_ATTEMPT,
    LAST_ERROR,
    LAST_ERROR_CODE,
    LAST_ONLINE,
    LAST_SUCCESS,
    ONLINE,
    SyncStatus,
    error_state,
    now_iso,
    read_status,
)
from sync.engine.transport import Transport
from sync.engine.wipe_check import wipe_if_verified

log = logging.getLogger("commune.sync")


@dataclass
class SyncReport:
    """What one run did."""

    push: PushResult = field(default_factory=PushResult)
    pull: PullResult = field(default_factory=PullResult)
    uploaded_bytes: int = 0
    downloaded: int = 0
    downloaded_bytes: int = 0
    round_trips: int = 0
    opens_reported: int = 0

    def as_dict(self) -> dict[str, Any]:
        """Plain values, for `sync --json`."""
        return {"pushed": vars(self.push), "pulled": vars(self.pull), "uploaded_bytes": self.uploaded_bytes,
                "downloaded": self.downloaded, "downloaded_bytes": self.downloaded_bytes,
                "round_trips": self.round_trips, "opens_reported": self.opens_reported}


class SyncEngine:
    """Reconciles one profile's cache with the server; safe to call from any thread, one run at a time."""

    def __init__(self, replica: Replica, transport: Transport, *, policy: DownloadPolicy | None = None,
                 page_size: int = 1000) -> None:
        self.replica = replica
        self.transport = transport
        self.policy = policy or DownloadPolicy()
        self.page_size = page_size

    def run(self, *, on_progress: ProgressCallback = ignore_progress, cancel: CancelToken | None = None,
            confirm_mass_purge: ConfirmMassPurge | None = None, allow_mass_purge: bool = False,
            lock_timeout: float = 0) -> SyncReport:
        """One complete run; raises a SyncError (whose text is for the user) when it cannot finish.

        A run that would remove over half of the cache calls `confirm_mass_purge(removing, total)` before
        removing anything; without it, or when it answers False, the run raises MassPurgeError and removes
        nothing (the next run asks again). `allow_mass_purge=True` answers yes without asking (the CLI's flag).
        """
        if allow_mass_purge:
            confirm_mass_purge = _always_yes
        cancel = cancel or CancelToken()
        self.transport.cancel = cancel
        self.transport.begin_run()
        report = SyncReport()
        start_trips = self.transport.round_trips
        with RunLock(self.replica.run_lock_path, lock_timeout):
            try:
                uploader = Uploader(self.replica, self.transport, progress=on_progress, cancel=cancel)
                report.push = Pusher(self.replica, self.transport, uploader, progress=on_progress,
                                     cancel=cancel).run()
                report.uploaded_bytes = uploader.bytes_sent
                report.opens_reported = report_opens(self.replica, self.transport)
                self.replica.release_attachments(self.replica.purge_deferred())
                report.pull = Puller(self.replica, self.transport, page_size=self.page_size,
                                     confirm_mass_purge=confirm_mass_purge, progress=on_progress,
                                     cancel=cancel).run()
                self.replica.release_attachments(self.replica.purge_deferred())
                downloader = Downloader(self.replica, self.transport, progress=on_progress, cancel=cancel)
                report.downloaded = downloader.run(self.policy)
                report.downloaded_bytes = downloader.bytes_received
            except DeviceRevokedError as claim:
                # A claim is not proof: wipe only when the device's own server proves it for this device.
                raise wipe_if_verified(self.replica, self.transport) from claim
            except SyncCancelledError:
                raise
            except SyncError as error:
                self._record_failure(error)
                raise
            report.round_trips = self.transport.round_trips - start_trips
            stamp = now_iso()
            self.replica.set_state({LAST_SUCCESS: stamp, LAST_ATTEMPT: stamp, LAST_ONLINE: stamp, ONLINE: "1",
                                    LAST_ERROR: None, LAST_ERROR_CODE: None})
        on_progress(Progress("done"))
        return report

    def _record_failure(self, error: SyncError) -> None:
        values: dict[str, str | None] = {LAST_ATTEMPT: now_iso(), LAST_ERROR: str(error),
                                         LAST_ERROR_CODE: error_state(error), ONLINE: "0" if error.offline else "1"}
        if not error.offline:
            values[LAST_ONLINE] = now_iso()  # the server answered, even if the run failed
        try:
            self.replica.set_state(values)
        except Exception:  # the cache may be what failed; the error itself still reaches the caller
            log.exception("could not record the sync error")

    def status(self) -> SyncStatus:
        """What the window shows: online, last success, pending, refused, conflicts, last error."""
        return read_status(self.replica)

    def conflicts(self) -> list[ConflictView]:
        """Conflicts waiting for the user."""
        return self.replica.open_conflicts()

    def resolve_conflict(self, conflict_id: int, choice: Literal["mine", "theirs", "merged"],
                         value: Any = None) -> None:
        """Keep mine, keep theirs, or store a value merged by hand; a kept or merged value is sent next run."""
        self.replica.resolve_conflict(conflict_id, choice, value)

    def download_now(self, sha256: str, *, cancel: CancelToken | None = None,
                     on_progress: ProgressCallback = ignore_progress) -> bool:
        """Fetch one attachment on demand (a large file the user opens); False when no record needs it."""
        wanted = [m for m in self.replica.missing_attachments() if m.sha256 == sha256]
        if not wanted:
            return False
        self.transport.cancel = cancel or CancelToken()
        self.transport.end_run()  # a file the user opens is bounded by its own deadline, not a finished run's
        Downloader(self.replica, self.transport, progress=on_progress, cancel=self.transport.cancel).fetch(wanted[0])
        forget_failed_attachment(self.replica, sha256)
        return True

    def missing_attachments(self) -> list[MissingAttachment]:
        """Attachments whose bytes are not here yet (the large ones wait to be opened)."""
        return self.replica.missing_attachments()


def _always_yes(removing: int, total: int) -> bool:
    return True
