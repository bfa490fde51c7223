"""Send an outgoing document to units of the platform: pick the recipients; queued while offline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from client.office import Changes, OfficeSession
from client.ui.error_text import describe
from client.ui.worker import run_in_background


class SendDialog(QDialog):
    """Recipients as a checklist of the directory's units; the send is queued on a worker."""

    sent = Signal(object)  # Changes, once the send is queued

    def __init__(self, session: OfficeSession, doc: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # `session`, never `actions`: that name would shadow QWidget.actions() (the widget's QAction list).
        self.session = session
        self.doc_id = str(doc["id"])
        self.setWindowTitle(self.tr("Send the document"))
        self.setMinimumSize(460, 420)
        self.units = QListWidget()
        self.units.setAccessibleName(self.tr("Recipient units"))
        self.message = QLabel(self.tr("The document is sent at the next sync; each unit receives its own copy."))
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Send"))
        # Qt's own button words are not in our catalogue: name Cancel ourselves so it reads Vietnamese too.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{doc.get('number_symbol') or ''}</b> — {doc.get('summary', '')}"))
        layout.addWidget(QLabel(self.tr("&Recipients:")))
        layout.itemAt(layout.count() - 1).widget().setBuddy(self.units)  # type: ignore[union-attr]
        layout.addWidget(self.units, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._chosen = {r.get("unit_id") for r in doc.get("recipient_units") or [] if isinstance(r, dict)}
        self.buttons.setEnabled(False)
        run_in_background(session.recipient_units, self._show_units, self._failed)

    def _show_units(self, units: list[dict[str, Any]]) -> None:
        for unit in units:
            item = QListWidgetItem(f"{unit['name']} ({unit['code']})")
            item.setData(Qt.ItemDataRole.UserRole, unit["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if unit["id"] in self._chosen else Qt.CheckState.Unchecked)
            self.units.addItem(item)
        self.buttons.setEnabled(True)

    def choose(self, unit_id: str) -> bool:
        """Tick a unit (as a click on its box would); False if it is not listed."""
        for row in range(self.units.count()):
            item = self.units.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == unit_id:
                item.setCheckState(Qt.CheckState.Checked)
                return True
        return False

    def chosen(self) -> list[str]:
        """The ids of the ticked units."""
        items = (self.units.item(row) for row in range(self.units.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        """Queue the send."""
        unit_ids = self.chosen()
        if not unit_ids:
            self.message.setText(self.tr("Choose at least one unit to send to."))
            return
        self.buttons.setEnabled(False)
        session, doc_id = self.session, self.doc_id
        run_in_background(lambda: session.send(doc_id, unit_ids), self._done, self._failed)

    def _done(self, changes: Changes) -> None:
        self.sent.emit(changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(self.tr("Not sent: %1").replace("%1", describe(error)))
