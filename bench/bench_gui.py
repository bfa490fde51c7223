"""The desktop app with 100,000 documents cached: cold start, first rows, and the GUI-thread stall during a sync.

    .venv/bin/python -m bench.bench_gui [--documents 100000]

Each figure is printed beside a baseline measured in the same run:
- cold start: a child process, timed by the parent from just before it is spawned until the child prints that the
  main window is shown (after offline sign-in with the password on a worker); baseline: a child showing an empty
  QMainWindow.
- first rows: in process, from asking the Incoming model (or the search) for its query until it holds rows;
  baseline: the same first page read directly from the cache into a bare QTableView on the GUI thread.
- stall: a QTimer every 5 ms records the longest gap between its ticks during a full sync against a real server
  process (the views refreshing as the run touches them); baseline: the same timer with no sync running.
Qt runs on the offscreen platform (no display needed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
USER = "xa01.leader"


def _child_start(home: str, mode: str) -> None:
    """Run as a child: show the main window (or an empty one) and print when it is shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    if mode == "empty":
        window = QMainWindow()
        window.show()
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
        app.exec()
        return
    from client.machine_config import MachineConfig
    from client.office import Office
    from client.ui.app import AppController
    from client.ui.settings import AppSettings

    settings = AppSettings(Path(home) / "settings.ini", machine=MachineConfig())
    controller = AppController(Office(Path(home) / "profiles"), settings, idle_ms=0, sync=False)
    controller.windowShown.connect(lambda _w: QTimer.singleShot(0, lambda: (print("shown", flush=True),
                                                                            app.quit())))
    controller.sign_in_with(USER, os.environ["COMMUNE_OFFICE_PASSWORD"])
    app.exec()
    controller._replacing = True
    controller.shutdown()


def _spawn(home: Path, mode: str) -> float:
    env = {**os.environ, "COMMUNE_OFFICE_PASSWORD": "Demo@2025", "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "bench.bench_gui", "--child", mode, str(home)], cwd=ROOT,
                             env=env, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"the child did not show its window ({line!r})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "HOME"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child_start(args.child[1], args.child[0])
        return 0

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from bench import corpus
    from client.cache.search import DocumentFilter
    from client.machine_config import MachineConfig
    from client.office import Office
    from client.ui.demo_server import DEMO_PASSWORD, DemoServer
    from client.ui.main_window import MainWindow
    from client.ui.settings import AppSettings
    from client.ui.sync_controller import SyncController
    from client.ui.worker import wait_for_idle

    app = QApplication([sys.argv[0]])
    folder = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    server = DemoServer(folder / "server", communes=2, documents=1500)
    print(f"seeding the reference server and caching {args.documents:,} documents ...", flush=True)
    server.seed()
    server.start()
    server.wait_healthy()
    office = Office(folder / "profiles")
    profile = office.sign_in_online(server.url, USER, DEMO_PASSWORD)
    loaded = time.perf_counter()
    profile.store.add_documents(corpus.documents(args.documents), local=False)
    print(f"cached {args.documents:,} documents in {time.perf_counter() - loaded:.1f} s", flush=True)
    profile.close()

    def wait(signal, timeout_ms: int = 60_000) -> None:  # type: ignore[no-untyped-def]
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    results: list[tuple[str, float, float, str, float]] = []
    try:
        starts = [_spawn(folder, "app") for _ in range(3)]
        empties = [_spawn(folder, "empty") for _ in range(3)]
        results.append(("cold start to the main window (s)", statistics.median(starts), statistics.median(empties),
                        "empty QMainWindow in a child", 2.0))

        profile = office.open(USER, DEMO_PASSWORD)
        settings = AppSettings(folder / "settings.ini", machine=MachineConfig())
        window = MainWindow(profile, settings, idle_ms=0)
        window.show()
        wait(window.incoming.model.pageLoaded)
        incoming = []
        for _ in range(5):
            start = time.perf_counter()
            window.incoming.model.reload()
            wait(window.incoming.model.pageLoaded)
            incoming.append(time.perf_counter() - start)
        bare = []
        table = QTableView()
        for _ in range(5):
            start = time.perf_counter()
            rows = profile.store.list_documents(DocumentFilter(kind="incoming"), limit=200)
            model = QStandardItemModel(len(rows), 3)
            for r, row in enumerate(rows):
                for c, key in enumerate(("number_symbol", "summary", "issued_date")):
                    model.setItem(r, c, QStandardItem(str(row.get(key) or "")))
            table.setModel(model)
            bare.append(time.perf_counter() - start)
        results.append(("first rows on opening Incoming (ms)", statistics.median(incoming) * 1000,
                        statistics.median(bare) * 1000, "bare QTableView, same page read directly", 100))

        searches = []
        search = window.search
        for words in ("chuyen doi so", "nong thon moi", "phong chong tham nhung", "cai cach hanh chinh",
                      "an ninh trat tu"):
            search.box.setText(words)
            start = time.perf_counter()
            search.run_search()
            wait(search.model.pageLoaded)
            searches.append(time.perf_counter() - start)
        direct = []
        for words in ("chuyen doi so", "nong thon moi", "phong chong tham nhung", "cai cach hanh chinh",
                      "an ninh trat tu"):
            start = time.perf_counter()
            rows = profile.store.search(words, limit=200)
            model = QStandardItemModel(len(rows), 2)
            for r, row in enumerate(rows):
                model.setItem(r, 0, QStandardItem(str(row.get("number_symbol") or "")))
                model.setItem(r, 1, QStandardItem(row["summary"]))
            table.setModel(model)
            direct.append(time.perf_counter() - start)
        results.append(("first rows of a search (ms)", statistics.median(searches) * 1000,
                        statistics.median(direct) * 1000, "bare QTableView, same search read directly", 100))

        gaps = {"max": 0.0}
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps["max"] = max(gaps["max"], now - last[0])
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(5)
        SyncController.prepare(profile)
        sync = SyncController(profile)
        window.attach_sync(sync)
        last[0] = time.perf_counter()
        gaps["max"] = 0.0
        started = time.perf_counter()
        sync.start()
        wait(sync.runFinished, 600_000)
        sync_seconds = time.perf_counter() - started
        outcome = sync.last_outcome
        during = gaps["max"]
        received = outcome.report.pull.snapshot_records if outcome and outcome.report else 0
        sync.stop()
        wait_for_idle()
        last[0] = time.perf_counter()
        gaps["max"] = 0.0
        idle = QEventLoop()
        QTimer.singleShot(int(sync_seconds * 1000), idle.quit)
        idle.exec()
        results.append((f"longest GUI-thread stall, full sync of {received:,} records + attachments in "
                        f"{sync_seconds:.1f} s (ms)", during * 1000, gaps["max"] * 1000,
                        "same timer, no sync running", 100))
        timer.stop()
        window.close()
        wait_for_idle()
        profile.close()
    finally:
        server.stop()

    print()
    print("| measure | app | baseline | baseline is | goal |")
    print("| --- | ---: | ---: | --- | ---: |")
    for name, value, base, what, goal in results:
        print(f"| {name} | {value:.2f} | {base:.2f} | {what} | < {goal:g} |")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
