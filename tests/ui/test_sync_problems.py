"""The status bar shows what a sync did not receive: server records it refused and files that did not arrive."""

from __future__ import annotations

import pytest

from client.office import SyncStatus
from client.ui.i18n import Translations
from client.ui.sync_status import SyncStatusBar


@pytest.fixture
def english(qapp: object) -> None:
    Translations().install("en")


def status(**problems: object) -> SyncStatus:
    return SyncStatus(online=True, last_success_at="2026-12-02T08:00:00+00:00", last_attempt_at=None,
                      last_error=None, pending_changes=0, failed_changes=0, open_conflicts=0, failed=[],
                      **problems)  # type: ignore[arg-type]


PROBLEMS = {
    "refused_records": [
        {"entity": "document", "id": "ba679492-4700-4735-84d3-98f187524e5a", "code": "other_unit",
         "reason": "document ba679492-... belongs to another unit"},
        {"entity": "task", "id": "5d1c0e77-0000-4000-8000-000000000000", "code": "bad_text",
         "reason": "task 5d1c0e77-...: title holds a NUL character"}],
    "failed_attachments": [{"sha256": "ab" * 32, "name": "quyet-dinh.pdf", "code": "attachment_integrity",
                            "reason": "the bytes of attachment quyet-dinh.pdf do not match its SHA-256"}],
}


def test_records_refused_and_files_not_received_are_counted_and_named(qtbot, english: None) -> None:
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.show_status(status(**PROBLEMS))
    assert "3 items not received" in bar.not_received.text()
    tip = bar.not_received.toolTip()
    assert "Document ba679492 belongs to another unit and was not stored." in tip
    assert "Task 5d1c0e77 holds characters that cannot be stored" in tip
    assert "The file quyet-dinh.pdf did not arrive intact" in tip
    assert "Online" in bar.link.text()  # the run itself succeeded: not "sync failing"
    bar.show_status(status())
    assert bar.not_received.text() == "" and bar.not_received.toolTip() == ""


def test_the_problems_are_worded_in_vietnamese(qtbot, vietnamese: None) -> None:
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.show_status(status(**PROBLEMS))
    assert "3 mục chưa nhận được" in bar.not_received.text()
    tip = bar.not_received.toolTip()
    assert "Văn bản ba679492 thuộc đơn vị khác nên không được lưu." in tip
    assert "Tệp quyet-dinh.pdf tải về không toàn vẹn" in tip
