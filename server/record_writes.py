"""What every write to a synced record shares: rejections, loading with a lock, attachment rules, saving."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import delete, exists, insert, select
from sqlalchemy.orm import Session

from server.feed import publish
from server.models import AttachmentRefRow, Blob, BlobGrant, Record, RecordAudience, User, utcnow
from server.scope import Principal, can_see
from server.secret_policy import is_secret_document, scrub_stored_answers, stored_form, withdraw_grants
from sync.protocol.mutations import FIELD_MODELS
from sync.protocol.records import RECORD_MODELS


class Rejection(Exception):
    """A mutation the server refuses; `code` is for machines, the message for people."""

    def __init__(self, code: str, reason: str, *, refused_access: bool = False,
                 params: dict[str, Any] | None = None) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.refused_access = refused_access  # logged as a refused access, not just a bad request
        self.params = params  # the values a client words the refusal with, beside `code`


def clean_fields(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Validate a mutation's fields with the shared models; only the keys the client sent are returned."""
    try:
        parsed = FIELD_MODELS[entity].model_validate(fields)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'fields'}: {err['msg']}" for err in error.errors()[:5]
        )
        raise Rejection("invalid_fields", problems) from error
    return parsed.model_dump(mode="json", exclude_unset=True)


def canonical(entity: str, data: dict[str, Any]) -> dict[str, Any]:
    """The record as stored and sent: validated by its wire model, defaults filled in, JSON-ready."""
    model: type[BaseModel] = RECORD_MODELS[entity]
    try:
        return model.model_validate(data).model_dump(mode="json")
    except ValidationError as error:
        # The write models allow null for every field (an update sends only what changed); a null where the record
        # needs a value is this mutation's fault, not the server's: refuse it instead of failing the whole push.
        problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in error.errors()[:5])
        raise Rejection("invalid_fields", problems) from error


def load_for_write(session: Session, who: Principal, entity: str, record_id: str) -> Record:
    """The record, locked for this transaction; unknown and out-of-scope records look the same to the client."""
    record = session.get(Record, record_id, with_for_update=True)
    if record is None or record.deleted or record.entity != entity:
        raise Rejection("not_found", f"There is no {entity} {record_id}.")
    if not can_see(session, who.unit_id, record_id):
        raise Rejection("not_found", f"There is no {entity} {record_id}.", refused_access=True)
    return record


def require_base(record: Record, base_version: int | None) -> int:
    """The client's base version, which must be given and not be from the future."""
    if base_version is None:
        raise Rejection("missing_base_version", "An update or delete must say which version it was made on.")
    if base_version > record.version:
        raise Rejection("bad_base_version",
                        f"Base version {base_version} is newer than the server's version {record.version}.")
    return base_version


def check_attachments_held(session: Session, who: Principal, hashes: set[str]) -> None:
    """A record may reference a blob only if the unit uploaded its bytes or already sees a record holding it.

    Otherwise knowing a hash would be enough to read a file: attach it to an own record, then download.
    """
    for sha in sorted(hashes):
        granted = session.scalar(select(exists().where(BlobGrant.unit_id == who.unit_id, BlobGrant.sha256 == sha)))
        if granted:
            continue
        seen = session.scalar(select(exists().where(
            AttachmentRefRow.sha256 == sha,
            AttachmentRefRow.record_id == RecordAudience.record_id,
            RecordAudience.unit_id == who.unit_id,
        )))
        if not seen:
            raise Rejection("attachment_not_uploaded",
                            f"Attachment {sha[:12]}… has not been uploaded by this unit; upload the file first.")


def attachment_hashes(entity: str, data: dict[str, Any]) -> set[str]:
    """Blob hashes a record references."""
    key = "evidence" if entity == "task_report" else "attachments"
    return {item["sha256"] for item in data.get(key, [])}


