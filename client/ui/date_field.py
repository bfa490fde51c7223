"""A date field that takes a whole date typed over its selected text.

QDateEdit edits one section at a time: after Ctrl+A (or a click that selects everything) the first digits typed
go nowhere, because the selection spans several sections and Qt's validator refuses a day typed over all of them.
`DateField` starts the typing in the first section instead, so "25/12/2026" typed over a selected date gives
25/12/2026, as a clerk expects from any other text field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from client.ui import labels

_SEPARATORS = ("/", ".", "-")


class DateField(QDateEdit):
    """A dd/MM/yyyy date edit with a calendar, where typing over a selected date replaces it."""

    def __init__(self, value: QDate | date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(labels.DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setDate(QDate(value) if value is not None else QDate.currentDate())
        self._advanced = False  # the last digit typed filled a section and Qt moved to the next one

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        advanced, self._advanced = self._advanced, False
        if text and text in _SEPARATORS:
            # A separator ends the section being typed. Qt already moved on when the section was full ("25" then
            # "/"), and then the separator typed out of habit must not skip the month; "." and "-" work as "/".
            following = self.currentSectionIndex() + 1
            if not advanced and following < self.sectionCount():
                self.setCurrentSectionIndex(following)
                self.setSelectedSection(self.currentSection())
            event.accept()
            return
        if text.isdigit() and self._all_selected():
            # Typing over everything: start in the first section (the day), as if the date were being retyped. The
            # month is reset to January (31 days) first, so that a day like 31 is not refused because the old month
            # was February; the month typed next replaces it.
            current = self.date()
            self.blockSignals(True)
            self.setDate(QDate(current.year(), 1, min(current.day(), 31)))
            self.blockSignals(False)
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSectionIndex() != before

    def _all_selected(self) -> bool:
        edit = self.lineEdit()
        return edit.hasSelectedText() and len(edit.selectedText()) == len(edit.text()) > 0


def date_field(name: str, value: QDate | date | None = None) -> DateField:
    """A date field with its accessible name (what document_form.date_edit builds, with the typing fix)."""
    field = DateField(value)
    field.setAccessibleName(name)
    return field
