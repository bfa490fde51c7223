"""A loopback HTTP server that answers too slowly on purpose: it trickles, or promises more than it sends.

Each connection reads the request head and then plays one `mode`:
- "body": a 200 head with a Content-Length of 10,000, then one byte every `interval` seconds;
- "headers": a status line, then one header line every `interval` seconds, never ending the head;
- "short": a 200 head with a Content-Length of 10,000, ten bytes, then silence (the connection stays open).
Each keeps going for `lasts` seconds at most, so a client that is never cut off still lets the test end.
`trickling` counts the connections being played, `played_out` those that lasted their full `lasts`: a client that
gave up in time leaves it at 0.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time


class SlowServer:
    """Plays one slow answer per connection on a free loopback port."""

    def __init__(self, mode: str, *, interval: float = 0.5, lasts: float = 60.0) -> None:
        self.mode = mode
        self.interval = interval
        self.lasts = lasts
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.connections = 0
        self.trickling = 0
        self.played_out = 0
        self._lock = threading.Lock()
        self._closing = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._closing.set()
        self.listener.close()

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with self._lock:
            self.trickling += 1
        try:
            with client, contextlib.suppress(OSError):
                self._read_head(client)
                ends = time.monotonic() + self.lasts
                self._play(client, ends)
                if time.monotonic() >= ends:
                    with self._lock:
                        self.played_out += 1
        finally:
            with self._lock:
                self.trickling -= 1

    def _read_head(self, client: socket.socket) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            piece = client.recv(65536)
            if not piece:
                return
            data += piece

    def _play(self, client: socket.socket, ends: float) -> None:
        if self.mode == "headers":
            client.sendall(b"HTTP/1.1 200 OK\r\n")
            number = 0
            while time.monotonic() < ends and not self._closing.wait(self.interval):
                number += 1
                client.sendall(f"X-Slow-{number}: still here\r\n".encode())
            return
        client.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n")
        if self.mode == "short":
            client.sendall(b'{"changes"')
            self._closing.wait(max(0.0, ends - time.monotonic()))
            return
        while time.monotonic() < ends and not self._closing.wait(self.interval):
            client.sendall(b" ")
