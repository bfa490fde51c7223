"""Attachment endpoints: resumable upload (tus-like), verified by SHA-256, deduplicated; Range download."""

from __future__ import annotations

import base64
import hashlib
import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Path, Request, Response
from fastapi.responses import FileResponse
from sqlalchemy import exists, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from server.auth import AUTH_ERRORS, CurrentPrincipal
from server.models import AttachmentRefRow, Blob, BlobGrant, RecordAudience, Upload, utcnow
from server.problems import Problem
from server.runtime import runtime
from server.scope import Principal, log_refusal
from server.secret_policy import only_secret_references
from sync.protocol.wire import Problem as ProblemModel
from sync.protocol.wire import UploadRequest, UploadState

router = APIRouter(prefix="/v1/attachments", tags=["attachments"], responses=AUTH_ERRORS)
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
Sha256Path = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the content, lowercase hex")]
UploadIdPath = Annotated[uuid.UUID, Path(description="Upload id from POST /v1/attachments")]


def _may_read(session: Session, who: Principal, sha256: str) -> bool:
    if only_secret_references(session, sha256):
        return False  # content of a secret document is never served (Law 117/2025), whoever uploaded it
    if session.scalar(select(exists().where(BlobGrant.unit_id == who.unit_id, BlobGrant.sha256 == sha256))):
        return True
    return bool(session.scalar(select(exists().where(
        AttachmentRefRow.sha256 == sha256,
        AttachmentRefRow.record_id == RecordAudience.record_id,
        RecordAudience.unit_id == who.unit_id,
    ))))


def _state(upload: Upload, chunk_limit: int) -> UploadState:
    return UploadState(upload_id=upload.id, sha256=upload.sha256, size=upload.size, offset=upload.offset,
                       complete=upload.completed_at is not None, chunk_limit=chunk_limit)


@router.post("", responses={413: {"model": ProblemModel}})
def start_upload(body: UploadRequest, request: Request, who: CurrentPrincipal) -> UploadState:
    """Start (or resume) an upload; content the unit already holds is answered as complete at once."""
    rt = runtime(request)
    limit = rt.settings.max_chunk_bytes
    if body.size > rt.settings.max_upload_bytes:
        raise Problem(413, "attachment-too-large", f"Attachments are limited to {rt.settings.max_upload_bytes} bytes.")
    if body.size == 0 and body.sha256 != EMPTY_SHA256:
        raise Problem(422, "hash-mismatch", "An empty file has the SHA-256 of no bytes; the hash given is another.")
    with rt.db.write() as session:
        known = session.get(Blob, body.sha256) is not None and rt.blobs.has_blob(body.sha256)
        # Dedupe only within what the unit may read; anyone else proves possession by sending the bytes.
        if known and _may_read(session, who, body.sha256):
            return UploadState(upload_id=None, sha256=body.sha256, size=body.size, offset=body.size, complete=True,
                               chunk_limit=limit)
        upload = session.scalar(select(Upload).where(
            Upload.user_id == who.user_id, Upload.sha256 == body.sha256, Upload.size == body.size,
            Upload.completed_at.is_(None)))
        if upload is None:
            upload = Upload(id=str(uuid.uuid4()), sha256=body.sha256, size=body.size, name=body.name, mime=body.mime,
                            offset=0, user_id=who.user_id, unit_id=who.unit_id)
            session.add(upload)
            session.flush()
            rt.blobs.start(upload.id)
            if body.size == 0:
                _complete(session, request, upload)
        session.commit()
        return _state(upload, limit)


def _own_upload(session: Session, who: Principal, upload_id: uuid.UUID, lock: bool = False) -> Upload:
    upload = session.get(Upload, str(upload_id), with_for_update=lock)
    if upload is None or upload.user_id != who.user_id:
        raise Problem(404, "upload-not-found", "There is no such upload of yours; start it again with POST.")
    return upload


@router.head("/uploads/{upload_id}", responses={404: {"model": ProblemModel}})
def upload_offset(upload_id: UploadIdPath, request: Request, who: CurrentPrincipal) -> Response:
    """How many bytes the server holds: resume from `Upload-Offset`."""
    with runtime(request).db.read() as session:
        upload = _own_upload(session, who, upload_id)
        return Response(status_code=200, headers={"Upload-Offset": str(upload.offset),
                                                  "Upload-Length": str(upload.size), "Cache-Control": "no-store"})


