"""The key envelope and the keyring slot, on real files and a real file-backed keyring."""

from __future__ import annotations

import base64
import json
import unicodedata
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyrings.alt.file
import pytest

from client.cache import keys
from client.cache.errors import IntegrityError, KeyringUnavailableError, WrongPasswordError
from client.cache.keys import KdfParams, KeyringSlot, WrappedKey, new_data_key, rewrap_key, unwrap_key, wrap_key

PROFILE = "profile-001"
PASSWORD = "Mật khẩu xã 2025"

# The pinned vector: a format change (AAD layout, field order, KDF, cipher) changes these bytes.
VECTOR_PARAMS = KdfParams(time_cost=1, memory_cost=64, parallelism=1, salt=bytes(range(16)))
VECTOR_DATA_KEY = bytes(range(32))
VECTOR_NONCE = bytes(range(100, 112))
VECTOR_KEK = "47a9d62155cf3ae08a8c70f6c383d5975ab7258e9edb9671276f817185134938"
VECTOR_CIPHERTEXT = (
    "774b1c923da27a069509a94f2573869445a9ebe3d4873fa30268e328e4c8b867534c907711014a6b22b7dfb8e4876f79"
)
# An envelope as version 1 writes it to disk; later versions must keep opening it.
VECTOR_JSON = """{
  "version": 1,
  "kdf": {"algorithm": "argon2id", "time_cost": 1, "memory_cost": 64, "parallelism": 1,
          "salt": "AAECAwQFBgcICQoLDA0ODw=="},
  "nonce": "ZGVmZ2hpamtsbW5v",
  "ciphertext": "d0sckj2iegaVCalPJXOGlEWp6+PUhz+jAmjjKOTIuGdTTJB3EQFKayK337jkh295",
  "context_digest": "78a13a7602c2d4240d52f98eee77c988cbad69b10dab4397b7b4540f07102022"
}"""


@pytest.fixture
def fast() -> KdfParams:
    return KdfParams.fast_for_tests()


@pytest.fixture
def envelope_file(tmp_path: Path, fast: KdfParams) -> tuple[Path, bytes]:
    data_key = new_data_key()
    path = tmp_path / "key.json"
    path.write_text(wrap_key(data_key, PASSWORD, PROFILE, fast).to_json(), encoding="utf-8")
    return path, data_key


def _edit(path: Path, change: dict[str, object], kdf_change: dict[str, object] | None = None) -> WrappedKey:
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc.update(change)
    doc["kdf"].update(kdf_change or {})
    return WrappedKey.from_json(json.dumps(doc))


def test_new_data_key_is_32_random_bytes() -> None:
    assert len(new_data_key()) == 32
    assert new_data_key() != new_data_key()


def test_round_trip_through_json_file(envelope_file: tuple[Path, bytes]) -> None:
    path, data_key = envelope_file
    wrapped = WrappedKey.from_json(path.read_text(encoding="utf-8"))
    assert unwrap_key(wrapped, PASSWORD, PROFILE) == data_key


def test_wrong_password_raises_and_leaves_file_untouched(envelope_file: tuple[Path, bytes]) -> None:
    path, _ = envelope_file
    before = path.read_bytes()
    with pytest.raises(WrongPasswordError):
        unwrap_key(WrappedKey.from_json(path.read_text(encoding="utf-8")), "mat khau xa 2025", PROFILE)
    assert path.read_bytes() == before


def test_password_typed_with_combining_diacritics_unlocks(fast: KdfParams) -> None:
    data_key = new_data_key()
    wrapped = wrap_key(data_key, unicodedata.normalize("NFC", PASSWORD), PROFILE, fast)
    decomposed = unicodedata.normalize("NFD", PASSWORD)
    assert decomposed != PASSWORD
    assert unwrap_key(wrapped, decomposed, PROFILE) == data_key


def test_each_wrap_uses_fresh_salt_and_nonce() -> None:
    data_key = new_data_key()
    a = wrap_key(data_key, PASSWORD, PROFILE, KdfParams(time_cost=1, memory_cost=64, parallelism=1))
    b = wrap_key(data_key, PASSWORD, PROFILE, KdfParams(time_cost=1, memory_cost=64, parallelism=1))
    assert a.kdf.salt != b.kdf.salt
    assert a.nonce != b.nonce
    assert a.ciphertext != b.ciphertext


