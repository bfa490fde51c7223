"""Changes the server refused as a table: the record, the fields the change carried, the server's reason, when."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from client.office import RefusedChange
from client.ui import labels
from client.ui.error_text import describe_refusal
from client.ui.i18n import source_text
from client.ui.models.conflict_table import FIELD_NAMES, Index

HEADERS: tuple[str, ...] = tuple(map(source_text, (
    QT_TRANSLATE_NOOP("RefusedTableModel", "Record"),
    QT_TRANSLATE_NOOP("RefusedTableModel", "Fields changed"),
    QT_TRANSLATE_NOOP("RefusedTableModel", "Why the server refused it"),
    QT_TRANSLATE_NOOP("RefusedTableModel", "Changed at"),
)))


def field_name(name: str) -> str:
    """A field as staff know it (the names the Conflicts view uses), else its stored name."""
    known = FIELD_NAMES.get(name)
    return QCoreApplication.translate("ConflictTableModel", known) if known else name


def _value(value: object) -> str:
    if value is None or value == "":
        return "–"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:59] + "…"


class RefusedTableModel(QAbstractTableModel):
    """One row per refused change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RefusedChange] = []

    def set_rows(self, rows: list[RefusedChange]) -> None:
        """Show a fresh read of the refused changes."""
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
        change = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return change.label
        if column == 1:
            return self.fields_text(change)
        if column == 2:
            worded = describe_refusal(change.problem)
            if role == Qt.ItemDataRole.ToolTipRole and change.reason and change.reason != worded:
                said = self.tr("The server said: %1").replace("%1", change.reason)
                return f"{worded}\n\n{said}"
            return worded
        return labels.format_date(change.created_at) if change.created_at else ""

    def fields_text(self, change: RefusedChange) -> str:
        """What the change carried: each field with its value, or that it was a new record."""
        if change.is_create:
            return self.tr("A new record (%n field(s))", "", len(change.fields))
        if change.op == "delete":
            return self.tr("Removal of the record")
        return "; ".join(f"{field_name(name)}: {_value(value)}" for name, value in change.fields.items())
