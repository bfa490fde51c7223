"""A stacked bar chart of task status per resolution (QtCharts)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalStackedBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from client.ui import labels
from client.ui.models.task_tree import Resolution

_COLOURS = {
    "not_started": "#9e9e9e",
    "in_progress": "#1e88e5",
    "done": "#43a047",
    "done_late": "#f9a825",
    "overdue": "#c62828",
}


class TaskChart(QChartView):
    """One horizontal bar per resolution, split by how many of its tasks are in each status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Task status per resolution"))
        self.setMinimumHeight(220)
        self.show_resolutions([], date.today())

    def show_resolutions(self, resolutions: list[Resolution], today: date) -> None:
        """Draw the chart for these resolutions."""
        chart = QChart()
        chart.setTitle(self.tr("Task status per resolution"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        series = QHorizontalStackedBarSeries()
        counts = [r.counts(today) for r in resolutions]
        self.bar_sets: dict[str, QBarSet] = {}
        for status in labels.task_statuses():
            bar_set = QBarSet(labels.task_status_label(status))
            bar_set.setColor(QColor(_COLOURS[status]))
            bar_set.append([float(c.get(status, 0)) for c in counts])
            series.append(bar_set)
            self.bar_sets[status] = bar_set
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([r.number for r in resolutions])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%d")
        top = max([sum(c.values()) for c in counts] or [1])
        values.setRange(0, top)
        # Whole tasks only: one tick per task up to 10, else Qt's nicest steps (never "0, 0, 1, 1, 2").
        values.setTickCount(top + 1 if top <= 10 else 6)
        if top > 10:
            values.applyNiceNumbers()
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
