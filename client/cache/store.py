"""Reading and writing the records of an open cache: documents, notes, tasks, reports and their attachments.

Every local change is written together with its outbox entry in one transaction, so a change is either both
saved and queued for the server, or neither. Records from the server (`local=False`) carry no outbox entry.
Nothing above the unit's secrecy ceiling is ever stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Engine, func, insert, literal_column, select, update

from client.cache.database import disk_full_as_error
from client.cache.errors import CacheError, SecrecyCeilingError
from client.cache.lists import SORT_KEY, list_page, overdue_tasks_statement, task_walks
from client.cache.outbox import outbox_entry
from client.cache.page_walks import read_page
from client.cache.pdftext import detect_mime, extract_text
from client.cache.queue_status import queue_counts
from client.cache.schema import (
    document_attachments,
    document_notes,
    document_opens,
    documents,
    outbox,
    task_reports,
    tasks,
)
from client.cache.search import CANDIDATES, DocumentFilter, candidates, ranked
from client.cache.search_index import tidy
from client.cache.secret_stubs import refuse_content, summary_allowed
from client.cache.suggest import suggestion
from client.cache.vault import Vault
from client.cache.wire_rows import mutation_fields, wire_fields
from sync.protocol.domain import Secrecy

if TYPE_CHECKING:  # records arrive validated; their pydantic models load only where they are made (issue 17)
    from client.cache.records import DocumentRecord, NoteRecord, ReportRecord, TaskRecord

Row = dict[str, Any]
T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterable[list[T]]:
    """Consecutive lists of at most `size` items (itertools.batched arrives only in Python 3.12)."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class RecordNotFoundError(CacheError):
    code = "record_not_found"


@dataclass
class NewDocument:
    """A document to store, with the files to attach (PDFs, scans)."""

    record: DocumentRecord
    files: Sequence[Path] = field(default_factory=tuple)


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    name: str
    size: int
    mime: str
    text: str | None

    def as_ref(self) -> Row:
        return {"sha256": self.sha256, "name": self.name, "size": self.size, "mime": self.mime}


