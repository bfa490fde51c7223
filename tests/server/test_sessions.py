"""Sessions that really end, and a refresh that survives a lost answer without weakening reuse detection."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from server.app import create_app
from server.config import Settings
from server.db import open_database
from server.organisation import set_password
from tests.server.org import DemoOrg, new_document, sign_in


def _refresh(http: TestClient, token: str) -> tuple[int, dict[str, object]]:
    response = http.post("/v1/auth/refresh", json={"refresh_token": token})
    return response.status_code, response.json()


def test_a_password_change_ends_the_access_tokens_at_once(client: TestClient, org: DemoOrg,
                                                           settings: Settings) -> None:
    api = sign_in(client, "clerk_a")
    other_device = sign_in(client, "clerk_a")
    bystander = sign_in(client, "clerk_b")
    new_document(api)
    db = open_database(settings.database_url)
    with db.write() as session:
        set_password(session, "clerk_a", "mot-mat-khau-moi")
        session.commit()
    db.engine.dispose()
    for device in (api, other_device):
        refused = device.get("/v1/sync/changes")
        assert refused.status_code == 401 and refused.json()["type"].endswith("session-ended")
        push = device.post("/v1/sync/push", json={"mutations": [device.mutation("document", "create")]})
        assert push.status_code == 401
    assert bystander.get("/v1/sync/changes").status_code == 200


def test_refresh_token_reuse_ends_the_access_token_at_once(client: TestClient, org: DemoOrg) -> None:
    api = sign_in(client, "clerk_a")
    first = api.login["refresh_token"]
    status, rotated = _refresh(client, first)
    assert status == 200
    assert api.get("/v1/sync/changes").status_code == 200
    client.post("/v1/auth/refresh", json={"refresh_token": rotated["refresh_token"]})  # the thief uses the copy
    assert _refresh(client, first)[0] == 401  # ... and the device's old token comes back: a copy was made
    refused = api.get("/v1/sync/changes")
    assert refused.status_code == 401 and refused.json()["type"].endswith("session-ended")


def test_a_refresh_whose_answer_was_lost_may_be_repeated_once(client: TestClient, org: DemoOrg) -> None:
    api = sign_in(client, "clerk_a")
    first = api.login["refresh_token"]
    status, lost = _refresh(client, first)
    assert status == 200  # the answer never reached the device
    status, again = _refresh(client, first)
    assert status == 200, again
    assert again["refresh_token"] != lost["refresh_token"]
    api.token = str(again["access_token"])
    assert api.get("/v1/sync/changes").status_code == 200
    assert _refresh(client, str(lost["refresh_token"]))[0] == 401  # the lost pair was dropped
    status, third = _refresh(client, str(again["refresh_token"]))
    assert status == 200, third


def test_a_second_repeat_is_a_replay_and_ends_the_sessions(client: TestClient, org: DemoOrg) -> None:
    api = sign_in(client, "clerk_a")
    first = api.login["refresh_token"]
    _refresh(client, first)
    status, repeated = _refresh(client, first)
    assert status == 200
    api.token = str(repeated["access_token"])
    assert _refresh(client, first)[0] == 401
    assert api.get("/v1/sync/changes").status_code == 401
    assert _refresh(client, str(repeated["refresh_token"]))[0] == 401


def test_the_old_token_after_its_successor_was_used_is_a_replay(client: TestClient, org: DemoOrg) -> None:
    api = sign_in(client, "clerk_a")
    first = api.login["refresh_token"]
    _status, received = _refresh(client, first)
    status, later = _refresh(client, str(received["refresh_token"]))
    assert status == 200
    assert _refresh(client, first)[0] == 401
    api.token = str(later["access_token"])
    assert api.get("/v1/sync/changes").status_code == 401


@pytest.fixture
def elsewhere(settings: Settings, org: DemoOrg) -> Iterator[TestClient]:
    """The same server reached from another address."""
    app = create_app(settings)
    with TestClient(app, client=("203.0.113.7", 40000)) as other:
        yield other
    app.state.runtime.db.engine.dispose()


def test_a_repeat_from_another_address_is_a_replay(client: TestClient, elsewhere: TestClient, org: DemoOrg) -> None:
    api = sign_in(client, "clerk_a")
    first = api.login["refresh_token"]
    status, received = _refresh(client, first)
    assert status == 200
    assert _refresh(elsewhere, first)[0] == 401
    assert _refresh(client, str(received["refresh_token"]))[0] == 401


def test_a_repeat_after_the_grace_window_is_a_replay(settings: Settings, org: DemoOrg) -> None:
    app = create_app(settings.model_copy(update={"refresh_grace_seconds": 0}))
    with TestClient(app) as http:
        api = sign_in(http, "clerk_a")
        first = api.login["refresh_token"]
        assert _refresh(http, first)[0] == 200
        assert _refresh(http, first)[0] == 401
        assert api.get("/v1/sync/changes").status_code == 401
    app.state.runtime.db.engine.dispose()


def test_the_wipe_secret_is_given_at_sign_in_only(client: TestClient, org: DemoOrg) -> None:
    api = sign_in(client, "clerk_a")
    assert len(str(api.login["device_secret"])) == 64
    status, refreshed = _refresh(client, api.login["refresh_token"])
    assert status == 200 and refreshed.get("device_secret") is None
    again = sign_in(client, "clerk_a", device_id=api.device_id)
    assert again.login["device_secret"] == api.login["device_secret"]  # one secret per device
