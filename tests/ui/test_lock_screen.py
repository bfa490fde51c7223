"""The lock screen: its explanation is read in full and its password field is labelled."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from client.office import OfficeSession
from client.ui.lock_screen import LockScreen


@pytest.mark.parametrize("size", [(1024, 768), (640, 480)])
def test_the_lock_screen_shows_its_whole_message_and_labels_the_password(
    qtbot, make_profile: Callable[..., OfficeSession], size: tuple[int, int]
) -> None:
    screen = LockScreen(make_profile(0, with_pdf=False))
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.password_label.text() == "&Password:" and screen.password_label.buddy() is screen.password
    assert screen.password_label.isVisible()
    explain = screen.explain
    assert explain.wordWrap() and "Nguyễn Thị Lan" in explain.text()
    assert explain.width() >= 300
    assert explain.height() >= explain.heightForWidth(explain.width())  # every wrapped line is in sight
    screen.message.setText("The password could not be checked because the profile's key file is missing; ask "
                           "the administrator to restore it.")
    qtbot.wait(10)
    assert screen.message.wordWrap()
    assert screen.message.height() >= screen.message.heightForWidth(screen.message.width())
