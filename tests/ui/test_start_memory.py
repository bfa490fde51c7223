"""What the app holds once its first list is shown (issue 17): modules and source text it does not need yet.

Resident memory itself is measured by bench/bench_gui.py beside a bare Qt window, never asserted here. These tests
check the causes: the sync engine, the document pane with its PDF viewer, and PySide6's reading of module sources.
"""

from __future__ import annotations

import json
import linecache
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from client.office import OfficeSession
from client.ui.main_window import MainWindow
from client.ui.settings import AppSettings
from tests.cache.conftest import REPO, child_env
from tests.ui.conftest import PASSWORD

MARK = "\nHELD "
# The app as gui_start runs it: offline sign-in on a worker, the main window, Incoming's first page; then it says
# which modules are loaded and which of the app's sources linecache keeps.
CHILD = f"""
import json, linecache, os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
from client.machine_config import MachineConfig
from client.office import Office
from client.cache.keys import KdfParams
from client.cache.profile import Profiles
from client.ui.app import AppController
from client.ui.settings import AppSettings
home = Path(sys.argv[1])
office = Office(profiles=Profiles(home / "profiles", kdf=KdfParams.fast_for_tests()))
controller = AppController(office, AppSettings(home / "settings.ini", machine=MachineConfig()), idle_ms=0,
                           sync=False)
def report(_rows):
    kept = sorted(name for name in linecache.cache if name.startswith({str(REPO)!r}))
    sys.stderr.write({MARK!r} + json.dumps([sorted(sys.modules), kept]) + "\\n")
    app.quit()
controller.windowShown.connect(lambda window: window.incoming.model.pageLoaded.connect(report))
controller.sign_in_with("lan.nt", sys.argv[2])
app.exec()
controller._replacing = True
controller.shutdown()
"""
# Not needed for the first list of a profile that does not sync: the engine's HTTP stack and runner, the document
# pane (built when a document is first chosen) with Qt's PDF and print modules.
NOT_AT_START = ("requests", "urllib3", "sync.engine.runner", "sync.engine.scheduler", "sync.engine.transport",
                "client.ui.document_view", "client.ui.attachment_viewer", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
                "PySide6.QtPrintSupport")


def test_the_first_list_loads_no_sync_engine_no_document_pane_and_keeps_no_sources(
    tmp_path: Path, make_profile: Callable[..., OfficeSession]
) -> None:
    make_profile(30, close=True)
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path), PASSWORD],
                          env=child_env(tmp_path, QT_QPA_PLATFORM="offscreen"), cwd=REPO, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    _printed, _mark, held = done.stderr.rpartition(MARK)
    assert held, f"the app did not show its first list: {done.stderr[-3000:]}"
    modules, kept = json.loads(held)
    assert "client.ui.main_window" in modules and "client.ui.document_list_view" in modules
    assert [name for name in NOT_AT_START if name in modules] == []
    assert kept == []  # PySide6's hook read each of the app's modules; none of their text stays


def test_the_document_pane_is_built_when_a_document_is_chosen_and_its_actions_refresh_the_list(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    session = make_profile(5, with_pdf=False)
    window = MainWindow(session, settings, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    view = window.incoming
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=10_000)
    stand_in = view.splitter.widget(1)
    assert stand_in is not None and stand_in.isVisible()
    assert stand_in.text() == "No document selected."  # type: ignore[attr-defined]

    view.table.setCurrentIndex(view.model.index(0, 0))  # the user chooses a row; nothing asked for the pane before
    pane = view.splitter.widget(1)
    assert pane is view.document and pane is not stand_in
    qtbot.waitUntil(lambda: view.document.document is not None, timeout=10_000)
    assert view.document.heading.text().startswith(view.model.row_data(0)["number_symbol"])

    # The pane built late is wired like one built at start: what its actions change reaches the window, which
    # reads the changes waiting to be sent again (the status bar counts the queued note).
    qtbot.waitUntil(lambda: window.sync_status.state.pending == 0, timeout=10_000)
    view.document.note_text.setPlainText("Đã xem, giao đồng chí Hùng")
    view.document.add_note_button.click()
    qtbot.waitUntil(lambda: window.sync_status.state.pending == 1, timeout=10_000)


def test_pyside_still_learns_which_modules_use_it_without_their_sources_kept(tmp_path: Path) -> None:
    feature = sys.modules["shibokensupport.feature"]
    (tmp_path / "memory_probe_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "memory_probe_plain.py").write_text("VALUE = 'không có Qt'\n", encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        # An import statement, as the app's modules are imported: PySide6's hook sits on builtins.__import__.
        __import__("memory_probe_qt")
        __import__("memory_probe_plain")
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("memory_probe_qt", None)
        sys.modules.pop("memory_probe_plain", None)
    assert feature.pyside_feature_dict["memory_probe_qt"] == 0  # uses PySide6: features may be switched on
    assert feature.pyside_feature_dict["memory_probe_plain"] == -1  # ignored by the hook
    assert not [name for name in linecache.cache if name.startswith(str(tmp_path))]
