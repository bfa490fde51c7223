"""Help in the register form once a number and symbol is typed: propose the type and the issuer it names, and
warn when the cache already holds the same issuer's document with that symbol that year.

The parse (`sync.protocol.symbols`) only proposes: the type is filled while the clerk has not chosen one, the
issuer while its field is empty; the duplicate check is a warning, never a refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from client.office import OfficeSession
from client.ui import labels
from client.ui.worker import run_in_background
from sync.protocol.symbols import issuer_name, parse_symbol


class SymbolAssist(QObject):
    """Watches the number field of one form."""

    checked = Signal(int)  # how many documents the duplicate check found

    def __init__(self, session: OfficeSession, number: QLineEdit, doc_type: QComboBox, issuing_body: QLineEdit,
                 issued_on: Callable[[], date], warning: QLabel, exclude_id: str | None = None) -> None:
        super().__init__(number)
        self.session, self.number, self.doc_type, self.issuing_body = session, number, doc_type, issuing_body
        self.issued_on, self.warning, self.exclude_id = issued_on, warning, exclude_id
        self.type_chosen = False  # the clerk picked a type: a parse no longer overrides it
        doc_type.activated.connect(self._type_chosen)
        number.editingFinished.connect(self.symbol_typed)
        issuing_body.editingFinished.connect(self.check_duplicates)

    def _type_chosen(self, _index: int) -> None:
        self.type_chosen = True

    def symbol_typed(self) -> None:
        parsed = parse_symbol(self.number.text())
        if parsed is not None:
            if parsed.doc_type and not self.type_chosen:
                self.doc_type.setCurrentText(parsed.doc_type)
            if not self.issuing_body.text().strip():
                self.issuing_body.setText(issuer_name(parsed))
        self.check_duplicates()

    def check_duplicates(self) -> None:
        symbol = self.number.text().strip()
        if not symbol:
            self.warning.clear()
            self.checked.emit(0)
            return
        session, issuer, issued, exclude = self.session, self.issuing_body.text().strip(), self.issued_on(), \
            self.exclude_id
        run_in_background(lambda: session.symbol_duplicates(symbol, issuer, issued, exclude), self._found)

    def _found(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            self.warning.clear()
        else:
            first = rows[0]
            where = (self.tr("arrival no. %1 of %2").replace("%1", str(first["arrival_number"]))
                     .replace("%2", labels.format_date(first["issued_date"]))
                     if first.get("arrival_number") else labels.format_date(first["issued_date"]))
            self.warning.setText(self.tr("Already in the register: %1 from the same issuer (%2). Register it again "
                                         "only if this is a second copy.").replace("%1", first["number_symbol"])
                                 .replace("%2", where))
        self.checked.emit(len(rows))
