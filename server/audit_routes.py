"""Client-reported audit events: which documents were opened, by whom, on which device."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.audit import record_audit
from server.auth import AUTH_ERRORS, CurrentPrincipal
from server.models import Record
from server.runtime import runtime
from server.scope import can_see, log_refusal
from sync.protocol.secrecy import is_secret
from sync.protocol.wire import AuditAccepted, AuditOpensRequest

router = APIRouter(prefix="/v1/audit", tags=["audit"], responses=AUTH_ERRORS)


@router.post("/opens")
def report_opens(body: AuditOpensRequest, request: Request, who: CurrentPrincipal) -> AuditAccepted:
    """Store document opens; an open of a document outside the unit's scope is logged as refused, not stored."""
    ip = request.client.host if request.client else None
    accepted = 0
    with runtime(request).db.write() as session:
        for event in body.opens:
            if can_see(session, who.unit_id, event.document_id):
                record_audit(session, "document_open", actor=who.user_id, unit_id=who.unit_id,
                             device_id=who.device_id, target=event.document_id, ip=ip,
                             detail={"client_time": event.opened_at, **_secret_detail(session, event.document_id)})
                accepted += 1
            else:
                log_refusal(session, who, "report open", event.document_id, "document not in the unit's scope", ip)
        session.commit()
    return AuditAccepted(accepted=accepted)


def _secret_detail(session: Session, document_id: str) -> dict[str, object]:
    """Marks the open of a secret document's register entry, so the log shows every view of one (Law 117/2025)."""
    secrecy = session.scalar(select(Record.secrecy).where(Record.id == document_id, Record.entity == "document"))
    return {"secrecy": secrecy, "register_entry": True} if is_secret(secrecy) else {}
