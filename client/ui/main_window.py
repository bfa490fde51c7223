"""The main window: navigation, the views it composes, menus with shortcuts, the sync status bar and the idle lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from client.office import Changes, OfficeSession
from client.ui.document_list_view import DocumentListView
from client.ui.error_text import describe
from client.ui.idle_lock import IdleWatcher
from client.ui.lock_screen import LockScreen
from client.ui.secret_purge_notice import tell_purge_once
from client.ui.settings import AppSettings
from client.ui.sync_controller import RunOutcome, SyncController
from client.ui.sync_status import SyncStatusBar

if TYPE_CHECKING:
    # Built on first show, and imported then: the PDF viewer, the charts and the signing and export libraries
    # behind these are not loaded at start-up.
    from client.ui.conflicts_view import ConflictsView
    from client.ui.digitize_dialog import DigitizeDialog
    from client.ui.document_form import DocumentForm
    from client.ui.document_view import DocumentView
    from client.ui.ocr_dialog import OcrDialog
    from client.ui.refused_view import RefusedView
    from client.ui.registers_view import RegistersView
    from client.ui.reports_view import ReportsView
    from client.ui.search_view import SearchView
    from client.ui.secret_entry_form import SecretEntryForm
    from client.ui.settings_dialog import SettingsDialog
    from client.ui.tasks_view import TasksView
    from client.ui.token_screen import TokenScreen

    # the pages the navigation switches
    View = DocumentListView | TasksView | SearchView | ConflictsView | RefusedView | RegistersView | ReportsView

INCOMING, OUTGOING, DRAFTS, TASKS, SEARCH, CONFLICTS, REFUSED, REGISTERS, REPORTS = range(9)
SEND_SOON_MS = 2_000  # an action taken online is sent this long after the last of a burst


class MainWindow(QMainWindow):
    """A signed-in profile's office: lists, tasks, search and conflicts."""

    languageChangeRequested = Signal(str)
    signOutRequested = Signal()
    locked = Signal()
    unlocked = Signal()
    closed = Signal()

    def __init__(
        self,
        session: OfficeSession,
        settings: AppSettings,
        *,
        idle_ms: int | None = None,
        sync: SyncController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.sync = sync
        info = session.info
        self.setWindowTitle(
            self.tr("Commune Office — %1 — %2").replace("%1", info.display_name).replace("%2", info.unit.name)
        )
        self.resize(1280, 800)

        # The pages of the stack, in its order. A page is built when it is first shown (or first asked for), so
        # start-up builds only Incoming; each fetches what it shows on start() and again on refresh().
        self._built: dict[int, View] = {}
        nav_names = [
            self.tr("Incoming"),
            self.tr("Outgoing"),
            self.tr("Drafts"),
            self.tr("Tasks"),
            self.tr("Search"),
            self.tr("Conflicts"),
            self.tr("Refused"),
            self.tr("Registers"),
            self.tr("Reports"),
        ]
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setMaximumWidth(200)
        for position, name in enumerate(nav_names):
            self.nav.addItem(name)
            self.nav.item(position).setToolTip(f"{name} (Ctrl+{position + 1})")
        self.pages = QStackedWidget()
        for _ in nav_names:
            self.pages.addWidget(QWidget())  # a stand-in until the page is built
        self.nav.currentRowChanged.connect(self.show_view)

        workspace = QSplitter()
        workspace.addWidget(self.nav)
        workspace.addWidget(self.pages)
        workspace.setStretchFactor(1, 1)
        self.lock_screen = LockScreen(session)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.signOutRequested.connect(self.signOutRequested)
        self.root = QStackedWidget()
        self.root.addWidget(workspace)
        self.root.addWidget(self.lock_screen)
        self.setCentralWidget(self.root)

        self.sync_status = SyncStatusBar()
        self.statusBar().addPermanentWidget(self.sync_status, 1)
        self.sync_status.refusedClicked.connect(lambda: self.show_view(REFUSED))
        self.sync = None
        self.send_soon = QTimer(self)
        self.send_soon.setSingleShot(True)
        self.send_soon.setInterval(SEND_SOON_MS)
        self.send_soon.timeout.connect(self.sync_now)
        if sync is not None:
            self.attach_sync(sync)

        self._build_menus(nav_names)
        minutes = settings.idle_lock_minutes
        self._idle_ms_given = idle_ms is not None  # tests fix it; otherwise it follows the settings
        self.idle = IdleWatcher(idle_ms if idle_ms is not None else minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.idle.start()
        self.nav.setCurrentRow(INCOMING)
        self.refresh_counts()

    # -- pages, built on first show --------------------------------------------------------------------------

    def page(self, position: int) -> View:
        """The view at a position of the navigation, built now if it never was."""
        view = self._built.get(position)
        if view is None:
            view = self._build_page(position)
            self._built[position] = view
            stand_in = self.pages.widget(position)
            assert stand_in is not None
            current = self.pages.currentIndex()
            self.pages.insertWidget(position, view)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            self.pages.setCurrentIndex(current)
        return view

    def built_pages(self) -> list[View]:
        """The views built so far: a view never built has nothing stale, it reads all it shows when first shown."""
        return [self._built[p] for p in sorted(self._built)]

    def _build_page(self, position: int) -> View:
        session, settings = self.session, self.settings
        view: View
        # Every action of every view reports what it changed here, and only here are views refreshed.
        if position in (INCOMING, OUTGOING, DRAFTS):
            kind, title = {INCOMING: ("incoming", self.tr("Incoming documents")),
                           OUTGOING: ("outgoing", self.tr("Outgoing documents")),
                           DRAFTS: ("draft", self.tr("Drafts"))}[position]
            view = DocumentListView(session, kind, title, settings=settings)
            self._watch_document_pane(view)
        elif position == SEARCH:
            from client.ui.search_view import SearchView

            view = SearchView(session)
            self._watch_document_pane(view)
        elif position == TASKS:
            from client.ui.tasks_view import TasksView

            view = TasksView(session)
            view.changed.connect(self.apply_changes)
        elif position == CONFLICTS:
            from client.ui.conflicts_view import ConflictsView

            view = ConflictsView(session)
            view.changed.connect(self._conflict_resolved)
        elif position == REFUSED:
            from client.ui.refused_view import RefusedView

            view = RefusedView(session)
            view.changed.connect(self._refused_settled)
        elif position == REGISTERS:
            from client.ui.registers_view import RegistersView

            view = RegistersView(session)
        else:
            from client.ui.reports_view import ReportsView

            view = ReportsView(session)
        return view

    def _watch_document_pane(self, view: DocumentListView | SearchView) -> None:
        if isinstance(view, DocumentListView):
            view.when_document_built(self._wire_document_pane)  # a list's pane is built when first needed
        else:
            self._wire_document_pane(view.document)

    def _wire_document_pane(self, pane: DocumentView) -> None:
        pane.changed.connect(self.apply_changes)
        if self.sync is not None:
            pane.set_downloader(self.sync.download)

    def _built_document_pages(self) -> list[DocumentListView | SearchView]:
        return [self._built[p] for p in (INCOMING, OUTGOING, DRAFTS, SEARCH)  # type: ignore[misc]
                if p in self._built]

    @property
    def incoming(self) -> DocumentListView:
        return self.page(INCOMING)  # type: ignore[return-value]

    @property
    def outgoing(self) -> DocumentListView:
        return self.page(OUTGOING)  # type: ignore[return-value]

    @property
    def drafts(self) -> DocumentListView:
        return self.page(DRAFTS)  # type: ignore[return-value]

    @property
    def tasks(self) -> TasksView:
        return self.page(TASKS)  # type: ignore[return-value]

    @property
    def search(self) -> SearchView:
        return self.page(SEARCH)  # type: ignore[return-value]

    @property
    def conflicts(self) -> ConflictsView:
        return self.page(CONFLICTS)  # type: ignore[return-value]

    @property
    def refused(self) -> RefusedView:
        return self.page(REFUSED)  # type: ignore[return-value]

    @property
    def registers(self) -> RegistersView:
        return self.page(REGISTERS)  # type: ignore[return-value]

    @property
    def reports(self) -> ReportsView:
        return self.page(REPORTS)  # type: ignore[return-value]

    # -- menus and shortcuts ---------------------------------------------------------------------------------

    def _build_menus(self, nav_names: list[str]) -> None:
        self.session_actions: list[QAction] = []

        # `slot` may take the `checked` flag that QAction.triggered passes, or nothing.
        def action(text: str, shortcut: str | QKeySequence.StandardKey | None, slot: Callable[..., object]) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.session_actions.append(act)
            return act

        documents = self.menuBar().addMenu(self.tr("&Documents"))
        self.new_incoming_action = action(
            self.tr("&Register incoming…"), "Ctrl+N", lambda: self.new_document("incoming")
        )
        self.new_outgoing_action = action(
            self.tr("Draft &outgoing…"), "Ctrl+Shift+N", lambda: self.new_document("outgoing")
        )
        self.new_draft_action = action(
            self.tr("New internal &draft…"), "Ctrl+Alt+N", lambda: self.new_document("draft")
        )
        self.digitize_action = action(self.tr("&Digitize scans…"), "Ctrl+I", self.digitize)
        self.ocr_action = action(self.tr("Recognise &text of scans…"), None, self.recognise_scans)
        self.new_secret_incoming_action = action(self.tr("Register a secret &incoming document (paper)…"), None,
                                                 lambda: self.new_secret_entry("incoming"))
        self.new_secret_outgoing_action = action(self.tr("Register a secret o&utgoing document (paper)…"), None,
                                                 lambda: self.new_secret_entry("outgoing"))
        self.sync_action = action(self.tr("&Sync now"), "F5", self.sync_now)
        self.cancel_sync_action = action(self.tr("&Cancel the sync"), "Ctrl+Shift+X", self.cancel_sync)
        self.refresh_action = action(self.tr("Re&fresh"), "Ctrl+Shift+R", self.refresh)
        self.lock_action = action(self.tr("&Lock"), "Ctrl+L", self.lock)
        self.sign_out_action = action(self.tr("Sign &out"), None, self.signOutRequested.emit)
        self.quit_action = action(self.tr("&Quit"), "Ctrl+Q", self.close)
        for act in (self.new_incoming_action, self.new_outgoing_action, self.new_draft_action, self.digitize_action,
                    self.ocr_action):
            documents.addAction(act)
        documents.addSeparator()
        documents.addAction(self.new_secret_incoming_action)
        documents.addAction(self.new_secret_outgoing_action)
        documents.addSeparator()
        for act in (self.sync_action, self.cancel_sync_action, self.refresh_action, self.lock_action,
                    self.sign_out_action, self.quit_action):
            documents.addAction(act)

        go = self.menuBar().addMenu(self.tr("&Go"))
        for position, name in enumerate(nav_names):
            go.addAction(action(name, f"Ctrl+{position + 1}", lambda _c=False, p=position: self.nav.setCurrentRow(p)))
        go.addAction(action(self.tr("Find…"), QKeySequence.StandardKey.Find, lambda: self.nav.setCurrentRow(SEARCH)))

        settings = self.menuBar().addMenu(self.tr("&Settings"))
        language = settings.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            act = QAction(name, self, checkable=True)
            act.setChecked(self.settings.language == code)
            act.triggered.connect(lambda _c=False, c=code: self.languageChangeRequested.emit(c))
            group.addAction(act)
            language.addAction(act)
            setattr(self, f"language_{code}_action", act)
        settings.addSeparator()
        self.settings_action = action(self.tr("Se&ttings…"), "Ctrl+,", self.open_settings)
        settings.addAction(self.settings_action)
        settings.addAction(action(self.tr("Signing &token…"), None, self.open_token_screen))

    def open_settings(self) -> SettingsDialog:
        """The Settings dialog: the user's settings, and the machine's configuration (locked keys greyed out)."""
        from client.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.saved.connect(self._settings_saved)
        dialog.languageChosen.connect(self.languageChangeRequested)
        dialog.open()
        return dialog

    def open_token_screen(self) -> TokenScreen:
        """The token screen: modules, slots, certificates with expiry, a test signature."""
        from client.ui.token_screen import TokenScreen

        screen = TokenScreen(self.session, self)
        screen.open()
        return screen

    def _settings_saved(self) -> None:
        if not self._idle_ms_given:  # the new idle-lock minutes apply now
            self.idle.stop()
            self.idle.interval_ms = self.settings.idle_lock_minutes * 60_000
            self.idle.start()

    # -- navigation ------------------------------------------------------------------------------------------

    def show_view(self, position: int) -> None:
        """Show one of the views and let it fetch what it shows."""
        if position < 0:
            return
        view = self.page(position)
        self.pages.setCurrentIndex(position)
        view.start()
        if self.nav.currentRow() != position:
            self.nav.setCurrentRow(position)

    def refresh(self) -> None:
        """Read the current view and the counts again from the cache."""
        self.page(self.pages.currentIndex()).refresh()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """Update pending changes and conflicts in the status bar."""
        self.sync_status.refresh_counts(self.session)

    # -- sync ------------------------------------------------------------------------------------------------

    def attach_sync(self, sync: SyncController) -> None:
        """Show this profile's sync in the status bar and refresh the views each run touches."""
        self.sync = sync
        self.sync_status.cancelRequested.connect(sync.cancel)
        sync.statusRead.connect(self.sync_status.show_status)
        sync.runStarted.connect(self.sync_status.run_started)
        sync.progressed.connect(self.sync_status.show_progress)
        sync.runFinished.connect(lambda _outcome: self.sync_status.run_finished())
        sync.runFinished.connect(self._sync_finished)
        sync.changed.connect(self.apply_changes)
        sync.massPurgeAsked.connect(self._ask_mass_purge)
        if sync.runs:
            sync.refresh_status()  # a window rebuilt on a running sync (language switch) shows the last sync again
        for view in self._built_document_pages():
            if isinstance(view, DocumentListView):
                view.when_document_built(lambda pane: pane.set_downloader(sync.download))
            else:
                view.document.set_downloader(sync.download)

    def sync_now(self) -> None:
        """Sync now (F5); without a server, read the current view again."""
        if self.sync is not None:
            self.sync.sync_now()
        else:
            self.refresh()

    def cancel_sync(self) -> None:
        """Stop the sync in progress at its next safe point."""
        if self.sync is not None:
            self.sync.cancel()

    def apply_changes(self, changes: Changes) -> None:
        """Read again only what an action or a sync run made stale: the one place views are refreshed."""
        built = self._built
        for position in (INCOMING, OUTGOING, DRAFTS, SEARCH):
            if position in built:
                built[position].apply_changes(changes)  # type: ignore[union-attr]
        if changes.touches("tasks") and TASKS in built and self.tasks.isVisible():
            self.tasks.refresh()
        if changes.views & {"conflicts", "incoming", "outgoing", "draft"} and CONFLICTS in built:
            self.conflicts.refresh()
        if REFUSED in built and (changes.touches("refused") or (changes.counts and self.refused.isVisible())):
            self.refused.refresh()
        for position in (REGISTERS, REPORTS):
            if changes.views & {"incoming", "outgoing", "tasks"} and position in built and built[position].isVisible():
                built[position].refresh()
        if changes.counts:
            self.refresh_counts()
        if changes.queued and self.sync is not None and self.sync_status.state.online:
            # Online, a change goes out now (a few seconds later, so a burst of actions is one sync).
            self.send_soon.start()

    def _ask_mass_purge(self, removing: int, total: int) -> None:
        """The server asks to remove over half of the cache: the user decides, with the numbers in front of them."""
        if self.sync is None:
            return
        sync = self.sync
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Remove records from this computer?"),
            self.tr("The server asks to remove %1 of the %2 records on this computer. That is unusual: it can "
                    "happen when your unit was changed, or by a mistake on the server. Nothing has been removed "
                    "yet. Remove them?").replace("%1", str(removing)).replace("%2", str(total)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Remove %1 records").replace("%1", str(removing)))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep them and stop"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: sync.answer_mass_purge(result == QMessageBox.StandardButton.Yes))
        self.mass_purge_box = box
        box.open()

    def _sync_finished(self, outcome: RunOutcome) -> None:
        self.refresh_counts()
        if outcome.error is not None and not SyncController.was_cancelled(outcome):
            self.statusBar().showMessage(describe(outcome.error), 15_000)

    def _conflict_resolved(self, changes: Changes) -> None:
        self.apply_changes(changes)
        self.sync_now()  # a kept or merged value goes to the server at once when online

    def _refused_settled(self, changes: Changes) -> None:
        self.apply_changes(changes)
        self.sync_now()  # a change sent again goes to the server at once when online

    # -- documents -------------------------------------------------------------------------------------------

    def new_document(self, kind: str) -> DocumentForm:
        """Open the form for a new document of a kind."""
        from client.ui.document_form import DocumentForm

        form = DocumentForm(self.session, kind, self)
        target = {"incoming": self.incoming, "outgoing": self.outgoing, "draft": self.drafts}[kind]
        form.changed.connect(lambda changes: self._document_saved(target, changes))
        form.open()
        return form

    def new_secret_entry(self, kind: str) -> SecretEntryForm:
        """Open the register-entry form of a paper secret document (stub fields only, no scan)."""
        from client.ui.secret_entry_form import SecretEntryForm

        form = SecretEntryForm(self.session, kind, self)
        target = self.incoming if kind == "incoming" else self.outgoing
        form.changed.connect(lambda changes: self._document_saved(target, changes))
        form.open()
        return form

    def tell_secret_purge(self) -> None:
        """Say once how many entries were reduced to register entries, if the office layer reports any."""
        tell_purge_once(self, self.session)

    def digitize(self) -> DigitizeDialog:
        """Open the digitizing dialog."""
        from client.ui.digitize_dialog import DigitizeDialog

        dialog = DigitizeDialog(self.session, self)
        dialog.imported.connect(lambda _n: self.apply_changes(Changes(frozenset({"incoming", "outgoing", "draft"}),
                                                                      counts=True)))
        dialog.open()
        return dialog

    def recognise_scans(self) -> OcrDialog:
        """Open the dialog that recognises the text of every scan not searchable yet."""
        from client.ui.ocr_dialog import OcrDialog

        dialog = OcrDialog(self.session, self)
        dialog.changed.connect(self.apply_changes)
        dialog.open()
        return dialog

    def _document_saved(self, view: DocumentListView, changes: Changes) -> None:
        self.show_view(next(p for p, built in self._built.items() if built is view))
        self.apply_changes(changes)

    # -- lock ------------------------------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.root.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide every piece of data and ask for the password again."""
        if self.is_locked:
            return
        self.idle.stop()
        for child in self.findChildren(QDialog):
            if child.isVisible():
                child.hide()  # open forms keep their content, but hidden while locked
                child.setProperty("hiddenByLock", True)
        for act in self.session_actions:
            act.setEnabled(act is self.quit_action)
        self.menuBar().setEnabled(False)
        self.lock_screen.reset()
        self.root.setCurrentWidget(self.lock_screen)
        self.locked.emit()

    def unlock(self) -> None:
        """Show the data again after the right password."""
        self.root.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        for act in self.session_actions:
            act.setEnabled(True)
        for child in self.findChildren(QDialog):
            if child.property("hiddenByLock"):
                child.setProperty("hiddenByLock", False)
                child.show()
        self.idle.start()
        self.unlocked.emit()
        self.tell_secret_purge()

    def show_notices(self, notices: list[str]) -> None:
        """Tell the user, once, what the opening of the profile found (e.g. no keyring)."""
        if notices:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Notice"), "\n\n".join(notices), parent=self)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        super().closeEvent(event)
        self.closed.emit()
