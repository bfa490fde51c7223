"""What the server keeps and sends of a secret document: its register entry, under the unit's policy.

Law 117/2025/QH15 Art. 5(2) forbids storing a state-secret document's content on a networked machine, and this
server is one. So a document at Mật or above is stored as a register entry only (the allow-list of
`sync.protocol.secrecy`), and the feed cuts it again under the receiving unit's policy in case anything slipped
past. Every write path goes through `register_entry` (pushes, deliveries, seed-demo, a secrecy raise), so there is
one stripping rule, not one per caller.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Text, cast, delete, exists, select
from sqlalchemy.orm import Session

from server.models import AppliedMutation, AttachmentRefRow, BlobGrant, Record, RecordAudience, Unit
from sync.protocol.domain import Secrecy
from sync.protocol.records import DocumentRecord
from sync.protocol.secrecy import allowed_fields as stub_fields
from sync.protocol.secrecy import content_fields, is_secret, stub_of


@dataclass(frozen=True)
class SecretPolicy:
    """A unit's settings for secret documents; both off unless an admin turns them on."""

    summary_allowed: bool = False
    register_separate: bool = False


def policy_of(db: Session | Connection, unit_id: str) -> SecretPolicy:
    """The unit's policy (an unknown unit gets the strict default)."""
    row = db.execute(select(Unit.secret_summary_allowed, Unit.secret_register_separate)
                          .where(Unit.id == unit_id)).first()
    return SecretPolicy(bool(row[0]), bool(row[1])) if row else SecretPolicy()


def is_secret_document(entity: str, secrecy: int | None) -> bool:
    """Whether a record is a register entry only."""
    return entity == "document" and is_secret(secrecy)


# `is_secret_document` as a SQL condition on the records table (`is_secret` is Mật and above).
SECRET_DOCUMENT = (Record.entity == "document") & (Record.secrecy >= Secrecy.MAT)


@dataclass(frozen=True)
class Stripped:
    """A record's data reduced to its register entry, and what was taken out."""

    data: dict[str, Any]
    fields: list[str]  # the content fields that held something
    hashes: set[str]  # the attachments they referenced


def register_entry(data: dict[str, Any], *, summary_allowed: bool) -> Stripped:
    """The data of a secret document with every content field reset to its empty default."""
    removed = content_fields(data, summary_allowed=summary_allowed)
    entry = stub_of(data, summary_allowed=summary_allowed)
    for name in set(data) - stub_fields(summary_allowed=summary_allowed):
        info = DocumentRecord.model_fields.get(name)
        if info is not None and not info.is_required():  # an empty value the record model accepts
            entry[name] = info.get_default(call_default_factory=True)
    hashes = {item["sha256"] for item in data.get("attachments") or [] if isinstance(item, dict)}
    return Stripped(entry, removed, hashes)


def stored_form(session: Session, entity: str, unit_id: str, secrecy: int | None, data: dict[str, Any]) -> Stripped:
    """What the server may store of a record owned by `unit_id`: unchanged unless it is a secret document."""
    if not is_secret_document(entity, secrecy):
        return Stripped(data, [], set())
    return register_entry(data, summary_allowed=policy_of(session, unit_id).summary_allowed)


def scrub_stored_answers(session: Session, unit_id: str, record_id: str) -> None:
    """Cut the record copies in stored push answers of a document that just lost its content.

    Exactly-once push keeps each mutation's answer, and an answer holds the record as it was then; without this a
    document classified later would keep its old summary and file list there.
    """
    summary_allowed = policy_of(session, unit_id).summary_allowed
    rows = session.scalars(select(AppliedMutation).where(cast(AppliedMutation.result, Text).contains(record_id)))
    for row in rows:
        record = row.result.get("record") if isinstance(row.result, dict) else None
        if isinstance(record, dict) and record.get("id") == record_id:
            row.result = {**row.result, "record": register_entry(record, summary_allowed=summary_allowed).data}


def withdraw_grants(session: Session, unit_id: str, hashes: Iterable[str]) -> None:
    """Take back the unit's right to fetch bytes that were content of a secret document.

    An upload grants its unit the bytes; once they are content of a secret document that grant would keep them
    downloadable. A hash the unit still sees on another, open record stays readable through that record. Call it
    after the record's attachment references are up to date.
    """
    for sha in sorted(set(hashes)):
        if not open_reference_exists(session, unit_id, sha):
            session.execute(delete(BlobGrant).where(BlobGrant.unit_id == unit_id, BlobGrant.sha256 == sha))


def open_reference_exists(session: Session, unit_id: str, sha256: str) -> bool:
    """Whether a record the unit sees and that is not a secret document references the blob."""
    return bool(session.scalar(select(exists().where(
        AttachmentRefRow.sha256 == sha256,
        AttachmentRefRow.record_id == RecordAudience.record_id,
        RecordAudience.unit_id == unit_id,
        Record.id == AttachmentRefRow.record_id,
        ~SECRET_DOCUMENT,
    ))))


def only_secret_references(session: Session, sha256: str) -> bool:
    """Whether every record that references the blob is a secret document (data older than this rule)."""
    referenced = select(AttachmentRefRow.record_id).where(AttachmentRefRow.sha256 == sha256)
    has_secret = session.scalar(select(exists().where(Record.id.in_(referenced), SECRET_DOCUMENT)))
    has_open = session.scalar(select(exists().where(Record.id.in_(referenced), ~SECRET_DOCUMENT)))
    return bool(has_secret) and not has_open


def feed_record(entity: str, secrecy: int | None, data_json: str, *, summary_allowed: bool) -> str:
    """A stored record's JSON as a page sends it to a unit: a secret document cut to its register entry again."""
    if not is_secret_document(entity, secrecy):
        return data_json
    entry = register_entry(json.loads(data_json), summary_allowed=summary_allowed).data
    return json.dumps(entry, ensure_ascii=False)
