"""A bounded pool for password hashing, so a flood of sign-ins cannot starve every other request.

Argon2 is slow on purpose and uses a whole core; the server's request threads are many. Without a bound, a few
clients guessing passwords kept both cores busy and a push waited seconds. At most `workers` hashes run at once,
at most `queue` more sign-ins wait for one, and any sign-in beyond that is answered 503 with Retry-After at once,
before any database work. Argon2id hashes with 4 threads of its own, so even one hash at a time fills a 2-core
machine: after each hash the next one waits, so that hashing takes at most `cpu_share` of the time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from fastapi import Request

from server.problems import Problem

T = TypeVar("T")
RETRY_AFTER_SECONDS = 2


class HashGate:
    def __init__(self, workers: int, queue: int, cpu_share: float = 1.0) -> None:
        self._slots = threading.BoundedSemaphore(workers)
        self._lock = threading.Lock()
        self._admitted = 0
        self._limit = workers + queue
        self._rest_factor = 1 / cpu_share - 1
        self._next_start = 0.0  # monotonic time before which no new hash starts

    @contextmanager
    def admitted(self) -> Iterator[HashGate]:
        """Hold a place for one sign-in, or refuse it with 503 when every place is taken."""
        with self._lock:
            if self._admitted >= self._limit:
                raise Problem(503, "sign-in-busy", "The server is busy checking other sign-ins. Try again in a few "
                              "seconds.", headers={"Retry-After": str(RETRY_AFTER_SECONDS)})
            self._admitted += 1
        try:
            yield self
        finally:
            with self._lock:
                self._admitted -= 1

    def compute(self, work: Callable[..., T], *args: object) -> T:
        """Run one hash computation in a free slot (waiting for one: the caller was admitted)."""
        with self._slots:
            with self._lock:
                wait = self._next_start - time.monotonic()
            if wait > 0:
                time.sleep(wait)  # the rest owed by the hash before; this sign-in's own rest is paid by the next
            started = time.monotonic()
            try:
                return work(*args)
            finally:
                ended = time.monotonic()
                with self._lock:
                    self._next_start = max(self._next_start, ended + (ended - started) * self._rest_factor)


def hash_gate(request: Request) -> HashGate:
    """The gate of the app serving this request."""
    gate: HashGate = request.app.state.hash_gate
    return gate
