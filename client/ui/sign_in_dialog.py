"""Sign-in: pick a profile on this PC, type its password (checked on a worker: Argon2 takes ~0.1 s)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.cache.errors import CacheError, ProfileBusyError, WrongPasswordError
from client.cache.profile import OpenProfile, ProfileInfo, Profiles
from client.ui.settings import AppSettings
from client.ui.worker import run_in_background


class SignInDialog(QDialog):
    """The profile picker and password form; emits `signedIn` with the opened profile."""

    signedIn = Signal(object)  # OpenProfile

    def __init__(self, profiles: Profiles, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.settings = settings
        self.setWindowTitle(self.tr("Commune Office — sign in"))
        self.setMinimumWidth(420)

        self.profile_box = QComboBox()
        self.profile_box.setAccessibleName(self.tr("Profile"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Stay signed in on this computer"))
        self.remember.setAccessibleName(self.tr("Stay signed in"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("signInMessage")
        self.message.setStyleSheet("color: #b00020")
        self.sign_in = QPushButton(self.tr("&Sign in"))
        self.sign_in.setDefault(True)
        self.sign_in.setAccessibleName(self.tr("Sign in"))
        self.sign_in.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("&Profile:"), self.profile_box)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Sign in to your office"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.sign_in, alignment=Qt.AlignmentFlag.AlignRight)
        self.sign_in.setShortcut(QKeySequence("Ctrl+Return"))

        self._infos: list[ProfileInfo] = []
        self.profile_box.currentIndexChanged.connect(self._profile_changed)
        self._load_profiles()

    def _load_profiles(self) -> None:
        # Reading profile.json files is disk I/O: done on a worker like everything else.
        self._set_busy(True)
        run_in_background(self.profiles.list, self._show_profiles, self._show_error)

    def _show_profiles(self, infos: list[ProfileInfo]) -> None:
        self._infos = infos
        self.profile_box.clear()
        for info in infos:
            self.profile_box.addItem(f"{info.display_name} ({info.username}) — {info.unit.name}", info.username)
        self._set_busy(False)
        if not infos:
            self.message.setText(
                self.tr("There is no profile on this computer yet. Ask your administrator to create one.")
            )
            self.sign_in.setEnabled(False)
            return
        last = self.profile_box.findData(self.settings.last_profile)
        self.profile_box.setCurrentIndex(max(last, 0))
        self.password.setFocus()

    def _profile_changed(self) -> None:
        username = self.profile_box.currentData()
        if username:
            self.remember.setChecked(self.settings.remembers(username))
        self.message.clear()

    def submit(self) -> None:
        """Check the password on a worker and open the profile."""
        username = self.profile_box.currentData()
        if not username or not self.sign_in.isEnabled():
            return
        password = self.password.text()
        if not password:
            self.message.setText(self.tr("Type your password."))
            return
        was_remembered = self.settings.remembers(username)
        remember: bool | None = True if self.remember.isChecked() else (False if was_remembered else None)
        self._set_busy(True)
        self.message.setText(self.tr("Signing in…"))
        self.message.setStyleSheet("color: palette(text)")

        def opened(profile: OpenProfile) -> None:
            self.settings.last_profile = username
            if remember is not None:
                self.settings.set_remembers(username, remember)
            self.message.clear()
            self.signedIn.emit(profile)
            self.accept()

        run_in_background(lambda: self.profiles.open(username, password, remember=remember), opened, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.setStyleSheet("color: #b00020")
        if isinstance(error, WrongPasswordError):
            self.message.setText(self.tr("Wrong password. Nothing was changed; try again."))
            self.password.selectAll()
        elif isinstance(error, ProfileBusyError):
            self.message.setText(
                self.tr("This profile is already open in another window or program. Close it there first.")
            )
        else:
            self._show_error(error)
        self.password.setFocus()

    def _show_error(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.setStyleSheet("color: #b00020")
        detail = str(error) if isinstance(error, CacheError | OSError) else repr(error)
        self.message.setText(self.tr("Could not open the profile: %1").replace("%1", detail))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.profile_box, self.password, self.remember, self.sign_in):
            widget.setEnabled(not busy)
