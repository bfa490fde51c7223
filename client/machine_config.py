"""The machine-wide configuration an admin deploys, read before the user's own settings.

Windows: `%ProgramData%\\CommuneOffice\\config.ini` (written by the MSI, writable by administrators only);
Linux: `/etc/commune-office/config.ini`; `$COMMUNE_OFFICE_MACHINE_CONFIG` names another file (tests, pilots).

    [settings]
    server_url = https://vanban.laocai.example
    ca_cert = C:\\ProgramData\\CommuneOffice\\ca.pem
    unit_code = XA-YTY
    sync_interval_minutes = 15
    allow_plain_http = no

    [policy]
    locked = server_url, ca_cert

A machine value is the default; a user's setting overrides it, except for a key listed under `locked`, where the
machine value always wins. A bad value is reported and ignored, never fatal: the app must still start.
"""

from __future__ import annotations

import configparser
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FILE_NAME = "config.ini"
ENV_OVERRIDE = "COMMUNE_OFFICE_MACHINE_CONFIG"


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise ValueError("must be a positive whole number")
    return value


def _yes_no(text: str) -> bool:
    answer = text.lower()
    if answer in ("yes", "true", "1", "on"):
        return True
    if answer in ("no", "false", "0", "off"):
        return False
    raise ValueError("must be yes or no")


def _url(text: str) -> str:
    if not text.startswith(("https://", "http://")):
        raise ValueError("must start with https:// (or http:// for a test server)")
    return text.rstrip("/")


# Every key the machine configuration may set, with how its text is read.
KEYS: dict[str, Callable[[str], Any]] = {
    "server_url": _url,
    "ca_cert": str,
    "unit_code": str,
    "sync_interval_minutes": _positive_int,
    "idle_lock_minutes": _positive_int,
    "download_limit_mb": _positive_int,
    "language": str,
    # A server address that is plain http:// on the network is refused (a password and tokens would cross it in
    # clear) unless this says yes, for a pilot on a closed network. Loopback (the demo) needs no permission.
    "allow_plain_http": _yes_no,
    "signature_trust": str,  # PEM bundle of the roots that vouch for signers (client/signatures/trust.py reads it)
    "pkcs11_module": str,  # the token's PKCS#11 library (a DLL on Windows), for signing
    # A folder of Tesseract models holding vie.traineddata, when not the one the installer bundles
    # (client/ocr/tessdata.py says where else it looks)
    "ocr_tessdata": str,
}


def default_path() -> Path:
    """Where this computer's machine configuration lives."""
    override = os.environ.get(ENV_OVERRIDE)
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "CommuneOffice" / FILE_NAME
    return Path("/etc/commune-office") / FILE_NAME


@dataclass(frozen=True)
class MachineConfig:
    """The values an admin set for this computer, which of them are locked, and what could not be read."""

    values: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    source: Path | None = None
    problems: tuple[str, ...] = ()

    def resolve(self, key: str, user_value: Any, default: Any = None) -> Any:
        """The effective value: a locked machine value, else the user's, else the machine's, else the default."""
        if key not in KEYS:
            raise KeyError(f"unknown configuration key {key!r}")
        if key in self.locked and key in self.values:
            return self.values[key]
        if user_value is not None:
            return user_value
        return self.values.get(key, default)

    def is_locked(self, key: str) -> bool:
        """Whether the admin fixed this key (the GUI shows it read-only)."""
        return key in self.locked and key in self.values


def load(path: Path | None = None) -> MachineConfig:
    """Read the machine configuration; a missing file is an empty configuration, bad entries become problems."""
    path = path or default_path()
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with open(path, encoding="utf-8-sig") as handle:  # Notepad on Windows writes a BOM
            parser.read_file(handle)
    except FileNotFoundError:
        return MachineConfig()
    except (OSError, UnicodeDecodeError, configparser.Error) as error:
        return MachineConfig(source=path, problems=(f"{path}: cannot be read ({error}); machine settings ignored.",))

    problems: list[str] = []
    values: dict[str, Any] = {}
    settings = parser["settings"] if parser.has_section("settings") else {}
    for key, text in settings.items():
        if key not in KEYS:
            problems.append(f"{path}: unknown setting {key!r} ignored.")
            continue
        try:
            values[key] = KEYS[key](text.strip())
        except ValueError as error:
            problems.append(f"{path}: {key} = {text!r} ignored: {error}.")
    locked_text = parser.get("policy", "locked", fallback="")
    locked = {name.strip() for name in locked_text.split(",") if name.strip()}
    problems += [f"{path}: cannot lock unknown setting {name!r}." for name in sorted(locked - KEYS.keys())]
    return MachineConfig(values, frozenset(locked & KEYS.keys()), path, tuple(problems))
