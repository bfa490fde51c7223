"""Shows one attachment inside the app: PDFs in QtPdf's viewer, images scaled to fit; works offline.

The bytes are decrypted from the vault on a worker into memory and handed to QtPdf through a QBuffer, so no
plaintext copy of a document is ever written to disk unless the user saves a copy or opens it with another
program. The PDF is parsed on the worker too (`load_pdf`; a hostile file used to hold the GUI for seconds) and the
loaded document moved to the GUI thread. A password-protected PDF asks for its password. A file the viewer cannot
show offers "Save a copy" and "Open with another program" (decrypted to a private temporary folder, removed when
another attachment is shown or the app ends; secret entries have no files, and the session refuses their bytes).
The PDF page has zoom, a page indicator with previous/next, Print (pages rendered by QtPdf and painted on the
printer on a worker, from its own copy of the document) and Save a copy (decrypted by the session straight to the
chosen file, on a worker).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from client.office import OfficeSession
from client.ui.error_text import describe
from client.ui.worker import Job, run_in_background

Row = dict[str, Any]
Key = QKeySequence | QKeySequence.StandardKey | str


def _decrypt(session: OfficeSession, sha256: str, mime: str) -> bytes | QImage:
    data = session.attachment_bytes(sha256)
    if mime.startswith("image/"):
        # QImage (unlike QPixmap) may be built off the GUI thread: decoding a large scan stays off it too.
        image = QImage.fromData(data)
        if image.isNull():
            raise ValueError("the image cannot be decoded")
        return image
    return data


class PdfPasswordNeeded(Exception):
    """The PDF is encrypted and the password given (if any) does not open it."""

    def __init__(self, retry: bool) -> None:
        super().__init__("the PDF needs a password" + (": the one given is wrong" if retry else ""))
        self.retry = retry


class UnreadablePdf(ValueError):
    """QtPdf cannot read the file."""


@dataclass
class LoadedPdf:
    """A PDF parsed on a worker and moved to the GUI thread, with the buffer it reads from and its bytes."""

    document: QPdfDocument
    buffer: QBuffer
    data: bytes


def load_pdf(data: bytes, password: str | None, gui: QThread) -> LoadedPdf:
    """Parse a PDF off the GUI thread and hand the document to `gui` (the thread that will show it).

    QPdfDocument.load parses the whole cross-reference structure synchronously: a hostile file held the GUI for
    1.84 s when it was loaded there."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    if password is not None:
        document.setPassword(password)
    document.load(buffer)
    if document.error() == QPdfDocument.Error.IncorrectPassword:
        document.close()
        raise PdfPasswordNeeded(retry=password is not None)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        document.close()
        raise UnreadablePdf("the PDF cannot be read")
    buffer.moveToThread(gui)
    document.moveToThread(gui)
    return LoadedPdf(document, buffer, data)


_TEMP_FOLDERS: list[Path] = []


def _remove_temp_folders() -> None:
    """Remove the private copies opened with other programs; one still open elsewhere (Windows locks it) is
    tried again at the next call or when the app ends."""
    for folder in list(_TEMP_FOLDERS):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            _TEMP_FOLDERS.remove(folder)


atexit.register(_remove_temp_folders)


def private_copy(session: OfficeSession, sha256: str, name: str) -> Path:
    """Decrypt an attachment into a new private temporary folder (readable by this user only) for another
    program; the folder is removed afterwards (`_remove_temp_folders`)."""
    folder = Path(tempfile.mkdtemp(prefix="commune-office-"))  # mode 0700 where the OS has modes
    _TEMP_FOLDERS.append(folder)
    target = folder / (Path(name).name or "attachment")
    session.export_attachment(sha256, target)
    return target


ZOOM_STEP = 1.25
ZOOM_RANGE = (0.1, 8.0)
PRINT_DPI = 300


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint every page of a PDF on a printer, each scaled to fit the printable area; return the pages printed.

    Runs on a worker: it loads its own QPdfDocument from the bytes (QPainter on a QPrinter may be used off the GUI
    thread), so the document on screen is not touched and the GUI never waits for the spooler or the file.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise ValueError("the PDF cannot be read")
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRect(0, 0, round(points.width() * scale), round(points.height() * scale))
            # Rendered at no more than 300 dpi (a 1200 dpi A4 page would be half a gigabyte), scaled to the page.
            sharpness = min(1.0, PRINT_DPI / dpi)
            image = document.render(page, QSize(round(target.width() * sharpness),
                                                round(target.height() * sharpness)))
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()
    return pages


