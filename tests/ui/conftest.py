"""Fixtures of the GUI suite: the offscreen Qt platform, a real encrypted profile with documents and tasks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from client.cache.keys import KdfParams
from client.cache.profile import Profiles, UnitInfo
from client.cache.records import DocumentRecord, TaskRecord
from client.cache.store import NewDocument
from client.machine_config import MachineConfig
from client.office import Office, OfficeSession
from client.ui import worker
from client.ui.demo_server import DemoServer
from client.ui.garbage_collector import collect_anywhere, collect_on_gui_thread
from client.ui.i18n import Translations
from client.ui.main_window import MainWindow
from client.ui.settings import AppSettings
from client.ui.sync_controller import RunOutcome, SyncController
from sync.protocol.domain import UnitLevel
from tests.pdfs import write_pdf

PASSWORD = "Mật khẩu xã 2025"
COMMUNE = UnitInfo("unit-hoa-binh", "XHB", "Đảng ủy xã Hòa Bình", UnitLevel.COMMUNE)


@pytest.fixture(scope="package", autouse=True)
def garbage_collected_on_gui_thread(qapp: object) -> Iterator[None]:
    """As in the app: a worker or the sync thread never frees a closed window's reference cycles (its Qt objects
    would be deleted later in the middle of a paint). The suites after this one run no event loop: back to normal."""
    collect_on_gui_thread()
    yield
    collect_anywhere()


@pytest.fixture(autouse=True)
def no_job_left_behind(qapp: object) -> Iterator[None]:
    """Every test ends with its worker jobs finished, so no job outlives the profile it reads."""
    yield
    worker.wait_for_idle()


@pytest.fixture
def profiles(tmp_path: Path) -> Profiles:
    return Profiles(tmp_path / "profiles", kdf=KdfParams.fast_for_tests())


@pytest.fixture
def office(profiles: Profiles) -> Office:
    """The office layer over the test's profile home, as the app's controller holds it."""
    return Office(profiles=profiles)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    value = AppSettings(tmp_path / "settings.ini", machine=MachineConfig())  # no admin file leaks in
    value.language = "en"  # tests read English strings unless they test the Vietnamese ones
    return value


make_pdf = write_pdf  # the name the UI tests import


def sample_documents(count: int, today: date) -> Iterator[NewDocument]:
    """Incoming documents with varied register fields; every 7th overdue, every 3rd unread-able."""
    types = ["Công văn", "Nghị quyết", "Kế hoạch", "Thông báo"]
    for i in range(count):
        yield NewDocument(
            DocumentRecord(
                kind="incoming",
                number_symbol=f"{i + 1}-CV/HU",
                doc_type=types[i % len(types)],
                # every 10th is secret (Mật): a register entry only, no trích yếu on this PC (Law 117/2025)
                summary="" if i % 10 == 9 else f"Về việc triển khai Nghị quyết Đảng ủy số {i + 1}",
                original_location="Tủ mật văn phòng" if i % 10 == 9 else None,
                issuing_body="Huyện ủy Bát Xát",
                issued_date=today - timedelta(days=i % 365),
                arrival_number=i + 1,
                arrival_date=today - timedelta(days=i % 365),
                urgency=i % 4,
                secrecy=1 if i % 10 == 9 else 0,
                deadline=today - timedelta(days=3) if i % 7 == 0 else today + timedelta(days=10),
                status="registered",
            )
        )


@pytest.fixture
def make_profile(profiles: Profiles, tmp_path: Path) -> Iterator[Callable[..., OfficeSession]]:
    """Create a clerk's profile holding `documents` incoming documents (from the server: unread) and tasks.

    The records are written straight into the store (as a sync would), then the profile is handed over as the
    office session the app's windows take.
    """
    opened: list[OfficeSession] = []

    def make(documents: int = 30, *, with_pdf: bool = True, close: bool = False) -> OfficeSession:
        profile = OfficeSession(profiles.create("lan.nt", PASSWORD, COMMUNE, display_name="Nguyễn Thị Lan"),
                                profiles.keyring)
        today = date.today()
        profile.store.add_documents(sample_documents(documents, today), local=False)
        if with_pdf:
            pdf = make_pdf(tmp_path / "nghi-quyet.pdf", "Nghị quyết về chuyển đổi số", "Đảng ủy xã Hòa Bình")
            profile.store.add_document(
                DocumentRecord(
                    kind="incoming",
                    number_symbol="57-NQ/TW",
                    doc_type="Nghị quyết",
                    summary="Nghị quyết về đột phá phát triển khoa học, công nghệ và chuyển đổi số",
                    issuing_body="Bộ Chính trị",
                    issued_date=today,
                    urgency=3,
                    status="received",
                ),
                [pdf],
                local=False,
            )
        profile.store.add_tasks(
            [
                TaskRecord(
                    resolution_number="57-NQ/TW",
                    resolution_title="Chuyển đổi số",
                    title="Phủ sóng internet tới 100% thôn",
                    deadline=today - timedelta(days=5),
                    status="in_progress",
                    progress_percent=40,
                    indicators=[{"name": "Số thôn có internet", "target": 12, "actual": 7, "unit": "thôn"}],
                ),
                TaskRecord(
                    resolution_number="57-NQ/TW",
                    title="Tập huấn kỹ năng số cho cán bộ",
                    deadline=today + timedelta(days=30),
                    status="not_started",
                ),
                TaskRecord(
                    resolution_number="18-NQ/TW",
                    resolution_title="Tinh gọn bộ máy",
                    title="Sắp xếp các thôn",
                    deadline=today - timedelta(days=40),
                    status="done",
                    progress_percent=100,
                ),
            ],
            local=False,
        )
        if close:
            profile.close()
        else:
            opened.append(profile)
        return profile

    yield make
    worker.wait_for_idle()
    for profile in opened:
        profile.close()


def type_text(qtbot: object, widget: QWidget, text: str) -> None:
    """Type like a user: keys for ASCII, an input-method commit for Vietnamese (as Unikey or Telex deliver it)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)  # type: ignore[attr-defined]
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


