"""The app's settings on this computer: language, idle-lock policy, last profile and saved sign-ins.

An admin's policy (e.g. the idle-lock minutes) is the same key set in the machine-wide settings; a user's value
never lengthens what the policy sets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

DEFAULT_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")
DEFAULT_IDLE_LOCK_MINUTES = 15


class AppSettings:
    """Typed access to the app's QSettings (an INI file, so that admins can deploy it)."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "CommuneOffice", "CommuneOffice"
            )
            self._policy: QSettings | None = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.SystemScope, "CommuneOffice", "CommuneOffice"
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
            self._policy = None

    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)
        self._qs.sync()

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes without input before the window locks; 0 turns the lock off (never allowed by policy)."""
        mine = _int(self._qs.value("policy/idle_lock_minutes"), DEFAULT_IDLE_LOCK_MINUTES)
        policy = _int(self._policy.value("policy/idle_lock_minutes"), 0) if self._policy is not None else 0
        if policy > 0:
            return min(mine, policy) if mine > 0 else policy
        return mine

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._qs.setValue("policy/idle_lock_minutes", int(value))

    @property
    def server_url(self) -> str:
        """The server address from the machine configuration (used by the first, online sign-in)."""
        value = self._qs.value("sync/server_url", "")
        if not value and self._policy is not None:
            value = self._policy.value("sync/server_url", "")
        return str(value or "")

    @property
    def last_profile(self) -> str:
        return str(self._qs.value("session/last_profile", ""))

    @last_profile.setter
    def last_profile(self, username: str) -> None:
        self._qs.setValue("session/last_profile", username)
        self._qs.sync()

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
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value or []]


def _int(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default
