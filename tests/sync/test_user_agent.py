"""The server sees which release each PC runs: the client's User-Agent carries the installed version."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from importlib import metadata
from typing import Any

from sync.engine import Transport
from sync.engine.product import PRODUCT, user_agent
from tests.sync.conftest import Device, LiveServer


def _device_row(live: LiveServer, device_id: str) -> tuple[str | None, list[dict[str, Any]]]:
    with sqlite3.connect(live.database) as db:
        (agent,) = db.execute("SELECT user_agent FROM devices WHERE id = ?", (device_id,)).fetchone()
        logins = [json.loads(detail) for (detail,) in db.execute(
            "SELECT detail FROM audit_log WHERE action = 'login' AND device_id = ? ORDER BY id", (device_id,))]
    return agent, logins


def test_the_user_agent_names_the_installed_version() -> None:
    assert user_agent() == f"{PRODUCT}/{metadata.version(PRODUCT)}"
    assert metadata.version(PRODUCT).count(".") == 2  # pyproject's version, not a protocol number such as "1"


def test_the_server_records_the_version_at_sign_in_and_again_at_a_refresh(device_factory: Any,
                                                                          live: LiveServer) -> None:
    device: Device = device_factory("clerk_a")
    device_id = device.replica.device_id()
    agent, logins = _device_row(live, device_id)
    assert agent == f"commune-office/{metadata.version('commune-office')}"
    assert logins[-1]["user_agent"] == agent  # the sign-in's audit row says which release signed in

    # The PC was updated: it never signs in again, it refreshes its tokens, and the server sees the new release.
    device.transport.close()
    updated = dataclasses.replace(device.transport.config, user_agent="commune-office/0.2.0")
    device.transport = Transport(updated, device.replica)
    device.transport.refresh()
    agent, logins = _device_row(live, device_id)
    assert agent == "commune-office/0.2.0"
    assert len(logins) == 1
