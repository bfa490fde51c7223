"""Units, users and devices: the admin operations behind the command line, each audited."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.audit import record_audit
from server.feed import publish
from server.models import Device, Record, Unit, User, utcnow
from server.passwords import hash_password
from server.record_writes import canonical, save_changes
from server.scope import ancestors_of, ceiling_of
from server.secret_policy import SECRET_DOCUMENT
from server.sessions import end_device_sessions, end_user_sessions
from sync.protocol.domain import Role, UnitLevel
from sync.protocol.numbering import NumberingScheme


class AdminError(Exception):
    """An admin command that cannot be carried out; the message says why and what to do."""


def _publish_directory(session: Session, entity: str, record_id: str, unit_id: str, data: dict[str, Any]) -> None:
    record = session.get(Record, record_id)
    if record is None:
        data = canonical(entity, {**data, "id": record_id, "version": 1, "unit_id": unit_id})
        record = Record(id=record_id, entity=entity, unit_id=unit_id, version=1, data=data,
                        field_versions={name: 1 for name in data})
        session.add(record)
    else:
        version = record.version + 1
        changed = {k for k, v in data.items() if record.data.get(k) != v} | ({"unit_id"} if
                                                                           record.unit_id != unit_id else set())
        record.version = version
        record.unit_id = unit_id
        record.data = canonical(entity, {**record.data, **data, "version": version, "unit_id": unit_id})
        record.field_versions = {**record.field_versions, **{name: version for name in changed}}
    publish(session, record)


def publish_unit(session: Session, unit: Unit) -> None:
    """Refresh the directory record of a unit (and of its parent, whose audience now includes it)."""
    session.flush()
    data = {"name": unit.name, "code": unit.code, "level": unit.level, "parent_id": unit.parent_id,
            "secrecy_ceiling": ceiling_of(unit), "offline_grace_hours": unit.offline_grace_hours,
            "secret_summary_allowed": bool(unit.secret_summary_allowed),
            "secret_register_separate": bool(unit.secret_register_separate),
            "numbering_scheme": unit.numbering_scheme or str(NumberingScheme.STATE),
            "term_start": unit.term_start.isoformat() if unit.term_start else None}
    _publish_directory(session, "unit", unit.id, unit.id, data)


def _published_numbering(session: Session, unit: Unit) -> tuple[object, object]:
    record = session.get(Record, unit.id)
    data = record.data if record is not None else {}
    return data.get("numbering_scheme"), data.get("term_start")


def publish_person(session: Session, user: User) -> None:
    """Refresh the directory record of a user (never any password material)."""
    session.flush()
    data = {"username": user.username, "full_name": user.full_name, "position": user.position,
            "roles": list(user.roles), "active": user.active}
    _publish_directory(session, "person", user.id, user.unit_id, data)


def unit_by_code(session: Session, code: str) -> Unit:
    """A unit by its code, or an AdminError naming the codes that exist."""
    unit = session.scalar(select(Unit).where(Unit.code == code))
    if unit is None:
        raise AdminError(f"No unit with code {code!r}. List units with `commune-central unit list`.")
    return unit


def add_unit(
    session: Session, code: str, name: str, level: UnitLevel, parent_code: str | None = None,
    grace_hours: int = 72, unit_id: str | None = None, actor: str = "cli",
) -> Unit:
    """Create a unit under an optional parent."""
    if session.scalar(select(Unit.id).where(Unit.code == code)):
        raise AdminError(f"A unit with code {code!r} exists already.")
    parent = unit_by_code(session, parent_code) if parent_code else None
    unit = Unit(id=unit_id or str(uuid.uuid4()), code=code, name=name, level=str(level),
                parent_id=parent.id if parent else None, offline_grace_hours=grace_hours, feed_head=0)
    session.add(unit)
    publish_unit(session, unit)
    if parent is not None:
        # The new unit joins the audience of its parent chain (it may send up) and of its siblings (it may send
        # across): their directory records are published again so it receives them.
        siblings = session.scalars(select(Unit.id).where(Unit.parent_id == parent.id, Unit.id != unit.id)).all()
        for other in [*ancestors_of(session, unit.id), *siblings]:
            if (record := session.get(Record, other)) is not None:
                publish(session, record, content_changed=False)
    record_audit(session, "unit_add", actor=actor, unit_id=unit.id, target=code)
    return unit


def set_grace(session: Session, code: str, hours: int, actor: str = "cli") -> Unit:
    """Set how long a unit's devices may stay offline before they lock."""
    if hours < 0:
        raise AdminError("The grace period cannot be negative.")
    unit = unit_by_code(session, code)
    unit.offline_grace_hours = hours
    publish_unit(session, unit)
    record_audit(session, "unit_grace", actor=actor, unit_id=unit.id, target=code, detail={"hours": hours})
    return unit