def test_rewrap_keeps_data_key_and_retires_old_password(fast: KdfParams) -> None:
    data_key = new_data_key()
    old = wrap_key(data_key, PASSWORD, PROFILE, fast)
    new = rewrap_key(old, PASSWORD, "mật khẩu mới", PROFILE)
    assert new.kdf.salt != old.kdf.salt
    assert new.nonce != old.nonce
    assert (new.kdf.time_cost, new.kdf.memory_cost) == (fast.time_cost, fast.memory_cost)
    assert unwrap_key(new, "mật khẩu mới", PROFILE) == data_key
    with pytest.raises(WrongPasswordError):
        unwrap_key(new, PASSWORD, PROFILE)


def test_rewrap_with_wrong_old_password_raises(fast: KdfParams) -> None:
    wrapped = wrap_key(new_data_key(), PASSWORD, PROFILE, fast)
    with pytest.raises(WrongPasswordError):
        rewrap_key(wrapped, "nope", "new", PROFILE)


def test_envelope_of_another_profile_is_refused(fast: KdfParams) -> None:
    wrapped = wrap_key(new_data_key(), PASSWORD, PROFILE, fast)
    with pytest.raises(IntegrityError, match="belongs to another profile"):
        unwrap_key(wrapped, PASSWORD, "profile-002")


def test_context_is_bound_cryptographically_not_only_by_digest(envelope_file: tuple[Path, bytes]) -> None:
    path, _ = envelope_file
    # Someone rewrites the digest so the envelope looks like profile-002's: the GCM tag still refuses it.
    forged = _edit(path, {"context_digest": keys._context_digest("profile-002")})
    with pytest.raises(WrongPasswordError):
        unwrap_key(forged, PASSWORD, "profile-002")


@pytest.mark.parametrize(
    "kdf_change",
    [{"time_cost": 2}, {"memory_cost": 128}, {"salt": "AAECAwQFBgcICQoLDA0ODw=="}],
)
def test_edited_params_fail_authentication(envelope_file: tuple[Path, bytes], kdf_change: dict[str, object]) -> None:
    path, _ = envelope_file
    # A valid-looking edit changes the KEK and the AAD: without the key it is indistinguishable from a
    # wrong password, which is what the user is told.
    with pytest.raises(WrongPasswordError):
        unwrap_key(_edit(path, {}, kdf_change), PASSWORD, PROFILE)


def test_flipped_ciphertext_bit_fails_authentication(envelope_file: tuple[Path, bytes]) -> None:
    path, _ = envelope_file
    wrapped = WrappedKey.from_json(path.read_text(encoding="utf-8"))
    flipped = bytearray(wrapped.ciphertext)
    flipped[5] ^= 0x01
    tampered = WrappedKey(wrapped.version, wrapped.kdf, wrapped.nonce, bytes(flipped), wrapped.context_digest)
    with pytest.raises(WrongPasswordError):
        unwrap_key(tampered, PASSWORD, PROFILE)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"version": 1}', "'kdf' is missing"),
        ('{"version": "1"}', "'version' is missing or not an integer"),
    ],
)
def test_malformed_json_raises_integrity_error(text: str, message: str) -> None:
    with pytest.raises(IntegrityError, match=message):
        WrappedKey.from_json(text)


@pytest.mark.parametrize(
    ("change", "kdf_change", "message"),
    [
        ({"version": 2}, {}, "version 2 is not supported"),
        ({"nonce": "!!!"}, {}, "'nonce' is not valid base64"),
        ({"nonce": "AAAA"}, {}, "nonce is 3 bytes"),
        ({"ciphertext": "AAAA"}, {}, "ciphertext is 3 bytes"),
        ({"context_digest": 7}, {}, "'context_digest' is missing or not a string"),
        ({"context_digest": "abc"}, {}, "not a SHA-256"),
        ({}, {"algorithm": "scrypt"}, "unknown key derivation 'scrypt'"),
        ({}, {"time_cost": True}, "'kdf.time_cost' is missing or not an integer"),
        ({}, {"time_cost": 0}, "out-of-range time cost"),
        ({}, {"memory_cost": 1 << 40}, "out-of-range memory cost"),
        ({}, {"parallelism": 1000}, "out-of-range parallelism"),
        ({}, {"salt": "AAAA"}, "salt is 3 bytes"),
    ],
)
def test_tampered_fields_raise_integrity_error(
    envelope_file: tuple[Path, bytes], change: dict[str, object], kdf_change: dict[str, object], message: str
) -> None:
    path, _ = envelope_file
    with pytest.raises(IntegrityError, match=message):
        _edit(path, change, kdf_change)


