"""The form for a new document: register an incoming one (with its arrival number) or draft an outgoing one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from client.office import Changes, DocumentRecord, OfficeSession, Suggestions
from client.ui import labels
from client.ui.date_field import DateField, date_field
from client.ui.error_text import describe
from client.ui.scan_suggestions import ScanSuggestions
from client.ui.secret_entry_form import SecretChoiceNotice, SecretEntryForm
from client.ui.symbol_assist import SymbolAssist
from client.ui.worker import run_in_background
from sync.protocol.domain import DOCUMENT_TYPES, IncomingStatus, OutgoingStatus, Secrecy, Urgency
from sync.protocol.secrecy import is_secret


def date_edit(name: str) -> DateField:
    """A date field showing dd/MM/yyyy with a calendar; a date typed over a selected one replaces it."""
    return date_field(name)


class FileList(QListWidget):
    """Files to attach; files can be dropped on it."""

    filesDropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.paths: list[Path] = []

    def add(self, paths: list[Path]) -> None:
        """Add files that are not in the list yet."""
        for path in paths:
            if path.is_file() and path not in self.paths:
                self.paths.append(path)
                self.addItem(path.name)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add([Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()])
        event.acceptProposedAction()


class DocumentForm(QDialog):
    """Register fields and attachments of a new document; saved through the office session on a worker."""

    saved = Signal(str)  # the new document's id
    changed = Signal(object)  # Changes, once it is stored

    def __init__(self, session: OfficeSession, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        titles = {
            "incoming": self.tr("Register an incoming document"),
            "outgoing": self.tr("Draft an outgoing document"),
            "draft": self.tr("New internal draft"),
        }
        self.setWindowTitle(titles[kind])
        self.setMinimumWidth(560)

        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 125-CV/HU"))
        self.doc_type = QComboBox()
        self.doc_type.setEditable(True)
        self.doc_type.addItems(list(DOCUMENT_TYPES))
        self.doc_type.setCurrentText("Công văn")
        self.summary = QPlainTextEdit()
        self.summary.setMaximumHeight(70)
        self.issuing_body = QLineEdit()
        self.issued_date = date_edit(self.tr("Date of issue"))
        self.signer = QLineEdit()
        self.arrival_number = QSpinBox()
        self.arrival_number.setRange(1, 999_999)
        self.arrival_date = date_edit(self.tr("Arrival date"))
        self.recipients = QLineEdit()
        self.recipients.setPlaceholderText(self.tr("Units or persons, separated by ';'"))
        self.secrecy = QComboBox()
        for level in Secrecy:
            if level <= session.info.unit.secrecy_ceiling:  # the unit may not hold more
                self.secrecy.addItem(labels.secrecy_label(level), int(level))
        self.urgency = QComboBox()
        for urgency in Urgency:
            self.urgency.addItem(labels.urgency_label(urgency), int(urgency))
        self.has_deadline = QCheckBox(self.tr("Processing deadline"))
        self.deadline = date_edit(self.tr("Processing deadline"))
        self.deadline.setDate(QDate.currentDate().addDays(7))
        self.deadline.setEnabled(False)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.pages = QSpinBox()
        self.pages.setRange(0, 100_000)
        self.copies = QSpinBox()
        self.copies.setRange(0, 10_000)
        self.files = FileList()
        self.files.setMaximumHeight(90)
        self.add_files_button = add_files = QPushButton(self.tr("Add &files…"))
        add_files.clicked.connect(self._choose_files)

        form = QFormLayout()
        form.addRow(self.tr("&Number and symbol:"), self.number)
        form.addRow(self.tr("Document &type:"), self.doc_type)
        form.addRow(self.tr("Su&mmary:"), self.summary)
        form.addRow(self.tr("&Issuing body:"), self.issuing_body)
        form.addRow(self.tr("Date of issue:"), self.issued_date)
        form.addRow(self.tr("Si&gner:"), self.signer)
        # The form offers what the person's role may do (the table the server enforces): only the clerk enters a
        # document in the register with its arrival number; only the leader sets a processing deadline.
        self.registers = kind == "incoming" and "register" in session.available_actions(
            {"kind": "incoming", "status": "received"})
        if self.registers:
            form.addRow(self.tr("Arrival number:"), self.arrival_number)
            form.addRow(self.tr("Arrival date:"), self.arrival_date)
        elif kind != "incoming":
            form.addRow(self.tr("&Recipients:"), self.recipients)
        form.addRow(self.tr("Secrecy:"), self.secrecy)
        form.addRow(self.tr("Urgency:"), self.urgency)
        self.sets_deadline = session.may_set("deadline")
        if self.sets_deadline:
            form.addRow(self.has_deadline, self.deadline)
        else:
            self.has_deadline.hide()
            self.deadline.hide()
        pages_row = QHBoxLayout()
        pages_row.addWidget(self.pages)
        pages_row.addWidget(QLabel(self.tr("copies:")))
        pages_row.addWidget(self.copies)
        form.addRow(self.tr("Pages:"), pages_row)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addWidget(add_files, alignment=Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Attachments:"), files_row)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_widget = label.widget() if label is not None else None
            field_widget = field.widget() if field is not None else None
            if label_widget is not None and field_widget is not None:  # a row of a layout has no widget to name
                text = label_widget.property("text") or ""
                field_widget.setAccessibleName(str(text).replace("&", "").rstrip(":"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.duplicate_warning = QLabel()
        self.duplicate_warning.setWordWrap(True)
        self.duplicate_warning.setStyleSheet("color: #8a5a00")
        self.symbol_assist = SymbolAssist(session, self.number, self.doc_type, self.issuing_body,
                                          lambda: labels.python_date(self.issued_date.date()), self.duplicate_warning)
        self.secret_entry_form: SecretEntryForm | None = None
        self.secret_notice = SecretChoiceNotice(kind != "draft")
        self.secret_notice.switchRequested.connect(self.switch_to_secret_entry)
        self.secrecy.currentIndexChanged.connect(self._secrecy_chosen)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Register") if kind == "incoming" else self.tr("&Save draft")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # The first scan attached is read (OCR) to suggest the register fields; the clerk takes them or not.
        self.suggestions = ScanSuggestions()
        self.suggestions.chosen.connect(self.take_suggestions)
        self.files.model().rowsInserted.connect(self._files_added)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.secret_notice)
        layout.addWidget(self.duplicate_warning)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if self.registers:
            today = date.today()
            run_in_background(lambda: session.next_number("incoming", today), self.arrival_number.setValue)

    def _files_added(self, *_args: object) -> None:
        # Never for a secret document: its scan is not kept here, so it is not read either (Law 117/2025).
        if self.kind == "incoming" and self.files.paths and self.suggestions.path is None \
                and not is_secret(self.secrecy.currentData() or 0):
            self.suggestions.read(self.session, self.files.paths[0])

    def take_suggestions(self, _path: Path, found: Suggestions) -> None:
        """Fill the fields with what was read on the scan (the clerk asked for it with "Use these")."""
        if found.number_symbol:
            self.number.setText(found.number_symbol)
        if found.doc_type:
            self.doc_type.setCurrentText(found.doc_type)
        if found.summary:
            self.summary.setPlainText(found.summary)
        if found.issuing_body:
            self.issuing_body.setText(found.issuing_body)
        if found.issued_date and found.issued_date <= date.today():
            self.issued_date.setDate(QDate(found.issued_date.year, found.issued_date.month, found.issued_date.day))

    def _secrecy_chosen(self) -> None:
        # A secret document's content may not be stored here (Law 117/2025): no scan, no save of this form; the
        # register-entry form is offered instead.
        secret = is_secret(self.secrecy.currentData() or 0)
        dropped = [path.name for path in self.files.paths] if secret else []
        if dropped:
            self.files.clear()
            self.files.paths = []
        for widget in (self.files, self.add_files_button, self.buttons.button(QDialogButtonBox.StandardButton.Save)):
            widget.setEnabled(not secret)
        self.secret_notice.show_for(secret, dropped)

    def stub_values(self) -> dict[str, object]:
        """The fields typed so far that a register entry may carry (never the summary or the files)."""
        return {
            "number_symbol": self.number.text().strip(), "doc_type": self.doc_type.currentText().strip(),
            "issuing_body": self.issuing_body.text().strip(), "issued_date": self.issued_date.date(),
            "arrival_date": self.arrival_date.date(), "secrecy": self.secrecy.currentData(),
            "urgency": self.urgency.currentData(),
            "recipients": [r.strip() for r in self.recipients.text().split(";") if r.strip()],
            "deadline": self.deadline.date() if self.has_deadline.isChecked() else None,
        }

    def switch_to_secret_entry(self) -> SecretEntryForm | None:
        """Close this form and open the register-entry form with the fields typed so far."""
        if self.kind == "draft":
            return None  # a secret document is never drafted on this computer
        form = SecretEntryForm(self.session, self.kind, self.parentWidget(), self.stub_values())
        form.saved.connect(self.saved)
        form.changed.connect(self.changed)
        self.secret_entry_form = form
        self.reject()
        form.open()
        return form

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), "", self.tr("PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)")
        )
        self.files.add([Path(n) for n in names])

    def record(self) -> DocumentRecord:
        """The document the form describes (raises ValidationError when a field is wrong)."""
        incoming = self.kind == "incoming"
        values: dict[str, object] = {
            "kind": self.kind,
            "number_symbol": self.number.text().strip() or None,
            "doc_type": self.doc_type.currentText().strip(),
            "summary": self.summary.toPlainText().strip(),
            "issuing_body": self.issuing_body.text().strip() or (None if incoming else self.session.info.unit.name),
            "issued_date": labels.python_date(self.issued_date.date()),
            "signer": self.signer.text().strip() or None,
            "secrecy": self.secrecy.currentData(),
            "urgency": self.urgency.currentData(),
            "deadline": labels.python_date(self.deadline.date())
            if self.sets_deadline and self.has_deadline.isChecked() else None,
            "pages": self.pages.value() or None,
            "copies": self.copies.value() or None,
            "owner_unit_id": self.session.info.unit.id,
        }
        if incoming and not self.registers:
            values["status"] = IncomingStatus.RECEIVED  # the clerk registers it, which gives the arrival number
        elif incoming:
            # Given an arrival number, the document is in the register: "registered", not merely "received".
            values |= {
                "arrival_number": self.arrival_number.value(),
                "arrival_date": labels.python_date(self.arrival_date.date()),
                "status": IncomingStatus.REGISTERED,
            }
        else:
            values |= {
                "recipients": [r.strip() for r in self.recipients.text().split(";") if r.strip()],
                "status": OutgoingStatus.DRAFT,
            }
        return DocumentRecord.model_validate(values)

    def submit(self) -> None:
        """Check the fields, then store the document and its files on a worker."""
        if is_secret(self.secrecy.currentData() or 0):  # Save is disabled then; Enter or a script may still call
            self.secret_notice.show_for(True, [])
            return
        try:
            record = self.record()
        except ValidationError as error:
            fields = ", ".join(str(e["loc"][0]) for e in error.errors() if e.get("loc"))
            self.message.setText(self.tr("Please check: %1").replace("%1", fields or describe(error)))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        session, files = self.session, list(self.files.paths)

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.message.setText(self.tr("The document was not saved: %1").replace("%1", describe(error)))

        def done(changes: Changes) -> None:
            self.saved.emit(record.id)
            self.changed.emit(changes)
            self.accept()

        run_in_background(lambda: session.add_document(record, files), done, failed)
