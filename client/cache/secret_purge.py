"""Purge the content of documents that are secret: what a pulled secrecy upgrade, a local one and migration 0007 do.

A document that is (or became) Mật or above keeps its register entry and loses everything else, in one transaction
with the write that made it secret: the summary (unless the unit's policy keeps it), its attachment rows (and so
their text in the search index), content in the server copy kept for merging (`base`), in unsent or refused outbox
entries, and in conflicts. The vault files it freed are listed in the cache's state inside the same transaction and
deleted afterwards by `settle`, which also empties the log and compacts the file when much was freed. Every
connection runs with `secure_delete` (client/cache/database.py), so the freed pages are zeroed, not just unlinked.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update

from client.cache.ocr_pages import forget_unheld
from client.cache.record_bases import base_source, write_bases
from client.cache.schema import conflicts, document_attachments, documents, outbox, sync_state
from client.cache.secret_stubs import strip_if_content
from client.cache.store import batched
from client.cache.vault import Vault
from client.cache.vault_refs import release_unreferenced
from sync.protocol.domain import Secrecy
from sync.protocol.secrecy import allowed_fields

# Entries reduced to register entries that the user has not been told about yet (OfficeSession.secret_purge_notice).
NOTICE_STATE = "secret_purge.reduced"
# Vault files a purge freed, deleted by `settle` once the purge's transaction is stored.
FREED_STATE = "secret_purge.freed"
# A migration's request for the purge of every secret document (0007), carried out by `purge_if_asked` once the
# schema stands at its newest revision: the purge is today's code, which reads today's tables.
PURGE_ASKED = "secret_purge.asked"
# Compact only when the purge left at least this share of the file free. With secure_delete the freed pages are
# already zeroed, so VACUUM is about disk space, not secrecy: SQLite reuses free pages, and VACUUM rewrites the
# whole file (seconds on a large cache), worth it only when it gives back a good part of the file at once, as the
# first purge of a cache holding many secret PDFs' text does.
VACUUM_FREE_SHARE = 0.25
VACUUM_MIN_FREE_BYTES = 1 << 20


@dataclass
class Purged:
    """What one purge did: how many entries lost content, and which vault files it may have freed."""

    reduced: int = 0
    freed: list[str] = field(default_factory=list)


def purge_secret_content(conn: Connection, *, summary_allowed: bool, ids: Iterable[str] | None = None,
                         unlinked: dict[str, list[str]] | None = None, raised: bool = False,
                         written_as_stubs: frozenset[str] = frozenset()) -> Purged:
    """Reduce every secret document (or those of `ids` that are secret) to its register entry, in `conn`'s
    transaction; record the count and the freed files for `settle` and the user's notice.

    `unlinked`: attachment files the caller's write has already taken off these documents (a pulled stub replaces
    the attachment list), counted and freed here as if the purge had found them. `raised`: a document became
    secret in this transaction, so its old index entry is merged away even when it lost nothing else (a summary
    the unit's policy keeps is still taken out of the index). `written_as_stubs`: documents of `ids` whose row
    and server copy the caller has just written from their register entry, so they hold no content to read back (the
    secret quarter of an initial sync: reading each one's server copy back was a tenth of storing a page).
    """
    secret = documents.c.secrecy >= int(Secrecy.MAT)
    base_column, source = base_source(documents)
    content = select(documents.c.id, documents.c.summary, base_column.label("base")).select_from(source).where(secret)
    rows: list[Any] = []
    if ids is None:
        rows = list(conn.execute(content).all())
    else:
        for chunk in batched(sorted(set(ids) - written_as_stubs), 500):
            rows += conn.execute(content.where(documents.c.id.in_(chunk))).all()
        # Checked for files, outbox entries and conflicts like the others, never read back.
        rows += [_Stub(doc_id) for doc_id in sorted(written_as_stubs & set(ids))]
    purged = Purged()
    unlinked = {doc_id: hashes for doc_id, hashes in (unlinked or {}).items() if hashes}
    for hashes in unlinked.values():
        purged.freed += hashes
    allowed = allowed_fields(summary_allowed=summary_allowed)
    for chunk_rows in batched(rows, 500):
        chunk = [row.id for row in chunk_rows]
        touched: set[str] = set(unlinked) & set(chunk)
        files = conn.execute(select(document_attachments.c.document_id, document_attachments.c.sha256).where(
            document_attachments.c.document_id.in_(chunk))).all()
        if files:
            # The delete triggers refresh the search index entry without the attachments' text.
            conn.execute(delete(document_attachments).where(document_attachments.c.document_id.in_(chunk)))
            touched |= {doc_id for doc_id, _ in files}
            purged.freed += [sha for _, sha in files]
            forget_unheld(conn, [sha for _, sha in files])  # the words OCR read in those scans go with them
        for seq, record_id, fields in conn.execute(select(outbox.c.seq, outbox.c.record_id, outbox.c.fields).where(
                outbox.c.entity == "document", outbox.c.record_id.in_(chunk))).all():
            stub = strip_if_content(fields or {}, summary_allowed=summary_allowed)
            if stub is not None:
                conn.execute(update(outbox).where(outbox.c.seq == seq).values(fields=stub))
                purged.freed += [ref["sha256"] for ref in fields.get("attachments") or []]
                touched.add(record_id)
        held = conn.execute(select(conflicts.c.id, conflicts.c.record_id).where(
            conflicts.c.entity == "document", conflicts.c.record_id.in_(chunk),
            conflicts.c.field.not_in(sorted(allowed)))).all()
        if held:
            conn.execute(delete(conflicts).where(conflicts.c.id.in_([conflict_id for conflict_id, _ in held])))
            touched |= {record_id for _, record_id in held}
        stripped: list[tuple[str, dict[str, Any] | str]] = []
        for row in chunk_rows:
            if isinstance(row, _Stub):
                continue
            if not summary_allowed and row.summary:
                conn.execute(update(documents).where(documents.c.id == row.id).values(summary=""))
                touched.add(row.id)
            base = strip_if_content(row.base or {}, summary_allowed=summary_allowed) if row.base else None
            if base is not None:
                stripped.append((row.id, base))
                touched.add(row.id)
        write_bases(conn, documents, stripped)
        purged.reduced += len(touched)
    if purged.reduced or raised:
        # The index is contentless: a deleted entry's words stay in its segments until they are merged.
        conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")
    if purged.reduced:
        _remember(conn, purged)
    return purged


def ask_purge(conn: Connection) -> None:
    """Have every secret document purged, under the strict policy, when the migrations reach the newest schema."""
    conn.execute(delete(sync_state).where(sync_state.c.name == PURGE_ASKED))
    conn.execute(insert(sync_state).values(name=PURGE_ASKED, value="strict", updated_at=dt.datetime.now()))


def purge_if_asked(conn: Connection) -> None:
    """The purge a migration asked for (`ask_purge`), in the migrations' transaction."""
    if conn.execute(select(sync_state.c.name).where(sync_state.c.name == PURGE_ASKED)).first() is None:
        return
    # Asked by 0007, which added the units' policy: no unit had allowed a summary yet.
    purge_secret_content(conn, summary_allowed=False)
    conn.execute(delete(sync_state).where(sync_state.c.name == PURGE_ASKED))


@dataclass(frozen=True)
class _Stub:
    """A document of `written_as_stubs`: only its id is needed."""

    id: str


def _remember(conn: Connection, purged: Purged) -> None:
    got = dict(conn.execute(select(sync_state.c.name, sync_state.c.value).where(
        sync_state.c.name.in_([NOTICE_STATE, FREED_STATE]))).all())
    reduced = int(got.get(NOTICE_STATE) or 0) + purged.reduced
    freed = sorted(set(json.loads(got.get(FREED_STATE) or "[]")) | set(purged.freed))
    conn.execute(delete(sync_state).where(sync_state.c.name.in_([NOTICE_STATE, FREED_STATE])))
    stamp = dt.datetime.now()
    conn.execute(insert(sync_state), [{"name": NOTICE_STATE, "value": str(reduced), "updated_at": stamp},
                                      {"name": FREED_STATE, "value": json.dumps(freed), "updated_at": stamp}])


def settle(engine: Engine, vault: Vault) -> None:
    """After a purge's transaction: delete the vault files it freed, empty the write-ahead log, compact if worth it."""
    with engine.connect() as conn:
        value = conn.execute(select(sync_state.c.value).where(sync_state.c.name == FREED_STATE)).scalar()
    if value is None:
        return
    release_unreferenced(engine, vault, json.loads(value))
    with engine.execution_options(write=True).begin() as conn:
        conn.execute(delete(sync_state).where(sync_state.c.name == FREED_STATE))
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        page_size = int(cursor.execute("PRAGMA page_size").fetchone()[0])
        pages = int(cursor.execute("PRAGMA page_count").fetchone()[0])
        free = int(cursor.execute("PRAGMA freelist_count").fetchone()[0])
        if free * page_size >= VACUUM_MIN_FREE_BYTES and free >= pages * VACUUM_FREE_SHARE:
            cursor.execute("VACUUM")
        # The log still holds the pages as they were before the purge (encrypted, but readable with the key).
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()


def take_notice(engine: Engine) -> int | None:
    """How many entries were reduced to register entries since the user was last told; None when none. Once."""
    with engine.execution_options(write=True).begin() as conn:
        value = conn.execute(select(sync_state.c.value).where(sync_state.c.name == NOTICE_STATE)).scalar()
        if value is None:
            return None
        conn.execute(delete(sync_state).where(sync_state.c.name == NOTICE_STATE))
    return int(value) or None
