"""The officer's USB token through its PKCS#11 module: what it holds, and a logged-in session to sign with.

The module is a vendor library (a DLL on Windows: SafeNet's eTPKCS11.dll, Bit4ID's bit4xpki.dll ...); its path
comes from the machine configuration (`pkcs11_module`) or from `PKCS11_MODULE`, which the installer can set. The
PIN is handed straight to the token: never stored, never logged, never part of an error's text or values.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pkcs11
from asn1crypto import x509
from pkcs11 import Attribute, ObjectClass, TokenFlag
from pkcs11 import exceptions as p11

from client.signatures.errors import SignatureError

ENV_MODULE = "PKCS11_MODULE"

# Where vendors put their modules, for the token screen's "modules found"; the configured one is always tried.
KNOWN_MODULES_WINDOWS = (
    r"C:\Windows\System32\eTPKCS11.dll",  # SafeNet eToken / SafeNet Authentication Client
    r"C:\Windows\System32\bit4xpki.dll",  # Bit4ID
    r"C:\Windows\System32\bit4ipki.dll",
    r"C:\Windows\System32\vnptca_p11_v6.dll",
    r"C:\Windows\System32\viettel-ca_v6.dll",
)
KNOWN_MODULES_POSIX = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
    "/usr/lib/libeTPkcs11.so",
)

# A token unplugged, or its module shut down, while a session is open: one clear error, whatever the vendor says.
_GONE = (p11.TokenNotPresent, p11.TokenNotRecognised, p11.DeviceRemoved, p11.SessionClosed,
         p11.SessionHandleInvalid, p11.DeviceError, p11.SlotIDInvalid)


@dataclass(frozen=True)
class TokenCertificate:
    """A certificate on a token (with the id of the key beside it), as the sign dialog offers it."""

    slot: int
    token_label: str
    object_id: str  # hex of CKA_ID: the certificate and its private key share it
    label: str
    subject: str
    issuer: str
    not_before: datetime
    not_after: datetime
    is_ca: bool

    def expired(self, now: datetime) -> bool:
        return not (self.not_before <= now <= self.not_after)


@dataclass(frozen=True)
class TokenInfo:
    """A token in a slot: who made it, and the state of its user PIN as the token reports it."""

    slot: int
    label: str
    manufacturer: str
    model: str
    serial: str
    pin_state: str  # "ok", "count_low", "final_try", "locked"
    certificates: tuple[TokenCertificate, ...]


def configured_module(explicit: str | None = None) -> Path:
    """The module to use: an explicit path, else `pkcs11_module` of the machine configuration, else
    PKCS11_MODULE; a clear error when none is set or the file is not there."""
    from client import machine_config  # the machine configuration is read when a signature is asked for

    path = explicit or machine_config.load().values.get("pkcs11_module") or os.environ.get(ENV_MODULE)
    if not path:
        raise SignatureError("no_module", "No token module is configured: set pkcs11_module in the machine "
                                          "configuration (the DLL of the token's driver).")
    if not Path(path).is_file():
        raise SignatureError("module_missing", f"The token module {path} does not exist.", path=str(path))
    return Path(path)


def known_modules() -> list[Path]:
    """Token modules present on this computer, from the vendors' usual places."""
    candidates = KNOWN_MODULES_WINDOWS if sys.platform == "win32" else KNOWN_MODULES_POSIX
    return [Path(p) for p in candidates if Path(p).is_file()]


def load_module(module: Path) -> Any:
    """The loaded module (python-pkcs11 keeps one per path for the process)."""
    try:
        return pkcs11.lib(str(module))
    except (OSError, RuntimeError, p11.PKCS11Error) as error:
        raise SignatureError("module_unusable", f"The token module {module} cannot be loaded: {error}.",
                             path=str(module)) from error


