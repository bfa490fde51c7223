"""Digitize paper archives: scanned PDFs and images, dropped or a whole folder, imported as documents in a batch.

The chosen scan's first page is read (OCR) to suggest its number and symbol, date, issuer, type and summary; the
clerk takes them for that file with "Use these". After the import the text of every scan is recognised, page by
page with progress; Cancel keeps what was read and a later run goes on from there (issue 13).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.office import DocumentRecord, OcrError, OfficeSession, Suggestions
from client.ui import labels
from client.ui.document_form import FileList, date_edit
from client.ui.error_text import describe
from client.ui.scan_suggestions import ScanSuggestions
from client.ui.worker import Job, run_in_background
from sync.protocol.domain import DOCUMENT_TYPES, DocumentKind, Secrecy
from sync.protocol.secrecy import is_secret

SCAN_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def scans_in(folder: Path) -> list[Path]:
    """The scans in a folder and its subfolders, in name order."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SCAN_SUFFIXES)


@dataclass(frozen=True)
class BatchFields:
    """What every document of the batch shares; each one's summary starts as its file name."""

    kind: str
    doc_type: str
    issuing_body: str | None
    secrecy: int
    issued_date: object
    owner_unit_id: str


IMPORTING, RECOGNISING = "import", "ocr"


def import_scans(job: Job, session: OfficeSession, files: list[Path], fields: BatchFields,
                 taken: dict[Path, Suggestions] | None = None) -> tuple[int, OcrError | None]:
    """Store each file as one document, with the suggestions the clerk took for it (runs on a worker; reports
    progress and stops when cancelled); then recognise the text of the scans stored, page by page."""
    stored: list[str] = []
    for position, path in enumerate(files):
        job.check()
        values: dict[str, object] = {
            "kind": fields.kind,
            "doc_type": fields.doc_type,
            "summary": path.stem.replace("_", " "),
            "issuing_body": fields.issuing_body,
            "issued_date": fields.issued_date,
            "secrecy": fields.secrecy,
            "owner_unit_id": fields.owner_unit_id,
        }
        found = (taken or {}).get(path)
        if found is not None:
            values.update({name: value for name, value in (
                ("number_symbol", found.number_symbol), ("issued_date", found.issued_date),
                ("issuing_body", found.issuing_body), ("doc_type", found.doc_type), ("summary", found.summary),
            ) if value})
        record = DocumentRecord.model_validate(values)
        session.add_document(record, [path])
        stored += [a["sha256"] for a in session.document(record.id)["attachments"]]
        job.report(position + 1, len(files), f"{IMPORTING}:{path.name}")
    job.check()
    try:
        session.recognise_scans(stored, progress=lambda done, total, name: job.report(done, total,
                                                                                      f"{RECOGNISING}:{name}"),
                                cancelled=lambda: job.is_cancelled)
    except OcrError as error:  # the documents are stored; only their words wait (no model on this PC)
        return len(files), error
    return len(files), None