def test_wrap_refuses_a_key_of_the_wrong_size(fast: KdfParams) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        wrap_key(b"short", PASSWORD, PROFILE, fast)


def test_pinned_vector_kek_aad_and_ciphertext() -> None:
    assert VECTOR_PARAMS.derive_kek(PASSWORD).hex() == VECTOR_KEK
    expected_aad = (
        b"commune-office key envelope"
        + bytes.fromhex("0001" "00000001" "00000040" "00000001")  # version, t, m KiB, p
        + b"\x00\x00\x00\x08argon2id"
        + b"\x00\x00\x00\x10" + bytes(range(16))
        + b"\x00\x00\x00\x0b" + PROFILE.encode()
    )
    assert keys._aad(1, VECTOR_PARAMS, PROFILE) == expected_aad
    wrapped = keys._wrap_with_nonce(VECTOR_DATA_KEY, PASSWORD, PROFILE, VECTOR_PARAMS, VECTOR_NONCE)
    assert wrapped.ciphertext.hex() == VECTOR_CIPHERTEXT


def test_pinned_json_written_by_version_1_still_opens() -> None:
    assert unwrap_key(WrappedKey.from_json(VECTOR_JSON), PASSWORD, PROFILE) == VECTOR_DATA_KEY


def test_default_params_are_the_documented_ones() -> None:
    params = KdfParams()
    assert (params.algorithm, params.time_cost, params.memory_cost, params.parallelism) == (
        "argon2id", 3, 64 * 1024, 2,
    )
    assert len(params.salt) == 16


# ---- keyring ------------------------------------------------------------------------------------------------


def test_keyring_round_trip_on_file_backend(file_keyring: Path) -> None:
    slot = KeyringSlot()
    data_key = new_data_key()
    assert slot.available()
    assert slot.load(PROFILE) is None
    slot.store(PROFILE, data_key)
    assert file_keyring.is_file()
    assert slot.load(PROFILE) == data_key
    assert KeyringSlot(service="OtherApp").load(PROFILE) is None
    slot.forget(PROFILE)
    assert slot.load(PROFILE) is None
    slot.forget(PROFILE)  # forgetting twice is harmless


def test_keyring_secret_is_base64_of_the_key(file_keyring: Path) -> None:
    data_key = new_data_key()
    KeyringSlot().store(PROFILE, data_key)
    assert base64.b64decode(keyring.get_password("CommuneOffice", PROFILE) or "") == data_key


def test_damaged_keyring_entry_raises_integrity_error(file_keyring: Path) -> None:
    keyring.set_password("CommuneOffice", PROFILE, "not base64 !!")
    with pytest.raises(IntegrityError, match="sign in with your password"):
        KeyringSlot().load(PROFILE)


def test_fail_backend_is_unavailable_and_store_raises() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    slot = KeyringSlot()
    assert not slot.available()
    with pytest.raises(KeyringUnavailableError, match="keyring"):
        slot.store(PROFILE, new_data_key())
    with pytest.raises(KeyringUnavailableError):
        slot.load(PROFILE)
    with pytest.raises(KeyringUnavailableError):
        slot.forget(PROFILE)


class _BrokenKeyring(keyring.backend.KeyringBackend):
    """A backend that is installed but fails on use, like a locked Secret Service or a broken vault."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise OSError("credential store is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise OSError("credential store is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise OSError("credential store is locked")


def test_backend_that_raises_on_use_is_unavailable() -> None:
    keyring.set_keyring(_BrokenKeyring())
    slot = KeyringSlot()
    assert not slot.available()
    with pytest.raises(KeyringUnavailableError, match="credential store is locked"):
        slot.store(PROFILE, new_data_key())


def test_file_backend_picked_by_default_is_not_trusted(tmp_path: Path) -> None:
    # keyrings.alt may be installed (it is a test dependency) and then wins keyring's auto-detection; the app must
    # not quietly keep data keys in a plain file because of that.
    backend = keyrings.alt.file.PlaintextKeyring()
    backend.file_path = str(tmp_path / "kr.cfg")  # type: ignore[misc]
    keyring.set_keyring(backend)
    slot = KeyringSlot()
    assert not slot.available()
    with pytest.raises(KeyringUnavailableError, match="no secure system keyring"):
        slot.store(PROFILE, new_data_key())
    assert not (tmp_path / "kr.cfg").exists()
