"""The Refused view against a real server: a clerk's change the server refused is shown with the server's reason
in the interface's words, and discarding it brings the server's copy back and the status bar's count to 0."""

from __future__ import annotations

from PySide6.QtCore import Qt

from client.office import DocumentRecord
from client.ui.demo_server import DemoServer
from client.ui.main_window import REFUSED
from tests.ui.conftest import sync_once


def test_a_refused_change_is_shown_with_its_reason_and_discarding_it_clears_the_count(
    qtbot, demo_server: DemoServer, online, synced_window
) -> None:
    office, clerk = online(demo_server.url, "xa02.clerk")
    window, sync = synced_window(office, clerk)
    doc = DocumentRecord(kind="incoming", doc_type="Công văn", number_symbol="31-CV/HU",
                         summary="Về việc thay đổi bị từ chối trên màn hình", issuing_body="Huyện ủy")
    clerk.add_document(doc)
    assert sync_once(qtbot, sync).error is None
    # Queued as a change made before the clerk's role was known: only a leader writes the direction note.
    clerk.replica.edit("document", doc.id, {"direction_note": "Văn thư tự ghi ý kiến chỉ đạo"})
    assert sync_once(qtbot, sync).error is None
    bar = window.sync_status
    qtbot.waitUntil(lambda: "1 refused" in bar.pending.text(), timeout=5_000)

    qtbot.mouseClick(bar.pending, Qt.MouseButton.LeftButton)  # the count opens the view
    view = window.refused
    assert window.pages.currentWidget() is view and window.nav.currentRow() == REFUSED
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    model = view.model
    assert model.data(model.index(0, 0)) == "31-CV/HU — Về việc thay đổi bị từ chối trên màn hình"
    assert model.data(model.index(0, 1)) == "Direction note: Văn thư tự ghi ý kiến chỉ đạo"
    assert model.data(model.index(0, 2)) == "Only the leader may set the direction note."
    assert "Only the leader may set the direction note." in view.reason.text()
    assert "send again" in view.hint.text() and view.discard_button.isEnabled()

    with qtbot.waitSignal(view.changed, timeout=10_000) as settled:
        qtbot.mouseClick(view.discard_button, Qt.MouseButton.LeftButton)
    assert settled.args[0].touches("refused")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: "refused" not in bar.pending.text() and bar.pending.text().startswith("0 change"),
                    timeout=10_000)
    assert not clerk.document(doc.id)["direction_note"]
    assert "Nothing refused" in view.summary.text()


def test_the_refused_view_follows_conflicts_in_the_navigation_on_ctrl_7(qtbot, make_profile, settings) -> None:
    from PySide6.QtGui import QKeySequence

    from client.ui.main_window import MainWindow

    window = MainWindow(make_profile(3, with_pdf=False), settings, idle_ms=0)
    qtbot.addWidget(window)
    assert window.nav.item(REFUSED).text() == "Refused" and window.nav.item(REFUSED - 1).text() == "Conflicts"
    [go_refused] = [a for a in window.session_actions if a.shortcut() == QKeySequence("Ctrl+7")]
    go_refused.trigger()
    assert window.pages.currentWidget() is window.refused
    qtbot.waitUntil(lambda: "Nothing refused" in window.refused.summary.text(), timeout=5_000)


def test_refusals_are_worded_in_vietnamese_and_unknown_codes_fall_back_to_the_servers_text(qapp) -> None:
    from client.office import Problem
    from client.ui.error_text import describe_refusal
    from client.ui.i18n import Translations

    translations = Translations()
    translations.install("vi")
    try:
        assert describe_refusal(Problem("forbidden", {"detail": "x"}, "x")).startswith("Vai trò hoặc đơn vị")
        explained = Problem("fields_forbidden", {"fields": ["direction_note"], "roles": ["admin", "leader"]}, "x")
        assert "lãnh đạo" in describe_refusal(explained).lower()
        assert describe_refusal(Problem("brand_new_code", {}, "Server text")) == "Server text"
    finally:
        translations.install("en")
