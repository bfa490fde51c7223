"""The cache side of sync: the engine's `Replica` protocol over the encrypted cache's tables and vault.

This module is also the one place where wire records (sync/protocol/records.py) and cache rows meet: records
from the server become rows, and outbox entries (however the local write paths shaped them) become mutations the
server accepts. Every method that writes does so in one transaction, so a crash leaves either the old or the new
state, never half of a page or an answer without its outbox entry removed.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import AbstractContextManager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, Table, delete, func, insert, select, update

from client.cache.errors import CacheError, IntegrityError
from client.cache.outbox import outbox_entry
from client.cache.pdftext import extract_text
from client.cache.schema import (
    conflicts,
    deferred_removals,
    document_attachments,
    documents,
    outbox,
    sync_cursors,
    sync_state,
    task_reports,
    tasks,
)
from client.cache.store import RecordNotFoundError, batched
from client.cache.wire_rows import PURGEABLE, TABLES, attachment_refs, columns, new_row, wire_fields
from sync.engine.merge import keep_local, merge_record
from sync.engine.replica import ConflictView, IncomingChange, MissingAttachment, PendingMutation, QueueCounts
from sync.engine.status import GRACE_HOURS, LAST_ONLINE, offline_grace_expired
from sync.protocol.mutations import FIELD_MODELS
from sync.protocol.wire import TokenResponse

if TYPE_CHECKING:
    from client.cache.keys import KeyringSlot
    from client.cache.profile import OpenProfile

Row = dict[str, Any]
_DELETE_FIELD = "(delete)"
FEED_CURSOR = "feed"
SNAPSHOT_CURSOR = "snapshot.cursor"
SNAPSHOT_TOKEN = "snapshot.token"
RUN_LOCK_FILE = "sync.lock"
# Text is read from downloaded PDFs up to this size; the bytes are decrypted into memory for it.
MAX_TEXT_SOURCE_BYTES = 30 * 1024 * 1024


class LocalEditError(CacheError):
    """A local edit that cannot be stored (unknown field, wrong value)."""


class OfflineLockedError(CacheError):
    """The profile has been offline past its unit's grace period: an online sign-in unlocks it."""

    def __init__(self, hours: int) -> None:
        self.hours = hours
        super().__init__(
            f"This profile has not reached the server for more than {hours} hours, the limit set for your unit. "
            "Connect to the network and sign in online with your password (commune-office signin --server ...) "
            "to unlock it."
        )


# -- the replica -------------------------------------------------------------------------------------------------


