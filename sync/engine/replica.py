"""What the engine needs from the local copy it syncs: the `Replica` protocol, implemented by the client's cache.

Each method that writes is one local transaction, so a crash between two calls leaves a state the next run
continues from: a page of changes and its cursor together; an answer and the removal of its outbox entry together.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal, Protocol

from sync.engine.token_store import TokenStore


@dataclass(frozen=True)
class IncomingChange:
    """A validated feed entry or snapshot item: an upsert carries the record, a removal does not."""

    entity: str
    id: str
    op: Literal["upsert", "remove"]
    version: int
    record: dict[str, Any] | None
    # The record as JSON text, when validation made it anyway (pages read from their bytes): the replica may
    # store it as its base copy instead of encoding the record again.
    record_json: str | None = None


@dataclass(frozen=True)
class PendingMutation:
    """An outbox entry ready to send: its wire fields, and the attachments that must be uploaded first."""

    seq: int
    mutation_id: str
    entity: str
    op: str
    record_id: str
    base_version: int | None
    fields: dict[str, Any]
    attachments: list[dict[str, Any]] = field(default_factory=list)

    def wire(self) -> dict[str, Any]:
        """The mutation as the push request carries it; the outbox seq is the device sequence."""
        body: dict[str, Any] = {"mutation_id": self.mutation_id, "device_seq": self.seq, "entity": self.entity,
                                "op": self.op, "record_id": self.record_id, "fields": self.fields}
        if self.base_version is not None:
            body["base_version"] = self.base_version
        return body


@dataclass(frozen=True)
class MissingAttachment:
    """An attachment a record references whose bytes are not on this computer yet."""

    sha256: str
    size: int
    name: str


@dataclass(frozen=True)
class ConflictView:
    """An edit of the same field on both sides, kept for the user to decide."""

    id: int
    entity: str
    record_id: str
    field: str
    base_value: Any
    local_value: Any
    remote_value: Any
    remote_version: int | None


@dataclass(frozen=True)
class QueueCounts:
    pending: int
    failed: int
    conflicts: int


class Replica(TokenStore, Protocol):
    """The local copy of one profile, as the sync engine reads and writes it."""

    @property
    def ceiling(self) -> int:
        """The highest secrecy level this profile may hold."""
        ...

    @property
    def unit_id(self) -> str:
        """The unit this profile belongs to: records of other units are refused (inbound.py)."""
        ...

    @property
    def run_lock_path(self) -> Path:
        """The lock file that keeps two syncs of this profile (in any processes) from running at once."""
        ...

    # -- small state ---------------------------------------------------------------------------------------------

    def get_state(self, name: str) -> str | None:
        """A value of the sync's own state (last contact, last error...)."""
        ...

    def set_state(self, values: dict[str, str | None]) -> None:
        """Write several state values in one transaction."""
        ...

    # -- pull ----------------------------------------------------------------------------------------------------

    def feed_cursor(self) -> int | None:
        """The last feed position stored, or None before the first complete snapshot."""
        ...

    def snapshot_position(self) -> tuple[int, str] | None:
        """A snapshot in progress: (its cursor, the next page token)."""
        ...

    def apply_snapshot_page(self, items: list[IncomingChange], cursor: int, next_token: str | None) -> None:
        """Store a snapshot page and where the snapshot stands; the last page also sets the feed cursor.

        The replica may build its secondary indexes once at the snapshot's end instead of row by row: the last
        page builds them in its own transaction.
        """
        ...

    def end_snapshot(self) -> None:
        """A snapshot stopped before its last page (an error, a cancel): build whatever indexes it deferred, so the
        cache answers as usual until the next run goes on. A no-op when nothing is deferred."""
        ...

    def apply_changes(self, changes: list[IncomingChange], cursor: int) -> None:
        """Store a page of the feed and the new cursor in one transaction, merging with unsent local edits.

        Removals of documents, notes, tasks and reports are staged in that same transaction, not applied (the
        directory's units and people go at once); an upsert of a record (in this page, a later one or a snapshot
        page) takes back its staged removal, since the record came back into scope.
        """
        ...

    def reset_feed(self) -> None:
        """Forget the feed cursor, so that the next pull starts from a snapshot (unsent changes are kept)."""
        ...

    def count_records(self) -> int:
        """How many synced records the cache holds (the base of the mass-purge check)."""
        ...

    def count_staged_removals(self) -> int:
        """How many records applying the staged removals would delete: those present, with the notes and reports
        their removal deletes along with a document or task. Reads only."""
        ...

    def apply_staged_removals(self) -> int:
        """Apply every staged removal and clear them, in one transaction; return what was counted as removed.

        A record holding an unsent change is not purged but deferred (see `purge_deferred`). Attachment files no
        record references any more are released after the transaction.
        """
        ...

    # -- push ----------------------------------------------------------------------------------------------------

    def pending_mutations(self, limit: int) -> list[PendingMutation]:
        """The oldest unsent outbox entries, in device-sequence order."""
        ...

    def store_answers(self, answers: list[tuple[int, dict[str, Any]]]) -> None:
        """Store the server's answers to outbox entries (by seq) and remove those entries, in one transaction."""
        ...

    def mark_failed(self, seq: int, code: str, reason: str) -> None:
        """Record a permanent refusal on the entry; the queue moves on."""
        ...

    def purge_deferred(self) -> list[str]:
        """Purge records that left scope once their unsent changes are gone; return attachment hashes freed."""
        ...

    # -- audit ---------------------------------------------------------------------------------------------------

    def pending_opens(self, limit: int) -> list[tuple[int, str, str]]:
        """The oldest document opens not yet in the server's audit log: (seq, document id, ISO time)."""
        ...

    def forget_opens(self, up_to_seq: int) -> None:
        """The server has the opens up to this seq: remove them."""
        ...

    # -- attachments ---------------------------------------------------------------------------------------------

    def open_attachment(self, sha256: str) -> AbstractContextManager[Iterator[bytes]]:
        """The plaintext of an attachment in the vault, piece by piece (for upload)."""
        ...

    def missing_attachments(self) -> list[MissingAttachment]:
        """Referenced attachments whose bytes are not in the vault yet, smallest first."""
        ...

    def store_attachment(self, sha256: str, source: BinaryIO) -> None:
        """Put verified bytes into the vault and mark them present."""
        ...

    def release_attachments(self, hashes: list[str]) -> None:
        """Delete vault files no record references any longer."""
        ...

    # -- what the user sees and decides --------------------------------------------------------------------------

    def counts(self) -> QueueCounts:
        """Unsent changes, refused changes and open conflicts."""
        ...

    def failed_changes(self) -> list[dict[str, Any]]:
        """The refused outbox entries with the reason, for the user to see."""
        ...

    def open_conflicts(self) -> list[ConflictView]:
        """Conflicts waiting for a decision."""
        ...

    def resolve_conflict(self, conflict_id: int, choice: Literal["mine", "theirs", "merged"],
                         value: Any = None) -> None:
        """Keep mine (queue it again), keep theirs (take the server's value) or store a value merged by hand."""
        ...

    def wipe(self) -> None:
        """Destroy the profile's wrapped keys, then delete its files (a revoked device)."""
        ...
