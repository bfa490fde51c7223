"""Documents ▸ Recognise text of scans: every scan here whose words are not searchable yet (scans that arrived by
sync, runs stopped earlier), recognised on the worker with progress over all their pages and Cancel. The run is
resumable: Cancel keeps every page read, and the next run starts at the first page not read."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from client.office import Changes, OcrReport, OfficeSession
from client.ui.error_text import describe
from client.ui.worker import Job, run_in_background


class OcrDialog(QDialog):
    """Start, follow and stop one OCR run over the whole cache."""

    finished_run = Signal(object)  # the OcrReport of a run that ended (not cancelled)
    changed = Signal(object)  # Changes, when a run made documents searchable

    def __init__(self, session: OfficeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Recognise text of scans"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("Scans without a text layer are read with the Vietnamese text recognition so that "
                               "search finds their words. It takes about a second a page; you can stop at any "
                               "time and go on later from where it stopped."))
        intro.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Recognition progress"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.job: Job | None = None

    def start(self) -> None:
        if self.job is not None:
            return
        session = self.session

        def run(job: Job) -> OcrReport:
            report, _changes = session.recognise_scans(progress=job.report, cancelled=lambda: job.is_cancelled)
            return report

        self.start_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(self.tr("Looking for scans to recognise…"))
        self.job = run_in_background(run, self._done, self._failed, self._progressed, with_job=True)
        self.job.ended.connect(self._ended)

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            self.message.setText(self.tr("Page %1 of %2 recognised (%3)").replace("%1", str(done))
                                 .replace("%2", str(total)).replace("%3", name))

    def _done(self, report: OcrReport) -> None:
        if report.finished or report.failed:
            self.message.setText(self.tr("%n scan(s) recognised; %1 could not be read.", "", len(report.finished))
                                 .replace("%1", str(len(report.failed))))
        else:
            self.message.setText(self.tr("Every scan here is searchable already."))
        self.progress.hide()
        if report.finished:
            self.changed.emit(Changes(frozenset({"incoming", "outgoing", "draft"})))
        self.finished_run.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.message.setText(self.tr("The text could not be recognised: %1").replace("%1", describe(error)))

    def _ended(self) -> None:
        self.job = None
        self.start_button.setEnabled(True)

    def cancel(self) -> None:
        """Stop after the page being read (every page read is kept), or close the dialog."""
        if self.job is None:
            self.reject()
            return
        self.job.cancel()
        self.progress.hide()
        self.message.setText(self.tr("Stopped: the pages read so far are kept, and the next run goes on from "
                                     "there."))
