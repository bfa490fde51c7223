"""The shared lifecycle table and its queries: pure, no server, no cache."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from sync.protocol import lifecycle as rules
from sync.protocol.domain import DOCUMENT_STATUSES, Role
from sync.protocol.lifecycle import (
    DOCUMENT_TRANSITIONS,
    FORWARD_PATHS,
    TRANSITION_RIGHTS,
    LifecycleError,
    Refusal,
    allowed_transitions,
    creation_error,
    requirement_error,
    role_error,
    steps_to,
    transition_error,
)

CLERK, LEADER, SPECIALIST, ADMIN = ({str(r)} for r in (Role.CLERK, Role.LEADER, Role.SPECIALIST, Role.ADMIN))
HANDLER = {"handler_id": "6f1c2b9a-0000-4000-8000-000000000001"}


def _code(refusal: Refusal | None) -> str | None:
    return None if refusal is None else refusal.code


def test_the_table_speaks_only_of_real_kinds_and_statuses() -> None:
    for kind, old, new in TRANSITION_RIGHTS:
        assert old in DOCUMENT_STATUSES[kind] and new in DOCUMENT_STATUSES[kind] and old != new
    for kind, path in FORWARD_PATHS.items():
        assert set(path) == set(DOCUMENT_STATUSES[kind])
        for old, new in itertools.pairwise(path):
            assert TRANSITION_RIGHTS[(kind, old, new)], f"nobody may take {kind} {old} -> {new}"
    assert set(DOCUMENT_TRANSITIONS) == set(DOCUMENT_STATUSES)


@pytest.mark.parametrize(("kind", "old", "new", "code"), [
    ("incoming", "received", "registered", None),
    ("incoming", "registered", "archived", None),
    ("incoming", "in_progress", "assigned", None),  # reassigned
    ("incoming", "done", "in_progress", None),  # reopened
    ("incoming", "received", "assigned", "invalid_transition"),  # registering is not skipped
    ("incoming", "archived", "done", "invalid_transition"),  # archived is final
    ("incoming", "done", "done", None),
    ("outgoing", "in_review", "draft", None),
    ("outgoing", "draft", "signed", "invalid_transition"),
    ("outgoing", "sent", "issued", "invalid_transition"),
    ("draft", "in_review", "signed", "unknown_status"),
    ("incoming", "signed", "sent", "unknown_status"),
    ("memo", "draft", "in_review", "unknown_kind"),
])
def test_transitions(kind: str, old: str, new: str, code: str | None) -> None:
    assert _code(transition_error(kind, old, new)) == code


@pytest.mark.parametrize(("roles", "kind", "old", "new", "fields", "code"), [
    (CLERK, "incoming", "received", "registered", [], None),
    (LEADER, "incoming", "received", "registered", [], "transition_forbidden"),
    (LEADER, "incoming", "registered", "assigned", ["handler_id", "deadline", "direction_note"], None),
    (CLERK, "incoming", "registered", "assigned", ["handler_id"], "transition_forbidden"),
    (SPECIALIST, "incoming", "assigned", "assigned", ["handler_id"], "fields_forbidden"),
    (SPECIALIST, "incoming", "assigned", "assigned", ["summary", "pages"], None),
    (SPECIALIST, "incoming", "assigned", "in_progress", [], None),
    # phối hợp and xem để biết are the leader's to give, trình the clerk's, trả lại the specialist's
    (LEADER, "incoming", "registered", "assigned", ["handler_id", "co_handler_ids", "informed_ids"], None),
    (SPECIALIST, "incoming", "assigned", "assigned", ["co_handler_ids"], "fields_forbidden"),
    (CLERK, "incoming", "registered", "registered", ["informed_ids"], "fields_forbidden"),
    (CLERK, "incoming", "registered", "registered", ["submitted_to_id"], None),
    (LEADER, "incoming", "registered", "registered", ["submitted_to_id"], "fields_forbidden"),
    (SPECIALIST, "incoming", "in_progress", "registered", [], None),
    (LEADER, "incoming", "assigned", "registered", [], "transition_forbidden"),
    (SPECIALIST, "incoming", "in_progress", "done", [], None),
    (CLERK, "incoming", "in_progress", "done", [], "transition_forbidden"),
    (CLERK, "incoming", "done", "archived", [], None),
    (SPECIALIST, "outgoing", "draft", "in_review", [], None),
    (LEADER, "outgoing", "in_review", "signed", [], None),
    (SPECIALIST, "outgoing", "in_review", "signed", [], "transition_forbidden"),
    (CLERK, "outgoing", "signed", "issued", [], None),
    (CLERK, "outgoing", "issued", "sent", [], None),
    (LEADER, "outgoing", "issued", "sent", [], "transition_forbidden"),
    (ADMIN, "outgoing", "in_review", "signed", ["handler_id"], None),
    (ADMIN, "outgoing", "draft", "sent", [], "invalid_transition"),
    (LEADER | CLERK, "incoming", "received", "registered", ["direction_note"], None),  # roles add up
])
def test_role_rights(roles: set[str], kind: str, old: str, new: str, fields: list[str], code: str | None) -> None:
    assert _code(role_error(roles, kind, old, new, fields)) == code


@pytest.mark.parametrize(("roles", "kind", "status", "fields", "code"), [
    (CLERK, "incoming", None, {}, None),
    (CLERK, "incoming", "registered", {}, None),
    (CLERK, "incoming", "archived", {}, None),  # digitizing the paper archive: registered, then filed
    (LEADER, "incoming", "received", {}, None),  # handed to the leader: entered as received
    (LEADER, "incoming", "registered", {}, "create_status_forbidden"),  # but registering is the clerk's
    (SPECIALIST, "incoming", "received", {}, "create_forbidden"),
    (CLERK, "incoming", "assigned", HANDLER, "fields_forbidden"),  # the handler is the leader's to give
    (CLERK, "incoming", "assigned", {}, "create_status_forbidden"),
    (ADMIN, "incoming", "assigned", {}, "field_required"),  # nobody creates it assigned without a handler
    (ADMIN, "incoming", "in_progress", {"handler_id": None}, "field_required"),
    (ADMIN, "incoming", "done", HANDLER, None),
    (SPECIALIST, "outgoing", "draft", {}, None),
    (SPECIALIST, "outgoing", "in_review", {}, None),
    (CLERK, "outgoing", "signed", {}, "create_status_forbidden"),
    (CLERK, "outgoing", "sent", {}, "create_status_forbidden"),
    (LEADER, "outgoing", "signed", {}, "create_status_forbidden"),  # the leader signs what was submitted
    (ADMIN, "outgoing", "sent", {}, None),
    (LEADER, "draft", "draft", {}, None),
    (CLERK, "draft", "signed", {}, "unknown_status"),
    (CLERK, "memo", None, {}, "unknown_kind"),
])
def test_creation(roles: set[str], kind: str, status: str | None, fields: dict[str, Any], code: str | None) -> None:
    assert _code(creation_error(roles, kind, status, fields)) == code


@pytest.mark.parametrize(("kind", "status", "roles", "expected"), [
    ("incoming", "received", CLERK, {"registered"}),
    ("incoming", "received", LEADER, set()),
    ("incoming", "registered", CLERK, {"archived"}),
    ("incoming", "registered", LEADER, {"assigned"}),
    ("incoming", "in_progress", ADMIN, {"done", "assigned", "registered"}),
    ("incoming", "assigned", SPECIALIST, {"in_progress", "done", "registered"}),  # trả lại: back to the leader
    ("incoming", "in_progress", LEADER, {"assigned"}),  # chuyển xử lý: reassigned
    ("incoming", "done", SPECIALIST, {"in_progress"}),
    ("incoming", "archived", ADMIN, set()),
    ("outgoing", "in_review", LEADER, {"draft", "signed"}),
    ("outgoing", "in_review", SPECIALIST, {"draft"}),
    ("draft", "in_review", LEADER, {"draft"}),
    ("incoming", "nonsense", ADMIN, set()),
])
def test_allowed_transitions(kind: str, status: str, roles: set[str], expected: set[str]) -> None:
    assert allowed_transitions(kind, status, roles) == expected


def test_allowed_transitions_agree_with_role_error_everywhere() -> None:
    for kind, statuses in DOCUMENT_STATUSES.items():
        for roles in (CLERK, LEADER, SPECIALIST, ADMIN, set()):
            for old, new in itertools.permutations(statuses, 2):
                allowed = new in allowed_transitions(kind, old, roles)
                assert allowed == (role_error(roles, kind, old, new, []) is None), (kind, roles, old, new)


def test_an_assigned_document_has_a_handler() -> None:
    assert _code(requirement_error("incoming", "assigned", {})) == "field_required"
    assert requirement_error("incoming", "assigned", HANDLER) is None
    assert requirement_error("incoming", "archived", {}) is None
    assert requirement_error("outgoing", "signed", {}) is None


INCOMING_PATH = ("received", "registered", "assigned", "in_progress", "done", "archived")
OUTGOING_PATH = ("draft", "in_review", "signed", "issued", "sent")


@pytest.mark.parametrize(("kind", "path"), [("incoming", INCOMING_PATH), ("outgoing", OUTGOING_PATH)])
def test_steps_to_walks_forward_along_the_register_and_never_back(kind: str, path: tuple[str, ...]) -> None:
    for current, target in itertools.product((*path, "nonsense"), repeat=2):
        ahead = current in path and target in path and path.index(target) >= path.index(current)
        expected = list(path[path.index(current) + 1: path.index(target) + 1]) if ahead else None
        if current == target:
            expected = []  # already there: nothing to walk, whatever the status
        try:
            found: list[str] | None = steps_to(kind, current, target)
        except LifecycleError as error:
            assert error.refusal.code == "not_on_path" and "cannot move forward" in str(error)
            found = None
        assert found == expected, (current, target)


def test_steps_to_never_leaves_a_draft_on_the_outgoing_path() -> None:
    assert steps_to("draft", "draft", "in_review") == ["in_review"]
    with pytest.raises(LifecycleError):
        steps_to("draft", "draft", "signed")


def test_every_refusal_reads_as_english() -> None:
    refusals = [transition_error("incoming", "received", "done"), transition_error("x", "a", "b"),
                transition_error("incoming", "x", "done"), role_error(CLERK, "outgoing", "in_review", "signed", []),
                role_error(CLERK, "incoming", "received", "received", ["deadline"]),
                creation_error(SPECIALIST, "incoming", None, {}), creation_error(CLERK, "outgoing", "sent", {}),
                creation_error(ADMIN, "incoming", "assigned", {}), rules.task_transition_error("done", "overdue"),
                rules.task_role_error(SPECIALIST, ["title"]), rules.task_creation_error(CLERK)]
    for refusal in refusals:
        assert refusal is not None
        text = str(refusal)
        assert text and "{" not in text and "<" not in text, text
    assert str(Refusal("transition_forbidden", {"kind": "outgoing", "old": "in_review", "new": "signed",
                                                 "roles": ["admin", "leader"]})) == (
        "moving an outgoing document from 'in_review' to 'signed' is for: admin, leader")


def test_closed_finished_and_deletable_sets() -> None:
    assert {"done", "archived", "issued", "sent"} == rules.CLOSED_STATUSES
    assert {"done", "done_late"} == rules.TASK_FINISHED
    assert {"received", "draft", "in_review"} == rules.DELETABLE_STATUSES
    assert {rules.initial_status(k) for k in ("incoming", "outgoing", "draft")} == {"received", "draft"}


def test_task_rules() -> None:
    assert rules.task_transition_error("in_progress", "done") is None
    assert _code(rules.task_transition_error("done_late", "in_progress")) == "task_finished"
    assert rules.task_role_error(SPECIALIST, ["status", "progress_percent"]) is None
    assert _code(rules.task_role_error(SPECIALIST, ["deadline"])) == "task_fields_forbidden"
    assert rules.task_creation_error(LEADER) is None and rules.task_creation_error(ADMIN) is None


def test_forward_return_and_submit_follow_the_roles() -> None:
    from client.office.actions import available_actions

    assert {"assign", "forward"} <= available_actions("incoming", "in_progress", LEADER)
    assert not {"return", "submit"} & available_actions("incoming", "in_progress", LEADER)
    assert "return" in available_actions("incoming", "assigned", SPECIALIST)
    assert "forward" not in available_actions("incoming", "assigned", SPECIALIST)
    assert "submit" in available_actions("incoming", "registered", CLERK)
    assert "submit" not in available_actions("incoming", "registered", LEADER)
    assert not {"forward", "return", "submit"} & available_actions("incoming", "done", ADMIN)
    assert not {"forward", "return", "submit"} & available_actions("outgoing", "draft", ADMIN)
