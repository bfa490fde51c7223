"""Writes to documents and their processing notes: create, update with merge, delete, send, append a note."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import lifecycle
from server.document_events import record_event
from server.merge import changed_since, merge_update
from server.models import Record, Unit, User
from server.record_writes import (
    Rejection,
    attachment_hashes,
    author_name,
    check_attachments_held,
    create_record,
    delete_record,
    load_for_write,
    now_iso,
    require_base,
    save_changes,
)
from server.scope import Principal, ceiling_of
from server.secret_writes import audit_secrecy_change, refuse_content
from sync.protocol import lifecycle as rules
from sync.protocol.domain import DocumentKind, IncomingStatus, OutgoingStatus, Role, Secrecy
from sync.protocol.wire import Mutation

# Incoming copies get ids derived from (sent document, recipient unit): sending twice delivers once.
DELIVERY_NAMESPACE = uuid.UUID("3f0b8a52-6a1e-4c53-9a52-0c1f6f1f7a10")
_COPIED_FIELDS = ("number_symbol", "doc_type", "summary", "issued_date", "signer", "recipients", "secrecy",
                  "urgency", "pages", "copies", "attachments")


def _check_secrecy(who: Principal, secrecy: int) -> None:
    if secrecy > who.ceiling:
        raise Rejection("above_ceiling",
                        f"Your unit may hold documents up to {Secrecy(who.ceiling).label_vi}; "
                        f"this one is {Secrecy(secrecy).label_vi}.", refused_access=True)


def _apply_register_numbers(session: Session, who: Principal, data: dict[str, Any], changed: dict[str, Any]) -> None:
    """Give the arrival or outgoing number when a document enters its register, if it has none yet."""
    today = dt.date.today()
    if data["kind"] == DocumentKind.INCOMING and data["status"] != IncomingStatus.RECEIVED \
            and data.get("arrival_number") is None:
        changed["arrival_number"] = lifecycle.number_for(
            session, who.unit_id, "incoming", data.get("doc_type"), data.get("secrecy"), today)
        if not data.get("arrival_date"):
            changed["arrival_date"] = today.isoformat()
    if data["kind"] == DocumentKind.OUTGOING and data["status"] in (OutgoingStatus.ISSUED, OutgoingStatus.SENT) \
            and data.get("outgoing_number") is None:
        changed["outgoing_number"] = lifecycle.number_for(
            session, who.unit_id, "outgoing", data.get("doc_type"), data.get("secrecy"), today)
        if not data.get("issued_date"):
            # Numbered today, so dated today: the outgoing register lists a document by its date, and a number
            # without one would be missing from it (and from the PCs' next-number count).
            changed["issued_date"] = today.isoformat()


def _refusal_rejection(refusal: rules.Refusal) -> Rejection:
    """The push answer for a lifecycle refusal: the server keeps sending the English text."""
    code = {
        "unknown_kind": "invalid_fields", "unknown_status": "invalid_status", "field_required": "invalid_fields",
        "invalid_transition": "invalid_transition",
    }.get(refusal.code, "forbidden")
    return Rejection(code, str(refusal))


def _check_handler(session: Session, who: Principal, handler_id: str | None) -> None:
    """A handler is an active person of the document's unit (the writer's: only the owning unit writes)."""
    if handler_id is None:
        return
    person = session.get(User, handler_id)
    if person is None or person.unit_id != who.unit_id or not person.active:
        raise Rejection("unknown_handler", f"{handler_id} is not an active person of this unit; choose a handler "
                                           "from the unit's staff.")


def _check_people(session: Session, who: Principal, changed: dict[str, Any], new: dict[str, Any]) -> None:
    """Co-handlers and people informed given now are active people of the unit, each once; the main handler is
    not also a co-handler; a document is submitted (trình) to an active leader of the unit."""
    for name in ("co_handler_ids", "informed_ids"):
        ids = changed.get(name) or []
        if len(set(ids)) != len(ids):
            raise Rejection("invalid_fields", f"{name}: a person is named twice.")
        for person_id in ids:
            _check_handler(session, who, person_id)
    if new.get("handler_id") and new["handler_id"] in (new.get("co_handler_ids") or []):
        raise _refusal_rejection(rules.Refusal("handler_also_co_handler"))
    if leader_id := changed.get("submitted_to_id"):
        person = session.get(User, leader_id)
        if person is None or person.unit_id != who.unit_id or not person.active \
                or Role.LEADER not in (person.roles or []):
            raise Rejection("unknown_leader", f"{leader_id} is not an active leader of this unit; submit the "
                                              "document to one of the unit's leaders.")


def _apply_assignment_rules(who: Principal, old: dict[str, Any], new: dict[str, Any],
                            changed: dict[str, Any]) -> None:
    """Trả lại: only the main handler gives the work back, and it goes back without a handler; a document passed
    to a leader is stamped with the time."""
    if (new["kind"] == DocumentKind.INCOMING and old["status"] in rules.RETURNABLE_STATUSES
            and new["status"] == IncomingStatus.REGISTERED):
        if Role.ADMIN not in who.roles and old.get("handler_id") != who.user_id:
            raise _refusal_rejection(rules.Refusal("return_not_handler"))
        changed["handler_id"] = None
        new["handler_id"] = None
    if changed.get("submitted_to_id"):
        changed["submitted_at"] = now_iso()


def create_document(session: Session, who: Principal, mutation: Mutation, fields: dict[str, Any]) -> Record:
    """A new document of the user's unit, created in a status the user could have walked it to."""
    kind = fields.get("kind")
    if kind is None:
        raise Rejection("invalid_fields", "A new document needs its kind: incoming, outgoing or draft.")
    status = fields.setdefault("status", rules.initial_status(kind))
    if refusal := rules.status_error(kind, status) or rules.creation_error(who.roles, kind, status, fields):
        raise _refusal_rejection(refusal)
    _check_handler(session, who, fields.get("handler_id"))
    _check_people(session, who, fields, fields)
    if fields.get("submitted_to_id"):
        fields["submitted_at"] = now_iso()
    _check_secrecy(who, fields.get("secrecy", 0))
    refuse_content(session, who, fields.get("secrecy", 0), fields)
    check_attachments_held(session, who, attachment_hashes("document", fields))
    data = {**fields, "created_at": now_iso(), "updated_at": now_iso()}
    extra: dict[str, Any] = {}
    _apply_register_numbers(session, who, data, extra)
    data.update(extra)
    record = create_record(session, "document", mutation.record_id, who.unit_id, data,
                           secrecy=fields.get("secrecy", 0))
    record_event(session, who, record, None, fields)
    if status == OutgoingStatus.SENT and kind == DocumentKind.OUTGOING:
        deliver(session, who, record)
    return record


