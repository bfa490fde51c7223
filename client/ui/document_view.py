"""One document: its register fields, its processing trail (events and notes), its attachments, and its actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.office import DOCUMENT_VIEWS, CacheError, Changes, NoteRecord, OfficeSession
from client.office.secret_entries import is_secret_entry
from client.ui import labels
from client.ui.attachment_viewer import AttachmentViewer
from client.ui.error_text import describe
from client.ui.recognised_text import RecognisedTextPanel
from client.ui.secret_entry_view import SecretEntryBanner
from client.ui.signature_panel import SignaturePanel
from client.ui.trail_view import TrailView
from client.ui.worker import Job, run_in_background

if TYPE_CHECKING:  # the dialogs are imported when first opened, not when the app starts
    from client.ui.assign_dialog import AssignDialog
    from client.ui.done_dialog import DoneDialog
    from client.ui.edit_dialog import EditDocumentDialog
    from client.ui.handover_dialogs import HandoverDialog
    from client.ui.send_dialog import SendDialog
    from client.ui.sign_dialog import SignDialog


Row = dict[str, Any]


def _load(session: OfficeSession, doc_id: str, mark_read: bool) -> Row:
    # Reading and marking read are one trip to the worker: opening a document is what makes it read.
    row = session.open_document(doc_id)[0] if mark_read else session.document(doc_id)
    # handler, co-handlers, people informed and the leader it was submitted to are shown by name
    return {**row, "people_names": {p["id"]: p["full_name"] for p in session.handlers()},
            "trail": session.trail(doc_id)}


def _undo(session: OfficeSession, doc_id: str) -> tuple[Changes, Row | None]:
    # Undo and the document as it is now in one trip: a document never sent is gone afterwards (None).
    changes = session.undo(doc_id)
    try:
        return changes, _load(session, doc_id, False)
    except CacheError:
        return changes, None


# (sha256, on_done, on_error): fetch one attachment off the GUI thread and report back on it.
Downloader = Callable[[str, Callable[[object], None], Callable[[BaseException], None]], None]


class DocumentView(QWidget):
    """The details pane beside a document list."""

    loaded = Signal(str)  # the document id, once its fields are shown
    assigned = Signal(str)  # the document id, once the assignment is queued
    sent = Signal(str)  # the document id, once the send is queued
    handedOver = Signal(str)  # the document id, once a forward, return or submit is queued
    statusChanged = Signal(str)  # the new status, once queued
    noteAdded = Signal(str)
    undone = Signal(str)  # the document id, once its unsent changes are taken back
    changed = Signal(object)  # Changes: what an action of this pane made stale

    def __init__(self, session: OfficeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document: Row | None = None
        self._job: Job | None = None
        # Fetches one attachment on demand; set when the profile syncs with a server.
        self.downloader: Downloader | None = None
        self._show_row_after_load: int | None = None

        self.heading = QLabel(self.tr("No document selected."))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600")
        self.badges = QLabel()
        self.secret_banner = SecretEntryBanner()

        self.register_button = QPushButton(self.tr("&Register"))
        self.register_button.setToolTip(self.tr("Enter it in the incoming register (the server gives the number)"))
        self.assign_button = QPushButton(self.tr("&Assign…"))
        self.assign_button.setToolTip(self.tr("Assign to a handler with a deadline and a direction note (Ctrl+G)"))
        self.start_button = QPushButton(self.tr("S&tart processing"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setToolTip(self.tr("Mark the document done, with the result of the processing (Ctrl+D)"))
        self.send_button = QPushButton(self.tr("Se&nd…"))
        self.send_button.setToolTip(self.tr("Send to units of the platform (Ctrl+Shift+S)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Correct the register fields: number, type, summary, issuer (Ctrl+E)"))
        self.forward_button = QPushButton(self.tr("&Forward…"))
        self.forward_button.setToolTip(self.tr("Move the work to another main handler, with a note"))
        self.return_button = QPushButton(self.tr("Return…"))
        self.return_button.setToolTip(self.tr("Give the document back to the leader, saying why"))
        self.submit_button = QPushButton(self.tr("Su&bmit to leader…"))
        self.submit_button.setToolTip(self.tr("Pass the registered document to a leader for assignment"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Take back this document's changes not sent to the server yet (Ctrl+Z)"))
        self.done_dialog: DoneDialog | None = None
        self.action_buttons = (self.register_button, self.assign_button, self.start_button, self.done_button,
                               self.send_button, self.edit_button, self.forward_button, self.return_button,
                               self.submit_button)
        # Two rows, so the pane (and the window) still fits 1024 px: the register's steps, then the hand-overs.
        action_row = QVBoxLayout()
        steps, handovers = QHBoxLayout(), QHBoxLayout()
        for button in self.action_buttons:
            row = steps if button in (self.register_button, self.assign_button, self.start_button,
                                      self.done_button, self.send_button) else handovers
            row.addWidget(button)
            button.setEnabled(False)
        steps.addStretch()
        handovers.addStretch()
        handovers.addWidget(self.undo_button)
        action_row.addLayout(steps)
        action_row.addLayout(handovers)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        QShortcut(QKeySequence("Ctrl+Z"), self, self.undo_button.click,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.register_button.clicked.connect(lambda: self.change_status("registered"))
        self.assign_button.clicked.connect(self.open_assign)
        self.start_button.clicked.connect(lambda: self.change_status("in_progress"))
        self.done_button.clicked.connect(self.mark_done)
        self.send_button.clicked.connect(self.open_send)
        self.edit_button.clicked.connect(self.open_edit)
        self.forward_button.clicked.connect(lambda: self.open_handover("forward"))
        self.return_button.clicked.connect(lambda: self.open_handover("return"))
        self.submit_button.clicked.connect(lambda: self.open_handover("submit"))
        for key, button in (("Ctrl+G", self.assign_button), ("Ctrl+D", self.done_button),
                            ("Ctrl+Shift+S", self.send_button), ("Ctrl+E", self.edit_button)):
            QShortcut(QKeySequence(key), self, button.click, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.tabs = QTabWidget()
        self.fields = QWidget()
        self.fields_form = QFormLayout(self.fields)
        self.tabs.addTab(self.fields, self.tr("Register"))
        self.tabs.addTab(self._notes_tab(), self.tr("Processing trail"))
        self.tabs.addTab(self._attachments_tab(), self.tr("Attachments"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.badges)
        layout.addWidget(self.secret_banner)
        layout.addLayout(action_row)
        layout.addWidget(self.tabs, 1)
        self.setEnabled(False)

    def _notes_tab(self) -> QWidget:
        tab = QWidget()
        self.notes = TrailView()  # the notes in the trail of events, in time
        self.note_text = QPlainTextEdit()
        self.note_text.setPlaceholderText(self.tr("Write a processing note…"))
        self.note_text.setAccessibleName(self.tr("New processing note"))
        self.note_text.setMaximumHeight(90)
        self.add_note_button = QPushButton(self.tr("Add &note"))
        self.add_note_button.setToolTip(self.tr("Add the note (Ctrl+Enter)"))
        self.add_note_button.clicked.connect(self.add_note)
        QShortcut(QKeySequence("Ctrl+Return"), self.note_text, self.add_note)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.note_text)
        layout.addWidget(self.add_note_button)
        return tab

    def _attachments_tab(self) -> QWidget:
        self.attachments = QListWidget()
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments.setMaximumWidth(260)
        self.viewer = AttachmentViewer()
        self.viewer.downloadRequested.connect(self._download)
        self.attachments.currentRowChanged.connect(self._attachment_chosen)
        # beside the list: the chosen PDF's signatures, and signing it (issue 15)
        self.signature_panel = SignaturePanel()
        self.signature_panel.setMaximumWidth(260)
        self.sign_button = QPushButton(self.tr("Sign…"))
        self.sign_button.clicked.connect(self.open_sign)
        self.sign_button.hide()
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.attachments, 1)
        column.addWidget(self.signature_panel)
        column.addWidget(self.sign_button)
        # under the viewer: whether a scan's words are searchable, recognising them, the recognised text (issue 13)
        self.ocr_panel = RecognisedTextPanel()
        self.ocr_panel.recognised.connect(lambda _report: self.changed.emit(Changes(DOCUMENT_VIEWS)))
        shown = QSplitter(Qt.Orientation.Vertical)
        shown.addWidget(self.viewer)
        shown.addWidget(self.ocr_panel)
        shown.setStretchFactor(0, 3)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(shown)
        splitter.setStretchFactor(1, 1)
        self.attachments_page = splitter
        return splitter

    # -- loading ---------------------------------------------------------------------------------------------

    def show_document(self, doc_id: str, *, mark_read: bool = True) -> None:
        """Load a document on a worker (marking it read) and show it."""
        if self._job is not None:
            self._job.cancel()
        self._job = run_in_background(lambda: _load(self.session, doc_id, mark_read), self._display, self._failed)

    def reload(self) -> None:
        """Show the current document again from the cache."""
        if self.document is not None:
            self.show_document(self.document["id"], mark_read=False)

    def clear(self) -> None:
        """Show no document (e.g. when locking)."""
        self.document = None
        self.heading.setText(self.tr("No document selected."))
        self.badges.clear()
        self.secret_banner.hide()
        self.notes.clear()
        self.attachments.clear()
        self.viewer.clear()
        self.signature_panel.clear()
        self.ocr_panel.clear()
        self.sign_button.hide()
        self.setEnabled(False)

    def _display(self, doc: Row) -> None:
        self._job = None
        previous = self.document["id"] if self.document else None
        self.document = doc
        self.setEnabled(True)
        number = doc.get("number_symbol") or self.tr("(no number)")
        secret = is_secret_entry(doc)
        title = doc.get("summary") or (self.tr("Register entry only") if secret else "")
        self.heading.setText(f"{number} — {title}")
        self._show_badges(doc)
        if secret:
            self.secret_banner.show_entry(doc)
        else:
            self.secret_banner.hide()
        self.tabs.setTabVisible(self.tabs.indexOf(self.attachments_page), not secret)
        self._show_fields(doc)
        self.notes.show_trail(doc["trail"], doc["people_names"])
        if previous != doc["id"] or secret:
            self.attachments.clear()
            for attachment in doc["attachments"]:
                item = QListWidgetItem(attachment["name"])
                item.setToolTip(f"{attachment['mime']}, {attachment['size'] // 1024 + 1} KB")
                self.attachments.addItem(item)
            if doc["attachments"]:
                row = self._show_row_after_load or 0
                self._show_row_after_load = None
                self.attachments.setCurrentRow(min(row, len(doc["attachments"]) - 1))
            elif secret:
                self.viewer.clear("")
            else:
                self.viewer.clear(self.tr("This document has no attachment."))
        self._enable_actions(doc)
        self.loaded.emit(doc["id"])

    def set_downloader(self, downloader: Downloader | None) -> None:
        """Offer "Download now" for attachments not fetched yet (large files wait to be asked for)."""
        self.downloader = downloader
        self.viewer.can_download = downloader is not None

    def _download(self, sha256: str) -> None:
        if self.downloader is None or self.document is None:
            return
        row = self.attachments.currentRow()
        doc_id = self.document["id"]
        self.viewer.downloading()

        def done(_result: object) -> None:
            # Read the document again so the attachment shows as present, and show the same attachment.
            self._show_row_after_load = row
            self.document = None
            self.show_document(doc_id, mark_read=False)

        def failed(error: BaseException) -> None:
            self.viewer.clear(self.tr("The download did not finish: %1").replace("%1", describe(error)))

        self.downloader(sha256, done, failed)

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self.heading.setText(self.tr("The document could not be opened: %1").replace("%1", describe(error)))

    def _show_badges(self, doc: Row) -> None:
        parts = []
        if doc.get("urgency"):
            colour = labels.urgency_colour(doc["urgency"])
            name = colour.name() if colour else ""
            parts.append(f"<span style='color:{name}'>■ {labels.urgency_label(doc['urgency'])}</span>")
        if doc.get("secrecy"):
            parts.append(f"<span style='color:{labels.SECRECY_COLOUR}'>■ {labels.secrecy_label(doc['secrecy'])}</span>")
        status = labels.status_label(doc.get("status"))
        if doc.get("status") == "sent" and doc.get("unsent_status"):
            status += " · " + self.tr("waiting to be sent to the server")
        parts.append(status)
        self.badges.setText(" &nbsp; ".join(parts))

    def _show_fields(self, doc: Row) -> None:
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        rows: list[tuple[str, object]] = [
            (self.tr("Kind"), labels.kind_label(doc["kind"])),
            (self.tr("Number and symbol"), doc.get("number_symbol")),
            (self.tr("Document type"), doc.get("doc_type")),
            *([(self.tr("Summary"), doc.get("summary"))]
              if doc.get("summary") or not is_secret_entry(doc) else []),  # a register entry has none by default
            (self.tr("Issuing body"), doc.get("issuing_body")),
            (self.tr("Date of issue"), labels.format_date(doc.get("issued_date"))),
            (self.tr("Signer"), doc.get("signer")),
        ]
        if doc["kind"] == "incoming":
            rows += [
                (self.tr("Arrival number"), doc.get("arrival_number")),
                (self.tr("Arrival date"), labels.format_date(doc.get("arrival_date"))),
            ]
        else:
            rows += [
                (self.tr("Outgoing number"), doc.get("outgoing_number")),
                (self.tr("Recipients"), "; ".join(doc.get("recipients") or [])),
            ]
        rows += [
            (self.tr("Secrecy"), labels.secrecy_label(doc.get("secrecy") or 0)),
            (self.tr("Urgency"), labels.urgency_label(doc.get("urgency") or 0)),
            (self.tr("Processing deadline"), labels.format_date(doc.get("deadline"))),
            (self.tr("Direction note"), doc.get("direction_note")),
        ]
        if doc["kind"] == "incoming":
            names = doc.get("people_names") or {}

            def name(person_id: str) -> str:
                return str(names.get(person_id) or person_id[:8])

            rows += [
                (self.tr("Handler"), name(doc["handler_id"]) if doc.get("handler_id") else ""),
                (self.tr("Co-handlers"), ", ".join(name(i) for i in doc.get("co_handler_ids") or ())),
                (self.tr("Informed"), ", ".join(name(i) for i in doc.get("informed_ids") or ())),
            ]
            if doc.get("submitted_to_id"):
                when = labels.format_date(doc.get("submitted_at")) if doc.get("submitted_at") else ""
                rows.append((self.tr("Submitted to"), name(doc["submitted_to_id"]) + (f", {when}" if when else "")))
        rows += [
            (self.tr("Status"), labels.status_label(doc.get("status"))),
            (self.tr("Pages / copies"), f"{doc.get('pages') or '–'} / {doc.get('copies') or '–'}"),
        ]
        if is_secret_entry(doc):
            rows.append((self.tr("Original kept at"), doc.get("original_location") or self.tr("not recorded")))
        for title, value in rows:
            label = QLabel("" if value is None else str(value))
            label.setWordWrap(True)
            label.setAccessibleName(title)
            self.fields_form.addRow(title + ":", label)

    def _attachment_chosen(self, row: int) -> None:
        if self.document is None or "view_attachment" not in self.session.available_actions(self.document):
            return  # a secret document's content is never opened here
        if 0 <= row < len(self.document["attachments"]):
            attachment = self.document["attachments"][row]
            self.viewer.show_attachment(self.session, attachment)
            self.signature_panel.show_for(self.session, attachment)
            self.ocr_panel.show_for(self.session, attachment)
            self.sign_button.setVisible(attachment["mime"] == "application/pdf"
                                        and self._signing_purpose() is not None)

    def _signing_purpose(self) -> str | None:
        """The signature this person may apply to the open document now: the leader's, or the agency's."""
        if self.document is None:
            return None
        return next((p for p in ("approve", "agency") if self.session.may_sign(self.document, p)), None)

    def open_sign(self) -> SignDialog | None:
        """The sign dialog for the chosen PDF; the document reloads once it is signed."""
        from client.ui.sign_dialog import SignDialog

        row, purpose = self.attachments.currentRow(), self._signing_purpose()
        if self.document is None or purpose is None or not 0 <= row < len(self.document["attachments"]):
            return None
        dialog = SignDialog(self.session, self.document, self.document["attachments"][row], purpose, self)

        def signed(changes: Changes) -> None:
            self.changed.emit(changes)
            self.reload()

        dialog.signed.connect(signed)
        dialog.open()
        return dialog

    # -- actions ---------------------------------------------------------------------------------------------

    def add_note(self) -> None:
        """Append the typed note to the document's timeline (queued for the server)."""
        text = self.note_text.toPlainText().strip()
        if self.document is None or not text:
            return
        info = self.session.info
        note = NoteRecord(document_id=self.document["id"], author_id=self.session.user_id(),
                          author_name=info.display_name, text=text)
        self.add_note_button.setEnabled(False)

        def saved(changes: Changes) -> None:
            self.add_note_button.setEnabled(True)
            self.note_text.clear()
            self.noteAdded.emit(note.id)
            self.changed.emit(changes)
            self.reload()

        def failed(error: BaseException) -> None:
            self.add_note_button.setEnabled(True)
            self.heading.setText(self.tr("The note was not saved: %1").replace("%1", describe(error)))

        session = self.session
        run_in_background(lambda: session.add_note(note), saved, failed)

    def _enable_actions(self, doc: Row) -> None:
        # The same lifecycle and role table the server enforces decides what is offered (client/office).
        allowed = self.session.available_actions(doc)
        for name, button in (("register", self.register_button), ("assign", self.assign_button),
                             ("start", self.start_button), ("done", self.done_button), ("send", self.send_button),
                             ("edit", self.edit_button), ("forward", self.forward_button),
                             ("return", self.return_button), ("submit", self.submit_button)):
            button.setEnabled(name in allowed)
        self.undo_button.setEnabled(bool(doc.get("unsent")))
        # Content: none of it is offered for a secret document, a register entry only (Law 117/2025).
        self.viewer.print_action.setEnabled("print" in allowed)
        for action in (self.viewer.save_action, self.viewer.save_image_action):
            action.setEnabled("export" in allowed)

    def mark_done(self) -> DoneDialog | None:
        """Ask for the result, then move the document to "done" with it as a note (queued for the server)."""
        from client.ui.done_dialog import DoneDialog

        if self.document is None or not self.done_button.isEnabled():
            return None
        dialog = self.done_dialog = DoneDialog(self.session, self.document, self)

        def marked(changes: Changes) -> None:
            self.statusChanged.emit("done")
            self._changed(changes)

        dialog.marked.connect(marked)
        dialog.open()
        return dialog

    def undo(self) -> None:
        """Take back the document's changes not sent yet; the server's copy comes back."""
        session, doc = self.session, self.document
        if doc is None or not self.undo_button.isEnabled():
            return
        self.undo_button.setEnabled(False)
        doc_id = doc["id"]

        def undone(result: tuple[Changes, Row | None]) -> None:
            changes, row = result
            self.undone.emit(doc_id)
            self.changed.emit(changes)
            if self.document is not None and self.document["id"] == doc_id:
                if row is None:
                    self.clear()  # created here and never sent: it is gone
                else:
                    self._display(row)

        run_in_background(lambda: _undo(session, doc_id), undone, self._undo_failed)

    def _undo_failed(self, error: BaseException) -> None:
        if self.document is not None:
            self.undo_button.setEnabled(bool(self.document.get("unsent")))
        self.badges.setText(self.tr("Nothing was undone: %1").replace("%1", describe(error)))

    def change_status(self, status: str) -> None:
        """Move the document forward to a status through the actions, on a worker."""
        session, doc = self.session, self.document
        if doc is None:
            return
        for button in self.action_buttons:
            button.setEnabled(False)
        doc_id = doc["id"]

        def done(changes: Changes) -> None:
            self.statusChanged.emit(status)
            self._changed(changes)

        run_in_background(lambda: session.change_status(doc_id, status), done, self._action_failed)

    def open_assign(self) -> AssignDialog | None:
        """Open the assignment form for this document."""
        from client.ui.assign_dialog import AssignDialog

        if self.document is None or not self.assign_button.isEnabled():
            return None
        dialog = AssignDialog(self.session, self.document, self)
        dialog.assigned.connect(lambda changes: self._acted(self.assigned, dialog.doc_id, changes))
        dialog.open()
        return dialog

    def open_handover(self, mode: str) -> HandoverDialog | None:
        """Open the forward, return or submit form for this document."""
        from client.ui.handover_dialogs import HandoverDialog

        buttons = {"forward": self.forward_button, "return": self.return_button, "submit": self.submit_button}
        if self.document is None or mode not in buttons or not buttons[mode].isEnabled():
            return None
        dialog = HandoverDialog(self.session, self.document, mode, self)  # type: ignore[arg-type]
        dialog.handedOver.connect(lambda changes: self._acted(self.handedOver, dialog.doc_id, changes))
        dialog.open()
        return dialog

    def open_edit(self) -> EditDocumentDialog | None:
        """Open the correction form for this document's register fields."""
        from client.ui.edit_dialog import EditDocumentDialog

        if self.document is None or not self.edit_button.isEnabled():
            return None
        dialog = EditDocumentDialog(self.session, self.document, self)
        dialog.changed.connect(self._changed)
        dialog.open()
        return dialog

    def open_send(self) -> SendDialog | None:
        """Open the recipients form for this document."""
        from client.ui.send_dialog import SendDialog

        if self.document is None or not self.send_button.isEnabled():
            return None
        dialog = SendDialog(self.session, self.document, self)
        dialog.sent.connect(lambda changes: self._acted(self.sent, dialog.doc_id, changes))
        dialog.open()
        return dialog

    def _acted(self, signal: Any, doc_id: str, changes: Changes) -> None:
        signal.emit(doc_id)
        self._changed(changes)

    def _changed(self, changes: Changes) -> None:
        self.changed.emit(changes)
        self.reload()

    def _action_failed(self, error: BaseException) -> None:
        if self.document is not None:
            self._enable_actions(self.document)
        self.badges.setText(self.tr("The change was not saved: %1").replace("%1", describe(error)))
