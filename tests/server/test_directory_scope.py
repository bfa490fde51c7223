"""The directory a unit receives: every unit it may send to, not only its own province."""

from __future__ import annotations

from fastapi.testclient import TestClient

from server.config import Settings
from server.db import open_database
from server.organisation import add_unit, add_user
from sync.protocol.domain import Role, UnitLevel
from tests.server.org import PASSWORD, DemoOrg, sign_in


def _units(client: TestClient, username: str) -> set[str]:
    changes = sign_in(client, username).all_changes()
    return {c["record"]["code"] for c in changes.values() if c["entity"] == "unit" and c.get("record")}


def test_a_commune_receives_its_province_and_the_other_communes(client: TestClient, org: DemoOrg) -> None:
    assert _units(client, "clerk_a") == {"TINH", "XA-A", "XA-B"}
    assert _units(client, "clerk_b") == {"TINH", "XA-A", "XA-B"}
    assert _units(client, "clerk_tinh") == {"TINH", "XA-A", "XA-B"}


def test_a_unit_added_later_reaches_its_parent_chain_and_siblings(client: TestClient, org: DemoOrg,
                                                                  settings: Settings) -> None:
    db = open_database(settings.database_url)
    with db.write() as session:
        add_unit(session, "TW", "Ban Trung ương", UnitLevel.CENTRAL)
        add_unit(session, "TINH-2", "Tỉnh ủy Thứ hai", UnitLevel.PROVINCE, "TW")
        add_unit(session, "XA-C", "Đảng ủy xã Cát Tiên", UnitLevel.COMMUNE, "TINH-2")
        add_unit(session, "XA-D", "Đảng ủy xã Đồng Tâm", UnitLevel.COMMUNE, "TINH-2")
        add_user(session, "clerk_c", PASSWORD, "Clerk C", "XA-C", [Role.CLERK])
        add_user(session, "clerk_tw", PASSWORD, "Clerk TW", "TW", [Role.CLERK])
        session.commit()
    db.engine.dispose()
    # Two levels up: the province and the centre above it, and the commune beside it.
    assert _units(client, "clerk_c") == {"TW", "TINH-2", "XA-C", "XA-D"}
    # A unit above sends to the units just under it (as before); the first province's communes stay apart.
    assert _units(client, "clerk_tw") == {"TW", "TINH-2"}
    assert _units(client, "clerk_a") == {"TINH", "XA-A", "XA-B"}
