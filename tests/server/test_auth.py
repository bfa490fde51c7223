"""Sign-in, refresh, rate limiting, revoked devices and expired tokens."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient
from sqlalchemy import select

from server.config import Settings
from server.db import open_database
from server.models import USER_AGENT_LENGTH, AuditEntry, Device
from server.organisation import revoke_device
from server.tokens import AccessClaims, issue_access_token
from tests.server.org import PASSWORD, DemoOrg, sign_in


def test_login_returns_tokens_unit_ceiling_and_grace(client: TestClient, org: DemoOrg) -> None:
    api = sign_in(client, "clerk_a")
    assert api.login["unit"]["secrecy_ceiling"] == 1
    assert api.login["unit"]["offline_grace_hours"] == 72
    assert api.login["user"]["roles"] == ["clerk"]
    assert api.login["expires_in"] > 0
    assert api.get("/v1/sync/changes").status_code == 200


def test_wrong_password_is_401_problem(client: TestClient, org: DemoOrg) -> None:
    response = client.post("/v1/auth/login", json={"username": "clerk_a", "password": "nope", "device_name": "pc"})
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["type"].endswith("invalid-credentials")


def test_sign_in_is_rate_limited_per_user_and_address(client: TestClient, org: DemoOrg) -> None:
    for _ in range(5):
        bad = client.post("/v1/auth/login", json={"username": "leader_a", "password": "x", "device_name": "pc"})
        assert bad.status_code == 401
    blocked = client.post("/v1/auth/login", json={"username": "leader_a", "password": PASSWORD, "device_name": "pc"})
    assert blocked.status_code == 429
    assert "Retry-After" in blocked.headers
    assert sign_in(client, "clerk_a")  # another account from the same address is not blocked


def test_refresh_rotates_and_a_reused_refresh_token_is_refused(client: TestClient, org: DemoOrg) -> None:
    api = sign_in(client, "clerk_a")
    first = api.login["refresh_token"]
    rotated = client.post("/v1/auth/refresh", json={"refresh_token": first})
    assert rotated.status_code == 200
    assert rotated.json()["refresh_token"] != first
    # the device received the new pair and used it: the old token coming back now is a copy
    latest = client.post("/v1/auth/refresh", json={"refresh_token": rotated.json()["refresh_token"]})
    assert latest.status_code == 200
    again = client.post("/v1/auth/refresh", json={"refresh_token": first})
    assert again.status_code == 401
    # reuse ends every session of the device, including the rotated token
    assert client.post("/v1/auth/refresh", json={"refresh_token": latest.json()["refresh_token"]}).status_code == 401


def test_revoked_device_is_told_to_wipe(client: TestClient, org: DemoOrg, settings: Settings) -> None:
    api = sign_in(client, "clerk_a")
    db = open_database(settings.database_url)
    with db.write() as session:
        revoke_device(session, api.device_id)
        session.commit()
    response = api.get("/v1/sync/changes")
    assert response.status_code == 401
    body = response.json()
    assert body["type"].endswith("device-revoked") and body["wipe"] is True
    assert client.post("/v1/auth/refresh", json={"refresh_token": api.login["refresh_token"]}).status_code == 401
    relogin = client.post("/v1/auth/login", json={"username": "clerk_a", "password": PASSWORD, "device_name": "pc",
                                                  "device_id": api.device_id})
    assert relogin.status_code == 401 and relogin.json()["wipe"] is True
    with db.read() as session:
        actions = [a.action for a in session.query(AuditEntry).all()]
    assert "device_revoke" in actions and "login" in actions
    db.engine.dispose()


def test_expired_and_forged_tokens_are_refused(client: TestClient, org: DemoOrg, settings: Settings) -> None:
    api = sign_in(client, "clerk_a")
    claims = AccessClaims(org.users["clerk_a"], api.device_id, org.commune_a, int(time.time()) - 5)
    expired = issue_access_token(settings.signing_key(), claims)
    response = client.get("/v1/sync/changes", headers={"Authorization": f"Bearer {expired}"})
    assert response.status_code == 401 and response.json()["type"].endswith("token-expired")
    forged = issue_access_token(b"another key", AccessClaims(claims.user_id, api.device_id, org.commune_a,
                                                             int(time.time()) + 60))
    response = client.get("/v1/sync/changes", headers={"Authorization": f"Bearer {forged}"})
    assert response.status_code == 401 and response.json()["type"].endswith("invalid-token")
    assert client.get("/v1/sync/changes").status_code == 401


def test_each_device_keeps_the_user_agent_it_last_signed_in_or_refreshed_with(
    client: TestClient, org: DemoOrg, settings: Settings
) -> None:
    body = {"username": "clerk_a", "password": PASSWORD, "device_name": "PC-01"}
    login = client.post("/v1/auth/login", json=body, headers={"User-Agent": "commune-office/0.1.0"}).json()
    long_agent = "commune-office/0.2.0 " + "x" * 500  # cut to the column, never a refused sign-in
    assert client.post("/v1/auth/refresh", json={"refresh_token": login["refresh_token"]},
                       headers={"User-Agent": long_agent}).status_code == 200
    bare = client.post("/v1/auth/login", json={**body, "device_name": "PC-02"}, headers={"User-Agent": ""}).json()
    db = open_database(settings.database_url)
    try:
        with db.read() as session:
            first, second = session.get(Device, login["device_id"]), session.get(Device, bare["device_id"])
            audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "login")
                                    .order_by(AuditEntry.id)).all()
            assert first is not None and second is not None
            assert first.user_agent == long_agent[:USER_AGENT_LENGTH]
            assert second.user_agent is None
            assert [entry.detail["user_agent"] for entry in audit if entry.detail] == ["commune-office/0.1.0", None]
    finally:
        db.engine.dispose()
