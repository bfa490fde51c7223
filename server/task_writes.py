"""Writes to resolution tasks and their progress reports."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.merge import changed_since, merge_update
from server.models import Record, Unit
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
from server.scope import Principal, descendants_of
from sync.protocol import lifecycle as rules
from sync.protocol.domain import Role, TaskStatus
from sync.protocol.wire import Mutation


def _check_units(session: Session, unit_ids: set[str]) -> None:
    known = set(session.scalars(select(Unit.id).where(Unit.id.in_(unit_ids))))
    if missing := unit_ids - known:
        raise Rejection("unknown_unit", f"Unknown unit(s): {', '.join(sorted(missing))}.")


def _check_reach(session: Session, owner_unit_id: str, unit_ids: set[str]) -> None:
    if refusal := rules.task_units_error(owner_unit_id, unit_ids, descendants_of(session, owner_unit_id)):
        raise Rejection("forbidden", str(refusal))


def create_task(session: Session, who: Principal, mutation: Mutation, fields: dict[str, Any]) -> Record:
    """A new task owned by the user's unit."""
    if refusal := rules.task_creation_error(who.roles):
        raise Rejection("forbidden", str(refusal))
    missing = [name for name in ("resolution_number", "title", "lead_unit_id") if not fields.get(name)]
    if missing:
        raise Rejection("invalid_fields", f"A new task needs: {', '.join(missing)}.")
    units = {fields["lead_unit_id"], *fields.get("cooperating_unit_ids", [])}
    _check_units(session, units)
    _check_reach(session, who.unit_id, units)
    data = {**fields, "created_at": now_iso(), "updated_at": now_iso()}
    return create_record(session, "task", mutation.record_id, who.unit_id, data)


def _may_edit(who: Principal, record: Record) -> bool:
    return who.unit_id in (record.unit_id, record.data["lead_unit_id"])


def update_task(session: Session, who: Principal, mutation: Mutation, fields: dict[str, Any]) -> dict[str, Any]:
    """Merge an update into a task; cooperating units report progress through reports instead."""
    record = load_for_write(session, who, "task", mutation.record_id)
    if not _may_edit(who, record):
        raise Rejection("forbidden", "Only the owning and the lead unit change a task; cooperating units report.",
                        refused_access=True)
    base = require_base(record, mutation.base_version)
    outcome = merge_update(record.data, record.field_versions, base, fields)
    if outcome.conflicting:
        return {"status": "conflict", "version": record.version, "record": record.data,
                "conflicting_fields": outcome.conflicting}
    changed = dict(outcome.changed)
    if not changed:
        return {"status": "applied", "version": record.version, "record": record.data}
    if refusal := rules.task_role_error(who.roles, changed):
        raise Rejection("forbidden", str(refusal))
    if "status" in changed and (refusal := rules.task_transition_error(record.data["status"], changed["status"])):
        raise Rejection("invalid_transition", str(refusal))
    unit_ids = {changed.get("lead_unit_id"), *changed.get("cooperating_unit_ids", [])} - {None}
    if unit_ids:
        _check_units(session, {str(u) for u in unit_ids})
        _check_reach(session, record.unit_id, {str(u) for u in unit_ids})
    save_changes(session, record, changed)
    return {"status": "applied", "version": record.version, "record": record.data}


def delete_task(session: Session, who: Principal, mutation: Mutation) -> dict[str, Any]:
    """Delete a task (its reports leave every feed with it)."""
    record = load_for_write(session, who, "task", mutation.record_id)
    if record.unit_id != who.unit_id or not who.has_role(Role.LEADER):
        raise Rejection("forbidden", "Only a leader of the owning unit deletes a task.", refused_access=True)
    base = require_base(record, mutation.base_version)
    if record.version > base:
        return {"status": "conflict", "version": record.version, "record": record.data,
                "conflicting_fields": changed_since(record.field_versions, base)}
    delete_record(session, record)
    return {"status": "applied", "version": record.version}


def append_report(session: Session, who: Principal, mutation: Mutation, fields: dict[str, Any]) -> Record:
    """Add a progress report; its percent and figures also move the task's own progress."""
    task = load_for_write(session, who, "task", fields["task_id"])
    check_attachments_held(session, who, attachment_hashes("task_report", fields))
    data = {**fields, "author_id": who.user_id, "author_name": author_name(session, who.user_id),
            "created_at": now_iso()}
    report = create_record(session, "task_report", mutation.record_id, who.unit_id, data, parent_id=task.id)
    _roll_up(session, task, fields)
    return report


def _roll_up(session: Session, task: Record, report: dict[str, Any]) -> None:
    changed: dict[str, Any] = {}
    percent = report.get("progress_percent")
    if percent is not None and percent != task.data.get("progress_percent"):
        changed["progress_percent"] = percent
        if task.data["status"] == TaskStatus.NOT_STARTED:
            changed["status"] = TaskStatus.IN_PROGRESS
    figures = {f["name"]: f.get("actual") for f in report.get("figures", []) if f.get("actual") is not None}
    if figures:
        indicators = [
            {**ind, "actual": figures.get(ind["name"], ind.get("actual"))} for ind in task.data.get("indicators", [])
        ]
        if indicators != task.data.get("indicators", []):
            changed["indicators"] = indicators
    if changed:
        save_changes(session, task, changed)
