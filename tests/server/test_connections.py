"""Idle connections are closed, connections beyond the cap are refused, and the server keeps answering."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from server.config import Settings
from tests.server.org import DemoOrg
from tests.server.server_process import run_server_process

CAP = 6


@pytest.fixture
def strict_server(settings: Settings, org: DemoOrg, tmp_path: Path) -> Iterator[str]:
    yield from run_server_process(settings, tmp_path, workers=1, extra_env={
        "COMMUNE_KEEP_ALIVE_SECONDS": "1", "COMMUNE_MAX_CONNECTIONS": str(CAP)})


def _open(base: str) -> socket.socket:
    host, port = base.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=20)  # far beyond the 1 s idle time-out
    return sock


def _closed_by_server(sock: socket.socket) -> bool:
    """True when the server closes the connection; what it still sends before (an answer's rest) is skipped."""
    try:
        while sock.recv(4096):
            pass
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False
    return True


def test_idle_and_trickling_connections_are_closed(strict_server: str) -> None:
    silent = [_open(strict_server) for _ in range(3)]
    trickling = _open(strict_server)
    trickling.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n")  # headers never finished
    kept_alive = _open(strict_server)
    kept_alive.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
    assert kept_alive.recv(12) == b"HTTP/1.1 200"
    for sock in (*silent, trickling, kept_alive):
        assert _closed_by_server(sock)
        sock.close()
    assert httpx.get(f"{strict_server}/v1/health", timeout=10).status_code == 200


def test_connections_beyond_the_cap_are_closed_and_the_server_still_answers(strict_server: str) -> None:
    held = [_open(strict_server) for _ in range(CAP)]
    extra = _open(strict_server)
    assert _closed_by_server(extra)
    extra.close()
    for sock in held:
        assert _closed_by_server(sock)  # the idle time-out frees them
        sock.close()
    assert httpx.get(f"{strict_server}/v1/health", timeout=10).status_code == 200
