"""Open the encrypted cache database: SQLCipher through SQLAlchemy, keyed with the raw 256-bit data key.

The key is handed to SQLCipher raw (`x'…'`), so opening costs no key derivation; the password-based derivation
happens once, when the wrapped key is unwrapped (see `keys.py`).
"""

from __future__ import annotations

import errno
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy.exc
import sqlcipher3.dbapi2
from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import QueuePool

from client.cache import page_hash
from client.cache.errors import CorruptDatabaseError, DiskFullError
from client.cache.match_quality import match_quality
from client.cache.schema_revision import MIGRATIONS, head_revision, stored_revision
from client.cache.searchtext import index_doc_type, index_number_symbol, index_pairs, index_text
from client.cache.textfold import fold, sort_key

if TYPE_CHECKING:  # Alembic is imported only to upgrade a cache (schema_revision.py says why)
    from alembic.config import Config

# Not "disk I/O error": SQLite answers that when it cannot create its shared-memory file on a full disk (and for
# other passing OS failures); taking it for damage would move a healthy cache aside.
_CORRUPT_MARKERS = ("file is not a database", "malformed", "corrupt", "not an error")
# Opening needs room for the shared-memory file and the first log pages.
_ROOM_TO_OPEN = 1 << 20


# SQLCipher's raw-key form: the 32-byte key itself, no key derivation on each connection.
_RAW_KEY = "x'{}'"


def create_encrypted_engine(path: Path, data_key: bytes) -> Engine:
    """An engine whose every connection is keyed, has foreign keys on, WAL, and the `fold()` SQL function."""
    if len(data_key) != 32:
        raise ValueError("the cache data key must be 32 bytes")
    url = URL.create("sqlite+pysqlcipher", password=_RAW_KEY.format(data_key.hex()), database=str(path))
    engine = _configured(url, page_hash.pragmas(page_hash.hash_of(path, data_key)))

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        # Opening reads only a few pages; damage elsewhere surfaces in whatever query first touches it. Leave a
        # mark so the next sign-in sets the file aside, and tell the user in words instead of a driver error.
        if is_corruption(context.original_exception):
            damage_marker(path).touch()
            raise CorruptDatabaseError(str(path), None) from context.original_exception

    return engine


def data_key_of(engine: Engine) -> bytes:
    """The data key an engine of `create_encrypted_engine` was made with (for a process that opens the same cache)."""
    password = str(engine.url.password or "")
    prefix, suffix = _RAW_KEY.split("{}")
    if not (password.startswith(prefix) and password.endswith(suffix)):
        raise ValueError("the engine was not made by create_encrypted_engine")
    return bytes.fromhex(password[len(prefix):-len(suffix)])


def damage_marker(path: Path) -> Path:
    """The file whose presence says the database was found damaged after it was opened."""
    return path.with_name(path.name + ".damaged")


SQLITE_HEAP_LIMIT = 32 * 1024 * 1024  # bytes; process-wide (sqlite3_soft_heap_limit64)

# The same functions, remembering recent answers: a snapshot's index builds call them once per document and
# column, and issuing bodies, signers and document types repeat from one document to the next (issue 17). The
# functions are pure, so a remembered answer is the answer; text seen once (a summary) just passes through.
_vi_key = lru_cache(maxsize=4096)(sort_key)
_search_text = lru_cache(maxsize=4096)(index_text)
_search_doc_type = lru_cache(maxsize=1024)(index_doc_type)


def create_plain_engine(path: Path) -> Engine:
    """The same engine without encryption: only for benchmarks, as the baseline the encrypted cache is held to.

    It uses the SQLite inside the SQLCipher build, unkeyed, so that both sides run the same SQLite version and
    the difference measured is the encryption alone.
    """
    return _configured(URL.create("sqlite+pysqlite", database=str(path)), (), module=sqlcipher3.dbapi2)


