"""What staff read for the domain's stored values (kinds, statuses, levels) and for dates, in the chosen language.

Stored values are stable English codes (sync/protocol/domain.py); the words shown go through Qt's translation
system like every other string, under the context "Labels".
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtGui import QColor

from client.ui.i18n import source_texts
from sync.protocol.domain import Secrecy, Urgency

_CONTEXT = "Labels"
DATE_FORMAT = "dd/MM/yyyy"

_KINDS: dict[str, str] = source_texts({
    "incoming": QT_TRANSLATE_NOOP("Labels", "Incoming"),
    "outgoing": QT_TRANSLATE_NOOP("Labels", "Outgoing"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
})
_STATUSES: dict[str, str] = source_texts({
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
    "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
    "assigned": QT_TRANSLATE_NOOP("Labels", "Assigned"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "archived": QT_TRANSLATE_NOOP("Labels", "Archived"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "in_review": QT_TRANSLATE_NOOP("Labels", "In review"),
    "signed": QT_TRANSLATE_NOOP("Labels", "Signed"),
    "issued": QT_TRANSLATE_NOOP("Labels", "Issued"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
})
_TASK_STATUSES: dict[str, str] = source_texts({
    "not_started": QT_TRANSLATE_NOOP("Labels", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "done_late": QT_TRANSLATE_NOOP("Labels", "Done late"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
})
_SECRECY: dict[Secrecy, str] = source_texts({
    Secrecy.NONE: QT_TRANSLATE_NOOP("Labels", "Normal"),
    Secrecy.MAT: QT_TRANSLATE_NOOP("Labels", "Secret"),
    Secrecy.TOI_MAT: QT_TRANSLATE_NOOP("Labels", "Top secret"),
    Secrecy.TUYET_MAT: QT_TRANSLATE_NOOP("Labels", "Absolute secret"),
})
_URGENCY: dict[Urgency, str] = source_texts({
    Urgency.NONE: QT_TRANSLATE_NOOP("Labels", "Normal"),
    Urgency.KHAN: QT_TRANSLATE_NOOP("Labels", "Urgent"),
    Urgency.THUONG_KHAN: QT_TRANSLATE_NOOP("Labels", "Very urgent"),
    Urgency.HOA_TOC: QT_TRANSLATE_NOOP("Labels", "Flash"),
})
_ROLES: dict[str, str] = source_texts({
    "clerk": QT_TRANSLATE_NOOP("Labels", "clerk"),
    "leader": QT_TRANSLATE_NOOP("Labels", "leader"),
    "specialist": QT_TRANSLATE_NOOP("Labels", "specialist"),
    "admin": QT_TRANSLATE_NOOP("Labels", "administrator"),
})
_FIELDS: dict[str, str] = source_texts({
    "handler_id": QT_TRANSLATE_NOOP("Labels", "the handler"),
    "deadline": QT_TRANSLATE_NOOP("Labels", "the processing deadline"),
    "direction_note": QT_TRANSLATE_NOOP("Labels", "the direction note"),
    "co_handler_ids": QT_TRANSLATE_NOOP("Labels", "the co-handlers"),
    "informed_ids": QT_TRANSLATE_NOOP("Labels", "the people informed"),
    "submitted_to_id": QT_TRANSLATE_NOOP("Labels", "the leader a document is submitted to"),
    "number_symbol": QT_TRANSLATE_NOOP("Labels", "number and symbol"),
    "doc_type": QT_TRANSLATE_NOOP("Labels", "document type"),
    "summary": QT_TRANSLATE_NOOP("Labels", "summary"),
    "issuing_body": QT_TRANSLATE_NOOP("Labels", "issuing body"),
    "issued_date": QT_TRANSLATE_NOOP("Labels", "date of issue"),
    "signer": QT_TRANSLATE_NOOP("Labels", "signer"),
    "urgency": QT_TRANSLATE_NOOP("Labels", "urgency"),
    "pages": QT_TRANSLATE_NOOP("Labels", "pages"),
    "copies": QT_TRANSLATE_NOOP("Labels", "copies"),
    "recipients": QT_TRANSLATE_NOOP("Labels", "recipients"),
    "attachments": QT_TRANSLATE_NOOP("Labels", "attachments"),
    "secrecy": QT_TRANSLATE_NOOP("Labels", "secrecy"),
    "original_location": QT_TRANSLATE_NOOP("Labels", "where the original is"),
})
_ENTITIES: dict[str, str] = source_texts({
    "document": QT_TRANSLATE_NOOP("Labels", "Document"),
    "document_note": QT_TRANSLATE_NOOP("Labels", "Processing note"),
    "document_event": QT_TRANSLATE_NOOP("Labels", "Processing step"),
    "task": QT_TRANSLATE_NOOP("Labels", "Task"),
    "task_report": QT_TRANSLATE_NOOP("Labels", "Progress report"),
    "unit": QT_TRANSLATE_NOOP("Labels", "Unit"),
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
})
# Badge colours rise with the level, so the eye finds the urgent and the secret first.
_URGENCY_COLOURS = {Urgency.KHAN: "#b26a00", Urgency.THUONG_KHAN: "#c0392b", Urgency.HOA_TOC: "#8e0000"}
SECRECY_COLOUR = "#6a1b9a"
OVERDUE_COLOUR = "#c62828"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(kind: str) -> str:
    """The shown name of a document kind."""
    return _tr(_KINDS.get(kind, kind))


def status_label(status: str | None) -> str:
    """The shown name of a document status."""
    return _tr(_STATUSES.get(status or "", status or ""))


def role_label(role: str) -> str:
    """The shown name of a role (văn thư, lãnh đạo, chuyên viên)."""
    return _tr(_ROLES.get(role, role))


def entity_label(entity: str) -> str:
    """The shown name of a kind of synced record (văn bản, nhiệm vụ...)."""
    return _tr(_ENTITIES.get(entity, entity))


def field_label(field: str) -> str:
    """The shown name of a document field (those only some roles may set, and the register fields)."""
    return _tr(_FIELDS.get(field, field))


def task_status_label(status: str) -> str:
    """The shown name of a task status."""
    return _tr(_TASK_STATUSES.get(status, status))


def secrecy_label(level: int) -> str:
    """The shown name of a secrecy level."""
    return _tr(_SECRECY[Secrecy(level)])


def urgency_label(level: int) -> str:
    """The shown name of an urgency level."""
    return _tr(_URGENCY[Urgency(level)])


def urgency_colour(level: int) -> QColor | None:
    """The badge colour of an urgency level; None for normal documents."""
    colour = _URGENCY_COLOURS.get(Urgency(level))
    return QColor(colour) if colour else None


def document_statuses() -> list[str]:
    """Every document status code, in workflow order."""
    return list(_STATUSES)


def task_statuses() -> list[str]:
    """Every task status code."""
    return list(_TASK_STATUSES)


def format_date(value: date | datetime | str | None) -> str:
    """A date as dd/MM/yyyy (a datetime also shows its time as HH:mm); empty for none."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if "T" in value or " " in value else date.fromisoformat(value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


def python_date(value: QDate) -> date:
    """A date field's QDate as a `datetime.date` (PySide6 types `QDate.toPython()` as returning `object`)."""
    converted = value.toPython()
    if not isinstance(converted, date):  # an invalid QDate; the app's date fields always hold a valid one
        raise ValueError(f"not a valid date: {value!r}")
    return converted
