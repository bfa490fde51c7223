"""Upkeep of the full-text index: its segments merged, so that a search reads one list per word typed.

FTS5 writes each transaction's words as a new segment and merges segments four of a level at a time. An initial
sync stores its pages one transaction each, so 100,000 documents leave about 20 segments, and every word of every
search is then looked up, and its list walked, in each of them: on such an index `ubkt huyen uy bat xat` took
54 ms at 100,000 documents against 5 ms on the same index merged into one segment. Later syncs add small segments
on top of the big one, which FTS5's own merging keeps few.

The merge runs in steps of at most `STEP_PAGES` written pages, each its own short transaction (FTS5's 'merge'
with a negative budget: every level at once, as 'optimize' does, but resumable), so that another writer or a
search never waits for the whole index to be rewritten.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine

__all__ = ["MAX_SEGMENTS", "STEP_PAGES", "segments", "tidy"]

# More segments than this and the next tidy merges them all into one.
MAX_SEGMENTS = 4
# Pages of merged index written per transaction: a few MB, well under a second on the slowest PC measured.
STEP_PAGES = 2000


def segments(connection: Connection) -> int:
    """How many segments the index has (one row per leaf page range in `documents_fts_idx`, keyed by segment)."""
    return int(connection.exec_driver_sql("SELECT count(DISTINCT segid) FROM documents_fts_idx").scalar_one())


def _total_changes(connection: Connection) -> int:
    # FTS5 counts each page it writes as a change: the documented way to tell that a merge has nothing left to do.
    return int(connection.exec_driver_sql("SELECT total_changes()").scalar_one())


def tidy(writer: Engine, stop: Callable[[], bool] = lambda: False) -> int:
    """Merge the index into one segment when it has more than `MAX_SEGMENTS`, step by step until done or `stop()`
    says to stop between steps (a later call resumes); returns how many segments are left. `writer`: an engine
    whose transactions take the write lock (`CacheStore.writer`)."""
    with writer.begin() as connection:
        left = segments(connection)
    if left <= MAX_SEGMENTS:
        return left
    while not stop():
        with writer.begin() as connection:
            before = _total_changes(connection)
            connection.exec_driver_sql(
                "INSERT INTO documents_fts(documents_fts, rank) VALUES ('merge', ?)", (-STEP_PAGES,))
            written = _total_changes(connection) - before
        if written < 2:
            break
    with writer.begin() as connection:
        return segments(connection)
