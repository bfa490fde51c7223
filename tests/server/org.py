"""A small organisation for tests, and a signed-in API client that speaks the protocol."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from server.config import Settings
from server.db import open_database
from server.organisation import add_unit, add_user
from server.passwords import hash_password
from sync.protocol.domain import Role, UnitLevel

PASSWORD = "mat-khau-123"


@cache
def _password_hash() -> str:
    return hash_password(PASSWORD)  # hashed once per session: Argon2 is slow on purpose


@dataclass
class DemoOrg:
    province: str
    commune_a: str
    commune_b: str
    users: dict[str, str]  # username -> user id


def build_org(settings: Settings) -> DemoOrg:
    """Province TINH with communes XA-A and XA-B; users `<role>_<unit>` for each role."""
    db = open_database(settings.database_url)
    users: dict[str, str] = {}
    with db.write() as session:
        province = add_unit(session, "TINH", "Tỉnh ủy Thử nghiệm", UnitLevel.PROVINCE)
        a = add_unit(session, "XA-A", "Đảng ủy xã An Bình", UnitLevel.COMMUNE, "TINH")
        b = add_unit(session, "XA-B", "Đảng ủy xã Bình Minh", UnitLevel.COMMUNE, "TINH")
        for code, suffix in (("TINH", "tinh"), ("XA-A", "a"), ("XA-B", "b")):
            for role in Role:
                user = add_user(session, f"{role}_{suffix}", PASSWORD, f"{role.title()} {suffix.upper()}", code,
                                [role], password_hash=_password_hash())
                users[user.username] = user.id
        session.commit()
        org = DemoOrg(province.id, a.id, b.id, users)
    db.engine.dispose()
    return org


@dataclass
class Api:
    """A signed-in device: wraps an httpx-style client and keeps the device's push sequence."""

    http: Any
    token: str
    device_id: str
    login: dict[str, Any]
    seq: int = 0
    sent: list[dict[str, Any]] = field(default_factory=list)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.http.get(path, headers={**self.headers, **kwargs.pop("headers", {})}, **kwargs)

    def post(self, path: str, **kwargs: Any) -> Any:
        return self.http.post(path, headers={**self.headers, **kwargs.pop("headers", {})}, **kwargs)

    def mutation(self, entity: str, op: str, record_id: str | None = None, base_version: int | None = None,
                 **fields: Any) -> dict[str, Any]:
        self.seq += 1
        m = {"mutation_id": str(uuid.uuid4()), "device_seq": self.seq, "entity": entity, "op": op,
             "record_id": record_id or str(uuid.uuid4()), "fields": fields}
        if base_version is not None:
            m["base_version"] = base_version
        return m

    def push(self, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.post("/v1/sync/push", json={"mutations": list(mutations)})
        assert response.status_code == 200, response.text
        self.sent.extend(mutations)
        return response.json()["results"]

    def push_one(self, entity: str, op: str, record_id: str | None = None, base_version: int | None = None,
                 **fields: Any) -> dict[str, Any]:
        return self.push(self.mutation(entity, op, record_id, base_version, **fields))[0]

    def changes(self, after: int = 0, limit: int = 1000) -> dict[str, Any]:
        response = self.get("/v1/sync/changes", params={"after": after, "limit": limit})
        assert response.status_code == 200, response.text
        return response.json()

    def all_changes(self, after: int = 0) -> dict[str, dict[str, Any]]:
        """Follow the feed to its end; returns the latest change per record id."""
        latest: dict[str, dict[str, Any]] = {}
        while True:
            page = self.changes(after)
            for change in page["changes"]:
                latest[change["id"]] = change
            after = page["cursor"]
            if not page["has_more"]:
                return latest


def sign_in(http: Any, username: str, device_id: str | None = None) -> Api:
    """Log in and return the signed-in device."""
    body: dict[str, Any] = {"username": username, "password": PASSWORD, "device_name": f"PC of {username}"}
    if device_id:
        body["device_id"] = device_id
    response = http.post("/v1/auth/login", json=body)
    assert response.status_code == 200, response.text
    data = response.json()
    return Api(http=http, token=data["access_token"], device_id=data["device_id"], login=data)


def new_document(api: Api, **fields: Any) -> dict[str, Any]:
    """Create an incoming document and return the applied result."""
    values = {"kind": "incoming", "number_symbol": "125/UBND-VP", "doc_type": "Công văn",
              "summary": "V/v triển khai chuyển đổi số", "issuing_body": "UBND tỉnh", **fields}
    result = api.push_one("document", "create", **values)
    assert result["status"] == "applied", result
    return result


def signed_outgoing(http: Any, suffix: str, **fields: Any) -> dict[str, Any]:
    """An outgoing document of unit `suffix` walked to "signed" by the roles whose steps they are.

    The specialist drafts and submits it, the leader signs; the applied result of the signing is returned, so the
    unit's clerk can issue and send it from there.
    """
    writer, leader = sign_in(http, f"specialist_{suffix}"), sign_in(http, f"leader_{suffix}")
    draft = writer.push_one("document", "create", kind="outgoing", **fields)
    assert draft["status"] == "applied", draft
    doc_id = draft["record"]["id"]
    review = writer.push_one("document", "update", doc_id, draft["version"], status="in_review")
    assert review["status"] == "applied", review
    signed = leader.push_one("document", "update", doc_id, review["version"], status="signed")
    assert signed["status"] == "applied", signed
    return signed
