"""A device's sequence cannot be pushed to an absurd value that would refuse every later push of it."""

from __future__ import annotations

from fastapi.testclient import TestClient

from sync.protocol.wire import MAX_DEVICE_SEQ_JUMP, MAX_INT64
from tests.server.org import DemoOrg, new_document, sign_in


def test_an_absurd_device_seq_is_422_and_the_device_keeps_pushing(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    new_document(a)
    before = a.changes()["cursor"]
    for absurd in (MAX_INT64, a.seq + MAX_DEVICE_SEQ_JUMP + 1):
        mutation = a.mutation("document", "create", None, None, kind="incoming", summary="số thứ tự vô lý")
        mutation["device_seq"] = absurd
        response = a.post("/v1/sync/push", json={"mutations": [mutation]})
        assert response.status_code == 422, response.text
        problem = response.json()
        assert problem["type"].endswith("device-seq-jump") and problem["field"] == "device_seq"
        assert problem["last_device_seq"] == 1
    assert a.changes()["cursor"] == before  # nothing was applied
    new_document(a)  # the next honest push still works


def test_a_long_but_honest_gap_is_accepted(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    a.seq = MAX_DEVICE_SEQ_JUMP - 1  # changes undone offline leave gaps in the numbering
    new_document(a)
    new_document(a)
