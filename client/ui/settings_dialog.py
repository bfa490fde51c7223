"""Settings…: the user's own settings, and this computer's configuration as the administrator set it.

The user's settings (language, idle-lock minutes, sync interval) are edited here and saved to the user's settings
file only. The machine configuration (`client.machine_config`) is read again on a worker and shown read-only; a key
the administrator locked always wins (see `settings.py`), so its row, and the user's setting it fixes, are greyed
out with "Set by your administrator", or "Set by policy" for a Group Policy value.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from client.machine_config import KEYS, MachineConfig
from client.ui.i18n import source_texts
from client.ui.settings import LANGUAGES, AppSettings
from client.ui.worker import run_in_background

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
MAX_MINUTES = 24 * 60
# What staff call each key of the machine configuration, in the file's order.
MACHINE_NAMES: dict[str, str] = source_texts({
    "server_url": QT_TRANSLATE_NOOP("SettingsDialog", "Server address"),
    "ca_cert": QT_TRANSLATE_NOOP("SettingsDialog", "CA certificate"),
    "unit_code": QT_TRANSLATE_NOOP("SettingsDialog", "Unit code"),
    "sync_interval_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "Sync interval (minutes)"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "Lock after idle (minutes)"),
    "download_limit_mb": QT_TRANSLATE_NOOP("SettingsDialog", "Download at once up to (MB)"),
    "language": QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
    "allow_plain_http": QT_TRANSLATE_NOOP("SettingsDialog", "Unencrypted http allowed (pilot)"),
    "signature_trust": QT_TRANSLATE_NOOP("SettingsDialog", "Trusted signature authorities"),
    "pkcs11_module": QT_TRANSLATE_NOOP("SettingsDialog", "Signing token driver"),
    "update_url": QT_TRANSLATE_NOOP("SettingsDialog", "Update channel"),
    "update_root": QT_TRANSLATE_NOOP("SettingsDialog", "Update channel root metadata"),
    "update_policy": QT_TRANSLATE_NOOP("SettingsDialog", "Installing updates"),
    "ocr_tessdata": QT_TRANSLATE_NOOP("SettingsDialog", "Text recognition models folder"),
})


class SettingsDialog(QDialog):
    """Edit the user's settings; see the machine's, locked ones greyed out."""

    languageChosen = Signal(str)  # a new language was saved: the window is rebuilt in it
    saved = Signal()
    machineRead = Signal()  # the machine configuration arrived from the worker

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(640)
        self.machine: MachineConfig | None = None

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.idle_lock = QSpinBox()
        self.idle_lock.setAccessibleName(self.tr("Lock after idle (minutes)"))
        self.idle_lock.setRange(1, MAX_MINUTES)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setValue(max(1, settings.idle_lock_minutes))
        self.sync_interval = QSpinBox()
        self.sync_interval.setAccessibleName(self.tr("Sync interval (minutes)"))
        self.sync_interval.setRange(1, MAX_MINUTES)
        self.sync_interval.setSuffix(self.tr(" min"))
        self.sync_interval.setValue(settings.sync_interval_minutes)
        self.notes: dict[str, QLabel] = {}  # "Set by your administrator" beside each locked field
        mine = QGroupBox(self.tr("Your settings"))
        mine_form = QFormLayout(mine)
        mine_form.addRow(self.tr("&Language:"), self._with_note("language", self.language))
        mine_form.addRow(self.tr("Lock after &idle:"), self._with_note("idle_lock_minutes", self.idle_lock))
        mine_form.addRow(self.tr("&Sync every:"), self._with_note("sync_interval_minutes", self.sync_interval))
        self.applies_later = QLabel(self.tr("A new sync interval applies from the next sign-in."))
        self.applies_later.setWordWrap(True)
        mine_form.addRow(self.applies_later)

        self.machine_box = QGroupBox(self.tr("This computer's configuration"))
        self.machine_form = QFormLayout(self.machine_box)
        self.source = QLabel(self.tr("Reading…"))
        self.machine_form.addRow(self.source)
        self.machine_fields: dict[str, QLineEdit] = {}
        for key in KEYS:
            field = QLineEdit()
            field.setReadOnly(True)
            field.setAccessibleName(self.tr(MACHINE_NAMES[key]))
            self.machine_fields[key] = field
            self.machine_form.addRow(self.tr(MACHINE_NAMES[key]) + ":", self._with_note(f"machine:{key}", field))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828")
        self.problems.hide()
        self.machine_form.addRow(self.problems)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mine)
        layout.addWidget(self.machine_box)
        layout.addWidget(self.buttons)
        self._show_machine(settings.machine)  # what the app started with, until the file is read again
        self.source.setText(self.tr("Reading…"))
        run_in_background(settings.read_machine, self._machine_arrived)

    def _with_note(self, key: str, field: QWidget) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field, 1)
        note = QLabel(self.tr("Set by your administrator"))
        note.setStyleSheet("color: palette(mid); font-style: italic")
        note.hide()
        line.addWidget(note)
        self.notes[key] = note
        return row

    def _lock(self, key: str, field: QWidget, locked: bool, by_policy: bool = False) -> None:
        field.setEnabled(not locked)
        note = self.notes[key]
        # Group Policy is changed in the domain's policy editor, not in config.ini on this PC: say which.
        note.setText(self.tr("Set by policy") if by_policy else self.tr("Set by your administrator"))
        note.setVisible(locked)

    def _machine_arrived(self, machine: MachineConfig) -> None:
        self._show_machine(machine)
        self.machineRead.emit()

    def _show_machine(self, machine: MachineConfig) -> None:
        self.machine = machine
        self.source.setText(
            self.tr("Read from %1").replace("%1", str(machine.source)) if machine.source is not None
            else self.tr("No configuration file on this computer: the defaults apply.")
        )
        self.source.setToolTip(self.source.text())
        for key, field in self.machine_fields.items():
            value: Any = machine.values.get(key)
            field.setText("" if value is None else str(value))
            field.setPlaceholderText(self.tr("Not set"))
            self._lock(f"machine:{key}", field, machine.is_locked(key), machine.is_policy(key))
        self.problems.setText("\n".join(machine.problems))
        self.problems.setVisible(bool(machine.problems))
        # The user's own settings the administrator fixed: greyed out, showing the value that applies.
        self._lock("language", self.language, machine.is_locked("language"), machine.is_policy("language"))
        if machine.is_locked("language"):
            self.language.setCurrentIndex(max(0, self.language.findData(machine.values["language"])))
        idle_locked = machine.is_locked("idle_lock_minutes")
        self._lock("idle_lock_minutes", self.idle_lock, idle_locked, machine.is_policy("idle_lock_minutes"))
        ceiling = int(machine.values.get("idle_lock_minutes") or 0)
        self.idle_lock.setMaximum(ceiling if ceiling > 0 else MAX_MINUTES)  # a user may shorten, never lengthen
        if idle_locked:
            self.idle_lock.setValue(ceiling)
        self.idle_lock.setToolTip(
            self.tr("At most %1 minutes on this computer.").replace("%1", str(ceiling)) if ceiling > 0 else ""
        )
        sync_locked = machine.is_locked("sync_interval_minutes")
        self._lock("sync_interval_minutes", self.sync_interval, sync_locked, machine.is_policy("sync_interval_minutes"))
        if sync_locked:
            self.sync_interval.setValue(int(machine.values["sync_interval_minutes"]))

    def save(self) -> None:
        """Write the user's own settings (never the machine's) and close."""
        settings = self.settings
        if self.idle_lock.isEnabled():
            settings.idle_lock_minutes = self.idle_lock.value()
        if self.sync_interval.isEnabled():
            settings.sync_interval_minutes = self.sync_interval.value()
        language = str(self.language.currentData())
        changed_language = self.language.isEnabled() and language != settings.language
        if changed_language:
            settings.language = language
        self.saved.emit()
        self.accept()
        if changed_language:
            self.languageChosen.emit(language)
