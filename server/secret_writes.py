"""The push side of the secret-document rule: refusing content, and auditing every change of secrecy.

What a secret document may carry is decided in `sync.protocol.secrecy`; what is stored of it in
`server.secret_policy`. Here: a push that would put content on a secret document is refused for that one mutation
(code `secret_content`, the field names as params), and each secrecy change of a document goes to the audit log
with what the raise took out (Law 117/2025/QH15: declassifying is allowed, and must be traceable).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from server.audit import record_audit
from server.record_writes import Rejection, attachment_hashes
from server.scope import Principal
from server.secret_policy import policy_of, withdraw_grants
from sync.protocol.lifecycle import Refusal
from sync.protocol.secrecy import SECRET_CONTENT, content_fields, is_secret
from sync.protocol.wire import Mutation


def refuse_content(session: Session, who: Principal, secrecy: int | None, fields: dict[str, Any]) -> None:
    """Refuse fields that would give a secret document content the unit's policy does not allow."""
    if not is_secret(secrecy):
        return
    names = content_fields(fields, summary_allowed=policy_of(session, who.unit_id).summary_allowed)
    if names:
        raise Rejection(SECRET_CONTENT, str(Refusal(SECRET_CONTENT, {"fields": names})), params={"fields": names})


def refused_secret_content(session: Session, who: Principal, mutation: Mutation) -> None:
    """After a refusal: bytes uploaded for that secret document become unreachable, as if it had been stored.

    The client uploads again if the document is later sent without secrecy.
    """
    withdraw_grants(session, who.unit_id, attachment_hashes("document", mutation.fields))


def audit_secrecy_change(session: Session, who: Principal, document_id: str, old: int, new: int,
                         stripped: list[str]) -> None:
    """One audit row per secrecy change: raised (with the content fields it took out) or declassified."""
    if old == new:
        return
    action = "document_secrecy_raised" if new > old else "document_declassified"
    record_audit(session, action, actor=who.user_id, unit_id=who.unit_id, device_id=who.device_id,
                 target=document_id, detail={"from": old, "to": new, "stripped": stripped})
