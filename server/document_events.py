"""The processing trail: one `document_event` per document write, recorded in the write's own transaction.

Clients never write events (`sync.protocol.records.SERVER_WRITTEN`; a push of one is refused by the request
model): who did what and when is the server's word, so a trail cannot be forged or lost with a device. An event
is a child of its document (`parent_id`), so it reaches exactly the document's audience and follows it in and
out of scope like a note.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from server.models import Record
from server.record_writes import author_name, create_record, now_iso
from server.scope import Principal
from sync.protocol.events import event_fields

# One event per version of a document, its id derived from the two: the seed stays deterministic, and a write
# that somehow ran twice could not leave two events for one step.
EVENT_NAMESPACE = uuid.UUID("b7e2c0d4-5d7f-4f0e-9a43-6f1c2e8d9a01")


def record_event(session: Session, who: Principal | None, document: Record, old: dict[str, Any] | None,
                 changed: Iterable[str], *, action: str | None = None, note: str | None = None) -> Record:
    """Append the event of one write to `document` (its data already the new state); `old` None for a creation.

    `who` None is the server itself (seeding); `action` and `note` override what the write alone would say (a
    delivered copy names the unit that sent it).
    """
    data = document.data
    fields = event_fields(data["kind"], old, data, changed)
    if action is not None:
        fields["action"] = action
    if note is not None:
        fields["note"] = note
    fields.update(document_id=document.id, at=now_iso(),
                  actor_id=who.user_id if who else None,
                  actor_name=author_name(session, who.user_id) if who else "")
    event_id = str(uuid.uuid5(EVENT_NAMESPACE, f"{document.id}:{document.version}"))
    return create_record(session, "document_event", event_id, document.unit_id, fields,
                         parent_id=document.id, secrecy=document.secrecy)
