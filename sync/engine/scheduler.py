"""When to sync: on demand, periodically, and when the link comes back; one background thread, no Qt.

The GUI owns one scheduler per open profile, calls `request_now()` for the sync button and `link_came_back()` on
the operating system's network-change signal, and gets each outcome through `on_finished` (on the scheduler's
thread; the GUI forwards it to its own thread). While offline, a cheap probe is tried every `retry_interval` and
a run starts as soon as the server answers, so a link that comes back is noticed even without that signal.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sync.engine.errors import SyncBusyError, SyncError

log = logging.getLogger("commune.sync.scheduler")

Outcome = Callable[[object | None, BaseException | None], None]


def _ignore(_result: object | None, _error: BaseException | None) -> None:
    pass


class SyncScheduler:
    """Runs `run()` on its own thread when asked, every `interval` seconds, and when the link returns."""

    def __init__(self, run: Callable[[], object], *, interval: float = 900.0, retry_interval: float = 60.0,
                 probe: Callable[[], bool] | None = None, on_finished: Outcome = _ignore,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._run = run
        self.interval = interval
        self.retry_interval = retry_interval
        self._probe = probe
        self._on_finished = on_finished
        self._clock = clock
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._now_requested = False
        self.offline = False
        self.runs = 0
        self._next_due = clock()

    def start(self) -> None:
        """Start the thread; the first run follows at once."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="sync-scheduler", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop after the run in progress (cancel it first through its CancelToken to stop sooner)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def request_now(self) -> None:
        """Run as soon as possible (the sync button)."""
        self._now_requested = True
        self._wake.set()

    def link_came_back(self) -> None:
        """The network returned: run now instead of waiting for the next retry."""
        self.request_now()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(max(0.0, self._next_due - self._clock()))
            self._wake.clear()
            if self._stop.is_set():
                return
            asked, self._now_requested = self._now_requested, False
            if not asked and self._clock() < self._next_due:
                continue
            if not asked and self.offline and self._probe is not None and not self._safe_probe():
                self._next_due = self._clock() + self.retry_interval
                continue
            self._run_once()

    def _safe_probe(self) -> bool:
        try:
            return bool(self._probe and self._probe())
        except Exception:
            return False

    def _run_once(self) -> None:
        result: object | None = None
        error: BaseException | None = None
        try:
            result = self._run()
            self.offline = False
        except SyncBusyError as busy:
            error = busy  # another process is syncing this profile: try again at the next retry
        except SyncError as failure:
            error = failure
            self.offline = failure.offline
        except Exception as failure:  # a bug must not kill the scheduler thread; it is reported like any error
            log.exception("sync run failed")
            error = failure
        self.runs += 1
        self._next_due = self._clock() + (self.retry_interval if error is not None else self.interval)
        try:
            self._on_finished(result, error)
        except Exception:
            log.exception("on_finished callback failed")
