"""The screen that covers the data after the idle time: the profile's password unlocks it again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from client.office import OfficeSession, WrongPasswordError
from client.ui.error_text import describe
from client.ui.worker import run_in_background


class LockScreen(QWidget):
    """Shows who is signed in and asks for the password; the data stays hidden until it is right."""

    unlocked = Signal()
    signOutRequested = Signal()

    def __init__(self, session: OfficeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        info = session.info
        self.title = QLabel(self.tr("Locked"))
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600")
        self.explain = QLabel(
            self.tr("The window was locked after a period without activity. Type the password of %1 to continue.")
            .replace("%1", info.display_name)
        )
        self.explain.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self.submit)
        self.password_label = QLabel(self.tr("&Password:"))
        self.password_label.setBuddy(self.password)  # Alt+P puts the cursor in the field; screen readers name it
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)  # an error worded in full can be long
        self.unlock = QPushButton(self.tr("&Unlock"))
        self.unlock.setAccessibleName(self.tr("Unlock"))
        self.unlock.clicked.connect(self.submit)
        self.sign_out = QPushButton(self.tr("Sign &out"))
        self.sign_out.clicked.connect(self.signOutRequested)

        box = QWidget()
        # A width of its own: centred by alignment, the box got the wrapped labels' guessed width and height and
        # cut the explanation off. It shrinks with a small window (down to what the labels need to wrap).
        box.setMinimumWidth(300)
        box.setMaximumWidth(460)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.explain)
        inner.addSpacing(6)
        inner.addWidget(self.password_label)
        inner.addWidget(self.password)
        inner.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out)
        buttons.addStretch()
        buttons.addWidget(self.unlock)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addLayout(row)
        outer.addStretch()

    def reset(self) -> None:
        """Clear the form for a new lock."""
        self.password.clear()
        self.message.clear()
        self.password.setEnabled(True)
        self.unlock.setEnabled(True)
        self.password.setFocus()

    def submit(self) -> None:
        """Check the password through the session on a worker (Argon2 is slow on purpose)."""
        password = self.password.text()
        if not password:
            return
        self.password.setEnabled(False)
        self.unlock.setEnabled(False)
        session = self.session
        run_in_background(
            lambda: session.verify_password(password),
            lambda _key: self.unlocked.emit(),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.password.setEnabled(True)
        self.unlock.setEnabled(True)
        if isinstance(error, WrongPasswordError):
            self.message.setText(self.tr("Wrong password. Try again."))
        else:
            self.message.setText(describe(error))
        self.password.selectAll()
        self.password.setFocus()
