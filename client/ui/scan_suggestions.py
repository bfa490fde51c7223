"""Register fields read from a scan the clerk is registering (number and symbol, date, issuer, type, summary),
offered as suggestions: shown, and used only when the clerk clicks "Use these"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from client.office import OfficeSession, Suggestions
from client.ui import labels
from client.ui.error_text import describe
from client.ui.worker import Job, run_in_background


class ScanSuggestions(QFrame):
    """Reads the first page of one scan on a worker and shows what it suggests."""

    ready = Signal(object)  # the Suggestions of the scan asked for last, once on screen
    chosen = Signal(object, object)  # (the scan's Path, its Suggestions) when the clerk clicks "Use these"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanSuggestions")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Suggestions read from the scan"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_button = QPushButton(self.tr("&Use these"))
        self.use_button.setAccessibleName(self.tr("Use the suggestions read from the scan"))
        self.use_button.clicked.connect(self._use)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.use_button)
        self.path: Path | None = None
        self.suggestions: Suggestions | None = None
        self._job: Job | None = None
        self.hide()

    def read(self, session: OfficeSession, path: Path) -> None:
        """Read `path`'s first page (seconds, on a worker) and show what it suggests."""
        if self._job is not None:
            self._job.cancel()
        self.path, self.suggestions = path, None
        self.text.setText(self.tr("Reading %1 to suggest its register fields…").replace("%1", path.name))
        self.use_button.hide()
        self.show()
        self._job = run_in_background(lambda: session.suggest_from_scan(path),
                                      lambda found: self._display(path, found), lambda error: self._failed(path, error))

    def _display(self, path: Path, found: Suggestions) -> None:
        if path != self.path:
            return
        self._job = None
        self.suggestions = found
        if not found:
            self.text.setText(self.tr("Nothing to suggest was recognised on the first page of %1.")
                              .replace("%1", path.name))
        else:
            lines = [self.tr("Read on the first page of %1:").replace("%1", path.name)]
            for label, value in (
                (self.tr("Number and symbol"), found.number_symbol),
                (self.tr("Date of issue"), labels.format_date(found.issued_date) if found.issued_date else None),
                (self.tr("Issuing body"), found.issuing_body),
                (self.tr("Document type"), found.doc_type),
                (self.tr("Summary"), found.summary),
            ):
                if value:
                    lines.append(f"{label}: {value}")
            self.text.setText("\n".join(lines))
            self.use_button.show()
        self.ready.emit(found)

    def _failed(self, path: Path, error: BaseException) -> None:
        if path != self.path:
            return
        self._job = None
        self.text.setText(self.tr("No suggestion: %1").replace("%1", describe(error)))
        self.ready.emit(None)

    def _use(self) -> None:
        if self.path is not None and self.suggestions:
            self.chosen.emit(self.path, self.suggestions)
