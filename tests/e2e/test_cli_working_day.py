"""A document's day through the command line, each step by the role that owns it, against a real server process.

The clerk registers, the leader assigns, the specialist starts, notes and finishes; every step syncs, and each
person's status is clean afterwards. A step taken by the wrong role is refused at once, before anything is queued.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from client.ui.demo_server import DemoServer
from tests.e2e.cli import co, co_json, sign_in_and_sync


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    running = DemoServer(tmp_path_factory.mktemp("central"), communes=2, documents=30)
    running.seed()
    running.start()
    running.wait_healthy()
    yield running
    running.stop()


def test_register_assign_start_note_and_done_each_by_its_role(server: DemoServer, tmp_path: Path) -> None:
    clerk, leader, specialist = tmp_path / "clerk", tmp_path / "leader", tmp_path / "specialist"
    sign_in_and_sync(clerk, server, "xa01.clerk")
    received = [d for d in co_json(clerk, "list", "-u", "xa01.clerk", "--status", "received")]  # type: ignore[union-attr]
    doc = received[0]["id"]  # type: ignore[index]

    refused = co(clerk, "assign", "-u", "xa01.clerk", doc[:8], "--handler", "xa01.specialist", check=False)
    assert refused.returncode == 1 and "leader" in refused.stderr  # refused at once: nothing queued
    assert co_json(clerk, "register", "-u", "xa01.clerk", doc[:8])["status"] == "registered"  # type: ignore[index]
    co(clerk, "sync", "-u", "xa01.clerk")

    sign_in_and_sync(leader, server, "xa01.leader")
    assigned = co_json(leader, "assign", "-u", "xa01.leader", doc[:8], "--handler", "xa01.specialist",
                     "--deadline", "31/12/2030", "--note", "Giao đồng chí chủ trì, báo cáo trước hạn.")
    assert assigned["status"] == "assigned"  # type: ignore[index]
    co(leader, "sync", "-u", "xa01.leader")

    sign_in_and_sync(specialist, server, "xa01.specialist")
    co(specialist, "start", "-u", "xa01.specialist", doc[:8])
    co(specialist, "note", "-u", "xa01.specialist", doc[:8], "Đã", "làm", "việc", "với", "thôn")
    finished = co_json(specialist, "done", "-u", "xa01.specialist", doc[:8], "--note", "Đã trả lời bằng văn bản")
    assert finished["status"] == "done"  # type: ignore[index]
    co(specialist, "sync", "-u", "xa01.specialist")

    for home, user in ((clerk, "xa01.clerk"), (leader, "xa01.leader"), (specialist, "xa01.specialist")):
        co(home, "sync", "-u", user)
        status = co_json(home, "status", "-u", user)
        assert not status["last_error"] and status["pending_changes"] == 0  # type: ignore[index]
        assert status["failed_changes"] == 0  # type: ignore[index]
    shown = co_json(clerk, "show", "-u", "xa01.clerk", doc)
    assert shown["status"] == "done" and len(shown["notes"]) >= 2  # type: ignore[index]
