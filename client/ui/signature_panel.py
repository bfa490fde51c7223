"""The signature panel of the viewer: per signature of the open PDF, who signed, when, the certificate's issuer
and validity, and what was checked (integrity, coverage, chain, revocation), with the reason when invalid."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from client.office import FileVerdict, OfficeSession, SignatureFinding
from client.ui import labels
from client.ui.signature_text import BADGE_COLOURS, reason_text, verdict_text
from client.ui.worker import Job, run_in_background

Row = dict[str, Any]


def _local(iso: str) -> str:
    """An ISO 8601 time from a certificate or a signature, in this computer's time zone as dd/MM/yyyy HH:mm."""
    try:
        return labels.format_date(datetime.fromisoformat(iso).astimezone())
    except ValueError:
        return iso


class SignaturePanel(QFrame):
    """Shows the stored verdict of one attachment; reads it on a worker."""

    shown = Signal(str)  # the attachment's hash, once its verdict is on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Digital signatures"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        self._job: Job | None = None
        self._sha: str | None = None
        self.hide()

    def show_for(self, session: OfficeSession, attachment: Row) -> None:
        """Show the verdict of this attachment (PDFs only; other files hide the panel)."""
        self._sha = str(attachment["sha256"])
        if attachment.get("mime") != "application/pdf":
            self.hide()
            return
        sha = self._sha
        self._job = run_in_background(lambda: session.signature_verdict(sha),
                                      lambda verdict: self._display(sha, verdict), lambda _error: self.hide())

    def clear(self) -> None:
        self._sha = None
        self.hide()

    def _display(self, sha: str, verdict: object) -> None:
        if sha != self._sha:
            return  # another attachment was chosen meanwhile
        self.show_verdict(verdict if isinstance(verdict, FileVerdict) else None)
        self.shown.emit(sha)

    def show_verdict(self, verdict: FileVerdict | None) -> None:
        if verdict is None:
            self.heading.setText(self.tr("The signatures of this file have not been checked yet."))
            self.heading.setStyleSheet("")
            self.details.setText("")
            self.show()
            return
        heading = verdict_text(verdict.verdict)
        if verdict.verdict == "invalid":
            heading = f"{heading}: {reason_text(verdict.reason)}"
        self.heading.setText(heading)
        self.heading.setStyleSheet(f"font-weight: bold; color: {BADGE_COLOURS.get(verdict.verdict, '#000')}")
        self.details.setText("\n\n".join(self._finding_text(f) for f in verdict.signatures if f.field_name or
                                         f.signer_name))
        self.show()

    def _finding_text(self, finding: SignatureFinding) -> str:
        who = ", ".join(part for part in (finding.signer_name, finding.position, finding.organisation) if part)
        lines = [self.tr("Signed by: %1").replace("%1", who or self.tr("unknown"))]
        if finding.signing_time:
            when = _local(finding.signing_time)
            source = self.tr("(trusted timestamp)") if finding.timestamped else self.tr("(signer's clock)")
            lines.append(self.tr("Signed at: %1 %2").replace("%1", when).replace("%2", source))
        if finding.issuer:
            lines.append(self.tr("Certificate issued by: %1").replace("%1", finding.issuer))
        if finding.valid_from and finding.valid_until:
            lines.append(self.tr("Certificate valid: %1 – %2")
                         .replace("%1", _local(finding.valid_from))
                         .replace("%2", _local(finding.valid_until)))
        checks = [
            (finding.intact, self.tr("content unchanged since signing")),
            (finding.whole_file or finding.intact, self.tr("signature covers the file")),
            (finding.chain_trusted, self.tr("certificate chain to a trusted authority")),
        ]
        lines += [("✔ " if ok else "✖ ") + text for ok, text in checks]
        lines.append(("✔ " + self.tr("revocation checked")) if finding.revocation_checked
                     else ("– " + self.tr("revocation not checked (offline)")))
        if finding.verdict == "invalid" and finding.reason:
            lines.append(self.tr("Problem: %1").replace("%1", reason_text(finding.reason)))
        return "\n".join(lines)
