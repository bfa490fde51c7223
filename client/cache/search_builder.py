"""A large snapshot's search index written by a child process while the snapshot's pages are stored (issue 17).

At the end of a snapshot the search index was refilled on the storing thread (`deferred_indexes`): at 1,000,003
records that was 29 s of filling and 4 s of 'optimize' in a 116 s sync, while the machine's other core was mostly
idle. Once a snapshot has stored `START_AT` documents, a child process (its own interpreter, so it never waits for
the storing thread's interpreter lock; at a lower priority, `_lower_priority`) follows the stored pages: it reads
the documents each committed page added through a read connection of its own (WAL: a reader never waits for the
writer) and writes their index rows, by the search index's insert trigger's own SELECT, into a table of the same
definition in a scratch file beside the cache, encrypted with a key of its own. At the snapshot's end `adopt` copies
that index into the cache, and the documents the child did not read (the last page's) or that changed after it read
them are indexed there.

What changed after the child read it is noted by triggers (`track`) from before the child reads anything to the
end of the snapshot: any update or deletion of a document, any change to an attachment, from whatever writes them
(a later page, a downloaded file's text). Their marks for documents the child has not been sent yet are dropped
with each page (`forget_unsent`): it reads those as they are then.

The child's file is the only copy of its work: a run that stops, a killed process, a child that does not start,
ends, fails or takes longer than `DEADLINE`, or a file that cannot be read mean that the index is refilled as
before. The scratch file is made with SQLCipher's own page settings, the ones `ATTACH ... KEY` reads a file with.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import re
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from multiprocessing.connection import Connection as Pipe
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2
from sqlalchemy import Connection, Engine

from client.cache.database import create_encrypted_engine, data_key_of

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

log = logging.getLogger(__name__)

__all__ = ["DEADLINE", "DIRTY_RIDS", "START_AT", "BuildFailed", "SearchBuilder", "follows", "forget_unsent",
           "remove_scratch", "track", "untrack"]

# Documents stored before a child is started: below this, its start (an interpreter, SQLAlchemy, the cache opened
# again: about half a second of the other core) costs about what the refill at the end would.
START_AT = 20_000
# Documents the child reads per statement: one short read of the cache each.
CHUNK = 5_000
# Seconds the snapshot's end waits for the child to write what it was sent and merge its index.
DEADLINE = 600.0
SCRATCH = "search-build.db"
_SCHEMA = "search_build"
_FTS = "documents_fts"
_SHADOWS = ("data", "idx", "docsize")
# What the index's rows are made of: documents and their attachments (migration 0014). A trigger statement that
# reads anything else is not followed by `track`, and is refilled as before.
_READS = frozenset({"documents", "document_attachments"})
_TABLES_READ = re.compile(r"\b(?:FROM|JOIN)\s+\"?(\w+)", re.I)
_TARGET = re.compile(r"^\s*(INSERT\s+INTO\s+\w+\s*\(([^)]*)\))\s*(SELECT\b.*)$", re.I | re.S)
_DIRTY = "search_build_dirty"
# The child's scheduling priority: below the sync's threads (POSIX nice increment; Windows priority class).
_NICER = 10
_BELOW_NORMAL_PRIORITY_CLASS = 0x4000
# The rids whose index rows changed after the child may have read them, as a subquery.
DIRTY_RIDS = f"SELECT rid FROM {_DIRTY}"
_TRACKERS = {
    "search_build_documents_au": f"AFTER UPDATE ON documents BEGIN INSERT OR IGNORE INTO {_DIRTY}(rid) "
                                 "VALUES (old.rid); END",
    "search_build_documents_ad": f"AFTER DELETE ON documents BEGIN INSERT OR IGNORE INTO {_DIRTY}(rid) "
                                 "VALUES (old.rid); END",
    **{f"search_build_attachments_a{event[0].lower()}": (
        f"AFTER {event} ON document_attachments BEGIN INSERT OR IGNORE INTO {_DIRTY}(rid) "
        f"SELECT rid FROM documents WHERE id = {row}.document_id; END")
       for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old"))},
}


class BuildFailed(Exception):
    """The child could not be used; the index is refilled at the snapshot's end instead."""


def follows(statement: str) -> bool:
    """Whether `track` notes every change that alters what `statement` (the index's insert statement) reads."""
    match = _TARGET.match(statement)
    return match is not None and set(_TABLES_READ.findall(match.group(3))) <= _READS


def track(conn: Connection) -> None:
    """Start noting the documents whose index rows change (in the caller's transaction, before the child reads)."""
    conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {_DIRTY} (rid INTEGER PRIMARY KEY)")
    for name, body in _TRACKERS.items():
        conn.exec_driver_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")


def forget_unsent(conn: Connection, sent: int) -> None:
    """Drop the marks of documents after rid `sent`: the child has not been sent them, and reads them as they are."""
    conn.exec_driver_sql(f"DELETE FROM {_DIRTY} WHERE rid > ?", (sent,))


