"""The desktop app at 100,000 cached documents: cold start, memory, first rows, and the GUI-thread stall of a sync.

    .venv/bin/python -m bench.bench_gui [--documents 100000] [--runs 3] [--no-sync] [--out FILE]

Each figure is printed beside a baseline measured in the same run:
- cold start: a child process (bench/gui_start.py), timed by the parent from just before it is spawned until the
  child says its first list has been painted: offline sign-in with the password on a worker, the main window,
  Incoming's first page from the cache, painted. Side by side: a bare QApplication + QMainWindow child (the
  baseline), the app on an empty cache, the app on the cache with the documents. Each is the median of --runs.
- resident memory (VmRSS) of those children when the list is painted, and again 2 s later.
- first rows: in process, from asking the Incoming model (or the search) for its query until it holds rows;
  baseline: the same first page read directly from the cache into a bare QTableView on the GUI thread.
- stall (unless --no-sync): a QTimer every 5 ms records the longest gap between its ticks during a full sync
  against a real server process (the views refreshing as the run touches them); baseline: the same timer with no
  sync running.
Qt runs on the offscreen platform (no display needed). Figures go to stdout and, with --out, to FILE; the README's
figures are written there by hand. Everything the run makes lives in one temporary folder, removed at the end
however the run ends (an error, Ctrl-C, SIGTERM).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.out_option import out_file

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
USER = "xa01.leader"
PASSWORD = "Demo@2025"  # the demo server's accounts' password, also the empty profile's


def _interrupted(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@contextmanager
def scratch_folder(prefix: str = "bench-gui-") -> Iterator[Path]:
    """A temporary folder for the run, removed when the block ends however it ends.

    A run leaves a seeded server, a cache of 100,000 documents and its profiles (117 MB); before this they stayed
    behind. SIGTERM is turned into KeyboardInterrupt while the block runs, so a killed run cleans up as Ctrl-C does.
    """
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _interrupted) if in_main else None
    try:
        yield folder
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)
        shutil.rmtree(folder, ignore_errors=True)


def _spawn(home: Path, mode: str) -> tuple[float, float, float, float, float]:
    """One cold start: seconds to the first painted list, resident and peak MiB then, MiB 2 s later, import s."""
    # qt.qpa off: the offscreen platform's "does not support propagateSizeHints()" on every window, nothing else
    env = {"QT_LOGGING_RULES": "qt.qpa.*=false", **os.environ, "COMMUNE_OFFICE_PASSWORD": PASSWORD,
           "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    with subprocess.Popen([sys.executable, "-m", "bench.gui_start", mode, str(home)], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout is not None
            line = child.stdout.readline()
            elapsed = time.perf_counter() - start
            settled = child.stdout.readline()
            child.wait(timeout=60)
        except BaseException:
            child.kill()  # Ctrl-C or a hung child: never left running
            raise
    words, later = line.split(), settled.split()
    if len(words) != 4 or words[0] != "painted" or len(later) != 2:
        raise RuntimeError(f"the {mode} child did not paint its window ({line!r}, {settled!r})")
    return elapsed, int(words[1]) / 1024, int(words[2]) / 1024, int(later[1]) / 1024, float(words[3])


def cold_starts(homes: dict[str, Path], runs: int, full: str) -> list[str]:
    """The cold-start table: bare Qt, the app on an empty cache, the app on the full cache, side by side."""
    columns = {"bare": ("bare", homes["empty"]), "empty": ("app", homes["empty"]), "full": ("app", homes["full"])}
    figures: dict[str, list[tuple[float, float, float, float, float]]] = {name: [] for name in columns}
    for _ in range(runs):  # interleaved, so that a change in the machine's load falls on every column alike
        for name, (mode, home) in columns.items():
            figures[name].append(_spawn(home, mode))

    def median(name: str, field: int) -> float:
        return statistics.median(run[field] for run in figures[name])

    rows = [("cold start to the first painted list (s)", 0, "< 1", "{:.2f}"),
            ("of which importing the app's modules (s)", 4, "", "{:.2f}"),
            ("resident memory at the first paint (MiB)", 1, "", "{:.0f}"),
            ("peak resident memory until then (MiB)", 2, "", "{:.0f}"),
            ("resident memory 2 s later (MiB)", 3, "<= 150", "{:.0f}")]
    lines = [f"| measure | bare QApplication + QMainWindow | app, empty cache | app, {full} | goal ({full}) |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for title, field, goal, form in rows:
        values = [form.format(median(name, field)) if (name != "bare" or field != 4) else "—" for name in columns]
        lines.append(f"| {title} | {' | '.join(values)} | {goal} |")
    ratio = median("full", 0) / median("bare", 0)
    lines.append(f"\nCold start with the full cache is {ratio:.1f}x the bare window's; "
                 f"median of {runs} runs each.")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=100_000, help="documents in the full cache")
    parser.add_argument("--runs", type=int, default=3, help="cold starts of each kind (the median is shown)")
    parser.add_argument("--no-sync", action="store_true", help="skip the sync stall (it syncs a whole unit)")
    parser.add_argument("--out", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    args.out = out_file(parser, args)
    with scratch_folder() as folder:
        lines = _run(folder, args.documents, args.runs, not args.no_sync)
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    header = [f"bench_gui {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {args.documents:,} documents, "
              f"load average at the end (1, 5, 15 min): {load}", ""]
    text = "\n".join(header + lines) + "\n"
    print()
    print(text, end="")
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")
    return 0


def _run(folder: Path, documents: int, runs: int, with_sync: bool) -> list[str]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from bench import corpus
    from client.cache.search import DocumentFilter
    from client.machine_config import MachineConfig
    from client.office import Office, OfficeSession
    from client.ui.demo_server import DEMO_PASSWORD, DemoServer
    from client.ui.main_window import MainWindow
    from client.ui.settings import AppSettings
    from client.ui.sync_controller import SyncController
    from client.ui.worker import wait_for_idle

    _app = QApplication.instance() or QApplication([sys.argv[0]])  # held: Qt needs it alive
    homes = {"empty": folder / "empty", "full": folder / "full"}
    empty = Office(homes["empty"] / "profiles")
    empty.create(USER, PASSWORD, unit_id="xa01", unit_code="XA01", unit_name="Đảng ủy xã Y Tý").close()
    office = Office(homes["full"] / "profiles")
    server: DemoServer | None = None
    if with_sync:
        server = DemoServer(folder / "server", communes=2, documents=1500)
        print(f"seeding the reference server and caching {documents:,} documents ...", flush=True)
        server.seed()
        server.start()
        server.wait_healthy()
        profile = office.sign_in_online(server.url, USER, DEMO_PASSWORD)
    else:
        print(f"caching {documents:,} documents ...", flush=True)
        profile = office.create(USER, PASSWORD, unit_id="xa01", unit_code="XA01", unit_name="Đảng ủy xã Y Tý")
    loaded = time.perf_counter()
    profile.store.add_documents(corpus.documents(documents), local=False)
    print(f"cached {documents:,} documents in {time.perf_counter() - loaded:.1f} s", flush=True)
    profile.close()

    # Ctrl-C while Qt's loop runs: Python only sees the signal when it next runs code (the ticking timer gives it
    # the chance), and an exception raised in a slot would be swallowed by Qt, so the loop is quit and the wait
    # raises KeyboardInterrupt itself.
    interrupted = {"asked": False}
    loops: list[QEventLoop] = []

    def on_interrupt(signum: int, _frame: object) -> None:
        if not loops:  # plain Python code (a child's cold start, a query): stop right here
            raise KeyboardInterrupt(f"signal {signum}")
        interrupted["asked"] = True
        for loop in loops:
            loop.quit()

    signal.signal(signal.SIGINT, on_interrupt)
    signal.signal(signal.SIGTERM, on_interrupt)
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)
    ticker.start(100)

    def wait(signal_: Any, timeout_ms: int = 60_000) -> None:
        loop = QEventLoop()
        loops.append(loop)
        signal_.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal_.disconnect(loop.quit)
        loops.remove(loop)
        if interrupted["asked"]:
            raise KeyboardInterrupt

    results: list[tuple[str, float, float, str, float]] = []
    window: MainWindow | None = None
    opened: OfficeSession | None = None
    try:
        print(f"cold starts ({runs} of each) ...", flush=True)
        lines = cold_starts(homes, runs, f"{documents:,} documents")
        profile = opened = office.open(USER, PASSWORD)
        settings = AppSettings(homes["full"] / "settings.ini", machine=MachineConfig())
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

        if server is not None:
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
            pause = QTimer()
            pause.setSingleShot(True)
            pause.start(int(sync_seconds * 1000))
            wait(pause.timeout, int(sync_seconds * 1000) + 1000)
            results.append((f"longest GUI-thread stall, full sync of {received:,} records + attachments in "
                            f"{sync_seconds:.1f} s (ms)", during * 1000, gaps["max"] * 1000,
                            "same timer, no sync running", 100))
            timer.stop()
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        ticker.stop()
        if window is not None:
            window.close()
        wait_for_idle()
        if opened is not None:
            opened.close()  # before the folder goes: Windows cannot remove an open database file
        if server is not None:
            server.stop()

    lines += ["", "| measure | app | baseline | baseline is | goal |", "| --- | ---: | ---: | --- | ---: |"]
    for name, value, base, what, goal in results:
        lines.append(f"| {name} | {value:.2f} | {base:.2f} | {what} | < {goal:g} |")
    return lines


if __name__ == "__main__":
    sys.exit(main())
