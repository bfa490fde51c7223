"""A document's day through the command line, each step by the role that owns it, against a real server process.

The clerk registers, the leader assigns, the specialist starts, notes and finishes; every step syncs, and each
person's status is clean afterwards. A step taken by the wrong role is refused at once, before anything is queued.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from client.ui.demo_server import DEMO_PASSWORD, DemoServer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    running = DemoServer(tmp_path_factory.mktemp("central"), communes=2, documents=30)
    running.seed()
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


def _json(home: Path, *args: str) -> object:
    return json.loads(_co(home, *args, "--json").stdout)


def _person(home: Path, server: DemoServer, user: str) -> None:
    _co(home, "signin", "-u", user, "--server", server.url)
    _co(home, "sync", "-u", user)


def test_register_assign_start_note_and_done_each_by_its_role(server: DemoServer, tmp_path: Path) -> None:
    clerk, leader, specialist = tmp_path / "clerk", tmp_path / "leader", tmp_path / "specialist"
    _person(clerk, server, "xa01.clerk")
    received = [d for d in _json(clerk, "list", "-u", "xa01.clerk", "--status", "received")]  # type: ignore[union-attr]
    doc = received[0]["id"]  # type: ignore[index]

    refused = _co(clerk, "assign", "-u", "xa01.clerk", doc[:8], "--handler", "xa01.specialist", check=False)
    assert refused.returncode == 1 and "leader" in refused.stderr  # refused at once: nothing queued
    assert _json(clerk, "register", "-u", "xa01.clerk", doc[:8])["status"] == "registered"  # type: ignore[index]
    _co(clerk, "sync", "-u", "xa01.clerk")

    _person(leader, server, "xa01.leader")
    assigned = _json(leader, "assign", "-u", "xa01.leader", doc[:8], "--handler", "xa01.specialist",
                     "--deadline", "31/12/2030", "--note", "Giao đồng chí chủ trì, báo cáo trước hạn.")
    assert assigned["status"] == "assigned"  # type: ignore[index]
    _co(leader, "sync", "-u", "xa01.leader")

    _person(specialist, server, "xa01.specialist")
    _co(specialist, "start", "-u", "xa01.specialist", doc[:8])
    _co(specialist, "note", "-u", "xa01.specialist", doc[:8], "Đã", "làm", "việc", "với", "thôn")
    finished = _json(specialist, "done", "-u", "xa01.specialist", doc[:8], "--note", "Đã trả lời bằng văn bản")
    assert finished["status"] == "done"  # type: ignore[index]
    _co(specialist, "sync", "-u", "xa01.specialist")

    for home, user in ((clerk, "xa01.clerk"), (leader, "xa01.leader"), (specialist, "xa01.specialist")):
        _co(home, "sync", "-u", user)
        status = _json(home, "status", "-u", user)
        assert not status["last_error"] and status["pending_changes"] == 0  # type: ignore[index]
        assert status["failed_changes"] == 0  # type: ignore[index]
    shown = _json(clerk, "show", "-u", "xa01.clerk", doc)
    assert shown["status"] == "done" and len(shown["notes"]) >= 2  # type: ignore[index]
