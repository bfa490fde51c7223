"""Sync for the open session: a SyncScheduler runs its sync on a thread; this GUI-thread object shows it.

The scheduler is the one mechanism: it syncs at start, every `interval`, on F5, and while offline it probes the
server's health cheaply every `retry_interval` and syncs as soon as the link is back. The engine's progress
events and each run's outcome cross to the GUI thread through queued signals of this object; nothing here does
disk or network I/O on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from client.office import NOTHING, Changes, OfficeSession
from client.ui.error_text import describe
from client.ui.worker import run_in_background

if TYPE_CHECKING:
    # The sync engine (its HTTP stack, the wire models) is imported when a controller is made for a profile
    # bound to a server, not with this module: an offline profile's window never loads it (issue 17).
    from client.office import CancelToken, Deadlines, Progress, SyncReport, SyncStatus

log = logging.getLogger(__name__)

# Shorter than the command line's patience: the window should say "offline" within seconds, and the scheduler's
# probe notices the link coming back anyway.
GUI_TRANSPORT = {"connect_timeout": 5.0, "read_timeout": 30.0, "max_attempts": 3, "backoff_base": 0.3,
                 "backoff_cap": 3.0}


@dataclass(frozen=True)
class RunOutcome:
    """What one run did, read on the sync thread right after it."""

    report: SyncReport | None
    error: BaseException | None
    status: SyncStatus | None
    changes: Changes
    new_incoming: int
    new_titles: list[str]
    deadlines: Deadlines | None

    @property
    def touched(self) -> frozenset[str]:
        """The views whose records the run changed."""
        return self.changes.views


class SyncController(QObject):
    """Owns the scheduler of one open profile and reports what it does as signals on the GUI thread."""

    progressed = Signal(object)  # Progress
    statusRead = Signal(object)  # SyncStatus
    runStarted = Signal()
    runFinished = Signal(object)  # RunOutcome
    changed = Signal(object)  # Changes: what a run made stale
    massPurgeAsked = Signal(int, int)  # removing, total: the window asks the user and calls answer_mass_purge
    revoked = Signal(str)  # the device was revoked and the profile wiped: the message to show
    signInRequired = Signal(str)

    _progress_from_thread = Signal(object)
    _started_from_thread = Signal()
    _finished_from_thread = Signal(object)

    def __init__(self, session: OfficeSession, *, interval: float = 900.0, retry_interval: float = 30.0,
                 deadline_days: int = 3, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.deadline_days = deadline_days
        self.server_url = session.transport.config.base_url
        self._purge_answer: bool | None = None
        self._purge_answered = threading.Event()
        from client.office import SyncScheduler

        self.scheduler = SyncScheduler(self._run, interval=interval, retry_interval=retry_interval,
                                       probe=self._probe, on_finished=self._on_finished)
        self._cancel: CancelToken | None = None
        self.running = False
        self.last_outcome: RunOutcome | None = None
        self.runs = 0
        self._stopped = False
        self._progress_from_thread.connect(self._deliver_progress)
        self._started_from_thread.connect(self._deliver_started)
        self._finished_from_thread.connect(self._deliver_finished)

    @staticmethod
    def prepare(session: OfficeSession, transport: dict[str, Any] | None = None) -> OfficeSession:
        """Connect the session (reads the cache and the machine configuration: call it on a worker).

        Raises NotBoundError when the profile is not bound to a server (made offline, never signed in online).
        """
        session.connect(**(transport if transport is not None else GUI_TRANSPORT))
        return session

    # -- what the window calls -------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the stored status, then start syncing (the first run follows at once)."""
        self.refresh_status()
        self.scheduler.start()

    def refresh_status(self) -> None:
        """Read the stored status on a worker and emit it (a window rebuilt in another language shows it again)."""
        run_in_background(self.session.status, self.statusRead.emit, lambda e: log.warning("status: %s", e))

    def sync_now(self) -> None:
        """Run now (F5)."""
        if not self._stopped:
            self.scheduler.request_now()

    def download(self, sha256: str, on_done: Callable[[object], None],
                 on_error: Callable[[BaseException], None]) -> None:
        """Fetch one attachment the user opened (large files wait to be asked for), on a worker."""
        if self.running:
            # The engine's transport carries one cancel token at a time; the run in progress owns it now.
            on_error(RuntimeError(self.tr("A sync is running; try again when it has finished.")))
            return
        run_in_background(lambda: self.session.download_now(sha256), on_done, on_error)

    def cancel(self) -> None:
        """Stop the run in progress at its next safe point; what was stored stays."""
        if self._cancel is not None:
            self._cancel.cancel()

    def stop(self) -> None:
        """Cancel, wait for the scheduler thread, close the connections (before the profile is closed)."""
        if self._stopped:
            return
        self._stopped = True
        self.answer_mass_purge(False)
        self.cancel()
        self.scheduler.stop()
        self.cancel()  # a run that started while stopping
        self.session.transport.close()

    def answer_mass_purge(self, go_ahead: bool) -> None:
        """The user's answer to "the server asks to remove N of M records": the waiting run goes on with it."""
        self._purge_answer = go_ahead
        self._purge_answered.set()

    # -- on the scheduler's thread ---------------------------------------------------------------------------

    def _probe(self) -> bool:
        # The cheap "is the link back?" check, through the session's transport: the admin's CA is trusted here too.
        return self.session.health()

    def _confirm_mass_purge(self, removing: int, total: int) -> bool:
        # Called on the sync thread: ask the window (GUI thread) and wait for the user's answer.
        if self._stopped:
            return False
        self._purge_answered.clear()
        self._purge_answer = None
        self.massPurgeAsked.emit(removing, total)
        while not self._purge_answered.wait(0.2):
            if self._stopped or (self._cancel is not None and self._cancel.cancelled):
                return False
        return bool(self._purge_answer)

    def _run(self) -> RunOutcome:
        from client.office import CancelToken, DeviceRevokedError

        token = CancelToken()
        self._cancel = token
        if self._stopped:
            token.cancel()
        self._started_from_thread.emit()
        try:
            result = self.session.sync(on_progress=self._progress_from_thread.emit, cancel=token,
                                       confirm_mass_purge=self._confirm_mass_purge,
                                       deadline_days=self.deadline_days)
        except DeviceRevokedError as revoked:
            revoked.run_outcome = RunOutcome(None, revoked, None, NOTHING, 0, [], None)  # type: ignore[attr-defined]
            raise
        except Exception as failure:
            # Raised on, so that the scheduler knows the link is down and probes it; the outcome rides along.
            failure.run_outcome = RunOutcome(  # type: ignore[attr-defined]
                None, failure, self.session.status(), self.session.take_changes(), 0, [], None)
            raise
        finally:
            self._cancel = None
        return RunOutcome(result.report, None, result.status, result.changes, result.new_incoming, result.new_titles,
                          result.deadlines)

    def _on_finished(self, result: object | None, error: BaseException | None) -> None:
        if result is None:
            result = getattr(error, "run_outcome", None) or RunOutcome(None, error, None, NOTHING, 0, [], None)
        self._finished_from_thread.emit(result)

    # -- back on the GUI thread ------------------------------------------------------------------------------

    @Slot(object)
    def _deliver_progress(self, event: Progress) -> None:
        self.progressed.emit(event)

    @Slot()
    def _deliver_started(self) -> None:
        self.running = True
        self.runStarted.emit()

    @Slot(object)
    def _deliver_finished(self, outcome: RunOutcome) -> None:
        from client.office import DeviceRevokedError, SignInRequiredError

        self.running = False
        self.runs += 1
        self.last_outcome = outcome
        if isinstance(outcome.error, DeviceRevokedError):
            self._stopped = True
            self.scheduler.stop(timeout=0)  # called on the GUI thread: the run has ended, the thread follows
            self.revoked.emit(describe(outcome.error))
            return
        if isinstance(outcome.error, SignInRequiredError):
            self.signInRequired.emit(describe(outcome.error))
        if outcome.status is not None:
            self.statusRead.emit(outcome.status)
        if outcome.changes:
            self.changed.emit(outcome.changes)
        self.runFinished.emit(outcome)

    @staticmethod
    def was_cancelled(outcome: RunOutcome) -> bool:
        """Whether the run stopped because the user cancelled it."""
        from client.office import SyncCancelledError

        return isinstance(outcome.error, SyncCancelledError)

