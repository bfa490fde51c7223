"""Refused: each change the server would not take, with its reason, and the two ways out of it.

Discard my change (the server's copy comes back; a new record the server never accepted leaves this computer),
or send it again with the record's current values, after editing what the reason points at. Both run on a worker
through the office layer and report what they changed with `changed`, which the window routes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.office import Changes, OfficeSession, RefusedChange
from client.ui.decision_table import decision_table
from client.ui.error_text import describe, describe_refusal
from client.ui.models.refused_table import RefusedTableModel
from client.ui.worker import run_in_background


class RefusedView(QWidget):
    """The table of refused changes, what to do about them, and the buttons that do it."""

    changed = Signal(object)  # Changes of a discard or a retry
    loaded = Signal(int)  # how many refused changes are shown

    def __init__(self, session: OfficeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = RefusedTableModel(self)
        self.table = decision_table(self.model, self.tr("Refused changes"))
        heading = QLabel(self.tr("Refused changes"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.hint = QLabel(self.tr("What to do: edit the document and send again, or discard your change."))
        self.hint.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("Why the server refused it"))
        self.discard_button = QPushButton(self.tr("&Discard my change (restore the server's copy)"))
        self.discard_button.setShortcut(QKeySequence("Alt+D"))
        self.retry_button = QPushButton(self.tr("Send &again"))
        self.retry_button.setShortcut(QKeySequence("Alt+A"))
        self.discard_button.clicked.connect(self.discard)
        self.retry_button.clicked.connect(self.retry)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._enable(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)

    def start(self) -> None:
        """Read the refused changes."""
        self.refresh()

    def refresh(self) -> None:
        """Read the refused changes again."""
        run_in_background(self.session.refused_changes, self._arrived)

    def _arrived(self, rows: list[RefusedChange]) -> None:
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self.summary.setText(
            self.tr("Nothing refused: the server took every change sent from here.")
            if not rows
            else self.tr("The server refused %n change(s). They stay on this computer until you send them again "
                         "or discard them.", "", len(rows))
        )
        if rows:
            self.table.selectRow(0)
        else:
            self.reason.clear()
            self._enable(False)
        self.loaded.emit(len(rows))

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._enable(False)
            return
        change = self.model.rows[current.row()]
        self.reason.setText(self.tr("Why: %1").replace("%1", describe_refusal(change.problem)))
        self.hint.setText(
            self.tr("This new record never reached the server: discarding removes it from this computer. Or "
                    "correct it and send it again.") if change.is_create else
            self.tr("What to do: edit the document and send again, or discard your change.")
        )
        self.message.clear()
        self._enable(True)

    def _enable(self, enabled: bool) -> None:
        for button in (self.discard_button, self.retry_button):
            button.setEnabled(enabled)

    def current(self) -> RefusedChange | None:
        """The refused change chosen in the table."""
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def discard(self) -> None:
        """Drop the chosen change; a new record the server never accepted is removed after a question."""
        change = self.current()
        if change is None:
            return
        if not change.is_create:
            self._run(lambda: self.session.discard_refused(change.seq), self.tr("Not discarded: %1"))
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Remove the new record?"),
            self.tr("\"%1\" never reached the server. Discarding removes it and its files from this computer.")
            .replace("%1", change.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Remove it"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: result == QMessageBox.StandardButton.Yes and self._run(
            lambda: self.session.discard_refused(change.seq), self.tr("Not discarded: %1")))
        self.confirm_box = box
        box.open()

    def retry(self) -> None:
        """Queue the chosen change again with the record's current values (sent at the next sync)."""
        change = self.current()
        if change is not None:
            self._run(lambda: self.session.retry_refused(change.seq), self.tr("Not sent again: %1"))

    def _run(self, job: Callable[[], Changes], failure: str) -> bool:
        self._enable(False)

        def done(changes: Changes) -> None:
            self.changed.emit(changes)
            self.refresh()

        def failed(error: BaseException) -> None:
            self._enable(True)
            self.message.setText(failure.replace("%1", describe(error)))

        run_in_background(job, done, failed)
        return True
