"""What a client may write: the fields of each writable entity, all optional, unknown keys forbidden.

A create sends the initial fields, an update only the changed ones, an append the whole entry. The server
validates `Mutation.fields` with these models and rejects that one mutation (not the batch) when they fail, so a
client can run the same validation before queueing a change.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from sync.protocol.domain import DocumentKind, ReportingPeriod, TaskStatus
from sync.protocol.fields import (
    MAX_ATTACHMENTS,
    MAX_CO_HANDLERS,
    MAX_COOPERATING_UNITS,
    MAX_EVIDENCE,
    MAX_INDICATORS,
    MAX_INFORMED,
    MAX_RECIPIENTS,
    Count,
    DocType,
    Level,
    LongText,
    NoteText,
    NumberSymbol,
    Percent,
    PeriodLabel,
    ShortText,
    StatusName,
    Summary,
    TaskTitle,
    Uuid,
)
from sync.protocol.records import AttachmentRef, Indicator, Recipient

__all__ = ["FIELD_MODELS", "DocumentFields", "DocumentNoteFields", "TaskFields", "TaskReportFields", "Uuid"]


class _Fields(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocumentFields(_Fields):
    """Writable document fields; `arrival_number` and `outgoing_number` are given by the server's registers."""

    kind: DocumentKind | None = None
    number_symbol: NumberSymbol | None = None
    doc_type: DocType | None = None
    summary: Summary | None = None
    issuing_body: ShortText | None = None
    issued_date: dt.date | None = None
    signer: ShortText | None = None
    arrival_date: dt.date | None = None
    recipients: Annotated[list[Recipient], Field(max_length=MAX_RECIPIENTS)] | None = None
    secrecy: Level | None = None
    urgency: Level | None = None
    deadline: dt.date | None = None
    handler_id: Uuid | None = None
    co_handler_ids: Annotated[list[Uuid], Field(max_length=MAX_CO_HANDLERS)] | None = None
    informed_ids: Annotated[list[Uuid], Field(max_length=MAX_INFORMED)] | None = None
    direction_note: LongText | None = None
    submitted_to_id: Uuid | None = None
    status: StatusName | None = None
    pages: Count | None = None
    copies: Count | None = None
    attachments: Annotated[list[AttachmentRef], Field(max_length=MAX_ATTACHMENTS)] | None = None
    original_location: ShortText | None = None


class DocumentNoteFields(_Fields):
    """A processing note; author and time are set by the server."""

    document_id: Uuid
    text: NoteText


class TaskFields(_Fields):
    """Writable task fields."""

    resolution_number: NumberSymbol | None = None
    resolution_title: ShortText | None = None
    title: TaskTitle | None = None
    lead_unit_id: Uuid | None = None
    cooperating_unit_ids: Annotated[list[Uuid], Field(max_length=MAX_COOPERATING_UNITS)] | None = None
    deadline: dt.date | None = None
    period: ReportingPeriod | None = None
    status: TaskStatus | None = None
    progress_percent: Percent | None = None
    indicators: Annotated[list[Indicator], Field(max_length=MAX_INDICATORS)] | None = None


class TaskReportFields(_Fields):
    """A progress report; a given `progress_percent` and figures also move the task's own progress."""

    task_id: Uuid
    period_label: PeriodLabel = ""
    text: LongText = ""
    progress_percent: Percent | None = None
    figures: Annotated[list[Indicator], Field(max_length=MAX_INDICATORS)] = []
    evidence: Annotated[list[AttachmentRef], Field(max_length=MAX_EVIDENCE)] = []


FIELD_MODELS: dict[str, type[_Fields]] = {
    "document": DocumentFields,
    "document_note": DocumentNoteFields,
    "task": TaskFields,
    "task_report": TaskReportFields,
}
