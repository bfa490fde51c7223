"""Writing and removing the machine-wide configuration: what the MSI runs at install, and Linux admins by hand.

`client/machine_config.py` reads the file; this module is its only writer. A value that would be ignored at
read time is refused here instead, so that a typo in `msiexec ... SERVER_URL=` fails the install loudly rather
than leaving PCs that silently use no server. The file is replaced atomically and only administrators may
change it: root-owned 0644 under /etc on Linux, an explicit ACL (SYSTEM and Administrators full control, Users
read) on Windows, where %ProgramData% otherwise lets any user create files.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509

from client import machine_config

CA_FILE_NAME = "ca.pem"
# What configure-machine did, beside the file it writes: an EXE custom action's output never reaches the MSI's
# /l*v log, so this is where an admin reads why an install was refused.
SETUP_LOG_NAME = "configure-machine.log"
FOLDER_MODE = 0o755
FILE_MODE = 0o644
# Locked when the admin names no lock list on the first install: the server and the trust anchor decide where
# documents go, so users must not redirect them.
DEFAULT_LOCKED = ("server_url", "ca_cert")
# Well-known SIDs, not names: on a Vietnamese Windows "Administrators" and "Users" are translated and not found.
WINDOWS_ACL_GRANTS = ("*S-1-5-18:(OI)(CI)F", "*S-1-5-32-544:(OI)(CI)F", "*S-1-5-32-545:(OI)(CI)RX")
# Per-user folders of the app: profiles (data) and the Qt settings file (config), relative to a home folder.
USER_FOLDERS_WINDOWS = (Path("AppData/Local/CommuneOffice"), Path("AppData/Roaming/CommuneOffice"))
USER_FOLDERS_POSIX = (Path(".local/share/CommuneOffice"), Path(".config/CommuneOffice"))

Runner = Callable[[Sequence[str]], object]
_PEM_BLOCK = re.compile(r"-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+?-----END CERTIFICATE-----")


class MachineSetupError(ValueError):
    """The admin's input cannot be written; nothing was changed."""


def _run_checked(command: Sequence[str]) -> object:
    return subprocess.run(list(command), check=True, capture_output=True)


def write(
    path: Path,
    settings: Mapping[str, str],
    locked: Iterable[str] | None = None,
    *,
    platform: str = sys.platform,
    run: Runner = _run_checked,
) -> Path:
    """Check the values, merge them into the existing file, write it atomically and restrict who may change it."""
    values = {key: text.strip() for key, text in settings.items() if text.strip()}
    for key, text in list(values.items()):
        if key not in machine_config.KEYS:
            raise MachineSetupError(f"unknown setting {key!r}; known: {', '.join(machine_config.KEYS)}")
        try:
            values[key] = str(machine_config.KEYS[key](text))  # written as it will be read: "015" -> "15"
        except ValueError as error:
            raise MachineSetupError(f"{key} = {text!r}: {error}") from None
    # "none" is how an admin clears the lock list (an empty MSI property means "keep what is there").
    lock_list = None if locked is None else sorted({n.strip() for n in locked if n.strip()} - {"none"})
    unknown = set(lock_list or ()) - machine_config.KEYS.keys()
    if unknown:
        raise MachineSetupError(f"cannot lock unknown setting(s): {', '.join(sorted(unknown))}")
    if platform != "win32" and _is_system_path(path) and os.geteuid() != 0:
        raise MachineSetupError(f"only root may write {path}: run this command with sudo")

    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    restrict(folder, platform=platform, run=run)
    if "ca_cert" in values:
        values["ca_cert"] = str(_install_ca(Path(values["ca_cert"]), folder))

    current_values, current_locked = _read_existing(path)
    merged = {**current_values, **values}
    if values.keys() & {"server_url", "allow_plain_http"}:
        # Checked on what the file will hold: a pilot's allow_plain_http = yes set earlier still counts. Only when
        # this run touches either key, so that an upgrade without properties never fails on an older file.
        problems = machine_config.combination_problems(_readable(merged))
        if problems:
            raise MachineSetupError("; ".join(problems))
    if lock_list is not None:
        final_locked = lock_list
    elif current_locked is not None:
        final_locked = current_locked  # an upgrade without LOCKED= keeps the admin's earlier choice
    else:
        # Not filtered by what is set: a first install without properties (a GPO without a transform) must still
        # lock server_url once a later install sets it; a lock on a key without a value changes nothing.
        final_locked = list(DEFAULT_LOCKED)
    _replace(path, _render(merged, final_locked))
    return path


def log_outcome(path: Path, line: str) -> Path | None:
    """Append one stamped line to the setup log beside `path`; None when it cannot be written (never fatal)."""
    log = path.parent / SETUP_LOG_NAME
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{datetime.now(UTC).strftime('%Y-%m-%d %H:%M:%S UTC')} {line}\n")
    except OSError:
        return None
    return log


