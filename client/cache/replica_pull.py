"""Pull into the cache: snapshot and feed pages with their cursors, merged with the user's unsent edits."""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, update

from client.cache import deferred_indexes, search_builder
from client.cache.bulk_insert import insert_rows, rows_per_statement, value_rows
from client.cache.record_bases import has_base, read_bases, write_bases
from client.cache.replica_removals import RemovalSide
from client.cache.replica_rows import ENTITY_ORDER, Row
from client.cache.schema import conflicts, document_attachments, documents, outbox, sync_cursors, tasks
from client.cache.secret_purge import purge_secret_content, settle
from client.cache.secret_stubs import stub_record, summary_allowed
from client.cache.store import batched
from client.cache.wire_rows import PURGEABLE, TABLES, columns, new_row, unstorable
from sync.engine.errors import ProtocolError
from sync.engine.merge import merge_record
from sync.engine.replica import IncomingChange
from sync.protocol.domain import Secrecy
from sync.protocol.secrecy import is_secret

FEED_CURSOR = "feed"
SNAPSHOT_CURSOR = "snapshot.cursor"
SNAPSHOT_TOKEN = "snapshot.token"

class PullSide(RemovalSide):
    """Every page is written in one transaction together with the position that follows it."""

    _search_builder: search_builder.SearchBuilder | None = None
    _search_builder_failed = False

    def _cursor(self, conn: Connection, name: str) -> str | None:
        return conn.execute(select(sync_cursors.c.value).where(sync_cursors.c.name == name)).scalar()

    def _set_cursor(self, conn: Connection, name: str, value: str | None) -> None:
        conn.execute(delete(sync_cursors).where(sync_cursors.c.name == name))
        if value is not None:
            conn.execute(insert(sync_cursors).values(name=name, value=value, updated_at=self.clock()))

    def feed_cursor(self) -> int | None:
        """The feed position stored with the last page."""
        with self.engine.connect() as conn:
            value = self._cursor(conn, FEED_CURSOR)
        return int(value) if value is not None else None

    def snapshot_position(self) -> tuple[int, str] | None:
        """A snapshot in progress."""
        with self.engine.connect() as conn:
            cursor, token = self._cursor(conn, SNAPSHOT_CURSOR), self._cursor(conn, SNAPSHOT_TOKEN)
        return (int(cursor), token) if cursor is not None and token else None

    def apply_snapshot_page(self, items: list[IncomingChange], cursor: int, next_token: str | None) -> None:
        """A snapshot page and the snapshot's position; the last page hands over to the feed.

        While more pages follow, the secondary and search indexes are dropped (deferred_indexes.py); the last
        page builds them, in its own transaction, so the feed cursor is never stored without them. A large
        snapshot's search index is written by a child process as the pages land (search_builder.py).
        """
        builder = self._search_builder
        if next_token is None and builder is not None:
            self._end_beside(builder, items, cursor)
            return
        statements = None
        with self.writer.connect() as conn:
            with conn.begin():
                if next_token is not None:
                    deferred_indexes.defer(conn)
                self._apply(conn, items)
                self._set_cursor(conn, SNAPSHOT_CURSOR, str(cursor) if next_token else None)
                self._set_cursor(conn, SNAPSHOT_TOKEN, next_token)
                stored = self._stored_rid(conn)
                if next_token is None:
                    self._set_cursor(conn, FEED_CURSOR, str(cursor))
                    deferred_indexes.restore(conn)
                elif builder is not None:
                    search_builder.forget_unsent(conn, builder.sent)
                elif not self._search_builder_failed and stored >= search_builder.START_AT:
                    statements = deferred_indexes.search_statements(conn)
                    if statements is not None:
                        search_builder.track(conn)  # before the child reads anything
            if next_token is None:
                deferred_indexes.release_memory(conn)
        settle(self.engine, self.vault)
        if builder is not None:
            builder.reach(stored)
        elif statements is not None:
            try:
                self._search_builder = search_builder.SearchBuilder.start(
                    self.engine, *statements, stored, deferred_indexes.refill_hash)
            except search_builder.BuildFailed:
                self._search_builder_failed = True

    def _end_beside(self, builder: search_builder.SearchBuilder, items: list[IncomingChange], cursor: int) -> None:
        """The last page of a snapshot whose search index a child wrote, in three transactions: the page and the
        sorted lists' indexes, while the child writes what it was sent and merges its index; the child's index
        copied in (`adopt`); the rest of the build with the feed cursor. A process stopped before the last leaves
        the snapshot's position at this page, which the next run fetches and stores again, and the deferred note,
        by which the index is refilled whole."""
        builder.finish()
        try:
            with self.writer.connect() as conn, conn.begin():
                self._apply(conn, items)
                deferred_indexes.build_indexes(conn)
            upto = builder.result()
            with self.writer.connect() as conn:
                if upto is not None and builder.attach(conn.connection.driver_connection):
                    try:
                        builder.adopt(conn)
                    except search_builder.BuildFailed:
                        upto = None
                    finally:
                        if not builder.detach(conn.connection.driver_connection):
                            conn.invalidate()  # the pool opens a new connection in its place
                else:
                    upto = None
            with self.writer.connect() as conn:
                with conn.begin():
                    self._set_cursor(conn, SNAPSHOT_CURSOR, None)
                    self._set_cursor(conn, SNAPSHOT_TOKEN, None)
                    self._set_cursor(conn, FEED_CURSOR, str(cursor))
                    deferred_indexes.restore(conn, adopted=upto)
                deferred_indexes.release_memory(conn)
        finally:
            self._search_builder = None
            builder.close()
        settle(self.engine, self.vault)

    @staticmethod
    def _stored_rid(conn: Connection) -> int:
        return int(conn.exec_driver_sql("SELECT max(rid) FROM documents").scalar() or 0)

    def end_snapshot(self) -> None:
        """Build the indexes an unfinished snapshot deferred (the next run drops them again as it goes on)."""
        builder, self._search_builder = self._search_builder, None
        if builder is not None:
            builder.close()
        with self.engine.connect() as conn:
            if not deferred_indexes.is_deferred(conn):
                return
        with self.writer.connect() as conn:
            with conn.begin():
                deferred_indexes.restore(conn)
            deferred_indexes.release_memory(conn)

    def apply_changes(self, changes: list[IncomingChange], cursor: int) -> None:
        """A feed page and the new cursor, in one transaction; its removals are staged, not applied."""
        with self.writer.begin() as conn:
            self._apply(conn, changes)
            self._set_cursor(conn, FEED_CURSOR, str(cursor))
        settle(self.engine, self.vault)  # the files of documents this page made secret

    def reset_feed(self) -> None:
        """Start over from a snapshot at the next pull."""
        with self.writer.begin() as conn:
            for name in (FEED_CURSOR, SNAPSHOT_CURSOR, SNAPSHOT_TOKEN):
                self._set_cursor(conn, name, None)

    def count_records(self) -> int:
        """Synced records held (documents, notes, tasks, reports)."""
        with self.engine.connect() as conn:
            return sum(conn.execute(select(func.count()).select_from(TABLES[e])).scalar_one() for e in PURGEABLE)

    def _apply(self, conn: Connection, changes: list[IncomingChange]) -> None:
        """Write a page's upserts and stage its removals (applied at the feed head: replica_removals.py)."""
        # The feed keeps only the newest entry per record, but a page may still repeat a record: last one wins.
        latest: dict[tuple[str, str], IncomingChange] = {}
        for change in changes:
            latest.pop((change.entity, change.id), None)
            latest[(change.entity, change.id)] = change
        ordered = sorted(latest.values(), key=lambda c: ENTITY_ORDER[c.entity])
        held = self._held_fields(conn, [c.id for c in ordered if c.entity in ("document", "task")])
        texts = {c.id: c.record_json for c in ordered if c.record_json is not None}
        for entity in ENTITY_ORDER:
            upserts = [c.record for c in ordered if c.entity == entity and c.op == "upsert" and c.record is not None]
            if upserts:
                self._upsert(conn, entity, upserts, *held, texts)
        self._unstage(conn, [(c.entity, c.id) for c in ordered if c.op == "upsert"])
        self._stage_removals(conn, [(c.entity, c.id) for c in ordered if c.op == "remove" and c.entity in PURGEABLE])
        # The unit's directory (units, people) is not what the mass-purge guard protects: it follows at once. An
        # event's own removal is not applied: it leaves with its document, whose removal is staged (and asked about
        # in a mass purge) and cascades, so a declined purge keeps a document's trail with it.
        for entity in ("unit", "person"):
            gone = [c.id for c in ordered if c.entity == entity and c.op == "remove"]
            if gone:
                self._delete_rows(conn, entity, TABLES[entity], gone)

    def _upsert(self, conn: Connection, entity: str, records: list[Row], held: dict[str, Row],
                open_conflicts: dict[str, Row], texts: dict[str, str]) -> None:
        """New records inserted together, known ones updated together; `texts` holds records' own JSON text,
        stored as their server copy instead of encoding the record again."""
        table = TABLES[entity]
        now = self.clock()
        ids = [r["id"] for r in records]
        existing = read_bases(conn, table, ids)
        secret: set[str] = set()
        allowed = False
        if entity == "document":
            # A server that sends content on a secret document anyway (a bug, an old version, an attack) gets
            # its register entry stored and nothing else: the content is dropped here, never written.
            allowed = summary_allowed(conn, self.opened.info.unit.id)
            secret = {r["id"] for r in records if is_secret(r.get("secrecy"))}
            records = [stub_record(r, summary_allowed=allowed) if r["id"] in secret else r for r in records]
        if entity in ("document_note", "document_event"):
            records = self._with_parent(conn, documents, records, "document_id")
        elif entity == "task_report":
            records = self._with_parent(conn, tasks, records, "task_id")
        fresh, changed = [], []
        for record in records:
            shown = record
            if record["id"] in held or record["id"] in open_conflicts:
                shown = self._merge(conn, entity, record, existing.get(record["id"]), held.get(record["id"], {}),
                                    open_conflicts.get(record["id"], {}))
                if record["id"] in secret:
                    shown = stub_record(shown, summary_allowed=allowed)
            if record["id"] in existing:
                changed.append((record, shown))
            else:
                fresh.append((record, shown))
        # Each record's server copy goes in as the text it came as, not encoded again; a secret document's record
        # here is already its stub, so its text from the server is never used.
        bases = [(record["id"], (texts.get(record["id"]) if record["id"] not in secret else None) or record)
                 for record, _ in fresh + changed] if has_base(table) else []
        rows = []
        for record, shown in fresh:
            row = new_row(entity, shown, now)
            _check_storable(entity, record["id"], row, whole=True)
            rows.append(row)
        updates = []
        for record, shown in changed:
            values = columns(entity, shown)
            if "updated_at" in table.c:
                values["updated_at"] = values.get("updated_at") or now
            _check_storable(entity, record["id"], values, whole=False)
            updates.append((record["id"], values))
        held_secret = sorted(secret & set(existing))
        unlinked = self._attachment_files(conn, held_secret)
        raised = any(conn.execute(select(documents.c.id).where(
            documents.c.id.in_(chunk), documents.c.secrecy < int(Secrecy.MAT)).limit(1)).first()
            for chunk in batched(held_secret, 500))
        insert_rows(conn, table, rows)
        _update_rows(conn, table, updates)
        write_bases(conn, table, bases)
        if entity == "document":
            self._write_attachments(conn, [(r["id"], r.get("attachments", [])) for r, _ in fresh + changed],
                                    replace=bool(changed))
        if secret:
            purge_secret_content(conn, summary_allowed=allowed, ids=secret, unlinked=unlinked, raised=raised,
                                 written_as_stubs=frozenset(r["id"] for r, _ in fresh) & secret)

    @staticmethod
    def _attachment_files(conn: Connection, doc_ids: list[str]) -> dict[str, list[str]]:
        files: dict[str, list[str]] = {}
        for chunk in batched(doc_ids, 500):
            for doc_id, sha in conn.execute(select(document_attachments.c.document_id, document_attachments.c.sha256)
                                            .where(document_attachments.c.document_id.in_(chunk))).all():
                files.setdefault(doc_id, []).append(sha)
        return files

    @staticmethod
    def _with_parent(conn: Connection, parent: Table, records: list[Row], key: str) -> list[Row]:
        # A note or report whose parent is not here is skipped: the parent brings its children along when it
        # enters the unit's scope (the server republishes them).
        wanted = {r[key] for r in records}
        present: set[str] = set()
        for chunk in batched(sorted(wanted), 500):
            present |= set(conn.execute(select(parent.c.id).where(parent.c.id.in_(chunk))).scalars())
        return [r for r in records if r[key] in present]

    def _merge(self, conn: Connection, entity: str, remote: Row, base: Row | None, held: Row,
               open_conflicts: Row) -> Row:
        """Merge unsent local edits with a newer server record (sync/engine/merge.py) and store what it decided:
        new conflicts, the server's side of open ones, and the fields that leave the outbox."""
        outcome = merge_record(remote, base, held, open_conflicts)
        for name in outcome.reopened:
            conn.execute(update(conflicts).where(
                conflicts.c.record_id == remote["id"], conflicts.c.field == name,
                conflicts.c.resolved_at.is_(None)).values(remote_value=remote.get(name),
                                                           remote_version=remote["version"]))
        for name, local in outcome.conflicting.items():
            conn.execute(insert(conflicts).values(
                entity=entity, record_id=remote["id"], field=name, base_value=(base or {}).get(name),
                local_value=local, remote_value=remote.get(name), remote_version=remote["version"],
                created_at=self.clock()))
        if outcome.settled:
            self._drop_fields(conn, remote["id"], set(outcome.settled))
        return outcome.shown

    @staticmethod
    def _drop_fields(conn: Connection, record_id: str, names: set[str]) -> None:
        """Take fields out of a record's unsent update entries; an entry left with nothing goes."""
        rows = conn.execute(select(outbox.c.seq, outbox.c.fields).where(
            outbox.c.record_id == record_id, outbox.c.state == "pending", outbox.c.op == "update")).all()
        for seq, fields in rows:
            kept = {k: v for k, v in fields.items() if k not in names}
            if kept == fields:
                continue
            if kept:
                conn.execute(update(outbox).where(outbox.c.seq == seq).values(fields=kept))
            else:
                conn.execute(delete(outbox).where(outbox.c.seq == seq))


