"""Tables of the local cache (SQLAlchemy Core); migrations in `client/cache/migrations` create them.

Every synced record carries `server_version` (None until the server has accepted it) and `base` (the record as
the server last sent it, JSON), which the sync engine needs for its field-level three-way merge. A document's
`base` is in a table of its own, `document_bases` (record_bases.py says why).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _sync_columns(*, base: bool = True) -> list[Column]:
    return [
        Column("server_version", Integer, nullable=True),
        *([Column("base", JSON, nullable=True)] if base else []),
        Column("updated_at", DateTime, nullable=False),
    ]


units = Table(
    "units",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("code", String(64), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("level", String(16), nullable=False),
    Column("parent_id", String(36), nullable=True),
    Column("secrecy_ceiling", Integer, nullable=True),
    Column("offline_grace_hours", Integer, nullable=True),
    # The unit's policy on secret register entries (sync/protocol/secrecy.py): may they keep their trích yếu.
    Column("secret_summary_allowed", Boolean, nullable=True),
    # How the unit numbers (sync/protocol/numbering.py); null (before its record carried them) reads as "state".
    Column("numbering_scheme", String(10), nullable=True),
    Column("term_start", Date, nullable=True),
    Column("secret_register_separate", Boolean, nullable=True),
    *_sync_columns(),
)

people = Table(
    "people",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("username", String(128), nullable=False),
    Column("full_name", Text, nullable=False),
    Column("position", Text, nullable=True),
    Column("unit_id", String(36), nullable=True),
    Column("role", String(16), nullable=False),
    Column("roles", JSON, nullable=True),
    Column("active", Boolean, nullable=True),
    *_sync_columns(),
)

# `rid` is the integer rowid the full-text index is keyed on; `id` is the UUID the server knows.
documents = Table(
    "documents",
    metadata,
    Column("rid", Integer, primary_key=True, autoincrement=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),
    Column("number_symbol", Text, nullable=True),
    Column("doc_type", Text, nullable=False),
    Column("summary", Text, nullable=False),
    Column("issuing_body", Text, nullable=True),
    Column("issued_date", Date, nullable=True),
    Column("signer", Text, nullable=True),
    Column("arrival_number", Integer, nullable=True),
    Column("arrival_date", Date, nullable=True),
    Column("outgoing_number", Integer, nullable=True),
    Column("recipients", JSON, nullable=False, default=list),
    Column("secrecy", Integer, nullable=False, default=0),
    Column("urgency", Integer, nullable=False, default=0),
    Column("deadline", Date, nullable=True),
    Column("handler_id", String(36), nullable=True),
    Column("direction_note", Text, nullable=True),
    Column("status", String(16), nullable=False),
    Column("pages", Integer, nullable=True),
    Column("copies", Integer, nullable=True),
    Column("owner_unit_id", String(36), nullable=True),
    Column("source_document_id", String(36), nullable=True),
    # The wire's recipient objects ({name, unit_id}); `recipients` keeps the names for display.
    Column("recipient_units", JSON, nullable=True),
    # Phối hợp and xem để biết beside the main handler, and the leader the clerk passed the document to (trình).
    Column("co_handler_ids", JSON, nullable=True),
    Column("informed_ids", JSON, nullable=True),
    Column("submitted_to_id", String(36), nullable=True),
    Column("submitted_at", DateTime, nullable=True),
    # Where the original of a secret document is (the clerk's safe, the secret-document system, a person).
    Column("original_location", Text, nullable=True),
    Column("unread", Boolean, nullable=False, default=True),
    Column("created_at", DateTime, nullable=False),
    *_sync_columns(base=False),
)
Index("ix_documents_status_deadline", documents.c.status, documents.c.deadline)
Index("ix_documents_deadline", documents.c.deadline)
Index("ix_documents_issued", documents.c.issued_date)
# The lists' indexes, one per sort: kind, secrecy, unread, the sort and its tie-break, then the other filtered columns
# (migration 0011; its vi_key() text sorts, like 0003's, are expression indexes made only by the migration).
_LIST_FILTERED = ("status", "doc_type", "urgency", "deadline", "issued_date")
for _name, _sort in (("issued", "issued_date"), ("arrival", "arrival_date"), ("deadline", "deadline"),
                     ("number_symbol", "number_symbol"), ("urgency", "urgency"), ("created", "created_at")):
    Index(f"ix_documents_list_{_name}", documents.c.kind, documents.c.secrecy, documents.c.unread, documents.c[_sort],
          documents.c.rid, *(documents.c[c] for c in _LIST_FILTERED if c != _sort))

# A document's server copy (`base`), keyed by its rid so that a snapshot appends rows in the page's order (migration
# 0015); the row goes with its document.
document_bases = Table(
    "document_bases",
    metadata,
    Column("rid", Integer, ForeignKey("documents.rid", ondelete="CASCADE"), primary_key=True, autoincrement=False),
    Column("base", JSON, nullable=False),
)

document_attachments = Table(
    "document_attachments",
    metadata,
    Column("document_id", String(36), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("mime", String(128), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    # Text layer of the file (PDF), searchable; scans without a text layer have none.
    Column("text", Text, nullable=True),
    # False while only the metadata has synced and the bytes are not in the vault yet.
    Column("present", Boolean, nullable=False, default=True),
)
Index("ix_attachments_sha256", document_attachments.c.sha256)

document_notes = Table(
    "document_notes",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("document_id", String(36), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("author_id", String(36), nullable=True),
    Column("author_name", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("server_version", Integer, nullable=True),
    Column("owner_unit_id", String(36), nullable=True),
)
Index("ix_notes_document", document_notes.c.document_id, document_notes.c.created_at)

# The processing trail as the server recorded it (sync.protocol.records.DocumentEventRecord): read-only here,
# never in the outbox; it goes with its document (ON DELETE CASCADE).
document_events = Table(
    "document_events",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("document_id", String(36), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("actor_id", String(36), nullable=True),
    Column("actor_name", Text, nullable=False),
    Column("action", String(32), nullable=False),
    Column("from_status", String(32), nullable=True),
    Column("to_status", String(32), nullable=True),
    Column("fields", JSON, nullable=True),
    Column("handler_id", String(36), nullable=True),
    Column("co_handler_ids", JSON, nullable=True),
    Column("informed_ids", JSON, nullable=True),
    Column("submitted_to_id", String(36), nullable=True),
    Column("note", Text, nullable=False),
    Column("at", DateTime, nullable=False),
    Column("server_version", Integer, nullable=True),
    Column("owner_unit_id", String(36), nullable=True),
)
Index("ix_events_document", document_events.c.document_id, document_events.c.at)

tasks = Table(
    "tasks",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("resolution_number", Text, nullable=False),
    Column("resolution_title", Text, nullable=True),
    Column("title", Text, nullable=False),
    Column("lead_unit_id", String(36), nullable=True),
    Column("cooperating_unit_ids", JSON, nullable=False, default=list),
    Column("deadline", Date, nullable=True),
    Column("period", String(16), nullable=False, default="once"),
    Column("status", String(16), nullable=False),
    Column("progress_percent", Integer, nullable=False, default=0),
    Column("indicators", JSON, nullable=False, default=list),
    Column("secrecy", Integer, nullable=False, default=0),
    Column("created_at", DateTime, nullable=False),
    Column("owner_unit_id", String(36), nullable=True),
    *_sync_columns(),
)
Index("ix_tasks_status_deadline", tasks.c.status, tasks.c.deadline)
Index("ix_tasks_resolution_deadline", tasks.c.resolution_number, tasks.c.deadline)
Index("ix_tasks_deadline", tasks.c.deadline)

task_reports = Table(
    "task_reports",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("task_id", String(36), ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False),
    Column("period_label", Text, nullable=True),
    Column("text", Text, nullable=False),
    Column("figures", JSON, nullable=False, default=dict),
    Column("progress_percent", Integer, nullable=True),
    Column("evidence", JSON, nullable=False, default=list),
    Column("author_id", String(36), nullable=True),
    Column("author_name", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("server_version", Integer, nullable=True),
    Column("owner_unit_id", String(36), nullable=True),
    # The wire's indicator objects; `figures` keeps the name -> actual map.
    Column("figure_list", JSON, nullable=True),
)
Index("ix_reports_task", task_reports.c.task_id, task_reports.c.created_at)

# Local changes not yet acknowledged by the server. `seq` is the per-device sequence number of the protocol.
outbox = Table(
    "outbox",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("mutation_id", String(36), nullable=False, unique=True),
    Column("entity", String(32), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("op", String(16), nullable=False),
    Column("base_version", Integer, nullable=True),
    Column("fields", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("state", String(16), nullable=False, default="pending"),
    Column("last_error", Text, nullable=True),
    Column("code", String(64), nullable=True),
    # AUTOINCREMENT: a seq (the device sequence) is never handed out twice, even after the queue empties.
    sqlite_autoincrement=True,
)
Index("ix_outbox_record", outbox.c.entity, outbox.c.record_id)

sync_cursors = Table(
    "sync_cursors",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity", String(32), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("field", String(64), nullable=False),
    Column("base_value", JSON, nullable=True),
    Column("local_value", JSON, nullable=True),
    Column("remote_value", JSON, nullable=True),
    Column("remote_version", Integer, nullable=True),
    Column("created_at", DateTime, nullable=False),
    Column("resolved_at", DateTime, nullable=True),
    Column("resolution", String(16), nullable=True),
)
Index("ix_conflicts_open", conflicts.c.resolved_at, conflicts.c.entity, conflicts.c.record_id)

# Small values of the sync: credentials (inside the encrypted file, never in profile.json), last contact, status.
sync_state = Table(
    "sync_state",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=True),
    Column("updated_at", DateTime, nullable=False),
)

# Records that left scope while they held an unsent change: purged once the change is sent (principle 8).
deferred_removals = Table(
    "deferred_removals",
    metadata,
    Column("entity", String(32), primary_key=True),
    Column("record_id", String(36), primary_key=True),
    Column("created_at", DateTime, nullable=False),
)

# Removals from feed pages wait here until the feed head, where the whole run's removals are counted (and, when
# they are a mass purge, confirmed) before any is applied; a later upsert of the record takes its removal back.
staged_removals = Table(
    "staged_removals",
    metadata,
    Column("entity", String(32), primary_key=True),
    Column("record_id", String(36), primary_key=True),
    Column("created_at", DateTime, nullable=False),
)

# Documents the user opened, kept until the server's audit log has them (a view of a secret entry must be
# reported even when it happened offline).
document_opens = Table(
    "document_opens",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(36), nullable=False),
    Column("opened_at", DateTime, nullable=False),
)

FTS_COLUMNS = ("number_symbol", "doc_type", "summary", "issuing_body", "signer", "attachment_text", "pairs")

# The signature verdict of each PDF in the vault, keyed like the vault by the file's SHA-256 (the same bytes get
# the same verdict in every document that holds them). `trust` is the digest of the trust bundle it was judged
# against: when an admin changes the bundle, the verdicts made under the old one are checked again.
attachment_signatures = Table(
    "attachment_signatures",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("verdict", String(24), nullable=False),
    Column("reason", String(32), nullable=True),
    Column("findings", JSON, nullable=False),
    Column("trust", String(64), nullable=False),
    Column("checked_at", DateTime, nullable=False),
)

# Revocation data fetched while online (CRLs, by the URL a certificate names), kept so that a signature checked
# online once verifies the same way offline later.
revocation_data = Table(
    "revocation_data",
    metadata,
    Column("url", Text, primary_key=True),
    Column("der", LargeBinary, nullable=False),
    Column("fetched_at", DateTime, nullable=False),
)

# Text recognised (OCR) in scans without a text layer, one row per file and one per page, so that a run stopped
# by the clerk, a crash or a closed laptop resumes at the first page not done. Keyed by the file's SHA-256 like the
# vault; the finished text is copied into `document_attachments.text`, where the search index reads it.
attachment_ocr = Table(
    "attachment_ocr",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("pages", Integer, nullable=False),
    # "running" (pages being read), "done" (text in document_attachments), "failed" (reason says why)
    Column("state", String(16), nullable=False),
    Column("reason", String(64), nullable=True),
    Column("updated_at", DateTime, nullable=False),
)

attachment_ocr_pages = Table(
    "attachment_ocr_pages",
    metadata,
    Column("sha256", String(64), ForeignKey("attachment_ocr.sha256", ondelete="CASCADE"), primary_key=True),
    Column("page", Integer, primary_key=True),
    # None for a page that had a text layer of its own (already searchable) or held no picture
    Column("text", Text, nullable=True),
)
