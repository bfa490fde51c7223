"""The hash that authenticates each encrypted page of a cache file: the one this computer computes faster.

SQLCipher decrypts and authenticates every page it reads and encrypts and authenticates every page it writes. With
its default hash (HMAC-SHA512), `perf` put half of a full read of the documents table in SHA-512 alone, and every
index the initial sync builds reads that table again (issue 17). Where the processor has instructions for SHA-256
(Intel since 2021, AMD since 2017; the OpenSSL inside SQLCipher uses them), SHA-256 runs at twice SHA-512's speed,
and new caches use it. Where it has none, SHA-256 is the slower one and new caches keep SQLCipher's defaults. Both
keep AES-256 and a 256-bit-or-longer authentication tag on every page.

The page stays 4 KiB. Larger pages synced faster still (16 KiB: 12 % at 100,000 records), but the lists that look
rows up one by one read a whole page per row: at 1,000,000 documents the 32 MiB page cache no longer held what such
a list reads, and 11 (8 KiB) or 26 (16 KiB) of the list pages went from at most 13 ms to 50-80 ms.

A file keeps the hash it was made with: a cache made before this change, or on another computer, opens as it is.
The hash is not written anywhere in plain text: it is found by reading the first page with each until one
authenticates (a wrong one fails at the first page, before anything else is read).
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import sqlcipher3.dbapi2

# SQLCipher 4's default first: every cache made before the hash was chosen has it.
HASHES = ("HMAC_SHA512", "HMAC_SHA256")
_SAMPLE = 1 << 20  # bytes hashed per try when choosing: a few milliseconds, once per process


def pragmas(page_hash: str) -> tuple[str, ...]:
    """Given after the key and before the first read of the file (SQLCipher reads it at the first page)."""
    return (f"cipher_hmac_algorithm = {page_hash}",)


def hash_of(path: Path, data_key: bytes) -> str:
    """The page hash of the cache file at `path`; for a file not yet made (or empty), this computer's faster one.

    A file no hash opens (damaged, or not a cache) gets the faster one too: opening it then fails as a damaged file
    does, and the file made in its place uses it.
    """
    if not path.exists() or path.stat().st_size == 0:
        return faster_hash()
    with _quiet_sqlcipher():
        for page_hash in sorted(HASHES, key=lambda name: name != faster_hash()):
            if _first_page_reads(path, data_key, page_hash):
                return page_hash
    return faster_hash()


@cache
def faster_hash() -> str:
    """Which page hash this processor computes faster, timed through Python's OpenSSL (the same family as
    SQLCipher's: both use the SHA instructions when the processor has them)."""
    sample = os.urandom(_SAMPLE)
    timings = {}
    for name in HASHES:
        algorithm = name.removeprefix("HMAC_").lower()
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            hashlib.new(algorithm, sample).digest()
            best = min(best, time.perf_counter() - start)
        timings[name] = best
    return min(HASHES, key=lambda name: timings[name])


def _first_page_reads(path: Path, data_key: bytes, page_hash: str) -> bool:
    connection = sqlcipher3.dbapi2.connect(str(path), check_same_thread=False)
    try:
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        for pragma in pragmas(page_hash):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("PRAGMA busy_timeout = 10000")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.dbapi2.DatabaseError as error:
        # Only a page that fails authentication says "not this hash". Anything else (a lock, a full disk, damage
        # further in) came after the first page was read: the hash is right, and opening reports the rest.
        return "file is not a database" not in str(error).lower()
    finally:
        connection.close()
    return True


@contextmanager
def _quiet_sqlcipher() -> Iterator[None]:
    """SQLCipher logs every page that fails authentication to stderr; here that is the expected answer of a
    wrong hash, not news (the console of every command on an older cache). Its log level is process-wide."""
    connection = sqlcipher3.dbapi2.connect(":memory:")
    try:
        level = connection.execute("PRAGMA cipher_log_level").fetchone()[0]
        connection.execute("PRAGMA cipher_log_level = NONE")
        try:
            yield
        finally:
            connection.execute(f"PRAGMA cipher_log_level = {level}")
    finally:
        connection.close()