def list_tokens(module: Path) -> list[TokenInfo]:
    """Every initialised token the module sees, with its certificates (public objects: no PIN needed)."""
    lib = load_module(module)
    found = []
    try:
        for slot in lib.get_slots(token_present=True):
            token = slot.get_token()
            if not token.flags & TokenFlag.TOKEN_INITIALIZED:
                continue  # an empty slot SoftHSM2 and some readers offer
            with token.open() as session:
                certs = tuple(_certificates(session, slot.slot_id, token.label))
            found.append(TokenInfo(slot.slot_id, token.label.strip(), token.manufacturer_id.strip(),
                                   token.model.strip(), token.serial.decode("ascii", "replace").strip()
                                   if isinstance(token.serial, bytes) else str(token.serial).strip(),
                                   pin_state(token.flags), certs))
    except _GONE as error:
        raise _gone(error, lib) from error
    return found


def pin_state(flags: int) -> str:
    if flags & TokenFlag.USER_PIN_LOCKED:
        return "locked"
    if flags & TokenFlag.USER_PIN_FINAL_TRY:
        return "final_try"
    if flags & TokenFlag.USER_PIN_COUNT_LOW:
        return "count_low"
    return "ok"


def _certificates(session: Any, slot: int, token_label: str) -> Iterator[TokenCertificate]:
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        cert = x509.Certificate.load(bytes(obj[Attribute.VALUE]))
        yield TokenCertificate(
            slot=slot, token_label=token_label.strip(), object_id=bytes(obj[Attribute.ID]).hex(),
            label=str(obj[Attribute.LABEL]), subject=cert.subject.human_friendly,
            issuer=cert.issuer.human_friendly, not_before=cert.not_valid_before, not_after=cert.not_valid_after,
            is_ca=bool(cert.ca))


@contextmanager
def logged_in(module: Path, slot: int, pin: str) -> Iterator[Any]:
    """A user session on the token in `slot`; wrong PIN, locked PIN and an unplugged token are clear errors."""
    lib = load_module(module)
    try:
        token = next((s.get_token() for s in lib.get_slots(token_present=True) if s.slot_id == slot), None)
        if token is None:
            raise SignatureError("token_removed", "The token is not plugged in any more.", slot=slot)
        try:
            session = token.open(user_pin=pin)
        except (p11.PinIncorrect, p11.PinInvalid, p11.PinLenRange) as error:
            raise _wrong_pin(lib, slot) from error
        except p11.PinLocked as error:
            raise SignatureError("pin_locked", "The token's PIN is locked; ask the certificate provider to "
                                               "unlock it.") from error
    except _GONE as error:
        raise _gone(error, lib) from error
    try:
        yield session
    except _GONE as error:
        raise _gone(error, lib) from error
    except p11.PKCS11Error as error:
        # A module shut down under us (the token pulled, the driver restarted) answers with a generic error;
        # whether the token still answers tells that apart from a refusal of the operation itself.
        if not _still_there(lib, slot):
            raise _gone(error, lib) from error
        raise SignatureError("token_error", f"The token refused the operation: {error}.") from error
    finally:
        with suppress(p11.PKCS11Error, RuntimeError):  # the token went away: nothing left to close
            session.close()


def _still_there(lib: Any, slot: int) -> bool:
    try:
        return any(s.slot_id == slot for s in lib.get_slots(token_present=True))
    except p11.PKCS11Error:
        return False


def _wrong_pin(lib: Any, slot: int) -> SignatureError:
    """Wrong PIN, with the tries left when the token says (PKCS#11 reports "low", "final try" and "locked")."""
    try:
        state = next((pin_state(s.get_token().flags) for s in lib.get_slots(token_present=True)
                      if s.slot_id == slot), "ok")
    except p11.PKCS11Error:
        state = "ok"
    if state == "locked":
        return SignatureError("pin_locked", "Wrong PIN; the token is now locked. Ask the certificate provider "
                                            "to unlock it.")
    if state == "final_try":
        return SignatureError("wrong_pin_last_try", "Wrong PIN. One try is left before the token locks.",
                              tries_left=1)
    said = " Few tries are left before the token locks." if state == "count_low" else ""
    return SignatureError("wrong_pin", f"Wrong PIN.{said}", tries_left=None, low=state != "ok")


def _gone(error: BaseException, lib: Any = None) -> SignatureError:
    if lib is not None:
        with suppress(p11.PKCS11Error):  # so that signing again, once the token is back, starts afresh
            lib.reinitialize()
    return SignatureError("token_removed", f"The token was removed or stopped answering "
                                           f"({type(error).__name__}); plug it in and sign again.")
