"""Attachment bytes on disk: finished blobs named by their SHA-256, unfinished uploads as part files."""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from pathlib import Path

_SHA = re.compile(r"^[0-9a-f]{64}$")


class BlobStore:
    """Files under one folder; every name is validated so no request can point outside it."""

    def __init__(self, blob_dir: Path, upload_dir: Path) -> None:
        self.blob_dir = blob_dir
        self.upload_dir = upload_dir
        blob_dir.mkdir(parents=True, exist_ok=True)
        upload_dir.mkdir(parents=True, exist_ok=True)

    def blob_path(self, sha256: str) -> Path:
        """Where a finished blob lives; only 64 lowercase hex digits are accepted as a name."""
        if not _SHA.fullmatch(sha256):
            raise ValueError("a blob name is 64 lowercase hex digits")
        return self.blob_dir / sha256[:2] / sha256

    def part_path(self, upload_id: str) -> Path:
        """The part file of an upload in progress."""
        return self.upload_dir / f"{uuid.UUID(upload_id)}.part"

    def has_blob(self, sha256: str) -> bool:
        """True when the blob's bytes are stored."""
        return self.blob_path(sha256).is_file()

    def start(self, upload_id: str) -> None:
        """Create the empty part file of a new upload."""
        self.part_path(upload_id).touch()

    def append(self, upload_id: str, offset: int, chunk: bytes) -> None:
        """Write a chunk at the acknowledged offset (dropping bytes of a write that crashed before commit)."""
        path = self.part_path(upload_id)
        with open(path, "r+b" if path.exists() else "w+b") as handle:
            handle.truncate(offset)
            handle.seek(offset)
            handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())

    def finish(self, upload_id: str, sha256: str) -> bool:
        """Verify the whole file against its hash and move it into place; on mismatch discard it."""
        part = self.part_path(upload_id)
        digest = hashlib.sha256()
        with open(part, "rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
        if digest.hexdigest() != sha256:
            part.unlink(missing_ok=True)
            return False
        target = self.blob_path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            part.unlink()  # identical content arrived twice; keep the first copy
        else:
            os.replace(part, target)
        return True

    def discard(self, upload_id: str) -> None:
        """Remove an upload's part file."""
        self.part_path(upload_id).unlink(missing_ok=True)

    def put(self, data: bytes) -> str:
        """Store bytes directly (seeding and tests); returns their hash."""
        sha = hashlib.sha256(data).hexdigest()
        target = self.blob_path(sha)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, target)
        return sha
