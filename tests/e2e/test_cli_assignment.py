"""Assignment as a commune office does it, through the command line against a real server process.

The clerk registers a document and submits it to the leader (trình); the leader assigns it with a co-handler and
a person informed; the main handler returns it with a note (trả lại); the leader assigns it again and forwards it
to the co-handler (chuyển xử lý), who finishes it. Every step syncs and every status ends clean.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from client.ui.demo_server import DEMO_PASSWORD, DemoServer
from tests.e2e.cli import ROOT, co, co_json, sign_in_and_sync


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    running = DemoServer(tmp_path_factory.mktemp("central"), communes=2, documents=30)
    running.seed()
    # a second specialist in the commune, to forward the work to
    env = {**running._env(), "NEW_PASSWORD": DEMO_PASSWORD}
    subprocess.run([sys.executable, "-m", "server.cli", "user", "add", "xa01.specialist2", "--unit", "XA-01",
                    "--roles", "specialist", "--full-name", "Lò Văn Phối", "--password-env", "NEW_PASSWORD"],
                   cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    running.start()
    running.wait_healthy()
    yield running
    running.stop()


def test_submit_assign_return_forward_and_finish(server: DemoServer, tmp_path: Path) -> None:
    clerk, leader = tmp_path / "clerk", tmp_path / "leader"
    specialist, second = tmp_path / "specialist", tmp_path / "specialist2"
    sign_in_and_sync(clerk, server, "xa01.clerk")
    received = co_json(clerk, "list", "-u", "xa01.clerk", "--status", "received")
    doc = received[0]["id"][:8]

    co(clerk, "register", "-u", "xa01.clerk", doc)
    refused = co(clerk, "forward", "-u", "xa01.clerk", doc, "--to", "xa01.specialist", check=False)
    assert refused.returncode == 1  # refused at once: forwarding is the leader's
    assert co_json(clerk, "submit", "-u", "xa01.clerk", doc, "--note", "Kính trình đồng chí")["status"] == "registered"
    co(clerk, "sync", "-u", "xa01.clerk")

    sign_in_and_sync(leader, server, "xa01.leader")
    shown = co_json(leader, "show", "-u", "xa01.leader", doc)
    assert shown["submitted_to_id"] and shown["submitted_at"]  # the leader sees it was submitted, and when
    assigned = co_json(leader, "assign", "-u", "xa01.leader", doc, "--handler", "xa01.specialist",
                     "--co-handler", "xa01.specialist2", "--informed", "xa01.clerk",
                     "--deadline", "31/12/2030", "--note", "Giao đồng chí chủ trì.")
    assert assigned["status"] == "assigned"
    co(leader, "sync", "-u", "xa01.leader")
    shown = co_json(leader, "show", "-u", "xa01.leader", doc)
    assert len(shown["co_handler_ids"]) == 1 and len(shown["informed_ids"]) == 1

    sign_in_and_sync(specialist, server, "xa01.specialist")
    co(specialist, "start", "-u", "xa01.specialist", doc)
    returned = co_json(specialist, "return", "-u", "xa01.specialist", doc, "--note", "Không thuộc lĩnh vực phụ trách")
    assert returned["status"] == "registered"
    co(specialist, "sync", "-u", "xa01.specialist")
    shown = co_json(specialist, "show", "-u", "xa01.specialist", doc)
    assert shown["status"] == "registered" and shown["handler_id"] is None  # the server cleared the handler
    assert any("Không thuộc lĩnh vực" in note["text"] for note in shown["notes"])

    co(leader, "sync", "-u", "xa01.leader")
    co(leader, "assign", "-u", "xa01.leader", doc, "--handler", "xa01.specialist", "--co-handler",
        "xa01.specialist2")
    co(leader, "sync", "-u", "xa01.leader")
    status = co_json(leader, "status", "-u", "xa01.leader")
    assert not status["last_error"] and status["pending_changes"] == 0 and not status["failed_changes"], status
    forwarded = co_json(leader, "forward", "-u", "xa01.leader", doc, "--to", "xa01.specialist2",
                      "--note", "Đồng chí Phối chủ trì")
    assert forwarded["status"] == "assigned"
    co(leader, "sync", "-u", "xa01.leader")
    status = co_json(leader, "status", "-u", "xa01.leader")
    assert not status["last_error"] and status["pending_changes"] == 0 and not status["failed_changes"], status
    shown = co_json(leader, "show", "-u", "xa01.leader", doc)
    assert shown["co_handler_ids"] == []  # the co-handler became the main handler

    sign_in_and_sync(second, server, "xa01.specialist2")
    co(second, "start", "-u", "xa01.specialist2", doc)
    assert co_json(second, "done", "-u", "xa01.specialist2", doc, "--note", "Đã xử lý xong")["status"] == "done"
    co(second, "sync", "-u", "xa01.specialist2")

    for home, user in ((clerk, "xa01.clerk"), (leader, "xa01.leader"), (specialist, "xa01.specialist"),
                       (second, "xa01.specialist2")):
        co(home, "sync", "-u", user)
        status = co_json(home, "status", "-u", user)
        assert not status["last_error"] and status["pending_changes"] == 0, (user, status)
        assert not status["failed_changes"], (user, status)
    final = co_json(clerk, "show", "-u", "xa01.clerk", doc)
    assert final["status"] == "done"
    trail = [(step["source"], step["action"]) for step in final["trail"]]
    for action in ("submitted", "assigned", "returned", "forwarded"):
        assert ("event", action) in trail, trail
    assert trail.index(("event", "returned")) < trail.index(("event", "forwarded"))
    assert ("note", "note") in trail and not any(source == "pending" for source, _ in trail)
    returned = next(step for step in final["trail"] if step["action"] == "returned")
    assert returned["actor_name"] and returned["from_status"] == "in_progress"
    texts = " | ".join(note["text"] for note in final["notes"])
    assert "Không thuộc lĩnh vực" in texts and "Đồng chí Phối chủ trì" in texts and "Forwarded to" not in texts