# -- a real server ----------------------------------------------------------------------------------------------

DEMO_PASSWORD = "Demo@2025"
# Short retries: a test that takes the server away should see "offline" in a second, not after a minute.
FAST_TRANSPORT = {"connect_timeout": 2.0, "read_timeout": 20.0, "max_attempts": 2, "backoff_base": 0.05,
                  "backoff_cap": 0.2}


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    """The reference server with seeded demo data, as a real process on loopback, for the whole session."""
    server = DemoServer(tmp_path_factory.mktemp("central"), communes=3, documents=60)
    server.seed()
    server.start()
    server.wait_healthy()
    yield server
    server.stop()


@pytest.fixture
def online(tmp_path: Path) -> Iterator[Callable[..., tuple[Office, OfficeSession]]]:
    """Sign a demo account in online into its own profile home, as a first sign-in on a new PC does."""
    opened: list[OfficeSession] = []

    def sign_in(server_url: str, username: str) -> tuple[Office, OfficeSession]:
        office = Office(profiles=Profiles(tmp_path / f"home-{username}-{len(opened)}",
                                          kdf=KdfParams.fast_for_tests()))
        profile = office.sign_in_online(server_url, username, DEMO_PASSWORD)
        opened.append(profile)
        return office, profile

    yield sign_in
    worker.wait_for_idle()
    for profile in opened:
        profile.close()


@pytest.fixture
def synced_window(qtbot: object, settings: AppSettings) -> Iterator[Callable[..., tuple[MainWindow, SyncController]]]:
    """The main window over an online profile with its SyncController, after its first sync finished."""
    made: list[SyncController] = []

    def make(_office: Office, session: OfficeSession, *, retry_interval: float = 0.3
             ) -> tuple[MainWindow, SyncController]:
        SyncController.prepare(session, FAST_TRANSPORT)
        sync = SyncController(session, retry_interval=retry_interval)
        made.append(sync)
        window = MainWindow(session, settings, idle_ms=0, sync=sync)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show()
        with qtbot.waitSignal(sync.runFinished, timeout=60_000):  # type: ignore[attr-defined]
            sync.start()
        return window, sync

    yield make
    for sync in made:
        sync.stop()


def sync_once(qtbot: object, sync: SyncController) -> RunOutcome:
    """Press F5 and wait for that run's outcome.

    Not the outcome of a run already under way (a scheduled one, or a second request queued by an earlier press):
    it may have read the outbox before the test's last write, and would report that write as still pending. So the
    outcome taken is the first of a run whose start the GUI saw after the press.
    """
    qtbot.waitUntil(lambda: not sync.running, timeout=60_000)  # type: ignore[attr-defined]
    started: list[bool] = []

    def saw_start() -> None:
        started.append(True)

    sync.runStarted.connect(saw_start)
    try:
        with qtbot.waitSignal(sync.runFinished, timeout=60_000,  # type: ignore[attr-defined]
                              check_params_cb=lambda _outcome: bool(started)) as finished:
            sync.sync_now()
    finally:
        sync.runStarted.disconnect(saw_start)
    return finished.args[0]  # type: ignore[no-any-return]


@pytest.fixture
def vietnamese(qapp: object) -> Iterator[Translations]:
    """The app's catalogues (and Qt's own) in Vietnamese for one test, English again afterwards."""
    translations = Translations()
    translations.install("vi")
    yield translations
    translations.install("en")