def set_secret_policy(
    session: Session, code: str, *, summary_allowed: bool | None = None, register_separate: bool | None = None,
    actor: str = "cli",
) -> Unit:
    """Set a unit's secret-document policy; a summary no longer allowed is taken off its secret documents now.

    Law 117/2025 leaves the trích yếu of a secret document to the unit's own rules, so it is a setting, off by
    default; the numbering follows the unit's kind (state units keep a separate secret register).
    """
    unit = unit_by_code(session, code)
    before = {"summary_allowed": bool(unit.secret_summary_allowed),
              "register_separate": bool(unit.secret_register_separate)}
    if summary_allowed is not None:
        unit.secret_summary_allowed = summary_allowed
    if register_separate is not None:
        unit.secret_register_separate = register_separate
    after = {"summary_allowed": bool(unit.secret_summary_allowed),
             "register_separate": bool(unit.secret_register_separate)}
    if after == before:
        return unit
    session.flush()
    summary_withdrawn = before["summary_allowed"] and not after["summary_allowed"]
    stripped = _strip_secret_summaries(session, unit) if summary_withdrawn else 0
    publish_unit(session, unit)
    record_audit(session, "unit_secret_policy", actor=actor, unit_id=unit.id, target=code,
                 detail={"before": before, "after": after, "summaries_removed": stripped})
    return unit


def set_numbering(session: Session, code: str, scheme: NumberingScheme, term_start: dt.date | None = None, *,
                  actor: str = "cli") -> Unit:
    """Set how a unit's outgoing documents are numbered (sync.protocol.numbering); each change is audited.

    A Party unit numbers by type through its committee term, so it needs the congress date the term began; setting
    the scheme also sets whether secret documents have their own register (state: separate; Party: the type's).
    """
    unit = unit_by_code(session, code)
    if scheme == NumberingScheme.PARTY and term_start is None and unit.term_start is None:
        raise AdminError(f"A Party unit numbers through its committee term: give the congress date the term began, "
                         f"e.g. `commune-central numbering {code} --scheme party --term-start 2025-10-15`.")
    before = {"scheme": unit.numbering_scheme, "term_start": unit.term_start.isoformat() if unit.term_start else None,
              "register_separate": bool(unit.secret_register_separate)}
    unit.numbering_scheme = str(scheme)
    if term_start is not None:
        unit.term_start = term_start
    unit.secret_register_separate = scheme == NumberingScheme.STATE
    after = {"scheme": unit.numbering_scheme, "term_start": unit.term_start.isoformat() if unit.term_start else None,
             "register_separate": bool(unit.secret_register_separate)}
    if after != before:
        session.flush()
        publish_unit(session, unit)
        record_audit(session, "unit_numbering", actor=actor, unit_id=unit.id, target=code,
                     detail={"before": before, "after": after})
    elif _published_numbering(session, unit) != (after["scheme"], after["term_start"]):
        # Set before the unit's record carried the scheme (a server from before it did): the devices learn it now.
        publish_unit(session, unit)
    return unit


def _strip_secret_summaries(session: Session, unit: Unit) -> int:
    """Save each secret document of the unit again: the store keeps only what the policy now allows."""
    documents = session.scalars(select(Record).where(
        SECRET_DOCUMENT, Record.unit_id == unit.id, Record.deleted.is_(False)).order_by(Record.id)).all()
    return sum(1 for record in documents if record.data.get("summary") and save_changes(session, record, {}))


def add_user(
    session: Session, username: str, password: str, full_name: str, unit_code: str, roles: list[Role],
    position: str = "", user_id: str | None = None, actor: str = "cli", password_hash: str | None = None,
) -> User:
    """Create a user of a unit with roles."""
    if session.scalar(select(User.id).where(User.username == username)):
        raise AdminError(f"The user name {username!r} is taken.")
    if not roles:
        raise AdminError("A user needs at least one role: clerk, leader, specialist or admin.")
    unit = unit_by_code(session, unit_code)
    user = User(id=user_id or str(uuid.uuid4()), unit_id=unit.id, username=username, full_name=full_name,
                position=position, roles=[str(r) for r in roles],
                password_hash=password_hash or hash_password(password), active=True)
    session.add(user)
    publish_person(session, user)
    record_audit(session, "user_add", actor=actor, unit_id=unit.id, target=username,
                 detail={"roles": user.roles})
    return user


def user_by_name(session: Session, username: str) -> User:
    """A user by user name, or an AdminError."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise AdminError(f"No user {username!r}. List users with `commune-central user list`.")
    return user


def set_password(session: Session, username: str, password: str, actor: str = "cli") -> None:
    """Replace a password and end the user's sessions on every device."""
    user = user_by_name(session, username)
    user.password_hash = hash_password(password)
    end_user_sessions(session, user.id)
    record_audit(session, "user_password", actor=actor, unit_id=user.unit_id, target=username)


def set_active(session: Session, username: str, active: bool, actor: str = "cli") -> None:
    """Enable or disable an account."""
    user = user_by_name(session, username)
    user.active = active
    publish_person(session, user)
    record_audit(session, "user_enable" if active else "user_disable", actor=actor, unit_id=user.unit_id,
                 target=username)


def list_devices(session: Session, username: str | None = None) -> list[tuple[Device, User]]:
    """Devices with their users, newest first."""
    query = select(Device, User).join(User, User.id == Device.user_id).order_by(Device.created_at.desc())
    if username:
        query = query.where(User.username == username)
    return [(device, user) for device, user in session.execute(query).all()]


def revoke_device(session: Session, device_id: str, actor: str = "cli") -> Device:
    """Revoke a device: its next request is answered 401 with `wipe: true`, and its refresh tokens die."""
    device = session.get(Device, device_id)
    if device is None:
        raise AdminError(f"No device {device_id!r}. List devices with `commune-central device list`.")
    if device.revoked_at is None:
        device.revoked_at = utcnow()
    end_device_sessions(session, device)
    record_audit(session, "device_revoke", actor=actor, device_id=device.id, target=device.name)
    return device
