"""Correct a document's register fields: a digitized scan arrives with its file name as summary and no number.

Only the fields the user changed are sent (each change is a queued edit the server merges field by field); the
server records the correction as an event of the document's processing trail: who corrected which fields, when.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from client.office import Changes, OfficeSession
from client.office.secret_entries import is_secret_entry
from client.ui import labels
from client.ui.document_form import date_edit
from client.ui.error_text import describe
from client.ui.worker import run_in_background
from sync.protocol.domain import DOCUMENT_TYPES, Urgency

Row = dict[str, Any]
NO_DATE = QDate(1900, 1, 1)
# The register fields a correction may change, in the form's order.
EDITABLE = ("number_symbol", "doc_type", "summary", "issuing_body", "issued_date", "signer", "urgency", "pages",
            "copies")


_TEXT_FIELDS = frozenset({"number_symbol", "doc_type", "summary", "issuing_body", "signer"})


class EditDocumentDialog(QDialog):
    """The register fields of one document, prefilled; Save queues what changed."""

    changed = Signal(object)  # Changes, once the correction is queued

    def __init__(self, session: OfficeSession, doc: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.doc = doc
        self.setWindowTitle(self.tr("Correct the register fields"))
        self.setMinimumWidth(520)
        self.number = QLineEdit(doc.get("number_symbol") or "")
        self.number.setPlaceholderText(self.tr("e.g. 125-CV/HU"))
        self.doc_type = QComboBox()
        self.doc_type.setEditable(True)
        self.doc_type.addItems(list(DOCUMENT_TYPES))
        self.doc_type.setCurrentText(doc.get("doc_type") or "")
        self.summary = QPlainTextEdit(doc.get("summary") or "")
        # A secret document's register entry has no summary to correct (Law 117/2025): the row is left out.
        self.without_summary = is_secret_entry(doc) and not doc.get("summary")
        self.summary.setMaximumHeight(80)
        self.issuing_body = QLineEdit(doc.get("issuing_body") or "")
        self.issued_date = date_edit(self.tr("Date of issue"))
        # A scan may have no date yet: the earliest date stands for "none" and shows as a dash.
        self.issued_date.setMinimumDate(NO_DATE)
        self.issued_date.setSpecialValueText("–")
        issued = doc.get("issued_date")
        self.issued_date.setDate(QDate(issued) if isinstance(issued, date) else NO_DATE)
        self.signer = QLineEdit(doc.get("signer") or "")
        self.urgency = QComboBox()
        for level in Urgency:
            self.urgency.addItem(labels.urgency_label(level), int(level))
        self.urgency.setCurrentIndex(max(self.urgency.findData(int(doc.get("urgency") or 0)), 0))
        self.pages = QSpinBox()
        self.pages.setRange(0, 100_000)
        self.pages.setValue(int(doc.get("pages") or 0))
        self.copies = QSpinBox()
        self.copies.setRange(0, 10_000)
        self.copies.setValue(int(doc.get("copies") or 0))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for label, widget in ((self.tr("&Number and symbol:"), self.number), (self.tr("Document &type:"),
                              self.doc_type), (self.tr("Su&mmary:"), self.summary),
                              (self.tr("&Issuing body:"), self.issuing_body),
                              (self.tr("Date of issue:"), self.issued_date), (self.tr("Si&gner:"), self.signer),
                              (self.tr("Urgency:"), self.urgency), (self.tr("Pages:"), self.pages),
                              (self.tr("Copies:"), self.copies)):
            if widget is self.summary and self.without_summary:
                widget.hide()
                continue
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def values(self) -> Row:
        """The register fields as the form shows them, in the record's shape."""
        shown = {
            "number_symbol": self.number.text().strip() or None,
            "doc_type": self.doc_type.currentText().strip() or None,
            "summary": self.summary.toPlainText().strip() or None,
            "issuing_body": self.issuing_body.text().strip() or None,
            "issued_date": None if self.issued_date.date() == NO_DATE else labels.python_date(self.issued_date.date()),
            "signer": self.signer.text().strip() or None,
            "urgency": int(self.urgency.currentData()),
            "pages": self.pages.value() or None,
            "copies": self.copies.value() or None,
        }
        if self.without_summary:
            del shown["summary"]
        return shown

    def edits(self) -> Row:
        """Only what changed, in the wire's shape (dates as ISO text)."""
        found: Row = {}
        for name, value in self.values().items():
            before = self.doc.get(name)
            if name == "urgency":
                before = int(before or 0)
            elif name in _TEXT_FIELDS:
                # A synced record holds "" where a local one holds None: both are an empty field, not an edit,
                # and an emptied text field goes as "" (the record's text fields are never null on the server).
                before = before or None
            if value != before:
                found[name] = value.isoformat() if isinstance(value, date) else value
                if name in _TEXT_FIELDS and value is None:
                    found[name] = ""
        return found

    def submit(self) -> None:
        """Queue the corrected fields on a worker."""
        edits = self.edits()
        if not edits:
            self.reject()
            return
        if not edits.get("summary", True) or not edits.get("doc_type", True):
            self.message.setText(self.tr("The summary and the document type cannot be empty."))
            return
        self.buttons.setEnabled(False)
        session, doc_id = self.session, str(self.doc["id"])

        def done(changes: Changes) -> None:
            self.changed.emit(changes)
            self.accept()

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.message.setText(self.tr("The correction was not saved: %1").replace("%1", describe(error)))

        run_in_background(lambda: session.correct_document(doc_id, edits), done, failed)
