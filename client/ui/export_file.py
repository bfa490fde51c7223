"""Asking where to save an exported PDF or XLSX (registers, reports): one dialog, one rule for the suffix."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

_FILTERS = {"pdf": QT_TRANSLATE_NOOP("ExportFile", "PDF (*.pdf)"),
            "xlsx": QT_TRANSLATE_NOOP("ExportFile", "Excel workbook (*.xlsx)")}


def ask_export_path(parent: QWidget, title: str, suggested: str, fmt: str) -> Path | None:
    """The file the user chose for a `fmt` ("pdf" or "xlsx") export, with that suffix; None when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, suggested, QCoreApplication.translate("ExportFile", str(_FILTERS[fmt])),
        options=QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog: in Vietnamese (qtbase_vi)
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == f".{fmt}" else target.with_suffix(f".{fmt}")
