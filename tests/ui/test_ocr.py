"""Scans become text in the GUI: the viewer's panel recognises a scan with progress and Cancel and shows the
text; the digitize dialog offers what it read on a scan as register fields and recognises the scans it imports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from client.office import DocumentRecord, OfficeSession
from client.ui.digitize_dialog import DigitizeDialog
from client.ui.document_form import DocumentForm
from client.ui.main_window import MainWindow
from client.ui.recognised_text import RecognisedTextPanel
from client.ui.settings import AppSettings
from tests.scans import PROSE, RESOLUTION, character_error_rate, image_only_pdf, page_picture


def _scan_document(session: OfficeSession, path: Path) -> dict:
    record = DocumentRecord.model_validate({"kind": "incoming", "doc_type": "Công văn", "summary": "Bản quét",
                                            "owner_unit_id": session.info.unit.id})
    session.add_document(record, [path])
    return session.document(record.id)["attachments"][0]


def test_the_panel_recognises_a_scan_with_progress_cancel_and_resume(
        qtbot, make_profile: Callable[..., OfficeSession], tmp_path: Path) -> None:
    session = make_profile(0, with_pdf=False)
    pages = [page_picture(PROSE[i % len(PROSE)], 200, angle=0.5, speckle=0.003, seed=i) for i in range(4)]
    attachment = _scan_document(session, image_only_pdf(tmp_path / "bốn trang.pdf", pages, 200))
    panel = RecognisedTextPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.shown, timeout=10_000):
        panel.show_for(session, attachment)
    assert "never recognised" in panel.status.text()  # the clerk is told the words are not searchable
    assert panel.recognise_button.isVisible() and not panel.show_button.isVisible()

    qtbot.mouseClick(panel.recognise_button, Qt.MouseButton.LeftButton)
    job = panel.job
    assert job is not None and panel.cancel_button.isVisible()
    with qtbot.waitSignal(job.progressed, timeout=30_000, check_params_cb=lambda done, _t, _n: done >= 1):
        pass
    assert panel.progress.maximum() == 4 and panel.progress.value() >= 1
    with qtbot.waitSignal(panel.shown, timeout=30_000):  # the run stops after the page being read
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    state = session.recognition(attachment["sha256"])
    assert state.state == "running" and 0 < state.pages_done < 4
    assert f"on {state.pages_done} of 4 pages" in panel.status.text()
    assert panel.recognise_button.text().replace("&", "") == "Continue recognising"

    reports: list[object] = []
    panel.recognised.connect(reports.append)
    with qtbot.waitSignals([panel.recognised, panel.shown], order="strict", timeout=60_000):
        qtbot.mouseClick(panel.recognise_button, Qt.MouseButton.LeftButton)
    assert [r.finished for r in reports] == [[attachment["sha256"]]]  # type: ignore[attr-defined]
    assert panel.show_button.isVisible() and not panel.recognise_button.isVisible()
    assert "search finds its words" in panel.status.text()
    assert not panel.text.isVisible()
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert panel.text.isVisible()
    expected = " ".join(PROSE[i % len(PROSE)] for i in range(4))
    assert character_error_rate(expected, panel.text.toPlainText()) < 0.05
    assert [row["id"] for row in session.search("phan mem quan ly van ban")] != []


def test_digitizing_offers_what_it_read_and_recognises_what_it_imports(
        qtbot, make_profile: Callable[..., OfficeSession], tmp_path: Path) -> None:
    session = make_profile(0, with_pdf=False)
    scan = image_only_pdf(tmp_path / "scan_0001.pdf", [page_picture(RESOLUTION, 300, angle=0.8, speckle=0.004)],
                          300)
    dialog = DigitizeDialog(session)
    qtbot.addWidget(dialog)
    dialog.files.add([scan])
    with qtbot.waitSignal(dialog.suggestions.ready, timeout=30_000):
        dialog.files.setCurrentRow(0)
    shown = dialog.suggestions.text.text()
    assert "57-NQ/ĐU" in shown and "22/12/2024" in shown and "Nghị quyết" in shown
    qtbot.mouseClick(dialog.suggestions.use_button, Qt.MouseButton.LeftButton)
    assert dialog.doc_type.currentText() == "Nghị quyết"  # a batch of one: the shared fields show them
    assert dialog.issued_date.date().toString("dd/MM/yyyy") == "22/12/2024"

    with qtbot.waitSignal(dialog.imported, timeout=60_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [1]
    assert "text was recognised" in dialog.message.text()
    stored = session.list_documents()[0]
    assert stored["number_symbol"] == "57-NQ/ĐU" and stored["doc_type"] == "Nghị quyết"
    assert character_error_rate("Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
                                "trên địa bàn xã", stored["summary"]) < 0.03
    # the body of the scan, never typed by anyone, is found by search
    assert [row["id"] for row in session.search("quan triet sau sac")] == [stored["id"]]


def test_the_register_form_offers_what_it_read_on_the_attached_scan(
        qtbot, make_profile: Callable[..., OfficeSession], tmp_path: Path) -> None:
    session = make_profile(0, with_pdf=False)
    scan = image_only_pdf(tmp_path / "công văn đến.pdf",
                          [page_picture(RESOLUTION, 300, angle=0.8, speckle=0.004)], 300)
    form = DocumentForm(session, "incoming")
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.suggestions.ready, timeout=30_000):
        form.files.add([scan])
    assert form.number.text() == ""  # only offered: nothing is filled before the clerk says so
    qtbot.mouseClick(form.suggestions.use_button, Qt.MouseButton.LeftButton)
    assert form.number.text() == "57-NQ/ĐU"
    assert form.doc_type.currentText() == "Nghị quyết"
    assert form.issued_date.date().toString("dd/MM/yyyy") == "22/12/2024"
    assert form.summary.toPlainText().startswith("Về đột phá phát triển khoa học")


def test_a_scan_attached_to_a_secret_document_is_not_read(
        qtbot, make_profile: Callable[..., OfficeSession], tmp_path: Path) -> None:
    session = make_profile(0, with_pdf=False)
    form = DocumentForm(session, "incoming")
    qtbot.addWidget(form)
    form.secrecy.setCurrentIndex(form.secrecy.findData(1))  # Mật
    form.files.add([image_only_pdf(tmp_path / "mat.pdf", [page_picture(RESOLUTION, 200)], 200)])
    assert form.suggestions.path is None and not form.suggestions.isVisible()


def test_the_window_recognises_every_scan_that_arrived_and_can_stop(
        qtbot, make_profile: Callable[..., OfficeSession], settings: AppSettings, tmp_path: Path) -> None:
    session = make_profile(0, with_pdf=False)
    # Scans as a sync brings them: stored with the bytes, never recognised.
    for i in range(3):
        pages = [page_picture(PROSE[(i + j) % len(PROSE)], 200, seed=j) for j in range(2)]
        session.store.add_document(DocumentRecord.model_validate(
            {"kind": "incoming", "doc_type": "Công văn", "summary": f"Bản quét {i}", "status": "received"}),
            [image_only_pdf(tmp_path / f"scan-{i}.pdf", pages, 200)], local=False)
    window = MainWindow(session, settings, idle_ms=0)
    qtbot.addWidget(window)
    dialog = window.recognise_scans()
    progressed: list[tuple[int, int]] = []
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None
    dialog.job.progressed.connect(lambda done, total, _name: progressed.append((done, total)))
    qtbot.waitUntil(lambda: any(done >= 1 for done, _ in progressed), timeout=30_000)
    with qtbot.waitSignal(dialog.job.ended, timeout=30_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert "Stopped" in dialog.message.text() and dialog.start_button.isEnabled()
    assert progressed[-1][1] == 6  # progress over every page of every scan
    read_before = progressed[-1][0]
    assert 0 < read_before < 6

    resumed: list[tuple[int, int]] = []
    with qtbot.waitSignal(dialog.finished_run, timeout=90_000) as finished:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert dialog.job is not None
        dialog.job.progressed.connect(lambda done, total, _name: resumed.append((done, total)))
    assert finished.args[0].finished and not finished.args[0].failed
    # The resumed run counts only the files not finished, starting from their pages already read, and reads
    # exactly the pages the first run left: the first read those the clerk saw, or one more (the page being read
    # when Cancel was clicked is finished and kept).
    assert resumed[-1][0] == resumed[-1][1]
    read_now = resumed[-1][1] - resumed[0][0]
    assert 6 - read_now in (read_before, read_before + 1)
    assert f"{len(finished.args[0].finished)} scan(s) recognised" in dialog.message.text()
    attachments = [a for d in session.list_documents() for a in session.document(d["id"])["attachments"]]
    assert [session.recognition(a["sha256"]).state for a in attachments] == ["done"] * 3
    assert len(session.search("ho ngheo")) >= 1
