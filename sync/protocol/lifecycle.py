"""The document and task lifecycles and who may take each step: the one table every layer reads.

The server enforces these rules, the office layer checks them before queueing a change, and the UI enables only
what `allowed_transitions` offers (DESIGN: "the rules every layer shares live once, in sync/protocol"). Pure data
and small queries, no I/O. A refusal is a code with parameters, so the GUI can translate it; `str()` of one is the
plain English the server sends in its answers.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sync.protocol.domain import DOCUMENT_STATUSES, DocumentKind, IncomingStatus, OutgoingStatus, Role, TaskStatus

_IN = IncomingStatus
_OUT = OutgoingStatus
_KIND_IN, _KIND_OUT, _KIND_DRAFT = DocumentKind.INCOMING, DocumentKind.OUTGOING, DocumentKind.DRAFT
CLERK, LEADER, SPECIALIST, ADMIN = Role.CLERK, Role.LEADER, Role.SPECIALIST, Role.ADMIN

# -- the table ---------------------------------------------------------------------------------------------------

# Every status step a document may take, and the roles that may take it (an admin may take every step).
# Forward along the register, plus the few steps back that real offices take: the leader reassigns work in
# progress or reopens finished work, a draft under review goes back for revision.
TRANSITION_RIGHTS: dict[tuple[str, str, str], frozenset[str]] = {
    (_KIND_IN, _IN.RECEIVED, _IN.REGISTERED): frozenset({CLERK}),  # the clerk enters it in the incoming register
    (_KIND_IN, _IN.REGISTERED, _IN.ASSIGNED): frozenset({LEADER}),  # bút phê: the leader assigns a handler
    (_KIND_IN, _IN.REGISTERED, _IN.ARCHIVED): frozenset({CLERK}),  # for information only: filed, no processing
    (_KIND_IN, _IN.ASSIGNED, _IN.IN_PROGRESS): frozenset({SPECIALIST}),
    (_KIND_IN, _IN.ASSIGNED, _IN.DONE): frozenset({SPECIALIST}),
    (_KIND_IN, _IN.IN_PROGRESS, _IN.DONE): frozenset({SPECIALIST}),
    (_KIND_IN, _IN.IN_PROGRESS, _IN.ASSIGNED): frozenset({LEADER}),  # reassigned (chuyển xử lý)
    # trả lại: the main handler gives the work back to the leader, who assigns it again; the server clears the
    # handler and takes this step only from the main handler himself
    (_KIND_IN, _IN.ASSIGNED, _IN.REGISTERED): frozenset({SPECIALIST}),
    (_KIND_IN, _IN.IN_PROGRESS, _IN.REGISTERED): frozenset({SPECIALIST}),
    (_KIND_IN, _IN.DONE, _IN.IN_PROGRESS): frozenset({LEADER, SPECIALIST}),  # reopened
    (_KIND_IN, _IN.DONE, _IN.ARCHIVED): frozenset({CLERK}),
    (_KIND_OUT, _OUT.DRAFT, _OUT.IN_REVIEW): frozenset({SPECIALIST}),  # submitted to the leader
    (_KIND_OUT, _OUT.IN_REVIEW, _OUT.DRAFT): frozenset({LEADER, SPECIALIST}),  # sent back, or withdrawn
    (_KIND_OUT, _OUT.IN_REVIEW, _OUT.SIGNED): frozenset({LEADER}),
    (_KIND_OUT, _OUT.SIGNED, _OUT.ISSUED): frozenset({CLERK}),  # numbered in the outgoing register
    (_KIND_OUT, _OUT.ISSUED, _OUT.SENT): frozenset({CLERK}),
    (_KIND_DRAFT, _OUT.DRAFT, _OUT.IN_REVIEW): frozenset({SPECIALIST}),
    (_KIND_DRAFT, _OUT.IN_REVIEW, _OUT.DRAFT): frozenset({LEADER, SPECIALIST}),
}

# Fields that direct the work (assignment, deadline, bút phê) and the roles that may set them; other writable
# fields are anyone's in the owning unit. The clerk passes a registered document to a leader (trình).
FIELD_RIGHTS: dict[str, frozenset[str]] = {
    "handler_id": frozenset({LEADER}),
    "co_handler_ids": frozenset({LEADER}),  # phối hợp
    "informed_ids": frozenset({LEADER}),  # xem để biết
    "deadline": frozenset({LEADER}),
    "direction_note": frozenset({LEADER}),
    "submitted_to_id": frozenset({CLERK}),  # trình lãnh đạo
}

# Where each assignment action applies (incoming documents only): forward (chuyển xử lý) moves assigned work to
# another main handler, return (trả lại) gives it back to the leader, submit (trình) passes a registered document
# to a leader before it is assigned.
FORWARDABLE_STATUSES: frozenset[str] = frozenset({_IN.ASSIGNED, _IN.IN_PROGRESS})
RETURNABLE_STATUSES: frozenset[str] = frozenset({_IN.ASSIGNED, _IN.IN_PROGRESS})
SUBMITTABLE_STATUSES: frozenset[str] = frozenset({_IN.REGISTERED})

# Who may create a document of each kind; it starts in INITIAL_STATUS and any other status it is created in must
# be reachable by steps the same roles may take (so a clerk cannot create an outgoing document as signed).
# A leader handed a document (at a meeting, from above) may enter it as received; registering it, which gives the
# arrival number, stays the clerk's step.
CREATE_RIGHTS: dict[str, frozenset[str]] = {
    _KIND_IN: frozenset({CLERK, LEADER}),
    _KIND_OUT: frozenset({CLERK, LEADER, SPECIALIST}),
    _KIND_DRAFT: frozenset({CLERK, LEADER, SPECIALIST}),
}

# The register fields (what the clerk enters from the paper) and the statuses in which they may still be corrected:
# an outgoing document is frozen once signed (the signature covers its content), an incoming one once archived.
REGISTER_FIELDS = frozenset({"number_symbol", "doc_type", "summary", "issuing_body", "issued_date", "signer",
                             "urgency", "pages", "copies"})
CORRECTABLE_STATUSES: dict[str, frozenset[str]] = {
    _KIND_IN: frozenset({_IN.RECEIVED, _IN.REGISTERED, _IN.ASSIGNED, _IN.IN_PROGRESS, _IN.DONE}),
    _KIND_OUT: frozenset({_OUT.DRAFT, _OUT.IN_REVIEW}),
    _KIND_DRAFT: frozenset({_OUT.DRAFT, _OUT.IN_REVIEW}),
}

INITIAL_STATUS: dict[str, str] = {_KIND_IN: _IN.RECEIVED, _KIND_OUT: _OUT.DRAFT, _KIND_DRAFT: _OUT.DRAFT}

# What a document in a status must hold: work that is assigned has a handler until it is archived.
STATUS_REQUIRES: dict[tuple[str, str], tuple[str, ...]] = {
    (_KIND_IN, _IN.ASSIGNED): ("handler_id",),
    (_KIND_IN, _IN.IN_PROGRESS): ("handler_id",),
    (_KIND_IN, _IN.DONE): ("handler_id",),
}

# The forward path an action walks, one step at a time, to reach a later status (never a step back).
FORWARD_PATHS: dict[str, tuple[str, ...]] = {
    _KIND_IN: (_IN.RECEIVED, _IN.REGISTERED, _IN.ASSIGNED, _IN.IN_PROGRESS, _IN.DONE, _IN.ARCHIVED),
    _KIND_OUT: (_OUT.DRAFT, _OUT.IN_REVIEW, _OUT.SIGNED, _OUT.ISSUED, _OUT.SENT),
    _KIND_DRAFT: (_OUT.DRAFT, _OUT.IN_REVIEW),
}

# Where the assign action applies: an unregistered document is registered first, assigned work is reassigned.
ASSIGNABLE_STATUSES: frozenset[str] = frozenset({_IN.RECEIVED, _IN.REGISTERED, _IN.ASSIGNED, _IN.IN_PROGRESS})
# Statuses after which a deadline no longer makes a document overdue.
CLOSED_STATUSES: frozenset[str] = frozenset({_IN.DONE, _IN.ARCHIVED, _OUT.ISSUED, _OUT.SENT})
# Documents may be deleted only before they enter a register.
DELETABLE_STATUSES: frozenset[str] = frozenset({_IN.RECEIVED, _OUT.DRAFT, _OUT.IN_REVIEW})

TASK_FINISHED: frozenset[str] = frozenset({TaskStatus.DONE, TaskStatus.DONE_LATE})
# Progress is reported by whoever does the work; the rest of a task defines it and is the leader's.
TASK_PROGRESS_FIELDS: frozenset[str] = frozenset({"status", "progress_percent"})
TASK_CREATE_RIGHTS: frozenset[str] = frozenset({LEADER})

# Digital signatures (Decree 30) and the step each goes with: the leader's signature approves an outgoing document
# (in review -> signed); the clerk applies the agency's signature when issuing it (signed -> issued), its number
# and date filled in first. Who may sign is who may take that step in TRANSITION_RIGHTS.
SIGNING_STEPS: dict[str, tuple[str, str, str]] = {
    "approve": (_KIND_OUT, _OUT.IN_REVIEW, _OUT.SIGNED),
    "agency": (_KIND_OUT, _OUT.SIGNED, _OUT.ISSUED),
}
SIGNING_REQUIRES: dict[str, tuple[str, ...]] = {"agency": ("number_symbol", "issued_date")}

DOCUMENT_TRANSITIONS: dict[str, dict[str, frozenset[str]]] = {
    kind: {
        str(status): frozenset(str(new) for (k, old, new) in TRANSITION_RIGHTS if k == kind and old == status)
        for status in statuses
    }
    for kind, statuses in DOCUMENT_STATUSES.items()
}

# -- refusals ----------------------------------------------------------------------------------------------------

_MESSAGES: dict[str, str] = {
    "unknown_kind": "{kind!r} is not a document kind; expected incoming, outgoing or draft",
    "unknown_status": "{status!r} is not a status of {a_kind} document",
    "invalid_transition": "{a_kind} document cannot go from {old!r} to {new!r}; allowed next: {allowed}",
    "transition_forbidden": "moving {a_kind} document from {old!r} to {new!r} is for: {roles}",
    "fields_forbidden": "only {roles} may set {fields}",
    "create_forbidden": "a new {kind} document is created by: {roles}",
    "create_status_forbidden": "your roles cannot create {a_kind} document as {status!r}: it would take steps "
                               "that are not yours",
    "field_required": "{a_kind} document in status {status!r} needs {fields}",
    "not_on_path": "{a_kind} document in status {current!r} cannot move forward to {target!r}",
    "not_correctable": "the register fields of {a_kind} document in status {status!r} can no longer be corrected",
    "task_finished": "the task is already {old!r} and cannot become {new!r}",
    "task_fields_forbidden": "only a leader changes what a task is, who leads it and its deadline",
    "task_create_forbidden": "only a leader creates tasks",
    "task_units_out_of_reach": "a unit gives a task only to itself and to the units below it (a commune only within "
                               "itself); not to: {units}",
    "return_not_handler": "only the main handler of a document gives it back to the leader",
    "handler_also_co_handler": "the main handler cannot also be a co-handler",
    "signing_forbidden": "{purpose} signature on {a_kind} document in status {status!r} is for: {roles}, "
                         "when the document is {expected!r}",
    "signing_needs_fields": "fill in {fields} before applying the agency signature",
    "secret_content": "a secret document is a register entry only; it may not carry {fields}: keep the original "
                      "on paper or in the secret-document system and record where in original_location",
}


@dataclass(frozen=True)
class Refusal:
    """Why a change is not allowed: a stable code for machines and translators, with its parameters."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        template = _MESSAGES.get(self.code)
        if template is None:
            return f"{self.code}: {dict(self.params)}"
        params = {k: _english(v) for k, v in self.params.items()}
        if "kind" in params:
            params["a_kind"] = f"{'an' if str(params['kind'])[:1] in 'aeiou' else 'a'} {params['kind']}"
        return template.format(**params)


