"""Push: apply a batch of mutations exactly once, each in its own transaction, answered one by one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import document_writes, task_writes
from server.db import Database, in_write_transaction
from server.models import AppliedMutation, Device, Record
from server.problems import Problem
from server.record_writes import Rejection, clean_fields
from server.scope import Principal, log_refusal
from server.secret_writes import refused_secret_content
from sync.protocol.records import APPEND_ONLY
from sync.protocol.secrecy import SECRET_CONTENT
from sync.protocol.wire import MAX_DEVICE_SEQ_JUMP, Mutation, PushRequest

Creator = Callable[[Session, Principal, Mutation, dict[str, Any]], Record]
Updater = Callable[[Session, Principal, Mutation, dict[str, Any]], dict[str, Any]]
Deleter = Callable[[Session, Principal, Mutation], dict[str, Any]]

CREATE: dict[str, Creator] = {
    "document": document_writes.create_document,
    "task": task_writes.create_task,
    "document_note": document_writes.append_note,
    "task_report": task_writes.append_report,
}
UPDATE: dict[str, Updater] = {"document": document_writes.update_document, "task": task_writes.update_task}
DELETE: dict[str, Deleter] = {"document": document_writes.delete_document, "task": task_writes.delete_task}


def push(db: Database, who: Principal, request: PushRequest, ip: str | None = None) -> list[dict[str, Any]]:
    """Apply every mutation in order; one that fails does not stop the ones after it (DESIGN principle 6)."""
    refuse_absurd_sequence(db, who, request)
    results = []
    for mutation in request.mutations:
        def apply(session: Session, m: Mutation = mutation) -> dict[str, Any]:
            return apply_once(session, who, m, ip)

        results.append(in_write_transaction(db, apply))
    return results


def refuse_absurd_sequence(db: Database, who: Principal, request: PushRequest) -> None:
    """Refuse the whole batch, applying nothing, when it would move the device's sequence absurdly far."""
    with db.read() as session:
        last = session.scalar(select(Device.last_device_seq).where(Device.id == who.device_id)) or 0
    highest = max(m.device_seq for m in request.mutations)
    if highest > last + MAX_DEVICE_SEQ_JUMP:
        raise Problem(422, "device-seq-jump", f"device_seq {highest} jumps too far past this device's last applied "
                      f"sequence {last} (at most {MAX_DEVICE_SEQ_JUMP} ahead); nothing was applied.",
                      title="Invalid request", field="device_seq", last_device_seq=last,
                      max_jump=MAX_DEVICE_SEQ_JUMP)


def apply_once(session: Session, who: Principal, mutation: Mutation, ip: str | None) -> dict[str, Any]:
    """Apply one mutation unless this device already sent it; the answer is stored with the change."""
    # Locking the device row serializes pushes of one device, so a retry racing its original waits for it.
    device = session.get(Device, who.device_id, with_for_update=True)
    if device is None:
        raise RuntimeError("the device of an authenticated request disappeared")
    stored = session.get(AppliedMutation, (who.device_id, mutation.mutation_id))
    if stored is not None:
        return stored.result
    if mutation.device_seq <= device.last_device_seq:
        result = _rejected(mutation, "stale_device_seq",
                           f"Device sequence {mutation.device_seq} was already used (last applied "
                           f"{device.last_device_seq}) by another mutation.")
    else:
        try:
            with session.begin_nested():  # a rejection undoes everything this mutation wrote, nothing else
                result = {"mutation_id": mutation.mutation_id, **_apply(session, who, mutation)}
        except Rejection as rejection:
            result = _rejected(mutation, rejection.code, rejection.reason, rejection.params)
            if rejection.code == SECRET_CONTENT:
                refused_secret_content(session, who, mutation)
            if rejection.refused_access:
                log_refusal(session, who, f"{mutation.op} {mutation.entity}", mutation.record_id, rejection.reason, ip)
        device.last_device_seq = mutation.device_seq
    session.add(AppliedMutation(device_id=who.device_id, mutation_id=mutation.mutation_id,
                                device_seq=mutation.device_seq, result=result))
    return result


def _rejected(mutation: Mutation, code: str, reason: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    # The reason may quote client input; lone surrogates in it could not be stored as UTF-8, so replace them.
    safe = reason.encode("utf-8", "replace").decode("utf-8")[:2000]
    result = {"mutation_id": mutation.mutation_id, "status": "rejected", "code": code, "reason": safe}
    return {**result, "params": params} if params else result


def _apply(session: Session, who: Principal, mutation: Mutation) -> dict[str, Any]:
    entity, op = mutation.entity, mutation.op
    append_only = entity in APPEND_ONLY
    if append_only != (op == "append") and op != "delete":
        wanted = "append" if append_only else "create, update or delete"
        raise Rejection("invalid_op", f"A {entity} takes {wanted}, not {op}.")
    if op == "delete":
        if append_only:
            raise Rejection("append_only", f"A {entity} is part of a timeline and is never deleted.")
        return DELETE[entity](session, who, mutation)
    fields = clean_fields(entity, mutation.fields)
    if op == "update":
        return UPDATE[entity](session, who, mutation, fields)
    if session.get(Record, mutation.record_id) is not None:
        raise Rejection("duplicate_id", f"Record id {mutation.record_id} is already taken; make a new id.")
    record = CREATE[entity](session, who, mutation, fields)
    return {"status": "applied", "version": record.version, "record": record.data}
