"""Tasks grouped by resolution as a two-level Qt tree model: resolutions, and under each its tasks by deadline.

A commune follows some thousands of tasks at most, so the whole list is read on a worker and handed over at once;
the model then only maps positions to rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from client.office import OfficeSession
from client.ui import labels
from client.ui.i18n import source_texts
from sync.protocol.lifecycle import TASK_FINISHED

Row = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex
TASK_ROLE = Qt.ItemDataRole.UserRole + 1
_TOP = 0xFFFFFFFF  # internalId of a resolution row; a task row holds its resolution's position
HEADERS: list[str] = list(source_texts(dict(enumerate((
    QT_TRANSLATE_NOOP("TaskTreeModel", "Resolution / task"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Deadline"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Status"),
    QT_TRANSLATE_NOOP("TaskTreeModel", "Progress"),
)))).values())


@dataclass
class Resolution:
    number: str
    title: str | None
    tasks: list[Row] = field(default_factory=list)

    def counts(self, today: date) -> dict[str, int]:
        """How many of its tasks are in each status (an open task past its deadline counts as overdue)."""
        found: dict[str, int] = {}
        for task in self.tasks:
            status = shown_task_status(task, today)
            found[status] = found.get(status, 0) + 1
        return found


def task_is_overdue(task: Row, today: date) -> bool:
    """True for an open task whose deadline has passed (or that the server marked overdue)."""
    if task["status"] == "overdue":
        return True
    deadline = task.get("deadline")
    return deadline is not None and deadline < today and task["status"] not in TASK_FINISHED


def shown_task_status(task: Row, today: date) -> str:
    """The status code a task is shown with, in the tree, the chart counts and the detail pane alike: an open task
    past its deadline shows as "overdue", whatever status is stored."""
    return "overdue" if task_is_overdue(task, today) else str(task["status"])


def read_resolutions(session: OfficeSession, page: int = 1000) -> list[Resolution]:
    """Every task of the cache, grouped by resolution (runs on a worker)."""
    groups: dict[str, Resolution] = {}
    offset = 0
    while True:
        rows = session.tasks(limit=page, offset=offset)
        for row in rows:
            group = groups.setdefault(row["resolution_number"], Resolution(row["resolution_number"], None))
            group.title = group.title or row.get("resolution_title")
            group.tasks.append(row)
        if len(rows) < page:
            return list(groups.values())
        offset += page


class TaskTreeModel(QAbstractItemModel):
    """Resolutions and their tasks; overdue tasks in red."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.resolutions: list[Resolution] = []
        self.today = date.today()

    def set_resolutions(self, resolutions: list[Resolution]) -> None:
        """Show a fresh read of the tasks."""
        self.beginResetModel()
        self.resolutions = resolutions
        self.today = date.today()
        self.endResetModel()

    def task_at(self, index: Index) -> Row | None:
        """The task of a row, or None for a resolution row."""
        if not index.isValid() or index.internalId() == _TOP:
            return None
        return self.resolutions[index.internalId()].tasks[index.row()]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.resolutions)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self.resolutions[parent.row()].tasks)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self.task_at(index)
        if task is None:
            return self._resolution_data(self.resolutions[index.row()], index.column(), role)
        overdue = task_is_overdue(task, self.today)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            # The tooltip is the whole text of the cell, which a narrow column cuts off.
            column = index.column()
            if column == 0:
                return task["title"]
            if column == 1:
                text = labels.format_date(task.get("deadline"))
                return self.tr("%1 (overdue)").replace("%1", text) if overdue and text else text
            if column == 2:
                return labels.task_status_label(shown_task_status(task, self.today))
            return f"{task['progress_percent']}%"
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QColor(labels.OVERDUE_COLOUR)
        if role == TASK_ROLE:
            return task["id"]
        return None

    def _resolution_data(self, resolution: Resolution, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                title = f" — {resolution.title}" if resolution.title else ""
                return f"{resolution.number}{title}"
            if column == 2:
                counts = resolution.counts(self.today)
                overdue = counts.get("overdue", 0)
                text = self.tr("%n task(s)", "", len(resolution.tasks))
                return text + (", " + self.tr("%n overdue", "", overdue) if overdue else "")
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None
