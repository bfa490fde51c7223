"""What a client may write: the fields of each writable entity, all optional, unknown keys forbidden.

A create sends the initial fields, an update only the changed ones, an append the whole entry. The server
validates `Mutation.fields` with these models and rejects that one mutation (not the batch) when they fail, so a
client can run the same validation before queueing a change.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from sync.protocol.domain import DocumentKind, ReportingPeriod, TaskStatus
from sync.protocol.records import AttachmentRef, Indicator, Level, LongText, Recipient, ShortText

Uuid = Annotated[str, StringConstraints(pattern=r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")]


class _Fields(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocumentFields(_Fields):
    """Writable document fields; `arrival_number` and `outgoing_number` are given by the server's registers."""

    kind: DocumentKind | None = None
    number_symbol: Annotated[str, StringConstraints(max_length=100)] | None = None
    doc_type: Annotated[str, StringConstraints(max_length=100)] | None = None
    summary: Annotated[str, StringConstraints(max_length=2000)] | None = None
    issuing_body: ShortText | None = None
    issued_date: dt.date | None = None
    signer: ShortText | None = None
    arrival_date: dt.date | None = None
    recipients: Annotated[list[Recipient], Field(max_length=500)] | None = None
    secrecy: Level | None = None
    urgency: Level | None = None
    deadline: dt.date | None = None
    handler_id: Uuid | None = None
    direction_note: LongText | None = None
    status: Annotated[str, StringConstraints(max_length=30)] | None = None
    pages: Annotated[int, Field(ge=0, le=100_000)] | None = None
    copies: Annotated[int, Field(ge=0, le=100_000)] | None = None
    attachments: Annotated[list[AttachmentRef], Field(max_length=200)] | None = None


class DocumentNoteFields(_Fields):
    """A processing note; author and time are set by the server."""

    document_id: Uuid
    text: Annotated[str, StringConstraints(min_length=1, max_length=20_000)]


class TaskFields(_Fields):
    """Writable task fields."""

    resolution_number: Annotated[str, StringConstraints(max_length=100)] | None = None
    resolution_title: ShortText | None = None
    title: Annotated[str, StringConstraints(max_length=2000)] | None = None
    lead_unit_id: Uuid | None = None
    cooperating_unit_ids: Annotated[list[Uuid], Field(max_length=200)] | None = None
    deadline: dt.date | None = None
    period: ReportingPeriod | None = None
    status: TaskStatus | None = None
    progress_percent: Annotated[int, Field(ge=0, le=100)] | None = None
    indicators: Annotated[list[Indicator], Field(max_length=100)] | None = None


class TaskReportFields(_Fields):
    """A progress report; a given `progress_percent` and figures also move the task's own progress."""

    task_id: Uuid
    period_label: Annotated[str, StringConstraints(max_length=100)] = ""
    text: LongText = ""
    progress_percent: Annotated[int, Field(ge=0, le=100)] | None = None
    figures: Annotated[list[Indicator], Field(max_length=100)] = []
    evidence: Annotated[list[AttachmentRef], Field(max_length=50)] = []


FIELD_MODELS: dict[str, type[_Fields]] = {
    "document": DocumentFields,
    "document_note": DocumentNoteFields,
    "task": TaskFields,
    "task_report": TaskReportFields,
}
