"""A list of documents of one kind (Incoming, Outgoing, Drafts) with its filters and the chosen document beside it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from client.office import Changes, OfficeSession
from client.ui.filter_bar import FilterBar
from client.ui.models.document_table import COLUMN_INDEX, DocumentTableModel
from client.ui.settings import AppSettings

if TYPE_CHECKING:
    from client.ui.document_view import DocumentView

MIN_VISIBLE_ROWS = 8  # the list keeps this many rows in sight however far the document pane is pulled up


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
    # Short columns take what their header needs: at the default width each, twelve columns left the stretched
    # summary a few pixels ("...") once the signature column came.
    # The floor is what their longest value needs ("Thượng khẩn", "Hoàn thành", a signature badge).
    floor = header.fontMetrics().horizontalAdvance("Thượng khẩn") + 16
    for key, least in (("arrival_number", 0), ("secrecy", 0), ("urgency", floor), ("status", floor),
                       ("signature", floor)):
        column = COLUMN_INDEX[key]
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        header.resizeSection(column, max(header.fontMetrics().horizontalAdvance(title) + 24, least))
    return table


def split_list_and_document(table: QTableView, document: QWidget, settings: AppSettings | None,
                            name: str) -> QSplitter:
    """The list above the document pane: the list keeps MIN_VISIBLE_ROWS rows, and the user's split is remembered.

    Without a minimum the pane's own minimum height won, and a chosen document left the list 5 rows (2 in a
    small window).
    """
    rows = table.verticalHeader().defaultSectionSize() * MIN_VISIBLE_ROWS
    frame = 2 * table.frameWidth() + table.horizontalScrollBar().sizeHint().height()
    table.setMinimumHeight(rows + table.horizontalHeader().sizeHint().height() + frame)
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(table)
    splitter.addWidget(document)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    if settings is not None:
        state = settings.splitter_state(name)
        if state is not None:
            splitter.restoreState(state)
        splitter.splitterMoved.connect(lambda _pos, _index: settings.set_splitter_state(name, splitter.saveState()))
    return splitter


class DocumentListView(QWidget):
    """Filters, the lazily fetched table, a count, and the document pane."""

    def __init__(
        self,
        session: OfficeSession,
        kind: str,
        title: str,
        parent: QWidget | None = None,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = title
        self.model = DocumentTableModel(session, self)
        self.filters = FilterBar(kind)
        self.table = make_table(self.model, title)
        self.table.horizontalHeader().setSortIndicator(COLUMN_INDEX["issued_date"], Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # sorts by the indicator: the model keeps it for its first page
        if kind != "incoming":
            self.table.hideColumn(COLUMN_INDEX["arrival_number"])
        self.count = QLabel()
        # The document pane (its PDF viewer, print support, signature and trail panels) is built when a document
        # is first chosen: most starts never open one in every list, and the pane with its modules is several MiB
        # (issue 17). Until then a label says what the empty pane says.
        self.session = session
        self._document: DocumentView | None = None
        self._on_document_built: list[Callable[[DocumentView], None]] = []
        self._stand_in = QLabel(QCoreApplication.translate("DocumentView", "No document selected."))
        self._stand_in.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._stand_in.setStyleSheet("font-size: 13pt; font-weight: 600")

        self.splitter = split_list_and_document(self.table, self._stand_in, settings, f"list-{kind}")
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 14pt; font-weight: 600")
        layout.addWidget(heading)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count)

        self.filters.changed.connect(self.apply_filters)
        self.model.totalKnown.connect(lambda n: self.count.setText(self.tr("%n document(s)", "", n)))
        self.model.loadFailed.connect(
            lambda text: self.count.setText(self.tr("Could not read the list: %1").replace("%1", text))
        )
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        # A reload (after every action and sync) resets the model: the chosen document is chosen again when the
        # page holding it arrives, and the list stays scrolled where it was.
        self._place: tuple[str, int, int] | None = None  # (document id, first row in sight, rows held)
        self._restoring = False
        self.model.modelAboutToBeReset.connect(self._remember_place)
        self.model.pageLoaded.connect(self._restore_place)
        self._started = False

    @property
    def document(self) -> DocumentView:
        """The document pane, built (and its module imported) on first use."""
        if self._document is None:
            from client.ui.document_view import DocumentView

            pane = DocumentView(self.session)
            sizes = self.splitter.sizes()
            self.splitter.replaceWidget(1, pane)
            self.splitter.setSizes(sizes)
            self._stand_in.deleteLater()
            self._document = pane
            for callback in self._on_document_built:
                callback(pane)
            self._on_document_built.clear()
        return self._document

    def when_document_built(self, callback: Callable[[DocumentView], None]) -> None:
        """Call `callback` with the document pane now if it exists, else as soon as it is built."""
        if self._document is not None:
            callback(self._document)
        else:
            self._on_document_built.append(callback)

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
        shown = self._document.document if self._document is not None else None
        if shown is not None and (shown["id"] in changes.records or changes.views & {self.kind, "notes"}):
            self.document.reload()

    def _remember_place(self) -> None:
        current = self.table.currentIndex()
        if current.isValid() and current.row() < self.model.rowCount():
            self._place = (self.model.row_data(current.row())["id"], self.table.verticalScrollBar().value(),
                           self.model.rowCount())
        # else: a second reload before the first one's pages came keeps the place the first one remembered

    def _restore_place(self, _held: int) -> None:
        if self._place is None:
            return
        doc_id, top, held_before = self._place
        for row in range(self.model.rowCount()):
            if self.model.row_data(row)["id"] == doc_id:
                self._place = None
                self._restoring = True  # the pane already shows it: no second load, no second "read"
                try:
                    self.table.setCurrentIndex(self.model.index(row, max(0, self.table.currentIndex().column())))
                finally:
                    self._restoring = False
                self.table.doItemsLayout()  # the scroll range must know the rows before the position is set
                self.table.verticalScrollBar().setValue(top)
                return
        if self.model.canFetchMore() and self.model.rowCount() < held_before + self.model.page_size:
            self.model.fetchMore()  # it was further down: fetch the next page and look again
        else:
            self._place = None  # no longer in the list (filtered out or removed)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._restoring:
            return
        row = self.model.row_data(current.row())
        self.document.show_document(row["id"], mark_read=bool(row.get("unread")))
        self.model.mark_read(current.row())
