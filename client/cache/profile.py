"""User profiles on this computer: each with its own folder, data key, encrypted database and vault.

Several staff may share one Windows account; each has a profile. A profile folder holds `profile.json` (who,
which unit, the wrapped data key), `cache.db` (SQLCipher) and `vault/` (encrypted attachments). Opening for
writing takes the profile's lock file, so a second program cannot write to the same cache at the same time.
"""

from __future__ import annotations

import builtins
import errno
import json
import os
import re
import tempfile
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy import Engine

from client.cache.database import (
    create_encrypted_engine,
    damage_marker,
    disk_full_as_error,
    migrate,
    move_aside,
    verify_readable,
)
from client.cache.deferred_indexes import restore_on_open as restore_deferred_indexes
from client.cache.errors import (
    CorruptDatabaseError,
    DiskFullError,
    IntegrityError,
    KeyringUnavailableError,
    OfflineLockedError,
    ProfileBusyError,
    ProfileExistsError,
    ProfileNotFoundError,
    WrongPasswordError,
)
from client.cache.keys import KdfParams, KeyringSlot, WrappedKey, new_data_key, rewrap_key, unwrap_key, wrap_key
from client.cache.offline_lock import offline_lock_hours
from client.cache.secret_purge import settle
from client.cache.store import CacheStore
from client.cache.vault import Vault
from sync.protocol.domain import Secrecy, UnitLevel

if TYPE_CHECKING:  # the lock file is taken by writers only: a read-only opening does not import it (issue 17)
    from filelock import FileLock

PROFILE_FILE = "profile.json"
DATABASE_FILE = "cache.db"
VAULT_DIR = "vault"
LOCK_FILE = "write.lock"
_USERNAME = re.compile(r"^[\w.@-]{1,64}$")

KEYRING_UNAVAILABLE_NOTICE = (
    'This computer has no usable system keyring, so "stay signed in" is off: '
    "you will be asked for your password at each sign-in."
)


