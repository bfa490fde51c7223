"""Conflicts: each field changed both here and on the server, with both sides, for the user to decide.

Keep my change, keep the server's, or merge by hand in the editor below the table; the decision is stored on a
worker through the cache replica and a kept or merged value is sent at the next sync. Every value is shown in the
user's words (see `models/conflict_table.py`), and the merge editor fits the field: a list of the allowed values for
a status, a level or a handler, a date field for a date, text for text; what is stored is still the code.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, Literal

from PySide6.QtCore import QDate, QModelIndex, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from client.office import Changes, OfficeSession
from client.ui import labels
from client.ui.date_field import date_field
from client.ui.decision_table import decision_table
from client.ui.error_text import describe
from client.ui.models.conflict_table import DATE_FIELDS, ConflictTableModel, Directory, merge_choices
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


def _read(session: OfficeSession) -> tuple[list[dict], Directory]:
    """The open conflicts and the names their ids are shown with (runs on a worker)."""
    return session.conflicts(), Directory.read(session)


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
        self.table = decision_table(self.model, self.tr("Conflicts"))
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
        # A status, a level or a handler is chosen among the allowed values, in words; a date in a date field.
        self.merged_choice = QComboBox()
        self.merged_choice.setAccessibleName(self.tr("Merged value"))
        self.merged_date = date_field(self.tr("Merged date"))
        self.merge_editor = QStackedWidget()
        for editor in (self.merged, self.merged_choice, self.merged_date):
            self.merge_editor.addWidget(editor)
        self.merge_editor.setFixedHeight(110)
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
        layout.addWidget(self.merge_editor)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)

    def start(self) -> None:
        """Read the open conflicts."""
        self.refresh()

    def refresh(self) -> None:
        """Read the open conflicts again."""
        session = self.session
        run_in_background(lambda: _read(session), self._arrived)

    def _arrived(self, read: tuple[list[dict], Directory]) -> None:
        rows, directory = read
        self.model.set_rows(rows, directory)
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
            self.merged_choice.clear()
            self._show_editor(self.merged)
            self._enable(False)
        self.loaded.emit(len(rows))

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._enable(False)
            return
        row = self.model.rows[current.row()]
        self.mine.setPlainText(self.model.value_text(row, row["local_value"]))
        self.theirs.setPlainText(self.model.value_text(row, row["remote_value"]))
        self._start_merge(row)
        self.message.clear()
        self._enable(True)

    def _start_merge(self, row: dict) -> None:
        """Put the editor that fits the field below the table, holding my change to start from."""
        choices = merge_choices(row, self.model.directory)
        local = row["local_value"]
        if choices is not None:
            self.merged_choice.clear()
            for text, value in choices:
                self.merged_choice.addItem(text, value)
            values = [value for _text, value in choices]
            self.merged_choice.setCurrentIndex(values.index(local) if local in values else 0)
            self._show_editor(self.merged_choice)
            return
        start = self._date_of(local) or self._date_of(row["remote_value"])
        if row["field"] in DATE_FIELDS and start is not None:
            self.merged_date.setDate(QDate(start))
            self._show_editor(self.merged_date)
            return
        self.merged.setPlainText(editable_text(local))
        self._show_editor(self.merged)

    def _show_editor(self, editor: QWidget) -> None:
        """Show one merge editor: a list or a date one line high, the text editor a few lines."""
        self.merge_editor.setCurrentWidget(editor)
        self.merge_editor.setFixedHeight(110 if editor is self.merged else editor.sizeHint().height())

    @staticmethod
    def _date_of(value: Any) -> date | None:
        try:
            return date.fromisoformat(str(value)[:10]) if value else None
        except ValueError:
            return None

    def merged_value(self, row: dict) -> Any:
        """The value the merge editor holds, as the code to store (raises ValueError for text that is not one)."""
        editor = self.merge_editor.currentWidget()
        if editor is self.merged_choice:
            return self.merged_choice.currentData()
        if editor is self.merged_date:
            return labels.python_date(self.merged_date.date()).isoformat()
        return parse_edited(self.merged.toPlainText(), row["local_value"])

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
                value = self.merged_value(row)
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
