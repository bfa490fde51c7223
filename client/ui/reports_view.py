"""Reports: for a period, the processing-time trend (chart), documents per handler and month, processing time per
type, the overdue list and the tasks of each resolution; saved as PDF or XLSX. Computed from the cache on a worker.
A resolution of the report can be saved alone as its one-page summary, the shape a commune sends upward.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.office import OfficeSession, Report
from client.ui import labels
from client.ui.date_field import date_field
from client.ui.error_text import describe
from client.ui.export_file import ask_export_path
from client.ui.i18n import source_text
from client.ui.models.line_table import LineTableModel
from client.ui.trend_chart import TrendChart
from client.ui.worker import run_in_background

_HEADS: dict[str, tuple[str, ...]] = {
    "handlers": tuple(map(source_text, (
        QT_TRANSLATE_NOOP("ReportsView", "Handler"), QT_TRANSLATE_NOOP("ReportsView", "Month of arrival"),
        QT_TRANSLATE_NOOP("ReportsView", "Received"), QT_TRANSLATE_NOOP("ReportsView", "Processed"),
        QT_TRANSLATE_NOOP("ReportsView", "In progress"), QT_TRANSLATE_NOOP("ReportsView", "Overdue"),
    ))),
    "types": tuple(map(source_text, (
        QT_TRANSLATE_NOOP("ReportsView", "Document type"), QT_TRANSLATE_NOOP("ReportsView", "Documents"),
        QT_TRANSLATE_NOOP("ReportsView", "Median (days)"), QT_TRANSLATE_NOOP("ReportsView", "90th percentile (days)"),
    ))),
    "overdue": tuple(map(source_text, (
        QT_TRANSLATE_NOOP("ReportsView", "Handler"), QT_TRANSLATE_NOOP("ReportsView", "Number and symbol"),
        QT_TRANSLATE_NOOP("ReportsView", "Summary"), QT_TRANSLATE_NOOP("ReportsView", "Deadline"),
        QT_TRANSLATE_NOOP("ReportsView", "Days late"),
    ))),
    "tasks": tuple(map(source_text, (
        QT_TRANSLATE_NOOP("ReportsView", "Resolution"), QT_TRANSLATE_NOOP("ReportsView", "Tasks"),
        QT_TRANSLATE_NOOP("ReportsView", "Done on time"), QT_TRANSLATE_NOOP("ReportsView", "Done late"),
        QT_TRANSLATE_NOOP("ReportsView", "Open"), QT_TRANSLATE_NOOP("ReportsView", "Reports due"),
    ))),
}


def _table(model: LineTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ReportsView(QWidget):
    """The period, the trend chart, the tables, and the two ways to save the report."""

    loaded = Signal(object)  # the Report shown
    saved = Signal(str)

    def __init__(self, session: OfficeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._asked = 0  # reads started; only the latest one is shown
        self.report: Report | None = None
        heading = QLabel(self.tr("Reports"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600")
        today = date.today()
        self.first = date_field(self.tr("From"), date(today.year, 1, 1))
        self.last = date_field(self.tr("To"), today)
        self.show_button = QPushButton(self.tr("&Show"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.xlsx_button = QPushButton(self.tr("Save as &XLSX…"))
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.ask_and_save("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.ask_and_save("xlsx"))
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("From")))
        choose.addWidget(self.first)
        choose.addWidget(QLabel(self.tr("to")))
        choose.addWidget(self.last)
        choose.addWidget(self.show_button)
        choose.addStretch(1)
        choose.addWidget(self.pdf_button)
        choose.addWidget(self.xlsx_button)
        self.chart = TrendChart()
        self.models = {key: LineTableModel([self.tr(h) for h in heads], self) for key, heads in _HEADS.items()}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Report tables"))
        for key, title in (("handlers", self.tr("Per handler")), ("types", self.tr("Time per type")),
                           ("overdue", self.tr("Overdue")), ("tasks", self.tr("Tasks per resolution"))):
            self.tabs.addTab(_table(self.models[key], title), title)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.tabs)
        self.resolution = QComboBox()  # filled with the report's resolutions
        self.resolution.setAccessibleName(self.tr("Resolution"))
        self.summary_pdf_button = QPushButton(self.tr("Resolution summary as P&DF…"))
        self.summary_xlsx_button = QPushButton(self.tr("Resolution su&mmary as XLSX…"))
        self.summary_pdf_button.clicked.connect(lambda: self.ask_and_save_summary("pdf"))
        self.summary_xlsx_button.clicked.connect(lambda: self.ask_and_save_summary("xlsx"))
        summary_row = QHBoxLayout()
        summary_row.addWidget(QLabel(self.tr("One resolution's one-page summary:")))
        summary_row.addWidget(self.resolution, 1)
        summary_row.addWidget(self.summary_pdf_button)
        summary_row.addWidget(self.summary_xlsx_button)
        self._enable_summary()
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(choose)
        layout.addWidget(split, 1)
        layout.addLayout(summary_row)
        layout.addWidget(self.message)

    def _period(self) -> tuple[date, date] | None:
        first, last = labels.python_date(self.first.date()), labels.python_date(self.last.date())
        if last < first:
            self.message.setText(self.tr("The end date is before the start date: choose the earlier date first."))
            return None
        return first, last

    def start(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        period = self._period()
        if period is None:
            return
        session = self.session
        self._asked += 1  # a slower earlier read must not overwrite this one
        run_in_background(lambda: session.report(*period),
                          partial(self._arrived, asked=self._asked), self._failed)

    def _arrived(self, report: Report, asked: int) -> None:
        if asked != self._asked:
            return
        self.report = report
        self.chart.show_months(report.by_month)
        self.models["handlers"].set_rows([(h.handler, h.month, str(h.received), str(h.processed),
                                           str(h.in_progress), str(h.overdue)) for h in report.by_handler])
        self.models["types"].set_rows([(f.group, str(f.count), f"{f.median:g}", str(f.p90))
                                       for f in report.by_type])
        self.models["overdue"].set_rows([(o.handler, o.number_symbol, o.summary, labels.format_date(o.deadline),
                                          str(o.days_late)) for o in report.overdue.first])
        self.models["tasks"].set_rows([(r.number, str(sum(r.by_status.values())), str(r.on_time), str(r.late),
                                        str(sum(r.by_status.values()) - r.on_time - r.late),
                                        str(len(r.reports_due))) for r in report.resolutions])
        chosen = self.resolution.currentData()
        self.resolution.clear()
        for summary in report.resolutions:
            self.resolution.addItem(f"{summary.number}: {summary.title}" if summary.title else summary.number,
                                    summary.number)
        if chosen is not None and (index := self.resolution.findData(chosen)) >= 0:
            self.resolution.setCurrentIndex(index)
        self._enable_summary()
        self.message.setText(self.tr("%n overdue document(s).", "", len(report.overdue)))
        self.loaded.emit(report)

    def _enable_summary(self) -> None:
        has_any = self.resolution.count() > 0
        for widget in (self.resolution, self.summary_pdf_button, self.summary_xlsx_button):
            widget.setEnabled(has_any)

    def ask_and_save_summary(self, fmt: str) -> None:
        number = self.resolution.currentData()
        if number is None:
            return
        suggested = f"nghi-quyet-{str(number).replace('/', '-')}-{date.today():%Y%m%d}.{fmt}"
        target = ask_export_path(self, self.tr("Save the resolution summary"), suggested, fmt)
        if target is not None:
            self.save_summary_to(str(number), target)

    def save_summary_to(self, number: str, target: Path) -> None:
        """Write resolution `number`'s one-page summary, as of today, to `target` (.pdf or .xlsx) on a worker."""
        session = self.session
        self.message.setText(self.tr("Writing %1…").replace("%1", target.name))

        def done(_rows: int) -> None:
            self.message.setText(self.tr("Saved the summary of resolution %1 to %2.").replace("%1", number)
                                 .replace("%2", str(target)))
            self.saved.emit(str(target))

        run_in_background(lambda: session.export_resolution_summary(number, target), done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))

    def ask_and_save(self, fmt: str) -> None:
        period = self._period()
        if period is None:
            return
        suggested = f"bao-cao-{period[0]:%Y%m%d}-{period[1]:%Y%m%d}.{fmt}"
        target = ask_export_path(self, self.tr("Save the report"), suggested, fmt)
        if target is not None:
            self.save_to(target)

    def save_to(self, target: Path) -> None:
        """Compute the report for the chosen period and write it to `target` (.pdf or .xlsx) on a worker."""
        period = self._period()
        if period is None:
            return
        session = self.session
        self.message.setText(self.tr("Writing %1…").replace("%1", target.name))

        def done(_rows: int) -> None:
            self.message.setText(self.tr("Saved the report to %1.").replace("%1", str(target)))
            self.saved.emit(str(target))

        run_in_background(lambda: session.export_report(session.report(*period), target), done, self._failed)