def _update_rows(conn: Connection, table: Table, updates: list[tuple[str, Row]]) -> None:
    """Known rows updated with one statement per set of columns and per `rows_per_statement` rows: `WITH
    incoming(...) AS (VALUES ...) UPDATE ... FROM incoming`. The rows of a page are distinct records.

    Not one run of a statement per row: each run of a statement whose triggers write the search index makes FTS5
    write what it holds as a segment of its own (at the run's statement savepoint), so an incremental sync of
    2,000 edits left about 20 segments, merged and merged again, and the session's tidy merged the whole index
    after it (issue 17). Nor an UPDATE built and compiled per row: that was half of an incremental sync's CPU.
    """
    groups: dict[tuple[str, ...], list[tuple[str, Row]]] = {}
    for record_id, values in updates:
        groups.setdefault(tuple(values), []).append((record_id, values))
    for names, group in groups.items():
        # Each value as SQLAlchemy's own UPDATE binds it (dates and times as text, JSON encoded, booleans).
        processors = [table.c[name].type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for name in names]
        for chunk in batched(group, rows_per_statement(len(names) + 1)):
            parameters: list[Any] = []
            for record_id, values in chunk:
                parameters.append(record_id)
                parameters += [value if process is None else process(value)
                               for process, value in zip(processors, values.values(), strict=True)]
            conn.exec_driver_sql(_update_sql(table.name, names, len(chunk)), tuple(parameters))


@functools.lru_cache(maxsize=64)
def _update_sql(table: str, names: tuple[str, ...], rows: int) -> str:
    given = ", ".join(f"v{index}" for index in range(len(names)))
    assignments = ", ".join(f'"{name}" = incoming.v{index}' for index, name in enumerate(names))
    return (f"WITH incoming(row_id, {given}) AS ({value_rows(len(names) + 1, rows)}) "
            f'UPDATE "{table}" SET {assignments} FROM incoming WHERE "{table}".id = incoming.row_id')


def _check_storable(entity: str, record_id: str, values: Row, *, whole: bool) -> None:
    reason = unstorable(entity, values, whole=whole)
    if reason is not None:
        # Raised inside the page's transaction: the page and its cursor roll back together, the run fails naming
        # the record, and the next run asks for the same page again (a fixed server then sends it right).
        raise ProtocolError(f"{entity} {record_id} cannot be stored on this computer: {reason}")
