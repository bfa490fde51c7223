"""The one-time message after sign-in or unlock: how many entries were reduced to register entries, and why.

The office layer counts what a purge of secret content did (a migrated cache, a secrecy raised, a server that
sent content anyway) and hands the count over once; this asks for it on a worker and says it in the clerk's words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from client.office import OfficeSession
from client.ui.worker import run_in_background


def purge_message(count: int) -> str:
    """The sentence for `count` entries reduced to register entries."""
    return QCoreApplication.translate(
        "SecretPurgeNotice",
        "%n secret document(s) on this computer were reduced to register entries: their summary, files and text "
        "were erased, as Law 117/2025 forbids keeping a secret document's content on a networked computer. Their "
        "register lines stay. Handle the originals on paper or in the secret-document system.", "", count)


def tell_purge_once(parent: QWidget, session: OfficeSession) -> None:
    """Ask the office layer (on a worker) for the count, and show the message if there is one."""

    def show(count: int | None) -> None:
        if not count:
            return
        box = QMessageBox(QMessageBox.Icon.Information,
                          QCoreApplication.translate("SecretPurgeNotice",
                                                     "Secret documents are register entries only"),
                          purge_message(count), parent=parent)
        box.setObjectName("secretPurgeNotice")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    run_in_background(session.secret_purge_notice, show)
