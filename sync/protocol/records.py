"""Wire shapes of the synced records: documents, notes, tasks, progress reports, units and persons.

Each record travels as one JSON object. Models here are tolerant of unknown keys (`extra="ignore"`) because the
protocol grows additively: an older client must still read a newer server's records (DESIGN principle 11). What a
client may *write* is checked by the `*Fields` models in `sync.protocol.mutations`, which forbid unknown keys.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from sync.protocol.domain import DocumentKind, ReportingPeriod, Role, TaskStatus, UnitLevel
from sync.protocol.fields import (
    Amount,
    FileName,
    FileSize,
    Level,
    LongText,
    MeasureUnit,
    MimeType,
    Percent,
    Sha256Hex,
    ShortText,
)
from sync.protocol.numbering import NumberingScheme

__all__ = ["Level", "LongText", "Sha256Hex", "ShortText"]  # defined in sync.protocol.fields, read from here too

Entity = Literal["document", "document_note", "task", "task_report", "unit", "person", "document_event"]
ENTITIES: tuple[Entity, ...] = ("document", "document_note", "task", "task_report", "unit", "person",
                                "document_event")
APPEND_ONLY: frozenset[str] = frozenset({"document_note", "task_report", "document_event"})
# Written by the server alone, in the transaction of the write they record: a client never pushes one.
SERVER_WRITTEN: frozenset[str] = frozenset({"document_event"})
CLIENT_WRITABLE: frozenset[str] = frozenset({"document", "document_note", "task", "task_report"})

# A file name is shown to the user and used as a download hint; it never becomes a path on either side.
_BAD_NAME = re.compile(r"[/\\\x00-\x1f]|^\.{1,2}$")


def plain_file_name(value: str) -> str:
    """Accept a display file name only: no folders, control characters, '.' or '..'."""
    if _BAD_NAME.search(value):
        raise ValueError("an attachment name is a plain file name: no slashes, control characters, '.' or '..'")
    return value


class _Record(BaseModel):
    model_config = ConfigDict(extra="ignore")


class AttachmentRef(BaseModel):
    """An attachment as a record holds it: content address plus display metadata."""

    model_config = ConfigDict(extra="forbid")

    sha256: Sha256Hex
    name: FileName
    size: FileSize
    mime: MimeType = "application/octet-stream"

    @field_validator("name")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        return plain_file_name(value)


class Recipient(BaseModel):
    """Nơi nhận: a unit of the platform (then `unit_id` is set and sending delivers to it) or a free-text name."""

    model_config = ConfigDict(extra="forbid")

    name: ShortText
    unit_id: str | None = None


class Indicator(BaseModel):
    """A measurable indicator of a task: target and actual value in a unit of measure."""

    model_config = ConfigDict(extra="forbid")

    name: ShortText
    target: Amount | None = None
    actual: Amount | None = None
    unit: MeasureUnit = ""


class DocumentRecord(_Record):
    """Văn bản: the register fields of DOMAIN.md plus workflow fields."""

    id: str
    version: int
    unit_id: str
    kind: DocumentKind
    number_symbol: str = ""
    doc_type: str = ""
    summary: str = ""
    issuing_body: str = ""
    issued_date: dt.date | None = None
    signer: str = ""
    arrival_number: int | None = None
    arrival_date: dt.date | None = None
    outgoing_number: int | None = None
    recipients: list[Recipient] = []
    secrecy: Level = 0
    urgency: Level = 0
    deadline: dt.date | None = None
    handler_id: str | None = None  # the main handler (chủ trì xử lý)
    co_handler_ids: list[str] = []  # phối hợp
    informed_ids: list[str] = []  # xem để biết
    direction_note: str = ""
    submitted_to_id: str | None = None  # trình: the leader the clerk passed it to
    submitted_at: dt.datetime | None = None  # stamped by the server when it is passed
    status: str
    pages: int | None = None
    copies: int | None = None
    attachments: list[AttachmentRef] = []
    source_document_id: str | None = None  # on an incoming copy: the outgoing document it was delivered from
    original_location: str = ""  # where the original of a secret document is: the safe, the secret system, a person
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


class DocumentNoteRecord(_Record):
    """Ý kiến xử lý: one append-only entry of a document's processing timeline."""

    id: str
    version: int
    unit_id: str
    document_id: str
    author_id: str
    author_name: str = ""
    text: str
    created_at: dt.datetime


class DocumentEventRecord(_Record):
    """One step of a document's processing trail, recorded by the server with the write it describes.

    `action` is a code of `sync.protocol.events.EVENT_ACTIONS` (a newer server may add codes: the client shows
    an unknown one as a plain change); `fields` names what changed, never its values.
    """

    id: str
    version: int
    unit_id: str
    document_id: str
    actor_id: str | None = None
    actor_name: str = ""
    action: str
    from_status: str | None = None
    to_status: str | None = None
    fields: list[str] = []
    handler_id: str | None = None
    co_handler_ids: list[str] = []
    informed_ids: list[str] = []
    submitted_to_id: str | None = None
    note: str = ""
    at: dt.datetime


class TaskRecord(_Record):
    """Nhiệm vụ: a task implementing a resolution, with its lead and cooperating units and progress."""

    id: str
    version: int
    unit_id: str
    resolution_number: str
    resolution_title: str = ""
    title: str
    lead_unit_id: str
    cooperating_unit_ids: list[str] = []
    deadline: dt.date | None = None
    period: ReportingPeriod = ReportingPeriod.ONCE
    status: TaskStatus = TaskStatus.NOT_STARTED
    progress_percent: Percent = 0
    indicators: list[Indicator] = []
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


class TaskReportRecord(_Record):
    """Báo cáo tiến độ: an append-only progress report of a task."""

    id: str
    version: int
    unit_id: str
    task_id: str
    author_id: str
    author_name: str = ""
    period_label: str = ""
    text: str = ""
    progress_percent: int | None = None
    figures: list[Indicator] = []
    evidence: list[AttachmentRef] = []
    created_at: dt.datetime


class UnitRecord(_Record):
    """A unit of the hierarchy as its neighbours see it."""

    id: str
    version: int
    unit_id: str  # the unit itself; every record carries the owner unit for uniform scope handling
    name: str
    code: str
    level: UnitLevel
    parent_id: str | None = None
    secrecy_ceiling: Level
    offline_grace_hours: int
    secret_summary_allowed: bool = False  # the unit's policy: may a secret register entry keep its trích yếu
    secret_register_separate: bool = False  # secret documents numbered in their own sequence (state units)
    # How the unit numbers its documents (sync/protocol/numbering.py), so a PC shows the register's period (a year,
    # or the term "Nhiệm kỳ 2025-2030") and the next number by the same rule the server gives them by.
    numbering_scheme: NumberingScheme = NumberingScheme.STATE
    term_start: dt.date | None = None  # the congress date the current term began (Party scheme)


class PersonRecord(_Record):
    """A user as the directory shows them: no secrets, no password material."""

    id: str
    version: int
    unit_id: str
    username: str
    full_name: str
    position: str = ""
    roles: list[Role]
    active: bool = True


RECORD_MODELS: dict[str, type[_Record]] = {
    "document": DocumentRecord,
    "document_note": DocumentNoteRecord,
    "document_event": DocumentEventRecord,
    "task": TaskRecord,
    "task_report": TaskReportRecord,
    "unit": UnitRecord,
    "person": PersonRecord,
}
