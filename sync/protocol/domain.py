"""The shared vocabulary of the domain: levels, kinds, statuses and roles.

Values are stable wire and storage strings (English, lower case); the Vietnamese labels are what staff see.
Both the client cache and the server store these strings, so adding a member is an additive change and
renaming one is a protocol break (DESIGN principle 11).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import TypeVar

# The type list lives with the abbreviations symbols write it with; re-exported here for the forms.
from sync.protocol.doc_types import DOCUMENT_TYPES as DOCUMENT_TYPES

L = TypeVar("L", bound=IntEnum)


class Secrecy(IntEnum):
    """Độ mật, ascending: comparisons (`level <= ceiling`) express who may hold what."""

    NONE = 0
    MAT = 1  # Mật
    TOI_MAT = 2  # Tối mật
    TUYET_MAT = 3  # Tuyệt mật

    @property
    def label_vi(self) -> str:
        return _SECRECY_VI[self]

    @classmethod
    def parse(cls, text: str | int) -> Secrecy:
        """Accept the integer, the code name (`mat`) or the Vietnamese label (`Mật`)."""
        return _parse_level(cls, text, _SECRECY_VI)


class Urgency(IntEnum):
    """Độ khẩn, ascending."""

    NONE = 0
    KHAN = 1  # Khẩn
    THUONG_KHAN = 2  # Thượng khẩn
    HOA_TOC = 3  # Hỏa tốc

    @property
    def label_vi(self) -> str:
        return _URGENCY_VI[self]

    @classmethod
    def parse(cls, text: str | int) -> Urgency:
        """Accept the integer, the code name (`khan`) or the Vietnamese label (`Khẩn`)."""
        return _parse_level(cls, text, _URGENCY_VI)


_SECRECY_VI = {Secrecy.NONE: "Thường", Secrecy.MAT: "Mật", Secrecy.TOI_MAT: "Tối mật", Secrecy.TUYET_MAT: "Tuyệt mật"}
_URGENCY_VI = {
    Urgency.NONE: "Thường", Urgency.KHAN: "Khẩn", Urgency.THUONG_KHAN: "Thượng khẩn", Urgency.HOA_TOC: "Hỏa tốc",
}


def _parse_level(cls: type[L], text: str | int, labels: dict[L, str]) -> L:
    if isinstance(text, int) or (isinstance(text, str) and text.strip().isdigit()):
        return cls(int(text))
    wanted = text.strip().casefold()
    for member in cls:
        if wanted in (member.name.casefold(), labels[member].casefold()):
            return member
    choices = ", ".join(f"{m.name.lower()} ({labels[m]})" for m in cls)
    raise ValueError(f"unknown {cls.__name__.lower()} level {text!r}; expected one of: {choices}")


class UnitLevel(StrEnum):
    """Where a unit stands in the hierarchy; it sets the unit's secrecy ceiling."""

    CENTRAL = "central"
    PROVINCE = "province"
    COMMUNE = "commune"

    @property
    def secrecy_ceiling(self) -> Secrecy:
        return {
            UnitLevel.CENTRAL: Secrecy.TUYET_MAT,
            UnitLevel.PROVINCE: Secrecy.TOI_MAT,
            UnitLevel.COMMUNE: Secrecy.MAT,
        }[self]


class DocumentKind(StrEnum):
    INCOMING = "incoming"  # văn bản đến
    OUTGOING = "outgoing"  # văn bản đi
    DRAFT = "draft"  # dự thảo


class IncomingStatus(StrEnum):
    RECEIVED = "received"
    REGISTERED = "registered"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ARCHIVED = "archived"


class OutgoingStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    SIGNED = "signed"
    ISSUED = "issued"
    SENT = "sent"


DOCUMENT_STATUSES: dict[DocumentKind, tuple[str, ...]] = {
    DocumentKind.INCOMING: tuple(IncomingStatus),
    DocumentKind.OUTGOING: tuple(OutgoingStatus),
    DocumentKind.DRAFT: (OutgoingStatus.DRAFT, OutgoingStatus.IN_REVIEW),
}


class TaskStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DONE_LATE = "done_late"
    OVERDUE = "overdue"


class ReportingPeriod(StrEnum):
    """A task's deadline may be a date or a recurring reporting period."""

    ONCE = "once"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class Role(StrEnum):
    CLERK = "clerk"  # văn thư
    LEADER = "leader"  # lãnh đạo
    SPECIALIST = "specialist"  # chuyên viên
    ADMIN = "admin"  # quản trị