def update_document(session: Session, who: Principal, mutation: Mutation, fields: dict[str, Any]) -> dict[str, Any]:
    """Merge an update into a document; returns the result fields (applied or conflict)."""
    record = load_for_write(session, who, "document", mutation.record_id)
    if record.unit_id != who.unit_id:
        raise Rejection("forbidden", "Only the owning unit changes a document.", refused_access=True)
    base = require_base(record, mutation.base_version)
    outcome = merge_update(record.data, record.field_versions, base, fields)
    if outcome.conflicting:
        return {"status": "conflict", "version": record.version, "record": record.data,
                "conflicting_fields": outcome.conflicting}
    changed = dict(outcome.changed)
    if not changed:
        return {"status": "applied", "version": record.version, "record": record.data}
    old = record.data
    new = {**old, **changed}
    if "kind" in changed and not (old["kind"] == DocumentKind.DRAFT and new["kind"] == DocumentKind.OUTGOING):
        raise Rejection("invalid_fields", "A document's kind is fixed, except that a draft may become outgoing.")
    if refusal := (rules.status_error(new["kind"], new["status"])
                   # a draft that becomes outgoing moves on by the outgoing steps, of which the draft's are a part
                   or rules.transition_error(new["kind"], old["status"], new["status"])
                   or rules.role_error(who.roles, new["kind"], old["status"], new["status"], changed)
                   or rules.correction_error(new["kind"], old["status"], changed)):
        raise _refusal_rejection(refusal)
    if {"status", "handler_id"} & changed.keys() and (refusal := rules.requirement_error(new["kind"], new["status"],
                                                                                         new)):
        raise _refusal_rejection(refusal)
    if "handler_id" in changed:
        _check_handler(session, who, changed["handler_id"])
    if {"handler_id", "co_handler_ids", "informed_ids", "submitted_to_id"} & changed.keys():
        _check_people(session, who, changed, new)
    _apply_assignment_rules(who, old, new, changed)
    _check_secrecy(who, new["secrecy"])
    refuse_content(session, who, new["secrecy"], changed)
    check_attachments_held(session, who, attachment_hashes("document", new) - attachment_hashes("document", old))
    _apply_register_numbers(session, who, new, changed)
    stripped = save_changes(session, record, changed, secrecy=new["secrecy"])
    audit_secrecy_change(session, who, record.id, old["secrecy"], new["secrecy"], stripped)
    record_event(session, who, record, old, changed)
    if changed.get("status") == OutgoingStatus.SENT:
        deliver(session, who, record)
    return {"status": "applied", "version": record.version, "record": record.data}


