"""The one way the GUI runs work off its thread: a thread pool, with result, error and progress sent back by signal.

Like Anki's taskman: `run_in_background(fn, on_done)` submits `fn` to a pool; whatever it returns (or raises)
comes back to the GUI thread through a queued signal, so callbacks may touch widgets freely. Work that reports
progress or can be stopped takes the `Job` as its argument (`with_job=True`).

A worker never drops the last reference to anything that may own a Qt object: PySide deletes the C++ object of a
wrapper freed off the GUI thread later, on the GUI thread, in the middle of whatever it is doing (a paint, a
collection), and the GUI tests crashed so. The call, its Job, its result or error stay in `_calls`, which only
the GUI thread adds to and removes from; the worker holds nothing of them when it says "ready" (`_Dispatcher`).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any, Literal

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

    The Job lives on the GUI thread; progress the worker reports is queued to it, and its outcome is delivered by
    the GUI thread's `_Dispatcher`, so the callbacks always run on the GUI thread.
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
        self._progress_from_worker.connect(self._deliver_progress)

    _progress_from_worker = Signal(int, int, str)

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

    def _deliver_done(self, result: object) -> None:
        self.is_done = True
        if not self.is_cancelled:
            if self._on_done is not None and not _receiver_gone(self._on_done):
                self._on_done(result)
            self.finished.emit(result)
        self.ended.emit()

    def _deliver_error(self, error: object) -> None:
        self.is_done = True
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

    def _deliver_cancelled(self) -> None:
        self.is_done = True
        self.ended.emit()


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


class _Call:
    """One submitted call and, once it ran, its outcome; owned by `_calls` until the GUI thread delivers it."""

    __slots__ = ("fn", "job", "outcome", "value")

    def __init__(self, job: Job, fn: Callable[[], Any]) -> None:
        self.job = job
        self.fn = fn
        self.outcome: Literal["done", "failed", "cancelled"] | None = None
        self.value: object = None


# Added to and removed from on the GUI thread only (the worker looks its call up and fills in the outcome); until
# the outcome is delivered it keeps the Job alive, whose progress signals may still be queued for the GUI thread.
_calls: dict[int, _Call] = {}
_ids = itertools.count(1)


def _run_call(job_id: int) -> None:
    """Run one call on the worker and store its outcome in its `_Call`.

    Its own frame, kept by an error's traceback, holds only the id when it returns: `call` is deleted and `error`
    is cleared by the `except` clause, so the frame keeps no path to the closure."""
    call = _calls[job_id]
    try:
        if call.job.is_cancelled:  # replaced while it waited for a thread (a reload): its result would be dropped
            call.outcome = "cancelled"
            return
        call.value = call.fn()
        call.outcome = "done"
    except Cancelled as stopped:
        call.value, call.outcome = stopped, "cancelled"  # its traceback holds the call's frames: freed on the GUI
    except BaseException as error:  # every failure must reach the GUI, never die silently in the pool
        call.value, call.outcome = error, "failed"
    finally:
        del call


class _Runnable(QRunnable):
    # Deleted by the pool on its thread after run(): it holds the id only, nothing that could own a Qt object.
    def __init__(self, job_id: int) -> None:
        super().__init__()
        self.job_id = job_id

    def run(self) -> None:
        _run_call(self.job_id)
        _dispatcher().ready.emit(self.job_id)


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole session: the worker's "ready" is queued to it, and it hands the
    outcome to the Job and drops the call there."""

    ready = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.ready.connect(self._deliver)

    @Slot(int)
    def _deliver(self, job_id: int) -> None:
        call = _calls.pop(job_id)
        if call.outcome == "done":
            call.job._deliver_done(call.value)
        elif call.outcome == "failed":
            call.job._deliver_error(call.value)
        else:
            call.job._deliver_cancelled()


_the_dispatcher: _Dispatcher | None = None


def _dispatcher() -> _Dispatcher:
    global _the_dispatcher
    if _the_dispatcher is None:  # made by the first run_in_background, on the GUI thread, and never freed
        _the_dispatcher = _Dispatcher()
    return _the_dispatcher


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
    _dispatcher()
    job = Job(on_done, on_error, on_progress)
    job_id = next(_ids)
    _calls[job_id] = _Call(job, (lambda: fn(job)) if with_job else fn)
    (pool or QThreadPool.globalInstance()).start(_Runnable(job_id))
    return job


def running_jobs() -> int:
    """How many jobs have not delivered their outcome yet (tests wait for zero)."""
    return len(_calls)


def wait_for_idle(timeout_ms: int = 30_000) -> bool:
    """Wait until every job of the global pool has run (at shutdown, before the cache is closed)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
