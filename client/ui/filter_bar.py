"""The row of filters over a document list or a search: type, status, secrecy, urgency, dates, overdue, unread."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from client.office import DocumentFilter
from client.ui import labels
from client.ui.date_field import DateField, date_field
from sync.protocol.domain import DOCUMENT_STATUSES, DOCUMENT_TYPES, DocumentKind, Secrecy, Urgency


def _date_edit(accessible: str) -> DateField:
    return date_field(accessible)


class FilterBar(QWidget):
    """Builds a DocumentFilter from its widgets; `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, kind: str | None, *, with_kind: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        # Two rows (the choices, then dates and ticks): in one row they forced the window wider than 1024 pixels.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        layout = QHBoxLayout()
        second = QHBoxLayout()
        rows.addLayout(layout)
        rows.addLayout(second)

        self.kind_box: QComboBox | None = None
        if with_kind:
            self.kind_box = self._combo(self.tr("Kind"), [(labels.kind_label(k), k) for k in DocumentKind])
            layout.addWidget(self.kind_box)
        self.type_box = self._combo(self.tr("Type"), [(t, t) for t in DOCUMENT_TYPES])
        statuses = DOCUMENT_STATUSES[DocumentKind(kind)] if kind else tuple(labels.document_statuses())
        self.status_box = self._combo(self.tr("Status"), [(labels.status_label(s), s) for s in statuses])
        self.secrecy_box = self._combo(self.tr("Secrecy"), [(labels.secrecy_label(s), int(s)) for s in Secrecy][:2])
        # Urgency filters "at least": choosing Khẩn also shows Thượng khẩn and Hỏa tốc.
        self.urgency_box = self._combo(
            self.tr("Urgency"), [(self.tr("≥ %1").replace("%1", labels.urgency_label(u)), int(u)) for u in Urgency if u]
        )
        for combo in (self.type_box, self.status_box, self.secrecy_box, self.urgency_box):
            layout.addWidget(combo)
        layout.addStretch()

        self.use_dates = QCheckBox(self.tr("Issued from"))
        self.date_from = _date_edit(self.tr("Issued from"))
        self.date_from.setDate(QDate.currentDate().addYears(-1))
        self.date_to = _date_edit(self.tr("Issued to"))
        for widget in (self.use_dates, self.date_from, QLabel(self.tr("to")), self.date_to):
            second.addWidget(widget)
        self.overdue = QCheckBox(self.tr("Overdue"))
        self.unread = QCheckBox(self.tr("Unread"))
        second.addSpacing(12)
        second.addWidget(self.overdue)
        second.addWidget(self.unread)
        second.addStretch()

        for box in (self.kind_box, self.type_box, self.status_box, self.secrecy_box, self.urgency_box):
            if box is not None:
                box.currentIndexChanged.connect(self.changed)
        for check in (self.use_dates, self.overdue, self.unread):
            check.toggled.connect(self.changed)
        self.date_from.dateChanged.connect(self._date_changed)
        self.date_to.dateChanged.connect(self._date_changed)

    def _date_changed(self, _date: QDate) -> None:
        if self.use_dates.isChecked():  # the dates filter nothing while their box is unticked
            self.changed.emit()

    def _combo(self, name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.addItem(self.tr("%1: any").replace("%1", name), None)
        for text, value in items:
            box.addItem(text, value)
        return box

    def current(self) -> DocumentFilter:
        """The filter the widgets describe."""
        kind = self.kind_box.currentData() if self.kind_box is not None else self.kind
        secrecy = self.secrecy_box.currentData()
        urgency = self.urgency_box.currentData()
        dates = self.use_dates.isChecked()
        return DocumentFilter(
            kind=kind,
            doc_type=self.type_box.currentData(),
            status=self.status_box.currentData(),
            secrecy=Secrecy(secrecy) if secrecy is not None else None,
            urgency_at_least=Urgency(urgency) if urgency is not None else None,
            issued_from=labels.python_date(self.date_from.date()) if dates else None,
            issued_to=labels.python_date(self.date_to.date()) if dates else None,
            overdue_on=date.today() if self.overdue.isChecked() else None,
            unread=True if self.unread.isChecked() else None,
        )