def _configured(url: URL, cipher: tuple[str, ...], **engine_args: Any) -> Engine:
    """`cipher`: the pragmas that say how the file's pages are encrypted, given before anything reads it."""
    engine = create_engine(
        url, poolclass=QueuePool, pool_size=4, connect_args={"check_same_thread": False}, **engine_args
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: object) -> None:  # sqlite3 or sqlcipher3 (untyped) DB-API
        # Python's sqlite3 module opens transactions lazily and never for DDL; SQLAlchemy's documented recipe is
        # to take over BEGIN ourselves so that a transaction spans exactly what the code says.
        dbapi_connection.isolation_level = None
        dbapi_connection.create_function("fold", 1, fold, deterministic=True)
        dbapi_connection.create_function("vi_key", 1, _vi_key, deterministic=True)
        # The normal form of the search index (triggers of migration 0009) and the ranking of search results.
        dbapi_connection.create_function("search_text", 1, _search_text, deterministic=True)
        dbapi_connection.create_function("search_number_symbol", 1, index_number_symbol, deterministic=True)
        dbapi_connection.create_function("search_doc_type", 1, _search_doc_type, deterministic=True)
        dbapi_connection.create_function("search_pairs", -1, index_pairs, deterministic=True)  # migration 0014
        dbapi_connection.create_function("match_quality", 6, match_quality, deterministic=True)
        cursor = dbapi_connection.cursor()
        # A 32 MiB page cache: with SQLCipher every page read from disk is also decrypted, so keeping the hot
        # pages (FTS index, list indexes) decrypted in memory is what keeps searches near plain-SQLite speed.
        for pragma in (
            *cipher,
            "foreign_keys = ON",
            "journal_mode = WAL",
            "synchronous = NORMAL",
            "busy_timeout = 10000",
            "cache_size = -32768",
            # ...and at most that much of SQLite's memory for the whole process, whatever the number of
            # connections: each worker thread's connection kept its own 32 MiB, and the app at 100,000 documents
            # grew by 100 MiB once three of them had searched and sorted (issue 17). One busy connection still
            # keeps its whole cache; concurrent ones share it.
            f"soft_heap_limit = {SQLITE_HEAP_LIMIT}",
            # Deleted content is overwritten, not just unlinked: the purge of a secret document's content
            # (client/cache/secret_purge.py) must leave no readable trace in free pages (Law 117/2025).
            "secure_delete = ON",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # Writers take the write lock up front (no lock-upgrade deadlock between two writers); readers defer.
        immediate = connection.get_execution_options().get("write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def is_corruption(error: BaseException) -> bool:
    """Whether a database error means the file itself is damaged (as opposed to locked or full)."""
    message = str(getattr(error, "orig", error)).lower()
    return any(marker in message for marker in _CORRUPT_MARKERS)


def is_disk_full(error: BaseException, folder: Path | None = None) -> bool:
    """Whether an error means the disk is full; with `folder`, an I/O error on a disk with no room counts too."""
    original = getattr(error, "orig", error)
    if isinstance(original, OSError) and original.errno == errno.ENOSPC:
        return True
    message = str(original).lower()
    if folder is not None and "disk i/o error" in message:
        with suppress(OSError):
            return shutil.disk_usage(folder).free < _ROOM_TO_OPEN
    return "database or disk is full" in message


@contextmanager
def disk_full_as_error(what: str, folder: Path | None = None) -> Iterator[None]:
    """Turn "disk full" from SQLite or the OS into DiskFullError (the transaction has already rolled back)."""
    try:
        yield
    except (sqlalchemy.exc.OperationalError, OSError) as error:
        if is_disk_full(error, folder):
            raise DiskFullError(what) from error
        raise


def verify_readable(engine: Engine, path: Path) -> None:
    """Read the schema and the schema revision and check the file is as long as its header says.

    Raise CorruptDatabaseError otherwise. An empty file is damaged too: SQLite would take it for a new, empty
    database, and the cache (with any unsent changes) would be replaced without a word.
    """
    if path.stat().st_size == 0:
        raise CorruptDatabaseError(str(path), None)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
            # Opening reads the revision next (migrate); a damaged page there must be found here, not raised raw.
            stored_revision(connection)
            page_size = int(connection.exec_driver_sql("PRAGMA page_size").scalar_one())
            page_count = int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())
    except sqlalchemy.exc.DatabaseError as error:
        if is_corruption(error):
            raise CorruptDatabaseError(str(path), None) from error
        raise
    # A cut-off file still has a readable first page; its header then promises more pages than the file holds.
    # With a WAL file present, recent pages may live only there, so the check applies to a checkpointed file.
    wal = path.with_name(path.name + "-wal")
    if not (wal.exists() and wal.stat().st_size) and path.stat().st_size < page_size * page_count:
        raise CorruptDatabaseError(str(path), None)


def full_check(engine: Engine) -> list[str]:
    """Every page decrypted and authenticated and the b-trees checked; an empty list means healthy."""
    problems: list[str] = []
    with engine.connect() as connection:
        for pragma in ("cipher_integrity_check", "quick_check"):
            try:
                lines = [row[0] for row in connection.exec_driver_sql(f"PRAGMA {pragma}")]
            except sqlalchemy.exc.DatabaseError as error:
                # quick_check stops at a page that fails authentication (SQLCipher answers "SQL logic error")
                # or at a damaged virtual table; that is a finding to report, not a crash.
                lines = [f"{pragma} stopped: {getattr(error, 'orig', error)}"]
            problems += [line for line in lines if line != "ok"]
    return problems


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL/SHM) out of the way, never overwriting an earlier one."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            shutil.move(str(side), str(target) + suffix)
    return target


@cache
def _alembic() -> tuple[Config, str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return config, head


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; a no-op (one small query) when it is already there."""
    with engine.connect() as connection:
        current = stored_revision(connection)
    if current is not None and current == head_revision():
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    config, head = _alembic()
    with engine.connect() as connection:  # Alembic's own reading decides, whatever the quick one said
        current = MigrationContext.configure(connection).get_current_revision()
    if current == head:
        return
    from client.cache.secret_purge import purge_if_asked

    with engine.execution_options(write=True).begin() as connection:
        config.attributes["connection"] = connection
        try:
            command.upgrade(config, "head")
        finally:
            config.attributes.pop("connection", None)
        purge_if_asked(connection)
