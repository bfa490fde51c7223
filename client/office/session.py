"""One open profile as the screens and the command line use it: its queries, its actions, its sync.

`OfficeSession` is the only door from `client/ui` and `client/cli` into the core (Anki's `Collection`): it owns
the open profile, its store, its replica, and (once connected) the sync engine and its transport. Every action
and every sync run returns a `Changes` value naming the views and counts it made stale. No Qt here; the methods
block, so the GUI calls them on its worker runner, never on its own thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from sqlalchemy import select

from client.cache.database import full_check
from client.cache.errors import CacheError
from client.cache.highlight import explain_match
from client.cache.keys import KeyringSlot, unwrap_key
from client.cache.ocr_pages import OcrPages, OcrState
from client.cache.profile import OpenProfile, ProfileInfo
from client.cache.queue_status import queue_counts
from client.cache.schema import documents
from client.cache.search import DocumentFilter
from client.cache.secret_purge import take_notice
from client.cache.secret_stubs import SecretContentError
from client.cache.signature_verdicts import SignatureVerdicts
from client.office import online, refused, undo
from client.office.actions import ActionError, DocumentWorkflow, available_actions
from client.office.changes import DOCUMENT_VIEWS, Changes
from client.office.errors import NotBoundError, OfficeError
from client.office.queries import conflict_rows, handlers, recipient_units
from client.office.refused import RefusedChange
from client.office.sync_news import (
    Deadlines,
    TouchRecorder,
    incoming_watermark,
    near_deadlines,
    new_incoming,
)
from client.office.unit_numbering import UnitNumbering, next_number, unit_numbering
from client.signatures.errors import SignatureError
from client.signatures.verdicts import FileVerdict
from sync.engine.replica import QueueCounts
from sync.engine.status import read_status
from sync.protocol.lifecycle import creation_error, fields_error
from sync.protocol.secrecy import is_secret

if TYPE_CHECKING:
    # Imported where they are used instead: the import bundle's models, OCR, the PDF and spreadsheet writers, the
    # token and PDF-signing libraries and the engine's HTTP stack each load only for the work that needs them, so
    # opening a profile (`commune-office status`, the app's first window) does not pay for all of them (issue 17).
    from client.cache.importing import Bundle, ImportResult
    from client.cache.records import DocumentRecord, NoteRecord, ReportRecord
    from client.office import ocr_runs
    from client.office.registers import RegisterKind, RegisterRange
    from client.office.reports import Report, ResolutionSummary
    from client.office.trail import TrailEntry
    from client.signatures.token import TokenCertificate, TokenInfo
    from sync.engine import CancelToken, Progress, SyncEngine, SyncReport, SyncStatus, Transport

Row = dict[str, Any]
# What may be done with a document's content; a secret document has none here (register entry only).
ConfirmPurge = Callable[[int, int], bool]


@dataclass(frozen=True)
class SyncResult:
    """What one sync run did and what the user should hear about it."""

    report: SyncReport
    changes: Changes
    status: SyncStatus
    new_incoming: int
    new_titles: list[str]
    deadlines: Deadlines


class OfficeSession:
    """A signed-in profile: queries, actions (each returning `Changes`), the lock screen's check, and sync."""

    def __init__(self, opened: OpenProfile, keyring: KeyringSlot | None = None) -> None:
        self.opened = opened
        self.keyring = keyring
        self.store = opened.store
        # The replica records which views each stored page touched, so a sync run can say what it changed.
        self.replica = TouchRecorder(opened, keyring)
        self.known_roles: frozenset[str] = self.roles()
        self.known_user_id: str | None = self.user_id()  # kept like known_roles, for the screens' checks
        self.workflow = DocumentWorkflow(self.replica, lambda: self.known_roles)
        self._engine: SyncEngine | None = None
        self._transport: Transport | None = None
        self._connect_lock = threading.Lock()
        self.signature_verdicts = SignatureVerdicts(self.store.engine)
        self.ocr_pages = OcrPages(self.store.engine)
        self.revocation_problems: list[str] = []  # what the last online revocation check could not fetch

    # -- who and where -----------------------------------------------------------------------------------------

    @property
    def info(self) -> ProfileInfo:
        return self.opened.info

    @property
    def notices(self) -> list[str]:
        """What the user should be told about the opening (damage set aside, no keyring...)."""
        return self.opened.notices

    @property
    def folder(self) -> Path:
        return self.opened.folder

    @property
    def is_open(self) -> bool:
        return self.opened.folder.exists()

    def user_id(self) -> str | None:
        """The server's id of the signed-in person, once signed in online."""
        return self.replica.get_state("auth.user_id")

    def roles(self) -> frozenset[str]:
        """The roles of the signed-in person, read from the unit's directory synced into the cache.

        `known_roles` keeps the last read (made when the session opens and after each sync), so the screens can
        ask `available_actions` on the GUI thread without touching the disk.
        """
        me = self.user_id()
        if me is None:
            return frozenset()
        for person in handlers(self.replica):
            if person["id"] == me:
                return frozenset(person.get("roles") or ())
        return frozenset()

    def close(self) -> None:
        """Close the connections and the profile (after every job using it has finished)."""
        if self._transport is not None:
            self._transport.close()  # closing again later (a sync controller stopping) is harmless
        self.opened.close()

    def __enter__(self) -> OfficeSession:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the lock screen ---------------------------------------------------------------------------------------

    def verify_password(self, password: str) -> None:
        """Raise WrongPasswordError unless this is the profile's password (Argon2: slow on purpose, use a worker)."""
        info = self.opened.info
        unwrap_key(info.wrapped_key, password, info.profile_id)

    # -- queries -----------------------------------------------------------------------------------------------

    def list_documents(self, where: DocumentFilter = DocumentFilter(), *, order_by: str = "issued_date",
                       descending: bool = True, limit: int = 100, offset: int = 0) -> list[Row]:
        """One page of documents matching the filter, in the given order, each with its handler's name."""
        return self._with_handler_names(self.store.list_documents(where, order_by=order_by, descending=descending,
                                                                  limit=limit, offset=offset))

    def _with_handler_names(self, rows: list[Row]) -> list[Row]:
        # The unit's directory is small (tens of people): one read per page beats a join on every list query.
        if not any(row.get("handler_id") for row in rows):
            return rows
        names = {person["id"]: person["full_name"] for person in self.handlers()}
        return [{**row, "handler_name": names.get(row.get("handler_id") or "")} for row in rows]

    def count_documents(self, where: DocumentFilter = DocumentFilter()) -> int:
        return self.store.count_documents(where)

    def search(self, text: str, where: DocumentFilter = DocumentFilter(), *, limit: int = 50,
               offset: int = 0) -> list[Row]:
        """Documents matching the words typed, best first, each with its handler's name."""
        return self._with_handler_names(self.store.search(text, where, limit=limit, offset=offset))

    def suggest(self, text: str) -> str | None:
        """"Did you mean": the words typed with each unknown word replaced by the nearest indexed one, when that
        finds something; None otherwise. For a search that found nothing (reads the index vocabulary)."""
        return self.store.suggest(text)

    def explain_match(self, row: Row, text: str) -> Row | None:
        """What matched in a search result, on its original text: {"field", "text", "spans"} (no I/O)."""
        return explain_match(row, text)

    def document(self, doc_id: str) -> Row:
        """A document with its attachments and notes, and `unsent`: how many of its changes (notes included)
        wait to be sent, `unsent_status` whether its status change is one of them."""
        return self._with_unsent(self.store.get_document(doc_id))

    def open_document(self, doc_id: str) -> tuple[Row, Changes]:
        """A document the user opens: marked read, the open kept for the server's audit log (sent at the next
        sync, so an open made offline is reported too: every view of a secret entry must be), and the lists
        showing it are stale."""
        self.store.mark_read(doc_id)
        self.store.record_open(doc_id)
        row = self._with_unsent(self.store.get_document(doc_id))
        return row, Changes.of_document(row.get("kind"), doc_id)

    def _with_unsent(self, row: Row) -> Row:
        waiting = self.replica.unsent(str(row["id"]))
        return {**row, "unsent": waiting.count, "unsent_status": waiting.status}

    def trail(self, doc_id: str) -> list[TrailEntry]:
        """The document's processing trail: the server's events and the notes in time, then this computer's
        unsent changes and notes, marked pending."""
        from client.office.trail import document_trail

        return document_trail(self.replica, doc_id, self.info.display_name)

    def has_unsent(self, doc_id: str) -> int:
        """How many changes of this document (its notes included) wait to be sent: what Undo would take back."""
        return self.replica.unsent(doc_id).count

    def resolve_document_id(self, prefix: str) -> str:
        """The full id of the one document whose id starts with `prefix` (lists print 8 characters)."""
        if len(prefix) >= 36:
            return prefix
        with self.store.engine.connect() as conn:
            found = conn.execute(select(documents.c.id).where(documents.c.id.startswith(prefix)).limit(2)).all()
        if len(found) != 1:
            raise OfficeError("ambiguous_id" if found else "unknown_id",
                              f"{'no' if not found else 'more than one'} document id starts with {prefix!r}",
                              prefix=prefix)
        return str(found[0][0])

    def tasks(self, *, resolution: str | None = None, status: str | None = None, limit: int = 100,
              offset: int = 0) -> list[Row]:
        return self.store.list_tasks(resolution=resolution, status=status, limit=limit, offset=offset)

    def overdue_tasks(self, today: date | None = None, *, limit: int = 500) -> list[Row]:
        return self.store.overdue_tasks(today or date.today(), limit=limit)

    def task_reports(self, task_id: str) -> list[Row]:
        return self.store.task_reports(task_id)

    def conflicts(self, limit: int = 1000) -> list[Row]:
        """Open conflicts with the number and summary of their document, oldest first."""
        return conflict_rows(self.store.engine, limit)

    def refused_changes(self) -> list[RefusedChange]:
        """Changes the server refused, oldest first: the record, the fields it carried, the code and reason."""
        return refused.refused_changes(self.replica, self.known_roles)

    def counts(self) -> QueueCounts:
        """Changes to send, changes refused, conflicts to decide: one query, the same number everywhere."""
        return queue_counts(self.store.engine)

    def handlers(self) -> list[Row]:
        """People of the unit a document can be assigned to."""
        return handlers(self.replica)

    def recipient_units(self) -> list[Row]:
        """Units a document can be sent to."""
        return recipient_units(self.replica)

    def next_arrival_number(self, year: int) -> int:
        return self.store.next_arrival_number(year)

    def numbering(self) -> UnitNumbering:
        """How the unit numbers its documents (the server's admin setting, synced with the unit's record)."""
        return unit_numbering(self.store.engine, self.info.unit.id)

    def next_number(self, register: str, on: date, *, doc_type: str | None = None, secret: bool = False) -> int:
        """The number a document entering `register` ("incoming" / "outgoing") on `on` would take, by the unit's
        scheme (per year, or per type through the term; secret documents apart where the unit keeps them apart):
        a hint, the server gives the number."""
        return next_number(self.store.engine, self.numbering(), register, on, doc_type=doc_type, secret=secret)

    def symbol_duplicates(self, number_symbol: str, issuing_body: str | None, issued_date: date | None,
                          exclude_id: str | None = None) -> list[Row]:
        """Documents already here with the same issuer, number and symbol in the same year (a warning, not a
        refusal: a copy sent by a second unit is registered again)."""
        from client.office.duplicates import symbol_duplicates

        return symbol_duplicates(self.store.engine, number_symbol, issuing_body,
                                 issued_date.isoformat() if issued_date else None, exclude_id=exclude_id)

    # -- registers (sổ đăng ký) --------------------------------------------------------------------------------

    def register_range(self, kind: str, first: date, last: date) -> RegisterRange:
        """Which register ("incoming" or "outgoing") and days, for this profile's unit (ValueError on another
        register or a range that ends first)."""
        from client.office.registers import RegisterRange

        period = self.numbering().period_label(kind, first, last) if last >= first else ""
        return RegisterRange(cast("RegisterKind", kind), first, last, self.info.unit.name, period)

    def register_lines(self, where: RegisterRange) -> Iterator[tuple[str, ...]]:
        """The register's printed lines in order, streamed from the cache."""
        from client.office.registers import register_lines

        return register_lines(self.store.engine, where)

    def count_register(self, where: RegisterRange) -> int:
        from client.office.registers import count_lines

        return count_lines(self.store.engine, where)

    def export_register(self, where: RegisterRange, target: Path) -> int:
        """Write the register to `target` as PDF or XLSX (by its suffix); returns the lines written."""
        from client.office.table_export import register_pdf, register_xlsx

        suffix = target.suffix.lower()
        if suffix == ".pdf":
            return register_pdf(target, where, self.register_lines(where), self.count_register(where))
        if suffix == ".xlsx":
            return register_xlsx(target, where, self.register_lines(where))
        raise OfficeError("export_format", f"Cannot write {target.name}: name the file .pdf or .xlsx.",
                          name=target.name)

    # -- reports -----------------------------------------------------------------------------------------------

    def report(self, first: date, last: date, today: date | None = None) -> Report:
        """Documents per handler and month, processing time per month and type, overdue work, resolution tasks."""
        from client.office.reports import build_report

        return build_report(self.store.engine, self.info.unit.name, first, last, today or date.today())

    def export_report(self, report: Report, target: Path) -> int:
        """Write a report to `target` as PDF or XLSX (by its suffix); returns the rows written."""
        if target.suffix.lower() not in (".pdf", ".xlsx"):
            raise OfficeError("export_format", f"Cannot write {target.name}: name the file .pdf or .xlsx.",
                              name=target.name)
        from client.office.report_tables import report_file

        return report_file(target, report)

    def resolution_summary(self, number: str, today: date | None = None) -> ResolutionSummary:
        """One resolution's tasks by status, on time against late, indicators and reports due (`unknown_resolution`
        when no task of this PC belongs to it)."""
        from client.office.reports import resolution_summaries

        found = resolution_summaries(self.store.engine, today or date.today(), number.strip())
        if not found:
            raise OfficeError("unknown_resolution", f"No task here belongs to resolution {number!r}: give its number "
                              "and symbol as the task list shows it (e.g. 57-NQ/TW), or sync first.", number=number)
        return found[0]

    def export_resolution_summary(self, number: str, target: Path, today: date | None = None) -> int:
        """Write one resolution's one-page summary to `target` as PDF or XLSX (by its suffix); returns the rows."""
        if target.suffix.lower() not in (".pdf", ".xlsx"):
            raise OfficeError("export_format", f"Cannot write {target.name}: name the file .pdf or .xlsx.",
                              name=target.name)
        from client.office.resolution_report import write_summary

        day = today or date.today()
        return write_summary(target, self.resolution_summary(number, day), self.info.unit.name, day)

    def secret_purge_notice(self) -> int | None:
        """How many entries were reduced to register entries (secret documents whose content this PC may not keep)
        since the user was last told; returns the count once, then None until another purge."""
        return take_notice(self.store.engine)

    def attachment_bytes(self, sha256: str) -> bytes:
        """The decrypted bytes of an attachment (for the viewer)."""
        self._refuse_secret_file(sha256)
        return self.store.vault.read_bytes(sha256)

    def has_attachment(self, sha256: str) -> bool:
        return self.store.vault.contains(sha256)

    def export_attachment(self, sha256: str, dest: Path) -> None:
        """Decrypt an attachment to a file."""
        self._refuse_secret_file(sha256)
        self.store.vault.export_to(sha256, dest)

    def _refuse_secret_file(self, sha256: str) -> None:
        # The store keeps no file of a secret document; should one be listed anyway (a cache written by a
        # faulty version), its bytes are still never handed out.
        if self.store.is_secret_file(sha256):
            raise SecretContentError(["attachments"], f"file {sha256[:12]}")

    def check(self) -> list[str]:
        """Every database page and every attachment verified; the problems found, none when healthy."""
        problems = full_check(self.store.engine)
        for sha256 in self.store.vault.iter_hashes():
            try:
                self.store.vault.verify(sha256)
            except CacheError as error:
                problems.append(str(error))
        return problems

    def watermark(self) -> int:
        """The newest document row now, to tell afterwards what a run added."""
        return incoming_watermark(self.store)

    def news_since(self, watermark: int) -> tuple[int, list[str]]:
        """Unread incoming documents added after the watermark, and the first few titles."""
        return new_incoming(self.store, watermark)

    def near_deadlines(self, days: int) -> Deadlines:
        return near_deadlines(self.store, days)

    # -- actions -----------------------------------------------------------------------------------------------

    def add_document(self, record: DocumentRecord, files: Sequence[Path] = ()) -> Changes:
        """Store a new document (register incoming, draft outgoing, digitized scan) and queue it."""
        if self.known_roles and (refusal := creation_error(self.known_roles, str(record.kind), record.status,
                                                            record.model_dump(mode="json"))):
            raise ActionError(refusal.code, str(refusal), **dict(refusal.params))
        self.store.add_document(record, files)
        return Changes.of_document(str(record.kind), record.id) | self.check_signatures()

    def register_secret(self, record: DocumentRecord) -> Changes:
        """Register a secret document the unit holds on paper or in the secret-document system: a register entry
        with the stub fields and where the original is, never a scan (Law 117/2025/QH15 Art. 5(2))."""
        if not is_secret(record.secrecy):
            raise ActionError("not_secret", "Only a secret document is registered as a register entry only.",
                              secrecy=int(record.secrecy))
        if not (record.original_location or "").strip():
            raise ActionError("original_location_required",
                              "Say where the original is kept (the safe, the secret-document system, a person).")
        return self.add_document(record)

    def import_bundle(self, bundle: Bundle) -> tuple[ImportResult, Changes]:
        """Check a read import bundle whole and store what is new in it, all in one transaction or nothing
        (ImportFileError names every problem); what the cache already holds is counted, not stored again."""
        from client.cache.importing import import_bundle

        result = import_bundle(self.store, bundle)
        stored = result.stored
        views = set(DOCUMENT_VIEWS) if stored.documents else set()
        if stored.tasks or stored.reports:
            views.add("tasks")
        if stored.notes:
            views.add("notes")
        anything = stored.total() > 0
        changes = Changes(frozenset(views), counts=anything, queued=anything)
        return result, (changes | self.check_signatures()) if anything else changes

    def edit_document(self, doc_id: str, fields: dict[str, Any]) -> Changes:
        """Change register fields of a document and queue the update (checked against the role table)."""
        kind = self.workflow.edit(doc_id, fields)
        return Changes.of_document(kind, doc_id)

    def correct_document(self, doc_id: str, fields: dict[str, Any], trail: str | None = None) -> Changes:
        """Correct register fields and, when `trail` is given, record the correction as a processing note."""
        changes = self.edit_document(doc_id, fields)
        if trail:
            changes = changes | self.add_note(self._my_note(doc_id, trail))
        return changes

    def may_set(self, field: str) -> bool:
        """Whether the signed-in person may set this document field (the deadline is the leader's); no I/O."""
        return not self.known_roles or fields_error(self.known_roles, [field]) is None

    def available_actions(self, document: Row) -> frozenset[str]:
        """What the signed-in person may do to this document now ("register", "assign", "start", "done", "send"),
        from the lifecycle and role table the server enforces, and what may be done with its content
        (CONTENT_ACTIONS: none for a secret register entry); no I/O."""
        from client.office.secret_entries import content_actions  # with its form model (pydantic)

        found = available_actions(str(document["kind"]), str(document["status"]), self.known_roles)
        found |= content_actions(document)  # a secret entry has no content to view, print, export or attach to
        me = self.known_user_id
        if "return" in found and me is not None and "admin" not in self.known_roles \
                and document.get("handler_id") != me:
            found -= {"return"}  # only the main handler gives the work back
        return found

    def register(self, doc_id: str) -> Changes:
        """Enter a received document in the unit's incoming register (the server gives the arrival number)."""
        return self.change_status(doc_id, "registered")

    def assign(self, doc_id: str, handler_id: str, deadline: date | None, direction_note: str,
               co_handler_ids: Sequence[str] = (), informed_ids: Sequence[str] = ()) -> Changes:
        """The leader's assignment: main handler, co-handlers (phối hợp), people informed (xem để biết),
        processing deadline and direction note."""
        self.workflow.assign(doc_id, handler_id, deadline, direction_note, co_handler_ids, informed_ids)
        return Changes.of_document("incoming", doc_id)

    def forward(self, doc_id: str, handler_id: str, note: str) -> Changes:
        """Chuyển xử lý: the leader moves the work to another main handler; the note joins the timeline."""
        self.workflow.forward(doc_id, handler_id)
        return self._with_note(doc_id, note)

    def return_to_leader(self, doc_id: str, note: str) -> Changes:
        """Trả lại: the main handler gives the work back to the leader, saying why (the note is required)."""
        if not note.strip():
            raise ActionError("return_needs_note", "Say why the document is returned.")
        self.workflow.return_to_leader(doc_id, self.known_user_id)
        return self._with_note(doc_id, note)

    def submit_to_leader(self, doc_id: str, leader_id: str, note: str = "") -> Changes:
        """Trình: the clerk passes a registered incoming document to a leader of the unit."""
        if not any(person["id"] == leader_id and "leader" in (person.get("roles") or ())
                   for person in self.handlers()):
            raise ActionError("not_a_leader", "Submit the document to one of the unit's leaders.", id=leader_id)
        self.workflow.submit_to_leader(doc_id, leader_id)
        return self._with_note(doc_id, note)

    def _with_note(self, doc_id: str, note: str) -> Changes:
        changes = Changes.of_document("incoming", doc_id)
        if note.strip():
            changes = changes | self.add_note(self._my_note(doc_id, note.strip()))
        return changes

    def _my_note(self, doc_id: str, text: str) -> NoteRecord:
        """A processing note by the signed-in person (the record models load with the first one)."""
        from client.cache.records import NoteRecord

        return NoteRecord(document_id=doc_id, author_id=self.user_id(), author_name=self.info.display_name,
                          text=text)

    def leaders(self) -> list[Row]:
        """The leaders of the unit, to whom the clerk submits documents."""
        return [person for person in self.handlers() if "leader" in (person.get("roles") or ())]

    def change_status(self, doc_id: str, status: str) -> Changes:
        """Move a document forward to a status along its register (start, done ...)."""
        kind = self.workflow.change_status(doc_id, status)
        return Changes.of_document(kind, doc_id)

    def start(self, doc_id: str) -> Changes:
        """The handler starts processing an assigned document."""
        return self.change_status(doc_id, "in_progress")

    def mark_done(self, doc_id: str, result: str | None = None) -> Changes:
        """The document's processing is finished; `result` (kết quả xử lý) is kept as a processing note first.

        The step is checked before the note is queued, so a refused step adds no note."""
        if not (result and result.strip()):
            return self.change_status(doc_id, "done")
        self.workflow.check_status(doc_id, "done")
        changes = self.add_note(self._my_note(doc_id, result.strip()))
        return changes | self.change_status(doc_id, "done")

    def send(self, doc_id: str, unit_ids: list[str]) -> Changes:
        """Send an outgoing document to units of the platform."""
        self.workflow.send(doc_id, unit_ids)
        return Changes.of_document("outgoing", doc_id)

    def add_note(self, note: NoteRecord) -> Changes:
        """Append a processing note to a document."""
        self.store.add_note(note)
        return Changes(frozenset({"notes"}), frozenset({note.document_id}), counts=True, queued=True)

    def add_report(self, report: ReportRecord, evidence: Sequence[Path] = ()) -> Changes:
        """Append a progress report with its evidence files."""
        self.store.add_report(report, evidence)
        return Changes(frozenset({"tasks"}), frozenset({report.task_id}), counts=True, queued=True)

    def resolve_conflict(self, conflict_id: int, choice: Literal["mine", "theirs", "merged"],
                         value: Any = None) -> Changes:
        """Keep mine, keep theirs, or a value merged by hand; a kept or merged value is sent at the next sync."""
        self.replica.resolve_conflict(conflict_id, choice, value)
        return Changes(frozenset({"conflicts"}) | DOCUMENT_VIEWS | {"tasks"}, counts=True, queued=True)

    def discard_refused(self, seq: int) -> Changes:
        """Drop a refused change and restore the server's copy (a refused new record leaves this computer)."""
        return refused.discard(self.replica, seq)

    def retry_refused(self, seq: int, only: Sequence[str] | None = None) -> Changes:
        """Send a refused change again with the record's current values; `only` keeps just these fields."""
        return refused.retry(self.replica, seq, only)

    def undo(self, doc_id: str) -> Changes:
        """Take back every change of this document not yet sent (its notes included): the server's copy comes back,
        a document created here and never sent leaves this computer. Raises OfficeError "already_sent" when none
        waits, SyncBusyError while a sync runs (it may be sending them)."""
        return undo.undo(self.replica, doc_id)

    # -- scans become text (OCR) ------------------------------------------------------------------------------

    def recognise_scans(self, only: Sequence[str] | None = None, *, progress: ocr_runs.OcrProgress | None = None,
                        cancelled: Callable[[], bool] | None = None) -> tuple[ocr_runs.OcrReport, Changes]:
        """Read the scans here that have no text (or those of `only`), page by page, resumable; their text goes
        into the search index. Long: run it on a worker. Raises OcrError "ocr_no_model" when the Vietnamese model
        is not installed."""
        from client.office import ocr_runs

        report = ocr_runs.recognise_pending(self.ocr_pages, self.store.vault, only=only, progress=progress,
                                            cancelled=cancelled)
        return report, Changes(DOCUMENT_VIEWS) if report.finished else Changes()

    def recognition(self, sha256: str) -> OcrState:
        """Where the recognition of one attachment stands (never tried, running, done, failed)."""
        return self.ocr_pages.state(sha256)

    def has_searchable_text(self, sha256: str) -> bool:
        """Whether search finds the words of this attachment (its own text layer, or text recognised in it)."""
        return self.ocr_pages.has_text(sha256)

    def recognised_text(self, sha256: str) -> str | None:
        """The text OCR read in one attachment, page by page; None when nothing was recognised."""
        self._refuse_secret_file(sha256)
        return self.ocr_pages.text(sha256)

    def retry_recognition(self, sha256: str) -> None:
        """Let the next run try again a scan whose recognition failed."""
        self.ocr_pages.retry(sha256)

    def suggest_from_scan(self, path: Path) -> ocr_runs.Suggestions:
        """Register fields guessed from the first page of a scan the clerk is registering (seconds: a worker)."""
        from client.office import ocr_runs

        return ocr_runs.suggest_from_file(path)

    # -- signatures --------------------------------------------------------------------------------------------

    def check_signatures(self) -> Changes:
        """Judge the signatures of every PDF here that has no verdict yet (in a bounded child process; seconds)."""
        from client.office import signature_checks

        try:
            checked = signature_checks.check_unchecked(self.store, self.signature_verdicts,
                                                       signature_checks.trust_anchors())
        except (CacheError, OSError):
            # a file that cannot be read now keeps no verdict and is tried again at the next arrival; the action
            # that brought it (stored already) must not look failed
            return Changes()
        return Changes(DOCUMENT_VIEWS) if checked else Changes()

    def check_revocation(self) -> Changes:
        """Online: fetch the CRLs of files whose revocation is not checked yet, keep them, judge those files again
        (bounded per CRL and per run; an unreachable CRL server leaves the verdict as it was)."""
        from client.office import signature_checks

        checked, self.revocation_problems = signature_checks.check_revocation(
            self.store, self.signature_verdicts, signature_checks.trust_anchors())
        return Changes(DOCUMENT_VIEWS) if checked else Changes()

    def signature_verdict(self, sha256: str) -> FileVerdict | None:
        """The stored verdict on one attachment, one finding per signature; None while it is not checked."""
        from client.office import signature_checks

        return signature_checks.stored_verdict(self.signature_verdicts, sha256)

    def signature_badges(self, doc_ids: Sequence[str]) -> dict[str, str]:
        """One verdict per listed document for the list's badge (documents without a checked PDF are absent)."""
        return self.signature_verdicts.for_documents(doc_ids)

    def token_modules(self) -> list[Path]:
        """PKCS#11 modules found on this computer, the configured one first (for the token screen)."""
        from client.signatures.token import configured_module, known_modules

        found = known_modules()
        try:
            configured = configured_module()
        except SignatureError:
            return found
        return [configured, *(m for m in found if m != configured)]

    def tokens(self, module: Path | None = None) -> list[TokenInfo]:
        """The tokens the module sees, with their certificates and expiry (no PIN needed)."""
        from client.office import signing

        return signing.tokens(module)

    def test_signature(self, certificate: TokenCertificate, pin: str, module: Path | None = None) -> FileVerdict:
        """Sign a blank page on the token and check it (the token screen's test); nothing is stored."""
        from client.office import signing
        from client.signatures.token import configured_module

        return signing.test_signature(module or configured_module(), certificate, pin)

    def signing_images(self) -> tuple[str | None, str | None]:
        """The signature and seal image files this person signed with last (kept in the encrypted profile)."""
        return self.replica.get_state("sign.signature_image"), self.replica.get_state("sign.seal_image")

    def remember_signing_images(self, signature: str | None, seal: str | None) -> None:
        """Keep the image files chosen, so the next signature starts from them."""
        self.replica.set_state({"sign.signature_image": signature or None, "sign.seal_image": seal or None})

    def may_sign(self, document: Row, purpose: str) -> bool:
        """Whether the signed-in person may apply this signature ("approve", "agency") to the document now."""
        from client.office import signing

        return signing.may_sign(self.known_roles, purpose, document)

    def sign_attachment(self, doc_id: str, sha256: str, certificate: TokenCertificate, pin: str, purpose: str, *,
                        signature_image: bytes | None = None, seal_image: bytes | None = None,
                        module: Path | None = None) -> Changes:
        """Sign a PDF of the document on the token; the signed file becomes the attachment (the draft stays in
        the history note) and the signing step is queued. The PIN goes to the token only."""
        from client.office import signing
        from client.signatures.token import configured_module

        signing.sign_attachment(self.store, self.replica, self.known_roles, doc_id=doc_id, sha256=sha256,
                                module=module or configured_module(), certificate=certificate, pin=pin,
                                purpose=purpose, signature_image=signature_image, seal_image=seal_image,
                                unit_name=self.info.unit.name, author_id=self.user_id(),
                                author_name=self.info.display_name)
        return Changes.of_document("outgoing", doc_id, "notes") | self.check_signatures()

    # -- online ------------------------------------------------------------------------------------------------

    @property
    def server_url(self) -> str | None:
        """The server this profile syncs with, None when it never signed in online."""
        try:
            return online.server_url_of(self.opened, self.replica)
        except NotBoundError:
            return None

    def connect(self, **transport_overrides: Any) -> None:
        """Build the sync engine and its transport (reads the machine configuration; call it on a worker).

        Raises NotBoundError when the profile has no server.
        """
        with self._connect_lock:
            if self._engine is not None:
                return
            url = online.server_url_of(self.opened, self.replica)
            self._transport = online.make_transport(url, self.replica, **transport_overrides)
            from sync.engine import SyncEngine

            self._engine = SyncEngine(self.replica, self._transport, policy=online.download_policy())

    @property
    def engine(self) -> SyncEngine:
        if self._engine is None:
            self.connect()
        assert self._engine is not None
        return self._engine

    @property
    def transport(self) -> Transport:
        self.engine  # noqa: B018 - builds the transport on first use
        assert self._transport is not None
        return self._transport

    def health(self) -> bool:
        """Whether the server answers its health probe, through the same TLS trust as the sync."""
        return self.transport.health()

    def status(self) -> SyncStatus:
        """Online?, last sync, pending, refused, conflicts, last error; read from the cache, works offline."""
        return read_status(self.replica)

    def take_changes(self) -> Changes:
        """The views the records stored since the last call belong to (a failed run may have stored pages)."""
        return Changes(frozenset(self.replica.take()), counts=True)

    def sync(self, *, on_progress: Callable[[Progress], None] | None = None, cancel: CancelToken | None = None,
             confirm_mass_purge: ConfirmPurge | bool | None = None, lock_timeout: float = 0,
             deadline_days: int = 3) -> SyncResult:
        """One complete sync run: push, pull, attachments; raises a SyncError when it cannot finish.

        `confirm_mass_purge` answers when the server asks to remove over half of the cache: a callback (the GUI's
        dialog), True (the CLI's --allow-mass-purge), or None/False (stop and remove nothing).
        """
        engine = self.engine
        watermark = self.watermark()
        first = self.status().last_success_at is None
        kwargs: dict[str, Any] = {"cancel": cancel, "lock_timeout": lock_timeout}
        if on_progress is not None:
            kwargs["on_progress"] = on_progress
        if confirm_mass_purge is True:
            kwargs["allow_mass_purge"] = True
        elif callable(confirm_mass_purge):
            kwargs["confirm_mass_purge"] = confirm_mass_purge
        report = engine.run(**kwargs)
        # An initial sync stores its pages one transaction each: the search index is left in many segments, each
        # read by every search, until merged (in short steps; a cancel stops it and the next sync resumes).
        self.store.tidy_search_index(stop=lambda: cancel is not None and cancel.cancelled)
        self.known_roles = self.roles()  # the directory may have changed with the run
        self.known_user_id = self.user_id()
        changes = self.take_changes() | self.check_signatures() | self.check_revocation()
        if report.push.rejected:
            changes = changes | Changes(frozenset({"refused"}), counts=True)
        count, titles = (0, []) if first else self.news_since(watermark)
        return SyncResult(report, changes, self.status(), count, titles, self.near_deadlines(deadline_days))

    def download_now(self, sha256: str) -> bool:
        """Fetch one attachment the user opened (large files wait to be asked for)."""
        return self.engine.download_now(sha256)
