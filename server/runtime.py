"""What a running app holds: settings, database and signing key, reached from any request."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from server.blobstore import BlobStore
from server.config import Settings
from server.db import Database


@dataclass(frozen=True)
class Runtime:
    settings: Settings
    db: Database
    signing_key: bytes
    blobs: BlobStore


def runtime(request: Request) -> Runtime:
    """The runtime of the app serving this request."""
    return request.app.state.runtime
