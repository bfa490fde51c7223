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
    reset_after: tuple[int, int] = (20, 4_000)
    truncate_rate: float = 0.0  # cut the server's answer after some bytes
    truncate_after: tuple[int, int] = (20, 3_000)
    stall_rate: float = 0.0  # stop forwarding the answer for `stall_seconds`
    stall_seconds: float = 2.0
    error_rate: float = 0.0  # answer 503 (Retry-After: 0) without asking the server
    up_cut_after: tuple[int, int] | None = None  # always cut after this many bytes client -> server
    down_cut_after: tuple[int, int] | None = None  # always cut after this many bytes server -> client
    bytes_per_second: float | None = None  # a slow link, each direction
    # Let requests starting with this (e.g. b"POST /v1/auth/refresh") reach the server, then drop their answer
    # (the link goes down after the server acted), `drop_answers` times in all.
    drop_answer_to: bytes | None = None
    drop_answers: int = 1


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
        self.answers_dropped = 0
        self._lock = threading.Lock()
        self._closing = False
        self._live: set[socket.socket] = set()
        threading.Thread(target=self._accept, daemon=True).start()

    def drop_all(self) -> None:
        """Reset every open connection, as a link that goes down does (keep-alive and TLS sessions included)."""
        with self._lock:
            live, self._live = set(self._live), set()
        for sock in live:
            _abort(sock)

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
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _plan(self) -> _Plan:
        """The faults of one request (drawn when its first bytes arrive, so keep-alive does not dodge them)."""
        f, rng = self.faults, self.rng
        with self._lock:
            plan = _Plan(error=rng.random() < f.error_rate)
            if rng.random() < f.reset_rate:
                at = rng.randint(*f.reset_after)
                if rng.random() < 0.5:
                    plan.up_cut = at
                else:
                    plan.down_cut = at
            if rng.random() < f.truncate_rate:
                plan.down_cut = rng.randint(*f.truncate_after)
            if rng.random() < f.stall_rate:
                plan.stall_at = rng.randint(0, 2_000)
            # Whole-connection cuts (the attachment tests) count from the connection's first byte.
            if f.up_cut_after:
                plan.conn_up_cut = rng.randint(*f.up_cut_after)
            if f.down_cut_after:
                plan.conn_down_cut = rng.randint(*f.down_cut_after)
        return plan

    def _serve(self, client: socket.socket) -> None:
        try:
            server = socket.create_connection(self.upstream)
        except OSError:
            _abort(client)
            return
        with self._lock:
            self._live |= {client, server}
        state = _Connection(self._plan())
        threading.Thread(target=self._pump, args=(client, server, True, state), daemon=True).start()
        self._pump(server, client, False, state)

    def _pump(self, src: socket.socket, dst: socket.socket, upstream: bool, state: _Connection) -> None:
        rate = self.faults.bytes_per_second
        try:
            while not state.done.is_set():
                piece = src.recv(65536 if rate is None else 1024)
                if not piece:
                    break
                if upstream and piece.split(b" ", 1)[0] in _METHODS:
                    state.new_request(self._plan())
                    if self._drops_answer(piece):
                        state.plan.down_cut = 0
                    if state.plan.error:
                        self._answer_503(dst_client=src)
                        break
                if self._cut(state, upstream, piece, dst):
                    break
                if not upstream and state.plan.stall_at is not None and state.down >= state.plan.stall_at:
                    state.plan.stall_at = None
                    time.sleep(self.faults.stall_seconds)
                dst.sendall(piece)
                state.moved(upstream, len(piece))
                self._count(upstream, len(piece))
                if rate:
                    time.sleep(len(piece) / rate)
        except OSError:
            pass
        finally:
            state.done.set()
            _abort(src)
            _abort(dst)

    def _cut(self, state: _Connection, upstream: bool, piece: bytes, dst: socket.socket) -> bool:
        """Forward what fits before a planned cut and report whether the connection must now be cut."""
        plan = state.plan
        limits = [(plan.up_cut, state.up), (plan.conn_up_cut, state.conn_up)] if upstream else \
            [(plan.down_cut, state.down), (plan.conn_down_cut, state.conn_down)]
        keep = min((int(limit - done) for limit, done in limits if limit is not None), default=None)
        if keep is None or keep >= len(piece):
            return False
        if keep > 0:
            dst.sendall(piece[:keep])
            self._count(upstream, keep)
        with self._lock:
            self.cuts += 1
        return True

    def _drops_answer(self, request_start: bytes) -> bool:
        prefix = self.faults.drop_answer_to
        with self._lock:
            if prefix is None or not request_start.startswith(prefix) \
                    or self.answers_dropped >= self.faults.drop_answers:
                return False
            self.answers_dropped += 1
            return True

    def _answer_503(self, dst_client: socket.socket) -> None:
        dst_client.sendall(b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Type: application/json"
                           b"\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
        with self._lock:
            self.errors_sent += 1

    def _count(self, upstream: bool, n: int) -> None:
        with self._lock:
            if upstream:
                self.bytes_up += n
            else:
                self.bytes_down += n


_METHODS = frozenset({b"GET", b"POST", b"PATCH", b"HEAD", b"PUT", b"DELETE"})


@dataclass
class _Plan:
    error: bool = False
    up_cut: int | None = None  # bytes of this request's body and headers
    down_cut: int | None = None  # bytes of this request's answer
    stall_at: int | None = None
    conn_up_cut: int | None = None
    conn_down_cut: int | None = None


class _Connection:
    """Byte counts of one proxied connection, per request and in total."""

    def __init__(self, plan: _Plan) -> None:
        self.plan = plan
        self.done = threading.Event()
        self.up = self.down = self.conn_up = self.conn_down = 0

    def new_request(self, plan: _Plan) -> None:
        plan.conn_up_cut, plan.conn_down_cut = self.plan.conn_up_cut, self.plan.conn_down_cut
        self.plan = plan
        self.up = self.down = 0

    def moved(self, upstream: bool, n: int) -> None:
        if upstream:
            self.up += n
            self.conn_up += n
        else:
            self.down += n
            self.conn_down += n


def _abort(sock: socket.socket) -> None:
    """Close with RST, as a dropped link or a crashed middlebox does."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    # shutdown() first: close() alone does not wake the other pump thread blocked in recv() on this socket, and
    # the peer would wait for its read time-out instead of seeing the link drop.
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
