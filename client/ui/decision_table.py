"""The table the Conflicts and Refused views show: one row per item to decide, whole rows chosen, text wrapped."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def decision_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A table over a small model of items waiting for the user's decision (conflicts, refused changes)."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    return table