class AttachmentViewer(QStackedWidget):
    """A message, a PDF view or an image view, whichever the chosen attachment needs."""

    shown = Signal(str)  # "pdf", "image" or "message", once the attachment is on screen
    downloadRequested = Signal(str)  # the sha256 of a file that is not here yet and the user asked for
    copySaved = Signal(str)  # the path a copy was saved to
    openedElsewhere = Signal(str)  # the private copy handed to another program
    printed = Signal(int)  # the pages sent to the printer

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
        # For a file the viewer cannot show: keep it or hand it to a program that can.
        self.save_other_button = QPushButton(self.tr("&Save a copy…"))
        self.save_other_button.clicked.connect(self.save_copy)
        self.open_other_button = QPushButton(self.tr("Open with another &program"))
        self.open_other_button.setAccessibleName(self.tr("Open this file with another program on this computer"))
        self.open_other_button.clicked.connect(self.open_elsewhere)
        for button in (self.save_other_button, self.open_other_button):
            message_layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignCenter)
        message_layout.addStretch()
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setAccessibleName(self.tr("PDF attachment"))
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.pdf_document.pageCountChanged.connect(self._page_changed)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(self.tr("Image attachment"))
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        for widget in (message_page, self._pdf_page(), self._image_page(scroll)):
            self.addWidget(widget)
        self._buffer: QBuffer | None = None
        self._pdf_bytes: bytes | None = None  # kept in memory for printing; never written to disk
        self._session: OfficeSession | None = None
        self._attachment: Row | None = None
        self._job: Job | None = None
        self.clear()

    # -- the toolbars ----------------------------------------------------------------------------------------

    def _action(self, page: QWidget, text: str, tip: str, slot: Any, *keys: Key) -> QAction:
        action = QAction(text, page)
        action.setToolTip(tip)
        if keys:
            sequences: list[QKeySequence] = []
            for key in keys:  # the platform's own keys and ours, each once (twice would make both ambiguous)
                for sequence in (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                                 else [QKeySequence(key)]):
                    if sequence not in sequences:
                        sequences.append(sequence)
            action.setShortcuts(sequences)
            # The keys work wherever the focus is inside this page (the PDF itself included), not window-wide.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            page.addAction(action)
        action.triggered.connect(slot)
        return action

    @staticmethod
    def _toolbar(name: str) -> QToolBar:
        bar = QToolBar()
        bar.setAccessibleName(name)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # A narrow pane folds what does not fit into the toolbar's ">>" menu instead of widening the window.
        bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        return bar

    def _pdf_page(self) -> QWidget:
        page = QWidget()
        self.zoom_out_action = self._action(page, self.tr("Zoom &out"), self.tr("Zoom out (Ctrl+-)"),
                                            self.zoom_out, QKeySequence.StandardKey.ZoomOut, "Ctrl+-")
        self.zoom_in_action = self._action(page, self.tr("Zoom &in"), self.tr("Zoom in (Ctrl+=)"),
                                           self.zoom_in, "Ctrl+=", QKeySequence.StandardKey.ZoomIn)
        self.fit_width_action = self._action(page, self.tr("Fit &width"), self.tr("Fit the page width (Ctrl+0)"),
                                             self.fit_width, "Ctrl+0")
        self.previous_action = self._action(page, self.tr("&Previous"), self.tr("Go to the previous page"),
                                            self.previous_page)
        self.next_action = self._action(page, self.tr("&Next"), self.tr("Go to the next page"), self.next_page)
        self.print_action = self._action(page, self.tr("&Print…"), self.tr("Print this PDF (Ctrl+P)"),
                                         self.print_document, QKeySequence.StandardKey.Print)
        self.save_action = self._action(page, self.tr("&Save a copy…"),
                                        self.tr("Save a copy of this file on the computer (Ctrl+S)"),
                                        self.save_copy, QKeySequence.StandardKey.Save)
        self.page_label = QLabel()
        self.page_label.setAccessibleName(self.tr("Page number"))
        self.page_label.setContentsMargins(6, 0, 6, 0)
        bar = self._toolbar(self.tr("PDF tools"))
        bar.addAction(self.zoom_out_action)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.fit_width_action)
        bar.addSeparator()
        bar.addAction(self.previous_action)
        bar.addWidget(self.page_label)
        bar.addAction(self.next_action)
        bar.addSeparator()
        bar.addAction(self.print_action)
        bar.addAction(self.save_action)
        self.pdf_toolbar = bar
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(bar)
        layout.addWidget(self.pdf_view, 1)
        layout.addWidget(self.status)
        return page

    def _image_page(self, scroll: QScrollArea) -> QWidget:
        page = QWidget()
        self.save_image_action = self._action(page, self.tr("&Save a copy…"),
                                              self.tr("Save a copy of this file on the computer (Ctrl+S)"),
                                              self.save_copy, QKeySequence.StandardKey.Save)
        bar = self._toolbar(self.tr("Image tools"))
        bar.addAction(self.save_image_action)
        self.image_status = QLabel()
        self.image_status.setWordWrap(True)
        self.image_status.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(bar)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.image_status)
        return page

    def clear(self, text: str | None = None) -> None:
        """Show a message instead of an attachment."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self.pdf_document.close()
        self._buffer = None
        self._pdf_bytes = None
        self._attachment = None
        self._missing = None
        for label in (self.status, self.image_status):
            label.clear()
            label.hide()
        self.download_button.hide()
        self.save_other_button.hide()
        self.open_other_button.hide()
        _remove_temp_folders()
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
            self.cannot_show(session, attachment,
                             self.tr("This kind of file (%1) cannot be shown here.").replace("%1", mime))
            return
        self._session, self._attachment = session, attachment
        self._open(session, attachment, None)

    def _open(self, session: OfficeSession, attachment: Row, password: str | None) -> None:
        sha256, mime = attachment["sha256"], attachment.get("mime") or ""
        gui = QApplication.instance().thread()  # type: ignore[union-attr]

        def work() -> bytes | QImage | LoadedPdf:
            content = _decrypt(session, sha256, mime)
            return content if isinstance(content, QImage) else load_pdf(content, password, gui)

        self._job = run_in_background(work, self._display, self._failed)

    def cannot_show(self, session: OfficeSession, attachment: Row, text: str) -> None:
        """Say why the file is not shown and offer to save a copy or open it with another program."""
        self.clear(text)
        self._session, self._attachment = session, attachment
        self.save_other_button.show()
        self.open_other_button.show()
        self.shown.emit("message")

    def ask_password(self, retry: bool) -> str | None:
        """The password of an encrypted PDF, from Qt's own (translated) input dialog; None when cancelled."""
        prompt = (self.tr("That password does not open the file. Password of this PDF:") if retry
                  else self.tr("This PDF is protected by a password. Password:"))
        text, accepted = QInputDialog.getText(self, self.tr("Password"), prompt, QLineEdit.EchoMode.Password)
        return text if accepted else None

    def hand_to_system(self, path: Path) -> None:
        """Open a file with the program the system associates with it."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_elsewhere(self) -> None:
        """Decrypt the file to a private temporary copy (on a worker) and open it with the system's program."""
        session, attachment = self._session, self._attachment
        if session is None or attachment is None:
            return
        sha256, name = attachment["sha256"], attachment.get("name") or "attachment"

        def done(path: Path) -> None:
            self.hand_to_system(path)
            self.openedElsewhere.emit(str(path))

        def failed(error: BaseException) -> None:
            self.message.setText(self.tr("The file could not be opened: %1").replace("%1", describe(error)))

        run_in_background(lambda: private_copy(session, sha256, name), done, failed)

    def downloading(self) -> None:
        """Say that the requested file is on its way."""
        self.download_button.setEnabled(False)
        self.message.setText(self.tr("Downloading…"))

    def _display(self, content: bytes | QImage | LoadedPdf) -> None:
        self._job = None
        if isinstance(content, QImage):
            self.image.setPixmap(QPixmap.fromImage(content))
            self.setCurrentIndex(2)
            self.shown.emit("image")
            return
        if not isinstance(content, LoadedPdf):
            return
        old = self.pdf_document
        content.document.setParent(self)
        content.buffer.setParent(self)
        self._buffer = content.buffer  # QPdfDocument reads from it for as long as the document is open
        self.pdf_document = content.document
        self.pdf_document.pageCountChanged.connect(self._page_changed)
        self.pdf_view.setDocument(self.pdf_document)
        old.close()
        old.deleteLater()
        self._pdf_bytes = content.data
        self.fit_width()
        self._page_changed()
        self.setCurrentIndex(1)
        self.shown.emit("pdf")

    def _failed(self, error: BaseException) -> None:
        self._job = None
        session, attachment = self._session, self._attachment
        if isinstance(error, PdfPasswordNeeded) and session is not None and attachment is not None:
            password = self.ask_password(error.retry)
            if password is not None:
                self.message.setText(self.tr("Opening %1…").replace("%1", attachment["name"]))
                self._open(session, attachment, password)
                return
            self.cannot_show(session, attachment, self.tr("This PDF is protected by a password."))
            return
        if isinstance(error, UnreadablePdf) and session is not None and attachment is not None:
            self.cannot_show(session, attachment, self.tr("This PDF cannot be shown here."))
            return
        self.clear(self.tr("The attachment could not be opened: %1").replace("%1", describe(error)))
        self.shown.emit("message")

    # -- zoom and pages --------------------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        """The zoom on screen; in fit-width mode, the one the page width gives."""
        if self.pdf_view.zoomMode() == QPdfView.ZoomMode.Custom:
            return float(self.pdf_view.zoomFactor())
        page = self.pdf_view.pageNavigator().currentPage()
        if self.pdf_document.pageCount() == 0:
            return 1.0
        points = self.pdf_document.pagePointSize(page)
        width = points.width() * self.pdf_view.logicalDpiX() / 72
        margins = self.pdf_view.documentMargins()
        available = self.pdf_view.viewport().width() - margins.left() - margins.right()
        return max(ZOOM_RANGE[0], available / width) if width > 0 else 1.0

    def set_zoom(self, factor: float) -> None:
        """Show the PDF at a zoom factor (1.0: its printed size)."""
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(min(ZOOM_RANGE[1], max(ZOOM_RANGE[0], factor)))

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def current_page(self) -> int:
        """The page on screen, from 0."""
        return int(self.pdf_view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        """Scroll to a page (from 0), if the document has it."""
        if 0 <= page < self.pdf_document.pageCount():
            self.pdf_view.pageNavigator().jump(page, QPointF(), self.pdf_view.pageNavigator().currentZoom())
            self._page_changed()

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _page_changed(self, *_args: object) -> None:
        count = self.pdf_document.pageCount()
        page = self.current_page()
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(page + 1 if count else 0)).replace("%2", str(count))
        )
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page + 1 < count)

    # -- print and save --------------------------------------------------------------------------------------

    def print_document(self) -> None:
        """Ask for a printer with Qt's print dialog, then print every page."""
        if self._pdf_bytes is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._attachment["name"] if self._attachment else "")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print every page on a configured printer, on a worker (a PDF file printer in the tests)."""
        data = self._pdf_bytes
        if data is None:
            return
        self.print_action.setEnabled(False)
        self._say(self.tr("Printing…"))

        def done(pages: int) -> None:
            self.print_action.setEnabled(True)
            self._say(self.tr("Sent %n page(s) to the printer.", "", pages))
            self.printed.emit(pages)

        def failed(error: BaseException) -> None:
            self.print_action.setEnabled(True)
            self._say(self.tr("Printing failed: %1").replace("%1", describe(error)))

        # The printer stays referenced by the lambda until the job has run.
        run_in_background(lambda: print_pdf(data, printer), done, failed)

    def ask_save_path(self, suggested: str) -> str:
        """The file to save a copy to, from Qt's own (translated) file dialog; empty when cancelled."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), suggested, self.tr("All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        return path

    def save_copy(self) -> None:
        """Ask where, then save a copy of the attachment shown."""
        if self._attachment is None:
            return
        path = self.ask_save_path(self._attachment["name"])
        if path:
            self.save_copy_to(Path(path))

    def save_copy_to(self, path: Path) -> None:
        """Decrypt the attachment shown to a file, on a worker."""
        session, attachment = self._session, self._attachment
        if session is None or attachment is None:
            return
        sha256 = attachment["sha256"]

        def done(_result: object) -> None:
            self._say(self.tr("Saved a copy to %1").replace("%1", str(path)))
            self.copySaved.emit(str(path))

        def failed(error: BaseException) -> None:
            self._say(self.tr("The copy was not saved: %1").replace("%1", describe(error)))

        run_in_background(lambda: session.export_attachment(sha256, path), done, failed)

    def _say(self, text: str) -> None:
        label = self.image_status if self.currentIndex() == 2 else self.status
        label.setText(text)
        label.setVisible(bool(text))


class AttachmentDialog(QDialog):
    """One file in a window of its own (a progress report's evidence), shown by the same viewer."""

    def __init__(self, session: OfficeSession, attachment: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(attachment.get("name") or self.tr("Attachment"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer = AttachmentViewer()
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
        self.resize(760, 640)
        self.viewer.show_attachment(session, attachment)
