"""The document list as a Qt table model: pages of rows fetched from the cache on a worker as the view scrolls.

Only the rows the user has scrolled to are held (like Anki's browser table); sorting and filtering are done by the
cache's SQL (`list_documents(order_by, descending)`, `DocumentFilter`), never by a proxy model over every row.
A reset (new filter, sort or search words) starts a new generation; pages of an older generation that arrive
late are dropped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from client.office import DocumentFilter, OfficeSession
from client.office.secret_entries import is_secret_entry
from client.ui import labels
from client.ui.i18n import source_text
from client.ui.signature_text import BADGE_COLOURS, badge_text
from client.ui.worker import Job, run_in_background
from sync.protocol.lifecycle import CLOSED_STATUSES

Row = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2
MATCH_ROLE = Qt.ItemDataRole.UserRole + 3  # a search result's cell with the matched words marked, as HTML
CELL_LEAD = 0  # characters a cell keeps before the first matched word (its tooltip has the whole text)
_CLOSED = {str(s) for s in CLOSED_STATUSES}


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # a source string, translated when shown
    sort_key: str | None = None  # the cache's order_by name; None: not sortable


COLUMNS: tuple[Column, ...] = (
    Column("number_symbol", source_text(QT_TRANSLATE_NOOP("DocumentTableModel", "Number")), "number_symbol"),
    Column("arrival_number", source_text(QT_TRANSLATE_NOOP("DocumentTableModel", "Arrival no."))),
    Column("doc_type", source_text(QT_TRANSLATE_NOOP("DocumentTableModel", "Type"))),
    Column("summary", source_text(QT_TRANSLATE_NOOP("DocumentTableModel", "Summary")), "summary"),
    Column("issuing_body", source_text(QT_TRANSLATE_NOOP("DocumentTableModel", "Issued by"))),
    Column("issued_date", source_text(QT_TRANSLATE_NOOP("DocumentTableModel", "Issued")), "issued_date"),
    Column("deadline", source_text(QT_TRANSLATE_NOOP("DocumentTableModel", "Deadline")), "deadline"),
    Column("handler_name", source_text(QT_TRANSLATE_NOOP("DocumentTableModel", "Handler"))),
    Column("urgency", source_text(QT_TRANSLATE_NOOP("DocumentTableModel", "Urgency")), "urgency"),
    Column("secrecy", source_text(QT_TRANSLATE_NOOP("DocumentTableModel", "Secrecy"))),
    Column("status", source_text(QT_TRANSLATE_NOOP("DocumentTableModel", "Status"))),
    Column("signature", source_text(QT_TRANSLATE_NOOP("DocumentTableModel", "Signature"))),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}


@dataclass(frozen=True)
class DocumentQuery:
    """What the list shows: a filter, an order, and optionally search words (then ordered by relevance)."""

    where: DocumentFilter = DocumentFilter()
    order_by: str = "issued_date"
    descending: bool = True
    text: str = ""

    def page(self, store: OfficeSession, offset: int, limit: int) -> list[Row]:
        """One page of rows (runs on a worker thread)."""
        if self.text.strip():
            rows = store.search(self.text, self.where, limit=limit, offset=offset)
            for row in rows:  # which words matched, on the original text (pure Python, on this worker)
                row["match"] = store.explain_match(row, self.text)
            return with_signature_badges(store, rows)
        rows = store.list_documents(
            self.where, order_by=self.order_by, descending=self.descending, limit=limit, offset=offset
        )
        return with_signature_badges(store, rows)


def with_signature_badges(store: OfficeSession, rows: list[Row]) -> list[Row]:
    """Each row with the verdict of its PDFs for the Signature column (one query per page)."""
    badges = store.signature_badges([str(row["id"]) for row in rows])
    return [{**row, "signature": badges.get(str(row["id"]))} for row in rows]


MARK_OPEN = '<b style="background-color:#ffe58f; color:#000">'  # bold on yellow: seen in unread (bold) rows too
MARK_CLOSE = "</b>"


def marked_html(text: str, spans: list[list[int]], lead: int | None = None) -> str:
    """Text as HTML with the spans marked; spans apart only by spaces make one run ("Nghị quyết Đảng ủy").

    With `lead`, text more than `lead` characters before the first match is cut to "…", so the match shows in a
    narrow cell."""
    runs: list[list[int]] = []
    for start, end in spans:
        if runs and not text[runs[-1][1]:start].strip():
            runs[-1][1] = end
        else:
            runs.append([start, end])
    parts: list[str] = []
    position = 0
    if lead is not None and runs and runs[0][0] > lead:
        cut = text.rfind(" ", 0, runs[0][0] - lead) + 1
        if cut > 0:
            parts.append("…")
            position = cut
    for start, end in runs:
        parts += [html.escape(text[position:start]), MARK_OPEN, html.escape(text[start:end]), MARK_CLOSE]
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)


def is_overdue(row: Row, today: date) -> bool:
    """True when the document's deadline has passed and it is still open."""
    deadline = row.get("deadline")
    return deadline is not None and deadline < today and row.get("status") not in _CLOSED


