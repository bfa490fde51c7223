"""Sign a document's PDF with the token: pick the certificate (when the token holds several), choose the images
(the leader's signature; the unit's seal), type the PIN. The PIN field is cleared as soon as it is used and the PIN
is never kept, logged or shown again."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.office import Changes, OfficeSession, TokenCertificate, TokenInfo
from client.ui.error_text import describe
from client.ui.worker import Job, run_in_background

Row = dict[str, Any]


def certificate_label(cert: TokenCertificate, now: datetime) -> str:
    """How a certificate reads in a list: its label, subject and expiry."""
    return f"{cert.label} — {cert.subject} ({cert.not_after:%d/%m/%Y})" + (" ✖" if cert.expired(now) else "")


class ImagePicker(QWidget):
    """A file path with a Browse button, for the signature and seal images."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.path = QLineEdit()
        self.path.setAccessibleName(title)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.title, "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.path.setText(chosen)



class _UnreadableImage(Exception):
    """A signature or seal image file could not be read (its OSError is the cause)."""


def _read(path: str) -> bytes | None:
    return Path(path).read_bytes() if path else None


class SignDialog(QDialog):
    """Choose the certificate, type the PIN, sign on a worker; `signed` carries the Changes."""

    signed = Signal(object)
    certificatesLoaded = Signal(int)  # how many certificates the token offers

    def __init__(self, session: OfficeSession, document: Row, attachment: Row, purpose: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document = document
        self.attachment = attachment
        self.purpose = purpose
        self.setWindowTitle(self.tr("Sign with your token") if purpose == "approve"
                            else self.tr("Apply the agency signature"))
        self.certificates: list[TokenCertificate] = []
        self.certificate = QComboBox()
        self.certificate.setAccessibleName(self.tr("Certificate"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Token PIN"))
        self.signature_image = ImagePicker(self.tr("Signature image"))
        self.seal_image = ImagePicker(self.tr("Seal image"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("File:"), QLabel(str(attachment["name"])))
        form.addRow(self.tr("Certificate:"), self.certificate)
        if purpose == "approve":
            form.addRow(self.tr("Your signature (blue):"), self.signature_image)
            form.addRow(self.tr("Unit seal (red):"), self.seal_image)
        form.addRow(self.tr("PIN:"), self.pin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(self.tr("Sign"))
        self.sign_button.setEnabled(False)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._job: Job | None = None
        self.message.setText(self.tr("Reading the token…"))
        self._job = run_in_background(session.tokens, self._tokens_read, self._failed)
        if purpose == "approve":  # start from the images signed with last (kept in the profile)
            run_in_background(session.signing_images, self._images_read)

    def _images_read(self, paths: object) -> None:
        signature, seal = paths if isinstance(paths, tuple) else (None, None)
        if signature and not self.signature_image.path.text():
            self.signature_image.path.setText(str(signature))
        if seal and not self.seal_image.path.text():
            self.seal_image.path.setText(str(seal))

    def _tokens_read(self, tokens: object) -> None:
        now = datetime.now(UTC)
        found = [c for t in tokens if isinstance(t, TokenInfo) for c in t.certificates  # type: ignore[attr-defined]
                 if not c.is_ca]
        self.certificates = found
        self.certificate.clear()
        for cert in found:
            self.certificate.addItem(certificate_label(cert, now))
        usable = [i for i, c in enumerate(found) if not c.expired(now)]
        if usable:
            self.certificate.setCurrentIndex(usable[0])
        self.message.setText("" if found else self.tr("The token holds no certificate to sign with."))
        self.sign_button.setEnabled(bool(found))
        self.certificatesLoaded.emit(len(found))

    def sign(self) -> None:
        index = self.certificate.currentIndex()
        if not 0 <= index < len(self.certificates):
            return
        cert, pin = self.certificates[index], self.pin.text()
        self.pin.clear()  # the PIN lives only in this call
        self.sign_button.setEnabled(False)
        self.message.setText(self.tr("Signing…"))
        doc_id, sha = str(self.document["id"]), str(self.attachment["sha256"])
        approve = self.purpose == "approve"
        paths = (self.signature_image.path.text().strip(), self.seal_image.path.text().strip())

        def sign() -> Changes:
            # The images are read here, on the worker: the GUI thread does no disk I/O.
            try:
                signature, seal = (_read(paths[0]), _read(paths[1])) if approve else (None, None)
            except OSError as error:
                raise _UnreadableImage(error) from error
            changes = self.session.sign_attachment(doc_id, sha, cert, pin, self.purpose, signature_image=signature,
                                                   seal_image=seal)
            if approve:
                self.session.remember_signing_images(*paths)
            return changes

        self._job = run_in_background(sign, self._signed, self._failed)

    def _signed(self, changes: object) -> None:
        if isinstance(changes, Changes):
            self.signed.emit(changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, _UnreadableImage):
            self.message.setText(self.tr("The image cannot be read: %1").replace("%1", str(error.__cause__)))
        else:
            self.message.setText(describe(error))
        self.sign_button.setEnabled(bool(self.certificates))
