"""Python objects that may own Qt objects are freed on the GUI thread, never on a worker or the sync thread.

A PySide wrapper freed on another thread has its C++ object deleted later on the GUI thread, in whatever the GUI
was doing then (a paint, a timer): that is how tests/ui crashed in QPainter::fillRect and in dict lookups during a
garbage collection. Two ways led there: a worker dropping the last reference to a job's closure, its Job or its
result after the GUI had delivered the outcome, and Python's cyclic collector running on whichever thread happened
to allocate, freeing a closed window's reference cycles (DocumentForm, MainWindow) there.
"""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from client.ui import worker
from client.ui.garbage_collector import collector_installed
from client.ui.worker import Job, run_in_background

ROUNDS = 300  # the old runner lost the race between delivery and its own release now and then, not every time


class Payload:
    """A result that owns a Qt object, as the attachment viewer's LoadedPdf owns its QPdfDocument."""

    def __init__(self, owned: QObject) -> None:
        self.owned = owned


def track(obj: object, freed_on: list[tuple[str, int]], what: str) -> None:
    weakref.finalize(obj, lambda: freed_on.append((what, threading.get_ident())))


def test_a_job_its_closure_and_its_result_are_freed_on_the_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    freed_on: list[tuple[str, int]] = []
    ran_on: list[int] = []
    delivered: list[object] = []

    def start(progress: bool) -> None:
        # Everything the job refers to is made here on the GUI thread and dropped by the test at once, so the
        # runner's own references are the last ones.
        captured = QObject()
        result = Payload(QObject())
        track(captured, freed_on, "closure's QObject")
        track(result, freed_on, "result")

        def call(job: Job | None = None) -> Payload:
            ran_on.append(threading.get_ident())
            if job is not None:
                job.report(1, 1, type(captured).__name__)
            return result

        job = run_in_background(call, lambda outcome: delivered.append(type(outcome)), with_job=progress)
        track(job, freed_on, "Job")

    for round_ in range(ROUNDS):
        start(progress=round_ % 2 == 0)
    qtbot.waitUntil(lambda: len(freed_on) == 3 * ROUNDS, timeout=60_000)
    worker.wait_for_idle()
    assert len(delivered) == ROUNDS and all(ident != gui for ident in ran_on)
    off_gui = [what for what, ident in freed_on if ident != gui]
    assert off_gui == [], f"{len(off_gui)} objects freed off the GUI thread: {sorted(set(off_gui))}"


def test_a_failed_or_cancelled_job_frees_its_closure_and_error_on_the_gui_thread(qtbot) -> None:
    # The error's traceback holds the frames of the call, and through them what the closure held.
    gui = threading.get_ident()
    freed_on: list[tuple[str, int]] = []
    errors: list[str] = []

    def start(cancel: bool) -> None:
        captured = QObject()
        track(captured, freed_on, "closure's QObject")

        def call(job: Job) -> None:
            held_in_frame = captured
            if cancel:
                job.cancel()
                job.check()
            raise LookupError(held_in_frame.objectName() or "no such record")

        run_in_background(call, on_error=lambda error: errors.append(str(error)), with_job=True)

    cancelled = 0
    for round_ in range(ROUNDS // 3):
        cancelled += round_ % 3 == 0
        start(cancel=round_ % 3 == 0)
    qtbot.waitUntil(lambda: len(freed_on) == ROUNDS // 3, timeout=60_000)
    worker.wait_for_idle()
    assert errors == ["no such record"] * (ROUNDS // 3 - cancelled)  # a cancelled job stays silent
    off_gui = [what for what, ident in freed_on if ident != gui]
    assert off_gui == [], f"{len(off_gui)} objects freed off the GUI thread"


def make_cycle(freed_on: list[tuple[str, int]]) -> list[QObject]:
    """A window-like reference cycle: a QObject whose Python side refers back to it (a lambda connected in
    __init__ over `self`, as DocumentForm and MainWindow have), handed over in a list the worker empties."""
    owner = QObject()
    owner.again = owner  # type: ignore[attr-defined]
    track(owner, freed_on, "cyclic QObject")
    return [owner]


def test_cyclic_garbage_a_worker_drops_is_collected_on_the_gui_thread(qtbot) -> None:
    assert collector_installed() and not gc.isenabled()
    gui = threading.get_ident()
    freed_on: list[tuple[str, int]] = []
    gc.collect()  # the cycle starts in the youngest generation, which every collection examines
    handed = make_cycle(freed_on)
    kept: list[object] = []

    def drop_then_allocate() -> list[list[int]]:
        handed.clear()  # the cycle is garbage now, and only a cyclic collection can free it
        # Enough new containers to trigger two dozen young collections, were the collector automatic, here.
        return [[n] for n in range(20 * gc.get_threshold()[0])]

    # The GUI thread waits in the pool without running Python: any collection meanwhile runs on the worker.
    run_in_background(drop_then_allocate, kept.append)
    worker.wait_for_idle()
    assert freed_on == []  # nothing collected on the worker
    qtbot.waitUntil(lambda: freed_on != [], timeout=10_000)  # the GUI thread's collector runs on its timer
    assert freed_on == [("cyclic QObject", gui)]


def test_the_sync_thread_never_runs_the_cyclic_collector(qtbot) -> None:
    # The sync scheduler's thread allocates the most (a run parses every record): it must not collect either.
    gui = threading.get_ident()
    freed_on: list[tuple[str, int]] = []
    gc.collect()
    handed = make_cycle(freed_on)
    kept: list[object] = []

    def sync_like() -> None:
        handed.clear()
        kept.append([{"id": n} for n in range(20 * gc.get_threshold()[0])])  # a run's parsed records

    thread = threading.Thread(target=sync_like, name="sync-scheduler")
    thread.start()
    thread.join()
    assert kept and freed_on == []
    qtbot.waitUntil(lambda: freed_on != [], timeout=10_000)
    assert freed_on == [("cyclic QObject", gui)]
