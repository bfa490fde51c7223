"""Sync for the open profile: a SyncScheduler runs the engine on its thread; this GUI-thread object shows it.

The scheduler is the one mechanism: it syncs at start, every `interval`, on F5, and while offline it probes the
server's health cheaply every `retry_interval` and syncs as soon as the link is back. The engine's progress
events and each run's outcome cross to the GUI thread through queued signals of this object; nothing here does
disk or network I/O on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests
from PySide6.QtCore import QObject, Signal, Slot

from client.cache.profile import OpenProfile, Profiles
from client.cache.store import CacheStore
from client.online import build_engine
from client.ui.sync_changes import Deadlines, TouchRecorder, incoming_watermark, near_deadlines, new_incoming
from client.ui.worker import run_in_background
from sync.engine import CancelToken, Progress, SyncEngine, SyncReport, SyncScheduler, SyncStatus, Transport
from sync.engine.errors import DeviceRevokedError, SignInRequiredError, SyncCancelledError

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
    touched: frozenset[str]
    new_incoming: int
    new_titles: list[str]
    deadlines: Deadlines | None


class SyncController(QObject):
    """Owns the scheduler of one open profile and reports what it does as signals on the GUI thread."""

    progressed = Signal(object)  # Progress
    statusRead = Signal(object)  # SyncStatus
    runStarted = Signal()
    runFinished = Signal(object)  # RunOutcome
    touched = Signal(object)  # frozenset[str]: views whose records a run changed
    revoked = Signal(str)  # the device was revoked and the profile wiped: the message to show
    signInRequired = Signal(str)

    _progress_from_thread = Signal(object)
    _started_from_thread = Signal()
    _finished_from_thread = Signal(object)

    def __init__(self, profile: OpenProfile, engine: SyncEngine, transport: Transport, *, interval: float = 900.0,
                 retry_interval: float = 30.0, deadline_days: int = 3, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.deadline_days = deadline_days
        self.engine = engine
        self.transport = transport
        self.recorder: TouchRecorder = engine.replica  # type: ignore[assignment]
        self.server_url = self.transport.config.base_url
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
    def prepare(profile: OpenProfile, profiles: Profiles,
                transport: dict[str, Any] | None = None) -> tuple[SyncEngine, Transport]:
        """Build the engine (reads the cache and the machine configuration: call it on a worker).

        Raises ValueError when the profile is not bound to a server (made offline, never signed in online).
        """
        return build_engine(profile, profiles, replica_factory=TouchRecorder,
                            **(transport if transport is not None else GUI_TRANSPORT))

    # -- what the window calls -------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the stored status, then start syncing (the first run follows at once)."""
        engine = self.engine
        run_in_background(engine.status, self.statusRead.emit, lambda e: log.warning("status: %s", e))
        self.scheduler.start()

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
        run_in_background(lambda: self.engine.download_now(sha256), on_done, on_error)

    def cancel(self) -> None:
        """Stop the run in progress at its next safe point; what was stored stays."""
        if self._cancel is not None:
            self._cancel.cancel()

    def stop(self) -> None:
        """Cancel, wait for the scheduler thread, close the connections (before the profile is closed)."""
        if self._stopped:
            return
        self._stopped = True
        self.cancel()
        self.scheduler.stop()
        self.cancel()  # a run that started while stopping
        self.transport.close()

    # -- on the scheduler's thread ---------------------------------------------------------------------------

    def _probe(self) -> bool:
        # The cheap "is the link back?" check: health needs no database and no sign-in.
        try:
            return requests.get(f"{self.server_url}/v1/health", timeout=3).status_code == 200
        except requests.RequestException:
            return False

    def _run(self) -> RunOutcome:
        token = CancelToken()
        self._cancel = token
        if self._stopped:
            token.cancel()
        self._started_from_thread.emit()
        store = self.profile.store
        watermark = incoming_watermark(store)
        first = self.engine.status().last_success_at is None
        try:
            report = self.engine.run(on_progress=self._progress_from_thread.emit, cancel=token)
        except DeviceRevokedError as revoked:
            revoked.run_outcome = RunOutcome(None, revoked, None, frozenset(), 0, [], None)  # type: ignore[attr-defined]
            raise
        except Exception as failure:
            # Raised on, so that the scheduler knows the link is down and probes it; the outcome rides along.
            failure.run_outcome = self._outcome(None, failure, store, 0, first)  # type: ignore[attr-defined]
            raise
        finally:
            self._cancel = None
        return self._outcome(report, None, store, watermark, first)

    def _outcome(self, report: SyncReport | None, error: BaseException | None, store: CacheStore,
                 watermark: int, first: bool) -> RunOutcome:
        status = self.engine.status()
        count, titles = new_incoming(store, watermark) if report is not None and not first else (0, [])
        deadlines = near_deadlines(store, self.deadline_days) if report is not None else None
        return RunOutcome(report, error, status, frozenset(self.recorder.take()), count, titles, deadlines)

    def _on_finished(self, result: object | None, error: BaseException | None) -> None:
        if result is None:
            result = getattr(error, "run_outcome", None) or RunOutcome(None, error, None, frozenset(), 0, [], None)
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
        self.running = False
        self.runs += 1
        self.last_outcome = outcome
        if isinstance(outcome.error, DeviceRevokedError):
            self._stopped = True
            self.scheduler.stop(timeout=0)  # called on the GUI thread: the run has ended, the thread follows
            self.revoked.emit(str(outcome.error))
            return
        if isinstance(outcome.error, SignInRequiredError):
            self.signInRequired.emit(str(outcome.error))
        if outcome.status is not None:
            self.statusRead.emit(outcome.status)
        if outcome.touched:
            self.touched.emit(outcome.touched)
        self.runFinished.emit(outcome)

    @staticmethod
    def was_cancelled(outcome: RunOutcome) -> bool:
        """Whether the run stopped because the user cancelled it."""
        return isinstance(outcome.error, SyncCancelledError)

