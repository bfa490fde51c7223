"""How a cache file is cut into encrypted pages: the page size and the hash that authenticates each page.

SQLCipher decrypts and authenticates every page it reads and encrypts and authenticates every page it writes. With
its defaults (4 KiB pages, HMAC-SHA512), `perf` put half of a full read of the documents table in SHA-512 alone, and
every index the initial sync builds reads that table again (issue 17). New caches therefore use 16 KiB pages (a
quarter of the per-page work: the hash's set-up, the page's own IV and tag, SQLite's own page handling) and the
page hash this computer computes faster: SHA-256 where the processor has instructions for it (Intel since 2021,
AMD since 2017), which the OpenSSL inside SQLCipher uses; SHA-512 elsewhere, where SHA-256 is the slower one. Both
keep AES-256 and a 256-bit-or-longer authentication tag on every page.

A file keeps the layout it was made with: a cache made before this change (SQLCipher's defaults) or on another
computer opens as it is. The layout is not written anywhere in plain text: it is found by reading the first page
under each known layout until one authenticates (a wrong one fails at the first page, before anything is read).
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import sqlcipher3.dbapi2


@dataclass(frozen=True)
class CipherLayout:
    page_size: int  # bytes; also SQLite's page size
    hmac: str  # SQLCipher's name of the page hash

    def pragmas(self) -> tuple[str, ...]:
        """Given after the key and before the first read of the file (SQLCipher reads them at the first page)."""
        return f"cipher_page_size = {self.page_size}", f"cipher_hmac_algorithm = {self.hmac}"


# Every cache made before the layout was chosen: SQLCipher 4's defaults.
LEGACY = CipherLayout(4096, "HMAC_SHA512")
# 64 KiB pages measured no faster than 16 KiB at 100,000 records, and every small write would write four times
# as many bytes.
PAGE_SIZE = 16384
_HASHES = ("HMAC_SHA256", "HMAC_SHA512")
_SAMPLE = 1 << 20  # bytes hashed per try when choosing: a few milliseconds, once per process


def preferred() -> CipherLayout:
    """The layout of a new cache made on this computer."""
    return CipherLayout(PAGE_SIZE, _faster_hash())


def candidates() -> tuple[CipherLayout, ...]:
    """Every layout a cache may have, the likeliest first."""
    first = preferred()
    others = [CipherLayout(PAGE_SIZE, name) for name in _HASHES] + [LEGACY]
    return (first, *[layout for layout in others if layout != first])


def layout_of(path: Path, data_key: bytes) -> CipherLayout:
    """The layout of the cache file at `path`: the preferred one for a file not yet made (or empty).

    A file no layout opens (damaged, or not a cache) gets the preferred one: opening it then fails as a damaged
    file does, and the file made in its place has this computer's layout.
    """
    if not path.exists() or path.stat().st_size == 0:
        return preferred()
    with _quiet_sqlcipher():
        for layout in candidates():
            if _first_page_reads(path, data_key, layout):
                return layout
    return preferred()


@contextmanager
def _quiet_sqlcipher() -> Iterator[None]:
    """SQLCipher logs every page that fails authentication to stderr; here that is the expected answer of a
    wrong layout, not news (the console of every command on an older cache). Its log level is process-wide."""
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


def _first_page_reads(path: Path, data_key: bytes, layout: CipherLayout) -> bool:
    connection = sqlcipher3.dbapi2.connect(str(path), check_same_thread=False)
    try:
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        for pragma in layout.pragmas():
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("PRAGMA busy_timeout = 10000")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.dbapi2.DatabaseError as error:
        # Only a page that fails authentication says "not this layout". Anything else (a lock, a full disk, damage
        # further in) came after the first page was read: the layout is right, and opening reports the rest.
        return "file is not a database" not in str(error).lower()
    finally:
        connection.close()
    return True


@cache
def _faster_hash() -> str:
    """Which page hash this processor computes faster, timed through the OpenSSL Python links (the same family as
    SQLCipher's: both use the SHA instructions when the processor has them)."""
    sample = os.urandom(_SAMPLE)
    timings = {}
    for name in _HASHES:
        algorithm = name.removeprefix("HMAC_").lower()
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            hashlib.new(algorithm, sample).digest()
            best = min(best, time.perf_counter() - start)
        timings[name] = best
    return min(_HASHES, key=lambda name: timings[name])
