"""The key envelope: a profile's random data key, wrapped under the user's password, and its keyring slot.

The data key (32 random bytes) opens the SQLCipher database and, through the vault's own derivation, the
attachment vault. It never changes for the life of a profile, so changing the password rewraps 48 bytes
instead of re-encrypting the cache.

Envelope: KEK = Argon2id(password, salt, params); ciphertext = AES-256-GCM(KEK, nonce, data key, AAD), where AAD
binds the format version, the KDF parameters and the caller's context (the profile id). A GCM tag failure cannot
tell a wrong password from an edited envelope, so both surface as WrongPasswordError; what can be checked
without the password (shape, ranges, versions, the profile the envelope belongs to) raises IntegrityError.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import struct
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from client.cache.errors import IntegrityError, KeyringUnavailableError, WrongPasswordError

FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
_TAG_BYTES = 16
_AAD_LABEL = b"commune-office key envelope"

# Upper bounds applied to parameters read from disk: an edited envelope must not be able to make sign-in
# allocate gigabytes or spin for minutes before the password is even checked.
_MAX_TIME_COST = 64
_MAX_MEMORY_KIB = 2 * 1024 * 1024
_MAX_PARALLELISM = 16


def new_data_key() -> bytes:
    """Return a fresh random 256-bit profile data key."""
    return os.urandom(DATA_KEY_BYTES)


def _new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters and salt that turn a password into a key-encryption key."""

    # RFC 9106's second recommended setting (t=3, 64 MiB) with the two lanes this class of PC has: 0.09 s on
    # the 2-core build machine, so that signing in (unwrap + first query) stays under 200 ms, while each guess
    # still costs an attacker 64 MiB of memory.
    algorithm: str = "argon2id"
    time_cost: int = 3
    memory_cost: int = 64 * 1024  # KiB
    parallelism: int = 2
    salt: bytes = field(default_factory=_new_salt)

    @classmethod
    def fast_for_tests(cls) -> KdfParams:
        """Return deliberately weak parameters so that tests run in milliseconds; never use for real profiles."""
        return cls(time_cost=1, memory_cost=64, parallelism=1)

    def with_fresh_salt(self) -> KdfParams:
        """Return the same costs with a new random salt."""
        return replace(self, salt=_new_salt())

    def derive_kek(self, password: str) -> bytes:
        """Derive the 32-byte key-encryption key from the password."""
        self.check()
        # Vietnamese input methods emit either precomposed or combining diacritics for the same visible
        # password; normalising makes "Mật" typed on either PC unlock the same profile.
        secret = unicodedata.normalize("NFC", password).encode("utf-8")
        return hash_secret_raw(
            secret, self.salt, self.time_cost, self.memory_cost, self.parallelism, DATA_KEY_BYTES, Type.ID
        )

    def check(self) -> None:
        """Raise IntegrityError if the parameters are not ones this version accepts."""
        if self.algorithm != "argon2id":
            raise IntegrityError(f"key envelope uses unknown key derivation {self.algorithm!r}")
        if not 1 <= self.time_cost <= _MAX_TIME_COST:
            raise IntegrityError(f"key envelope has an out-of-range time cost ({self.time_cost})")
        if not 1 <= self.parallelism <= _MAX_PARALLELISM:
            raise IntegrityError(f"key envelope has an out-of-range parallelism ({self.parallelism})")
        if not 8 * self.parallelism <= self.memory_cost <= _MAX_MEMORY_KIB:
            raise IntegrityError(f"key envelope has an out-of-range memory cost ({self.memory_cost} KiB)")
        if len(self.salt) != SALT_BYTES:
            raise IntegrityError(f"key envelope salt is {len(self.salt)} bytes, expected {SALT_BYTES}")


