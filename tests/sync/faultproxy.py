"""A fault-injecting TCP proxy for loopback tests and benchmarks: resets, stalls, truncation, 5xx, a slow link.

Each accepted connection draws its faults from a seeded random generator, then bytes are pumped both ways by two
threads. It counts bytes and connections, so a test can tell "resumed" from "started over" and a benchmark can
count round trips and bytes on the wire.
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass


@dataclass
class Faults:
    """What goes wrong, per connection (rates are probabilities, byte ranges are drawn uniformly)."""

    reset_rate: float = 0.0  # cut the connection (RST) after some bytes in either direction
    reset_after: tuple[int, int] = (200, 100_000)
    truncate_rate: float = 0.0  # cut the server's answer after some bytes
    truncate_after: tuple[int, int] = (50, 50_000)
    stall_rate: float = 0.0  # stop forwarding the answer for `stall_seconds`
    stall_seconds: float = 2.0
    error_rate: float = 0.0  # answer 503 (Retry-After: 0) without asking the server
    up_cut_after: tuple[int, int] | None = None  # always cut after this many bytes client -> server
    down_cut_after: tuple[int, int] | None = None  # always cut after this many bytes server -> client
    bytes_per_second: float | None = None  # a slow link, each direction


class FaultProxy:
    """Listens on a free loopback port and forwards to `upstream_port`, misbehaving as `faults` says."""

    def __init__(self, upstream_port: int, faults: Faults | None = None, seed: int = 0) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.faults = faults or Faults()
        self.rng = random.Random(seed)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.bytes_up = 0
        self.bytes_down = 0
        self.connections = 0
        self.cuts = 0
        self.errors_sent = 0
        self._lock = threading.Lock()
        self._closing = False
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        """Stop accepting (open connections end when either side closes)."""
        self._closing = True
        self.listener.close()

    def reset_counts(self) -> None:
        """Start counting afresh (e.g. before the measured run of a benchmark)."""
        with self._lock:
            self.bytes_up = self.bytes_down = self.connections = self.cuts = self.errors_sent = 0

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
                plan = self._plan()
            threading.Thread(target=self._serve, args=(client, plan), daemon=True).start()

    def _plan(self) -> dict[str, float | None]:
        f, rng = self.faults, self.rng
        up_cut = down_cut = stall_at = None
        if rng.random() < f.reset_rate:
            at = rng.randint(*f.reset_after)
            up_cut, down_cut = (at, None) if rng.random() < 0.5 else (None, at)
        if rng.random() < f.truncate_rate:
            down_cut = rng.randint(*f.truncate_after)
        if f.up_cut_after:
            up_cut = rng.randint(*f.up_cut_after)
        if f.down_cut_after:
            down_cut = rng.randint(*f.down_cut_after)
        if rng.random() < f.stall_rate:
            stall_at = rng.randint(0, 20_000)
        return {"error": float(rng.random() < f.error_rate), "up_cut": up_cut, "down_cut": down_cut,
                "stall_at": stall_at}

    def _serve(self, client: socket.socket, plan: dict[str, float | None]) -> None:
        if plan["error"]:
            self._answer_503(client)
            return
        try:
            server = socket.create_connection(self.upstream)
        except OSError:
            _abort(client)
            return
        done = threading.Event()
        threading.Thread(target=self._pump, args=(client, server, True, plan, done), daemon=True).start()
        self._pump(server, client, False, plan, done)

    def _answer_503(self, client: socket.socket) -> None:
        try:
            client.settimeout(5)
            data = b""
            while b"\r\n\r\n" not in data:
                piece = client.recv(65536)
                if not piece:
                    break
                data += piece
            client.sendall(b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Type: application/json\r\n"
                           b"Content-Length: 2\r\nConnection: close\r\n\r\n{}")
            with self._lock:
                self.errors_sent += 1
        except OSError:
            pass
        finally:
            client.close()

    def _pump(self, src: socket.socket, dst: socket.socket, upstream: bool, plan: dict[str, float | None],
              done: threading.Event) -> None:
        cut = plan["up_cut" if upstream else "down_cut"]
        stall_at = None if upstream else plan["stall_at"]
        rate = self.faults.bytes_per_second
        moved = 0
        try:
            while not done.is_set():
                piece = src.recv(65536 if rate is None else 1024)
                if not piece:
                    break
                if cut is not None and moved + len(piece) >= cut:
                    keep = int(cut - moved)
                    if keep > 0:
                        dst.sendall(piece[:keep])
                        self._count(upstream, keep)
                    with self._lock:
                        self.cuts += 1
                    break
                if stall_at is not None and moved + len(piece) >= stall_at:
                    time.sleep(self.faults.stall_seconds)
                    stall_at = None
                dst.sendall(piece)
                moved += len(piece)
                self._count(upstream, len(piece))
                if rate:
                    time.sleep(len(piece) / rate)
        except OSError:
            pass
        finally:
            done.set()
            _abort(src)
            _abort(dst)

    def _count(self, upstream: bool, n: int) -> None:
        with self._lock:
            if upstream:
                self.bytes_up += n
            else:
                self.bytes_down += n


def _abort(sock: socket.socket) -> None:
    """Close with RST, as a dropped link or a crashed middlebox does."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()
