"""One sync at a time per profile, across threads and processes: a lock file beside the profile's cache."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from sync.engine.errors import SyncBusyError


class RunLock:
    """Held for the whole of a run; the app's scheduler and a scheduled `commune-office sync` share it."""

    def __init__(self, path: Path, timeout: float = 0) -> None:
        # thread_local=False: the lock belongs to the run, which may be started on one thread and checked on another.
        self._lock = FileLock(str(path), timeout=timeout, thread_local=False)

    def __enter__(self) -> RunLock:
        try:
            self._lock.acquire()
        except Timeout:
            raise SyncBusyError from None
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._lock.release()