def _english(value: Any) -> Any:
    if isinstance(value, (frozenset, set, list, tuple)):
        return ", ".join(sorted(str(v) for v in value)) or "none"
    return str(value) if isinstance(value, str) else value  # a StrEnum member reads as its value


class LifecycleError(ValueError):
    """A refused lifecycle step raised where a caller asked for a result (e.g. `steps_to`)."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(str(refusal))
        self.refusal = refusal


# -- queries -----------------------------------------------------------------------------------------------------


def _may(roles: Collection[str], allowed: Collection[str]) -> bool:
    return ADMIN in roles or any(role in allowed for role in roles)


def valid_statuses(kind: str) -> tuple[str, ...]:
    """The statuses a document of this kind can have (empty for an unknown kind)."""
    if kind not in DOCUMENT_STATUSES:
        return ()
    return tuple(str(s) for s in DOCUMENT_STATUSES[DocumentKind(kind)])


def initial_status(kind: str) -> str:
    """The status a new document of this kind starts in when none is given."""
    return INITIAL_STATUS[kind]


def status_error(kind: str, status: str) -> Refusal | None:
    """None when the kind is known and the status is one of its statuses."""
    if kind not in DOCUMENT_STATUSES:
        return Refusal("unknown_kind", {"kind": kind})
    if status not in valid_statuses(kind):
        return Refusal("unknown_status", {"kind": kind, "status": status})
    return None


def transition_error(kind: str, old: str, new: str) -> Refusal | None:
    """None when old -> new is a step of the kind's lifecycle (staying put is always allowed)."""
    if refusal := status_error(kind, old) or status_error(kind, new):
        return refusal
    if old == new or (kind, old, new) in TRANSITION_RIGHTS:
        return None
    allowed = DOCUMENT_TRANSITIONS[kind][old]
    return Refusal("invalid_transition", {"kind": kind, "old": old, "new": new,
                                          "allowed": sorted(allowed) or ["none (final status)"]})


def roles_for_transition(kind: str, old: str, new: str) -> frozenset[str]:
    """The roles that may take one step, admin included; empty when it is not a step."""
    allowed = TRANSITION_RIGHTS.get((kind, old, new))
    return frozenset() if allowed is None else allowed | {ADMIN}


def role_error(roles: Collection[str], kind: str, old_status: str, new_status: str,
               changed_fields: Iterable[str]) -> Refusal | None:
    """None when the roles may take old -> new (if it is a move) and change these fields, else why not."""
    if old_status != new_status:
        if refusal := transition_error(kind, old_status, new_status):
            return refusal
        allowed = TRANSITION_RIGHTS[(kind, old_status, new_status)]
        if not _may(roles, allowed):
            return Refusal("transition_forbidden", {"kind": kind, "old": old_status, "new": new_status,
                                                    "roles": sorted(allowed | {ADMIN})})
    return fields_error(roles, changed_fields)


def signing_error(roles: Collection[str], purpose: str, kind: str, status: str,
                  fields: Mapping[str, Any]) -> Refusal | None:
    """None when these roles may apply this signature ("approve" or "agency") to this document now."""
    step = SIGNING_STEPS.get(purpose)
    if step is None:
        return Refusal("unknown_status", {"kind": kind, "status": purpose})
    step_kind, before, _after = step
    allowed = TRANSITION_RIGHTS[step]
    if kind != step_kind or status != before or not _may(roles, allowed):
        return Refusal("signing_forbidden", {"purpose": purpose, "kind": kind, "status": status,
                                             "expected": before, "roles": sorted(allowed | {ADMIN})})
    missing = [name for name in SIGNING_REQUIRES.get(purpose, ()) if not fields.get(name)]
    if missing:
        return Refusal("signing_needs_fields", {"fields": missing})
    return None


