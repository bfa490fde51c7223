"""Open sync conflicts as a table: which record and field, and the value on each side."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from client.ui.i18n import source_text, source_texts

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


def _show(value: object) -> str:
    if value is None:
        return "–"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictTableModel(QAbstractTableModel):
    """Both sides of each open conflict."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        """Show a fresh read of the conflicts."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

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
        return _show(row[("local_value", "remote_value", "base_value")[column - 2]])
