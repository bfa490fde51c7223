"""Registers: the incoming or outgoing register (sổ đăng ký văn bản đến / đi) for a date range, previewed as the
printout lays it out, then saved as PDF (to print) or XLSX.

The preview and the files are read from the cache on a worker; the preview shows the first PREVIEW_LINES lines
(a month of a commune's register is far fewer), the files always hold every line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from itertools import islice
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client.office import OfficeSession
from client.ui import labels
from client.ui.date_field import date_field
from client.ui.error_text import describe
from client.ui.export_file import ask_export_path
from client.ui.i18n import source_text
from client.ui.models.line_table import LineTableModel
from client.ui.worker import run_in_background

PREVIEW_LINES = 2000
# The register forms' column heads (Decree 30): the printout keeps the Vietnamese form, the preview translates.
HEADS: dict[str, tuple[str, ...]] = {
    "incoming": tuple(map(source_text, (
        QT_TRANSLATE_NOOP("RegistersView", "Arrival no."), QT_TRANSLATE_NOOP("RegistersView", "Arrival date"),
        QT_TRANSLATE_NOOP("RegistersView", "Issuer"), QT_TRANSLATE_NOOP("RegistersView", "Number and symbol"),
        QT_TRANSLATE_NOOP("RegistersView", "Date of issue"),
        QT_TRANSLATE_NOOP("RegistersView", "Type and summary"), QT_TRANSLATE_NOOP("RegistersView", "Handler"),
        QT_TRANSLATE_NOOP("RegistersView", "Received by (signature)"), QT_TRANSLATE_NOOP("RegistersView", "Notes"),
    ))),
    "outgoing": tuple(map(source_text, (
        QT_TRANSLATE_NOOP("RegistersView", "Outgoing no."), QT_TRANSLATE_NOOP("RegistersView", "Date of issue"),
        QT_TRANSLATE_NOOP("RegistersView", "Number and symbol"),
        QT_TRANSLATE_NOOP("RegistersView", "Type and summary"), QT_TRANSLATE_NOOP("RegistersView", "Signer"),
        QT_TRANSLATE_NOOP("RegistersView", "Recipients"), QT_TRANSLATE_NOOP("RegistersView", "File copy kept by"),
        QT_TRANSLATE_NOOP("RegistersView", "Copies"), QT_TRANSLATE_NOOP("RegistersView", "Notes"),
    ))),
}


@dataclass(frozen=True)
class _Preview:
    """What the worker read for the screen: the count, the first lines, and the numbering of the register."""

    count: int
    lines: list[tuple[str, ...]]
    period: str
    by_term: bool
    term_start: date | None
    next_number: int | None


class RegistersView(QWidget):
    """Which register and days, the preview, and the two ways to save it."""

    loaded = Signal(int)  # lines in the register (the preview may show fewer)
    saved = Signal(str)  # the file written

    def __init__(self, session: OfficeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._asked = 0  # reads started; only the latest one is shown
        heading = QLabel(self.tr("Registers"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600")
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Register"))
        self.kind.addItem(self.tr("Incoming register (sổ đến)"), "incoming")
        self.kind.addItem(self.tr("Outgoing register (sổ đi)"), "outgoing")
        today = date.today()
        self.first = date_field(self.tr("From"), today.replace(day=1))
        self.last = date_field(self.tr("To"), today)
        self.show_button = QPushButton(self.tr("&Show"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.xlsx_button = QPushButton(self.tr("Save as &XLSX…"))
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.ask_and_save("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.ask_and_save("xlsx"))
        self.kind.currentIndexChanged.connect(self.refresh)
        choose = QHBoxLayout()
        choose.addWidget(self.kind)
        choose.addWidget(QLabel(self.tr("From")))
        choose.addWidget(self.first)
        choose.addWidget(QLabel(self.tr("to")))
        choose.addWidget(self.last)
        choose.addWidget(self.show_button)
        choose.addStretch(1)
        choose.addWidget(self.pdf_button)
        choose.addWidget(self.xlsx_button)
        self.model = LineTableModel(self._heads(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Register preview"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.numbering = QLabel()  # the unit's scheme (the server's setting), the period and the next number
        self.numbering.setAccessibleName(self.tr("Numbering"))
        self.numbering.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(choose)
        layout.addWidget(self.numbering)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def _heads(self) -> list[str]:
        return [self.tr(h) for h in HEADS[str(self.kind.currentData())]]

    def _range(self) -> tuple[str, date, date] | None:
        first, last = labels.python_date(self.first.date()), labels.python_date(self.last.date())
        if last < first:
            self.message.setText(self.tr("The end date is before the start date: choose the earlier date first."))
            return None
        return str(self.kind.currentData()), first, last

    def start(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the chosen register's lines for the preview."""
        chosen = self._range()
        if chosen is None:
            return
        session = self.session

        def read() -> _Preview:
            where = session.register_range(*chosen)
            numbering = session.numbering()
            by_term = where.kind == "outgoing" and numbering.by_term
            # A Party unit's outgoing numbers run per type: no one next number for the whole register.
            upcoming = None if by_term else session.next_number(where.kind, date.today())
            return _Preview(session.count_register(where), list(islice(session.register_lines(where), PREVIEW_LINES)),
                            where.period, by_term, numbering.term_start, upcoming)

        self._asked += 1  # a slower earlier read must not overwrite this one
        run_in_background(read, partial(self._arrived, asked=self._asked), self._failed)

    def _numbering_text(self, preview: _Preview) -> str:
        if preview.by_term and preview.term_start is not None:
            return (self.tr("Numbered per document type through the committee term (%1; this term began on %2).")
                    .replace("%1", preview.period).replace("%2", labels.format_date(preview.term_start)))
        return (self.tr("Numbered per calendar year (%1). Next number on this computer: %2 (the server confirms it).")
                .replace("%1", preview.period).replace("%2", str(preview.next_number)))

    def _arrived(self, result: _Preview, asked: int) -> None:
        if asked != self._asked:
            return
        count, lines = result.count, result.lines
        self.numbering.setText(self._numbering_text(result))
        self.model.set_rows(list(lines), self._heads())
        if count > len(lines):
            self.message.setText(self.tr("%1 entries; the preview shows the first %2, the saved file holds all.")
                                 .replace("%1", str(count)).replace("%2", str(len(lines))))
        else:
            self.message.setText(self.tr("%n entries in the register for these days.", "", count))
        self.loaded.emit(count)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))

    def ask_and_save(self, fmt: str) -> None:
        chosen = self._range()
        if chosen is None:
            return
        kind, first, last = chosen
        suggested = f"so-{'den' if kind == 'incoming' else 'di'}-{first:%Y%m%d}-{last:%Y%m%d}.{fmt}"
        target = ask_export_path(self, self.tr("Save the register"), suggested, fmt)
        if target is not None:
            self.save_to(target)

    def save_to(self, target: Path) -> None:
        """Write the chosen register to `target` (.pdf or .xlsx) on a worker."""
        chosen = self._range()
        if chosen is None:
            return
        session = self.session
        self.message.setText(self.tr("Writing %1…").replace("%1", target.name))

        def done(count: int) -> None:
            self.message.setText(self.tr("Saved %1 entries to %2.").replace("%1", str(count))
                                 .replace("%2", str(target)))
            self.saved.emit(str(target))

        run_in_background(lambda: session.export_register(session.register_range(*chosen), target), done,
                          self._failed)
