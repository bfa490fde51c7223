"""The processing trail's vocabulary: which action a write to a document was, decided once for server and client.

The server records one `document_event` per document write, in the same transaction (`server/document_events.py`);
the client names its own unsent changes with the same function, so a step shows the same word before and after
the server has it. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

from sync.protocol.domain import DocumentKind, IncomingStatus, OutgoingStatus
from sync.protocol.lifecycle import FORWARDABLE_STATUSES, REGISTER_FIELDS, RETURNABLE_STATUSES

EventAction = Literal[
    "created",  # entered in the cache of its unit (received on paper, a new draft or outgoing document)
    "delivered",  # an incoming copy arrived from the sending unit
    "registered",  # vào sổ: given its arrival number
    "submitted",  # trình: passed to a leader
    "assigned",  # giao xử lý: main handler, co-handlers, people informed, deadline, direction note
    "forwarded",  # chuyển xử lý: another main handler
    "returned",  # trả lại: given back to the leader
    "sent",  # gửi: delivered to the recipient units
    "status_changed",  # any other step of the lifecycle (started, done, reopened, archived, signed, issued...)
    "corrected",  # register fields corrected
    "edited",  # other fields changed (attachments, recipients)
]
EVENT_ACTIONS: tuple[str, ...] = EventAction.__args__  # type: ignore[attr-defined]

# Fields of the assignment: a change to any of them on assigned work is a new assignment.
ASSIGNMENT_FIELDS = frozenset({"handler_id", "co_handler_ids", "informed_ids", "deadline", "direction_note"})


def creation_action(kind: str, status: str) -> str:
    """The action of a document's first write: registered when it enters the register at once."""
    if kind == DocumentKind.INCOMING and status == IncomingStatus.REGISTERED:
        return "registered"
    return "created"


def update_action(kind: str, old_status: str, new_status: str, changed: Iterable[str],
                  old_handler_id: str | None) -> str:
    """The action one update of a document was, from its status move and the fields it changed."""
    names = set(changed)
    moved = old_status != new_status
    incoming = kind == DocumentKind.INCOMING
    if incoming and moved and old_status in RETURNABLE_STATUSES and new_status == IncomingStatus.REGISTERED:
        return "returned"
    if "submitted_to_id" in names:
        return "submitted"
    if incoming and "handler_id" in names and old_handler_id and old_status in FORWARDABLE_STATUSES:
        return "forwarded"
    if incoming and ((moved and new_status == IncomingStatus.ASSIGNED)
                     or (new_status == IncomingStatus.ASSIGNED and names & ASSIGNMENT_FIELDS)):
        return "assigned"
    if incoming and moved and old_status == IncomingStatus.RECEIVED and new_status == IncomingStatus.REGISTERED:
        return "registered"
    if moved and new_status == OutgoingStatus.SENT:
        return "sent"
    if moved:
        return "status_changed"
    if names & REGISTER_FIELDS:
        return "corrected"
    return "edited"


def trail_fields(changed: Iterable[str]) -> list[str]:
    """The changed fields a trail entry names: what a person changed, not the bookkeeping the server adds."""
    hidden = {"status", "version", "updated_at", "created_at", "arrival_number", "arrival_date",
              "outgoing_number", "submitted_at"}
    return sorted(set(changed) - hidden)


def event_fields(kind: str, old: Mapping[str, Any] | None, new: Mapping[str, Any],
                 changed: Iterable[str]) -> dict[str, Any]:
    """The fields of a `document_event` record for one write (everything but id, actor and time)."""
    names = list(changed)
    if old is None:
        action = creation_action(kind, str(new["status"]))
        from_status = None
    else:
        action = update_action(kind, str(old["status"]), str(new["status"]), names, old.get("handler_id"))
        from_status = str(old["status"])
    # An assignment names everyone it concerns; a forward names the new main handler only (who else works on it
    # or is informed did not change with it).
    people = action == "assigned" or bool(old is None and new.get("handler_id"))
    return {
        "action": action,
        "from_status": from_status,
        "to_status": str(new["status"]),
        "fields": trail_fields(names) if old is not None else [],
        "handler_id": new.get("handler_id") if people or action == "forwarded" else None,
        "co_handler_ids": list(new.get("co_handler_ids") or []) if people else [],
        "informed_ids": list(new.get("informed_ids") or []) if people else [],
        "submitted_to_id": new.get("submitted_to_id") if action == "submitted" else None,
        "note": _note(action, new, names),
    }


def _note(action: str, new: Mapping[str, Any], names: list[str]) -> str:
    # The leader's direction note travels with the assignment; a sending names where it went.
    if action == "sent":
        return ", ".join(str(r.get("name") or "") for r in new.get("recipients") or [] if isinstance(r, Mapping))
    return str(new.get("direction_note") or "") if "direction_note" in names else ""
