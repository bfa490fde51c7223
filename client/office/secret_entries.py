"""Secret documents as register entries only (Law 117/2025/QH15 Art. 5(2); DOMAIN.md "Secret documents").

What the screens need of the rule, Qt-free: whether a document is a register entry only, which content actions a
document offers (none for a secret one), and the form model of a paper secret document's register entry. The rule
itself is enforced by the cache (client/cache/secret_stubs.py) and the server; this module only shapes what the
screens offer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from client.cache.records import DocumentRecord
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
CONTENT_ACTIONS: frozenset[str] = frozenset({"view_attachment", "print", "export", "attach"})


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
    values["original_location"] = entry.original_location
    return DocumentRecord.model_validate({**values, "summary": ""})


def register_secret_entry(session: OfficeSession, entry: SecretEntry) -> Changes:
    """Enter a paper secret document in the register: its stub fields and where its original is, no file."""
    if entry.secrecy > session.info.unit.secrecy_ceiling:
        raise OfficeError("above_ceiling", "This unit may not hold a document at that secrecy level.")
    return session.register_secret(_record(entry, session.info.unit.id))
