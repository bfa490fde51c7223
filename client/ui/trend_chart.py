"""Processing time per month as a line chart (QtCharts): the median and the 90th percentile, in days, so a unit
sees whether it is getting faster."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from client.office import TimeFigure


class TrendChart(QChartView):
    """One point per month for each of the two lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Processing time per month"))
        self.setMinimumHeight(240)
        self.median = QLineSeries()
        self.p90 = QLineSeries()
        self.show_months([])

    def show_months(self, figures: list[TimeFigure]) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Processing time per month (days from arrival to done)"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.median, self.p90 = QLineSeries(), QLineSeries()
        self.median.setName(self.tr("Median"))
        self.p90.setName(self.tr("90th percentile"))
        for series, colour, values in ((self.median, "#1e88e5", [f.median for f in figures]),
                                       (self.p90, "#c62828", [float(f.p90) for f in figures])):
            series.setPen(QPen(QColor(colour), 2.5))
            series.setPointsVisible(True)
            series.append([QPointF(i, v) for i, v in enumerate(values)])
            chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([f"{f.group[5:]}/{f.group[:4]}" for f in figures] or [""])
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        days = QValueAxis()
        days.setLabelFormat("%.0f")
        days.setRange(0, max([float(f.p90) for f in figures] or [1.0]) * 1.15)
        days.setTitleText(self.tr("days"))
        chart.addAxis(days, Qt.AlignmentFlag.AlignLeft)
        for series in (self.median, self.p90):
            series.attachAxis(months)
            series.attachAxis(days)
        self.setChart(chart)
