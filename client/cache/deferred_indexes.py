"""A snapshot's secondary indexes and search index built once at its end instead of row by row (issue 17).

Keeping the Vietnamese sort-key indexes and the full-text index up to date row by row cost about half of the
initial sync's client CPU. While a snapshot of several pages lands, those indexes are dropped, and built once when
its last page is stored. Which indexes go is read from `sqlite_master` (their stored CREATE statements), never
from a list of names, so an index a later migration adds is deferred too. Unique indexes stay: they are
constraints, not speed. The full-text index is kept by triggers on `documents_fts`; they are dropped the same way
and the index is written again whole from the triggers themselves at the end.

Crash-safe: the CREATE statements are kept in `sync_state` in the same transaction that drops them, so a process
killed in the middle leaves a cache that says what it misses; `restore` builds it all again (at the snapshot's
last page, when a run stops with the snapshot unfinished, and when the profile is opened), in one transaction.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, insert, select

from client.cache import search_builder
from client.cache.schema import sync_state
from sync.protocol.domain import Secrecy

DEFERRED = "snapshot.deferred_indexes"
# The tables a snapshot writes into.
_TABLES = ("documents", "document_attachments", "document_notes", "document_events", "tasks", "task_reports",
           "units", "people")
_FTS = "documents_fts"
_INSERT_TRIGGER = re.compile(r"\s*CREATE\s+TRIGGER\s+\S+\s+AFTER\s+INSERT\s+ON\s+\"?documents\"?\s+BEGIN\s+"
                             r"(?P<body>.*)\bEND\s*$", re.I | re.S)
_THIS_ROW = re.compile(r"\b(\w+)\.id\s*=\s*new\.id\b", re.I)
# The builds read the whole documents table once per index and the search refill once more. With the connection's
# 32 MiB page cache, the refill's new pages pushed the table out, and every index build then read (and decrypted)
# it again from the file: at 20,000 documents (a 26 MiB file) each index took 55-65 ms of CPU instead of 7-14; at
# 100,000 (a 274 MiB file) the 14 builds took 5.5 s, each reading the table again, and 2.2 s with a 200 MiB cache.
# So while the file fits in BUILD_FITS, the builds get a page cache twice its size, at most BUILD_CACHE (the table
# stays, the new index pages fit beside it), and SQLite's process-wide heap limit room for that cache; both go back
# when the builds end, and `release_memory` gives the pages back to the system. A larger file is built as before:
# its documents table (about half the file) cannot stay in the cache, which would only add memory.
BUILD_CACHE = 256 * 1024 * 1024
BUILD_FITS = 416 * 1024 * 1024
# FTS5's own size of the new entries it holds in memory before writing a segment, and the one the refill uses:
# REFILL_HASH for every HASH_DOCUMENTS documents, at least one REFILL_HASH and at most REFILL_HASH_MAX (`_rebuild`).
FTS5_HASH = 1024 * 1024
REFILL_HASH = 4 * 1024 * 1024
HASH_DOCUMENTS = 100_000
REFILL_HASH_MAX = 32 * 1024 * 1024
_CREATE = re.compile(r"\s*CREATE\s+(?:TEMP\w*\s+)?(?:INDEX|TRIGGER)\s+(?:IF\s+NOT\s+EXISTS\s+)?(\S+)", re.I)


def is_deferred(conn: Connection) -> bool:
    """Whether indexes are dropped now, waiting for `restore`."""
    return conn.execute(select(sync_state.c.name).where(sync_state.c.name == DEFERRED)).first() is not None


def defer(conn: Connection) -> None:
    """Drop the snapshot tables' secondary indexes and the search index's triggers, remembering how to build them.

    In the caller's transaction: the note and the drops are committed together or not at all.
    """
    if is_deferred(conn):
        return
    marks = ",".join("?" * len(_TABLES))
    indexes = [(name, sql) for name, sql in conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks}) "
        "ORDER BY name", _TABLES).all() if not sql.lstrip().upper().startswith("CREATE UNIQUE")]
    triggers = [(name, sql) for name, sql in conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() if _FTS in sql]
    note = {"indexes": [sql for _, sql in indexes], "triggers": [sql for _, sql in triggers]}
    conn.execute(insert(sync_state).values(name=DEFERRED, value=json.dumps(note), updated_at=dt.datetime.now()))
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    for name, _ in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')


def restore(conn: Connection, adopted: int | None = None) -> bool:
    """Build again what `defer` dropped, in the caller's transaction; False when nothing was deferred. `adopted`:
    the search index is a child's (`search_builder`), written up to that rid and copied in since."""
    note = _note(conn)
    if note is None:
        return False
    with _room_to_build(conn):
        _rebuild(conn, note, adopted)
    search_builder.untrack(conn)
    conn.execute(delete(sync_state).where(sync_state.c.name == DEFERRED))
    return True


