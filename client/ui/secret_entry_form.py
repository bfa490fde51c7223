"""Register a paper secret document: a form with only the fields of its register entry, and no scan step.

Law 117/2025/QH15 Art. 5(2) forbids keeping a secret document's content on a networked computer (DOMAIN.md "Secret
documents"), so the form has no summary, no attachment, no text: the number and symbol, type, issuer, dates,
secrecy and urgency, handler and deadline where the role sets them, and where the original is kept.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from client.office import Changes, OfficeSession
from client.office.secret_entries import ORIGINAL_LOCATIONS, SecretEntry, register_secret_entry
from client.ui import labels
from client.ui.date_field import date_field
from client.ui.error_text import describe
from client.ui.worker import run_in_background
from sync.protocol.domain import DOCUMENT_TYPES, Secrecy, Urgency
from sync.protocol.secrecy import is_secret

Row = dict[str, Any]


class SecretChoiceNotice(QFrame):
    """Shown in the normal document form when Mật is chosen: why its content cannot be saved, what to do instead,
    and the way to the register-entry form."""

    switchRequested = Signal()

    def __init__(self, offers_entry: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offers_entry = offers_entry
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet(f"color: {labels.SECRECY_COLOUR}")
        self.switch_button = QPushButton(self.tr("Register it as a secret &entry (no scan)…"))
        self.switch_button.clicked.connect(self.switchRequested)
        self.switch_button.setVisible(offers_entry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.switch_button)
        self.hide()

    def show_for(self, secret: bool, dropped: list[str]) -> None:
        """Show the notice when a secret level is chosen, naming the scans it took out of the form."""
        if not secret:
            self.hide()
            return
        parts = []
        if dropped:
            parts.append(self.tr("The file you picked (%1) was taken out of this form; nothing of it was saved.")
                         .replace("%1", ", ".join(dropped)))
        parts.append(self.tr("Law 117/2025 forbids storing a secret document's content on a networked computer, "
                             "so this computer keeps its register entry only: no summary, no scan."))
        parts.append(self.tr("Keep the original in the safe or in the secret-document system and register the "
                             "entry with where it is kept.") if self.offers_entry else
                     self.tr("Draft it in the secret-document system, not on this computer."))
        self.text.setText(" ".join(parts))
        self.show()


class SecretEntryForm(QDialog):
    """The stub fields of a paper secret document, incoming or outgoing; saved through the office on a worker."""

    saved = Signal(str)  # the new register entry's id
    changed = Signal(object)  # Changes, once it is stored

    def __init__(self, session: OfficeSession, kind: str, parent: QWidget | None = None,
                 values: Row | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.setWindowTitle(self.tr("Register a secret incoming document (paper)") if kind == "incoming"
                            else self.tr("Register a secret outgoing document (paper)"))
        self.setMinimumWidth(560)
        self.entry_id: str | None = None

        notice = QLabel(self.tr("Secret documents are kept on this computer as register entries only (Law "
                                "117/2025): no summary, no scan, no file. Keep the original in the safe or in the "
                                "secret-document system, and record here where it is."))
        notice.setWordWrap(True)
        notice.setStyleSheet(f"color: {labels.SECRECY_COLOUR}")
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 125-CV/HU"))
        self.doc_type = QComboBox()
        self.doc_type.setEditable(True)
        self.doc_type.addItems(list(DOCUMENT_TYPES))
        self.doc_type.setCurrentText("Công văn")
        self.issuing_body = QLineEdit()
        self.issued_date = date_field(self.tr("Date of issue"))
        self.arrival_number = QSpinBox()
        self.arrival_number.setRange(1, 999_999)
        self.arrival_date = date_field(self.tr("Arrival date"))
        self.recipients = QLineEdit()
        self.recipients.setPlaceholderText(self.tr("Units or persons, separated by ';'"))
        self.secrecy = QComboBox()
        for level in Secrecy:  # Tối mật and Tuyệt mật never reach a commune: only what the unit may hold
            if is_secret(level) and level <= session.info.unit.secrecy_ceiling:
                self.secrecy.addItem(labels.secrecy_label(level), int(level))
        self.urgency = QComboBox()
        for urgency in Urgency:
            self.urgency.addItem(labels.urgency_label(urgency), int(urgency))
        self.handler = QComboBox()
        self.handler.addItem(self.tr("(none yet)"), None)
        self.has_deadline = QCheckBox(self.tr("Processing deadline"))
        self.deadline = date_field(self.tr("Processing deadline"), QDate.currentDate().addDays(7))
        self.deadline.setEnabled(False)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.location = QComboBox()
        self.location.setEditable(True)
        self.location.addItems(list(ORIGINAL_LOCATIONS))
        editor = self.location.lineEdit()
        if editor is not None:  # always, for an editable box
            editor.setPlaceholderText(self.tr("or type the name of the person who keeps it"))

        form = QFormLayout()
        form.addRow(self.tr("&Number and symbol:"), self.number)
        form.addRow(self.tr("Document &type:"), self.doc_type)
        form.addRow(self.tr("&Issuing body:"), self.issuing_body)
        form.addRow(self.tr("Date of issue:"), self.issued_date)
        # The same role table as the normal form: the clerk gives the arrival number, the leader the handler and
        # the deadline (sync/protocol/lifecycle.py, through the office layer).
        self.registers = kind == "incoming" and "register" in session.available_actions(
            {"kind": "incoming", "status": "received"})
        if self.registers:
            form.addRow(self.tr("Arrival number:"), self.arrival_number)
            form.addRow(self.tr("Arrival date:"), self.arrival_date)
        elif kind != "incoming":
            form.addRow(self.tr("&Recipients:"), self.recipients)
        form.addRow(self.tr("Secrecy:"), self.secrecy)
        form.addRow(self.tr("Urgency:"), self.urgency)
        self.sets_handler = kind == "incoming" and session.may_set("handler_id")
        if self.sets_handler:
            form.addRow(self.tr("&Handler:"), self.handler)
        self.sets_deadline = session.may_set("deadline")
        if self.sets_deadline:
            form.addRow(self.has_deadline, self.deadline)
        form.addRow(self.tr("&Original kept at:"), self.location)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_widget = label.widget() if label is not None else None
            field_widget = field.widget() if field is not None else None
            if isinstance(label_widget, QLabel) and field_widget is not None:
                field_widget.setAccessibleName(label_widget.text().replace("&", "").rstrip(":"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Register the entry"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._fill(values or {})

        if self.registers:
            today = date.today()  # a unit with a separate secret register numbers secret entries apart
            run_in_background(lambda: session.next_number("incoming", today, secret=True), self._arrival_number_known)
        if self.sets_handler:
            run_in_background(session.handlers, self._handlers_known)

    def _fill(self, values: Row) -> None:
        """Start from what was typed in the normal form (its summary and files stay behind: they are content)."""
        if values.get("number_symbol"):
            self.number.setText(str(values["number_symbol"]))
        if values.get("doc_type"):
            self.doc_type.setCurrentText(str(values["doc_type"]))
        if values.get("issuing_body"):
            self.issuing_body.setText(str(values["issuing_body"]))
        for field, key in ((self.issued_date, "issued_date"), (self.arrival_date, "arrival_date")):
            if values.get(key):
                field.setDate(QDate(values[key]))
        for box, key in ((self.secrecy, "secrecy"), (self.urgency, "urgency")):
            position = box.findData(values.get(key))
            if position >= 0:
                box.setCurrentIndex(position)
        if values.get("recipients"):
            self.recipients.setText("; ".join(values["recipients"]))
        if values.get("deadline") and self.sets_deadline:
            self.has_deadline.setChecked(True)
            self.deadline.setDate(QDate(values["deadline"]))

    def _arrival_number_known(self, number: int) -> None:
        self.arrival_number.setValue(number)

    def _handlers_known(self, people: list[Row]) -> None:
        for person in people:
            self.handler.addItem(str(person["full_name"]), person["id"])

    def entry(self) -> SecretEntry:
        """The register entry the form describes (raises ValidationError when a field is wrong)."""
        values: Row = {
            "kind": self.kind,
            "number_symbol": self.number.text().strip() or None,
            "doc_type": self.doc_type.currentText().strip(),
            "issuing_body": self.issuing_body.text().strip() or (
                None if self.kind == "incoming" else self.session.info.unit.name),
            "issued_date": labels.python_date(self.issued_date.date()),
            "secrecy": self.secrecy.currentData(),
            "urgency": self.urgency.currentData(),
            "deadline": labels.python_date(self.deadline.date())
            if self.sets_deadline and self.has_deadline.isChecked() else None,
            "original_location": self.location.currentText().strip(),
        }
        if self.registers:
            values |= {"arrival_number": self.arrival_number.value(),
                       "arrival_date": labels.python_date(self.arrival_date.date())}
        if self.sets_handler:
            values["handler_id"] = self.handler.currentData()
        if self.kind != "incoming":
            values["recipients"] = [r.strip() for r in self.recipients.text().split(";") if r.strip()]
        return SecretEntry.model_validate(values)

    def submit(self) -> None:
        """Check the fields, then store the register entry on a worker."""
        try:
            entry = self.entry()
        except ValidationError as error:
            names = {"original_location": self.tr("where the original is kept"),
                     "number_symbol": self.tr("number and symbol"), "doc_type": self.tr("document type")}
            wrong = [names.get(str(e["loc"][0]), str(e["loc"][0])) for e in error.errors() if e.get("loc")]
            self.message.setText(self.tr("Please check: %1").replace("%1", ", ".join(wrong) or describe(error)))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        session = self.session

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.message.setText(self.tr("The entry was not saved: %1").replace("%1", describe(error)))

        def done(changes: Changes) -> None:
            self.entry_id = next(iter(changes.records), None)  # the one document the entry created
            self.saved.emit(self.entry_id or "")
            self.changed.emit(changes)
            self.accept()

        run_in_background(lambda: register_secret_entry(session, entry), done, failed)
