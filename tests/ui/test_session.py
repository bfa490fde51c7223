"""The session around the data: idle lock, language switch, and the worker runner everything uses."""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, QThread, QThreadPool
from PySide6.QtWidgets import QLabel

from client.cache.profile import Profiles
from client.office import Office, OfficeSession
from client.ui.app import AppController
from client.ui.main_window import MainWindow
from client.ui.settings import AppSettings
from client.ui.worker import Job, run_in_background
from tests.ui.conftest import PASSWORD, type_text


def test_idle_lock_hides_the_data_and_asks_for_the_password(
    qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings
) -> None:
    window = MainWindow(make_profile(3, with_pdf=False), settings, idle_ms=150)
    qtbot.addWidget(window)
    window.show()
    form = window.new_document("incoming")
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass  # no input: the idle timer fires
    assert window.is_locked and not window.incoming.isVisible() and not form.isVisible()
    assert not window.new_incoming_action.isEnabled()

    type_text(qtbot, window.lock_screen.password, "wrong password")
    window.lock_screen.submit()
    qtbot.waitUntil(lambda: "Wrong password" in window.lock_screen.message.text(), timeout=5_000)
    assert window.is_locked

    window.lock_screen.password.clear()
    with qtbot.waitSignal(window.unlocked, timeout=5_000):
        type_text(qtbot, window.lock_screen.password, PASSWORD)
        window.lock_screen.submit()
    assert not window.is_locked and window.incoming.isVisible() and form.isVisible()
    window.idle.stop()


def test_idle_minutes_come_from_the_settings_with_a_default(settings: AppSettings) -> None:
    assert settings.idle_lock_minutes == 15
    settings.idle_lock_minutes = 5
    assert settings.idle_lock_minutes == 5


def test_switching_language_rebuilds_the_window_in_english_and_back_in_vietnamese(
    qtbot, make_profile: Callable[..., OfficeSession], profiles: Profiles, settings: AppSettings
) -> None:
    settings.language = "vi"
    profile = make_profile(2, with_pdf=False)
    controller = AppController(Office(profiles=profiles), settings, idle_ms=0)
    assert controller.translations.language == "vi"
    controller.signed_in(profile)
    window = controller.window
    assert window is not None
    assert window.nav.item(0).text() == "Văn bản đến"
    assert window.incoming.model.headerData(3, Qt.Orientation.Horizontal) == "Trích yếu"

    with qtbot.waitSignal(controller.windowShown, timeout=5_000) as shown:
        window.language_en_action.trigger()
    english: MainWindow = shown.args[0]
    qtbot.addWidget(english)
    assert english.nav.item(0).text() == "Incoming"
    assert settings.language == "en"

    with qtbot.waitSignal(controller.windowShown, timeout=5_000) as shown:
        english.language_vi_action.trigger()
    vietnamese: MainWindow = shown.args[0]
    qtbot.addWidget(vietnamese)
    assert vietnamese.nav.item(3).text() == "Nhiệm vụ"
    controller._replacing = True
    vietnamese.close()
    controller.translations.install("en")


def test_background_work_runs_off_the_gui_thread_and_reports_back_on_it(qtbot) -> None:
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(job: Job) -> int:
        seen["worker_thread"] = threading.current_thread().name
        seen["off_gui"] = QThread.currentThread() is not gui
        job.report(1, 2, "half")
        return 42

    progress: list[tuple[int, int, str]] = []
    job = run_in_background(
        work,
        lambda r: seen.setdefault("result_on_gui", QThread.currentThread() is gui),
        None,
        lambda d, t, s: progress.append((d, t, s)),
        with_job=True,
    )
    with qtbot.waitSignal(job.ended, timeout=5_000):
        pass
    assert seen["off_gui"] is True and seen["result_on_gui"] is True
    assert progress == [(1, 2, "half")]


def test_a_failure_reaches_the_error_callback_and_a_cancelled_job_stays_silent(qtbot) -> None:
    errors: list[BaseException] = []
    job = run_in_background(lambda: 1 / 0, lambda _r: None, errors.append)
    with qtbot.waitSignal(job.ended, timeout=5_000):
        pass
    assert isinstance(errors[0], ZeroDivisionError)

    started = threading.Event()
    release = threading.Event()
    done: list[object] = []

    def slow(job: Job) -> str:
        started.set()
        release.wait(5)
        job.check()
        return "finished"

    job = run_in_background(slow, done.append, done.append, with_job=True)
    started.wait(5)
    job.cancel()
    release.set()
    with qtbot.waitSignal(job.ended, timeout=5_000):
        pass
    assert done == []


def test_a_result_for_a_widget_closed_meanwhile_is_dropped_not_crashed_on(qtbot) -> None:
    # A window closed while its read was still running (sign-out, a revoked device) must not get the answer.
    release = threading.Event()
    label = QLabel()
    job = run_in_background(lambda: release.wait(5) and "late", label.setText)
    shiboken6.delete(label)
    release.set()
    with qtbot.waitSignal(job.ended, timeout=5_000):
        pass
    assert job.is_done


def test_a_job_cancelled_while_it_waits_for_a_thread_never_runs(qtbot) -> None:
    # A list reloaded twice in a row cancels its first page fetch; if that fetch still waits for a free thread, its
    # query (a full sort at 100,000 documents) must not run at all, not run and be dropped.
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    release = threading.Event()
    ran: list[str] = []
    busy = run_in_background(lambda: release.wait(5) and ran.append("busy"), pool=pool)
    waiting = run_in_background(lambda: ran.append("stale query"), ran.append, pool=pool)
    waiting.cancel()
    release.set()
    with qtbot.waitSignal(waiting.ended, timeout=5_000):
        pass
    pool.waitForDone(5_000)
    assert busy.is_done and waiting.is_done
    assert ran == ["busy"]
