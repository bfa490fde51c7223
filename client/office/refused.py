"""Changes the server refused, as a screen shows them and the two ways out: discard, or send again.

A refusal crosses the wire as a code and an English reason (server/push.py). Where the refused change breaks the
shared lifecycle and role table (`sync/protocol/lifecycle.py`), that table is asked again here with the change's
fields and the person's roles, so the screen gets the precise code and values ("only the leader may set the
direction note") to word in its language; otherwise the server's code is kept with its reason as the detail.

Discarding a refused *update* puts the server's copy back for the fields it carried (and the register numbers, so
no provisional arrival number stays behind). Discarding a refused *create* removes the record from this computer:
the server never accepted it, so there is no server copy to go back to, and a kept local record would hold a
provisional arrival number the server may give another document. The user who wants it again edits nothing and
presses "send again" instead; discard is the explicit "forget what I did".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from client.cache.replica import CacheReplica, RefusedOutcome
from client.office.changes import DOCUMENT_VIEWS, Changes
from client.office.errors import Problem
from client.office.task_reach import task_reach_error
from sync.protocol import lifecycle
from sync.protocol.lifecycle import Refusal

Row = dict[str, Any]
# Server codes behind which a rule of the shared table may stand (server/document_writes.py maps them so).
_TABLE_CODES = frozenset({"forbidden", "invalid_fields", "invalid_status", "invalid_transition"})


@dataclass(frozen=True)
class RefusedChange:
    """One refused change: which record, what it carried, and why the server refused it."""

    seq: int
    entity: str  # document, task, document_note, task_report
    op: str  # create, update, delete, append
    record_id: str
    kind: str | None  # the document's kind (incoming, outgoing, draft), None for tasks
    number_symbol: str | None
    summary: str | None
    title: str | None
    fields: dict[str, Any]
    code: str  # the server's refusal code
    reason: str  # the server's reason, English
    created_at: dt.datetime | None  # when the change was made
    problem_code: str = ""  # the code to word it by: a rule of the shared table when one explains it
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """The record as people name it: number and summary of a document, title of a task."""
        if self.entity in ("task", "task_report"):
            return self.title or f"{self.entity} {self.record_id[:8]}"
        text = " — ".join(part for part in (self.number_symbol, self.summary) if part)
        return text or f"{self.entity} {self.record_id[:8]}"

    @property
    def is_create(self) -> bool:
        """A new record the server never accepted: discarding it removes it from this computer."""
        return self.op in ("create", "append")

    @property
    def problem(self) -> Problem:
        """The refusal as the screens word it (client/ui/error_text.py), the server's text as the fallback."""
        return Problem(self.problem_code or self.code, dict(self.params), self.reason)

    def as_dict(self) -> Row:
        """For --json: every field, the label, and the refusal's code and values."""
        return {**asdict(self), "label": self.label}


def refused_changes(replica: CacheReplica, roles: Collection[str]) -> list[RefusedChange]:
    """The refused changes, oldest first, each explained as precisely as the shared rules allow."""
    out = []
    for row in replica.refused_entries():
        fields = dict(row["fields"] or {})
        code = row["code"] or "rejected"
        reason = row["last_error"] or ""
        refusal = explain(row["entity"], row["op"], row["kind"], fields, row["base"], roles) \
            if code in _TABLE_CODES else None
        if refusal is None and code == "forbidden" and row["entity"] == "task":
            owner = (row["base"] or {}).get("unit_id") or replica.get_state("account.unit_id")
            refusal = task_reach_error(replica.engine, owner, fields)
        problem_code, params = (refusal.code, dict(refusal.params)) if refusal else (code, {"detail": reason})
        out.append(RefusedChange(
            seq=int(row["seq"]), entity=row["entity"], op=row["op"], record_id=row["record_id"], kind=row["kind"],
            number_symbol=row["number_symbol"], summary=row["summary"], title=row["title"], fields=fields,
            code=code, reason=reason, created_at=row["created_at"], problem_code=problem_code, params=params))
    return out


def explain(entity: str, op: str, kind: str | None, fields: Mapping[str, Any], base: Mapping[str, Any] | None,
            roles: Collection[str]) -> Refusal | None:
    """The rule of the shared lifecycle and role table this change breaks, if one does (no I/O)."""
    if not roles:
        return None
    if entity == "document" and kind:
        if op == "create":
            return lifecycle.creation_error(roles, kind, fields.get("status"), fields)
        if op == "update" and base is not None:
            old = str(base.get("status") or "")
            new = str(fields.get("status") or old)
            others = [name for name in fields if name != "status"]
            if old and new != old and (refusal := lifecycle.transition_error(kind, old, new)):
                return refusal
            return lifecycle.role_error(roles, kind, old, new, others) if old else lifecycle.fields_error(roles,
                                                                                                           others)
    if entity == "task":
        if op == "create":
            return lifecycle.task_creation_error(roles)
        if op == "update":
            if refusal := lifecycle.task_role_error(roles, fields):
                return refusal
            if base is not None and "status" in fields:
                return lifecycle.task_transition_error(str(base.get("status")), str(fields["status"]))
    return None


def changes_of(outcome: RefusedOutcome) -> Changes:
    """The views a discard or a retry made stale: the record's list, the refused view, the counts."""
    records = frozenset({outcome.record_id} | ({outcome.parent_id} if outcome.parent_id else set()))
    if outcome.entity in ("document", "document_note"):
        views = {outcome.kind} if outcome.kind in DOCUMENT_VIEWS else set(DOCUMENT_VIEWS)
        if outcome.entity == "document_note":
            views.add("notes")
    else:
        views = {"tasks"}
    return Changes(frozenset(views | {"refused"}), records, counts=True)


def discard(replica: CacheReplica, seq: int) -> Changes:
    """Drop a refused change; the server's copy comes back (a refused new record goes)."""
    return changes_of(replica.discard_refused(seq))


def retry(replica: CacheReplica, seq: int, only: Collection[str] | None = None) -> Changes:
    """Queue a refused change again with the record's current values (only these fields, when given)."""
    return changes_of(replica.retry_refused(seq, only))
