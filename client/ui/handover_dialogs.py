"""Handing a document on, each with a note for the timeline: forward to another main handler (chuyển xử lý, the
leader), return to the leader (trả lại, the main handler), submit to a leader (trình, the clerk)."""

from __future__ import annotations

from typing import Any, Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from client.office import Changes, OfficeSession
from client.ui.error_text import describe
from client.ui.worker import run_in_background

Mode = Literal["forward", "return", "submit"]


class HandoverDialog(QDialog):
    """One small form for the three hand-overs; the change and its note are queued on a worker."""

    handedOver = Signal(object)  # Changes, once queued (not `done`: that is QDialog.done)

    def __init__(self, session: OfficeSession, doc: dict[str, Any], mode: Mode,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.doc_id = str(doc["id"])
        self.mode = mode
        self._current_handler = doc.get("handler_id")
        self.setMinimumWidth(440)
        self.person = QComboBox()
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if mode == "forward":
            self.setWindowTitle(self.tr("Forward the document"))
            ok.setText(self.tr("&Forward"))
            self.person.setAccessibleName(self.tr("New handler"))
            self.note.setPlaceholderText(self.tr("Why it moves, what the new handler should know"))
            form.addRow(self.tr("&New handler:"), self.person)
        elif mode == "return":
            self.setWindowTitle(self.tr("Return the document to the leader"))
            ok.setText(self.tr("&Return"))
            self.note.setPlaceholderText(self.tr("Why you give it back (required)"))
        else:
            self.setWindowTitle(self.tr("Submit the document to the leader"))
            ok.setText(self.tr("&Submit"))
            self.person.setAccessibleName(self.tr("Leader"))
            self.note.setPlaceholderText(self.tr("A note for the leader (optional)"))
            form.addRow(self.tr("&Leader:"), self.person)
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{doc.get('number_symbol') or ''}</b> — {doc.get('summary', '')}"))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if mode != "return":
            self.buttons.setEnabled(False)
            people = session.leaders if mode == "submit" else session.handlers
            run_in_background(people, self._show_people, self._failed)

    def _show_people(self, people: list[dict[str, Any]]) -> None:
        self.person.clear()
        for person in people:
            if self.mode == "forward" and person["id"] == self._current_handler:
                continue  # forwarding moves the work to someone else
            label = person["full_name"] + (f" — {person['position']}" if person.get("position") else "")
            self.person.addItem(label, person["id"])
        self.buttons.setEnabled(True)
        if not self.person.count():
            self.message.setText(self.tr("The unit's staff list has not been synced yet. Sync, then try again."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def submit(self) -> None:
        """Queue the hand-over and its note."""
        note = self.note.toPlainText().strip()
        person_id = self.person.currentData()
        session, doc_id = self.session, self.doc_id
        # The note is the person's own words: who handed the document to whom is the trail's event, in the
        # reader's language, so it is not written into the note as well.
        if self.mode == "return":
            if not note:
                self.message.setText(self.tr("Say why the document is returned."))
                return
            job = lambda: session.return_to_leader(doc_id, note)  # noqa: E731
        elif not person_id:
            self.message.setText(self.tr("Choose a person."))
            return
        elif self.mode == "forward":
            job = lambda: session.forward(doc_id, person_id, note)  # noqa: E731
        else:
            job = lambda: session.submit_to_leader(doc_id, person_id, note)  # noqa: E731
        self.buttons.setEnabled(False)
        run_in_background(job, self._done, self._failed)

    def _done(self, changes: Changes) -> None:
        self.handedOver.emit(changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(self.tr("Not saved: %1").replace("%1", describe(error)))
