"""A list of documents of one kind (Incoming, Outgoing, Drafts) with its filters and the chosen document beside it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from client.office import Changes, OfficeSession
from client.ui.document_view import DocumentView
from client.ui.filter_bar import FilterBar
from client.ui.models.document_table import COLUMN_INDEX, DocumentTableModel


def make_table(model: DocumentTableModel, name: str) -> QTableView:
    """A table view set up for a document model: whole rows, no grid noise, sortable headers."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    # Uniform row heights: the view never measures 100,000 rows to lay them out.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(COLUMN_INDEX["summary"], QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return table


class DocumentListView(QWidget):
    """Filters, the lazily fetched table, a count, and the document pane."""

    def __init__(
        self,
        session: OfficeSession,
        kind: str,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = title
        self.model = DocumentTableModel(session, self)
        self.filters = FilterBar(kind)
        self.table = make_table(self.model, title)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COLUMN_INDEX["issued_date"], Qt.SortOrder.DescendingOrder)
        if kind != "incoming":
            self.table.hideColumn(COLUMN_INDEX["arrival_number"])
        self.count = QLabel()
        self.document = DocumentView(session)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.document)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 14pt; font-weight: 600")
        layout.addWidget(heading)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)

        self.filters.changed.connect(self.apply_filters)
        self.model.totalKnown.connect(lambda n: self.count.setText(self.tr("%n document(s)", "", n)))
        self.model.loadFailed.connect(
            lambda text: self.count.setText(self.tr("Could not read the list: %1").replace("%1", text))
        )
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self._started = False

    def start(self) -> None:
        """Fetch the first page (when the view is first shown)."""
        if not self._started:
            self._started = True
            self.apply_filters()

    def apply_filters(self) -> None:
        """Show the list again with the filters as they are now."""
        self.model.set_query(replace(self.model.query, where=self.filters.current()))

    def refresh(self) -> None:
        """Read the list again from the cache (after a change)."""
        if self._started:
            self.model.reload()

    def apply_changes(self, changes: Changes) -> None:
        """Read again what an action or a sync run made stale: the list when its kind changed, the open document
        when it (or any document's notes) changed."""
        if changes.touches(self.kind):
            self.refresh()
        shown = self.document.document
        if shown is not None and (shown["id"] in changes.records or changes.views & {self.kind, "notes"}):
            self.document.reload()

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.row_data(current.row())
        self.document.show_document(row["id"], mark_read=bool(row.get("unread")))
        self.model.mark_read(current.row())
