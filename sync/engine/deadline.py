"""A total deadline for each request, and a cancel that cuts a request short (DESIGN principle 13).

`requests` bounds only the connect and each socket read: a server that trickles one byte every few seconds, one
header line at a time, or promises more body than it sends, holds a call for as long as it likes. So every call
runs under a `RequestWatch`: a small guard thread that, when the call's deadline passes or the run is cancelled,
shuts down the sockets the call is using. The blocked read then returns at once, and the transport reports the
deadline or the cancel instead of waiting. The sockets are found through the connection classes mounted here,
which register themselves with the watch of the calling thread; nothing else in requests or urllib3 changes.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from types import TracebackType
from typing import Any

import requests
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from sync.engine.progress import CancelToken

# How often the guard looks at the cancel token: well inside the second a user waits after pressing Cancel.
_POLL_SECONDS = 0.2

_local = threading.local()


class RequestWatch:
    """Cuts the calling thread's connections when `deadline` (a `time.monotonic` value) passes or on cancel."""

    def __init__(self, deadline: float, cancel: CancelToken, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.deadline = deadline
        self.cancel = cancel
        self.clock = clock
        self.expired = False  # the deadline passed and the connections were cut
        self._connections: list[HTTPConnection] = []
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._guard = threading.Thread(target=self._watch, name="request-deadline", daemon=True)
        self._outer: RequestWatch | None = None

    def __enter__(self) -> RequestWatch:
        # Watches nest (a token refresh inside a call): the outer one watches its connections again afterwards.
        self._outer = getattr(_local, "watch", None)
        _local.watch = self
        self._guard.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        _local.watch = self._outer
        self._done.set()

    @property
    def remaining(self) -> float:
        """Seconds left before the deadline (never negative)."""
        return max(0.0, self.deadline - self.clock())

    def add(self, connection: HTTPConnection) -> None:
        """A connection the watched call is sending on (called from the connection classes below)."""
        with self._lock:
            if connection not in self._connections:
                self._connections.append(connection)

    def _watch(self) -> None:
        while not self._done.wait(min(_POLL_SECONDS, self.remaining)):
            if self.cancel.cancelled:
                break
            if self.clock() >= self.deadline:
                self.expired = True
                break
        else:
            return
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            sock = getattr(connection, "sock", None)
            if sock is not None:
                # shutdown, not close: it wakes a read blocked in another thread, and the pool then sees the
                # connection dropped and opens a fresh one for the next call.
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def _register(connection: HTTPConnection) -> None:
    watch: RequestWatch | None = getattr(_local, "watch", None)
    if watch is not None:
        watch.add(connection)


class _WatchedHTTPConnection(HTTPConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _register(self)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _register(self)
        super().request(*args, **kwargs)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class WatchedAdapter(requests.adapters.HTTPAdapter):
    """requests' adapter with connections a RequestWatch can cut (direct and through a proxy)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = dict(_POOLS)
        return manager


def mount(session: requests.Session) -> None:
    """Make every connection of `session` watchable."""
    adapter = WatchedAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
