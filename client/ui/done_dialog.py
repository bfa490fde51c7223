"""Mark a document done: the result of the processing (kết quả xử lý) is asked for and kept as a processing note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from client.office import Changes, OfficeSession
from client.ui.error_text import describe
from client.ui.worker import run_in_background


class DoneDialog(QDialog):
    """The result, required; saving queues the note and the status change in one office call on a worker."""

    marked = Signal(object)  # Changes, once the note and the step are queued

    def __init__(self, session: OfficeSession, doc: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.doc_id = str(doc["id"])
        self.setWindowTitle(self.tr("Mark done"))
        self.setMinimumWidth(460)
        # `result_text`, never `result`: that name would shadow QDialog.result().
        self.result_text = QPlainTextEdit()
        self.result_text.setPlaceholderText(self.tr("e.g. Answered by letter no. 12/UBND"))
        self.result_text.setAccessibleName(self.tr("Result of the processing"))
        self.result_text.setMaximumHeight(110)
        self.message = QLabel(self.tr("The result is kept as a processing note and sent with the status at the "
                                      "next sync."))
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark &done"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{doc.get('number_symbol') or ''}</b> — {doc.get('summary', '')}"))
        label = QLabel(self.tr("&Result of the processing (required):"))
        label.setBuddy(self.result_text)
        layout.addWidget(label)
        layout.addWidget(self.result_text)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.result_text.setFocus()

    def submit(self) -> None:
        """Queue the result note and the status change."""
        text = self.result_text.toPlainText().strip()
        if not text:
            self.message.setStyleSheet("color: #b00020")
            self.message.setText(self.tr("Write the result of the processing first."))
            self.result_text.setFocus()
            return
        self.buttons.setEnabled(False)
        session, doc_id = self.session, self.doc_id
        run_in_background(lambda: session.mark_done(doc_id, text), self._done, self._failed)

    def _done(self, changes: Changes) -> None:
        self.marked.emit(changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(self.tr("Not saved: %1").replace("%1", describe(error)))
