"""Python's cyclic garbage collector runs on the GUI thread only, from a timer, by its usual thresholds.

Left automatic, it runs on whichever thread allocates past its threshold: a worker reading a page, the sync thread
parsing a run. The reference cycles it then frees include closed windows and forms (a lambda connected over
`self` is enough), and PySide defers the deletion of a Qt object whose wrapper died off the GUI thread to the GUI
thread's next Python call, in the middle of whatever it was doing: tests/ui crashed in QPainter::fillRect and in a
later collection walking freed memory. Anki turns automatic collection off for the same reason ("Qt objects must
be garbage-collected only on the main thread") and collects on a main-thread timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Slot

CHECK_MS = 500  # garbage waits at most this long; a check that finds nothing due costs a few microseconds


class _GuiThreadCollector(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(CHECK_MS)

    @Slot()
    def collect_due(self) -> None:
        """Collect the generation the automatic collector would have collected by now, if any."""
        count, threshold = gc.get_count(), gc.get_threshold()
        if threshold[0] == 0 or count[0] <= threshold[0]:  # CPython looks at older generations only then
            return
        generation = 2 if count[2] > threshold[2] else 1 if count[1] > threshold[1] else 0
        gc.collect(generation)


_collector: _GuiThreadCollector | None = None


def collect_on_gui_thread() -> None:
    """Turn automatic collection off; collect on this (the GUI) thread's timer from now on. Idempotent."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("the garbage collector's timer must be started on the GUI thread of a running app")
    if _collector is None:
        _collector = _GuiThreadCollector()
    gc.disable()


def collect_anywhere() -> None:
    """Back to automatic collection (a test suite leaving the GUI tests for the core's, which run no event loop)."""
    global _collector
    if _collector is not None:
        _collector._timer.stop()
        _collector = None  # freed here, on the GUI thread, with its timer
    gc.enable()
    gc.collect()


def collector_installed() -> bool:
    """Whether garbage is collected on the GUI thread only."""
    return _collector is not None and not gc.isenabled()