class DocumentTableModel(QAbstractTableModel):
    """Documents of one query, fetched lazily in pages of PAGE_SIZE rows."""

    pageLoaded = Signal(int)  # rows held after the page arrived
    loadFailed = Signal(str)
    totalKnown = Signal(int)

    def __init__(self, store: OfficeSession, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.store = store
        self.page_size = page_size
        self.query = DocumentQuery()
        self._rows: list[Row] = []
        self._exhausted = True
        self._loading: Job | None = None
        self._generation = 0
        self._started = False  # nothing is read before the view asks for its first page
        self.pages_fetched = 0
        self.today = date.today()

    # -- what is shown ---------------------------------------------------------------------------------------

    def set_query(self, query: DocumentQuery) -> None:
        """Show another query: drop the rows held and fetch its first page."""
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Fetch the current query again from its first page (after a change in the cache)."""
        self._started = True
        self._generation += 1
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.pages_fetched = 0
        self.today = date.today()
        self.endResetModel()
        self._fetch_page()
        generation, query, store = self._generation, self.query, self.store
        if not query.text.strip():
            run_in_background(
                lambda: store.count_documents(query.where),
                lambda n: self.totalKnown.emit(n) if generation == self._generation else None,
            )

    def row_data(self, row: int) -> Row:
        """The cached row (register fields) at a position."""
        return self._rows[row]

    def mark_read(self, row: int) -> None:
        """Show a row as read (the cache was updated by the caller)."""
        if 0 <= row < len(self._rows) and self._rows[row].get("unread"):
            self._rows[row]["unread"] = False
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1), [Qt.ItemDataRole.FontRole])

    @property
    def is_loading(self) -> bool:
        return self._loading is not None

    # -- lazy fetch ------------------------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's default argument
        return not parent.isValid() and not self._exhausted and self._loading is None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch_page()

    def _fetch_page(self) -> None:
        generation, query, store = self._generation, self.query, self.store
        offset, limit = len(self._rows), self.page_size

        def arrived(rows: list[Row]) -> None:
            if generation != self._generation:
                return
            self._loading = None
            self.pages_fetched += 1
            if len(rows) < limit:
                self._exhausted = True
            if rows:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            self.pageLoaded.emit(len(self._rows))

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._loading = None
            self._exhausted = True
            self.loadFailed.emit(str(error))

        self._loading = run_in_background(lambda: query.page(store, offset, limit), arrived, failed)

    # -- Qt model interface ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section].title)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort_key
        if key is None or self.query.text.strip():
            return  # search results stay in order of relevance
        query = replace(self.query, order_by=key, descending=order == Qt.SortOrder.DescendingOrder)
        if self._started:
            self.set_query(query)
        else:
            # A header's sort indicator set while the view is built: remembered for the first page, not read now.
            # Read then, with no filter yet, it sorted every document of every kind at start-up.
            self.query = query

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()].key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, key)
        if role == MATCH_ROLE:
            return self._match_html(row, key, lead=CELL_LEAD)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The columns are narrower than a summary or an issuing body: the whole text shows on hover, with the
            # words a search matched in bold.
            return self._match_html(row, key) or self._text(row, key) or None
        if role == Qt.ItemDataRole.FontRole and row.get("unread"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if is_overdue(row, self.today) and key in ("deadline", "summary", "number_symbol"):
                return QColor(labels.OVERDUE_COLOUR)
            if key == "urgency":
                return labels.urgency_colour(row.get("urgency") or 0)
            if key == "secrecy" and row.get("secrecy"):
                return QColor(labels.SECRECY_COLOUR)
            if key == "signature" and row.get("signature"):
                return QColor(BADGE_COLOURS.get(row["signature"], "#000"))
        if role == ID_ROLE:
            return row["id"]
        if role == OVERDUE_ROLE:
            return is_overdue(row, self.today)
        return None

    def _match_html(self, row: Row, key: str, lead: int | None = None) -> str | None:
        """The cell's text with the words the search matched in bold (HTML), for the cell that shows them.

        A match in a field with no column of its own (the signer) or only in the attached text is told in the
        summary's cell."""
        if not self.query.text.strip() or "match" not in row:
            return None
        match = row["match"]
        if match is None:
            if key != "summary":
                return None
            return html.escape(self._text(row, key)) + " · <i>" + html.escape(self.tr("matched in the attached text"))\
                + "</i>"
        field = match["field"]
        marked = marked_html(match["text"], match["spans"], lead)
        if field == key:
            return marked
        if key == "summary" and field not in COLUMN_INDEX:
            return html.escape(self._text(row, key)) + " · " + html.escape(self.tr("Signed by %1")).replace(
                "%1", marked)
        return None

    def _text(self, row: Row, key: str) -> str:
        value = row.get(key)
        if key in ("issued_date", "deadline"):
            text = labels.format_date(value)
            if key == "deadline" and is_overdue(row, self.today):
                text = self.tr("%1 (overdue)").replace("%1", text)
            return text
        if key == "urgency":
            return labels.urgency_label(value or 0) if value else ""
        if key == "secrecy":
            return labels.secrecy_label(value or 0) if value else ""
        if key == "status":
            return labels.status_label(value)
        if key == "summary" and not value and is_secret_entry(row):
            return self.tr("Register entry only")  # a secret document's line in the register (Law 117/2025)
        if key == "signature":
            return badge_text(value)
        return "" if value is None else str(value)