def check_attachment_sizes(session: Session, entity: str, data: dict[str, Any]) -> None:
    """Every reference must give its blob's real size: one lying size made every device of the receiving unit
    fail each download of it, so it is refused here, before anyone receives it."""
    key = "evidence" if entity == "task_report" else "attachments"
    refs = data.get(key) or []
    if not refs:
        return
    stored = dict(session.execute(select(Blob.sha256, Blob.size).where(
        Blob.sha256.in_({item["sha256"] for item in refs}))).tuples().all())
    for item in refs:
        size = stored.get(item["sha256"])
        if size is not None and size != item["size"]:
            raise Rejection("attachment_size_mismatch",
                            f"Attachment {item['name']!r} ({item['sha256'][:12]}…) says {item['size']} bytes; the "
                            f"uploaded file has {size}. Attach it again.")


def sync_attachment_refs(session: Session, record: Record) -> None:
    """Make the attachment reference rows match the record (whose references must give true sizes)."""
    if not record.deleted:
        check_attachment_sizes(session, record.entity, record.data)
    wanted = set() if record.deleted else attachment_hashes(record.entity, record.data)
    have = set(session.scalars(select(AttachmentRefRow.sha256).where(AttachmentRefRow.record_id == record.id)))
    if have - wanted:
        session.execute(delete(AttachmentRefRow).where(AttachmentRefRow.record_id == record.id,
                                                       AttachmentRefRow.sha256.in_(have - wanted)))
    if wanted - have:
        session.execute(insert(AttachmentRefRow), [{"sha256": s, "record_id": record.id} for s in wanted - have])


def author_name(session: Session, user_id: str) -> str:
    """The user's full name, copied into notes and reports so the timeline reads without the directory."""
    return session.scalar(select(User.full_name).where(User.id == user_id)) or ""


def now_iso() -> str:
    """The server time as stored in records."""
    return utcnow().isoformat()


def create_record(
    session: Session, entity: str, record_id: str, unit_id: str, data: dict[str, Any],
    *, parent_id: str | None = None, secrecy: int = 0,
) -> Record:
    """Insert a new record at version 1 and publish it."""
    # Every way a record is made (pushes, deliveries, seed-demo) stamps its times here, so no record is ever sent
    # without the created_at the client's cache requires.
    stamped = {"created_at": now_iso(), "updated_at": now_iso(), **{k: v for k, v in data.items() if v is not None}}
    entry = stored_form(session, entity, unit_id, secrecy, {**data, **stamped})
    data = canonical(entity, {**entry.data, "id": record_id, "version": 1, "unit_id": unit_id})
    record = Record(id=record_id, entity=entity, unit_id=unit_id, parent_id=parent_id, secrecy=secrecy, version=1,
                    data=data, field_versions={name: 1 for name in data}, created_at=utcnow(), updated_at=utcnow())
    session.add(record)
    session.flush()
    sync_attachment_refs(session, record)
    withdraw_grants(session, unit_id, entry.hashes)
    publish(session, record)
    return record


def save_changes(session: Session, record: Record, changed: dict[str, Any], *, secrecy: int | None = None) -> list[str]:
    """Apply changed fields as a new version, remember per field when it changed, and publish.

    Returns the content fields taken out because the record is a secret document (see `server.secret_policy`).
    """
    version = record.version + 1
    was_secret = is_secret_document(record.entity, record.secrecy)
    if secrecy is not None:
        record.secrecy = secrecy
    entry = stored_form(session, record.entity, record.unit_id, record.secrecy,
                        {**record.data, **changed, "version": version, "updated_at": now_iso()})
    record.data = canonical(record.entity, entry.data)
    record.version = version
    record.field_versions = {**record.field_versions, **{name: version for name in [*changed, *entry.fields]}}
    record.updated_at = dt.datetime.now(dt.UTC)
    sync_attachment_refs(session, record)
    withdraw_grants(session, record.unit_id, entry.hashes)
    if entry.fields or (is_secret_document(record.entity, record.secrecy) and not was_secret):
        scrub_stored_answers(session, record.unit_id, record.id)
    publish(session, record)
    return entry.fields


def delete_record(session: Session, record: Record) -> None:
    """Mark deleted, bump the version and send removals to everyone who saw it."""
    record.deleted = True
    record.version += 1
    record.data = {**record.data, "version": record.version}
    sync_attachment_refs(session, record)
    publish(session, record)
