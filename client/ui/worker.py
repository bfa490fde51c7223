"""The one way the GUI runs work off its thread: a thread pool, with result, error and progress sent back by signal.

Like Anki's taskman: `run_in_background(fn, on_done)` submits `fn` to a pool; whatever it returns (or raises)
comes back to the GUI thread through a queued signal, so callbacks may touch widgets freely. Work that reports
progress or can be stopped takes the `Job` as its argument (`with_job=True`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progress = Callable[[int, int, str], None]

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job that noticed it was cancelled; never reported as an error."""


class Job(QObject):
    """A handle on one background call: its cancellation token and the signals that carry its outcome.

    The Job lives on the GUI thread; the worker emits its signals, and because the receiving slots belong to this
    GUI-thread object Qt queues them, so the callbacks always run on the GUI thread.
    """

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    ended = Signal()  # after the outcome (done, failed or cancelled) was delivered

    def __init__(self, on_done: Done | None, on_error: Failed | None, on_progress: Progress | None) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self.is_done = False
        self._finished_from_worker.connect(self._deliver_done)
        self._failed_from_worker.connect(self._deliver_error)
        self._progress_from_worker.connect(self._deliver_progress)
        self._cancelled_from_worker.connect(self._deliver_cancelled)

    _finished_from_worker = Signal(object)
    _failed_from_worker = Signal(object)
    _progress_from_worker = Signal(int, int, str)
    _cancelled_from_worker = Signal()

    def cancel(self) -> None:
        """Ask the work to stop at its next check; its callbacks are then not called."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled if cancellation was asked for; long work calls this between steps."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int, text: str = "") -> None:
        """Send progress to the GUI thread (called from the worker thread)."""
        self._progress_from_worker.emit(done, total, text)

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        self._settle()
        if not self.is_cancelled:
            if self._on_done is not None and not _receiver_gone(self._on_done):
                self._on_done(result)
            self.finished.emit(result)
        self.ended.emit()

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        self._settle()
        if not self.is_cancelled:
            if self._on_error is not None:
                if not _receiver_gone(self._on_error):  # a closed window has no one left to tell
                    self._on_error(error)  # type: ignore[arg-type]
            else:
                log.error("background job failed", exc_info=error)  # type: ignore[arg-type]
            self.failed.emit(error)
        self.ended.emit()

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        if not self.is_cancelled:
            if self._on_progress is not None and not _receiver_gone(self._on_progress):
                self._on_progress(done, total, text)
            self.progressed.emit(done, total, text)

    @Slot()
    def _deliver_cancelled(self) -> None:
        self._settle()
        self.ended.emit()

    def _settle(self) -> None:
        self.is_done = True
        _running.discard(self)


def _receiver_gone(callback: Callable[..., Any] | None, depth: int = 3) -> bool:
    """Whether a callback belongs to a Qt object deleted meanwhile (a closed window's label, a rebuilt window's
    model): a bound method of one, or a closure (a lambda in a method, a nested helper) that holds one."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject) and not shiboken6.isValid(owner):
        return True
    if depth == 0:
        return False
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            held = cell.cell_contents
        except ValueError:  # a cell not filled yet
            continue
        if isinstance(held, QObject):
            if not shiboken6.isValid(held):
                return True
        elif callable(held) and _receiver_gone(held, depth - 1):
            return True
    return False


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.job = job
        self.fn = fn

    def run(self) -> None:
        if self.job.is_cancelled:  # replaced while it waited for a thread (a reload): its result would be dropped
            self.job._cancelled_from_worker.emit()
            return
        try:
            result = self.fn()
        except Cancelled:
            self.job._cancelled_from_worker.emit()
            return
        except BaseException as error:  # every failure must reach the GUI, never die silently in the pool
            self.job._failed_from_worker.emit(error)
            return
        self.job._finished_from_worker.emit(result)


# Jobs stay referenced until their outcome was delivered; otherwise Python could collect the QObject whose
# signal is still queued for the GUI thread.
_running: set[Job] = set()


def run_in_background(
    fn: Callable[..., Any],
    on_done: Done | None = None,
    on_error: Failed | None = None,
    on_progress: Progress | None = None,
    *,
    with_job: bool = False,
    pool: QThreadPool | None = None,
) -> Job:
    """Run `fn` on a worker thread and deliver its result, error and progress to callbacks on the GUI thread."""
    job = Job(on_done, on_error, on_progress)
    _running.add(job)
    call = (lambda: fn(job)) if with_job else fn
    (pool or QThreadPool.globalInstance()).start(_Runnable(job, call))
    return job


def running_jobs() -> int:
    """How many jobs have not delivered their outcome yet (tests wait for zero)."""
    return len(_running)


def wait_for_idle(timeout_ms: int = 30_000) -> bool:
    """Wait until every job of the global pool has run (at shutdown, before the cache is closed)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
