"""Shows one attachment inside the app: PDFs in QtPdf's viewer, images scaled to fit; works offline.

The bytes are decrypted from the vault on a worker into memory and handed to QtPdf through a QBuffer, so no
plaintext copy of a document is ever written to disk.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from client.office import OfficeSession
from client.ui.error_text import describe
from client.ui.worker import Job, run_in_background

Row = dict[str, Any]


def _decrypt(session: OfficeSession, sha256: str, mime: str) -> bytes | QImage:
    data = session.attachment_bytes(sha256)
    if mime.startswith("image/"):
        # QImage (unlike QPixmap) may be built off the GUI thread: decoding a large scan stays off it too.
        image = QImage.fromData(data)
        if image.isNull():
            raise ValueError("the image cannot be decoded")
        return image
    return data


class AttachmentViewer(QStackedWidget):
    """A message, a PDF view or an image view, whichever the chosen attachment needs."""

    shown = Signal(str)  # "pdf", "image" or "message", once the attachment is on screen
    downloadRequested = Signal(str)  # the sha256 of a file that is not here yet and the user asked for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.download_button = QPushButton(self.tr("&Download now"))
        self.download_button.setAccessibleName(self.tr("Download this attachment now"))
        self.download_button.clicked.connect(lambda: self.downloadRequested.emit(self._missing or ""))
        self.can_download = False  # set by the window when this profile syncs with a server
        self._missing: str | None = None
        message_page = QWidget()
        message_layout = QVBoxLayout(message_page)
        message_layout.addStretch()
        message_layout.addWidget(self.message)
        message_layout.addWidget(self.download_button, alignment=Qt.AlignmentFlag.AlignCenter)
        message_layout.addStretch()
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setAccessibleName(self.tr("PDF attachment"))
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(self.tr("Image attachment"))
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        for widget in (message_page, self.pdf_view, scroll):
            self.addWidget(widget)
        self._buffer: QBuffer | None = None
        self._job: Job | None = None
        self.clear()

    def clear(self, text: str | None = None) -> None:
        """Show a message instead of an attachment."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self.pdf_document.close()
        self._buffer = None
        self._missing = None
        self.download_button.hide()
        self.message.setText(text if text is not None else self.tr("Choose an attachment to view it."))
        self.setCurrentIndex(0)

    def show_attachment(self, session: OfficeSession, attachment: Row) -> None:
        """Decrypt the attachment on a worker and show it."""
        self.clear(self.tr("Opening %1…").replace("%1", attachment["name"]))
        if not attachment.get("present", True):
            if self.can_download:
                # Large files wait to be asked for (the download policy), so a clerk on a slow link decides.
                size_mb = max(1, round(attachment.get("size", 0) / 1_000_000))
                self.clear(self.tr("This file (%1 MB) has not been downloaded yet.").replace("%1", str(size_mb)))
                self._missing = attachment["sha256"]
                self.download_button.setEnabled(True)
                self.download_button.show()
            else:
                self.clear(self.tr("This file has not been downloaded yet; it arrives with the next sync."))
            self.shown.emit("message")
            return
        mime = attachment.get("mime") or ""
        if not (mime == "application/pdf" or mime.startswith("image/")):
            self.clear(self.tr("This kind of file (%1) cannot be shown here.").replace("%1", mime))
            self.shown.emit("message")
            return
        sha256 = attachment["sha256"]
        self._job = run_in_background(lambda: _decrypt(session, sha256, mime), self._display, self._failed)

    def downloading(self) -> None:
        """Say that the requested file is on its way."""
        self.download_button.setEnabled(False)
        self.message.setText(self.tr("Downloading…"))

    def _display(self, content: bytes | QImage) -> None:
        self._job = None
        if isinstance(content, QImage):
            self.image.setPixmap(QPixmap.fromImage(content))
            self.setCurrentIndex(2)
            self.shown.emit("image")
            return
        buffer = QBuffer(self)
        buffer.setData(QByteArray(content))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # QPdfDocument reads from it for as long as the document is open
        self.pdf_document.load(buffer)
        if self.pdf_document.status() == QPdfDocument.Status.Error:
            self.clear(self.tr("This PDF cannot be read."))
            self.shown.emit("message")
            return
        self.setCurrentIndex(1)
        self.shown.emit("pdf")

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self.clear(self.tr("The attachment could not be opened: %1").replace("%1", describe(error)))
        self.shown.emit("message")
