"""Assign an incoming document: the main handler, co-handlers and people informed from the unit's directory, a
processing deadline, a direction note."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from client.office import Changes, OfficeSession
from client.ui import labels
from client.ui.document_form import date_edit
from client.ui.error_text import describe
from client.ui.worker import run_in_background


class AssignDialog(QDialog):
    """The leader's assignment form; the edit is queued on a worker and sent at the next sync."""

    assigned = Signal(object)  # Changes, once the assignment is queued

    def __init__(self, session: OfficeSession, doc: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # `session`, never `actions`: that name would shadow QWidget.actions() (the widget's QAction list).
        self.session = session
        self.doc_id = str(doc["id"])
        self.setWindowTitle(self.tr("Assign the document"))
        self.setMinimumWidth(460)
        self.handler = QComboBox()
        self.handler.setAccessibleName(self.tr("Handler"))
        self.co_handlers = people_checklist(self.tr("Co-handlers"))
        self.informed = people_checklist(self.tr("People informed"))
        self.deadline = date_edit(self.tr("Processing deadline"))
        self.deadline.setDate(QDate(doc.get("deadline") or date.today() + timedelta(days=7)))
        self.note = QPlainTextEdit(doc.get("direction_note") or "")
        self.note.setPlaceholderText(self.tr("The leader's direction, e.g. who leads, what to report and when"))
        self.note.setAccessibleName(self.tr("Direction note"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Assign"))
        # Qt's own button words are not in our catalogue: name Cancel ourselves so it reads Vietnamese too.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Handler:"), self.handler)
        form.addRow(self.tr("&Co-handlers:"), self.co_handlers)
        form.addRow(self.tr("&Informed:"), self.informed)
        form.addRow(self.tr("&Deadline:"), self.deadline)
        form.addRow(self.tr("Direction &note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{doc.get('number_symbol') or ''}</b> — {doc.get('summary', '')}"))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._current_handler = doc.get("handler_id")
        self._current_co = set(doc.get("co_handler_ids") or ())
        self._current_informed = set(doc.get("informed_ids") or ())
        self.buttons.setEnabled(False)
        run_in_background(session.handlers, self._show_handlers, self._failed)

    def _show_handlers(self, people: list[dict[str, Any]]) -> None:
        self.handler.clear()
        for person in people:
            label = person["full_name"] + (f" — {person['position']}" if person.get("position") else "")
            self.handler.addItem(label, person["id"])
        if self._current_handler:
            self.handler.setCurrentIndex(max(self.handler.findData(self._current_handler), 0))
        fill_checklist(self.co_handlers, people, self._current_co)
        fill_checklist(self.informed, people, self._current_informed)
        self.buttons.setEnabled(True)
        if not people:
            self.message.setText(self.tr("The unit's staff list has not been synced yet. Sync, then try again."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def submit(self) -> None:
        """Queue the assignment."""
        handler_id = self.handler.currentData()
        if not handler_id:
            self.message.setText(self.tr("Choose the handler."))
            return
        co_handlers = [c for c in checked(self.co_handlers) if c != handler_id]  # the main handler leads anyway
        informed = checked(self.informed)
        deadline = labels.python_date(self.deadline.date())
        note = self.note.toPlainText().strip()
        self.buttons.setEnabled(False)
        session, doc_id = self.session, self.doc_id
        run_in_background(lambda: session.assign(doc_id, handler_id, deadline, note, co_handlers, informed),
                          self._done, self._failed)

    def _done(self, changes: Changes) -> None:
        self.assigned.emit(changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(self.tr("Not assigned: %1").replace("%1", describe(error)))


def people_checklist(name: str) -> QListWidget:
    """A short list of the unit's people, each with a check box."""
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setMaximumHeight(110)
    return widget


def fill_checklist(widget: QListWidget, people: list[dict[str, Any]], chosen: set[str]) -> None:
    widget.clear()
    for person in people:
        item = QListWidgetItem(person["full_name"])
        item.setData(Qt.ItemDataRole.UserRole, person["id"])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if person["id"] in chosen else Qt.CheckState.Unchecked)
        widget.addItem(item)


def checked(widget: QListWidget) -> list[str]:
    """The ids of the people checked, in the list's order."""
    return [str(widget.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked]
