"""Attachment bytes: resumable uploads (ask the offset, send from there) and verified, resumable downloads.

Uploads go before the mutation that references them, because the server accepts a reference only to bytes the
unit has proven it holds. Downloads follow the metadata: everything under the policy's size limit in each run,
larger files when the user opens them (DESIGN principle 9). One bad file is never a wall (principle 15): a file
whose bytes do not match its reference (size or SHA-256), that the server will not give, or that does not arrive
by its deadline (a trickle), is recorded as failed (`FAILED_ATTACHMENTS`, shown in the status), the others still
download, and the next run tries it again.
"""

from __future__ import annotations

import base64
import hashlib
import json
import tempfile
from dataclasses import dataclass
from typing import Any

import requests

from sync.engine import inbound
from sync.engine.errors import AttachmentIntegrityError, DeadlineError, ProtocolError, RequestRejectedError
from sync.engine.progress import CancelToken, Progress, ProgressCallback
from sync.engine.replica import MissingAttachment, Replica
from sync.engine.resume import answer_start, resume_headers
from sync.engine.status import FAILED_ATTACHMENTS
from sync.engine.transport import Transport
from sync.protocol.wire import API_PREFIX, UploadState

# Downloads up to this size are kept in memory; larger ones spill to a temporary file while they arrive.
_SPOOL_BYTES = 64 * 1024 * 1024
# A download's deadline grows with its size at this rate: a 50 MB scan on a poor rural link (64 kbit/s is 8 KB/s)
# has time to arrive, while a server that trickles a few bytes a second is still cut off.
_MIN_BYTES_PER_SECOND = 4 * 1024


@dataclass(frozen=True)
class DownloadPolicy:
    """Which attachment bytes to fetch in a run: every file up to `auto_max_bytes`; the rest on demand."""

    auto_max_bytes: int = 20 * 1024 * 1024


def forget_failed_attachment(replica: Replica, sha256: str) -> None:
    """A file that arrived after all (opened on demand) leaves the status's list of failed downloads."""
    try:
        failed = json.loads(replica.get_state(FAILED_ATTACHMENTS) or "{}")
    except ValueError:
        failed = {}
    if isinstance(failed, dict) and failed.pop(sha256, None) is not None:
        replica.set_state({FAILED_ATTACHMENTS: json.dumps(failed, ensure_ascii=False) if failed else None})


class UploadRefusedError(Exception):
    """The server will not take this file (too large, hash mismatch); the changes that need it fail."""


class Uploader:
    """Sends attachment bytes to the server, resuming at the server's offset."""

    def __init__(self, replica: Replica, transport: Transport, *, progress: ProgressCallback,
                 cancel: CancelToken) -> None:
        self.replica = replica
        self.transport = transport
        self.progress = progress
        self.cancel = cancel
        self.done: set[str] = set()
        self.bytes_sent = 0

    def ensure_uploaded(self, ref: dict[str, Any]) -> None:
        """Make sure the server holds this attachment's bytes; raise UploadRefusedError when it never will."""
        sha256, size = ref["sha256"], int(ref["size"])
        if sha256 in self.done:
            return
        body = {"sha256": sha256, "size": size, "name": ref.get("name") or "file",
                "mime": ref.get("mime") or "application/octet-stream"}
        try:
            # Each round asks the server where the upload stands and sends from there; a round ends early when
            # the server's offset is not the one we expected (a lost answer), and the next round asks again.
            for _round in range(100):
                raw = self.transport.post_json(f"{API_PREFIX}/attachments", body)
                state = inbound.upload_state(raw, sha256, size)
                if state.complete:
                    break
                if state.upload_id is None:
                    raise ProtocolError("an unfinished upload without an upload id")
                if self._send_from(state.upload_id, state.offset, state.chunk_limit, sha256, size):
                    break
            else:
                raise ProtocolError("an upload that never completes")
        except RequestRejectedError as error:
            raise UploadRefusedError(error.detail or f"the server refused the file (HTTP {error.status})") from error
        self.done.add(sha256)

    def _send_from(self, upload_id: str, offset: int, chunk_limit: int, sha256: str, size: int) -> bool:
        """Send the file from `offset`; True when the server says it is complete."""
        url = f"{API_PREFIX}/attachments/uploads/{upload_id}"
        chunk_size = min(chunk_limit, 4 * 1024 * 1024)
        with self.replica.open_attachment(sha256) as pieces:
            position = 0
            buffer = b""
            for piece in pieces:
                self.cancel.check()
                if position + len(piece) <= offset:
                    position += len(piece)  # already on the server: skip without sending
                    continue
                if position < offset:
                    piece = piece[offset - position:]
                    position = offset
                buffer += piece
                position += len(piece)
                while len(buffer) >= chunk_size or (position == size and buffer):
                    chunk, buffer = buffer[:chunk_size], buffer[chunk_size:]
                    state = self._patch(url, offset, chunk, sha256, size)
                    if state is None or state.offset != offset + len(chunk):
                        return False
                    offset = state.offset
                    self.progress(Progress("upload", bytes_done=offset, bytes_total=size))
                    if state.complete:
                        return True
        return False

    def _patch(self, url: str, offset: int, chunk: bytes, sha256: str, size: int) -> UploadState | None:
        checksum = base64.b64encode(hashlib.sha256(chunk).digest()).decode()
        headers = {"Upload-Offset": str(offset), "Upload-Checksum": f"sha256 {checksum}",
                   "Content-Type": "application/offset+octet-stream"}
        try:
            answer = self.transport.request("PATCH", url, data=chunk, headers=headers)
        except RequestRejectedError as error:
            if error.status != 409:
                raise
            return None  # an earlier attempt landed but its answer was lost: ask the server where it stands
        self.bytes_sent += len(chunk)
        return inbound.upload_state(answer.json(), sha256, size)


