"""The attachment vault on real files: round trips, every kind of damage, disk full, and constant memory."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import shutil
import subprocess
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from client.cache import vault as vault_module
from client.cache.errors import DiskFullError, IntegrityError
from client.cache.vault import HEADER_BYTES, TAG_BYTES, Vault

MiB = 1 << 20
KEY = bytes(range(32))
SMALL = 4096  # chunk size for damage tests: many chunks from little data

# Pinned vector: 40 bytes in 16-byte chunks (two full chunks and an 8-byte final one) with a fixed salt and
# nonce prefix. Any change to the header layout, key derivation, nonce construction or AAD changes these bytes.
VECTOR_PAYLOAD = b"Commune Office vault vector v1: 40 bytes"
VECTOR_SALT = bytes(range(32, 64))
VECTOR_PREFIX = bytes.fromhex("a0a1a2a3a4a5a6")
VECTOR_SHA = "e8b0253d32db89ee0954c574c1942e0a02bced2c54bf8b677918f42362df1e08"
VECTOR_VAULT_KEY = "2715bca595f63d83c1cd5e4f7d4ed82567548454fa6030557850db14aef3f8ac"
VECTOR_FILE = (
    "434d4e5641554c54" "01" "00000010"  # magic, version, chunk size
    "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f"  # salt
    "a0a1a2a3a4a5a6"  # nonce prefix
    "e8b0253d32db89ee0954c574c1942e0a02bced2c54bf8b677918f42362df1e08"  # plaintext sha256
    "0000000000000028"  # plaintext length
    "0b96940ec93739ca4947279d06b12732ae2e03bfee68c82b3f162e436c66f573"  # chunk 0 + tag
    "6ca541bb626110bfc1cc6d4559a4f3baaec8eb0af820c3d26b1e1a4b979cde4a"  # chunk 1 + tag
    "20d059fa911a9383a9404ca3f33bd7025dad0e95f649b0cc"  # final chunk + tag
)


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "vault", KEY)


@pytest.fixture
def small(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "small-chunks", KEY, chunk_size=SMALL)


def _chunk_start(index: int, chunk_size: int = SMALL) -> int:
    return HEADER_BYTES + index * (chunk_size + TAG_BYTES)


def _flip(path: Path, offset: int, mask: int = 0x01) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= mask
    path.write_bytes(bytes(data))


def _stored(v: Vault, digest: str) -> Path:
    return v.root / digest[:2] / digest


# ---- round trips ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, MiB - 1, MiB, MiB + 1, 2 * MiB, 3 * MiB + MiB // 2])
def test_round_trip_sizes(vault: Vault, size: int) -> None:
    data = os.urandom(size)
    digest = vault.put_bytes(data)
    assert digest == hashlib.sha256(data).hexdigest()
    assert vault.read_bytes(digest) == data
    path = _stored(vault, digest)
    chunks = max(1, -(-size // MiB))
    assert path.stat().st_size == HEADER_BYTES + size + chunks * TAG_BYTES
    assert data[:64] not in path.read_bytes() or size < 16


def test_put_file_and_export_round_trip(vault: Vault, tmp_path: Path) -> None:
    src = tmp_path / "scan.pdf"
    src.write_bytes(os.urandom(MiB + 12345))
    digest = vault.put_file(src)
    out = tmp_path / "export" / "scan.pdf"
    out.parent.mkdir()
    vault.export_to(digest, out)
    assert out.read_bytes() == src.read_bytes()
    assert [p.name for p in out.parent.iterdir()] == ["scan.pdf"]


def test_copy_to_returns_length(vault: Vault) -> None:
    data = os.urandom(2 * MiB + 5)
    dst = io.BytesIO()
    assert vault.copy_to(vault.put_bytes(data), dst) == len(data)
    assert dst.getvalue() == data


class _Trickle(io.RawIOBase):
    """A source that returns at most 1000 bytes per read, like a pipe or a socket."""

    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        n = min(len(b), 1000, len(self._data))
        b[:n] = self._data[:n]
        self._data = self._data[n:]
        return n


def test_short_reads_from_the_source_still_give_full_chunks(small: Vault) -> None:
    data = os.urandom(3 * SMALL)
    digest = small.put_stream(_Trickle(data))  # type: ignore[arg-type]
    assert _stored(small, digest).stat().st_size == HEADER_BYTES + len(data) + 3 * TAG_BYTES
    assert small.read_bytes(digest) == data


def test_same_content_is_stored_once(vault: Vault) -> None:
    data = os.urandom(1000)
    first = vault.put_bytes(data)
    stored = _stored(vault, first).read_bytes()
    assert vault.put_bytes(data) == first
    assert _stored(vault, first).read_bytes() == stored  # the existing file is kept, the new one discarded
    assert list(vault.iter_hashes()) == [first]
    assert list((vault.root / "tmp").iterdir()) == []


def test_same_content_encrypts_differently_in_two_vaults(tmp_path: Path) -> None:
    a, b = Vault(tmp_path / "a", KEY), Vault(tmp_path / "b", KEY)
    digest = a.put_bytes(b"same bytes")
    b.put_bytes(b"same bytes")
    assert _stored(a, digest).read_bytes() != _stored(b, digest).read_bytes()  # fresh salt per file


def test_housekeeping(vault: Vault) -> None:
    assert list(vault.iter_hashes()) == []
    assert vault.size_on_disk() == 0
    hashes = sorted(vault.put_bytes(os.urandom(n)) for n in (10, 20, 30))
    (vault.root / "tmp" / "put-stale.part").write_bytes(b"leftover")  # not an attachment
    assert sorted(vault.iter_hashes()) == hashes
    assert vault.size_on_disk() == sum(HEADER_BYTES + n + TAG_BYTES for n in (10, 20, 30))
    assert vault.contains(hashes[0])
    assert vault.delete(hashes[0])
    assert not vault.contains(hashes[0])
    assert not vault.delete(hashes[0])
    vault.verify(hashes[1])


def test_missing_attachment_raises_file_not_found(vault: Vault) -> None:
    with pytest.raises(FileNotFoundError, match="not in the vault"):
        vault.read_bytes("0" * 64)


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "A" * 64, "a" * 63, "a" * 65, "g" * 64, "", "ab/" + "c" * 61, "0" * 63 + "\n"]
)
def test_names_that_are_not_sha256_hex_are_rejected(vault: Vault, name: str) -> None:
    with pytest.raises(ValueError, match="64 lowercase hex"):
        vault.contains(name)
    with pytest.raises(ValueError, match="64 lowercase hex"):
        vault.read_bytes(name)
    with pytest.raises(ValueError, match="64 lowercase hex"):
        vault.delete(name)


def test_data_key_must_be_32_bytes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        Vault(tmp_path, b"short")


def test_vault_key_differs_from_data_key(vault: Vault) -> None:
    assert vault._key != KEY
    assert vault._key.hex() == VECTOR_VAULT_KEY


# ---- damage -------------------------------------------------------------------------------------------------


@pytest.fixture
def stored(small: Vault) -> tuple[Vault, str, Path, bytes]:
    data = os.urandom(4 * SMALL + SMALL // 2)  # 5 chunks, the last one partial
    digest = small.put_bytes(data)
    return small, digest, _stored(small, digest), data


def test_truncated_at_chunk_boundary(stored: tuple[Vault, str, Path, bytes]) -> None:
    v, digest, path, _ = stored
    os.truncate(path, _chunk_start(2))
    with pytest.raises(IntegrityError, match=r"is truncated"):
        v.read_bytes(digest)


def test_truncated_mid_chunk(stored: tuple[Vault, str, Path, bytes]) -> None:
    v, digest, path, _ = stored
    os.truncate(path, _chunk_start(2) + 100)
    with pytest.raises(IntegrityError, match=r"is truncated"):
        v.read_bytes(digest)


def test_truncated_inside_header(stored: tuple[Vault, str, Path, bytes]) -> None:
    v, digest, path, _ = stored
    os.truncate(path, 40)
    with pytest.raises(IntegrityError, match=r"header is incomplete"):
        v.read_bytes(digest)


def test_dropped_final_chunk_with_consistent_length_fails_the_end_flag(small: Vault) -> None:
    # Four full chunks; the attacker drops the last and rewrites the header length to match, so sizes agree.
    # Chunk 2 was sealed as "not last" and cannot pass as the final chunk.
    data = os.urandom(4 * SMALL)
    digest = small.put_bytes(data)
    path = _stored(small, digest)
    raw = bytearray(path.read_bytes()[: _chunk_start(3)])
    raw[HEADER_BYTES - 8 : HEADER_BYTES] = (3 * SMALL).to_bytes(8, "big")
    path.write_bytes(bytes(raw))
    with pytest.raises(IntegrityError, match=r"chunk 2 of 3 failed authentication"):
        small.read_bytes(digest)


def test_two_chunks_swapped(stored: tuple[Vault, str, Path, bytes]) -> None:
    v, digest, path, _ = stored
    raw = bytearray(path.read_bytes())
    a, b, n = _chunk_start(1), _chunk_start(2), SMALL + TAG_BYTES
    raw[a : a + n], raw[b : b + n] = raw[b : b + n], raw[a : a + n]
    path.write_bytes(bytes(raw))
    with pytest.raises(IntegrityError, match=r"tampered with or damaged \(chunk 1 of 5"):
        v.read_bytes(digest)


@pytest.mark.parametrize(
    ("offset", "message"),
    [
        (0, "wrong magic"),
        (8, "unsupported vault format version"),
        (12, "chunk 0 of 5 failed authentication"),  # chunk size 4096 -> 4097: same count, caught by the AAD
        (20, "chunk 0 of 5 failed authentication"),  # salt
        (50, "chunk 0 of 5 failed authentication"),  # nonce prefix
        (60, "stored under the wrong name"),  # plaintext hash
        (HEADER_BYTES - 1, "truncated|appended"),  # plaintext length
    ],
)
def test_flipped_bit_in_header(stored: tuple[Vault, str, Path, bytes], offset: int, message: str) -> None:
    v, digest, path, _ = stored
    _flip(path, offset)
    with pytest.raises(IntegrityError, match=message):
        v.read_bytes(digest)


def test_flipped_bit_in_body(stored: tuple[Vault, str, Path, bytes]) -> None:
    v, digest, path, _ = stored
    _flip(path, _chunk_start(3) + 17)
    with pytest.raises(IntegrityError, match=r"chunk 3 of 5 failed authentication"):
        v.read_bytes(digest)


def test_flipped_bit_in_final_tag(stored: tuple[Vault, str, Path, bytes]) -> None:
    v, digest, path, _ = stored
    _flip(path, path.stat().st_size - 1, 0x80)
    with pytest.raises(IntegrityError, match=r"chunk 4 of 5 failed authentication"):
        v.read_bytes(digest)


def test_appended_garbage(stored: tuple[Vault, str, Path, bytes]) -> None:
    v, digest, path, _ = stored
    with open(path, "ab") as f:
        f.write(b"\x00" * 10)
    with pytest.raises(IntegrityError, match=r"extra data appended"):
        v.read_bytes(digest)


def test_file_swapped_with_another_attachment(small: Vault) -> None:
    a = small.put_bytes(b"quyet dinh so 1")
    b = small.put_bytes(b"quyet dinh so 2")
    shutil.copyfile(_stored(small, b), _stored(small, a))
    with pytest.raises(IntegrityError, match=r"stored under the wrong name"):
        small.read_bytes(a)


def test_swapped_file_with_rewritten_hash_fails_the_final_chunk(small: Vault) -> None:
    a = small.put_bytes(b"quyet dinh so 1")
    b = small.put_bytes(b"quyet dinh so 2")
    raw = bytearray(_stored(small, b).read_bytes())
    raw[HEADER_BYTES - 40 : HEADER_BYTES - 8] = bytes.fromhex(a)
    _stored(small, a).write_bytes(bytes(raw))
    with pytest.raises(IntegrityError, match=r"chunk 0 of 1 failed authentication"):
        small.read_bytes(a)


def test_wrong_key(stored: tuple[Vault, str, Path, bytes]) -> None:
    v, digest, _, _ = stored
    other = Vault(v.root, bytes(32), chunk_size=SMALL)
    with pytest.raises(IntegrityError, match=r"chunk 0 of 5 failed authentication"):
        other.read_bytes(digest)


def test_export_leaves_no_file_when_tampered(stored: tuple[Vault, str, Path, bytes], tmp_path: Path) -> None:
    v, digest, path, _ = stored
    _flip(path, _chunk_start(4) + 3)  # the last chunk: earlier chunks were already written out
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(IntegrityError):
        v.export_to(digest, out_dir / "doc.pdf")
    assert list(out_dir.iterdir()) == []


def test_streaming_reader_raises_after_yielding_unverified_chunks(stored: tuple[Vault, str, Path, bytes]) -> None:
    v, digest, path, data = stored
    _flip(path, _chunk_start(4) + 3)
    received = []
    with pytest.raises(IntegrityError, match="chunk 4 of 5"), v.open_reader(digest) as chunks:
        received.extend(chunks)
    assert b"".join(received) == data[: 4 * SMALL]  # why read_bytes/export_to exist


def test_verify_raises_on_damage(stored: tuple[Vault, str, Path, bytes]) -> None:
    v, digest, path, _ = stored
    _flip(path, _chunk_start(0))
    with pytest.raises(IntegrityError):
        v.verify(digest)


# ---- pinned vector ------------------------------------------------------------------------------------------


def test_pinned_vector_encrypts_to_exact_bytes(tmp_path: Path) -> None:
    v = Vault(tmp_path, KEY, chunk_size=16)
    digest = v._put(io.BytesIO(VECTOR_PAYLOAD), VECTOR_SALT, VECTOR_PREFIX)
    assert digest == VECTOR_SHA
    assert _stored(v, digest).read_bytes().hex() == VECTOR_FILE


def test_pinned_vector_file_still_decrypts(tmp_path: Path) -> None:
    v = Vault(tmp_path, KEY)  # the chunk size comes from the header, not the reader
    path = _stored(v, VECTOR_SHA)
    path.parent.mkdir(parents=True)
    path.write_bytes(bytes.fromhex(VECTOR_FILE))
    assert v.read_bytes(VECTOR_SHA) == VECTOR_PAYLOAD


# ---- property tests -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def prop_vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    return Vault(tmp_path_factory.mktemp("prop"), KEY, chunk_size=64)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=700), where=st.floats(0, 1, exclude_max=True), mask=st.integers(1, 255))
def test_any_single_byte_corruption_is_detected(prop_vault: Vault, data: bytes, where: float, mask: int) -> None:
    digest = prop_vault.put_bytes(data)
    path = _stored(prop_vault, digest)
    try:
        _flip(path, int(where * path.stat().st_size), mask)
        with pytest.raises(IntegrityError):
            prop_vault.read_bytes(digest)
    finally:
        prop_vault.delete(digest)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=700), keep=st.floats(0, 1, exclude_max=True), extra=st.binary(min_size=1, max_size=90))
def test_any_truncation_or_extension_is_detected(prop_vault: Vault, data: bytes, keep: float, extra: bytes) -> None:
    digest = prop_vault.put_bytes(data)
    path = _stored(prop_vault, digest)
    original = path.read_bytes()
    try:
        path.write_bytes(original[: int(keep * len(original))])
        with pytest.raises(IntegrityError):
            prop_vault.read_bytes(digest)
        path.write_bytes(original + extra)
        with pytest.raises(IntegrityError):
            prop_vault.read_bytes(digest)
    finally:
        prop_vault.delete(digest)


# ---- memory -------------------------------------------------------------------------------------------------


class _Generated(io.RawIOBase):
    """`size` bytes made on the fly, so the test itself holds no large buffer."""

    def __init__(self, size: int) -> None:
        self._left = size
        self._block = hashlib.sha256(b"seed").digest() * 2048  # 64 KiB

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        n = min(len(b), self._left, len(self._block))
        b[:n] = self._block[:n]
        self._left -= n
        return n


class _HashingSink(io.RawIOBase):
    def __init__(self) -> None:
        self.sha = hashlib.sha256()

    def writable(self) -> bool:
        return True

    def write(self, b: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self.sha.update(b)
        return len(b)


def test_memory_stays_constant_for_a_64_mib_stream(vault: Vault) -> None:
    size = 64 * MiB
    expected = hashlib.sha256()
    gen = _Generated(size)
    while block := gen.read(MiB):
        expected.update(block)
    limit = 8 * MiB  # a handful of 1 MiB chunk buffers, whatever the attachment size

    tracemalloc.start()
    try:
        digest = vault.put_stream(io.BufferedReader(_Generated(size)))
        _, put_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        sink = _HashingSink()
        vault.copy_to(digest, sink)  # type: ignore[arg-type]
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert digest == expected.hexdigest() == sink.sha.hexdigest()
    assert put_peak < limit, f"put peaked at {put_peak / MiB:.1f} MiB"
    assert read_peak < limit, f"read peaked at {read_peak / MiB:.1f} MiB"


# ---- disk full ----------------------------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 512 KiB tmpfs, so ENOSPC comes from the kernel, not from a mock."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount_point)], capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)


def test_disk_full_raises_and_leaves_nothing_behind(tiny_disk: Path) -> None:
    v = Vault(tiny_disk / "vault", KEY)
    kept = v.put_bytes(b"a small attachment that fits")
    with pytest.raises(DiskFullError, match="disk is full") as caught:
        v.put_bytes(os.urandom(MiB))
    assert isinstance(caught.value.__cause__, OSError)
    assert caught.value.__cause__.errno == errno.ENOSPC
    assert list((v.root / "tmp").iterdir()) == []
    assert list(v.iter_hashes()) == [kept]
    assert v.read_bytes(kept) == b"a small attachment that fits"
    assert v.put_bytes(b"space is free again") in set(v.iter_hashes())


def test_export_to_a_full_disk_raises_and_leaves_nothing(vault: Vault, tiny_disk: Path) -> None:
    digest = vault.put_bytes(os.urandom(MiB))
    with pytest.raises(DiskFullError):
        vault.export_to(digest, tiny_disk / "doc.pdf")
    assert list(tiny_disk.iterdir()) == []


def test_module_exposes_no_qt() -> None:
    assert not any("Qt" in name for name in vars(vault_module))


def test_temp_files_left_by_a_killed_writer_are_swept_but_recent_ones_kept(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "vault", os.urandom(32))
    vault.put_bytes(b"an attachment")
    tmp_dir = tmp_path / "vault" / "tmp"
    stale, fresh = tmp_dir / "put-stale.part", tmp_dir / "put-fresh.part"
    stale.write_bytes(b"x" * 1000)
    fresh.write_bytes(b"y" * 1000)
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    assert vault.sweep_leftovers() == 1
    assert not stale.exists() and fresh.exists()
    assert len(list(vault.iter_hashes())) == 1
