"""Digitize paper archives: scanned PDFs and images, dropped or a whole folder, imported as documents in a batch."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
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

from client.office import DocumentRecord, OfficeSession
from client.ui import labels
from client.ui.document_form import FileList, date_edit
from client.ui.error_text import describe
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


def import_scans(job: Job, session: OfficeSession, files: list[Path], fields: BatchFields) -> int:
    """Store each file as one document (runs on a worker; reports progress and stops when cancelled)."""
    stored = 0
    for position, path in enumerate(files):
        job.check()
        record = DocumentRecord.model_validate(
            {
                "kind": fields.kind,
                "doc_type": fields.doc_type,
                "summary": path.stem.replace("_", " "),
                "issuing_body": fields.issuing_body,
                "issued_date": fields.issued_date,
                "secrecy": fields.secrecy,
                "owner_unit_id": fields.owner_unit_id,
            }
        )
        session.add_document(record, [path])
        stored += 1
        job.report(position + 1, len(files), path.name)
    return stored


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
            lambda job: import_scans(job, session, files, fields),
            self._done,
            self._failed,
            self._progressed,
            with_job=True,
        )

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setValue(done)
        self.message.setText(self.tr("Imported %1 of %2: %3").replace("%1", str(done)).replace("%2", str(total))
                             .replace("%3", name))

    def _done(self, count: int) -> None:
        self.job = None
        self.message.setText(self.tr("%n document(s) imported.", "", count))
        self.files.clear()
        self.files.paths = []
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
            self.message.setText(self.tr("Import cancelled; the files imported so far are kept."))
            self.imported.emit(0)
        else:
            self.reject()
