"""Who may see what: the audience of each record, secrecy ceilings, and the log of refused access."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from server.models import AuditEntry, Record, RecordAudience, Unit
from sync.protocol.domain import Role, UnitLevel

log = logging.getLogger("commune.central.scope")


@dataclass(frozen=True)
class Principal:
    """The signed-in user on one device, as every endpoint sees them."""

    user_id: str
    device_id: str
    unit_id: str
    unit_level: UnitLevel
    roles: frozenset[str]
    feed_head: int = 0

    @property
    def ceiling(self) -> int:
        return int(self.unit_level.secrecy_ceiling)

    def has_role(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles)) or Role.ADMIN in self.roles


def ceiling_of(unit: Unit) -> int:
    """The highest secrecy level a unit may hold."""
    return int(UnitLevel(unit.level).secrecy_ceiling)


def descendants_of(session: Session, unit_id: str) -> set[str]:
    """The units under a unit, at any depth."""
    found: set[str] = set()
    level = {unit_id}
    while level:
        level = set(session.scalars(select(Unit.id).where(Unit.parent_id.in_(level)))) - found
        found |= level
    return found


def ancestors_of(session: Session, unit_id: str) -> list[str]:
    """The parent chain of a unit, nearest first."""
    chain: list[str] = []
    parent = session.scalar(select(Unit.parent_id).where(Unit.id == unit_id))
    while parent and parent not in chain:
        chain.append(parent)
        parent = session.scalar(select(Unit.parent_id).where(Unit.id == parent))
    return chain


def audience_of(session: Session, record: Record) -> set[str]:
    """The units that may see a record now, already cut at each unit's secrecy ceiling."""
    data = record.data
    if record.deleted:
        return set()
    if record.entity == "document":
        candidates = {record.unit_id}
    elif record.entity == "task":
        candidates = {record.unit_id, data["lead_unit_id"], *data.get("cooperating_unit_ids", [])}
    elif record.entity in ("document_note", "document_event", "task_report"):
        # A note or report is seen exactly where its parent is.
        return set(session.scalars(select(RecordAudience.unit_id).where(RecordAudience.record_id == record.parent_id)))
    elif record.entity == "unit":
        # A unit is known to every unit that may send to it: itself, its parent, the units under it at any depth
        # (each sends up its whole parent chain) and its siblings (communes of one district or province write to
        # each other). Seen from a commune: its district and province, and the other communes beside it.
        candidates = {record.id, *descendants_of(session, record.id)}
        if data.get("parent_id"):
            candidates.add(data["parent_id"])
            candidates |= set(session.scalars(select(Unit.id).where(Unit.parent_id == data["parent_id"])))
    elif record.entity == "person":
        candidates = {record.unit_id}
    else:
        raise ValueError(f"unknown entity {record.entity}")
    units = session.execute(select(Unit.id, Unit.level).where(Unit.id.in_(candidates))).all()
    return {uid for uid, level in units if record.secrecy <= int(UnitLevel(level).secrecy_ceiling)}


def can_see(session: Session, unit_id: str, record_id: str) -> bool:
    """True when the record is in the unit's scope now."""
    return bool(session.scalar(select(exists().where(
        RecordAudience.unit_id == unit_id, RecordAudience.record_id == record_id,
    ))))


def log_refusal(session: Session, who: Principal, action: str, target: str, reason: str, ip: str | None = None) -> None:
    """Record a refused access in the log and the audit table (the caller commits)."""
    log.warning("refused %s on %s for user %s of unit %s: %s", action, target, who.user_id, who.unit_id, reason)
    session.add(AuditEntry(action="access_refused", actor=who.user_id, unit_id=who.unit_id, device_id=who.device_id,
                           target=target, ip=ip, detail={"attempted": action, "reason": reason}))
