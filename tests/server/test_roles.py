"""The server answers every status step and every create exactly as the shared role table says.

Each (role, kind, from, to) is walked against the app in process: an admin puts a document in `from` (an admin may
create in any status), then a user of the role asks for `to`. Mutations go in one push per batch to keep the walk
fast; each is still applied in its own transaction.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.config import Settings
from server.db import open_database
from server.organisation import set_active
from sync.protocol import lifecycle as rules
from sync.protocol.domain import DOCUMENT_STATUSES, Role
from tests.server.org import DemoOrg, new_document, sign_in, signed_outgoing

ROLES = [str(r) for r in Role]


def _fields(org: DemoOrg, kind: str) -> dict[str, Any]:
    """What a document needs to stand in any status of its kind: a handler, and a unit to be sent to."""
    fields: dict[str, Any] = {"kind": kind, "summary": f"Văn bản {kind}", "doc_type": "Công văn"}
    if kind == "incoming":
        fields["handler_id"] = org.users["specialist_a"]
    else:
        fields["recipients"] = [{"name": "Đảng ủy xã Bình Minh", "unit_id": org.commune_b}]
    return fields


def _expect(result: dict[str, Any], refusal: rules.Refusal | None, what: str) -> None:
    if refusal is None:
        assert result["status"] == "applied", (what, result)
    else:
        assert result["status"] == "rejected", (what, result)
        assert result["reason"] == str(refusal), (what, result)
        assert result["code"] in {"forbidden", "invalid_transition", "invalid_fields"}, (what, result)


@pytest.mark.parametrize("role", ROLES)
def test_every_status_step_is_answered_as_the_table_says(client: TestClient, org: DemoOrg, role: str) -> None:
    admin, user = sign_in(client, "admin_a"), sign_in(client, f"{role}_a")
    steps = [(kind, old, new) for kind, statuses in DOCUMENT_STATUSES.items()
             for old, new in itertools.permutations(statuses, 2)]
    setups = [admin.mutation("document", "create", status=old, **_fields(org, kind)) for kind, old, _ in steps]
    created = admin.push(*setups)
    assert all(r["status"] == "applied" for r in created), [r for r in created if r["status"] != "applied"]
    moves = [user.mutation("document", "update", r["record"]["id"], r["version"], status=new)
             for r, (_, _, new) in zip(created, steps, strict=True)]
    for result, (kind, old, new) in zip(user.push(*moves), steps, strict=True):
        _expect(result, rules.role_error({role}, kind, old, new, ["status"]), f"{role}: {kind} {old} -> {new}")


@pytest.mark.parametrize("role", ROLES)
def test_every_create_status_is_answered_as_the_table_says(client: TestClient, org: DemoOrg, role: str) -> None:
    user = sign_in(client, f"{role}_a")
    cases = [(kind, status, with_handler) for kind, statuses in DOCUMENT_STATUSES.items() for status in statuses
             for with_handler in ((False, True) if kind == "incoming" else (False,))]
    mutations = []
    for kind, status, with_handler in cases:
        fields = _fields(org, kind)
        if not with_handler:
            fields.pop("handler_id", None)
        mutations.append(user.mutation("document", "create", status=status, **fields))
    for mutation, result, (kind, status, _) in zip(mutations, user.push(*mutations), cases, strict=True):
        given = {k: v for k, v in mutation["fields"].items() if k not in ("kind", "status")}
        _expect(result, rules.creation_error({role}, kind, status, given), f"{role}: create {kind} as {status}")


def test_a_handler_is_an_active_person_of_the_unit(client: TestClient, org: DemoOrg, settings: Settings) -> None:
    clerk, leader = sign_in(client, "clerk_a"), sign_in(client, "leader_a")
    doc = new_document(clerk)["record"]
    registered = clerk.push_one("document", "update", doc["id"], 1, status="registered")
    db = open_database(settings.database_url)
    with db.write() as session:
        set_active(session, "clerk_a", False)
        session.commit()
    db.engine.dispose()
    for stranger in ("00000000-0000-4000-8000-000000000000", org.users["specialist_b"], org.users["clerk_a"]):
        refused = leader.push_one("document", "update", doc["id"], registered["version"], status="assigned",
                                  handler_id=stranger)
        assert refused["status"] == "rejected" and refused["code"] == "unknown_handler", refused
    assigned = leader.push_one("document", "update", doc["id"], registered["version"], status="assigned",
                               handler_id=org.users["specialist_a"])
    assert assigned["status"] == "applied"
    cleared = leader.push_one("document", "update", doc["id"], assigned["version"], handler_id=None)
    assert cleared["status"] == "rejected" and cleared["code"] == "invalid_fields", cleared
    admin = sign_in(client, "admin_a")
    elsewhere = admin.push_one("document", "create", kind="incoming", summary="x", status="assigned",
                               handler_id=org.users["specialist_b"])
    assert elsewhere["status"] == "rejected" and elsewhere["code"] == "unknown_handler", elsewhere


def test_a_signed_document_keeps_its_register_fields(client: TestClient, org: DemoOrg) -> None:
    # The signature covers the content: after signing, the summary or number may no longer change; before, it may.
    signed = signed_outgoing(client, "a", doc_type="Báo cáo", summary="Báo cáo quý III")
    clerk = sign_in(client, "clerk_a")
    refused = clerk.push_one("document", "update", signed["record"]["id"], signed["version"], summary="Đổi nội dung")
    assert refused["status"] == "rejected" and "no longer be corrected" in refused["reason"], refused
    draft = sign_in(client, "specialist_a").push_one("document", "create", kind="outgoing", doc_type="Tờ trình",
                                                      summary="Tờ trình xin kinh phí")
    fixed = sign_in(client, "specialist_a").push_one("document", "update", draft["record"]["id"], draft["version"],
                                                      summary="Tờ trình xin bổ sung kinh phí")
    assert fixed["status"] == "applied", fixed