def untrack(conn: Connection) -> None:
    """Stop noting (in the transaction that builds the index, whichever way it is built)."""
    for name in _TRACKERS:
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {_DIRTY}")


def remove_scratch(folder: Path) -> None:
    """Delete a scratch file a stopped run left (it holds nothing the cache does not)."""
    for name in (SCRATCH, SCRATCH + "-journal"):
        try:
            (folder / name).unlink(missing_ok=True)
        except OSError as error:  # Windows: still open by a child not yet gone; the next opening deletes it
            log.warning("could not delete %s: %s", folder / name, error)


class SearchBuilder:
    """The parent's side: the child process, what it was sent, and its file."""

    def __init__(self, process: BaseProcess, pipe: Pipe, scratch: Path, key: bytes) -> None:
        self._process = process
        self._pipe = pipe
        self.scratch = scratch
        self._key = key
        self.sent = 0
        self.failure: str | None = None
        self.upto: int | None = None  # the rid up to which the child's file holds the index, once it said so
        self._read = 0

    @classmethod
    def start(cls, engine: Engine, create: str, statement: str, first: int,
              hash_size: Callable[[int], int]) -> SearchBuilder:
        """A child following the cache of `engine` with the index table `create` makes and the rows `statement`
        (the insert trigger's, for the documents with rids between two `?`) writes, sent rids up to `first`."""
        match = _TARGET.match(statement)
        if match is None or not follows(statement):
            raise BuildFailed("the search index's statement is not one the child can follow")
        try:
            data_key = data_key_of(engine)
        except ValueError as error:
            raise BuildFailed(str(error)) from error
        path = Path(str(engine.url.database))
        scratch = path.with_name(SCRATCH)
        remove_scratch(scratch.parent)
        key = os.urandom(32)
        context = multiprocessing.get_context("spawn")
        pipe, child_end = context.Pipe()
        columns = len(match.group(2).split(","))
        insert = f"{match.group(1)} VALUES ({', '.join('?' * columns)})"
        process = context.Process(target=_child_main, name="search-build", daemon=True, args=(
            child_end, str(path), data_key, str(scratch), key, create, insert, match.group(3), hash_size))
        try:
            process.start()
        except Exception as error:  # whatever stops a child from starting must not stop the sync: it refills
            pipe.close()
            raise BuildFailed(f"the child process did not start: {error}") from error
        finally:
            child_end.close()
        builder = cls(process, pipe, scratch, key)
        builder.reach(first)
        return builder

    def reach(self, rid: int) -> None:
        """The documents up to `rid` are committed: the child may read them."""
        if self.failure is not None or rid <= self.sent:
            return
        self.read()  # what the child said meanwhile, so that its side of the pipe never fills
        try:
            self._pipe.send(rid)
            self.sent = rid
        except (OSError, ValueError) as error:
            self.failure = f"the child process is gone: {error}"

    def finish(self) -> None:
        """No more documents will be sent: the child writes what it has, merges its index and says so."""
        if self.failure is None:
            try:
                self._pipe.send(None)
            except (OSError, ValueError) as error:
                self.failure = f"the child process is gone: {error}"

    def result(self) -> int | None:
        """After `finish`: the rid up to which the child's file holds the index, or None (`failure` says why)."""
        if self.failure is None:
            deadline = time.monotonic() + DEADLINE
            try:
                while self.upto is None and self.failure is None:
                    if not self._pipe.poll(max(0.0, deadline - time.monotonic())):
                        self.failure = f"no answer within {DEADLINE:g} s"
                    else:
                        self._answer(self._pipe.recv())
            except (EOFError, OSError) as error:
                self.failure = f"the child process ended: {error}"
        if self.failure is not None:
            log.warning("search index built at the snapshot's end instead: %s", self.failure)
        return self.upto

    def read(self) -> int:
        """The rid up to which the child has read the documents so far (what it said without being waited for)."""
        try:
            while self.failure is None and self.upto is None and self._pipe.poll(0):
                self._answer(self._pipe.recv())
        except (EOFError, OSError) as error:
            self.failure = f"the child process ended: {error}"
        return self._read

    def _answer(self, answer: Any) -> None:
        if isinstance(answer, tuple) and answer[0] == "read":
            self._read = int(answer[1])
        elif isinstance(answer, tuple) and answer[0] == "built" and answer[1] == self.sent:
            self.upto = self._read = int(answer[1])
        else:
            self.failure = f"the child process failed: {answer!r}"[:300]

    def attach(self, raw: Any) -> bool:
        """Open the child's file in `raw` (the writer's DB-API connection, outside a transaction)."""
        try:
            raw.execute(f"ATTACH DATABASE ? AS {_SCHEMA} KEY ?", (str(self.scratch), f"x'{self._key.hex()}'"))
            return True
        except sqlcipher3.dbapi2.Error as error:
            self.failure = f"the child's file did not open: {error}"
            log.warning("search index built at the snapshot's end instead: %s", self.failure)
            return False

    def adopt(self, conn: Connection) -> None:
        """Make the cache's index the child's, in a transaction of its own on `conn` with the file attached; raises
        BuildFailed when the file cannot be read or holds another kind of index (the transaction is then rolled
        back: a page SQLCipher cannot authenticate makes SQLite roll back the whole transaction by itself).

        The table is dropped and made again before its rows are copied, so that no index state kept in memory by
        this connection outlives the copy. Statements on the child's file go through the DB-API connection: an
        unreadable scratch file must not be taken for a damaged cache (`database.create_encrypted_engine`)."""
        raw = conn.connection.driver_connection
        assert raw is not None
        try:
            with conn.begin():
                create = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?", (_FTS,)).scalar_one()
                theirs = raw.execute(f"SELECT sql FROM {_SCHEMA}.sqlite_master WHERE name = ?", (_FTS,)).fetchone()
                if theirs is None or theirs[0] != create:
                    raise BuildFailed("the child's index is not of the cache's definition")
                raw.execute(f"DROP TABLE main.{_FTS}")
                raw.execute(create)
                for shadow in _SHADOWS:
                    raw.execute(f"DELETE FROM main.{_FTS}_{shadow}")
                    raw.execute(f"INSERT INTO main.{_FTS}_{shadow} SELECT * FROM {_SCHEMA}.{_FTS}_{shadow}")
        except (sqlcipher3.dbapi2.DatabaseError, MemoryError) as error:  # MemoryError: SQLCipher's error state
            self.failure = f"the child's file could not be read: {error}"
            log.warning("search index built at the snapshot's end instead: %s", self.failure)
            raise BuildFailed(self.failure) from error
        except BuildFailed as error:
            self.failure = str(error)
            log.warning("search index built at the snapshot's end instead: %s", self.failure)
            raise

    @staticmethod
    def detach(raw: Any) -> bool:
        """Close the child's file in `raw`; False when it would not close (SQLCipher keeps a file it found damaged
        in an error state, where even DETACH fails): that connection is then not to be used again."""
        try:
            raw.execute(f"DETACH DATABASE {_SCHEMA}")
            return True
        except (sqlcipher3.dbapi2.Error, MemoryError):
            return False

    def close(self) -> None:
        """Stop the child (if it still runs) and delete its file."""
        with suppress(OSError):
            self._pipe.close()
        self._process.join(0 if self.upto is None else 5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(5)
        remove_scratch(self.scratch.parent)


def _child_main(pipe: Pipe, cache: str, cache_key: bytes, scratch: str, key: bytes, create: str, insert: str,
                select: str, hash_size: Callable[[int], int]) -> None:
    """In the child: follow the rids sent, write their rows into the scratch file's index in one transaction (FTS5
    then writes a segment only when its hash fills), and at None merge the index, commit and answer."""
    _lower_priority()
    try:
        engine = create_encrypted_engine(Path(cache), cache_key)
        out = sqlcipher3.dbapi2.connect(scratch, isolation_level=None)
        out.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # Nothing to keep if it stops half-way: no journal, no syncing.
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -32768"):
            out.execute(f"PRAGMA {pragma}")
        out.execute(create)
        out.execute("BEGIN")
        done = target = size = 0
        finishing = False
        with engine.connect() as reader:
            raw = reader.connection.driver_connection
            assert raw is not None
            while True:
                while pipe.poll(0) or (done >= target and not finishing):
                    message = pipe.recv()
                    if message is None:
                        finishing = True
                    else:
                        target = max(target, int(message))
                if done < target:
                    upto = min(target, done + CHUNK)
                    if hash_size(upto) != size:
                        size = hash_size(upto)
                        out.execute(f"INSERT INTO {_FTS}({_FTS}, rank) VALUES ('hashsize', {size})")
                    out.executemany(insert, raw.execute(select, (done, upto)).fetchall())
                    done = upto
                    pipe.send(("read", done))
                    continue
                out.execute(f"INSERT INTO {_FTS}({_FTS}) VALUES ('optimize')")
                out.execute("COMMIT")
                out.close()
                pipe.send(("built", done))
                return
    except (EOFError, OSError):
        return  # the parent is gone
    except Exception as error:  # the parent refills the index itself, and says why
        with suppress(OSError):
            pipe.send(("failed", f"{type(error).__name__}: {error}"[:300]))


def _lower_priority() -> None:
    """Run after the sync's own threads and the app's: this work only has to be done by the snapshot's end, and
    taking a core from them (the page fetching above all) made the whole sync slower."""
    if sys.platform == "win32":
        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel.SetPriorityClass(kernel.GetCurrentProcess(), _BELOW_NORMAL_PRIORITY_CLASS)
    else:
        with suppress(OSError):
            os.nice(_NICER)
