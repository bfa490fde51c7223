"""Requests and responses of the sync protocol, version 1 (every path starts with `/v1`).

Requests forbid unknown keys so a typo fails loudly; responses ignore unknown keys so a newer server may add
fields without breaking an older client (DESIGN principle 11).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from sync.protocol.mutations import Uuid
from sync.protocol.records import Entity, Sha256Hex, plain_file_name

PROTOCOL_VERSION = 1
API_PREFIX = "/v1"
MAX_PAGE = 1000
PROBLEM_BASE = "https://commune-office.example/problems/"
MAX_INT64 = 2**63 - 1  # sequence numbers and versions are 64-bit in the database
# How far a push may move a device's sequence past the last one applied. A device numbers its changes one by one
# (undone ones leave small gaps); a jump to near 2^63 would refuse every later push of that device for ever.
MAX_DEVICE_SEQ_JUMP = 1_000_000


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _no_nul_characters(cls, data: Any) -> Any:
        # JSON may carry "\u0000", but no database text type stores it (PostgreSQL refuses it outright): refuse it
        # here, anywhere in the body including mutation fields, as a 422 instead of a failed transaction.
        _refuse_nul(data)
        return data


def _refuse_nul(value: Any, where: str = "body") -> None:
    if isinstance(value, str):
        if "\x00" in value:
            place = where[:200].encode("utf-8", "replace").decode("utf-8")  # a key may hold a lone surrogate
            raise ValueError(f"text must not contain NUL (\\u0000) characters (in {place})")
    elif isinstance(value, dict):
        for key, item in value.items():
            _refuse_nul(key, f"{where} key")
            _refuse_nul(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _refuse_nul(item, f"{where}.{index}")


class Response(BaseModel):
    model_config = ConfigDict(extra="ignore")


# --- auth -------------------------------------------------------------------------------------------------------


class LoginRequest(Request):
    username: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1000)]
    device_name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    device_id: Uuid | None = None  # a device already registered to this user signs in again


class RefreshRequest(Request):
    refresh_token: Annotated[str, StringConstraints(min_length=10, max_length=200)]


class UserInfo(Response):
    id: str
    username: str
    full_name: str
    roles: list[str]
    unit_id: str


class UnitInfo(Response):
    id: str
    name: str
    code: str
    level: str
    parent_id: str | None
    secrecy_ceiling: int
    offline_grace_hours: int


class TokenResponse(Response):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    device_id: str
    user: UserInfo
    unit: UnitInfo
    # Kept in the profile; the server proves a wipe instruction for this device with it (sync/protocol/wipe.py).
    device_secret: str | None = None


class WipeCheckRequest(Request):
    """Asked by a device told to wipe: is that really this server's instruction for me?"""

    device_id: Uuid
    nonce: Annotated[str, StringConstraints(min_length=16, max_length=128, pattern=r"^[A-Za-z0-9_-]+$")]


class WipeCheckResponse(Response):
    wipe: bool
    proof: str | None = None  # wipe_proof(device secret, device id, nonce) when `wipe` is true


# --- feed and snapshot ------------------------------------------------------------------------------------------


class Change(Response):
    seq: int
    entity: Entity
    id: str
    op: Literal["upsert", "remove"]
    version: int
    record: dict[str, Any] | None


class ChangesPage(Response):
    changes: list[Change]
    cursor: int
    has_more: bool


class SnapshotItem(Response):
    entity: Entity
    id: str
    version: int
    record: dict[str, Any]


class SnapshotPage(Response):
    records: list[SnapshotItem]
    cursor: int  # the feed position this snapshot corresponds to: follow changes after it
    next_page_token: str | None


# --- push -------------------------------------------------------------------------------------------------------


class Mutation(Request):
    mutation_id: Uuid
    device_seq: Annotated[int, Field(ge=1, le=MAX_INT64)]
    entity: Literal["document", "document_note", "task", "task_report"]
    op: Literal["create", "update", "delete", "append"]
    record_id: Uuid
    base_version: Annotated[int, Field(ge=0, le=MAX_INT64)] | None = None
    fields: dict[str, Any] = {}


class PushRequest(Request):
    device_seq_start: Annotated[int, Field(ge=1, le=MAX_INT64)] | None = None
    mutations: Annotated[list[Mutation], Field(min_length=1, max_length=500)]


class MutationResult(Response):
    mutation_id: str
    status: Literal["applied", "conflict", "rejected"]
    version: int | None = None
    record: dict[str, Any] | None = None
    conflicting_fields: list[str] | None = None
    code: str | None = None  # machine-readable reason of a rejection, e.g. "forbidden", "above_ceiling"
    reason: str | None = None
    params: dict[str, Any] | None = None  # the values of a rejection, e.g. {"fields": ["summary"]}, for wording it


class PushResponse(Response):
    results: list[MutationResult]


# --- attachments ------------------------------------------------------------------------------------------------


class UploadRequest(Request):
    sha256: Sha256Hex
    size: Annotated[int, Field(ge=0, le=MAX_INT64)]
    name: Annotated[str, StringConstraints(min_length=1, max_length=255), AfterValidator(plain_file_name)]
    mime: Annotated[str, StringConstraints(max_length=127)] = "application/octet-stream"


class UploadState(Response):
    upload_id: str | None
    sha256: str
    size: int
    offset: int
    complete: bool
    chunk_limit: int


# --- audit ------------------------------------------------------------------------------------------------------


class DocumentOpen(Request):
    document_id: Uuid
    opened_at: str  # the client's clock, for display only; the server records its own time too


class AuditOpensRequest(Request):
    opens: Annotated[list[DocumentOpen], Field(min_length=1, max_length=1000)]


class AuditAccepted(Response):
    accepted: int


class Health(Response):
    status: Literal["ok"]


class Problem(Response):
    """RFC 9457 problem details; extension members (e.g. `wipe`, `errors`) may be present."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    detail: str = ""
