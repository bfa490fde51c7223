"""The document workflow over the cache replica: register, assign, start, done, send; each a queued edit.

Every step is checked here first against the one lifecycle and role table (`sync/protocol/lifecycle.py`) that
the server enforces, so a clerk is told at once that only a leader assigns, instead of learning it from a refusal
at the next sync. The server still checks every step: an action that spans several steps (send: signed → issued
→ sent) queues one edit per step, and the push sends a record's edits in order. No Qt: these run on workers.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select

from client.cache.replica import CacheReplica
from client.cache.schema import documents
from client.office.errors import OfficeError
from client.office.queries import unit_names
from sync.protocol import lifecycle
from sync.protocol.lifecycle import LifecycleError, Refusal

# The actions the screens offer on a document, each named for its button.
ACTIONS = ("register", "assign", "start", "done", "send", "edit", "forward", "return", "submit")


class ActionError(OfficeError):
    """An action that does not fit the document's present state or the person's role."""


def refused(refusal: Refusal) -> ActionError:
    return ActionError(refusal.code, str(refusal), **dict(refusal.params))


def steps_to(kind: str, current: str, target: str) -> list[str]:
    """The statuses to go through, in order, from `current` to `target` ([] when already there)."""
    try:
        return lifecycle.steps_to(kind, current, target)
    except LifecycleError as error:
        raise ActionError("bad_transition", f"A document in status {current!r} cannot move to {target!r}.",
                          current=current, target=target) from error


def available_actions(kind: str, status: str, roles: Collection[str]) -> frozenset[str]:
    """The actions a person with these roles may take on a document now; with no known roles, every one the
    lifecycle allows (a profile that never synced its directory: the server still checks each step)."""

    def may_walk(target: str) -> bool:
        try:
            walk = lifecycle.steps_to(kind, status, target)
        except LifecycleError:
            return False
        previous = status
        for step in walk:
            if roles and lifecycle.role_error(roles, kind, previous, step, ()) is not None:
                return False
            previous = step
        return bool(walk)

    found = set()
    if lifecycle.next_step_is(kind, status, "registered") and may_walk("registered"):
        found.add("register")
    leads = not roles or lifecycle.fields_error(roles, ["handler_id"]) is None
    if kind == "incoming" and leads and (status in ("assigned", "in_progress") or may_walk("assigned")):
        found.add("assign")
    if lifecycle.next_step_is(kind, status, "in_progress") and may_walk("in_progress"):
        found.add("start")
    if kind == "incoming" and "done" in lifecycle.DOCUMENT_TRANSITIONS[kind].get(status, ()) and (
            not roles or "done" in lifecycle.allowed_transitions(kind, status, roles)):
        found.add("done")
    if kind == "outgoing" and may_walk("sent"):
        found.add("send")
    if status in lifecycle.CORRECTABLE_STATUSES.get(kind, frozenset()):
        found.add("edit")
    if kind == "incoming" and leads and status in lifecycle.FORWARDABLE_STATUSES:
        found.add("forward")  # chuyển xử lý: the leader moves the work to another main handler
    if kind == "incoming" and status in lifecycle.RETURNABLE_STATUSES and (
            not roles or "registered" in lifecycle.allowed_transitions(kind, status, roles)):
        found.add("return")  # trả lại: the main handler gives it back to the leader
    if kind == "incoming" and status in lifecycle.SUBMITTABLE_STATUSES and (
            not roles or lifecycle.fields_error(roles, ["submitted_to_id"]) is None):
        found.add("submit")  # trình: the clerk passes it to a leader
    return frozenset(found)


class DocumentWorkflow:
    """Edits of synced documents through CacheReplica, checked against the role table, queued for the server."""

    def __init__(self, replica: CacheReplica, roles: Callable[[], frozenset[str]]) -> None:
        self.replica = replica
        self.roles = roles

    def _document(self, doc_id: str) -> dict[str, Any]:
        with self.replica.engine.connect() as conn:
            row = conn.execute(select(documents.c.kind, documents.c.status, documents.c.owner_unit_id,
                                      documents.c.handler_id, documents.c.co_handler_ids)
                               .where(documents.c.id == doc_id)).mappings().first()
        if row is None:
            raise ActionError("document_missing", "This document is no longer in the cache.", id=doc_id)
        return dict(row)

    def kind_of(self, doc_id: str) -> str:
        """The document's kind (incoming, outgoing, draft)."""
        return str(self._document(doc_id)["kind"])

    def check(self, kind: str, old: str, new: str, fields: Iterable[str]) -> None:
        """Raise ActionError when the signed-in person's roles may not take this step or set these fields."""
        roles = self.roles()
        if not roles:
            return  # never synced its directory: the server is the guard
        if refusal := lifecycle.role_error(roles, kind, old, new, list(fields)):
            raise refused(refusal)

    def edit(self, doc_id: str, fields: dict[str, Any]) -> str:
        """Change fields of a document (a status change is checked as a step); return its kind."""
        doc = self._document(doc_id)
        new_status = fields.get("status") or doc["status"]
        if new_status != doc["status"] and (refusal := lifecycle.transition_error(doc["kind"], doc["status"],
                                                                                  new_status)):
            raise refused(refusal)
        self.check(doc["kind"], doc["status"], new_status, [name for name in fields if name != "status"])
        if refusal := lifecycle.correction_error(doc["kind"], doc["status"], fields):
            raise refused(refusal)
        self.replica.edit("document", doc_id, fields)
        return str(doc["kind"])

    def assign(self, doc_id: str, handler_id: str, deadline: date | None, direction_note: str,
               co_handler_ids: Sequence[str] = (), informed_ids: Sequence[str] = ()) -> None:
        """Assign to a main handler with co-handlers (phối hợp), people informed (xem để biết), a deadline and
        the leader's direction note."""
        doc = self._document(doc_id)
        if doc["kind"] != "incoming":
            raise ActionError("assign_not_incoming", "Only incoming documents are assigned.", kind=doc["kind"])
        if handler_id in co_handler_ids:
            raise refused(Refusal("handler_also_co_handler"))
        changes: dict[str, Any] = {"handler_id": handler_id, "deadline": deadline.isoformat() if deadline else None,
                                   # "" and not None: the record's note is text, a null would be refused
                                   "direction_note": direction_note or "",
                                   "co_handler_ids": list(dict.fromkeys(co_handler_ids)),
                                   "informed_ids": list(dict.fromkeys(informed_ids))}
        status = doc["status"]
        if status == "received":
            self.check("incoming", "received", "registered", ())
            self.replica.set_document_status(doc_id, "registered")  # the server gives the arrival number
            status = "registered"
        if status in ("registered", "in_progress"):
            self.check("incoming", status, "assigned", changes)
            changes["status"] = "assigned"
        elif status == "assigned":
            self.check("incoming", status, status, changes)
        else:
            raise ActionError("bad_transition", f"A document in status {status!r} cannot be assigned.",
                              current=status, target="assigned")
        self.replica.edit("document", doc_id, changes)

    def forward(self, doc_id: str, handler_id: str) -> None:
        """Chuyển xử lý: the leader moves assigned work to another main handler (it starts again as assigned)."""
        doc = self._document(doc_id)
        if doc["kind"] != "incoming" or doc["status"] not in lifecycle.FORWARDABLE_STATUSES:
            raise ActionError("bad_transition", f"A document in status {doc['status']!r} cannot be forwarded.",
                              current=doc["status"], target="assigned")
        if handler_id == doc["handler_id"]:
            raise ActionError("forward_same_handler", "The document is already with this handler.")
        # a co-handler who becomes the main handler is no longer a co-handler
        changes: dict[str, Any] = {"handler_id": handler_id,
                                   "co_handler_ids": [c for c in doc["co_handler_ids"] or () if c != handler_id]}
        self.check("incoming", doc["status"], "assigned", changes)
        if doc["status"] != "assigned":
            changes["status"] = "assigned"
        self.replica.edit("document", doc_id, changes)

    def return_to_leader(self, doc_id: str, me: str | None) -> None:
        """Trả lại: the main handler gives the work back to the leader (the server clears the handler)."""
        doc = self._document(doc_id)
        if doc["kind"] != "incoming" or doc["status"] not in lifecycle.RETURNABLE_STATUSES:
            raise ActionError("bad_transition", f"A document in status {doc['status']!r} cannot be returned.",
                              current=doc["status"], target="registered")
        self.check("incoming", doc["status"], "registered", ())
        roles = self.roles()
        if me is not None and roles and lifecycle.ADMIN not in roles and doc["handler_id"] != me:
            raise refused(Refusal("return_not_handler"))
        self.replica.set_document_status(doc_id, "registered")

    def submit_to_leader(self, doc_id: str, leader_id: str) -> None:
        """Trình: the clerk passes a registered incoming document to a leader (a received one is registered)."""
        doc = self._document(doc_id)
        status = doc["status"]
        if doc["kind"] != "incoming" or status not in lifecycle.SUBMITTABLE_STATUSES | {"received"}:
            raise ActionError("bad_transition", f"A document in status {status!r} cannot be submitted.",
                              current=status, target="registered")
        if status == "received":
            self.check("incoming", "received", "registered", ())
        self.check("incoming", "registered", "registered", ["submitted_to_id"])
        if status == "received":
            self.replica.set_document_status(doc_id, "registered")
        self.replica.edit("document", doc_id, {"submitted_to_id": leader_id})

    def change_status(self, doc_id: str, status: str) -> str:
        """Move the document forward to a status step by step along its register; return its kind."""
        doc = self._document(doc_id)
        walk = steps_to(doc["kind"], doc["status"], status)
        previous = doc["status"]
        for step in walk:  # every step is checked before the first is queued: all or nothing
            self.check(doc["kind"], previous, step, ())
            previous = step
        for step in walk:
            self.replica.set_document_status(doc_id, step)
        return str(doc["kind"])

    def _typed_recipients(self, doc_id: str, picked: set[str]) -> list[dict[str, Any]]:
        """The "Nơi nhận" the clerk typed (names with no unit of the platform), kept beside the picked units."""
        with self.replica.engine.connect() as conn:
            row = conn.execute(select(documents.c.recipients, documents.c.recipient_units)
                               .where(documents.c.id == doc_id)).first()
        if row is None:
            return []
        if row.recipient_units:
            typed = [str(r.get("name") or "") for r in row.recipient_units
                     if isinstance(r, dict) and not r.get("unit_id")]
        else:
            typed = [str(name) for name in row.recipients or []]
        return [{"name": name} for name in dict.fromkeys(typed) if name.strip() and name.casefold() not in picked]

    def check_status(self, doc_id: str, status: str) -> None:
        """Raise ActionError unless the document can move to this status now (nothing is queued)."""
        doc = self._document(doc_id)
        walk = steps_to(doc["kind"], doc["status"], status)
        if not walk:
            raise ActionError("bad_transition", f"A document in status {doc['status']!r} cannot move to {status!r}.",
                              current=doc["status"], target=status)
        previous = doc["status"]
        for step in walk:
            self.check(doc["kind"], previous, step, ())
            previous = step

    def send(self, doc_id: str, unit_ids: list[str]) -> None:
        """Send an outgoing document to units of the platform: recipients, then each status up to "sent"."""
        doc = self._document(doc_id)
        if doc["kind"] != "outgoing":
            raise ActionError("send_not_outgoing",
                              "Only outgoing documents are sent; make the draft an outgoing document first.",
                              kind=doc["kind"])
        if not unit_ids:
            raise ActionError("send_no_recipient", "Choose at least one unit to send to.")
        steps = steps_to("outgoing", doc["status"], "sent")
        if not steps:
            raise ActionError("already_sent", "This document has been sent already.")
        previous = doc["status"]
        for step in steps:
            self.check("outgoing", previous, step, ())
            previous = step
        names = unit_names(self.replica, unit_ids)
        picked = [{"name": names.get(unit_id, unit_id), "unit_id": unit_id} for unit_id in unit_ids]
        recipients = self._typed_recipients(doc_id, {r["name"].casefold() for r in picked}) + picked
        self.replica.edit("document", doc_id, {"recipients": recipients, "status": steps[0]})
        for step in steps[1:]:
            self.replica.set_document_status(doc_id, step)