class _VerifyingSink:
    """Collects a download, resuming at what it already holds when the server honours Range."""

    def __init__(self, expected_size: int) -> None:
        self.expected = expected_size
        self.file = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # noqa: SIM115 - closed by the caller
        self.held = 0
        self.digest = hashlib.sha256()

    def headers(self) -> dict[str, str]:
        return resume_headers(self.held)

    def start(self, status: int, headers: requests.structures.CaseInsensitiveDict[str]) -> None:
        start = answer_start(status, headers, self.held)
        self.file.seek(start)
        self.file.truncate(start)
        self.held = start
        # Hash as the bytes arrive (one pass); after a restart from an earlier offset, hash what is kept again.
        self.digest = hashlib.sha256()
        self.file.seek(0)
        while start and (block := self.file.read(min(1 << 20, start - self.file.tell()))):
            self.digest.update(block)
        self.file.seek(start)

    def write(self, piece: bytes) -> None:
        if self.held + len(piece) > self.expected:
            raise ProtocolError(f"more bytes than the {self.expected} the attachment has")
        self.file.write(piece)
        self.digest.update(piece)
        self.held += len(piece)


class Downloader:
    """Fetches missing attachment bytes, checks their SHA-256 and stores them encrypted."""

    def __init__(self, replica: Replica, transport: Transport, *, progress: ProgressCallback,
                 cancel: CancelToken) -> None:
        self.replica = replica
        self.transport = transport
        self.progress = progress
        self.cancel = cancel
        self.bytes_received = 0

    def run(self, policy: DownloadPolicy) -> int:
        """Download every missing attachment the policy allows; return how many were stored."""
        wanted = [m for m in self.replica.missing_attachments() if m.size <= policy.auto_max_bytes]
        total = sum(m.size for m in wanted)
        done_bytes = 0
        stored = 0
        failed: dict[str, dict[str, str]] = {}
        for index, missing in enumerate(wanted):
            self.cancel.check()
            try:
                self.fetch(missing)
                stored += 1
            except (ProtocolError, RequestRejectedError, DeadlineError) as error:
                if isinstance(error, DeadlineError) and error.run_budget:
                    raise  # the run is over, not this file
                failed[missing.sha256] = {"name": missing.name, "code": error.code, "reason": str(error)}
            done_bytes += missing.size
            self.progress(Progress("download", index + 1, len(wanted), done_bytes, total))
        self.replica.set_state({FAILED_ATTACHMENTS: json.dumps(failed, ensure_ascii=False) if failed else None})
        return stored

    def fetch(self, missing: MissingAttachment) -> None:
        """Download one attachment, verify it and store it; the cache is unchanged when anything is wrong."""
        sink = _VerifyingSink(missing.size)
        try:
            deadline = self.transport.config.request_deadline + missing.size / _MIN_BYTES_PER_SECOND
            self.transport.request("GET", f"{API_PREFIX}/attachments/{missing.sha256}", headers=sink.headers,
                                   expect=(200, 206), sink=sink, deadline=deadline)
            if sink.held != missing.size:
                raise AttachmentIntegrityError(f"attachment {missing.name} arrived with {sink.held} of "
                                               f"{missing.size} bytes")
            if sink.digest.hexdigest() != missing.sha256:
                raise AttachmentIntegrityError(f"the bytes of attachment {missing.name} do not match its SHA-256")
            self.bytes_received += sink.held
            sink.file.seek(0)
            self.replica.store_attachment(missing.sha256, sink.file)  # type: ignore[arg-type]
        finally:
            sink.file.close()