def fields_error(roles: Collection[str], fields: Iterable[str]) -> Refusal | None:
    """None when the roles may set every one of these document fields."""
    refused = sorted(name for name in set(fields) if name in FIELD_RIGHTS and not _may(roles, FIELD_RIGHTS[name]))
    if not refused:
        return None
    holders = frozenset().union(*(FIELD_RIGHTS[name] for name in refused)) | {ADMIN}
    return Refusal("fields_forbidden", {"fields": refused, "roles": sorted(holders)})


def requirement_error(kind: str, status: str, fields: Mapping[str, Any]) -> Refusal | None:
    """None when a document with these fields may be in this status (an assigned document has a handler)."""
    missing = [name for name in STATUS_REQUIRES.get((kind, status), ()) if not fields.get(name)]
    if missing:
        return Refusal("field_required", {"kind": kind, "status": status, "fields": missing})
    return None


def creation_error(roles: Collection[str], kind: str, status: str | None,
                   fields: Mapping[str, Any]) -> Refusal | None:
    """None when the roles may create a document of this kind directly in this status with these fields.

    A record created in a later status is judged as if these roles had walked it there from the initial status,
    by steps they may take, each status on the way holding what it requires. `fields` are the values given; a
    None value counts as not given.
    """
    if kind not in DOCUMENT_STATUSES:
        return Refusal("unknown_kind", {"kind": kind})
    target = initial_status(kind) if status is None else status
    if refusal := status_error(kind, target):
        return refusal
    if not _may(roles, CREATE_RIGHTS[kind]):
        return Refusal("create_forbidden", {"kind": kind, "roles": sorted(CREATE_RIGHTS[kind] | {ADMIN})})
    given = {name for name, value in fields.items() if value is not None}
    if refusal := fields_error(roles, given):
        return refusal
    if _reachable(kind, target, roles, fields):
        return None
    if not _reachable(kind, target, roles, None):
        return Refusal("create_status_forbidden", {"kind": kind, "status": target})
    # The roles could walk there, but a status on every way lacks what it requires (a handler).
    return requirement_error(kind, target, fields) or Refusal(
        "field_required", {"kind": kind, "status": target, "fields": sorted(_required_on_the_way(kind, fields))})


def _required_on_the_way(kind: str, fields: Mapping[str, Any]) -> set[str]:
    return {name for (k, _status), names in STATUS_REQUIRES.items() if k == kind for name in names
            if not fields.get(name)}


def _reachable(kind: str, target: str, roles: Collection[str], fields: Mapping[str, Any] | None) -> bool:
    """Whether the roles can walk a new document to `target`; `fields` None ignores what statuses require."""
    start = initial_status(kind)
    seen, queue = {start}, deque([start])
    while queue:
        status = queue.popleft()
        if status == target:
            return True
        for new in DOCUMENT_TRANSITIONS[kind][status] - seen:
            if not _may(roles, TRANSITION_RIGHTS[(kind, status, new)]):
                continue
            if fields is None or requirement_error(kind, new, fields) is None:
                seen.add(new)
                queue.append(new)
    return False


def correction_error(kind: str, status: str, fields: Iterable[str]) -> Refusal | None:
    """None when these fields may be changed in this status (register fields are frozen once signed/archived)."""
    if REGISTER_FIELDS & set(fields) and status not in CORRECTABLE_STATUSES.get(kind, frozenset()):
        return Refusal("not_correctable", {"kind": kind, "status": status})
    return None


def allowed_transitions(kind: str, status: str, roles: Collection[str]) -> frozenset[str]:
    """The statuses these roles may move a document to in one step from `status` (what the UI enables)."""
    if status_error(kind, status):
        return frozenset()
    return frozenset(str(new) for new in DOCUMENT_TRANSITIONS[kind][status]
                     if _may(roles, TRANSITION_RIGHTS[(kind, status, new)]))


def steps_to(kind: str, current: str, target: str) -> list[str]:
    """The statuses an action goes through, in order, from `current` forward to `target` ([] when already there).

    Raises LifecycleError when the target is not ahead of the current status on the kind's forward path.
    """
    if current == target:
        return []
    path = FORWARD_PATHS.get(kind, ())
    if current not in path or target not in path or path.index(target) < path.index(current):
        raise LifecycleError(Refusal("not_on_path", {"kind": kind, "current": current, "target": target}))
    return [str(s) for s in path[path.index(current) + 1: path.index(target) + 1]]


def next_step_is(kind: str, current: str, target: str) -> bool:
    """True when `target` is the very next status on the kind's forward path (one action step, no step back)."""
    try:
        return steps_to(kind, current, target) == [target]
    except LifecycleError:
        return False


def can_move_forward(kind: str, current: str, target: str) -> bool:
    """True when an action can walk the document forward from `current` to a later `target`."""
    try:
        return bool(steps_to(kind, current, target))
    except LifecycleError:
        return False


def task_transition_error(old: str, new: str) -> Refusal | None:
    """None when a task may move from old to new; a finished task stays finished."""
    if old == new or old not in TASK_FINISHED:
        return None
    return Refusal("task_finished", {"old": old, "new": new})


def task_role_error(roles: Collection[str], changed_fields: Iterable[str]) -> Refusal | None:
    """None when the roles may change these task fields: progress is anyone's, the rest the leader's."""
    if set(changed_fields) - TASK_PROGRESS_FIELDS and not _may(roles, {LEADER}):
        return Refusal("task_fields_forbidden", {})
    return None


def task_creation_error(roles: Collection[str]) -> Refusal | None:
    """None when the roles may create a task."""
    return None if _may(roles, TASK_CREATE_RIGHTS) else Refusal("task_create_forbidden", {})


def task_units_error(owner_unit_id: str, unit_ids: Iterable[str], units_below_owner: Collection[str]) -> Refusal | None:
    """None when every lead or cooperating unit is the task's owner unit or a unit below it.

    Work is given downward: a commune assigns only within itself, a district or province to itself and the units
    under it, never sideways to another commune or upward to the province. `units_below_owner` are the owner's
    descendants at any depth (an empty collection for a commune).
    """
    outside = sorted(set(unit_ids) - {owner_unit_id, *units_below_owner})
    return Refusal("task_units_out_of_reach", {"units": outside}) if outside else None
