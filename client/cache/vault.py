"""The attachment vault: content-addressed, encrypted files beside the profile database.

Each attachment lives at `<root>/<h[:2]>/<h>` where h is the SHA-256 hex of its plaintext. File layout:

    header (92 bytes) = magic "CMNVAULT" | version u8 | chunk size u32 | salt 32 | nonce prefix 7
                        | plaintext sha256 32 | plaintext length u64
    chunk i           = AES-256-GCM(file key, prefix | i u32 | last u8, plaintext[i], aad) (chunk size + 16 bytes;
                        the last one is shorter, and an empty file still has one empty final chunk)

The file key is HKDF-SHA256(vault key, salt) with a fresh random salt per file, so (key, nonce) pairs never
repeat across files. The nonce binds each chunk to its position and marks the final chunk (the STREAM
construction), so reordering, truncation at a chunk boundary and appended chunks all fail authentication.
Every chunk authenticates the first five header fields; the final chunk authenticates the whole header,
because the plaintext hash and length are only known once the last chunk has been read.

Readers check the header's hash against the requested name before decrypting and the recomputed plaintext
hash after, so a file copied under another attachment's name is refused.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import re
import struct
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from client.cache.errors import DiskFullError, IntegrityError

MAGIC = b"CMNVAULT"
VERSION = 1
# 1 MiB read fastest among 64 KiB - 4 MiB on the build machine (1.30 vs 1.18-1.25 GB/s; writes are bound by
# fsync at every size) and keeps a reader's or writer's memory near 3 MiB whatever the attachment size.
DEFAULT_CHUNK_SIZE = 1 << 20
# An edited header must not make a reader allocate an arbitrary buffer before authentication can fail.
MAX_CHUNK_SIZE = 64 << 20
SALT_BYTES = 32
PREFIX_BYTES = 7
TAG_BYTES = 16

_FIXED = struct.Struct(">8sBI32s7s")  # magic, version, chunk size, salt, nonce prefix
_TAIL = struct.Struct(">32sQ")  # plaintext sha256, plaintext length
HEADER_BYTES = _FIXED.size + _TAIL.size
_VAULT_INFO = b"commune-office vault v1"
_FILE_INFO = b"commune-office vault file v1"
_NAME = re.compile(r"[0-9a-f]{64}")
_TMP_DIR = "tmp"


class Vault:
    """Encrypted, content-addressed attachment store under one folder."""

    def __init__(self, root: Path, data_key: bytes, *, chunk_size: int = DEFAULT_CHUNK_SIZE) -> None:
        if len(data_key) != 32:
            raise ValueError(f"a data key is 32 bytes, got {len(data_key)}")
        if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
            raise ValueError(f"chunk size must be between 1 and {MAX_CHUNK_SIZE} bytes, got {chunk_size}")
        self.root = Path(root)
        self.chunk_size = chunk_size
        # A separate key for the vault, so that the SQLCipher key and this one never encrypt under the same key.
        self._key = HKDF(hashes.SHA256(), 32, None, _VAULT_INFO).derive(data_key)

    # ---- writing -------------------------------------------------------------------------------------------

    def put_stream(self, src: BinaryIO) -> str:
        """Encrypt and store everything read from src; return its SHA-256 hex."""
        return self._put(src, os.urandom(SALT_BYTES), os.urandom(PREFIX_BYTES))

    def put_file(self, path: Path | str) -> str:
        """Store a file's content; return its SHA-256 hex."""
        return self.put_file_new(path)[0]

    def put_file_new(self, path: Path | str) -> tuple[str, bool]:
        """Store a file's content; return its SHA-256 hex and whether the vault did not hold it before (a caller
        whose transaction then fails removes only what it added, never a file other records share)."""
        with open(path, "rb") as src:
            return self._put_new(src, os.urandom(SALT_BYTES), os.urandom(PREFIX_BYTES))

    def put_bytes(self, data: bytes) -> str:
        """Store a bytes value; return its SHA-256 hex."""
        return self.put_stream(io.BytesIO(data))

    def _put(self, src: BinaryIO, salt: bytes, prefix: bytes) -> str:
        return self._put_new(src, salt, prefix)[0]

    def _put_new(self, src: BinaryIO, salt: bytes, prefix: bytes) -> tuple[str, bool]:
        tmp_dir = self.root / _TMP_DIR
        tmp_path: Path | None = None
        try:
            tmp_dir.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=tmp_dir, prefix="put-", suffix=".part")
            tmp_path = Path(name)
            with os.fdopen(fd, "r+b") as out:
                digest = self._encrypt(src, out, salt, prefix)
                out.flush()
                os.fsync(out.fileno())
            final = self._path(digest)
            if final.exists():
                return digest, False  # dedupe: the finally clause discards the temp file
            final.parent.mkdir(exist_ok=True)
            os.replace(tmp_path, final)
            tmp_path = None
            _fsync_dir(final.parent)
            return digest, True
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFullError("an attachment") from exc
            raise
        finally:
            if tmp_path is not None:
                with contextlib.suppress(FileNotFoundError):
                    tmp_path.unlink()

    def _encrypt(self, src: BinaryIO, out: BinaryIO, salt: bytes, prefix: bytes) -> str:
        cs = self.chunk_size
        fixed = _FIXED.pack(MAGIC, VERSION, cs, salt, prefix)
        # The hash and length are not known yet: reserve their place and fill it in after the last chunk.
        out.write(fixed + bytes(_TAIL.size))
        aead = AESGCM(_file_key(self._key, salt))
        sha = hashlib.sha256()
        length = 0
        sealed = bytearray(cs + TAG_BYTES)

        def seal(chunk: bytes, index: int, last: bool, aad: bytes) -> None:
            out_view = memoryview(sealed)[: len(chunk) + TAG_BYTES]
            aead.encrypt_into(_nonce(prefix, index, last), chunk, aad, out_view)
            out.write(out_view)

        chunk = _read_full(src, cs)
        index = 0
        while True:
            # One chunk of lookahead: a chunk is final only if nothing follows it.
            following = _read_full(src, cs) if len(chunk) == cs else b""
            sha.update(chunk)
            length += len(chunk)
            if not following:
                break
            seal(chunk, index, False, fixed)
            chunk = following
            index += 1
        tail = _TAIL.pack(sha.digest(), length)
        seal(chunk, index, True, fixed + tail)
        out.seek(_FIXED.size)
        out.write(tail)
        return sha.hexdigest()

    # ---- reading -------------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def open_reader(self, sha256: str) -> Iterator[Iterator[bytes]]:
        """Yield an iterator of plaintext chunks; it raises IntegrityError at the first problem found.

        Chunks are handed out before the end of the file is verified: a consumer must treat everything it
        received as untrusted until the iterator is exhausted without error. Use read_bytes, copy_to into a
        buffer you can discard, or export_to for a file on disk.
        """
        path = self._path(sha256)
        if not path.is_file():
            raise FileNotFoundError(f"attachment {_short(sha256)} is not in the vault")
        with open(path, "rb") as f:
            yield self._decrypt(sha256, f)

    def copy_to(self, sha256: str, dst: BinaryIO) -> int:
        """Write the plaintext into dst and return its length; on IntegrityError dst holds partial, unusable data."""
        total = 0
        with self.open_reader(sha256) as chunks:
            for chunk in chunks:
                dst.write(chunk)
                total += len(chunk)
        return total

    def read_bytes(self, sha256: str) -> bytes:
        """Return the whole plaintext, only after it has been fully verified."""
        buf = io.BytesIO()
        self.copy_to(sha256, buf)
        return buf.getvalue()

    def export_to(self, sha256: str, path: Path | str) -> None:
        """Write the plaintext to path through a verified temp file, so a bad attachment leaves nothing behind."""
        path = Path(path)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".part")
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as out:
                self.copy_to(sha256, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFullError(str(path)) from exc
            raise
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()

    def verify(self, sha256: str) -> None:
        """Fully check one attachment without keeping its plaintext; raise IntegrityError if it is bad."""
        with self.open_reader(sha256) as chunks:
            for _ in chunks:
                pass

    def _decrypt(self, sha256: str, f: io.BufferedReader) -> Iterator[bytes]:
        name = _short(sha256)
        raw = f.read(HEADER_BYTES)
        if len(raw) < HEADER_BYTES:
            raise IntegrityError(f"attachment {name} is truncated (its header is incomplete)")
        magic, version, cs, salt, prefix = _FIXED.unpack_from(raw)
        stated_sha, length = _TAIL.unpack_from(raw, _FIXED.size)
        if magic != MAGIC:
            raise IntegrityError(f"attachment {name} is not a vault file (wrong magic)")
        if version != VERSION:
            raise IntegrityError(f"attachment {name} uses unsupported vault format version {version}")
        if not 1 <= cs <= MAX_CHUNK_SIZE:
            raise IntegrityError(f"attachment {name} has a damaged header (chunk size {cs})")
        if stated_sha.hex() != sha256:
            holds = _short(stated_sha.hex())
            raise IntegrityError(f"attachment {name} is stored under the wrong name (it holds {holds})")
        count = max(1, -(-length // cs))
        expected = HEADER_BYTES + length + count * TAG_BYTES
        actual = os.fstat(f.fileno()).st_size
        # The length is not authenticated until the final chunk, but a size mismatch is reported up front
        # because it names the most likely cause; a forged length still fails the final chunk's tag.
        if actual < expected:
            raise IntegrityError(f"attachment {name} is truncated ({actual} of {expected} bytes on disk)")
        if actual > expected:
            raise IntegrityError(f"attachment {name} has {actual - expected} bytes of extra data appended")
        return self._chunks(name, sha256, f, raw, cs, salt, prefix, length, count)

    def _chunks(
        self, name: str, sha256: str, f: io.BufferedReader, header: bytes, cs: int, salt: bytes, prefix: bytes,
        length: int, count: int,
    ) -> Iterator[bytes]:
        aead = AESGCM(_file_key(self._key, salt))
        fixed = header[: _FIXED.size]
        sha = hashlib.sha256()
        sealed = bytearray(cs + TAG_BYTES)
        for index in range(count):
            last = index == count - 1
            n = (length - index * cs if last else cs) + TAG_BYTES
            view = memoryview(sealed)[:n]
            got = f.readinto(view)
            if got != n:
                raise IntegrityError(f"attachment {name} is truncated (chunk {index} of {count} is incomplete)")
            try:
                chunk = aead.decrypt(_nonce(prefix, index, last), view, header if last else fixed)
            except InvalidTag:
                raise IntegrityError(
                    f"attachment {name} was tampered with or damaged (chunk {index} of {count} failed "
                    "authentication)"
                ) from None
            sha.update(chunk)
            yield chunk
        if f.read(1):
            raise IntegrityError(f"attachment {name} has extra data appended")
        if sha.hexdigest() != sha256:
            # Unreachable unless the key itself is compromised: the final tag already covers the stated hash.
            raise IntegrityError(f"attachment {name} does not match its name (content hash differs)")

    # ---- housekeeping --------------------------------------------------------------------------------------

    def contains(self, sha256: str) -> bool:
        """Return True if the attachment is stored (without verifying it)."""
        return self._path(sha256).is_file()

    def delete(self, sha256: str) -> bool:
        """Remove an attachment; return False if it was not there."""
        try:
            self._path(sha256).unlink()
        except FileNotFoundError:
            return False
        return True

    def sweep_leftovers(self, older_than_seconds: float = 3600.0) -> int:
        """Delete temp files a killed process left behind; return how many. Recent ones may still be in use."""
        tmp_dir = self.root / _TMP_DIR
        if not tmp_dir.is_dir():
            return 0
        cutoff = time.time() - older_than_seconds
        removed = 0
        for entry in tmp_dir.glob("put-*.part"):
            with contextlib.suppress(FileNotFoundError):
                if entry.stat().st_mtime < cutoff:
                    entry.unlink()
                    removed += 1
        return removed

    def iter_hashes(self) -> Iterator[str]:
        """Yield the names of all stored attachments."""
        if not self.root.is_dir():
            return
        for sub in sorted(self.root.iterdir()):
            if len(sub.name) != 2 or not sub.is_dir():
                continue
            for entry in sorted(sub.iterdir()):
                if _NAME.fullmatch(entry.name) and entry.name.startswith(sub.name) and entry.is_file():
                    yield entry.name

    def size_on_disk(self) -> int:
        """Return the bytes used by stored attachments (encrypted size)."""
        return sum(self._path(h).stat().st_size for h in self.iter_hashes())

    def _path(self, sha256: str) -> Path:
        if not isinstance(sha256, str) or not _NAME.fullmatch(sha256):
            raise ValueError(f"an attachment name is 64 lowercase hex characters (a SHA-256), got {sha256!r:.80}")
        return self.root / sha256[:2] / sha256


def _file_key(vault_key: bytes, salt: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, _FILE_INFO).derive(vault_key)


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    if index >= 1 << 32:
        raise ValueError("attachment too large for the vault format (2^32 chunks)")
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def _read_full(src: BinaryIO, size: int) -> bytes:
    # Pipes, sockets and raw files may return short reads before the end; only b"" means end of stream.
    data = src.read(size)
    if len(data) == size or not data:
        return data
    parts = [data]
    have = len(data)
    while have < size:
        more = src.read(size - have)
        if not more:
            break
        parts.append(more)
        have += len(more)
    return b"".join(parts)


def _fsync_dir(path: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a directory and NTFS journals renames.
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _short(sha256: str) -> str:
    return f"{sha256[:12]}…"
