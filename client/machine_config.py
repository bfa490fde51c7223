"""The machine-wide configuration an admin deploys, read before the user's own settings.

Windows: `%ProgramData%\\CommuneOffice\\config.ini` (written by the MSI, writable by administrators only);
Linux: `/etc/commune-office/config.ini`; `$COMMUNE_OFFICE_MACHINE_CONFIG` names another file (tests, pilots).

    [settings]
    server_url = https://vanban.laocai.example
    ca_cert = C:\\ProgramData\\CommuneOffice\\ca.pem
    unit_code = XA-YTY
    sync_interval_minutes = 15
    allow_plain_http = no
    update_url = https://vanban.laocai.example/updates
    update_root = C:\\ProgramData\\CommuneOffice\\update-root.json
    update_policy = ask

    [policy]
    locked = server_url, ca_cert

A machine value is the default; a user's setting overrides it, except for a key listed under `locked`, where the
machine value always wins. On Windows a Group Policy value (`client/machine_policy.py`) wins over both and is
locked. A bad value is reported and ignored, never fatal: the app must still start.
"""

from __future__ import annotations

import configparser
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from client import machine_policy
from sync.protocol import plain_http
from sync.protocol.updates import POLICIES

FILE_NAME = "config.ini"
ENV_OVERRIDE = "COMMUNE_OFFICE_MACHINE_CONFIG"


def positive_int(text: str) -> int:
    """A count of minutes or megabytes."""
    value = int(text)
    if value <= 0:
        raise ValueError("must be a positive whole number")
    return value


def yes_no(text: str) -> bool:
    """A switch; 1 and 0 too, as a Group Policy REG_DWORD gives it."""
    answer = text.lower()
    if answer in ("yes", "true", "1", "on"):
        return True
    if answer in ("no", "false", "0", "off"):
        return False
    raise ValueError("must be yes or no")


def server_url(text: str) -> str:
    """The central platform's address: https:// (or http:// with allow_plain_http) and a host."""
    if not text.lower().startswith(("https://", "http://")):
        raise ValueError("must start with https:// (or http:// for a test server)")
    parts = urlsplit(text)
    try:
        host = parts.hostname
        parts.port  # noqa: B018 - a port that is not a number raises here, not at the first sync
    except ValueError as error:
        raise ValueError(f"is not a valid address ({error})") from None
    if not host:
        raise ValueError("must name the server after https://, e.g. https://vanban.laocai.example")
    return text.rstrip("/")


def language(text: str) -> str:
    """An interface language the app ships a translation for."""
    code = text.lower()
    if code not in LANGUAGES:
        raise ValueError(f"must be one of {', '.join(LANGUAGES)}")
    return code


LANGUAGES = ("vi", "en")  # the interface languages with a translation; the first is the default

def update_policy(text: str) -> str:
    """How a verified update is installed: automatically, after asking, or not at all."""
    answer = text.lower()
    if answer not in POLICIES:
        raise ValueError(f"must be one of {', '.join(POLICIES)}")
    return answer


# Every key the machine configuration may set, with how its text is read.
KEYS: dict[str, Callable[[str], Any]] = {
    "server_url": server_url,
    "ca_cert": str,
    "unit_code": str,
    "sync_interval_minutes": positive_int,
    "idle_lock_minutes": positive_int,
    "download_limit_mb": positive_int,
    "language": language,
    # A server address that is plain http:// on the network is refused (a password and tokens would cross it in
    # clear) unless this says yes, for a pilot on a closed network. Loopback (the demo) needs no permission.
    "allow_plain_http": yes_no,
    "signature_trust": str,  # PEM bundle of the roots that vouch for signers (client/signatures/trust.py reads it)
    "pkcs11_module": str,  # the token's PKCS#11 library (a DLL on Windows), for signing
    # The signed update channel (client/updates): its address, the root.json that vouches for its keys (deployed
    # beside this file), and the admin's consent: automatic, ask (the default) or off.
    "update_url": server_url,
    "update_root": str,
    "update_policy": update_policy,
    # A folder of Tesseract models holding vie.traineddata, when not the one the installer bundles
    # (client/ocr/tessdata.py says where else it looks)
    "ocr_tessdata": str,
}


def combination_problems(values: Mapping[str, Any]) -> list[str]:
    """What is wrong between keys once each was read: an http:// server off this PC without the admin's permission.

    `configure-machine` refuses to write such a pair; the app, which must still start, leaves it to the transport,
    which refuses to send by the same rule (sync/protocol/plain_http.py) with an error the user can read.
    """
    url = values.get("server_url")
    if isinstance(url, str) and plain_http.needs_permission(url) and not values.get("allow_plain_http"):
        return [f"server_url = {url!r} is plain http:// (passwords would cross the network in clear): "
                "give an https:// address, or allow_plain_http = yes for a pilot on a closed network"]
    return []


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
    policy: frozenset[str] = frozenset()  # the keys Group Policy set: locked, and shown as "set by policy"

    def resolve(self, key: str, user_value: Any, default: Any = None) -> Any:
        """The effective value: a locked machine value, else the user's, else the machine's, else the default."""
        if key not in KEYS:
            raise KeyError(f"unknown configuration key {key!r}")
        if self.is_locked(key):
            return self.values[key]
        if user_value is not None:
            return user_value
        return self.values.get(key, default)

    def is_locked(self, key: str) -> bool:
        """Whether the admin fixed this key, in config.ini or by a policy (the GUI shows it read-only)."""
        return (key in self.locked or key in self.policy) and key in self.values

    def is_policy(self, key: str) -> bool:
        """Whether Group Policy set this key (it wins over config.ini and the user's settings)."""
        return key in self.policy and key in self.values


def load(path: Path | None = None, *, policies: Mapping[str, str] | None = None) -> MachineConfig:
    """Read config.ini, then the Group Policy values over it; bad entries become problems, never errors.

    `policies` (lower-case name -> text) replaces the registry: the demo and the tests on a computer without one.
    """
    path = path or default_path()
    if policies is None:
        policies, policy_problems = machine_policy.read_registry()
    else:
        policy_problems = []
    config = _load_file(path)
    values, problems = dict(config.values), [*config.problems, *policy_problems]
    set_by_policy: set[str] = set()
    for key, text in policies.items():
        if key not in KEYS:
            problems.append(f"{machine_policy.WHERE}: unknown setting {key!r} ignored.")
            continue
        try:
            values[key] = KEYS[key](text.strip())
        except ValueError as error:
            problems.append(f"{machine_policy.WHERE}: {key} = {text!r} ignored: {error}.")
            continue
        set_by_policy.add(key)
    return MachineConfig(values, config.locked, config.source, tuple(problems), frozenset(set_by_policy))


def _load_file(path: Path) -> MachineConfig:
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