def _check_chunk_checksum(header: str | None, chunk: bytes) -> None:
    if header is None:
        return
    algorithm, _, value = header.strip().partition(" ")
    if algorithm.lower() != "sha256":
        raise Problem(400, "unsupported-checksum", "Upload-Checksum must be 'sha256 <base64 digest>'.")
    try:
        expected = base64.b64decode(value.strip(), validate=True)
    except ValueError as error:
        raise Problem(400, "unsupported-checksum", "Upload-Checksum digest is not base64.") from error
    if hashlib.sha256(chunk).digest() != expected:
        raise Problem(422, "chunk-checksum-mismatch", "The chunk does not match its Upload-Checksum; nothing was "
                      "stored. Send the chunk again from the same offset.")


def _complete(session: Session, request: Request, upload: Upload) -> None:
    rt = runtime(request)
    if not rt.blobs.finish(upload.id, upload.sha256):
        session.delete(upload)
        session.commit()
        raise Problem(422, "hash-mismatch", "The uploaded file does not match its SHA-256 and was discarded; "
                      "upload it again from the start.")
    if session.get(Blob, upload.sha256) is None:
        session.add(Blob(sha256=upload.sha256, size=upload.size))
    if session.get(BlobGrant, (upload.unit_id, upload.sha256)) is None:
        session.add(BlobGrant(unit_id=upload.unit_id, sha256=upload.sha256))
    upload.completed_at = utcnow()


@router.patch("/uploads/{upload_id}", responses={404: {"model": ProblemModel}, 409: {"model": ProblemModel},
                                                 422: {"model": ProblemModel}})
async def upload_chunk(
    upload_id: UploadIdPath, request: Request, who: CurrentPrincipal,
    upload_offset: Annotated[int, Header(alias="Upload-Offset", ge=0, le=2**63 - 1)],
    upload_checksum: Annotated[str | None, Header(alias="Upload-Checksum")] = None,
) -> UploadState:
    """Append a chunk at `Upload-Offset` (must equal the server's offset); the last chunk verifies the file."""
    chunk = await request.body()
    _check_chunk_checksum(upload_checksum, chunk)
    return await run_in_threadpool(_store_chunk, request, who, upload_id, upload_offset, chunk)


def _store_chunk(request: Request, who: Principal, upload_id: uuid.UUID, offset: int, chunk: bytes) -> UploadState:
    rt = runtime(request)
    with rt.db.write() as session:
        upload = _own_upload(session, who, upload_id, lock=True)
        if upload.completed_at is not None:
            return _state(upload, rt.settings.max_chunk_bytes)
        if offset != upload.offset:
            raise Problem(409, "offset-mismatch", f"The server holds {upload.offset} bytes of this upload; "
                          "continue from there.", offset=upload.offset, headers={"Upload-Offset": str(upload.offset)})
        if offset + len(chunk) > upload.size:
            raise Problem(413, "chunk-beyond-size", f"The chunk goes past the declared size of {upload.size} bytes.")
        rt.blobs.append(upload.id, offset, chunk)
        upload.offset = offset + len(chunk)
        if upload.offset == upload.size:
            _complete(session, request, upload)
        session.commit()
        return _state(upload, rt.settings.max_chunk_bytes)


@router.get("/{sha256}", response_class=FileResponse,
            responses={200: {"content": {"application/octet-stream": {}}}, 206: {"description": "Partial content"},
                       404: {"model": ProblemModel}})
def download(sha256: Sha256Path, request: Request, who: CurrentPrincipal) -> FileResponse:
    """The blob's bytes, with Range support; only if the unit may read a record that holds this hash."""
    rt = runtime(request)
    with rt.db.read() as session:
        allowed = _may_read(session, who, sha256)
    if not allowed:
        with rt.db.write() as session:
            log_refusal(session, who, "download attachment", sha256, "no visible record holds this hash",
                        request.client.host if request.client else None)
            session.commit()
    if not allowed or not rt.blobs.has_blob(sha256):
        raise Problem(404, "attachment-not-found", "No attachment with this hash is available to your unit.")
    return FileResponse(rt.blobs.blob_path(sha256), media_type="application/octet-stream",
                        headers={"Cache-Control": "private, max-age=31536000, immutable"})
