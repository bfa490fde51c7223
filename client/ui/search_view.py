"""Search: words typed (diacritics optional) and filters; results ranked by the cache's full-text index."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from client.office import Changes, OfficeSession
from client.ui.document_list_view import make_table, split_list_and_document
from client.ui.document_view import DocumentView
from client.ui.filter_bar import FilterBar
from client.ui.models.document_table import COLUMN_INDEX, MATCH_ROLE, DocumentQuery, DocumentTableModel
from client.ui.worker import Job, run_in_background

DEBOUNCE_MS = 250


class MatchDelegate(QStyledItemDelegate):
    """Draws a search result's cell with the words that matched in bold (the model's MATCH_ROLE HTML)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        marked = index.data(MATCH_ROLE)
        if not marked:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the background, selection and focus only; text below
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        document = QTextDocument()
        document.setDefaultFont(item.font)
        document.setDocumentMargin(0)
        document.setHtml(marked)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = item.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        painter.save()
        painter.translate(area.left() + 2, area.top() + max(0.0, (area.height() - document.size().height()) / 2))
        painter.setClipRect(0, 0, area.width() - 2, area.height())
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchView(QWidget):
    """A search box (searched a moment after typing stops), filters, results and the chosen document."""

    def __init__(self, session: OfficeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Search number, summary, issuing body, signer, text of attachments…"))
        self.box.setAccessibleName(self.tr("Search words"))
        self.box.setClearButtonEnabled(True)
        self.filters = FilterBar(None, with_kind=True)
        self.model = DocumentTableModel(session, self, page_size=50)
        self.table = make_table(self.model, self.tr("Search results"))
        self.table.setItemDelegate(MatchDelegate(self.table))  # the words that matched, in bold
        self.status = QLabel(self.tr("Type words to search; diacritics are optional."))
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self._take_suggestion)
        self.suggestion: str | None = None  # "did you mean", offered when a search found nothing
        self._suggesting: Job | None = None
        self.session = session
        self.document = DocumentView(session)

        # Debounce: one query when the typing pauses, not one per key.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _t: self.timer.start())
        self.box.returnPressed.connect(self.run_search)
        self.filters.changed.connect(self.run_search)
        self.model.pageLoaded.connect(self._loaded)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        splitter = split_list_and_document(self.table, self.document, None, "search")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Search"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600")
        layout.addWidget(heading)
        layout.addWidget(self.box)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.table.hideColumn(COLUMN_INDEX["arrival_number"])

    def start(self) -> None:
        """Put the cursor in the search box."""
        self.box.setFocus()

    def refresh(self) -> None:
        """Run the current search again (after a change in the cache)."""
        if self.box.text().strip():
            self.run_search()

    def apply_changes(self, changes: Changes) -> None:
        """Search again when documents changed; read the open document again when it did."""
        if changes.views & {"incoming", "outgoing", "draft"} and self.isVisible():
            self.refresh()
        shown = self.document.document
        if shown is not None and (shown["id"] in changes.records or "notes" in changes.views):
            self.document.reload()

    def run_search(self) -> None:
        """Search now with the words and filters as they are."""
        self.timer.stop()
        text = self.box.text().strip()
        if not text:
            self.model.set_query(DocumentQuery(where=self.filters.current(), text=""))
            return
        self.status.setText(self.tr("Searching…"))
        self.model.set_query(DocumentQuery(where=self.filters.current(), text=text))

    def _loaded(self, rows: int) -> None:
        self.suggestion = None
        if self._suggesting is not None:
            self._suggesting.cancel()
            self._suggesting = None
        text = self.model.query.text
        if text:
            self.status.setText(self.tr("%n result(s) shown", "", rows) if rows else self.tr("Nothing found."))
            if not rows:  # the nearest indexed words, looked up on a worker (it reads the index vocabulary)
                self._suggesting = run_in_background(lambda: self.session.suggest(text),
                                                     lambda found: self._offer(text, found))
        else:
            self.status.setText(self.tr("Type words to search; diacritics are optional."))

    def _offer(self, text: str, found: str | None) -> None:
        self._suggesting = None
        if found is None or text != self.model.query.text:
            return
        self.suggestion = found
        link = f'<a href="suggestion">{html.escape(found)}</a>'
        self.status.setText(html.escape(self.tr("Nothing found.")) + " "
                            + self.tr("Did you mean: %1?").replace("%1", link))

    def _take_suggestion(self, _link: str) -> None:
        if self.suggestion:
            self.box.setText(self.suggestion)
            self.run_search()

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row = self.model.row_data(current.row())
            self.document.show_document(row["id"], mark_read=bool(row.get("unread")))
            self.model.mark_read(current.row())