def build_indexes(conn: Connection) -> None:
    """The deferred secondary indexes alone, ahead of the rest of `restore` (which then finds them there): built
    while a child merges the search index it wrote."""
    note = _note(conn)
    if note is not None:
        with _room_to_build(conn):
            _build_missing(conn, note["indexes"])


def search_statements(conn: Connection) -> tuple[str, str] | None:
    """What a child needs to write the search index of a deferred snapshot: the index table's CREATE statement and
    its insert trigger's statement for the documents whose rids are between two parameters (after the first, up to
    the second); None when nothing is deferred or the statement is of another shape."""
    note = _note(conn)
    statement = None if note is None else _rows(note["triggers"], "{row}.rid > ? AND {row}.rid <= ?")
    if statement is None or not search_builder.follows(statement):
        return None
    create = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?", (_FTS,)).scalar()
    return (str(create), statement) if create else None


def _note(conn: Connection) -> dict[str, list[str]] | None:
    value = conn.execute(select(sync_state.c.value).where(sync_state.c.name == DEFERRED)).scalar()
    return None if value is None else json.loads(value)


@contextmanager
def _room_to_build(conn: Connection) -> Iterator[None]:
    """A page cache that holds the whole file while the indexes are built, when the file is small enough."""
    pages, page_size = (int(conn.exec_driver_sql(f"PRAGMA {name}").scalar_one()) for name in ("page_count",
                                                                                             "page_size"))
    if pages * page_size > BUILD_FITS:
        yield
        return
    room = min(2 * pages * page_size, BUILD_CACHE)
    cache = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    heap = int(conn.exec_driver_sql("PRAGMA soft_heap_limit").scalar_one())
    if (cache < 0 and -cache * 1024 >= room) or (cache > 0 and cache * page_size >= room):
        yield
        return
    conn.exec_driver_sql(f"PRAGMA cache_size = -{room // 1024}")
    if heap:  # 0 is no limit: left so
        conn.exec_driver_sql(f"PRAGMA soft_heap_limit = {heap + room}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {cache}")
        if heap:
            conn.exec_driver_sql(f"PRAGMA soft_heap_limit = {heap}")


def release_memory(conn: Connection) -> None:
    """After the builds' transaction: give back the pages a larger build cache kept (outside any transaction)."""
    conn.connection.driver_connection.execute("PRAGMA shrink_memory")  # type: ignore[union-attr]
    _return_freed_heap()


def _return_freed_heap() -> None:
    """Hand the C heap's freed pages back to the system where the allocator keeps them (glibc: the build cache's
    200 MiB stayed resident after SQLite freed them, measured at 100,000 documents). Windows' heap gives large free
    ranges back by itself."""
    if not sys.platform.startswith("linux"):
        return
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):  # not glibc (musl has no malloc_trim)
        return
    trim(0)


