"""Progress events and cancellation, the two things the GUI hands to a running sync."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sync.engine.errors import SyncCancelledError

Phase = Literal["push", "upload", "snapshot", "pull", "download", "done"]


@dataclass(frozen=True)
class Progress:
    """Where a run is: the phase, items and bytes done out of their totals (None when not known yet)."""

    phase: Phase
    items_done: int = 0
    items_total: int | None = None
    bytes_done: int = 0
    bytes_total: int | None = None


ProgressCallback = Callable[[Progress], None]


def ignore_progress(_event: Progress) -> None:
    """The default progress callback: nobody is watching."""


class CancelToken:
    """Set from any thread to stop a run at the next safe point (between transactions, chunks or retries)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the run to stop."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise SyncCancelledError when cancellation was asked for."""
        if self._event.is_set():
            raise SyncCancelledError

    def sleep(self, seconds: float) -> None:
        """Wait, waking up early (and raising) when cancelled."""
        if self._event.wait(max(0.0, seconds)):
            raise SyncCancelledError