@dataclass(frozen=True)
class WrappedKey:
    """A data key encrypted under a password-derived key, as stored beside the profile database."""

    version: int
    kdf: KdfParams
    nonce: bytes
    ciphertext: bytes
    context_digest: str  # sha256 hex of the context, so a misplaced envelope is named as such, not as a bad password

    def to_json(self) -> str:
        """Serialise to a JSON text with base64 binary fields."""
        return json.dumps(
            {
                "version": self.version,
                "kdf": {
                    "algorithm": self.kdf.algorithm,
                    "time_cost": self.kdf.time_cost,
                    "memory_cost": self.kdf.memory_cost,
                    "parallelism": self.kdf.parallelism,
                    "salt": _b64(self.kdf.salt),
                },
                "nonce": _b64(self.nonce),
                "ciphertext": _b64(self.ciphertext),
                "context_digest": self.context_digest,
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> WrappedKey:
        """Parse an envelope; any malformed or unsupported content raises IntegrityError."""
        try:
            doc = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError, TypeError) as exc:
            raise IntegrityError(f"key envelope is not valid JSON ({exc})") from exc
        if not isinstance(doc, dict):
            raise IntegrityError("key envelope is not a JSON object")
        version = _int_field(doc, "version")
        if version != FORMAT_VERSION:
            raise IntegrityError(
                f"key envelope version {version} is not supported (this build reads version {FORMAT_VERSION}); "
                "update Commune Office"
            )
        kdf_doc = doc.get("kdf")
        if not isinstance(kdf_doc, dict):
            raise IntegrityError("key envelope field 'kdf' is missing or not an object")
        kdf = KdfParams(
            algorithm=_str_field(kdf_doc, "algorithm", "kdf."),
            time_cost=_int_field(kdf_doc, "time_cost", "kdf."),
            memory_cost=_int_field(kdf_doc, "memory_cost", "kdf."),
            parallelism=_int_field(kdf_doc, "parallelism", "kdf."),
            salt=_b64_field(kdf_doc, "salt", "kdf."),
        )
        kdf.check()
        wrapped = cls(
            version=version,
            kdf=kdf,
            nonce=_b64_field(doc, "nonce"),
            ciphertext=_b64_field(doc, "ciphertext"),
            context_digest=_str_field(doc, "context_digest"),
        )
        wrapped.check_shape()
        return wrapped

    def check_shape(self) -> None:
        """Raise IntegrityError if field lengths cannot belong to a well-formed envelope."""
        if len(self.nonce) != NONCE_BYTES:
            raise IntegrityError(f"key envelope nonce is {len(self.nonce)} bytes, expected {NONCE_BYTES}")
        if len(self.ciphertext) != DATA_KEY_BYTES + _TAG_BYTES:
            raise IntegrityError(
                f"key envelope ciphertext is {len(self.ciphertext)} bytes, expected {DATA_KEY_BYTES + _TAG_BYTES}"
            )
        if len(self.context_digest) != 64:
            raise IntegrityError("key envelope field 'context_digest' is not a SHA-256 hex digest")


def wrap_key(data_key: bytes, password: str, context: str, params: KdfParams | None = None) -> WrappedKey:
    """Encrypt the data key under the password, bound to the context (the profile id)."""
    return _wrap_with_nonce(data_key, password, context, params or KdfParams(), os.urandom(NONCE_BYTES))


def unwrap_key(wrapped: WrappedKey, password: str, context: str) -> bytes:
    """Return the data key; WrongPasswordError if the password (or the authenticated envelope) is wrong."""
    wrapped.kdf.check()
    wrapped.check_shape()
    if wrapped.version != FORMAT_VERSION:
        raise IntegrityError(f"key envelope version {wrapped.version} is not supported")
    if wrapped.context_digest != _context_digest(context):
        raise IntegrityError(f"this key envelope belongs to another profile, not to {context!r}")
    kek = wrapped.kdf.derive_kek(password)
    aad = _aad(wrapped.version, wrapped.kdf, context)
    try:
        data_key = AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except InvalidTag:
        raise WrongPasswordError(context) from None
    return data_key


def rewrap_key(
    wrapped: WrappedKey, old_password: str, new_password: str, context: str, params: KdfParams | None = None
) -> WrappedKey:
    """Re-encrypt the same data key under a new password with a fresh salt and nonce."""
    data_key = unwrap_key(wrapped, old_password, context)
    # Keeping the old costs by default means a password change never silently weakens or slows sign-in;
    # callers pass params to upgrade them.
    new_params = params.with_fresh_salt() if params else wrapped.kdf.with_fresh_salt()
    return wrap_key(data_key, new_password, context, new_params)


def _wrap_with_nonce(
    data_key: bytes, password: str, context: str, params: KdfParams, nonce: bytes
) -> WrappedKey:
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError(f"a data key is {DATA_KEY_BYTES} bytes, got {len(data_key)}")
    kek = params.derive_kek(password)
    ciphertext = AESGCM(kek).encrypt(nonce, data_key, _aad(FORMAT_VERSION, params, context))
    return WrappedKey(FORMAT_VERSION, params, nonce, ciphertext, _context_digest(context))


def _aad(version: int, params: KdfParams, context: str) -> bytes:
    # Length-prefixed fields: no two different (params, context) pairs can encode to the same bytes.
    parts = [params.algorithm.encode(), params.salt, context.encode("utf-8")]
    fixed = struct.pack(">HIII", version, params.time_cost, params.memory_cost, params.parallelism)
    return _AAD_LABEL + fixed + b"".join(struct.pack(">I", len(p)) + p for p in parts)


def _context_digest(context: str) -> str:
    return hashlib.sha256(context.encode("utf-8")).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _int_field(doc: dict[str, Any], name: str, prefix: str = "") -> int:
    value = doc.get(name)
    # bool is an int subclass; `true` in a time cost is an edit, not a number.
    if not isinstance(value, int) or isinstance(value, bool):
        raise IntegrityError(f"key envelope field '{prefix}{name}' is missing or not an integer")
    return value


def _str_field(doc: dict[str, Any], name: str, prefix: str = "") -> str:
    value = doc.get(name)
    if not isinstance(value, str):
        raise IntegrityError(f"key envelope field '{prefix}{name}' is missing or not a string")
    return value


def _b64_field(doc: dict[str, Any], name: str, prefix: str = "") -> bytes:
    text = _str_field(doc, name, prefix)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise IntegrityError(f"key envelope field '{prefix}{name}' is not valid base64") from exc


class KeyringSlot:
    """The OS keyring entry that holds a profile's data key for "stay signed in" on a personal PC."""

    def __init__(self, service: str = "CommuneOffice") -> None:
        self.service = service

    def available(self) -> bool:
        """Return True if a real keyring backend is active and answers."""
        backend = keyring.get_keyring()
        if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
            return False
        if _is_file_backend(backend) and not os.environ.get("PYTHON_KEYRING_BACKEND"):
            # keyrings.alt's file backends keep secrets in a plain or weakly protected file; they may be used only
            # when chosen on purpose (tests, or an admin's explicit setting), never picked up by accident.
            return False
        try:
            backend.get_password(self.service, "__commune_office_probe__")
        except Exception:
            # Backends surface platform failures as their own types (dbus, pywin32, OSError); any of them means
            # the keyring cannot be relied on, and the caller falls back to asking for the password.
            return False
        return True

    def store(self, profile_id: str, data_key: bytes) -> None:
        """Save the data key for the profile in the OS keyring."""
        if len(data_key) != DATA_KEY_BYTES:
            raise ValueError(f"a data key is {DATA_KEY_BYTES} bytes, got {len(data_key)}")
        if _is_file_backend(keyring.get_keyring()) and not os.environ.get("PYTHON_KEYRING_BACKEND"):
            raise KeyringUnavailableError(
                "Could not save the sign-in: this computer has no secure system keyring. "
                "Sign in with your password each time."
            )
        try:
            keyring.set_password(self.service, profile_id, _b64(data_key))
        except Exception as exc:  # see available(): backend errors have no common base class
            raise self._unavailable("save the sign-in", exc) from exc

    def load(self, profile_id: str) -> bytes | None:
        """Return the saved data key, or None if none is saved."""
        try:
            secret = keyring.get_password(self.service, profile_id)
        except Exception as exc:  # see available()
            raise self._unavailable("read the saved sign-in", exc) from exc
        if secret is None:
            return None
        damaged = f"the saved sign-in for profile {profile_id!r} is damaged; sign in with your password"
        try:
            data_key = base64.b64decode(secret, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise IntegrityError(damaged) from exc
        if len(data_key) != DATA_KEY_BYTES:
            raise IntegrityError(damaged)
        return data_key

    def forget(self, profile_id: str) -> None:
        """Remove the saved data key; forgetting an absent entry is not an error."""
        try:
            keyring.delete_password(self.service, profile_id)
        except keyring.errors.PasswordDeleteError:
            # Absent already; "stay signed in" is off either way. The fail backend raises NoKeyringError,
            # which is not a PasswordDeleteError, so an unusable keyring is still reported below.
            return
        except Exception as exc:  # see available()
            raise self._unavailable("remove the saved sign-in", exc) from exc

    def _unavailable(self, action: str, exc: BaseException) -> KeyringUnavailableError:
        return KeyringUnavailableError(
            f"Could not {action}: the system keyring is not available ({type(exc).__name__}: {exc}). "
            "Sign in with your password each time, or ask your administrator to enable Credential Manager."
        )


def _is_file_backend(backend: object) -> bool:
    return type(backend).__module__.startswith("keyrings.alt")
