"""What the document pane shows of a secret document: its level badge, "register entry only", where the original is.

Law 117/2025/QH15 Art. 5(2) forbids keeping a state-secret document's content on a networked computer, so the app
holds a register entry only (DOMAIN.md "Secret documents"): this banner takes the place of the viewer.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from client.ui import labels

Row = dict[str, Any]


class SecretEntryBanner(QFrame):
    """The level badge, "Register entry only — original: <location>", and why nothing more is here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("secretEntryBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#secretEntryBanner {{ border: 1px solid {labels.SECRECY_COLOUR}; "
                           "border-radius: 4px; background: #f6eefa; }")
        self.badge = QLabel()
        self.badge.setAccessibleName(self.tr("Secrecy level"))
        self.location = QLabel()
        self.location.setWordWrap(True)
        self.location.setAccessibleName(self.tr("Register entry only"))
        self.location.setStyleSheet("font-weight: 600")
        self.why = QLabel(self.tr("The law (Law 117/2025 on State Secrets) forbids keeping a secret document's "
                                  "content on a networked computer, so this computer keeps its register entry "
                                  "only: no file, no viewer, no print, no export. Handle the original where it "
                                  "is kept."))
        self.why.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.badge)
        layout.addWidget(self.location)
        layout.addWidget(self.why)
        self.hide()

    def show_entry(self, doc: Row) -> None:
        """Show the banner for a secret document (its `original_location` read by the caller's worker)."""
        level = labels.secrecy_label(int(doc.get("secrecy") or 0))
        self.badge.setText(f"<span style='color:{labels.SECRECY_COLOUR}; font-weight:700'>■ "
                           f"{html.escape(level)}</span>")
        where = str(doc.get("original_location") or "") or self.tr("not recorded")
        self.location.setText(self.tr("Register entry only — original: %1").replace("%1", where))
        self.show()
