"""Tasks by resolution: the tree with deadlines, status and progress, the chosen task's reports, and the chart."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from client.office import OfficeSession
from client.ui import labels
from client.ui.attachment_viewer import AttachmentDialog
from client.ui.models.task_tree import (
    Resolution,
    TaskTreeModel,
    read_resolutions,
    shown_task_status,
    task_is_overdue,
)
from client.ui.report_dialog import ReportDialog
from client.ui.task_chart import TaskChart
from client.ui.worker import run_in_background

Row = dict[str, Any]


def _read_reports(session: OfficeSession, task_id: str) -> list[Row]:
    """A task's reports, each evidence file marked present or not yet downloaded (runs on a worker)."""
    reports = session.task_reports(task_id)
    for report in reports:
        report["evidence"] = [
            {**evidence, "present": session.has_attachment(evidence["sha256"])}
            for evidence in report.get("evidence") or []
        ]
    return reports


class ReportCard(QFrame):
    """One progress report: a header line (period, author, date), its text, figures and evidence files."""

    evidenceChosen = Signal(dict)  # the evidence file's attachment row

    def __init__(self, report: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        parts = [report.get("period_label"), report.get("author_name"), labels.format_date(report.get("created_at"))]
        self.header = QLabel(" · ".join(str(p) for p in parts if p))
        self.header.setStyleSheet("font-weight: 600")
        self.header.setWordWrap(True)
        self.text = QLabel(report.get("text") or "")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.text)
        figures = report.get("figures") or {}
        self.figures = QLabel("\n".join(f"• {name}: {value:g}" for name, value in figures.items()))
        self.figures.setWordWrap(True)
        self.figures.setVisible(bool(figures))
        layout.addWidget(self.figures)
        self.evidence_buttons: list[QPushButton] = []
        evidence = report.get("evidence") or []
        if evidence:
            layout.addWidget(QLabel(self.tr("Evidence files (%n):", "", len(evidence))))
        for item in evidence:
            button = QPushButton(item["name"])
            button.setFlat(True)
            button.setStyleSheet("text-align: left; text-decoration: underline")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(self.tr("Open %1").replace("%1", item["name"]))
            button.setAccessibleName(self.tr("Open evidence file %1").replace("%1", item["name"]))
            button.clicked.connect(lambda _c=False, row=item: self.evidenceChosen.emit(row))
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
            self.evidence_buttons.append(button)
        self.setAccessibleName(self.header.text())

    def all_text(self) -> str:
        """What the card says, for tests and screen readers."""
        texts = [label.text() for label in (self.header, self.text, self.figures)]
        return "\n".join(texts + [button.text() for button in self.evidence_buttons])


class ReportList(QScrollArea):
    """A task's progress reports, each its own card, separated by a line."""

    evidenceChosen = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.cards: list[ReportCard] = []
        self.clear()

    def clear(self, text: str = "") -> None:
        """Show no report (or a line of text)."""
        self.cards = []
        page = QWidget()
        self._layout = QVBoxLayout(page)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setVisible(bool(text))
        self._layout.addWidget(self.message)
        self._layout.addStretch()
        self.setWidget(page)  # the previous page and its cards are deleted

    def show_reports(self, reports: list[Row], empty_text: str) -> None:
        """One card per report, newest last, with a separator between them."""
        self.clear(empty_text if not reports else "")
        for position, report in enumerate(reports):
            if position:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                self._layout.insertWidget(self._layout.count() - 1, line)
            card = ReportCard(report)
            card.evidenceChosen.connect(self.evidenceChosen)
            self._layout.insertWidget(self._layout.count() - 1, card)
            self.cards.append(card)


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
        self.reports = ReportList()
        self.reports.setAccessibleName(self.tr("Progress reports"))
        self.reports.evidenceChosen.connect(self.open_evidence)
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
        self.evidence_dialog: AttachmentDialog | None = None  # the last evidence file opened

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
        # The same rule and words as the tree: an open task past its deadline is "Overdue" here too.
        today = self.model.today
        deadline = labels.format_date(task.get("deadline")) or "–"
        if task_is_overdue(task, today) and task.get("deadline") is not None:
            deadline = self.tr("%1 (overdue)").replace("%1", deadline)
        self.detail.setText(
            self.tr("%1\nDeadline: %2 · Status: %3 · Progress: %4%")
            .replace("%1", task["title"])
            .replace("%2", deadline)
            .replace("%3", labels.task_status_label(shown_task_status(task, today)))
            .replace("%4", str(task["progress_percent"]))
        )
        session, task_id = self.session, task["id"]
        run_in_background(lambda: _read_reports(session, task_id), lambda rows: self._show_reports(task_id, rows))

    def _show_reports(self, task_id: str, reports: list[Row]) -> None:
        current = self.current_task()
        if current is None or current["id"] != task_id:
            return
        self.reports.show_reports(reports, self.tr("No report yet."))

    def open_evidence(self, evidence: Row) -> AttachmentDialog:
        """Show an evidence file of a report in the attachment viewer, in a window of its own."""
        dialog = AttachmentDialog(self.session, evidence, self)
        dialog.show()
        self.evidence_dialog = dialog  # the last one opened (it deletes itself when closed)
        return dialog

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