class CacheStore:
    """The records of one open profile, over its encrypted database and attachment vault."""

    def __init__(
        self,
        engine: Engine,
        vault: Vault,
        ceiling: Secrecy,
        *,
        clock: Callable[[], datetime] = datetime.now,
        unit_id: str | None = None,
    ) -> None:
        self.engine = engine
        self.unit_id = unit_id  # whose policy on secret entries applies (units.secret_summary_allowed)
        self.writer = engine.execution_options(write=True)
        self.vault = vault
        self.ceiling = ceiling
        self.clock = clock

    # -- documents -------------------------------------------------------------------------------------------

    def add_document(self, record: DocumentRecord, files: Sequence[Path] = (), *, local: bool = True) -> str:
        """Store one document with its attachments; return its id."""
        self.add_documents([NewDocument(record, files)], local=local)
        return record.id

    def add_documents(self, items: Iterable[NewDocument], *, local: bool = True, batch_size: int = 1000) -> int:
        """Store documents in batches of one transaction each; return how many were stored.

        Every record is checked against the secrecy ceiling before its batch is written, so a refused record
        stores nothing of its batch.
        """
        stored = 0
        allowed = self.summary_allowed()
        for batch in batched(items, batch_size):
            for item in batch:
                # before any file goes into the vault
                self.check_document(item.record, item.files, local=local, summary_allowed=allowed)
            files = [[self._store_file(path) for path in item.files] for item in batch]
            now = self.clock()
            with disk_full_as_error(f"{len(batch)} document(s)"), self.writer.begin() as connection:
                self._insert_documents(connection, batch, files, local=local, now=now)
            stored += len(batch)
        return stored

    def check_document(self, record: DocumentRecord, files: Sequence[Path] = (), *, local: bool = True,
                       summary_allowed: bool | None = None) -> None:
        """Raise the refusal `add_documents` would give this document with these files, storing nothing (an import
        checks every record of its bundle this way before it stores any). Every rule on what a document may hold
        belongs here, so that a bundle reports it at the item (and at the field a refusal names in its params)."""
        self._check_ceiling("document", record.id, record.secrecy)
        if local:
            mutation_fields("document", "create", record.model_dump(mode="json"))
        # A secret document is a register entry only (Law 117/2025): refused here, so that every entrance refuses it.
        refuse_content(wire_fields("document", "create", record.model_dump(mode="json")),
                       secrecy=record.secrecy, files=len(files),
                       summary_allowed=self.summary_allowed() if summary_allowed is None else summary_allowed,
                       what=f"document {record.number_symbol or record.id}")

    def _insert_documents(self, connection: Connection, items: Sequence[NewDocument],
                          files: Sequence[Sequence[StoredFile]], *, local: bool, now: datetime) -> None:
        doc_rows, attachment_rows, outbox_rows = [], [], []
        for item, listed in zip(items, files, strict=True):
            record = item.record
            # The same content listed twice (under one name or two) is one attachment of the document.
            unique: dict[str, StoredFile] = {}
            for stored_file in listed:
                unique.setdefault(stored_file.sha256, stored_file)
            stored_files = list(unique.values())
            doc_rows.append(
                {
                    **record.model_dump(),
                    "secrecy": int(record.secrecy),
                    "urgency": int(record.urgency),
                    "unread": not local,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            attachment_rows += [
                {"document_id": record.id, "position": i, "present": True, "text": f.text, **f.as_ref()}
                for i, f in enumerate(stored_files)
            ]
            if local:
                fields = record.model_dump(mode="json") | {"attachments": [f.as_ref() for f in stored_files]}
                outbox_rows.append(outbox_entry("document", record.id, "create",
                                                mutation_fields("document", "create", fields), now))
        if doc_rows:
            connection.execute(insert(documents), doc_rows)
        if attachment_rows:
            connection.execute(insert(document_attachments), attachment_rows)
        if outbox_rows:
            connection.execute(insert(outbox), outbox_rows)

    def get_document(self, doc_id: str) -> Row:
        """A document with its attachments and its processing notes, oldest first."""
        with self.engine.connect() as connection:
            row = connection.execute(select(documents).where(documents.c.id == doc_id)).mappings().first()
            if row is None:
                raise RecordNotFoundError(f"No document with id {doc_id} in this cache.")
            attachments = connection.execute(
                select(document_attachments)
                .where(document_attachments.c.document_id == doc_id)
                .order_by(document_attachments.c.position)
            ).mappings()
            notes = connection.execute(
                select(document_notes)
                .where(document_notes.c.document_id == doc_id)
                .order_by(document_notes.c.created_at, literal_column("document_notes.rowid"))
            ).mappings()
            return {
                **row,
                "attachments": [{k: v for k, v in a.items() if k != "text"} for a in attachments],
                "notes": [dict(n) for n in notes],
            }

    def list_documents(
        self,
        where: DocumentFilter = DocumentFilter(),
        *,
        order_by: str = "issued_date",
        descending: bool = True,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Row]:
        """One page of documents matching the filter, in the given order, blank values last (`lists.py`)."""
        with self.engine.connect() as connection:
            rows = list_page(connection, where, order_by, descending, limit, offset, self.ceiling)
        for row in rows:
            row.pop(SORT_KEY, None)
        return rows

    def count_documents(self, where: DocumentFilter = DocumentFilter()) -> int:
        """How many documents match the filter."""
        with self.engine.connect() as connection:
            statement = select(func.count()).select_from(documents).where(*where.conditions())
            return connection.execute(statement).scalar_one()

    def search(
        self, query: str, where: DocumentFilter = DocumentFilter(), *, limit: int = 50, offset: int = 0
    ) -> list[Row]:
        """Documents matching the words typed, best first; an empty query lists by date instead."""
        with self.engine.connect() as connection:
            rids = candidates(connection, query, where, offset + limit + CANDIDATES)
            if rids is None:
                return self.list_documents(where, limit=limit, offset=offset)
            return [dict(r) for r in connection.execute(ranked(query, rids, limit, offset)).mappings()] if rids else []

    def tidy_search_index(self, stop: Callable[[], bool] = lambda: False) -> int:
        """Merge the search index's segments when an initial sync or import left many (`search_index.tidy`): in
        short steps, resumable; returns the segments left."""
        return tidy(self.writer, stop)

    def suggest(self, query: str) -> str | None:
        """"Did you mean": the query with unknown words replaced by the nearest indexed ones, when that finds
        something; None otherwise (see `suggest.suggestion`)."""
        with self.engine.connect() as connection:
            return suggestion(connection, query, lambda text: bool(self.search(text, limit=1)))

    def mark_read(self, doc_id: str) -> None:
        """Mark a document as read (local state only, not synced)."""
        with self.writer.begin() as connection:
            connection.execute(update(documents).where(documents.c.id == doc_id).values(unread=False))

    def record_open(self, doc_id: str) -> None:
        """Keep that the user opened this document, for the server's audit log (sent at the next sync)."""
        with self.writer.begin() as connection:
            connection.execute(insert(document_opens).values(document_id=doc_id, opened_at=self.clock()))

    def is_secret_file(self, sha256: str) -> bool:
        """Whether a secret document lists this file (never, once its content is purged)."""
        statement = select(document_attachments.c.sha256).join(
            documents, documents.c.id == document_attachments.c.document_id).where(
            document_attachments.c.sha256 == sha256, documents.c.secrecy >= int(Secrecy.MAT)).limit(1)
        with self.engine.connect() as connection:
            return connection.execute(statement).first() is not None

    def summary_allowed(self) -> bool:
        """Whether the unit's policy lets a secret register entry keep its summary (off until the server says)."""
        with self.engine.connect() as connection:
            return summary_allowed(connection, self.unit_id)

    def add_note(self, note: NoteRecord) -> str:
        """Append a processing note to a document; notes are never edited or deleted."""
        self.check_note(note)
        with disk_full_as_error("the processing note"), self.writer.begin() as connection:
            self._insert_note(connection, note, self.clock())
        return note.id

    def check_note(self, note: NoteRecord) -> None:
        """Raise the refusal `add_note` would give this note's content, storing nothing."""
        mutation_fields("document_note", "append", note.model_dump(mode="json"))

    def _insert_note(self, connection: Connection, note: NoteRecord, now: datetime) -> None:
        fields = mutation_fields("document_note", "append", note.model_dump(mode="json"))
        self._require(connection, documents.c.id, note.document_id, "document")
        connection.execute(insert(document_notes).values(**note.model_dump(), created_at=now))
        connection.execute(insert(outbox).values(outbox_entry("document_note", note.id, "append", fields, now)))

    def next_arrival_number(self, year: int) -> int:
        """The next number of the unit's incoming register for a year (provisional until the server confirms it)."""
        statement = select(func.max(documents.c.arrival_number)).where(
            documents.c.kind == "incoming",
            documents.c.arrival_date >= date(year, 1, 1),
            documents.c.arrival_date <= date(year, 12, 31),
        )
        with self.engine.connect() as connection:
            return (connection.execute(statement).scalar() or 0) + 1

    # -- tasks -----------------------------------------------------------------------------------------------

    def add_tasks(self, records: Iterable[TaskRecord], *, local: bool = True, batch_size: int = 1000) -> int:
        """Store tasks in batches of one transaction each; return how many were stored."""
        stored = 0
        for batch in batched(records, batch_size):
            for record in batch:
                self._check_ceiling("task", record.id, record.secrecy)
            with disk_full_as_error(f"{len(batch)} task(s)"), self.writer.begin() as connection:
                self._insert_tasks(connection, batch, local=local, now=self.clock())
            stored += len(batch)
        return stored

    def check_task(self, record: TaskRecord, *, local: bool = True) -> None:
        """Raise the refusal `add_tasks` would give this task, storing nothing."""
        self._check_ceiling("task", record.id, record.secrecy)
        if local:
            mutation_fields("task", "create", record.model_dump(mode="json"))

    def _insert_tasks(self, connection: Connection, batch: Sequence[TaskRecord], *, local: bool,
                      now: datetime) -> None:
        if not batch:
            return
        wire = [mutation_fields("task", "create", r.model_dump(mode="json")) for r in batch] if local else []
        rows = [
            {
                **r.model_dump(mode="json"),
                "deadline": r.deadline,
                "secrecy": int(r.secrecy),
                "created_at": now,
                "updated_at": now,
            }
            for r in batch
        ]
        connection.execute(insert(tasks), rows)
        if local:
            connection.execute(
                insert(outbox),
                [outbox_entry("task", r.id, "create", f, now) for r, f in zip(batch, wire, strict=True)],
            )

    def list_tasks(
        self, *, resolution: str | None = None, status: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[Row]:
        """Tasks, by resolution then deadline, those with no deadline last."""
        with self.engine.connect() as connection:
            return read_page(connection, task_walks(connection, resolution, status), limit, offset)

    def overdue_tasks(self, today: date, *, limit: int = 500) -> list[Row]:
        """Open tasks whose deadline has passed, the most overdue first."""
        with self.engine.connect() as connection:
            return [dict(r) for r in connection.execute(overdue_tasks_statement(today).limit(limit)).mappings()]

    def add_report(self, report: ReportRecord, evidence: Sequence[Path] = ()) -> str:
        """Append a progress report with its evidence files; the task's progress follows the report's figure."""
        with self.engine.connect() as connection:  # before the files go into the vault, not after
            self._require(connection, tasks.c.id, report.task_id, "task")
        self.check_report(report)
        stored_files = [self._store_file(path) for path in evidence]
        with disk_full_as_error("the progress report"), self.writer.begin() as connection:
            self._insert_report(connection, report, stored_files, self.clock())
        return report.id

    def check_report(self, report: ReportRecord) -> None:
        """Raise the refusal `add_report` would give this report's content, storing nothing."""
        mutation_fields("task_report", "append", report.model_dump(mode="json"))

    def _insert_report(self, connection: Connection, report: ReportRecord, stored_files: Sequence[StoredFile],
                       now: datetime) -> None:
        refs = [f.as_ref() for f in stored_files]
        fields = mutation_fields("task_report", "append", report.model_dump(mode="json") | {"evidence": refs})
        self._require(connection, tasks.c.id, report.task_id, "task")
        connection.execute(insert(task_reports).values(**report.model_dump(), evidence=refs, created_at=now))
        if report.progress_percent is not None:
            connection.execute(
                update(tasks)
                .where(tasks.c.id == report.task_id)
                .values(progress_percent=report.progress_percent, updated_at=now)
            )
        connection.execute(insert(outbox).values(outbox_entry("task_report", report.id, "append", fields, now)))

    # -- several kinds at once -------------------------------------------------------------------------------

    def add_records(
        self,
        new_documents: Sequence[NewDocument] = (),
        new_tasks: Sequence[TaskRecord] = (),
        notes: Sequence[NoteRecord] = (),
        reports: Sequence[tuple[ReportRecord, Sequence[Path]]] = (),
    ) -> None:
        """Store local documents, tasks, notes and reports in one transaction: all of them, or nothing.

        Every record is checked first (`check_*`), then the files go into the vault, then one transaction writes
        the rows and their outbox entries, documents and tasks before the notes and reports that name them (so
        they reach the server in that order). Files the vault did not hold before are removed again when anything
        fails, so a refused import leaves no trace.
        """
        for item in new_documents:
            self.check_document(item.record, item.files)
        for task in new_tasks:
            self.check_task(task)
        for note in notes:
            self.check_note(note)
        for report, _ in reports:
            self.check_report(report)
        added: list[str] = []
        try:
            document_files = [[self._store_file(path, added) for path in item.files] for item in new_documents]
            evidence = [[self._store_file(path, added) for path in files] for _, files in reports]
            now = self.clock()
            what = f"{len(new_documents) + len(new_tasks) + len(notes) + len(reports)} record(s)"
            with disk_full_as_error(what), self.writer.begin() as connection:
                self._insert_documents(connection, new_documents, document_files, local=True, now=now)
                self._insert_tasks(connection, new_tasks, local=True, now=now)
                for note in notes:
                    self._insert_note(connection, note, now)
                for (report, _), stored_files in zip(reports, evidence, strict=True):
                    self._insert_report(connection, report, stored_files, now)
        except BaseException:
            for sha256 in added:
                self.vault.delete(sha256)
            raise

    def task_reports(self, task_id: str) -> list[Row]:
        """A task's progress reports, oldest first."""
        statement = select(task_reports).where(task_reports.c.task_id == task_id).order_by(task_reports.c.created_at)
        with self.engine.connect() as connection:
            return [dict(r) for r in connection.execute(statement).mappings()]

    # -- sync state ------------------------------------------------------------------------------------------

    def pending_changes(self) -> int:
        """Local changes waiting to be sent to the server (refused ones are counted apart: `queue_counts`)."""
        return queue_counts(self.engine).pending

    def open_conflicts(self) -> int:
        """Conflicts waiting for the user's decision."""
        return queue_counts(self.engine).conflicts

    # -- internals -------------------------------------------------------------------------------------------

    def _check_ceiling(self, entity: str, record_id: str, secrecy: Secrecy) -> None:
        if secrecy > self.ceiling:
            raise SecrecyCeilingError(
                f"Refused to store {entity} {record_id}: it is classified {secrecy.label_vi}, above what this unit "
                f"may hold ({self.ceiling.label_vi}). Nothing of it was saved on this computer.",
                entity=entity, record_id=record_id, field="secrecy",
            )

    def _store_file(self, path: Path, added: list[str] | None = None) -> StoredFile:
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"attachment {path} does not exist or is not a file")
        mime = detect_mime(path)
        sha256, new = self.vault.put_file_new(path)
        if new and added is not None:
            added.append(sha256)
        return StoredFile(sha256, path.name, path.stat().st_size, mime, extract_text(path, mime))

    @staticmethod
    def _require(connection: Connection, column: Any, value: str, what: str) -> None:
        if connection.execute(select(column).where(column == value)).first() is None:
            raise RecordNotFoundError(f"No {what} with id {value} in this cache.", entity=what, missing_id=value)