def _readable(values: Mapping[str, str]) -> dict[str, object]:
    """The values as the app reads them; one it could not read counts as absent."""
    read: dict[str, object] = {}
    for key, text in values.items():
        try:
            read[key] = machine_config.KEYS[key](text)
        except (KeyError, ValueError):
            continue
    return read


def _is_system_path(path: Path) -> bool:
    return path.resolve().is_relative_to("/etc")


def restrict(folder: Path, *, platform: str = sys.platform, run: Runner = _run_checked) -> None:
    """Let only administrators change the folder: a fresh ACL on Windows, mode 0755 on Linux."""
    if platform == "win32":
        # /inheritance:r drops what %ProgramData% grants (Users may create files there); /grant:r replaces.
        run(["icacls", str(folder), "/inheritance:r", "/grant:r", *WINDOWS_ACL_GRANTS, "/T", "/Q"])
    else:
        os.chmod(folder, FOLDER_MODE)


def _install_ca(source: Path, folder: Path) -> Path:
    """Copy the CA certificate beside the configuration: the admin's share may be unreachable from the PC later."""
    target = folder / CA_FILE_NAME
    if source.resolve() == target.resolve():
        return target
    try:
        content = source.read_bytes()
    except OSError as error:
        raise MachineSetupError(f"ca_cert: cannot read {source} ({error.strerror or error})") from None
    # Only the PEM blocks are kept: `openssl x509 -text` output puts the subject in front of them, and a Vietnamese
    # subject ("Ủy ban nhân dân tỉnh ...") is not ASCII. The blocks themselves are base64, so ASCII.
    blocks = _PEM_BLOCK.findall(content.decode("utf-8", errors="replace"))
    if not blocks:
        raise MachineSetupError(f"ca_cert: {source} is not a PEM certificate (BEGIN CERTIFICATE line missing)")
    for number, block in enumerate(blocks, start=1):
        try:
            x509.load_pem_x509_certificate(block.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            damaged = f"ca_cert: certificate {number} in {source} is damaged and cannot be read"
            raise MachineSetupError(damaged) from None
    _replace(target, "\n".join(blocks) + "\n")
    return target


def _read_existing(path: Path) -> tuple[dict[str, str], list[str] | None]:
    """The settings and lock list already written; a missing or broken file counts as empty."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with open(path, encoding="utf-8-sig") as handle:
            parser.read_file(handle)
    except (OSError, UnicodeDecodeError, configparser.Error):
        return {}, None
    values = dict(parser["settings"]) if parser.has_section("settings") else {}
    values = {key: text for key, text in values.items() if key in machine_config.KEYS}
    if not parser.has_option("policy", "locked"):
        return values, None
    names = [name.strip() for name in parser.get("policy", "locked").split(",")]
    return values, [name for name in names if name in machine_config.KEYS]


def _render(values: Mapping[str, str], locked: Iterable[str]) -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"; Written by `commune-office configure-machine` on {stamp}. Only administrators may change it.",
             "[settings]"]
    lines += [f"{key} = {values[key]}" for key in machine_config.KEYS if key in values]
    lines += ["", "[policy]", f"locked = {', '.join(locked)}", ""]
    return "\n".join(lines)


def _replace(path: Path, text: str) -> None:
    """Write beside the target and rename over it, so that a reader never sees half a file."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def remove(path: Path, *, config: bool = True, user_data: bool, users_root: Path | None = None,
           platform: str = sys.platform) -> list[Path]:
    """Uninstall: delete the machine configuration if asked, and every user's profiles and settings if asked."""
    removed: list[Path] = []
    for name in (path.name, CA_FILE_NAME, SETUP_LOG_NAME) if config else ():
        target = path.parent / name
        if target.exists():
            target.unlink()
            removed.append(target)
    if config and path.parent.is_dir() and not any(path.parent.iterdir()):
        path.parent.rmdir()
        removed.append(path.parent)
    if user_data:
        for folder in user_data_folders(users_root, platform=platform):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def user_data_folders(users_root: Path | None = None, *, platform: str = sys.platform) -> list[Path]:
    """Every user's Commune Office folders on this computer (caches, saved settings) that exist."""
    if platform == "win32":
        root = users_root or Path(os.environ.get("SYSTEMDRIVE", "C:") + "\\") / "Users"
        relative = USER_FOLDERS_WINDOWS
    else:
        root = users_root or Path("/home")
        relative = USER_FOLDERS_POSIX
    homes = sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
    if platform != "win32" and users_root is None:
        homes.append(Path("/root"))
    return [home / rel for home in homes for rel in relative if (home / rel).is_dir()]
