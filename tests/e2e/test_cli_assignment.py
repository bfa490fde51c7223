"""Assignment as a commune office does it, through the command line against a real server process.

The clerk registers a document and submits it to the leader (trình); the leader assigns it with a co-handler and
a person informed; the main handler returns it with a note (trả lại); the leader assigns it again and forwards it
to the co-handler (chuyển xử lý), who finishes it. Every step syncs and every status ends clean.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from client.ui.demo_server import DEMO_PASSWORD, DemoServer

ROOT = Path(__file__).resolve().parents[2]


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


def _co(home: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COMMUNE_OFFICE_HOME": str(home), "COMMUNE_OFFICE_PASSWORD": DEMO_PASSWORD,
           "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    env.pop("COMMUNE_OFFICE_MACHINE_CONFIG", None)
    done = subprocess.run([sys.executable, "-m", "client.cli", *args], env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def _json(home: Path, *args: str) -> Any:
    return json.loads(_co(home, *args, "--json").stdout)


def _person(home: Path, server: DemoServer, user: str) -> None:
    _co(home, "signin", "-u", user, "--server", server.url)
    _co(home, "sync", "-u", user)


def test_submit_assign_return_forward_and_finish(server: DemoServer, tmp_path: Path) -> None:
    clerk, leader = tmp_path / "clerk", tmp_path / "leader"
    specialist, second = tmp_path / "specialist", tmp_path / "specialist2"
    _person(clerk, server, "xa01.clerk")
    received = _json(clerk, "list", "-u", "xa01.clerk", "--status", "received")
    doc = received[0]["id"][:8]

    _co(clerk, "register", "-u", "xa01.clerk", doc)
    refused = _co(clerk, "forward", "-u", "xa01.clerk", doc, "--to", "xa01.specialist", check=False)
    assert refused.returncode == 1  # refused at once: forwarding is the leader's
    assert _json(clerk, "submit", "-u", "xa01.clerk", doc, "--note", "Kính trình đồng chí")["status"] == "registered"
    _co(clerk, "sync", "-u", "xa01.clerk")

    _person(leader, server, "xa01.leader")
    shown = _json(leader, "show", "-u", "xa01.leader", doc)
    assert shown["submitted_to_id"] and shown["submitted_at"]  # the leader sees it was submitted, and when
    assigned = _json(leader, "assign", "-u", "xa01.leader", doc, "--handler", "xa01.specialist",
                     "--co-handler", "xa01.specialist2", "--informed", "xa01.clerk",
                     "--deadline", "31/12/2030", "--note", "Giao đồng chí chủ trì.")
    assert assigned["status"] == "assigned"
    _co(leader, "sync", "-u", "xa01.leader")
    shown = _json(leader, "show", "-u", "xa01.leader", doc)
    assert len(shown["co_handler_ids"]) == 1 and len(shown["informed_ids"]) == 1

    _person(specialist, server, "xa01.specialist")
    _co(specialist, "start", "-u", "xa01.specialist", doc)
    returned = _json(specialist, "return", "-u", "xa01.specialist", doc, "--note", "Không thuộc lĩnh vực phụ trách")
    assert returned["status"] == "registered"
    _co(specialist, "sync", "-u", "xa01.specialist")
    shown = _json(specialist, "show", "-u", "xa01.specialist", doc)
    assert shown["status"] == "registered" and shown["handler_id"] is None  # the server cleared the handler
    assert any("Không thuộc lĩnh vực" in note["text"] for note in shown["notes"])

    _co(leader, "sync", "-u", "xa01.leader")
    _co(leader, "assign", "-u", "xa01.leader", doc, "--handler", "xa01.specialist", "--co-handler",
        "xa01.specialist2")
    _co(leader, "sync", "-u", "xa01.leader")
    status = _json(leader, "status", "-u", "xa01.leader")
    assert not status["last_error"] and status["pending_changes"] == 0 and not status["failed_changes"], status
    forwarded = _json(leader, "forward", "-u", "xa01.leader", doc, "--to", "xa01.specialist2",
                      "--note", "Đồng chí Phối chủ trì")
    assert forwarded["status"] == "assigned"
    _co(leader, "sync", "-u", "xa01.leader")
    status = _json(leader, "status", "-u", "xa01.leader")
    assert not status["last_error"] and status["pending_changes"] == 0 and not status["failed_changes"], status
    shown = _json(leader, "show", "-u", "xa01.leader", doc)
    assert shown["co_handler_ids"] == []  # the co-handler became the main handler

    _person(second, server, "xa01.specialist2")
    _co(second, "start", "-u", "xa01.specialist2", doc)
    assert _json(second, "done", "-u", "xa01.specialist2", doc, "--note", "Đã xử lý xong")["status"] == "done"
    _co(second, "sync", "-u", "xa01.specialist2")

    for home, user in ((clerk, "xa01.clerk"), (leader, "xa01.leader"), (specialist, "xa01.specialist"),
                       (second, "xa01.specialist2")):
        _co(home, "sync", "-u", user)
        status = _json(home, "status", "-u", user)
        assert not status["last_error"] and status["pending_changes"] == 0, (user, status)
        assert not status["failed_changes"], (user, status)
    final = _json(clerk, "show", "-u", "xa01.clerk", doc)
    assert final["status"] == "done"
    texts = " | ".join(note["text"] for note in final["notes"])
    assert "Submitted to" in texts and "Returned to the leader" in texts and "Forwarded to" in texts