class DigitizeDialog(QDialog):
    """Choose or drop scans, fill the fields they share, import them with a progress bar."""

    imported = Signal(int)

    def __init__(self, session: OfficeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Digitize scanned documents"))
        self.setMinimumWidth(560)
        self.files = FileList()
        self.files.setAccessibleName(self.tr("Files to import"))
        hint = QLabel(self.tr("Drop scanned PDFs or images here, or choose files or a whole folder."))
        hint.setWordWrap(True)
        choose_files = QPushButton(self.tr("Choose &files…"))
        choose_files.clicked.connect(self._choose_files)
        choose_folder = QPushButton(self.tr("Choose a f&older…"))
        choose_folder.clicked.connect(self._choose_folder)

        self.kind = QComboBox()
        for kind in DocumentKind:
            self.kind.addItem(labels.kind_label(kind), str(kind))
        self.doc_type = QComboBox()
        self.doc_type.setEditable(True)
        self.doc_type.addItems(list(DOCUMENT_TYPES))
        self.issuing_body = QLineEdit()
        self.issued_date = date_edit(self.tr("Date of issue"))
        self.secrecy = QComboBox()
        for level in Secrecy:  # a secret document's scan may not be stored here (Law 117/2025)
            if level <= session.info.unit.secrecy_ceiling and not is_secret(level):
                self.secrecy.addItem(labels.secrecy_label(level), int(level))
        self.secret_hint = QLabel(self.tr("Secret documents (Mật) are not scanned into this computer: register "
                                          "them as register entries with Documents ▸ Register a secret "
                                          "document (paper)."))
        self.secret_hint.setWordWrap(True)
        self.suggestions = ScanSuggestions()
        self.suggestions.chosen.connect(self.take_suggestions)
        self.taken: dict[Path, Suggestions] = {}
        self.files.currentRowChanged.connect(self._file_chosen)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Document type:"), self.doc_type)
        form.addRow(self.tr("Issuing body:"), self.issuing_body)
        form.addRow(self.tr("Date of issue:"), self.issued_date)
        form.addRow(self.tr("Secrecy:"), self.secrecy)
        for widget, name in (
            (self.kind, self.tr("Kind")),
            (self.doc_type, self.tr("Document type")),
            (self.issuing_body, self.tr("Issuing body")),
            (self.secrecy, self.tr("Secrecy")),
        ):
            widget.setAccessibleName(name)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)

        choose = QHBoxLayout()
        choose.addWidget(choose_files)
        choose.addWidget(choose_folder)
        choose.addStretch()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.files)
        layout.addLayout(choose)
        layout.addWidget(self.suggestions)
        layout.addLayout(form)
        layout.addWidget(self.secret_hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.job: Job | None = None

    def add_folder(self, folder: Path) -> None:
        """Queue every scan of a folder (listed on a worker: a folder may hold thousands)."""
        self.message.setText(self.tr("Reading the folder…"))
        run_in_background(lambda: scans_in(folder), self._folder_read)

    def _folder_read(self, paths: list[Path]) -> None:
        self.files.add(paths)
        self.message.setText(self.tr("%n file(s) ready to import.", "", len(self.files.paths)))

    def _file_chosen(self, row: int) -> None:
        if 0 <= row < len(self.files.paths):
            self.suggestions.read(self.session, self.files.paths[row])

    def take_suggestions(self, path: Path, found: Suggestions) -> None:
        """Use what was read on this scan for its document; the fields shared by the batch show them when the
        batch is this one file."""
        if found.issued_date is not None and found.issued_date > date.today():
            found = replace(found, issued_date=None)  # a misread year in the future is no date of issue
        self.taken[path] = found
        if len(self.files.paths) == 1:
            if found.doc_type:
                self.doc_type.setCurrentText(found.doc_type)
            if found.issuing_body:
                self.issuing_body.setText(found.issuing_body)
            if found.issued_date:
                self.issued_date.setDate(QDate(found.issued_date.year, found.issued_date.month,
                                                found.issued_date.day))
        self.message.setText(self.tr("The suggestions read on %1 will be used for its document.")
                             .replace("%1", path.name))

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Scanned files"), "", self.tr("PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)")
        )
        self.files.add([Path(n) for n in names])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of scans"))
        if folder:
            self.add_folder(Path(folder))

    def start_import(self) -> None:
        """Import the queued files on a worker, one document each."""
        files = list(self.files.paths)
        if not files:
            self.message.setText(self.tr("Add files to import first."))
            return
        fields = BatchFields(
            kind=self.kind.currentData(),
            doc_type=self.doc_type.currentText().strip() or "Công văn",
            issuing_body=self.issuing_body.text().strip() or None,
            secrecy=self.secrecy.currentData(),
            issued_date=labels.python_date(self.issued_date.date()),
            owner_unit_id=self.session.info.unit.id,
        )
        self.import_button.setEnabled(False)
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.show()
        session = self.session
        self.job = run_in_background(
            lambda job: import_scans(job, session, files, fields, dict(self.taken)),
            self._done,
            self._failed,
            self._progressed,
            with_job=True,
        )

    def _progressed(self, done: int, total: int, step: str) -> None:
        phase, _, name = step.partition(":")
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if phase == RECOGNISING:
            self.message.setText(self.tr("Recognising the text of the scans: page %1 of %2 (%3)")
                                 .replace("%1", str(done)).replace("%2", str(total)).replace("%3", name))
        else:
            self.message.setText(self.tr("Imported %1 of %2: %3").replace("%1", str(done))
                                 .replace("%2", str(total)).replace("%3", name))

    def _done(self, outcome: tuple[int, OcrError | None]) -> None:
        self.job = None
        count, problem = outcome
        if problem is None:
            self.message.setText(self.tr("%n document(s) imported; their text was recognised.", "", count))
        else:
            self.message.setText(self.tr("%n document(s) imported, but their text could not be recognised: %1", "",
                                         count).replace("%1", describe(problem)))
        self.files.clear()
        self.files.paths = []
        self.taken.clear()
        self.suggestions.hide()
        self.import_button.setEnabled(True)
        self.imported.emit(count)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.import_button.setEnabled(True)
        self.message.setText(self.tr("The import stopped: %1").replace("%1", describe(error)))

    def cancel(self) -> None:
        """Stop a running import after the current file, or close the dialog."""
        if self.job is not None:
            self.job.cancel()
            self.job = None
            self.import_button.setEnabled(True)
            self.message.setText(self.tr("Import cancelled; the files imported so far are kept, and the text "
                                         "recognised so far too: recognition goes on from there next time."))
            self.imported.emit(0)
        else:
            self.reject()
