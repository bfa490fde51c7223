"""The audit log: sign-ins, admin actions and document opens reported by clients."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.orm import Session

from server.models import AuditEntry

log = logging.getLogger("commune.central.audit")


def record_audit(
    session: Session, action: str, *, actor: str | None = None, unit_id: str | None = None,
    device_id: str | None = None, target: str | None = None, ip: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Add an audit row to the caller's transaction."""
    log.info("audit %s actor=%s target=%s ip=%s", action, actor, target, ip)
    session.add(AuditEntry(action=action, actor=actor, unit_id=unit_id, device_id=device_id, target=target, ip=ip,
                           detail=detail))
