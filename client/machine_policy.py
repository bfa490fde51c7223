"""Group Policy: machine settings an admin sets under `HKLM\\Software\\Policies\\CommuneOffice`.

This is where Group Policy (the ADMX templates in installer/policies/) and Intune's ADMX ingestion write, the way
Chrome and Firefox read theirs. `client/machine_config.py` reads each value with the same KEYS readers as
config.ini, and a value set here wins over config.ini and over the user's own settings. Only Windows has a
registry: elsewhere there is no policy. This module turns registry values into text; it knows no key's meaning.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable

POLICY_KEY = r"Software\Policies\CommuneOffice"
WHERE = rf"HKLM\{POLICY_KEY}"
# winreg's value types (winreg itself imports on Windows only). Group Policy writes text, enum and path elements
# as REG_SZ (REG_EXPAND_SZ when the admin asks for it) and decimal and boolean elements as REG_DWORD.
REG_SZ, REG_EXPAND_SZ, REG_DWORD = 1, 2, 4

RegistryValue = tuple[str, object, int]  # (name, data, type), as winreg.EnumValue gives it


def value_text(data: object, kind: int) -> str:
    """A registry value's data as the text config.ini would hold; ValueError for a type policies never write."""
    if kind == REG_SZ and isinstance(data, str):
        return data
    if kind == REG_EXPAND_SZ and isinstance(data, str):
        return os.path.expandvars(data)  # %ProgramData%\... as the admin typed it
    if kind == REG_DWORD and isinstance(data, int) and not isinstance(data, bool):
        return str(data)
    raise ValueError(f"is a registry value of type {kind}, not text (REG_SZ) or a number (REG_DWORD)")


def texts(values: Iterable[RegistryValue]) -> tuple[dict[str, str], list[str]]:
    """The values of the policy key as lower-case name -> text, and what could not be read."""
    found: dict[str, str] = {}
    problems: list[str] = []
    for name, data, kind in values:
        try:
            found[name.lower()] = value_text(data, kind)  # registry names ignore case
        except ValueError as error:
            problems.append(f"{WHERE}\\{name} ignored: {error}.")
    return found, problems


def read_registry(hive: int | None = None, path: str = POLICY_KEY) -> tuple[dict[str, str], list[str]]:
    """The policy values set on this computer, and what could not be read; nothing outside Windows.

    `hive` and `path` name another key (a Windows test writes under HKEY_CURRENT_USER, which needs no admin).
    """
    if sys.platform != "win32":
        return {}, []
    import winreg  # here, not at the top: the module exists on Windows only

    root = winreg.HKEY_LOCAL_MACHINE if hive is None else hive
    try:
        key = winreg.OpenKey(root, path, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY)
    except FileNotFoundError:
        return {}, []  # no policy set: the usual case
    except OSError as error:
        return {}, [f"{WHERE} cannot be read ({error.strerror or error}); policies ignored."]
    with key:
        count = winreg.QueryInfoKey(key)[1]
        return texts(winreg.EnumValue(key, index) for index in range(count))
