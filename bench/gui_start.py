"""The child side of bench_gui's cold start: one process that starts, paints its first list, and says so.

Run as `python -m bench.gui_start MODE HOME` by bench/bench_gui.py, never by hand. MODE is `bare` (a QApplication
and an empty QMainWindow: the floor any Qt app pays) or `app` (the real app: offline sign-in with the password on
a worker, the main window, Incoming's first page from the cache). The child prints one line,
`painted <resident KiB> <peak KiB> <seconds spent importing>`, as soon as the list (or the bare window) has been
painted, then `settled <resident KiB>` a moment later, and exits.
"""

from __future__ import annotations

import os
import sys
import time

_STARTED = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

USER = "xa01.leader"
SETTLE_MS = 2_000  # the resident size is read again after this: late pages, caches warming up


def memory_kib() -> tuple[int, int]:
    """Resident and peak resident size of this process in KiB, from /proc (0, 0 where there is no /proc)."""
    values = {"VmRSS": 0, "VmHWM": 0}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                key, _, rest = line.partition(":")
                if key in values:
                    values[key] = int(rest.split()[0])
    except OSError:
        pass
    return values["VmRSS"], values["VmHWM"]


def main(mode: str, home: str) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication([sys.argv[0]])

    def painted(imports: float) -> None:
        resident, peak = memory_kib()
        print(f"painted {resident} {peak} {imports:.4f}", flush=True)
        QTimer.singleShot(SETTLE_MS, lambda: (print(f"settled {memory_kib()[0]}", flush=True), app.quit()))

    class FirstPaint(QObject):
        """Calls back once, on the first turn of the event loop after `widget` painted while `ready()` held."""

        def __init__(self, widget: QWidget, ready: object, imports: float) -> None:
            super().__init__(widget)
            self.ready = ready
            self.imports = imports
            self.done = False
            widget.installEventFilter(self)

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done and self.ready():  # type: ignore[operator]
                self.done = True
                QTimer.singleShot(0, lambda: painted(self.imports))
            return False

    if mode == "bare":
        window = QMainWindow()
        FirstPaint(window, lambda: True, 0.0)
        window.show()
        return app.exec()

    imported = time.perf_counter()
    from pathlib import Path

    from client.machine_config import MachineConfig
    from client.office import Office
    from client.ui.app import AppController
    from client.ui.settings import AppSettings

    imports = time.perf_counter() - imported
    settings = AppSettings(Path(home) / "settings.ini", machine=MachineConfig())
    controller = AppController(Office(Path(home) / "profiles"), settings, idle_ms=0, sync=False)

    def shown(main_window: object) -> None:
        view = main_window.incoming  # type: ignore[attr-defined]
        arrived = {"page": False}

        def page_loaded(_rows: int) -> None:
            arrived["page"] = True
            view.table.viewport().update()  # an empty first page inserts no rows: ask for the paint it shows

        view.model.pageLoaded.connect(page_loaded)
        FirstPaint(view.table.viewport(), lambda: arrived["page"], imports)

    controller.windowShown.connect(shown)
    controller.sign_in_with(USER, os.environ["COMMUNE_OFFICE_PASSWORD"])
    code = app.exec()
    controller._replacing = True  # ending the app, not returning to the sign-in
    controller.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""))
