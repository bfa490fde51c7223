"""Request bodies: refuse oversized ones before parsing (413) and accept gzip-compressed ones safely."""

from __future__ import annotations

import zlib

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.problems import problem_response

CHUNK_PATH_PREFIX = "/v1/attachments/uploads/"


class _TooLarge(Exception):
    pass


class BodyGate:
    """ASGI middleware: per-route size limit on the (decompressed) body, and gzip request decoding."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, max_chunk_bytes: int) -> None:
        self.app = app
        self.max_body = max_body_bytes
        self.max_chunk = max_chunk_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_chunk if scope["path"].startswith(CHUNK_PATH_PREFIX) else self.max_body
        headers = Headers(scope=scope)
        declared = headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await self._reject(scope, receive, send, limit)
            return
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "gzip"):
            response = problem_response(415, "unsupported-encoding", f"Content-Encoding {encoding!r} is not accepted; "
                                        "send the body plain or gzip-compressed.")
            await response(scope, receive, send)
            return
        chunked = "transfer-encoding" in headers
        if encoding == "identity" and (declared is not None or not chunked):
            # With Content-Length the HTTP server enforces it; with neither header there is no body at all.
            await self.app(scope, receive, send)
            return
        try:
            body = await _read_all(receive, limit)
            if encoding == "gzip":
                body = _gunzip(body, limit)
        except _TooLarge:
            await self._reject(scope, receive, send, limit)
            return
        except (zlib.error, EOFError):
            response = problem_response(400, "bad-encoding", "The gzip-compressed body could not be decompressed.")
            await response(scope, receive, send)
            return
        await self.app(_with_plain_body_headers(scope, len(body)), _replay(body, receive), send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = problem_response(
            413, "body-too-large", f"The request body is larger than the limit of {limit} bytes; nothing was stored.",
            limit=limit,
        )
        await response(scope, receive, send)


async def _read_all(receive: Receive, limit: int) -> bytes:
    parts: list[bytes] = []
    total = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        total += len(chunk)
        if total > limit:
            raise _TooLarge
        parts.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(parts)


def _gunzip(data: bytes, limit: int) -> bytes:
    # Bounded output guards against a small "zip bomb" expanding into gigabytes.
    inflater = zlib.decompressobj(wbits=31)
    out = inflater.decompress(data, limit + 1)
    if len(out) > limit or inflater.unconsumed_tail:
        raise _TooLarge
    if not inflater.eof:
        raise EOFError("truncated gzip stream")
    return out


def _with_plain_body_headers(scope: Scope, length: int) -> Scope:
    kept = [(k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length",
                                                             b"transfer-encoding")]
    kept.append((b"content-length", str(length).encode()))
    return {**scope, "headers": kept}


def _replay(body: bytes, original: Receive) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return await original()  # later calls wait for the real disconnect, as the framework expects
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive
