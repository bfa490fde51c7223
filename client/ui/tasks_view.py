"""Tasks by resolution: the tree with deadlines, status and progress, the chosen task's reports, and the chart."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from client.office import OfficeSession
from client.ui import labels
from client.ui.models.task_tree import Resolution, TaskTreeModel, read_resolutions, task_is_overdue
from client.ui.report_dialog import ReportDialog
from client.ui.task_chart import TaskChart
from client.ui.worker import run_in_background

Row = dict[str, Any]


class TasksView(QWidget):
    """Everything about the resolution tasks the unit follows."""

    loaded = Signal()
    reportSaved = Signal(str)
    changed = Signal(object)  # Changes of a report written here

    def __init__(self, session: OfficeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.all_resolutions: list[Resolution] = []
        self.model = TaskTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Tasks by resolution"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.overdue_only = QCheckBox(self.tr("&Overdue only"))
        self.overdue_only.toggled.connect(self._show)
        self.report_button = QPushButton(self.tr("&Report progress…"))
        self.report_button.setShortcut(QKeySequence("Ctrl+R"))
        self.report_button.setToolTip(self.tr("Send a progress report on the chosen task (Ctrl+R)"))
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self.open_report_dialog)
        self.reports = QListWidget()
        self.reports.setAccessibleName(self.tr("Progress reports"))
        self.reports.setWordWrap(True)
        self.detail = QLabel(self.tr("Choose a task."))
        self.detail.setWordWrap(True)
        self.chart = TaskChart()

        top = QHBoxLayout()
        heading = QLabel(self.tr("Tasks"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600")
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(self.overdue_only)
        top.addWidget(self.report_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.detail)
        side_layout.addWidget(QLabel(self.tr("Progress reports:")))
        side_layout.addWidget(self.reports, 1)
        upper = QSplitter()
        upper.addWidget(self.tree)
        upper.addWidget(side)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.tree.selectionModel().currentChanged.connect(self._task_chosen)
        self._started = False
        self._reselect: str | None = None

    def start(self) -> None:
        """Read the tasks (when the view is first shown)."""
        if not self._started:
            self._started = True
            self.refresh()

    def refresh(self) -> None:
        """Read the tasks again from the cache, keeping the chosen task chosen."""
        if self._reselect is None:
            current = self.current_task()
            self._reselect = current["id"] if current is not None else None
        session = self.session
        run_in_background(lambda: read_resolutions(session), self._arrived)

    def _arrived(self, resolutions: list[Resolution]) -> None:
        self.all_resolutions = resolutions
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        today = date.today()
        shown = self.all_resolutions
        if self.overdue_only.isChecked():
            shown = [
                Resolution(r.number, r.title, [t for t in r.tasks if task_is_overdue(t, today)]) for r in shown
            ]
            shown = [r for r in shown if r.tasks]
        self.model.set_resolutions(shown)
        self.tree.expandAll()
        self.chart.show_resolutions(self.all_resolutions, today)
        self.report_button.setEnabled(False)
        if self._reselect is not None:
            self.select_task(self._reselect)
            self._reselect = None

    def select_task(self, task_id: str) -> bool:
        """Make the task with this id the chosen one."""
        for group_row, resolution in enumerate(self.model.resolutions):
            for row, task in enumerate(resolution.tasks):
                if task["id"] == task_id:
                    self.tree.setCurrentIndex(self.model.index(row, 0, self.model.index(group_row, 0)))
                    return True
        return False

    def current_task(self) -> Row | None:
        """The task chosen in the tree, if any."""
        return self.model.task_at(self.tree.currentIndex())

    def _task_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        task = self.model.task_at(current)
        self.report_button.setEnabled(task is not None)
        self.reports.clear()
        if task is None:
            self.detail.setText(self.tr("Choose a task."))
            return
        self.detail.setText(
            self.tr("%1\nDeadline: %2 · Status: %3 · Progress: %4%")
            .replace("%1", task["title"])
            .replace("%2", labels.format_date(task.get("deadline")) or "–")
            .replace("%3", labels.task_status_label(task["status"]))
            .replace("%4", str(task["progress_percent"]))
        )
        session, task_id = self.session, task["id"]
        run_in_background(lambda: session.task_reports(task_id), lambda rows: self._show_reports(task_id, rows))

    def _show_reports(self, task_id: str, reports: list[Row]) -> None:
        current = self.current_task()
        if current is None or current["id"] != task_id:
            return
        self.reports.clear()
        if not reports:
            self.reports.addItem(self.tr("No report yet."))
        for report in reports:
            figures = ", ".join(f"{k}: {v:g}" for k, v in (report.get("figures") or {}).items())
            evidence = len(report.get("evidence") or [])
            lines = [
                f"{labels.format_date(report['created_at'])} — {report['author_name']}"
                + (f" ({report['period_label']})" if report.get("period_label") else ""),
                report["text"],
            ]
            if figures:
                lines.append(figures)
            if evidence:
                lines.append(self.tr("%n evidence file(s)", "", evidence))
            self.reports.addItem("\n".join(lines))

    def open_report_dialog(self) -> ReportDialog | None:
        """Open the progress report form for the chosen task."""
        task = self.current_task()
        if task is None:
            return None
        dialog = ReportDialog(self.session, task, self)
        dialog.saved.connect(self._report_saved)
        dialog.changed.connect(self.changed)
        dialog.open()
        return dialog

    def _report_saved(self, report_id: str) -> None:
        # The tree is read again by the window, from the report's Changes; the chosen task stays chosen.
        self.reportSaved.emit(report_id)
