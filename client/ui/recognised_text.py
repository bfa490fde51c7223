"""Under the attachment viewer: whether the words of a scan are searchable, recognising them (OCR) with progress
and Cancel, and the recognised text itself when the clerk asks to see it.

A scan without a text layer that was never recognised says so: its words are not found by search until it is.
Everything here reads the cache or runs Tesseract on a worker (client/ui/worker.py); the run is resumable, so
Cancel keeps the pages read so far.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.office import OfficeSession
from client.ui.error_text import describe
from client.ui.worker import Job, run_in_background

if TYPE_CHECKING:  # for annotations only: the app starts without loading them
    from client.office import OcrReport, OcrState

Row = dict[str, Any]
SCAN_MIMES = ("application/pdf", "image/")


class RecognisedTextPanel(QFrame):
    """The OCR state of the chosen attachment, the Recognise/Cancel buttons, and its recognised text."""

    shown = Signal(str)  # the attachment's hash, once its state is on screen
    recognised = Signal(object)  # the OcrReport of a run that ended (not one cancelled)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recognisedTextPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Recognised text"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.recognise_button = QPushButton(self.tr("&Recognise text"))
        self.recognise_button.setAccessibleName(self.tr("Recognise the text of this scan"))
        self.recognise_button.clicked.connect(self.recognise)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Stop recognising; the pages read are kept"))
        self.cancel_button.clicked.connect(self.cancel)
        self.show_button = QPushButton(self.tr("Show recognised &text"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle_text)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Recognition progress"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text recognised in the scan"))
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.recognise_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.text, 1)
        self._session: OfficeSession | None = None
        self._sha: str | None = None
        self._read_job: Job | None = None
        self.job: Job | None = None  # the recognition running, if any
        self.clear()

    def clear(self) -> None:
        self._sha = None
        self.text.clear()
        self.show_button.setChecked(False)
        self.hide()

    def show_for(self, session: OfficeSession, attachment: Row) -> None:
        """Show where the words of this attachment stand (scans only: PDFs and images; others hide the panel)."""
        self._session = session
        self._sha = str(attachment["sha256"])
        mime = str(attachment.get("mime") or "")
        if not mime.startswith(SCAN_MIMES) or not attachment.get("present", True):
            self.hide()
            return
        self._refresh()

    def _refresh(self) -> None:
        session, sha = self._session, self._sha
        if session is None or sha is None:
            return

        def read() -> tuple[bool, OcrState, str | None]:
            return session.has_searchable_text(sha), session.recognition(sha), session.recognised_text(sha)

        self._read_job = run_in_background(read, lambda found: self._display(sha, *found), lambda _e: self.hide())

    def _display(self, sha: str, searchable: bool, state: OcrState, text: str | None) -> None:
        if sha != self._sha:
            return  # another attachment was chosen meanwhile
        running = self.job is not None
        self.text.setPlainText(text or "")
        self.show_button.setVisible(bool(text))
        self.text.setVisible(bool(text) and self.show_button.isChecked())
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.recognise_button.setVisible(not running and state.state != "done" and not
                                         (searchable and state.state is None))
        self.recognise_button.setText(self.tr("&Recognise text"))
        if state.state == "done":
            self.status.setText(self.tr("The text of this scan was recognised: search finds its words."))
        elif state.state == "failed":
            self.status.setText(self.tr("The text of this scan could not be recognised: %1")
                                .replace("%1", describe(_Reason(state.reason))))
            self.recognise_button.setText(self.tr("T&ry again"))
        elif state.state == "running":
            self.status.setText(self.tr("Text recognised on %1 of %2 pages; the rest is not searchable yet.")
                                .replace("%1", str(state.pages_done)).replace("%2", str(state.pages)))
            self.recognise_button.setText(self.tr("&Continue recognising"))
        elif searchable:
            self.status.setText(self.tr("This file has a text layer: search finds its words."))
        else:
            self.status.setText(self.tr("This scan has no text layer and its text was never recognised: search "
                                        "does not find its words."))
        self.show()
        self.shown.emit(sha)

    def _toggle_text(self, checked: bool) -> None:
        self.text.setVisible(checked and bool(self.text.toPlainText()))
        self.show_button.setText(self.tr("Hide recognised &text") if checked else self.tr("Show recognised &text"))

    def recognise(self) -> None:
        """Recognise this scan on a worker, page by page, with progress; Cancel keeps what was read."""
        session, sha = self._session, self._sha
        if session is None or sha is None or self.job is not None:
            return
        def run(job: Job) -> OcrReport:
            session.retry_recognition(sha)
            report, _changes = session.recognise_scans([sha], progress=job.report,
                                                       cancelled=lambda: job.is_cancelled)
            return report

        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.recognise_button.hide()
        self.status.setText(self.tr("Recognising the text of the scan…"))
        self.job = run_in_background(run, self._done, self._failed, self._progressed, with_job=True)
        self.job.ended.connect(self._ended)

    def _progressed(self, done: int, total: int, _name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("Recognising page %1 of %2…").replace("%1", str(min(done + 1, total)))
                            .replace("%2", str(total)))

    def _done(self, report: OcrReport) -> None:
        self.recognised.emit(report)

    def _ended(self) -> None:
        # after the outcome, whichever it was (done, failed or cancelled): the worker is free again
        failed = self.job is not None and self.job.property("failed")
        self.job = None
        if not failed:
            self._refresh()

    def _failed(self, error: BaseException) -> None:
        if self.job is not None:
            self.job.setProperty("failed", True)
        self.progress.hide()
        self.cancel_button.hide()
        self.recognise_button.show()
        self.status.setText(self.tr("The text could not be recognised: %1").replace("%1", describe(error)))

    def cancel(self) -> None:
        """Stop after the page being read; the pages read so far are kept and the next run goes on from there."""
        if self.job is None:
            return
        self.job.cancel()
        self.cancel_button.hide()
        self.status.setText(self.tr("Stopping after the page being read…"))


class _Reason(Exception):
    """A stored failure code, worded like any error."""

    def __init__(self, code: str | None) -> None:
        super().__init__(code or "")
        self.code = code or "unexpected"
        self.params: dict[str, object] = {}
