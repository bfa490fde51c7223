"""Open sync conflicts as a table: which record and field, and the value on each side, in the user's words.

Stored values are codes ("registered", 2, a person's id, "2026-03-31"); staff read them as the rest of the app shows
them: statuses and levels through `labels`, dates as dd/MM/yyyy, a handler by name, recipients by unit name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from client.office import OfficeSession
from client.ui import labels
from client.ui.i18n import source_text, source_texts
from sync.protocol.domain import Secrecy, Urgency

Row = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex
HEADERS: tuple[str, ...] = tuple(map(source_text, (
    QT_TRANSLATE_NOOP("ConflictTableModel", "Record"),
    QT_TRANSLATE_NOOP("ConflictTableModel", "Field"),
    QT_TRANSLATE_NOOP("ConflictTableModel", "Your change"),
    QT_TRANSLATE_NOOP("ConflictTableModel", "On the server"),
    QT_TRANSLATE_NOOP("ConflictTableModel", "Before both"),
)))

# The names staff know for the fields that are edited by hand (the stored names are the wire's).
FIELD_NAMES: dict[str, str] = source_texts({
    "summary": QT_TRANSLATE_NOOP("ConflictTableModel", "Summary"),
    "number_symbol": QT_TRANSLATE_NOOP("ConflictTableModel", "Number and symbol"),
    "doc_type": QT_TRANSLATE_NOOP("ConflictTableModel", "Document type"),
    "issuing_body": QT_TRANSLATE_NOOP("ConflictTableModel", "Issuing body"),
    "status": QT_TRANSLATE_NOOP("ConflictTableModel", "Status"),
    "deadline": QT_TRANSLATE_NOOP("ConflictTableModel", "Deadline"),
    "handler_id": QT_TRANSLATE_NOOP("ConflictTableModel", "Handler"),
    "direction_note": QT_TRANSLATE_NOOP("ConflictTableModel", "Direction note"),
    "recipients": QT_TRANSLATE_NOOP("ConflictTableModel", "Recipients"),
    "urgency": QT_TRANSLATE_NOOP("ConflictTableModel", "Urgency"),
    "secrecy": QT_TRANSLATE_NOOP("ConflictTableModel", "Secrecy"),
    "title": QT_TRANSLATE_NOOP("ConflictTableModel", "Title"),
    "progress_percent": QT_TRANSLATE_NOOP("ConflictTableModel", "Progress"),
    "(delete)": QT_TRANSLATE_NOOP("ConflictTableModel", "(deleted)"),
})


DELETE_FIELD = "(delete)"
DATE_FIELDS = frozenset({"deadline", "issued_date", "arrival_date", "start_date", "due_date"})
ENUMERATED_FIELDS = frozenset({"status", "urgency", "secrecy", "handler_id"})
_CONTEXT = "ConflictTableModel"
_WORDS: dict[str, str] = source_texts({
    "delete": QT_TRANSLATE_NOOP("ConflictTableModel", "Delete the record"),
    "keep": QT_TRANSLATE_NOOP("ConflictTableModel", "Keep the record"),
    "yes": QT_TRANSLATE_NOOP("ConflictTableModel", "Yes"),
    "no": QT_TRANSLATE_NOOP("ConflictTableModel", "No"),
})


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class Directory:
    """The names a conflict's ids are shown with: the unit's people and the units (read on a worker)."""

    people: list[Row] = field(default_factory=list)
    units: dict[str, str] = field(default_factory=dict)  # unit id and code -> name

    @classmethod
    def read(cls, session: OfficeSession) -> Directory:
        """The directory in the cache (runs on a worker)."""
        units: dict[str, str] = {}
        for unit in session.recipient_units():
            units[str(unit["id"])] = unit["name"]
            if unit.get("code"):
                units[str(unit["code"])] = unit["name"]
        own = session.info.unit
        units.setdefault(own.id, own.name)
        return cls(session.handlers(), units)

    def person_name(self, person_id: str) -> str:
        return next((str(p["full_name"]) for p in self.people if p["id"] == person_id), person_id)

    def unit_name(self, unit_id: str) -> str:
        return self.units.get(unit_id, unit_id)


def value_text(row: Row, value: Any, directory: Directory) -> str:
    """A conflict's value in the user's words: a status or level by name, a date as dd/MM/yyyy, people and units
    by name; "–" for no value."""
    name = row["field"]
    if name == DELETE_FIELD:
        return _tr(_WORDS["delete"] if value else _WORDS["keep"])
    if value is None or value == "" or value == []:
        return "–"
    try:
        if name == "status":
            return labels.task_status_label(value) if row.get("entity") == "task" else labels.status_label(value)
        if name == "urgency":
            return labels.urgency_label(int(value))
        if name == "secrecy":
            return labels.secrecy_label(int(value))
        if name in DATE_FIELDS:
            return labels.format_date(value)
    except (TypeError, ValueError):  # a value this client does not know: shown as it is
        pass
    if name == "handler_id":
        return directory.person_name(str(value))
    if name == "recipients" and isinstance(value, list):
        return ", ".join(directory.unit_name(str(unit)) for unit in value)
    if name == "progress_percent":
        return f"{value}%"
    if isinstance(value, bool):
        return _tr(_WORDS["yes"] if value else _WORDS["no"])
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def merge_choices(row: Row, directory: Directory) -> list[tuple[str, Any]] | None:
    """The values a merge may choose for an enumerated field, as (words, stored code); None for other fields.

    A status may be either side's (or the one both started from); a level any level; a handler anyone of the unit.
    """
    name = row["field"]
    if name not in ENUMERATED_FIELDS:
        return None
    sides = [row.get("local_value"), row.get("remote_value"), row.get("base_value")]
    values: list[Any]
    if name == "urgency":
        values = [int(level) for level in Urgency]
    elif name == "secrecy":
        values = [int(level) for level in Secrecy]
    elif name == "handler_id":
        values = [person["id"] for person in directory.people]
        values += [side for side in sides if side is not None and side not in values]
    else:
        values = []
    for side in sides:
        if side is not None and side not in values and name != "handler_id":
            values.append(side)
    if name == "handler_id" and any(side is None for side in sides[:2]):
        values.insert(0, None)  # one side has no handler: "nobody" is a choice too
    return [(value_text(row, value, directory), value) for value in values]


class ConflictTableModel(QAbstractTableModel):
    """Both sides of each open conflict."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.directory = Directory()

    def set_rows(self, rows: list[Row], directory: Directory | None = None) -> None:
        """Show a fresh read of the conflicts (ids named from `directory`)."""
        self.beginResetModel()
        self.rows = rows
        if directory is not None:
            self.directory = directory
        self.endResetModel()

    def value_text(self, row: Row, value: Any) -> str:
        """A value of a conflict in the user's words."""
        return value_text(row, value, self.directory)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            if row.get("summary"):
                return f"{row.get('number_symbol') or ''} — {row['summary']}".strip(" —")
            return f"{row['entity']} {row['record_id'][:8]}"
        if column == 1:
            name = FIELD_NAMES.get(row["field"])
            return self.tr(name) if name else row["field"]
        return value_text(row, row[("local_value", "remote_value", "base_value")[column - 2]], self.directory)
