"""The app's settings: the user's own (language, last profile, saved sign-ins) over the machine configuration.

Machine values (server address, idle-lock minutes, sync interval, language) come from `client.machine_config`,
the one file the app and the command line both read. A locked machine value always wins; the idle-lock minutes
are a ceiling a user may shorten but never lengthen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from client import machine_config
from client.machine_config import MachineConfig

DEFAULT_LANGUAGE = "vi"
LANGUAGES = machine_config.LANGUAGES
DEFAULT_IDLE_LOCK_MINUTES = 15
DEFAULT_SYNC_MINUTES = 15


class AppSettings:
    """Typed access to the app's QSettings (an INI file, so that admins can deploy it)."""

    def __init__(self, path: Path | None = None, machine: MachineConfig | None = None) -> None:
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "CommuneOffice", "CommuneOffice"
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self._machine_given = machine is not None
        self.machine = machine if machine is not None else machine_config.load()

    def read_machine(self) -> MachineConfig:
        """The machine configuration read again from its file (disk I/O: call it on a worker); a configuration
        given to the constructor (tests, the demo) is returned as it is."""
        return self.machine if self._machine_given else machine_config.load()

    @property
    def language(self) -> str:
        mine = self._qs.value("ui/language")
        value = str(self.machine.resolve("language", str(mine) if mine else None, DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)
        self._qs.sync()

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes without input before the window locks; 0 turns the lock off (never allowed by policy)."""
        mine = _int(self._qs.value("policy/idle_lock_minutes"), DEFAULT_IDLE_LOCK_MINUTES)
        policy = _int(self.machine.values.get("idle_lock_minutes"), 0)
        if policy > 0:
            if self.machine.is_locked("idle_lock_minutes"):
                return policy
            return min(mine, policy) if mine > 0 else policy
        return mine

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._qs.setValue("policy/idle_lock_minutes", int(value))
        self._qs.sync()

    @property
    def server_url(self) -> str:
        """The server address for the first, online sign-in: the machine's (if locked), else the last one typed."""
        mine = self._qs.value("sync/server_url")
        return str(self.machine.resolve("server_url", str(mine) if mine else None, "") or "")

    @server_url.setter
    def server_url(self, value: str) -> None:
        self._qs.setValue("sync/server_url", value)
        self._qs.sync()

    @property
    def server_url_locked(self) -> bool:
        """Whether the admin fixed the server address (the sign-in shows it read-only)."""
        return self.machine.is_locked("server_url")

    @property
    def idle_lock_ceiling(self) -> int:
        """The most idle-lock minutes the machine allows; 0 for no ceiling."""
        return _int(self.machine.values.get("idle_lock_minutes"), 0)

    @property
    def sync_interval_minutes(self) -> int:
        """Minutes between automatic syncs: the machine's if locked, else the user's, else the machine's, else 15."""
        mine = _int(self._qs.value("sync/interval_minutes"), 0)
        value = _int(self.machine.resolve("sync_interval_minutes", mine if mine > 0 else None, DEFAULT_SYNC_MINUTES),
                     DEFAULT_SYNC_MINUTES)
        return value if value > 0 else DEFAULT_SYNC_MINUTES

    @sync_interval_minutes.setter
    def sync_interval_minutes(self, value: int) -> None:
        self._qs.setValue("sync/interval_minutes", int(value))
        self._qs.sync()

    @property
    def last_profile(self) -> str:
        return str(self._qs.value("session/last_profile", ""))

    @last_profile.setter
    def last_profile(self, username: str) -> None:
        self._qs.setValue("session/last_profile", username)
        self._qs.sync()

    def splitter_state(self, name: str) -> QByteArray | None:
        """Where the user left a splitter (QSplitter.saveState), if they moved it."""
        value = self._qs.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        """Remember a splitter's position (written with the other settings, not at once)."""
        self._qs.setValue(f"layout/{name}", state)

    def remembers(self, username: str) -> bool:
        """Whether this profile chose "stay signed in" here."""
        return username in self._remembered()

    def set_remembers(self, username: str, remember: bool) -> None:
        names = set(self._remembered())
        names = names | {username} if remember else names - {username}
        self._qs.setValue("session/remembered", sorted(names))
        self._qs.sync()

    def _remembered(self) -> list[str]:
        value = self._qs.value("session/remembered", [])
        if isinstance(value, str):  # QSettings gives a one-item list back as a plain string on some backends
            return [value] if value else []
        if isinstance(value, list | tuple):
            return [str(v) for v in value]
        return []  # unset (None) or a value this key never holds


def _int(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default
