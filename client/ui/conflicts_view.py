"""Conflicts: each field changed both here and on the server, with both sides, for the user to decide.

Keep my change, keep the server's, or merge by hand in the editor below the table; the decision is stored on a
worker through the cache replica and a kept or merged value is sent at the next sync.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client.office import Changes, OfficeSession
from client.ui.error_text import describe
from client.ui.models.conflict_table import ConflictTableModel
from client.ui.worker import run_in_background


def editable_text(value: Any) -> str:
    """A conflict value as the merge editor shows it: text as it is, anything else as JSON."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def parse_edited(text: str, like: Any) -> Any:
    """The merge editor's text back as a value of the same shape as the side it started from."""
    if isinstance(like, str) or like is None:
        return text
    return json.loads(text)

Choice = Literal["mine", "theirs", "merged"]  # how a conflict is decided


class ConflictsView(QWidget):
    """The table of open conflicts and the three ways to decide one."""

    resolved = Signal(int, str)  # conflict id, choice
    changed = Signal(object)  # Changes of a decision
    loaded = Signal(int)  # how many conflicts are shown

    def __init__(self, session: OfficeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # `session`, never `actions`: that name would shadow QWidget.actions() (the widget's QAction list).
        self.session = session
        self.model = ConflictTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.mine = QPlainTextEdit()
        self.mine.setReadOnly(True)
        self.mine.setAccessibleName(self.tr("Your change"))
        self.theirs = QPlainTextEdit()
        self.theirs.setReadOnly(True)
        self.theirs.setAccessibleName(self.tr("On the server"))
        for side in (self.mine, self.theirs):
            side.setMaximumHeight(110)
        self.merged = QPlainTextEdit()
        self.merged.setAccessibleName(self.tr("Merged value"))
        self.merged.setPlaceholderText(self.tr("Choose a conflict, then edit the value to keep here"))
        self.merged.setMaximumHeight(110)
        self.keep_mine = QPushButton(self.tr("Keep &my change"))
        self.keep_mine.setShortcut(QKeySequence("Alt+M"))
        self.keep_theirs = QPushButton(self.tr("Keep the &server's"))
        self.keep_theirs.setShortcut(QKeySequence("Alt+S"))
        self.keep_merged = QPushButton(self.tr("Save the merged &value"))
        self.keep_merged.setShortcut(QKeySequence("Alt+V"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        for button in (self.keep_mine, self.keep_theirs, self.keep_merged):
            button.setEnabled(False)
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.keep_merged.clicked.connect(lambda: self.resolve("merged"))
        heading = QLabel(self.tr("Conflicts"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600")
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        buttons.addWidget(self.keep_merged)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        sides = QGridLayout()
        sides.addWidget(QLabel(self.tr("Your change:")), 0, 0)
        sides.addWidget(QLabel(self.tr("On the server:")), 0, 1)
        sides.addWidget(self.mine, 1, 0)
        sides.addWidget(self.theirs, 1, 1)
        layout.addLayout(sides)
        layout.addWidget(QLabel(self.tr("Merge by hand:")))
        layout.addWidget(self.merged)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)

    def start(self) -> None:
        """Read the open conflicts."""
        self.refresh()

    def refresh(self) -> None:
        """Read the open conflicts again."""
        session = self.session
        run_in_background(session.conflicts, self._arrived)

    def _arrived(self, rows: list[dict]) -> None:
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self.summary.setText(
            self.tr("Nothing to decide: no change conflicts with the server.")
            if not rows
            else self.tr(
                "%n field(s) were changed both here and on the server. Choose which value to keep.", "", len(rows)
            )
        )
        if rows:
            self.table.selectRow(0)
        else:
            for edit in (self.mine, self.theirs, self.merged):
                edit.clear()
            self._enable(False)
        self.loaded.emit(len(rows))

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._enable(False)
            return
        row = self.model.rows[current.row()]
        self.mine.setPlainText(editable_text(row["local_value"]))
        self.theirs.setPlainText(editable_text(row["remote_value"]))
        self.merged.setPlainText(editable_text(row["local_value"]))
        self.message.clear()
        self._enable(True)

    def _enable(self, enabled: bool) -> None:
        for button in (self.keep_mine, self.keep_theirs, self.keep_merged):
            button.setEnabled(enabled)

    def current(self) -> dict | None:
        """The conflict chosen in the table."""
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def resolve(self, choice: Choice) -> None:
        """Decide the chosen conflict ("mine", "theirs" or "merged" with the editor's value)."""
        row, session = self.current(), self.session
        if row is None:
            return
        value: Any = None
        if choice == "merged":
            try:
                value = parse_edited(self.merged.toPlainText(), row["local_value"])
            except ValueError:
                self.message.setText(self.tr("The merged value is not valid; keep the shape of the values above."))
                return
        self._enable(False)
        conflict_id = int(row["id"])

        def done(changes: Changes) -> None:
            self.resolved.emit(conflict_id, choice)
            self.changed.emit(changes)
            self.refresh()

        def failed(error: BaseException) -> None:
            self._enable(True)
            self.message.setText(self.tr("Not decided: %1").replace("%1", describe(error)))

        run_in_background(lambda: session.resolve_conflict(conflict_id, choice, value), done, failed)
