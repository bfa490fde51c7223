"""The token screen: what a clerk and an admin need when "the token doesn't work" — the token modules found on
this computer, the tokens in their slots, each certificate with its expiry, and a test signature."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from client.office import FileVerdict, OfficeSession, TokenCertificate, TokenInfo
from client.ui.error_text import describe
from client.ui.signature_text import reason_text, verdict_text
from client.ui.worker import Job, run_in_background


class TokenScreen(QDialog):
    """Modules, slots, certificates with expiry; a test signature with the chosen certificate."""

    tokensShown = Signal(int)  # how many tokens are listed
    tested = Signal(str)  # the test signature's verdict

    def __init__(self, session: OfficeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Signing token"))
        self.module = QComboBox()
        self.module.setAccessibleName(self.tr("Token module"))
        self.module.setEditable(True)
        self.module.currentTextChanged.connect(self.refresh)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Token / certificate"), self.tr("Valid until"), self.tr("State")])
        self.tree.setAccessibleName(self.tr("Tokens and certificates"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Token PIN"))
        self.test_button = QPushButton(self.tr("Test signature"))
        self.test_button.clicked.connect(self.test)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Module:"), self.module)
        form.addRow(self.tr("PIN:"), self.pin)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.test_button)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.certificates: list[TokenCertificate] = []
        self._job: Job | None = None
        self._job = run_in_background(session.token_modules, self._modules_found, self._failed)

    def _modules_found(self, modules: object) -> None:
        paths = [str(m) for m in modules] if isinstance(modules, list) else []
        self.module.blockSignals(True)
        self.module.clear()
        self.module.addItems(paths)
        self.module.blockSignals(False)
        if not paths:
            self.message.setText(self.tr("No token module was found on this computer. Install the token's "
                                         "driver, or ask your administrator to set pkcs11_module."))
            self.tokensShown.emit(0)
            return
        self.refresh()

    def refresh(self) -> None:
        text = self.module.currentText().strip()
        if not text:
            return
        module = Path(text)
        self.message.setText(self.tr("Reading the token…"))
        self._job = run_in_background(lambda: self.session.tokens(module), self._show_tokens, self._failed)

    def _show_tokens(self, tokens: object) -> None:
        now = datetime.now(UTC)
        self.tree.clear()
        self.certificates = []
        listed = [t for t in tokens if isinstance(t, TokenInfo)] if isinstance(tokens, list) else []
        for token in listed:
            top = QTreeWidgetItem([self.tr("Slot %1: %2").replace("%1", str(token.slot)).replace("%2", token.label),
                                   "", self._pin_state(token.pin_state)])
            self.tree.addTopLevelItem(top)
            for cert in token.certificates:
                state = self.tr("expired") if cert.expired(now) else (self.tr("authority") if cert.is_ca
                                                                        else self.tr("valid"))
                top.addChild(QTreeWidgetItem([f"{cert.label} — {cert.subject}", f"{cert.not_after:%d/%m/%Y}",
                                              state]))
                if not cert.is_ca:
                    self.certificates.append(cert)
            top.setExpanded(True)
        self.message.setText("" if listed else self.tr("No token is plugged in."))
        self.test_button.setEnabled(any(not c.expired(now) for c in self.certificates))
        self.tokensShown.emit(len(listed))

    def _pin_state(self, state: str) -> str:
        return {"ok": self.tr("PIN ready"), "count_low": self.tr("few PIN tries left"),
                "final_try": self.tr("one PIN try left"), "locked": self.tr("PIN locked")}.get(state, state)

    def test(self) -> None:
        now = datetime.now(UTC)
        usable = [c for c in self.certificates if not c.expired(now)]
        if not usable:
            return
        cert, pin, module = usable[0], self.pin.text(), Path(self.module.currentText().strip())
        self.pin.clear()
        self.message.setText(self.tr("Signing a test page…"))
        self._job = run_in_background(lambda: self.session.test_signature(cert, pin, module), self._tested,
                                      self._failed)

    def _tested(self, verdict: object) -> None:
        if not isinstance(verdict, FileVerdict):
            return
        text = verdict_text(verdict.verdict)
        if verdict.reason:
            text += ": " + reason_text(verdict.reason)
        self.message.setText(self.tr("The token signed a test page. %1").replace("%1", text))
        self.tested.emit(verdict.verdict)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        self.tested.emit("error")