def default_home() -> Path:
    """Where profiles live: $COMMUNE_OFFICE_HOME, else the user's data folder (e.g. %LOCALAPPDATA%\\CommuneOffice)."""
    override = os.environ.get("COMMUNE_OFFICE_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("CommuneOffice", appauthor=False)) / "profiles"


@dataclass(frozen=True)
class UnitInfo:
    """The unit a profile belongs to; its level sets what the cache may hold."""

    id: str
    code: str
    name: str
    level: UnitLevel = UnitLevel.COMMUNE

    @property
    def secrecy_ceiling(self) -> Secrecy:
        return self.level.secrecy_ceiling


@dataclass
class ProfileInfo:
    """What `profile.json` holds: readable without the password, so a profile picker can list profiles."""

    profile_id: str
    username: str
    display_name: str
    unit: UnitInfo
    wrapped_key: WrappedKey
    server_url: str | None = None
    created_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    keyring_notice_shown: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        data = asdict(self)
        data["unit"]["level"] = self.unit.level.value
        data["wrapped_key"] = json.loads(self.wrapped_key.to_json())
        return json.dumps(data, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str, source: Path) -> ProfileInfo:
        try:
            data = json.loads(text)
            unit = data.pop("unit")
            wrapped = WrappedKey.from_json(json.dumps(data.pop("wrapped_key")))
            return cls(
                unit=UnitInfo(unit["id"], unit["code"], unit["name"], UnitLevel(unit["level"])),
                wrapped_key=wrapped,
                **data,
            )
        except (ValueError, KeyError, TypeError) as error:
            raise IntegrityError(f"The profile file {source} is damaged ({error}).") from error


@dataclass
class OpenProfile:
    """A signed-in profile: its records, and what the user should be told about the opening."""

    info: ProfileInfo
    folder: Path
    engine: Engine
    store: CacheStore
    notices: list[str]
    _lock: FileLock | None

    @property
    def vault(self) -> Vault:
        return self.store.vault

    def close(self) -> None:
        """Release the database and the write lock."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> OpenProfile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class Profiles:
    """The profiles stored under one folder (one per staff member on this computer)."""

    def __init__(self, home: Path | None = None, *, kdf: KdfParams | None = None, keyring: KeyringSlot | None = None):
        self.home = Path(home) if home is not None else default_home()
        self.kdf = kdf  # None: the production Argon2id parameters
        self.keyring = keyring or KeyringSlot()

    # Below this method, `list` in the class body names it: later signatures spell the type `builtins.list`.
    def list(self) -> list[ProfileInfo]:
        """Every readable profile, by user name; damaged profile files are skipped."""
        found = []
        if self.home.is_dir():
            for folder in sorted(self.home.iterdir()):
                try:
                    found.append(self._read_info(folder))
                except (IntegrityError, OSError):
                    continue
        return sorted(found, key=lambda p: p.username)

    def find(self, name: str) -> tuple[ProfileInfo, Path]:
        """The profile with this user name or id."""
        for info in self.list():
            if name in (info.username, info.profile_id):
                return info, self.home / info.profile_id
        raise ProfileNotFoundError(f"No profile named {name!r} on this computer. Create it first.")

    def create(
        self,
        username: str,
        password: str,
        unit: UnitInfo,
        *,
        display_name: str | None = None,
        server_url: str | None = None,
        remember: bool = False,
    ) -> OpenProfile:
        """Make a new profile with a fresh data key and an empty cache, and open it."""
        if not _USERNAME.match(username):
            raise ValueError("a user name is 1-64 letters, digits, '.', '@', '_' or '-'")
        if len(password) < 8:
            raise ValueError("the password must be at least 8 characters long")
        if any(info.username == username for info in self.list()):
            raise ProfileExistsError(f"A profile for {username!r} already exists on this computer.")
        profile_id = uuid.uuid4().hex[:16]
        data_key = new_data_key()
        params = self.kdf.with_fresh_salt() if self.kdf is not None else None
        info = ProfileInfo(
            profile_id=profile_id,
            username=username,
            display_name=display_name or username,
            unit=unit,
            wrapped_key=wrap_key(data_key, password, profile_id, params),
            server_url=server_url,
        )
        folder = self.home / profile_id
        folder.mkdir(parents=True)
        self._write_info(folder, info)
        return self._open(info, folder, data_key, remember=remember, write=True)

    def open(
        self,
        name: str,
        password: str | None = None,
        *,
        remember: bool | None = None,
        write: bool = True,
        lock_timeout: float = 0,
        allow_offline_expired: bool = False,
    ) -> OpenProfile:
        """Sign in: unwrap the data key with the password (or the keyring when None) and open the cache.

        `remember=True` keeps the key in the OS keyring ("stay signed in"), `False` removes it, None leaves it.
        A profile bound to a server that has been offline past its unit's grace period is refused (principle 12)
        unless `allow_offline_expired` is set, which only the online sign-in does.
        """
        info, folder = self.find(name)
        if password is None:
            data_key = self._key_from_keyring(info)
        else:
            data_key = unwrap_key(info.wrapped_key, password, info.profile_id)
        opened = self._open(info, folder, data_key, remember=remember, write=write, lock_timeout=lock_timeout)
        if not allow_offline_expired:
            hours = offline_lock_hours(opened.engine)
            if hours is not None:
                opened.close()
                raise OfflineLockedError(hours)
        return opened

    def change_password(self, name: str, old_password: str, new_password: str) -> None:
        """Re-wrap the data key under a new password; the database itself is not touched."""
        if len(new_password) < 8:
            raise ValueError("the new password must be at least 8 characters long")
        info, folder = self.find(name)
        info.wrapped_key = rewrap_key(info.wrapped_key, old_password, new_password, info.profile_id)
        self._write_info(folder, info)

    def forget_saved_sign_in(self, name: str) -> None:
        """Remove the profile's key from the OS keyring."""
        info, _ = self.find(name)
        self.keyring.forget(info.profile_id)

    # -- internals -------------------------------------------------------------------------------------------

    def _key_from_keyring(self, info: ProfileInfo) -> bytes:
        try:
            data_key = self.keyring.load(info.profile_id)
        except KeyringUnavailableError:
            data_key = None
        if data_key is None:
            raise WrongPasswordError(info.username) from None
        return data_key

    def _open(
        self,
        info: ProfileInfo,
        folder: Path,
        data_key: bytes,
        *,
        remember: bool | None,
        write: bool,
        lock_timeout: float = 0,
    ) -> OpenProfile:
        lock = None
        if write:
            from filelock import FileLock, Timeout

            lock = FileLock(str(folder / LOCK_FILE))
            try:
                lock.acquire(timeout=lock_timeout)
            except Timeout:
                raise ProfileBusyError(
                    f"The profile {info.username!r} is already open in another window or program on this computer. "
                    "Close it there first, or wait for the running sync to finish."
                ) from None
        notices: list[str] = []
        try:
            # SQLite creates its shared-memory and log files at the first connection: a full disk shows here.
            with disk_full_as_error("the cache's working files", folder):
                engine = self._open_database(folder / DATABASE_FILE, data_key, notices, migrate_schema=write)
            notices += self._apply_remember(info, folder, data_key, remember)
            vault = Vault(folder / VAULT_DIR, data_key)
            if write:
                # Encrypted temp files of a process killed mid-write (never plaintext, but they take disk space).
                vault.sweep_leftovers()
            store = CacheStore(engine, vault, info.unit.secrecy_ceiling, unit_id=info.unit.id)
            if write:
                settle(engine, vault)  # the vault files a purge (migration 0007 among them) freed
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return OpenProfile(info, folder, engine, store, notices, lock)

    @staticmethod
    def _open_database(path: Path, data_key: bytes, notices: builtins.list[str], *, migrate_schema: bool) -> Engine:
        engine = create_encrypted_engine(path, data_key)
        try:
            if not path.exists():
                migrate(engine)
                return engine
            try:
                if damage_marker(path).exists():
                    raise CorruptDatabaseError(str(path), None)
                verify_readable(engine, path)
            except CorruptDatabaseError:
                engine.dispose()
                moved_to = move_aside(path)
                damage_marker(path).unlink(missing_ok=True)
                notices.append(str(CorruptDatabaseError(str(path), str(moved_to))))
                engine = create_encrypted_engine(path, data_key)
                migrate_schema = True  # the fresh, empty cache needs its tables even when opened for reading
            if migrate_schema:
                restore_deferred_indexes(engine)  # a sync killed mid-snapshot left them dropped
                migrate(engine)
        except BaseException:
            # A connection left open would keep the file locked on Windows.
            engine.dispose()
            raise
        return engine

    def _apply_remember(
        self, info: ProfileInfo, folder: Path, data_key: bytes, remember: bool | None,
    ) -> builtins.list[str]:
        if remember is None:
            return []
        try:
            if remember:
                self.keyring.store(info.profile_id, data_key)
            else:
                self.keyring.forget(info.profile_id)
        except KeyringUnavailableError:
            if info.keyring_notice_shown:
                return []
            info.keyring_notice_shown = True
            self._write_info(folder, info)
            return [KEYRING_UNAVAILABLE_NOTICE]
        return []

    @staticmethod
    def _read_info(folder: Path) -> ProfileInfo:
        path = folder / PROFILE_FILE
        return ProfileInfo.from_json(path.read_text(encoding="utf-8"), path)

    @staticmethod
    def _write_info(folder: Path, info: ProfileInfo) -> None:
        # Written beside and renamed over, so a crash or a full disk leaves the old file (and old password) intact.
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".profile-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(info.to_json())
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, folder / PROFILE_FILE)
        except BaseException as error:
            Path(temp).unlink(missing_ok=True)
            if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFullError("the profile file") from error
            raise
