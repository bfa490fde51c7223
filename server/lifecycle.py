"""Document and task lifecycles: allowed status transitions, register numbers and who may do what."""

from __future__ import annotations

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from server.models import RegisterCounter
from sync.protocol.domain import DOCUMENT_STATUSES, DocumentKind, IncomingStatus, OutgoingStatus, Role, TaskStatus

_IN = IncomingStatus
_OUT = OutgoingStatus

# Forward along the register, plus the few steps back that real offices take (reassigning, reopening).
DOCUMENT_TRANSITIONS: dict[str, dict[str, frozenset[str]]] = {
    DocumentKind.INCOMING: {
        _IN.RECEIVED: frozenset({_IN.REGISTERED}),
        _IN.REGISTERED: frozenset({_IN.ASSIGNED, _IN.ARCHIVED}),
        _IN.ASSIGNED: frozenset({_IN.IN_PROGRESS, _IN.DONE}),
        _IN.IN_PROGRESS: frozenset({_IN.DONE, _IN.ASSIGNED}),
        _IN.DONE: frozenset({_IN.ARCHIVED, _IN.IN_PROGRESS}),
        _IN.ARCHIVED: frozenset(),
    },
    DocumentKind.OUTGOING: {
        _OUT.DRAFT: frozenset({_OUT.IN_REVIEW}),
        _OUT.IN_REVIEW: frozenset({_OUT.DRAFT, _OUT.SIGNED}),
        _OUT.SIGNED: frozenset({_OUT.ISSUED}),
        _OUT.ISSUED: frozenset({_OUT.SENT}),
        _OUT.SENT: frozenset(),
    },
    DocumentKind.DRAFT: {
        _OUT.DRAFT: frozenset({_OUT.IN_REVIEW}),
        _OUT.IN_REVIEW: frozenset({_OUT.DRAFT}),
    },
}

TASK_FINISHED = frozenset({TaskStatus.DONE, TaskStatus.DONE_LATE})

# Fields that direct the work (assignment, bút phê) are the leader's.
LEADER_FIELDS = frozenset({"handler_id", "direction_note", "deadline"})
# Statuses only a clerk or leader may set: registering, issuing and sending are register acts.
REGISTER_STATUSES = frozenset({_IN.REGISTERED, _IN.ARCHIVED, _OUT.ISSUED, _OUT.SENT})
# Documents may be deleted only before they enter a register.
DELETABLE_STATUSES = frozenset({_IN.RECEIVED, _OUT.DRAFT, _OUT.IN_REVIEW})


def valid_statuses(kind: str) -> tuple[str, ...]:
    """The statuses a document of this kind can have."""
    return tuple(str(s) for s in DOCUMENT_STATUSES[DocumentKind(kind)])


def initial_status(kind: str) -> str:
    """The status a new document of this kind starts in when the client gives none."""
    return _IN.RECEIVED if kind == DocumentKind.INCOMING else _OUT.DRAFT


def document_transition_error(kind: str, old: str, new: str) -> str | None:
    """None when old -> new is allowed for the kind, else the reason."""
    if old == new:
        return None
    allowed = DOCUMENT_TRANSITIONS[DocumentKind(kind)].get(old, frozenset())
    if new in allowed:
        return None
    options = ", ".join(sorted(allowed)) or "none (final status)"
    return f"a {kind} document cannot go from {old!r} to {new!r}; allowed next: {options}"


def task_transition_error(old: str, new: str) -> str | None:
    """None when a task may move from old to new; a finished task stays finished."""
    if old == new or old not in TASK_FINISHED:
        return None
    return f"the task is already {old!r} and cannot become {new!r}"


def role_error(roles: frozenset[str], changed: set[str], new_status: str | None) -> str | None:
    """None when the roles allow changing these document fields (and status), else the reason."""
    if Role.ADMIN in roles:
        return None
    if changed & LEADER_FIELDS and Role.LEADER not in roles:
        return "only a leader assigns documents and writes direction notes"
    if new_status in REGISTER_STATUSES and not roles & {Role.CLERK, Role.LEADER}:
        return f"only a clerk or leader may set the status {new_status!r}"
    return None


def next_register_number(session: Session, unit_id: str, register: str, year: int) -> int:
    """The next consecutive number of a unit's register for a year (locks the counter row until commit)."""
    number = session.execute(
        update(RegisterCounter)
        .where(RegisterCounter.unit_id == unit_id, RegisterCounter.register == register, RegisterCounter.year == year)
        .values(last=RegisterCounter.last + 1)
        .returning(RegisterCounter.last)
    ).scalar()
    if number is not None:
        return int(number)
    # First number of the year: a concurrent first insert fails on the key and the transaction is retried.
    session.execute(insert(RegisterCounter).values(unit_id=unit_id, register=register, year=year, last=1))
    return 1