def delete_document(session: Session, who: Principal, mutation: Mutation) -> dict[str, Any]:
    """Delete a document that has not entered a register yet."""
    record = load_for_write(session, who, "document", mutation.record_id)
    if record.unit_id != who.unit_id:
        raise Rejection("forbidden", "Only the owning unit deletes a document.", refused_access=True)
    base = require_base(record, mutation.base_version)
    if record.version > base:
        return {"status": "conflict", "version": record.version, "record": record.data,
                "conflicting_fields": changed_since(record.field_versions, base)}
    if record.data["status"] not in rules.DELETABLE_STATUSES:
        raise Rejection("not_deletable", f"A document in status {record.data['status']!r} is in a register and "
                                         "cannot be deleted; archive it instead.")
    delete_record(session, record)
    return {"status": "applied", "version": record.version}


def deliver(session: Session, who: Principal, document: Record) -> list[str]:
    """Send an outgoing document: each recipient unit gets its own incoming copy with the same attachments."""
    data = document.data
    targets = {r["unit_id"] for r in data.get("recipients", []) if r.get("unit_id")} - {who.unit_id}
    if not targets:
        raise Rejection("no_recipients", "Sending needs at least one recipient unit of the platform.")
    units = {u.id: u for u in session.scalars(select(Unit).where(Unit.id.in_(targets)))}
    if missing := targets - units.keys():
        raise Rejection("unknown_recipient", f"Unknown recipient unit(s): {', '.join(sorted(missing))}.")
    sender = session.get(Unit, who.unit_id)
    delivered = []
    for unit_id in sorted(targets):
        unit = units[unit_id]
        if data["secrecy"] > ceiling_of(unit):
            raise Rejection("recipient_above_ceiling",
                            f"{unit.name} may not receive a {Secrecy(data['secrecy']).label_vi} document.")
        copy_id = str(uuid.uuid5(DELIVERY_NAMESPACE, f"{document.id}:{unit_id}"))
        if session.get(Record, copy_id) is not None:
            continue
        copy = {name: data.get(name) for name in _COPIED_FIELDS}
        copy.update(kind=DocumentKind.INCOMING, status=IncomingStatus.RECEIVED, source_document_id=document.id,
                    issuing_body=data.get("issuing_body") or (sender.name if sender else ""),
                    arrival_date=dt.date.today().isoformat(), created_at=now_iso(), updated_at=now_iso())
        arrived = create_record(session, "document", copy_id, unit_id, copy, secrecy=data["secrecy"])
        record_event(session, who, arrived, None, (), action="delivered", note=copy["issuing_body"])
        delivered.append(copy_id)
    return delivered


def append_note(session: Session, who: Principal, mutation: Mutation, fields: dict[str, Any]) -> Record:
    """Add a processing note to a document the unit sees; notes never conflict."""
    parent = load_for_write(session, who, "document", fields["document_id"])
    data = {**fields, "author_id": who.user_id, "author_name": author_name(session, who.user_id),
            "created_at": now_iso()}
    return create_record(session, "document_note", mutation.record_id, who.unit_id, data,
                         parent_id=parent.id, secrecy=parent.secrecy)
