"""Validated shapes of the records the cache stores, as they arrive from an import file or the GUI's forms.

Levels accept their Vietnamese labels (`"Mật"`, `"Hỏa tốc"`) as well as numbers; a bad field is reported by
name, so an admin importing a thousand documents knows which one to fix. Every length and range limit is the
wire's own (`sync.protocol.fields`): what saves here is what the server accepts. The local models may be stricter
(a summary is required here), never looser.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from sync.protocol.domain import (
    DOCUMENT_STATUSES,
    DocumentKind,
    ReportingPeriod,
    Secrecy,
    TaskStatus,
    Urgency,
)
from sync.protocol.fields import (
    MAX_COOPERATING_UNITS,
    MAX_INDICATORS,
    MAX_RECIPIENTS,
    Amount,
    Count,
    FilledDocType,
    FilledLongText,
    FilledNumberSymbol,
    FilledShortText,
    FilledTaskTitle,
    LongText,
    MeasureUnit,
    NoteText,
    NumberSymbol,
    Percent,
    PeriodLabel,
    ShortText,
    StatusName,
    Summary,
    Uuid,
)
from sync.protocol.lifecycle import initial_status
from sync.protocol.secrecy import is_secret


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

    id: Uuid = Field(default_factory=new_id)
    kind: DocumentKind
    number_symbol: NumberSymbol | None = None
    doc_type: FilledDocType
    # Before the summary, whose check reads it.
    secrecy: SecrecyLevel = Secrecy.NONE
    # Required, except on a secret document's register entry, which has none unless the unit's policy allows it.
    summary: Summary = Field(default="", validate_default=True)
    issuing_body: ShortText | None = None
    issued_date: FlexDate | None = None
    signer: ShortText | None = None
    arrival_number: int | None = Field(default=None, ge=1)
    arrival_date: FlexDate | None = None
    outgoing_number: int | None = Field(default=None, ge=1)
    recipients: Annotated[list[ShortText], Field(max_length=MAX_RECIPIENTS)] = Field(default_factory=list)
    urgency: UrgencyLevel = Urgency.NONE
    deadline: FlexDate | None = None
    handler_id: Uuid | None = None
    direction_note: LongText | None = None
    status: StatusName | None = None
    pages: Count | None = None
    copies: Count | None = None
    owner_unit_id: str | None = None
    original_location: ShortText | None = None  # where a secret document's original is kept

    @field_validator("summary")
    @classmethod
    def _summary_unless_secret(cls, value: str, info: ValidationInfo) -> str:
        if not value and not is_secret(info.data.get("secrecy")):
            raise ValueError("a trích yếu is required (only a secret register entry has none)")
        return value

    @model_validator(mode="after")
    def _status_fits_kind(self) -> DocumentRecord:
        allowed = DOCUMENT_STATUSES[self.kind]
        if self.status is None:
            self.status = initial_status(self.kind)
        elif self.status not in allowed:
            raise ValueError(f"status {self.status!r} is not one of {', '.join(allowed)} for a {self.kind} document")
        if self.kind != DocumentKind.INCOMING and (self.arrival_number or self.arrival_date):
            raise ValueError("only incoming documents have an arrival number and date")
        return self


class Indicator(_Record):
    name: ShortText
    target: Amount | None = None
    actual: Amount | None = None
    unit: MeasureUnit | None = None


class TaskRecord(_Record):
    """A resolution-implementation task (nhiệm vụ)."""

    id: Uuid = Field(default_factory=new_id)
    resolution_number: FilledNumberSymbol
    resolution_title: ShortText | None = None
    title: FilledTaskTitle
    lead_unit_id: Uuid | None = None
    cooperating_unit_ids: Annotated[list[Uuid], Field(max_length=MAX_COOPERATING_UNITS)] = Field(default_factory=list)
    deadline: FlexDate | None = None
    period: ReportingPeriod = ReportingPeriod.ONCE
    status: TaskStatus = TaskStatus.NOT_STARTED
    progress_percent: Percent = 0
    indicators: Annotated[list[Indicator], Field(max_length=MAX_INDICATORS)] = Field(default_factory=list)
    secrecy: SecrecyLevel = Secrecy.NONE


class NoteRecord(_Record):
    """A processing note (ý kiến xử lý): append-only."""

    id: Uuid = Field(default_factory=new_id)
    document_id: Uuid
    author_id: str | None = None
    author_name: FilledShortText
    text: NoteText


class ReportRecord(_Record):
    """A task progress report (báo cáo tiến độ): append-only, with figures and evidence attachments."""

    id: Uuid = Field(default_factory=new_id)
    task_id: Uuid
    period_label: PeriodLabel | None = None
    text: FilledLongText
    figures: Annotated[dict[ShortText, Amount], Field(max_length=MAX_INDICATORS)] = Field(default_factory=dict)
    progress_percent: Percent | None = None
    author_id: str | None = None
    author_name: FilledShortText
