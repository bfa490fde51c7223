"""Validated shapes of the records the cache stores, as they arrive from an import file or the GUI's forms.

Levels accept their Vietnamese labels (`"Mật"`, `"Hỏa tốc"`) as well as numbers; a bad field is reported by
name, so an admin importing a thousand documents knows which one to fix.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from sync.protocol.domain import (
    DOCUMENT_STATUSES,
    DocumentKind,
    IncomingStatus,
    OutgoingStatus,
    ReportingPeriod,
    Secrecy,
    TaskStatus,
    Urgency,
)


def parse_date(value: Any) -> Any:
    """Accept dd/MM/yyyy as well as ISO dates; other values pass through to pydantic."""
    # The interface shows dd/MM/yyyy; files written by hand often use it too.
    if isinstance(value, str) and len(value) == 10 and value[2] == "/" and value[5] == "/":
        day, month, year = value.split("/")
        return date(int(year), int(month), int(day))
    return value


FlexDate = Annotated[date, BeforeValidator(parse_date)]
SecrecyLevel = Annotated[Secrecy, BeforeValidator(lambda v: Secrecy.parse(v) if isinstance(v, str | int) else v)]
UrgencyLevel = Annotated[Urgency, BeforeValidator(lambda v: Urgency.parse(v) if isinstance(v, str | int) else v)]


def new_id() -> str:
    """A fresh record id; clients make the ids of the records they create (DESIGN principle 5)."""
    return str(uuid.uuid4())


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, use_enum_values=False)


class DocumentRecord(_Record):
    """A document (văn bản) with its register fields."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=36)
    kind: DocumentKind
    number_symbol: str | None = Field(default=None, max_length=200)
    doc_type: str = Field(min_length=1, max_length=100)
    summary: str = Field(min_length=1, max_length=4000)
    issuing_body: str | None = Field(default=None, max_length=500)
    issued_date: FlexDate | None = None
    signer: str | None = Field(default=None, max_length=300)
    arrival_number: int | None = Field(default=None, ge=1)
    arrival_date: FlexDate | None = None
    outgoing_number: int | None = Field(default=None, ge=1)
    recipients: list[str] = Field(default_factory=list)
    secrecy: SecrecyLevel = Secrecy.NONE
    urgency: UrgencyLevel = Urgency.NONE
    deadline: FlexDate | None = None
    handler_id: str | None = None
    direction_note: str | None = Field(default=None, max_length=4000)
    status: str | None = None
    pages: int | None = Field(default=None, ge=0)
    copies: int | None = Field(default=None, ge=0)
    owner_unit_id: str | None = None

    @model_validator(mode="after")
    def _status_fits_kind(self) -> DocumentRecord:
        allowed = DOCUMENT_STATUSES[self.kind]
        if self.status is None:
            self.status = IncomingStatus.RECEIVED if self.kind == DocumentKind.INCOMING else OutgoingStatus.DRAFT
        elif self.status not in allowed:
            raise ValueError(f"status {self.status!r} is not one of {', '.join(allowed)} for a {self.kind} document")
        if self.kind != DocumentKind.INCOMING and (self.arrival_number or self.arrival_date):
            raise ValueError("only incoming documents have an arrival number and date")
        return self


class Indicator(_Record):
    name: str
    target: float | None = None
    actual: float | None = None
    unit: str | None = None


class TaskRecord(_Record):
    """A resolution-implementation task (nhiệm vụ)."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=36)
    resolution_number: str = Field(min_length=1, max_length=100)
    resolution_title: str | None = None
    title: str = Field(min_length=1, max_length=4000)
    lead_unit_id: str | None = None
    cooperating_unit_ids: list[str] = Field(default_factory=list)
    deadline: FlexDate | None = None
    period: ReportingPeriod = ReportingPeriod.ONCE
    status: TaskStatus = TaskStatus.NOT_STARTED
    progress_percent: int = Field(default=0, ge=0, le=100)
    indicators: list[Indicator] = Field(default_factory=list)
    secrecy: SecrecyLevel = Secrecy.NONE


class NoteRecord(_Record):
    """A processing note (ý kiến xử lý): append-only."""

    id: str = Field(default_factory=new_id)
    document_id: str
    author_id: str | None = None
    author_name: str = Field(min_length=1)
    text: str = Field(min_length=1, max_length=8000)


class ReportRecord(_Record):
    """A task progress report (báo cáo tiến độ): append-only, with figures and evidence attachments."""

    id: str = Field(default_factory=new_id)
    task_id: str
    period_label: str | None = None
    text: str = Field(min_length=1, max_length=8000)
    figures: dict[str, float] = Field(default_factory=dict)
    progress_percent: int | None = Field(default=None, ge=0, le=100)
    author_id: str | None = None
    author_name: str = Field(min_length=1)
