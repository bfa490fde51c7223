"""Secret documents as register entries only (Law 117/2025/QH15 Art. 5(2); DOMAIN.md "Secret documents").

What the screens need of the rule, Qt-free: whether a document is a register entry only, which content actions a
document offers (none for a secret one), registering a paper secret document with its stub fields and where the
original is, and the one-time notice of entries a purge reduced to register entries.

A bridge, to be reconciled with the cache's own secret handling (branch secrets-client): where the cache has no
`original_location` column yet, the location is queued for the server as a field edit and kept for this computer
in the replica's state, and the purge notice count lives there too. Once the cache keeps the column and
`OfficeSession.secret_purge_notice` exists, both are used instead and the bridge is never reached.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from client.cache.records import DocumentRecord
from client.cache.schema import documents
from client.office.changes import Changes
from client.office.errors import OfficeError
from sync.protocol.domain import DocumentKind, IncomingStatus, OutgoingStatus, Secrecy, Urgency
from sync.protocol.fields import FilledDocType, FilledShortText, NumberSymbol, ShortText
from sync.protocol.secrecy import is_secret

if TYPE_CHECKING:
    from client.office.session import OfficeSession

# Where the original of a secret document usually is; stored as typed (Vietnamese), like the document types.
ORIGINAL_LOCATIONS: tuple[str, ...] = ("Két sắt của văn thư", "Hệ thống văn bản mật")
# What a document offers on its content: open it, print it, save or export a copy, attach a scan to it.
CONTENT_ACTIONS: frozenset[str] = frozenset({"view", "print", "export", "attach"})

_LOCATION_STATE = "secret.original_location."  # + document id: the bridge while the cache has no column
_NOTICE_STATE = "secret.purge_notice"


def is_secret_entry(document: Mapping[str, Any]) -> bool:
    """Whether this document is kept here as a register entry only (Mật and above)."""
    return is_secret(int(document.get("secrecy") or 0))


def content_actions(document: Mapping[str, Any]) -> frozenset[str]:
    """The content actions a document offers: every one for a normal document, none for a secret one."""
    return frozenset() if is_secret_entry(document) else CONTENT_ACTIONS


class SecretEntry(BaseModel):
    """The register entry of a paper secret document: its stub fields and nothing that could hold content."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    kind: DocumentKind
    number_symbol: NumberSymbol | None = None
    doc_type: FilledDocType
    issuing_body: ShortText | None = None
    issued_date: dt.date | None = None
    arrival_number: int | None = Field(default=None, ge=1)
    arrival_date: dt.date | None = None
    recipients: list[ShortText] = Field(default_factory=list)
    secrecy: Secrecy = Secrecy.MAT
    urgency: Urgency = Urgency.NONE
    handler_id: str | None = None
    deadline: dt.date | None = None
    original_location: FilledShortText  # the clerk's safe, the secret-document system, or a named person

    @model_validator(mode="after")
    def _is_a_secret_register_entry(self) -> SecretEntry:
        if not is_secret(self.secrecy):
            raise ValueError("a register entry only is for a secret document (Mật)")
        if self.kind == DocumentKind.DRAFT:
            raise ValueError("a secret document is never drafted on this computer")
        return self


def _record(entry: SecretEntry, unit_id: str) -> DocumentRecord:
    incoming = entry.kind == DocumentKind.INCOMING
    status: str
    if incoming:  # given an arrival number, it is in the register; else the clerk registers it
        status = IncomingStatus.REGISTERED if entry.arrival_number else IncomingStatus.RECEIVED
    else:
        status = OutgoingStatus.DRAFT
    values: dict[str, Any] = {
        **entry.model_dump(exclude={"original_location", "recipients", "arrival_number", "arrival_date"}),
        "status": status, "owner_unit_id": unit_id,
    }
    if incoming:
        values |= {"arrival_number": entry.arrival_number, "arrival_date": entry.arrival_date}
    else:
        values["recipients"] = entry.recipients
    if "original_location" in DocumentRecord.model_fields:
        values["original_location"] = entry.original_location
    try:
        return DocumentRecord.model_validate({**values, "summary": ""})
    except ValidationError as error:
        if [e["loc"] for e in error.errors()] != [("summary",)]:
            raise
    # The local model on this base asks every document for a summary (trích yếu); a register entry has none.
    # Validate every other field with a stand-in, then store the entry with its summary empty, as the wire allows.
    return DocumentRecord.model_validate({**values, "summary": "-"}).model_copy(update={"summary": ""})


def register_secret_entry(session: OfficeSession, entry: SecretEntry) -> Changes:
    """Enter a paper secret document in the register: its stub fields and where its original is, no file."""
    if entry.secrecy > session.info.unit.secrecy_ceiling:
        raise OfficeError("above_ceiling", "This unit may not hold a document at that secrecy level.")
    record = _record(entry, session.info.unit.id)
    changes = session.add_document(record)
    if "original_location" not in documents.c:  # the bridge: the server gets the field, this computer the state
        session.replica.edit("document", record.id, {"original_location": entry.original_location})
        session.replica.set_state({_LOCATION_STATE + record.id: entry.original_location})
    return changes


def original_location(session: OfficeSession, document: Mapping[str, Any]) -> str:
    """Where the original of a secret document is ("" when nobody recorded it)."""
    found = document.get("original_location")
    if found:
        return str(found)
    return session.replica.get_state(_LOCATION_STATE + str(document["id"])) or ""


def record_purge_notice(session: OfficeSession, count: int) -> None:
    """Remember that `count` entries were reduced to register entries, to tell the user once."""
    if count > 0:
        previous = int(session.replica.get_state(_NOTICE_STATE) or 0)
        session.replica.set_state({_NOTICE_STATE: str(previous + count)})


def take_purge_notice(session: OfficeSession) -> int | None:
    """How many entries were reduced to register entries since the user was last told; None when none (once)."""
    office_call = getattr(session, "secret_purge_notice", None)
    if callable(office_call):
        count = office_call()
        return int(count) if count else None
    stored = session.replica.get_state(_NOTICE_STATE)
    if not stored:
        return None
    session.replica.set_state({_NOTICE_STATE: None})
    return int(stored) or None
