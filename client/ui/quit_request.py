"""Quit when the system asks, keeping what the user was typing: how an upgrade during working hours closes the app.

An MSI upgrade that finds the app running asks it to close through Windows Installer's Restart Manager
(WM_QUERYENDSESSION / WM_ENDSESSION with ENDSESSION_CLOSEAPP, as at logoff); Qt delivers that as
QGuiApplication.commitDataRequest. On Linux a logout or `kill` sends SIGTERM. Both end here: every open
new-document form with something typed in it is stored in the profile's encrypted cache (an outgoing document or
internal draft as the draft it already is, an incoming one as received, not registered, so no arrival number is
spent), then the app closes as its Quit action does (sync stopped, profile closed, exit code 0). The installer
then replaces the files without a restart pending (no 3010).

A form whose fields do not validate, and a secret document's form (its content may not be stored: Law 117/2025),
cannot be kept; they are logged.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication, QWidget

from client.ui.worker import run_in_background, wait_for_idle
from sync.protocol.domain import IncomingStatus
from sync.protocol.secrecy import is_secret

if TYPE_CHECKING:
    # The form and the record models load with the first form opened, not at start (issue 17).
    from client.office import DocumentRecord
    from client.ui.document_form import DocumentForm

log = logging.getLogger(__name__)


class Quittable(Protocol):
    """The app controller, as far as quitting goes."""

    @property
    def window(self) -> QWidget | None: ...

    def quit(self) -> None: ...


def kept_record(form: DocumentForm) -> DocumentRecord | None:
    """What an open form would store if the app closed now; None when it holds nothing or cannot be kept."""
    if not (form.summary.toPlainText().strip() or form.number.text().strip() or form.files.paths):
        return None  # opened, nothing typed: no empty draft
    if is_secret(form.secrecy.currentData() or 0):
        log.warning("a secret document's form was open at quit; its content is not stored")
        return None
    from pydantic import ValidationError

    from client.office import DocumentRecord

    try:
        record = form.record()
    except ValidationError as error:
        log.warning("an open %s form was not kept at quit: %s", form.kind, error)
        return None
    if record.kind == "incoming":  # kept as received: registering it (an arrival number) stays the clerk's act
        record = DocumentRecord.model_validate({**record.model_dump(), "status": IncomingStatus.RECEIVED,
                                                "arrival_number": None, "arrival_date": None})
    return record


def keep_open_forms(window: QWidget | None) -> int:
    """Store every open new-document form that can be kept (on the worker); return how many."""
    if window is None or "client.ui.document_form" not in sys.modules:
        return 0  # the form's module loads with the first form opened: none loaded, none open
    from client.ui.document_form import DocumentForm

    kept = 0
    for form in window.findChildren(DocumentForm):
        # A form the idle lock hid is still the clerk's work (an upgrade at lunchtime finds the window locked).
        still_open = form.isVisible() or bool(form.property("hiddenByLock"))
        record = kept_record(form) if still_open else None
        if record is None:
            continue
        session, files = form.session, list(form.files.paths)
        # The profile is closed only after the worker is idle (AppController._close_profile), so this lands.
        run_in_background(lambda s=session, r=record, f=files: s.add_document(r, f), lambda _changes: None,
                          lambda error: log.error("an open form could not be kept at quit: %s", error))
        form.hide()
        form.setProperty("hiddenByLock", False)  # an unlock must not bring back a form already stored
        kept += 1
    return kept


def keep_work_and_quit(controller: Quittable) -> None:
    """Keep the open forms, then close the app as the Quit action does."""
    kept = keep_open_forms(controller.window)
    if kept:
        log.info("asked to quit: %d open form(s) kept as drafts", kept)
    controller.quit()


def quit_on_request(app: QApplication, controller: Quittable) -> Callable[[QSessionManager], None]:
    """Answer the system's request to close (Restart Manager, logoff) by keeping the work and quitting."""

    def commit_data(_manager: QSessionManager) -> None:
        # Stored before this returns: at logoff Windows may end the process right after WM_ENDSESSION, so nothing
        # queued for later is sure to run. Each save is its own transaction in the cache, durable once done.
        kept = keep_open_forms(controller.window)
        wait_for_idle()
        if kept:
            log.info("asked to quit: %d open form(s) kept as drafts", kept)
        # The window closes from the event loop, not inside Windows' message.
        QTimer.singleShot(0, controller.quit)

    app.commitDataRequest.connect(commit_data)
    return commit_data
