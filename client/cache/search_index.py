"""Upkeep of the full-text index: its segments merged, so that a search reads one list per word typed.

FTS5 writes each transaction's words as a new segment and merges segments four of a level at a time. An initial
sync stores its pages one transaction each, so 100,000 documents leave about 20 segments, and every word of every
search is then looked up, and its list walked, in each of them: on such an index `ubkt huyen uy bat xat` took
54 ms at 100,000 documents against 5 ms on the same index merged into one segment. Later syncs add small segments
on top of the big one, which FTS5's own merging keeps few.

The whole index is merged only when that is worth its cost: when the segments besides the largest hold at least
1/`SMALL_SHARE` of its size, number more than `MAX_SMALL`, or FTS5 has begun merging the largest itself. Merging
them all whenever there were more than `MAX_SEGMENTS` rewrote the whole index every seventh sync that changed
documents, for the few pages they added: 0.94 s at 90,910 documents and 10.9 s at 909,091 (issue 17). Until then
the small ones are left to FTS5's own merging, four of a level at a time, and a search reads each of them: at
1,000,000 documents the search bench's p95 was 22.3 ms merged and 24.5-25.6 ms after 6 to 24 syncs' worth of
edits with FTS5's merging alone.

The merge runs in steps of at most `STEP_PAGES` written pages, each its own short transaction (FTS5's 'merge'
with a negative budget: every level at once, as 'optimize' does, but resumable), so that another writer or a
search never waits for the whole index to be rewritten.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine

__all__ = ["MAX_SEGMENTS", "MAX_SMALL", "SMALL_SHARE", "STEP_PAGES", "segment_sizes", "segments", "tidy",
           "worth_merging"]

# More segments than this and the next tidy merges them all into one, unless all but the largest are small:
# together less than 1/SMALL_SHARE of its size, and at most MAX_SMALL of them.
MAX_SEGMENTS = 4
SMALL_SHARE = 8
MAX_SMALL = 16
# FTS5_DATA_PAGE_B + FTS5_DATA_HEIGHT_B + FTS5_DATA_DLI_B: a leaf page's rowid is (segid << 37) + its number.
_SEGMENT_SHIFT = 37
_LEAF_PAGES = 1 << 31
# Pages of merged index written per transaction: a few MB, well under a second on the slowest PC measured.
STEP_PAGES = 2000


def segments(connection: Connection) -> int:
    """How many segments the index has (one row per leaf page range in `documents_fts_idx`, keyed by segment)."""
    return int(connection.exec_driver_sql("SELECT count(DISTINCT segid) FROM documents_fts_idx").scalar_one())


def segment_sizes(connection: Connection) -> list[tuple[int, bool]]:
    """Each segment's leaf pages, largest first, and whether FTS5 is merging it into another (its first pages are
    gone). FTS5's file format keys a segment's leaf pages in `documents_fts_data` by the segment id shifted by
    `_SEGMENT_SHIFT` bits plus the page number, from 1 (fts5_index.c, FTS5_SEGMENT_ROWID), so the first and last
    are two lookups. (Its rows in `documents_fts_idx`, one per page that starts a term, count a large segment ten
    times low: 1,212 for 12,956 pages at 90,910 documents.)"""
    sizes = []
    for (segid,) in connection.exec_driver_sql("SELECT DISTINCT segid FROM documents_fts_idx").all():
        base = int(segid) << _SEGMENT_SHIFT
        first, last = connection.exec_driver_sql(
            "SELECT min(id), max(id) FROM documents_fts_data WHERE id BETWEEN ? AND ?",
            (base + 1, base + _LEAF_PAGES - 1)).one()
        if first is not None:
            sizes.append((int(last) - int(first) + 1, int(first) > base + 1))
    return sorted(sizes, reverse=True)


def worth_merging(sizes: list[tuple[int, bool]]) -> bool:
    """Whether segments of these sizes (`segment_sizes`) are merged into one: more than MAX_SEGMENTS, and either
    not all small beside the largest, or the largest already being merged (FTS5 merges a large segment that shares
    its level a few pages per write, and a search reads both halves meanwhile: finished at once, the index ends a
    level higher, clear of the small ones)."""
    if len(sizes) <= MAX_SEGMENTS:
        return False
    (largest, merging), rest = sizes[0], [pages for pages, _ in sizes[1:]]
    return merging or len(rest) > MAX_SMALL or sum(rest) * SMALL_SHARE >= largest


def _total_changes(connection: Connection) -> int:
    # FTS5 counts each page it writes as a change: the documented way to tell that a merge has nothing left to do.
    return int(connection.exec_driver_sql("SELECT total_changes()").scalar_one())


def tidy(writer: Engine, stop: Callable[[], bool] = lambda: False) -> int:
    """Merge the index into one segment when that is worth it (`worth_merging`), step by step until done or
    `stop()` says to stop between steps (a later call resumes); returns how many segments are left. `writer`: an
    engine whose transactions take the write lock (`CacheStore.writer`)."""
    with writer.begin() as connection:
        sizes = segment_sizes(connection)
    if not worth_merging(sizes):
        return len(sizes)
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
