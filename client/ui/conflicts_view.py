"""Conflicts: each field changed both here and on the server, with both sides, for the user to decide."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client.cache.profile import OpenProfile
from client.models.conflict_table import ConflictTableModel, read_open_conflicts
from client.ui.document_actions import unavailable_tip
from client.ui.worker import run_in_background


class ConflictsView(QWidget):
    """The table of open conflicts; resolving is the sync engine's (phase 2), so its buttons wait for it."""

    def __init__(self, profile: OpenProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.model = ConflictTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.keep_mine = QPushButton(self.tr("Keep &my change"))
        self.keep_theirs = QPushButton(self.tr("Keep the &server's"))
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(False)
            button.setToolTip(unavailable_tip())
        heading = QLabel(self.tr("Conflicts"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600")
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def start(self) -> None:
        """Read the open conflicts."""
        self.refresh()

    def refresh(self) -> None:
        """Read the open conflicts again."""
        store = self.profile.store
        run_in_background(lambda: read_open_conflicts(store), self._arrived)

    def _arrived(self, rows: list[dict]) -> None:
        self.model.set_rows(rows)
        self.summary.setText(
            self.tr("Nothing to decide: no change conflicts with the server.")
            if not rows
            else self.tr(
                "%n field(s) were changed both here and on the server. Choose which value to keep.", "", len(rows)
            )
        )