def _build_missing(conn: Connection, statements: list[str]) -> None:
    # An object a migration (or `build_indexes`) made meanwhile is left as it was made.
    present = {name for (name,) in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')").all()}
    for sql in statements:
        if _name(sql) not in present:
            conn.exec_driver_sql(sql)


def _rebuild(conn: Connection, note: dict[str, list[str]], adopted: int | None) -> None:
    _build_missing(conn, note["triggers"])
    if note["triggers"] and not (adopted is not None and _catch_up(conn, note["triggers"], adopted)):
        # Rows written while the triggers were gone are not in the index, and rows deleted then are still in it: empty
        # it, then index every document again by the triggers' own statement, so the index keeps one definition: the
        # insert trigger's, run once over every row (0.4 of the CPU of firing the update trigger row by row, which also
        # rewrote every row of documents); the update trigger when its shape is not the one read here.
        # FTS5 merges four segments of a level, as always, but holds `REFILL_HASH` of new entries in memory before it
        # writes a segment instead of 1 MiB: fewer, larger first segments, fewer merges. The fill at 100,000 documents
        # took 3.01 -> 2.78 s, at 1,000,000 50.6 -> 49.1 s; the initial sync at 100,003 records 9,546 -> 9,699 records/s
        # (A/B, 4 rounds). The index still ends at level 3 at 100,000 documents (4 before), clear of the next syncs'
        # small segments: 2,000 edits took 1.05-1.08 s either way (three rounds), and 0.63-0.79 against 0.66-0.79 s at
        # 20,000. A larger index gets a hash as much larger (`refill_hash`), so that it starts from about as many first
        # segments and merges them as few times over: at 909,091 documents (a session 9 cache) the fill took 48.0 ->
        # 40.6 s with 32 MiB instead of 4, the 'optimize' 5.9 -> 7.4 s, and the index ended at level 4 (5 with 4 MiB). A
        # larger hash with no merging until the 'optimize' filled it faster still (61 -> 44 s of CPU at 1,000,000
        # documents) but left the index at the lowest levels, where the next syncs' small segments merged with it: the
        # first incremental sync after the snapshot wrote the whole index again (3.6-3.8 s against 1.4 s at 100,000;
        # 18.9 s at 1,000,000). 16 MiB with merging left it at level 1 at 100,000, as low. FTS5's own size comes back
        # after the fill, in the same transaction.
        conn.exec_driver_sql(f"INSERT INTO {_FTS}({_FTS}) VALUES ('delete-all')")
        documents = conn.exec_driver_sql("SELECT max(rid) FROM documents").scalar() or 0  # no count(*): a scan
        conn.exec_driver_sql(f"INSERT INTO {_FTS}({_FTS}, rank) VALUES ('hashsize', {refill_hash(documents)})")
        every_row = _every_row(note["triggers"])
        conn.exec_driver_sql(every_row or "UPDATE documents SET summary = summary")
        conn.exec_driver_sql(f"INSERT INTO {_FTS}({_FTS}, rank) VALUES ('hashsize', {FTS5_HASH})")
        conn.exec_driver_sql(f"INSERT INTO {_FTS}({_FTS}) VALUES ('optimize')")
    _build_missing(conn, note["indexes"])


def _catch_up(conn: Connection, triggers: list[str], upto: int) -> bool:
    """After a child's index was copied in: the documents it did not read (after `upto`) and those changed since it
    may have read them, indexed here; False (nothing done) for a statement of another shape. No 'optimize' (the
    child merged its index, and what is added here is about a page, which the next tidy merges) unless words must
    go."""
    statement = _rows(triggers, f"({{row}}.rid > ? OR {{row}}.rid IN ({search_builder.DIRTY_RIDS}))")
    if statement is None:
        return False
    read = f"{search_builder.DIRTY_RIDS} WHERE rid <= {int(upto)}"
    # The index is contentless: a deleted entry's words stay in its segments until they are merged, and those of a
    # document made secret, or gone, after the child read it must not stay (Law 117/2025, as in secret_purge).
    purge = conn.exec_driver_sql(
        f"SELECT 1 FROM ({read}) r LEFT JOIN documents d ON d.rid = r.rid WHERE d.rid IS NULL OR d.secrecy >= ? "
        "LIMIT 1", (int(Secrecy.MAT),)).first() is not None
    conn.exec_driver_sql(f"DELETE FROM {_FTS} WHERE rowid IN ({read})")
    conn.exec_driver_sql(statement, (upto,))
    if purge:
        conn.exec_driver_sql(f"INSERT INTO {_FTS}({_FTS}) VALUES ('optimize')")
    return True


def refill_hash(documents: int) -> int:
    """The refill's FTS5 hash size for an index of about `documents` documents."""
    return min(REFILL_HASH_MAX, max(REFILL_HASH, REFILL_HASH * documents // HASH_DOCUMENTS))


def _every_row(triggers: list[str]) -> str | None:
    """The search index's insert trigger as one statement over every document: `INSERT INTO documents_fts ...
    SELECT ... FROM documents d WHERE d.id = new.id` with the row's condition taken away; None for another shape."""
    return _rows(triggers, "1")


def _rows(triggers: list[str], condition: str) -> str | None:
    """The search index's insert trigger as one statement over the documents `condition` picks, in place of the
    row's own (`{row}` in it: the documents table's alias there); None for another shape."""
    for sql in triggers:
        match = _INSERT_TRIGGER.match(sql)
        if match is None:
            continue
        body = match.group("body").strip().rstrip(";")
        rows = _THIS_ROW.findall(body)
        if len(rows) == 1 and ";" not in body and body.upper().startswith(f"INSERT INTO {_FTS.upper()}"):
            picked = _THIS_ROW.sub(lambda row: condition.format(row=row.group(1)), body)
            if "new." not in picked.lower():
                return picked
    return None


def restore_on_open(engine: Engine) -> None:
    """Build what a process killed in the middle of a snapshot left dropped (before migrations, which expect it), and
    delete the file of a search index a child was writing for it."""
    if engine.url.database:
        search_builder.remove_scratch(Path(engine.url.database).parent)
    with engine.connect() as conn:
        if conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'").first() is None:
            return
        if not is_deferred(conn):
            return
    with engine.execution_options(write=True).begin() as conn:
        restore(conn)


def _name(sql: str) -> str:
    """The object name of a stored `CREATE INDEX name ON ...` or `CREATE TRIGGER name ...` statement."""
    match = _CREATE.match(sql)
    assert match is not None, sql  # read from sqlite_master, which stores every CREATE in this form
    return match.group(1).strip('"`[]')
