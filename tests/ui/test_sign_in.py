"""Signing in from the profile picker: the right password opens the office, a wrong one says so and changes nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from client.cache.profile import Profiles
from client.office import Office, OfficeSession
from client.ui.app import AppController
from client.ui.main_window import MainWindow
from client.ui.settings import AppSettings
from tests.ui.conftest import PASSWORD, type_text


def _controller(profiles: Profiles, settings: AppSettings) -> AppController:
    controller = AppController(Office(profiles=profiles), settings)
    controller.show_sign_in()
    return controller


def test_right_password_opens_the_main_window_on_the_profile(
    qtbot, make_profile: Callable[..., OfficeSession], profiles: Profiles, settings: AppSettings
) -> None:
    make_profile(5, close=True)
    controller = _controller(profiles, settings)
    dialog = controller.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.profile_box.count() == 1)
    assert "Nguyễn Thị Lan" in dialog.profile_box.currentText()

    with qtbot.waitSignal(controller.windowShown, timeout=10_000) as shown:
        type_text(qtbot, dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    window: MainWindow = shown.args[0]
    qtbot.addWidget(window)
    assert controller.session is not None and controller.session.info.username == "lan.nt"
    assert settings.last_profile == "lan.nt"
    qtbot.waitUntil(lambda: window.incoming.model.rowCount() == 6, timeout=10_000)
    controller.sign_out()
    assert controller.session is None
    assert controller.dialog is not None
    controller.dialog.close()


def test_wrong_password_says_so_and_lets_the_user_try_again(
    qtbot, make_profile: Callable[..., OfficeSession], profiles: Profiles, settings: AppSettings
) -> None:
    make_profile(1, close=True)
    before = (profiles.home / profiles.list()[0].profile_id / "profile.json").read_bytes()
    controller = _controller(profiles, settings)
    dialog = controller.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.profile_box.count() == 1)

    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong password" in dialog.message.text(), timeout=10_000)
    assert dialog.sign_in.isEnabled() and dialog.password.isEnabled()
    assert controller.window is None and controller.session is None
    after = (profiles.home / profiles.list()[0].profile_id / "profile.json").read_bytes()
    assert after == before

    with qtbot.waitSignal(controller.windowShown, timeout=10_000) as shown:
        dialog.password.clear()
        type_text(qtbot, dialog.password, PASSWORD)
        qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    qtbot.addWidget(shown.args[0])
    controller._replacing = True  # closing the test's window must not quit the test's QApplication
    controller._close_profile()


def test_no_profile_on_this_computer_offers_the_online_sign_in(
    qtbot, profiles: Profiles, settings: AppSettings
) -> None:
    controller = _controller(profiles, settings)
    dialog = controller.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "no profile" in dialog.message.text())
    assert dialog.tabs.currentIndex() == 1 and dialog.sign_in.isEnabled()
