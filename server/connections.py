"""Uvicorn's HTTP protocols, with an idle time-out that also covers connections that never send a request.

Uvicorn closes a kept-alive connection only some time after a response; a connection that sends nothing, or
trickles a header line now and then, stayed open for ever, and enough of them used up the file descriptors until
the server stopped answering. Here every connection must complete a request's headers within `timeout_keep_alive`
of being opened or of its last response, and connections beyond `limit_concurrency` are closed as they arrive
(uvicorn itself would keep them open and answer their requests 503).
`serve` passes these classes as uvicorn's `http` protocol (by import string, so worker processes load them too).
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # httptools is optional: uvicorn then speaks h11 only
    HttpToolsProtocol = None  # type: ignore[assignment, misc]


class _IdleClosing:
    """Mixed into a uvicorn protocol class; relies on its `cycle`, `transport`, `connections` and `loop`."""

    _idle_timer: asyncio.TimerHandle | None = None
    cycle: Any
    transport: asyncio.Transport
    connections: set[Any]
    loop: asyncio.AbstractEventLoop
    timeout_keep_alive: int
    config: Any

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        cap = self.config.limit_concurrency
        if cap is not None and len(self.connections) > cap:
            transport.close()  # beyond the cap: free the descriptor at once rather than hold it idle
            return
        self._arm_idle_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()  # type: ignore[misc]
        self._arm_idle_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
        super().connection_lost(exc)  # type: ignore[misc]

    def _arm_idle_timer(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
        self._idle_timer = self.loop.call_later(self.timeout_keep_alive, self._close_if_idle)

    def _close_if_idle(self) -> None:
        self._idle_timer = None
        # A request whose headers arrived is in progress (its body or answer may take long): never cut it here.
        if self.cycle is None or self.cycle.response_complete:
            self.transport.close()


class IdleClosingH11(_IdleClosing, H11Protocol):
    pass


if HttpToolsProtocol is not None:
    class IdleClosingHttpTools(_IdleClosing, HttpToolsProtocol):
        pass

    HTTP_PROTOCOL = "server.connections:IdleClosingHttpTools"
else:
    HTTP_PROTOCOL = "server.connections:IdleClosingH11"
