"""A loopback HTTP server that answers too slowly on purpose: it trickles, or promises more than it sends.

Each connection reads the request head and then plays one `mode`:
- "body": a 200 head with a Content-Length of 10,000, then one byte every `interval` seconds;
- "headers": a status line, then one header line every `interval` seconds, never ending the head;
- "short": a 200 head with a Content-Length of 10,000, ten bytes, then silence (the connection stays open).
Each keeps going for `lasts` seconds at most, so a client that is never cut off still lets the test end.
A token refresh (`POST /v1/auth/refresh`) is answered at once with `refresh_answer` when one is set, so a call
that refreshes first and then meets the trickle can be played. `trickling` counts the connections being played,
`played_out` those that lasted their full `lasts`: a client that gave up in time leaves it at 0.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time


class SlowServer:
    """Plays one slow answer per connection on a free loopback port."""

    def __init__(self, mode: str, *, interval: float = 0.5, lasts: float = 60.0,
                 refresh_answer: bytes | None = None) -> None:
        self.mode = mode
        self.refresh_answer = refresh_answer
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
                head = self._read_head(client)
                while head.startswith(b"POST /v1/auth/refresh") and self.refresh_answer is not None:
                    self._answer_refresh(client, head)
                    head = self._read_head(client)
                ends = time.monotonic() + self.lasts
                self._play(client, ends)
                if time.monotonic() >= ends:
                    with self._lock:
                        self.played_out += 1
        finally:
            with self._lock:
                self.trickling -= 1

    def _read_head(self, client: socket.socket) -> bytes:
        data = b""
        while b"\r\n\r\n" not in data:
            piece = client.recv(65536)
            if not piece:
                return data
            data += piece
        return data

    def _answer_refresh(self, client: socket.socket, head: bytes) -> None:
        head_part, _, body = head.partition(b"\r\n\r\n")
        length = next((int(line.split(b":", 1)[1]) for line in head_part.split(b"\r\n")
                       if line.lower().startswith(b"content-length:")), 0)
        while len(body) < length:
            body += client.recv(65536)
        answer = self.refresh_answer or b""
        client.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                       + str(len(answer)).encode() + b"\r\n\r\n" + answer)

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