class CacheReplica:
    """One open profile's cache as the sync engine sees it."""

    def __init__(self, opened: OpenProfile, keyring: KeyringSlot | None = None, *,
                 clock: Any = dt.datetime.now) -> None:
        self.opened = opened
        self.engine: Engine = opened.engine
        self.writer = opened.engine.execution_options(write=True)
        self.vault = opened.vault
        self.keyring = keyring
        self.clock = clock

    @property
    def ceiling(self) -> int:
        return int(self.opened.info.unit.secrecy_ceiling)

    @property
    def run_lock_path(self) -> Path:
        return self.opened.folder / RUN_LOCK_FILE

    # -- small state ---------------------------------------------------------------------------------------------

    def get_state(self, name: str) -> str | None:
        """A value of the sync's state."""
        with self.engine.connect() as conn:
            return conn.execute(select(sync_state.c.value).where(sync_state.c.name == name)).scalar()

    def set_state(self, values: dict[str, str | None]) -> None:
        """Write several values in one transaction."""
        with self.writer.begin() as conn:
            self._put_state(conn, values)

    def _put_state(self, conn: Connection, values: dict[str, str | None]) -> None:
        now = self.clock()
        for name, value in values.items():
            conn.execute(delete(sync_state).where(sync_state.c.name == name))
            if value is not None:
                conn.execute(insert(sync_state).values(name=name, value=value, updated_at=now))

    def load_tokens(self) -> tuple[str | None, float, str | None]:
        """The session tokens kept inside the encrypted cache."""
        with self.engine.connect() as conn:
            got = dict(conn.execute(select(sync_state.c.name, sync_state.c.value).where(
                sync_state.c.name.in_(["auth.access", "auth.access_expires", "auth.refresh"]))).all())
        return got.get("auth.access"), float(got.get("auth.access_expires") or 0), got.get("auth.refresh")

    def save_tokens(self, access: str, expires_at: float, refresh: str) -> None:
        """Keep a new token pair."""
        self.set_state({"auth.access": access, "auth.access_expires": str(expires_at), "auth.refresh": refresh})

    def bind_account(self, answer: TokenResponse, server_url: str, expires_at: float) -> None:
        """Record an online sign-in: device, tokens, user, unit and the time of this contact."""
        self.set_state({
            "auth.device_id": answer.device_id, "auth.user_id": answer.user.id, "account.unit_id": answer.unit.id,
            "account.server_url": server_url, GRACE_HOURS: str(answer.unit.offline_grace_hours),
            LAST_ONLINE: dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "auth.access": answer.access_token, "auth.access_expires": str(expires_at),
            "auth.refresh": answer.refresh_token,
        })

    def device_id(self) -> str | None:
        """The server's id of this device, once signed in online."""
        return self.get_state("auth.device_id")

    # -- pull ----------------------------------------------------------------------------------------------------

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
        """A snapshot page and the snapshot's position; the last page hands over to the feed."""
        with self.writer.begin() as conn:
            freed = self._apply(conn, items)
            self._set_cursor(conn, SNAPSHOT_CURSOR, str(cursor) if next_token else None)
            self._set_cursor(conn, SNAPSHOT_TOKEN, next_token)
            if next_token is None:
                self._set_cursor(conn, FEED_CURSOR, str(cursor))
        self.release_attachments(freed)

    def apply_changes(self, changes: list[IncomingChange], cursor: int) -> None:
        """A feed page and the new cursor, in one transaction."""
        with self.writer.begin() as conn:
            freed = self._apply(conn, changes)
            self._set_cursor(conn, FEED_CURSOR, str(cursor))
        self.release_attachments(freed)

    def reset_feed(self) -> None:
        """Start over from a snapshot at the next pull."""
        with self.writer.begin() as conn:
            for name in (FEED_CURSOR, SNAPSHOT_CURSOR, SNAPSHOT_TOKEN):
                self._set_cursor(conn, name, None)

    def count_records(self) -> int:
        """Synced records held (documents, notes, tasks, reports)."""
        with self.engine.connect() as conn:
            return sum(conn.execute(select(func.count()).select_from(TABLES[e])).scalar_one() for e in PURGEABLE)

    def count_present(self, ids: list[tuple[str, str]]) -> int:
        """How many of these records are here."""
        found = 0
        with self.engine.connect() as conn:
            for entity in {e for e, _ in ids}:
                table = TABLES.get(entity)
                if table is None:
                    continue
                wanted = [i for e, i in ids if e == entity]
                for chunk in batched(wanted, 500):
                    found += conn.execute(select(func.count()).select_from(table).where(
                        table.c.id.in_(chunk))).scalar_one()
        return found

    def _apply(self, conn: Connection, changes: list[IncomingChange]) -> list[str]:
        """Write a page of incoming changes; return attachment hashes that removed records held."""
        # The feed keeps only the newest entry per record, but a page may still repeat a record: last one wins.
        latest: dict[tuple[str, str], IncomingChange] = {}
        for change in changes:
            latest.pop((change.entity, change.id), None)
            latest[(change.entity, change.id)] = change
        ordered = sorted(latest.values(), key=lambda c: _ENTITY_ORDER[c.entity])
        held = self._held_fields(conn, [c.id for c in ordered if c.entity in ("document", "task")])
        pending = self._records_with_pending(conn, [c.id for c in ordered])
        freed: list[str] = []
        for entity in _ENTITY_ORDER:
            group = [c for c in ordered if c.entity == entity]
            if not group:
                continue
            upserts = [c.record for c in group if c.op == "upsert" and c.record is not None]
            removals = [c.id for c in group if c.op == "remove"]
            if upserts:
                self._upsert(conn, entity, upserts, *held)
            if removals:
                freed += self._remove(conn, entity, removals, pending)
        return freed

    def _records_with_pending(self, conn: Connection, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for chunk in batched(ids, 500):
            found |= set(conn.execute(select(outbox.c.record_id).where(
                outbox.c.record_id.in_(chunk), outbox.c.state == "pending")).scalars())
        return found

    def _held_fields(self, conn: Connection, ids: list[str]) -> tuple[dict[str, Row], dict[str, Row]]:
        """Per record, what the merge must not overwrite: the unsent update entries' fields (oldest first, so a
        later value wins) and the fields with an open conflict, each with the local side it keeps."""
        held: dict[str, Row] = {}
        open_conflicts: dict[str, Row] = {}
        for chunk in batched(ids, 500):
            rows = conn.execute(select(outbox.c.record_id, outbox.c.fields).where(
                outbox.c.record_id.in_(chunk), outbox.c.state == "pending", outbox.c.op == "update",
            ).order_by(outbox.c.seq)).all()
            for record_id, fields in rows:
                held.setdefault(record_id, {}).update(fields)
            open_rows = conn.execute(select(conflicts.c.record_id, conflicts.c.field, conflicts.c.local_value).where(
                conflicts.c.record_id.in_(chunk), conflicts.c.resolved_at.is_(None)).order_by(conflicts.c.id)).all()
            for record_id, field, local_value in open_rows:
                open_conflicts.setdefault(record_id, {})[field] = local_value  # the newest conflict wins
        return held, open_conflicts

    def _upsert(self, conn: Connection, entity: str, records: list[Row], held: dict[str, Row],
                open_conflicts: dict[str, Row]) -> None:
        table = TABLES[entity]
        now = self.clock()
        ids = [r["id"] for r in records]
        existing: dict[str, Any] = {}
        for chunk in batched(ids, 500):
            select_base = [table.c.id, table.c.base] if "base" in table.c else [table.c.id, table.c.id]
            existing.update(dict(conn.execute(select(*select_base).where(table.c.id.in_(chunk))).all()))
        if entity == "document_note":
            records = self._with_parent(conn, documents, records, "document_id")
        elif entity == "task_report":
            records = self._with_parent(conn, tasks, records, "task_id")
        fresh, changed = [], []
        for record in records:
            shown = record
            if record["id"] in held or record["id"] in open_conflicts:
                shown = self._merge(conn, entity, record, existing.get(record["id"]), held.get(record["id"], {}),
                                    open_conflicts.get(record["id"], {}))
            if record["id"] in existing:
                changed.append((record, shown))
            else:
                fresh.append((record, shown))
        if fresh:
            rows = []
            for record, shown in fresh:
                row = new_row(entity, shown, now)
                if "base" in table.c:
                    row["base"] = record
                rows.append(row)
            conn.execute(insert(table), rows)
        for record, shown in changed:
            values = columns(entity, shown)
            if "base" in table.c:
                values["base"] = record
            if "updated_at" in table.c:
                values["updated_at"] = values.get("updated_at") or now
            conn.execute(update(table).where(table.c.id == record["id"]).values(**values))
        if entity == "document":
            self._write_attachments(conn, [(r["id"], r.get("attachments", [])) for r, _ in fresh + changed],
                                    replace=bool(changed))

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

    def _write_attachments(self, conn: Connection, docs: list[tuple[str, list[Row]]], *, replace: bool) -> None:
        known: dict[tuple[str, str], Row] = {}
        if replace:
            for chunk in batched([d for d, _ in docs], 500):
                for row in conn.execute(select(document_attachments).where(
                        document_attachments.c.document_id.in_(chunk))).mappings():
                    known[(row["document_id"], row["sha256"])] = dict(row)
                conn.execute(delete(document_attachments).where(document_attachments.c.document_id.in_(chunk)))
        rows = []
        for doc_id, refs in docs:
            seen: set[str] = set()
            for position, ref in enumerate(refs):
                if ref["sha256"] in seen:
                    continue
                seen.add(ref["sha256"])
                old = known.get((doc_id, ref["sha256"]), {})
                rows.append({"document_id": doc_id, "sha256": ref["sha256"], "name": ref["name"],
                             "size": ref["size"], "mime": ref.get("mime") or "application/octet-stream",
                             "position": position, "text": old.get("text"),
                             "present": self.vault.contains(ref["sha256"])})
        if rows:
            conn.execute(insert(document_attachments), rows)

    def _remove(self, conn: Connection, entity: str, ids: list[str], pending: set[str]) -> list[str]:
        table = TABLES[entity]
        keep = [i for i in ids if i in pending]
        for record_id in keep:
            # Principle 8: not while it holds an unsent change; it goes once the change is sent.
            conn.execute(delete(deferred_removals).where(deferred_removals.c.entity == entity,
                                                         deferred_removals.c.record_id == record_id))
            conn.execute(insert(deferred_removals).values(entity=entity, record_id=record_id,
                                                          created_at=self.clock()))
        gone = [i for i in ids if i not in pending]
        return self._delete_rows(conn, entity, table, gone)

    def _delete_rows(self, conn: Connection, entity: str, table: Table, ids: list[str]) -> list[str]:
        freed: list[str] = []
        for chunk in batched(ids, 500):
            if entity == "document":
                freed += conn.execute(select(document_attachments.c.sha256).where(
                    document_attachments.c.document_id.in_(chunk))).scalars().all()
            if entity in ("task_report", "task"):
                reports = task_reports.c.task_id if entity == "task" else task_reports.c.id
                for evidence in conn.execute(select(task_reports.c.evidence).where(reports.in_(chunk))).scalars():
                    freed += [e["sha256"] for e in evidence or []]
            conn.execute(delete(table).where(table.c.id.in_(chunk)))
            conn.execute(delete(conflicts).where(conflicts.c.record_id.in_(chunk)))
        return freed

    # -- push ----------------------------------------------------------------------------------------------------

    def pending_mutations(self, limit: int) -> list[PendingMutation]:
        """The oldest unsent entries as wire mutations; base versions are the record's current server version."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(outbox).where(outbox.c.state == "pending").order_by(outbox.c.seq)
                                .limit(limit)).mappings().all()
            out = []
            for row in rows:
                base_version = row["base_version"]
                if row["op"] in ("update", "delete") and row["entity"] in ("document", "task"):
                    table = TABLES[row["entity"]]
                    current = conn.execute(select(table.c.server_version).where(
                        table.c.id == row["record_id"])).scalar()
                    base_version = current if current is not None else base_version
                fields = wire_fields(row["entity"], row["op"], row["fields"])
                refs = [r for r in attachment_refs(row["entity"], fields) if self.vault.contains(r["sha256"])]
                out.append(PendingMutation(row["seq"], row["mutation_id"], row["entity"], row["op"],
                                           row["record_id"], base_version, fields, refs))
        return out

    def mark_failed(self, seq: int, code: str, reason: str) -> None:
        """A permanent refusal, kept on the entry for the user to see."""
        with self.writer.begin() as conn:
            conn.execute(update(outbox).where(outbox.c.seq == seq).values(
                state="failed", code=code, last_error=reason, attempts=outbox.c.attempts + 1))

    def store_answers(self, answers: list[tuple[int, dict[str, Any]]]) -> None:
        """Store each answer and remove its entry, all in one transaction."""
        freed: list[str] = []
        with self.writer.begin() as conn:
            for seq, result in answers:
                entry = conn.execute(select(outbox).where(outbox.c.seq == seq)).mappings().first()
                if entry is None:
                    continue
                if result["status"] == "rejected":
                    reason = result.get("reason") or "The server refused this change."
                    conn.execute(update(outbox).where(outbox.c.seq == seq).values(
                        state="failed", code=result.get("code"), last_error=reason,
                        attempts=outbox.c.attempts + 1))
                    continue
                conn.execute(delete(outbox).where(outbox.c.seq == seq))
                if result["status"] == "conflict":
                    self._store_conflict(conn, dict(entry), result)
                elif entry["op"] == "delete":
                    freed += self._delete_rows(conn, entry["entity"], TABLES[entry["entity"]], [entry["record_id"]])
                if result.get("record") is not None:
                    self._store_server_copy(conn, entry["entity"], result["record"])
        self.release_attachments(freed)

    def _store_server_copy(self, conn: Connection, entity: str, record: Row) -> None:
        shown = record
        if entity in ("document", "task"):
            held, open_conflicts = self._held_fields(conn, [record["id"]])
            # Fields still waiting in later entries stay as the user typed them (they are sent next).
            shown = keep_local(record, held.get(record["id"], {}), open_conflicts.get(record["id"], {}))
        self._write_one(conn, entity, record, shown)

    def _write_one(self, conn: Connection, entity: str, record: Row, shown: Row) -> None:
        table = TABLES[entity]
        exists = conn.execute(select(table.c.id).where(table.c.id == record["id"])).first() is not None
        values = columns(entity, shown)
        if "base" in table.c:
            values["base"] = record
        if exists:
            conn.execute(update(table).where(table.c.id == record["id"]).values(**values))
        else:
            row = new_row(entity, shown, self.clock())
            if "base" in table.c:
                row["base"] = record
            if entity == "document":
                row["unread"] = False
            conn.execute(insert(table).values(**row))
        if entity == "document":
            self._write_attachments(conn, [(record["id"], record.get("attachments", []))], replace=True)

    def _store_conflict(self, conn: Connection, entry: Row, result: dict[str, Any]) -> None:
        record = result["record"]
        entity, record_id = entry["entity"], entry["record_id"]
        table = TABLES[entity]
        base = conn.execute(select(table.c.base).where(table.c.id == record_id)).scalar() or {}
        now = self.clock()
        if entry["op"] == "delete":
            conn.execute(insert(conflicts).values(
                entity=entity, record_id=record_id, field=_DELETE_FIELD, base_value=None, local_value=True,
                remote_value=None, remote_version=result.get("version"), created_at=now))
            return
        fields = wire_fields(entity, entry["op"], entry["fields"])
        clashing = set(result.get("conflicting_fields") or [])
        for name in sorted(clashing & set(fields)):
            conn.execute(insert(conflicts).values(
                entity=entity, record_id=record_id, field=name, base_value=base.get(name),
                local_value=fields[name], remote_value=record.get(name), remote_version=result.get("version"),
                created_at=now))
        # The server applied none of this mutation: its other fields go back in the queue, unless a later
        # entry sets them again (then the later value is the one the user wants).
        later = self._held_fields(conn, [record_id])[0].get(record_id, {})
        rest = {k: v for k, v in fields.items() if k not in clashing and k not in later}
        if rest:
            conn.execute(insert(outbox).values(outbox_entry(entity, record_id, "update", rest, now)))

    def purge_deferred(self) -> list[str]:
        """Remove records that left scope once nothing unsent holds them."""
        freed: list[str] = []
        with self.writer.begin() as conn:
            rows = conn.execute(select(deferred_removals)).mappings().all()
            for row in rows:
                waiting = conn.execute(select(outbox.c.seq).where(
                    outbox.c.record_id == row["record_id"], outbox.c.state == "pending").limit(1)).first()
                if waiting is not None:
                    continue
                freed += self._delete_rows(conn, row["entity"], TABLES[row["entity"]], [row["record_id"]])
                conn.execute(delete(deferred_removals).where(deferred_removals.c.entity == row["entity"],
                                                             deferred_removals.c.record_id == row["record_id"]))
        return freed

    # -- attachments ---------------------------------------------------------------------------------------------

    def open_attachment(self, sha256: str) -> AbstractContextManager[Iterator[bytes]]:
        """The decrypted bytes of an attachment, chunk by chunk."""
        return self.vault.open_reader(sha256)  # type: ignore[return-value]

    def missing_attachments(self) -> list[MissingAttachment]:
        """Attachments referenced by cached records whose bytes are not here, smallest first."""
        found: dict[str, MissingAttachment] = {}
        with self.engine.connect() as conn:
            rows = conn.execute(select(document_attachments.c.sha256, document_attachments.c.size,
                                       document_attachments.c.name).where(
                document_attachments.c.present.is_(False))).all()
            evidence = conn.execute(select(task_reports.c.evidence)).scalars().all()
        for sha, size, name in rows:
            found.setdefault(sha, MissingAttachment(sha, int(size), name))
        for refs in evidence:
            for ref in refs or []:
                found.setdefault(ref["sha256"], MissingAttachment(ref["sha256"], int(ref["size"]), ref["name"]))
        return sorted((m for m in found.values() if not self.vault.contains(m.sha256)), key=lambda m: m.size)

    def store_attachment(self, sha256: str, source: BinaryIO) -> None:
        """Encrypt verified bytes into the vault and mark every reference present."""
        digest = self.vault.put_stream(source)
        if digest != sha256:
            self.vault.delete(digest)
            raise IntegrityError(f"Attachment {sha256[:12]}… did not match its hash and was not stored.")
        text = self._attachment_text(sha256)
        with self.writer.begin() as conn:
            values: Row = {"present": True} if text is None else {"present": True, "text": text}
            conn.execute(update(document_attachments).where(document_attachments.c.sha256 == sha256)
                         .values(**values))

    def _attachment_text(self, sha256: str) -> str | None:
        """The text layer of a downloaded PDF, so that search finds words inside it as in imported ones."""
        with self.engine.connect() as conn:
            ref = conn.execute(select(document_attachments.c.mime, document_attachments.c.size)
                               .where(document_attachments.c.sha256 == sha256).limit(1)).first()
        if ref is None or ref.mime != "application/pdf" or ref.size > MAX_TEXT_SOURCE_BYTES:
            return None
        return extract_text(io.BytesIO(self.vault.read_bytes(sha256)), ref.mime)

    def release_attachments(self, hashes: list[str]) -> None:
        """Delete vault files that no record references any more (after the purge's transaction)."""
        if not hashes:
            return
        with self.engine.connect() as conn:
            still = set(conn.execute(select(document_attachments.c.sha256).where(
                document_attachments.c.sha256.in_(set(hashes)))).scalars())
            for refs in conn.execute(select(task_reports.c.evidence)).scalars():
                still |= {r["sha256"] for r in refs or []}
            for fields in conn.execute(select(outbox.c.fields)).scalars():
                still |= {r["sha256"] for r in (fields.get("attachments") or fields.get("evidence") or [])}
        for sha in set(hashes) - still:
            self.vault.delete(sha)

    # -- what the user sees and decides --------------------------------------------------------------------------

    def counts(self) -> QueueCounts:
        """Unsent, refused and conflicting changes."""
        with self.engine.connect() as conn:
            by_state = dict(conn.execute(select(outbox.c.state, func.count()).group_by(outbox.c.state)).all())
            open_conflicts = conn.execute(select(func.count()).select_from(conflicts).where(
                conflicts.c.resolved_at.is_(None))).scalar_one()
        return QueueCounts(by_state.get("pending", 0), by_state.get("failed", 0), open_conflicts)

    def failed_changes(self) -> list[dict[str, Any]]:
        """Refused changes with the server's reason."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(outbox.c.seq, outbox.c.entity, outbox.c.record_id, outbox.c.op,
                                       outbox.c.code, outbox.c.last_error).where(outbox.c.state == "failed")
                                .order_by(outbox.c.seq)).mappings().all()
        return [dict(r) for r in rows]

    def open_conflicts(self) -> list[ConflictView]:
        """Conflicts waiting for a decision, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(conflicts).where(conflicts.c.resolved_at.is_(None))
                                .order_by(conflicts.c.id)).mappings().all()
        return [ConflictView(r["id"], r["entity"], r["record_id"], r["field"], r["base_value"], r["local_value"],
                             r["remote_value"], r["remote_version"]) for r in rows]

    def resolve_conflict(self, conflict_id: int, choice: Literal["mine", "theirs", "merged"],
                         value: Any = None) -> None:
        """Apply the user's decision; a kept or merged value is queued as a new edit on the current version."""
        with self.writer.begin() as conn:
            row = conn.execute(select(conflicts).where(conflicts.c.id == conflict_id)).mappings().first()
            if row is None or row["resolved_at"] is not None:
                raise RecordNotFoundError(f"No open conflict {conflict_id}.")
            entity, record_id, field = row["entity"], row["record_id"], row["field"]
            conn.execute(update(conflicts).where(conflicts.c.id == conflict_id).values(
                resolved_at=self.clock(), resolution=choice))
            table = TABLES[entity]
            base = conn.execute(select(table.c.base).where(table.c.id == record_id)).scalar()
            if field == _DELETE_FIELD:
                if choice != "theirs":
                    conn.execute(insert(outbox).values(outbox_entry(entity, record_id, "delete", {}, self.clock())))
                return
            if choice == "theirs":
                if base is not None and field in base:
                    conn.execute(update(table).where(table.c.id == record_id).values(
                        **columns(entity, {field: base[field]})))
                return
            chosen = row["local_value"] if choice == "mine" else value
            self._queue_edit(conn, entity, record_id, {field: chosen})

    # -- local edits of synced records ---------------------------------------------------------------------------

    def edit(self, entity: Literal["document", "task"], record_id: str, changes: dict[str, Any]) -> None:
        """Change fields of a document or task here and queue the update (status, assignment, any field)."""
        try:
            clean = FIELD_MODELS[entity].model_validate(changes).model_dump(mode="json", exclude_unset=True)
        except ValidationError as error:
            err = error.errors()[0]
            raise LocalEditError(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}") from error
        if entity == "document" and int(clean.get("secrecy") or 0) > self.ceiling:
            raise LocalEditError("This unit may not hold a document at that secrecy level.")
        with self.writer.begin() as conn:
            self._queue_edit(conn, entity, record_id, clean)

    def _queue_edit(self, conn: Connection, entity: str, record_id: str, clean: Row) -> None:
        table = TABLES[entity]
        if conn.execute(select(table.c.id).where(table.c.id == record_id)).first() is None:
            raise RecordNotFoundError(f"No {entity} with id {record_id} in this cache.")
        now = self.clock()
        values = columns(entity, clean)
        if "updated_at" in table.c:
            values["updated_at"] = now
        conn.execute(update(table).where(table.c.id == record_id).values(**values))
        # Typing a new value into a field that has an open conflict is the user's decision on that conflict.
        conn.execute(update(conflicts).where(
            conflicts.c.record_id == record_id, conflicts.c.field.in_(list(clean)),
            conflicts.c.resolved_at.is_(None)).values(resolved_at=now, resolution="merged"))
        if entity == "document" and "attachments" in clean:
            self._write_attachments(conn, [(record_id, clean["attachments"])], replace=True)
        create = conn.execute(select(outbox.c.seq, outbox.c.fields).where(
            outbox.c.record_id == record_id, outbox.c.state == "pending", outbox.c.op == "create")).first()
        if create is not None:
            # Not on the server yet: the create carries the new values, no update needs a base.
            conn.execute(update(outbox).where(outbox.c.seq == create.seq).values(fields={**create.fields, **clean}))
            return
        version = conn.execute(select(table.c.server_version).where(table.c.id == record_id)).scalar()
        conn.execute(insert(outbox).values(outbox_entry(entity, record_id, "update", clean, now, version)))

    def set_document_status(self, doc_id: str, status: str) -> None:
        """Move a document along its register (received -> registered -> assigned ...)."""
        self.edit("document", doc_id, {"status": status})

    def assign_document(self, doc_id: str, handler_id: str | None, deadline: str | None,
                        direction_note: str | None = None) -> None:
        """The leader's assignment: handler, processing deadline and direction note (bút phê)."""
        changes: Row = {"handler_id": handler_id, "deadline": deadline}
        if direction_note is not None:
            changes["direction_note"] = direction_note
        self.edit("document", doc_id, changes)

    # -- revocation ----------------------------------------------------------------------------------------------

    def wipe(self) -> None:
        """A revoked device: forget the saved key, destroy the wrapped key in profile.json, then delete the files."""
        folder = self.opened.folder
        profile_id = self.opened.info.profile_id
        if self.keyring is not None:
            with suppress(CacheError):
                self.keyring.forget(profile_id)
        profile_file = folder / "profile.json"
        if profile_file.exists():
            # Without the wrapped key the database and vault are unreadable even if deleting fails half-way.
            data = json.loads(profile_file.read_text(encoding="utf-8"))
            data["wrapped_key"] = {"destroyed": True}
            with open(profile_file, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(data))
                handle.flush()
                os.fsync(handle.fileno())
        self.opened.close()
        shutil.rmtree(folder, ignore_errors=True)


_ENTITY_ORDER: dict[str, int] = {"unit": 0, "person": 1, "document": 2, "document_note": 3, "task": 4,
                                 "task_report": 5}


def offline_lock_hours(engine: Engine) -> int | None:
    """The unit's grace period in hours when this profile has been offline longer than it; None otherwise."""

    def get_state(name: str) -> str | None:
        with engine.connect() as conn:
            return conn.execute(select(sync_state.c.value).where(sync_state.c.name == name)).scalar()

    return offline_grace_expired(get_state)

