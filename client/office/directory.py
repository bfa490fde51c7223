"""The profiles on this computer, and the ways into one: offline sign-in, online sign-in, a new profile.

Each way returns an `OfficeSession`; the screens and the command line never open a profile themselves.
"""

from __future__ import annotations

from pathlib import Path

from client.cache.profile import ProfileInfo, Profiles, UnitInfo
from client.office import online
from client.office.session import OfficeSession
from sync.protocol.domain import UnitLevel


class Office:
    """The door to this computer's profiles (one folder each, each with its own key)."""

    def __init__(self, home: Path | None = None, *, profiles: Profiles | None = None) -> None:
        self.profiles = profiles or Profiles(home)

    @property
    def home(self) -> Path:
        return self.profiles.home

    def list(self) -> list[ProfileInfo]:
        """The profiles here, readable without a password (for the picker)."""
        return self.profiles.list()

    def find(self, username: str) -> ProfileInfo:
        return self.profiles.find(username)[0]

    def open(self, username: str, password: str | None = None, *, remember: bool | None = None,
             write: bool = True) -> OfficeSession:
        """Sign in offline: the password (or the OS keyring when None) unwraps the profile's key."""
        opened = self.profiles.open(username, password, remember=remember, write=write)
        return OfficeSession(opened, self.profiles.keyring)

    def sign_in_online(self, server_url: str, username: str, password: str, *, remember: bool | None = None,
                       device_name: str | None = None) -> OfficeSession:
        """Sign in against the server; the profile is made on first use, bound to the server, user and unit."""
        opened = online.sign_in_online(self.profiles, server_url, username, password, remember=remember,
                                       device_name=device_name)
        return OfficeSession(opened, self.profiles.keyring)

    def create(self, username: str, password: str, *, unit_id: str, unit_code: str, unit_name: str,
               unit_level: str = UnitLevel.COMMUNE.value, display_name: str | None = None,
               server_url: str | None = None, remember: bool = False) -> OfficeSession:
        """A new offline profile (imports and local work; an online sign-in binds it to a server later)."""
        unit = UnitInfo(unit_id, unit_code, unit_name, UnitLevel(unit_level))
        opened = self.profiles.create(username, password, unit, display_name=display_name, server_url=server_url,
                                      remember=remember)
        return OfficeSession(opened, self.profiles.keyring)

    def change_password(self, username: str, old: str, new: str) -> None:
        """Re-wrap the profile's key under a new password."""
        self.profiles.change_password(username, old, new)

    def forget_saved_sign_in(self, username: str) -> None:
        self.profiles.forget_saved_sign_in(username)
