"""Sign-in: pick a profile on this PC and type its password (offline, against the cache), or sign in online.

The online sign-in is the first one on a computer (it creates the profile) and the one that unlocks a profile
offline past its unit's grace period; it goes through `Office.sign_in_online`, as the command line does.
Both run on a worker (Argon2 takes ~0.1 s, the server a round trip).
"""

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.office import (
    Office,
    OfficeSession,
    OfflineLockedError,
    ProfileBusyError,
    ProfileInfo,
    SignInRequiredError,
    SyncError,
    WrongPasswordError,
)
from client.ui.error_text import describe
from client.ui.settings import AppSettings
from client.ui.worker import run_in_background


class SignInDialog(QDialog):
    """The profile picker and password form; emits `signedIn` with the opened session."""

    signedIn = Signal(object)  # OfficeSession

    def __init__(self, office: Office, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
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

        local = QWidget()
        form = QFormLayout(local)
        form.addRow(self.tr("&Profile:"), self.profile_box)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        self.tabs = QTabWidget()
        self.tabs.addTab(local, self.tr("On this computer"))
        self.tabs.addTab(self._online_tab(), self.tr("Online"))
        self.tabs.currentChanged.connect(lambda _i: self.message.clear())
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Sign in to your office"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600")
        layout.addWidget(title)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.sign_in, alignment=Qt.AlignmentFlag.AlignRight)
        self.sign_in.setShortcut(QKeySequence("Ctrl+Return"))

        self._infos: list[ProfileInfo] = []
        self.profile_box.currentIndexChanged.connect(self._profile_changed)
        self._load_profiles()

    def _online_tab(self) -> QWidget:
        tab = QWidget()
        self.server = QLineEdit(self.settings.server_url)
        self.server.setPlaceholderText("https://vanban.example.vn")
        self.server.setAccessibleName(self.tr("Server address"))
        if self.settings.server_url_locked:
            self.server.setReadOnly(True)
            self.server.setToolTip(self.tr("Set by your administrator for this computer."))
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.online_password = QLineEdit()
        self.online_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.online_password.setAccessibleName(self.tr("Password on the server"))
        self.online_password.returnPressed.connect(self.submit)
        note = QLabel(self.tr("The first time on this computer, or after a long time offline, sign in with the "
                              "user name and password of the platform. The office's documents are then "
                              "downloaded and kept encrypted here."))
        note.setWordWrap(True)
        form = QFormLayout(tab)
        form.addRow(note)
        form.addRow(self.tr("Ser&ver:"), self.server)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("Passwo&rd:"), self.online_password)
        return tab

    def show_online(self, username: str = "", message: str = "", server: str = "") -> None:
        """Switch to the online sign-in, e.g. for a profile locked after its offline grace period."""
        self.tabs.setCurrentIndex(1)
        if server and not self.settings.server_url_locked:
            self.server.setText(server)
        if username:
            self.username.setText(username)
        self.message.setText(message)
        (self.online_password if username else self.username).setFocus()

    def _load_profiles(self) -> None:
        # Reading profile.json files is disk I/O: done on a worker like everything else.
        self._set_busy(True)
        run_in_background(self.office.list, self._show_profiles, self._show_error)

    def _show_profiles(self, infos: list[ProfileInfo]) -> None:
        self._infos = infos
        self.profile_box.clear()
        for info in infos:
            self.profile_box.addItem(f"{info.display_name} ({info.username}) — {info.unit.name}", info.username)
        self._set_busy(False)
        if not infos:
            self.show_online(message=self.tr("There is no profile on this computer yet: sign in online."))
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
        """Check the password on a worker and open the profile (or sign in online on the Online tab)."""
        if self.tabs.currentIndex() == 1:
            self.submit_online()
            return
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

        def opened(session: OfficeSession) -> None:
            self.settings.last_profile = username
            if remember is not None:
                self.settings.set_remembers(username, remember)
            self.message.clear()
            self.signedIn.emit(session)
            self.accept()

        run_in_background(lambda: self.office.open(username, password, remember=remember), opened, self._failed)

    def submit_online(self) -> None:
        """Sign in against the server on a worker; the profile is created on first use."""
        if not self.sign_in.isEnabled():
            return
        server, username, password = self.server.text().strip(), self.username.text().strip(), \
            self.online_password.text()
        if not server.startswith(("https://", "http://")):
            self.message.setText(self.tr("Type the server address, starting with https://."))
            return
        if not username or not password:
            self.message.setText(self.tr("Type your user name and password."))
            return
        remember = True if self.remember.isChecked() else None
        self._set_busy(True)
        self.message.setStyleSheet("color: palette(text)")
        self.message.setText(self.tr("Signing in online…"))
        office = self.office

        def opened(session: OfficeSession) -> None:
            if not self.settings.server_url_locked:
                self.settings.server_url = server
            self.settings.last_profile = username
            if remember:
                self.settings.set_remembers(username, True)
            self.message.clear()
            self.signedIn.emit(session)
            self.accept()

        run_in_background(lambda: office.sign_in_online(server, username, password, remember=remember),
                          opened, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.setStyleSheet("color: #b00020")
        if isinstance(error, WrongPasswordError):
            self.message.setText(self.tr("Wrong password. Nothing was changed; try again."))
            self.password.selectAll()
        elif isinstance(error, OfflineLockedError):
            self.show_online(self.profile_box.currentData() or "", self.tr(
                "This profile has not reached the server for more than %1 hours, the limit set for your unit. "
                "Sign in online to unlock it.").replace("%1", str(error.hours)))
        elif isinstance(error, SignInRequiredError):
            self.message.setText(self.tr("The server refused the user name or password. Check them and try again."))
            self.online_password.selectAll()
        elif isinstance(error, SyncError):
            self.message.setText(describe(error) if error.offline else self.tr("The server refused the sign-in: %1")
                                 .replace("%1", describe(error)))
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
        self.message.setText(self.tr("Could not open the profile: %1").replace("%1", describe(error)))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.profile_box, self.password, self.remember, self.sign_in, self.username,
                       self.online_password):
            widget.setEnabled(not busy)
