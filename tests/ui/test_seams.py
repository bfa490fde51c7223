"""The seams between the screens and the core, as a user meets them: the link back through the admin's CA, one
count of what waits and what was refused, and a mass removal decided in a dialog that names the count."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from client.cache.keys import KdfParams
from client.cache.profile import Profiles
from client.office import DocumentRecord, Office, OfficeError, OfficeSession
from server.db import migrate
from tests.server.org import PASSWORD, build_org
from tests.server.server_process import run_server_process
from tests.sync.conftest import server_settings
from tests.sync.faultproxy import FaultProxy, Faults
from tests.sync.test_tls import _issue, _machine_config

CUT = Faults(reset_rate=1.0, reset_after=(0, 0))  # every connection reset at once: the link is down


@pytest.fixture(scope="module")
def tls_behind_a_link(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, FaultProxy]]:
    """The reference server on HTTPS with a private CA's certificate, reached through a link that can be cut."""
    folder = tmp_path_factory.mktemp("tls-link")
    ca_cert, _ca_key_path, ca_key, ca_name = _issue(folder, "ca", "Commune Office test CA", None, None, ca=True)
    server_cert, server_key, _, _ = _issue(folder, "server", "127.0.0.1", ca_key, ca_name, ca=False)
    settings = server_settings(folder)
    migrate(settings.database_url)
    build_org(settings)
    for url in run_server_process(settings, folder, workers=1, tls=(server_cert, server_key, ca_cert)):
        proxy = FaultProxy(int(url.rsplit(":", 1)[1]))
        try:
            yield f"https://127.0.0.1:{proxy.listener.getsockname()[1]}", ca_cert, proxy
        finally:
            proxy.close()


def _signed_in(home: Path, url: str, user: str) -> OfficeSession:
    office = Office(profiles=Profiles(home, kdf=KdfParams.fast_for_tests()))
    return office.sign_in_online(url, user, PASSWORD)


def test_with_the_admins_ca_the_window_comes_back_online_by_itself_after_a_drop(
    qtbot, tls_behind_a_link, synced_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ca_cert, proxy = tls_behind_a_link
    _machine_config(tmp_path, monkeypatch, ca_cert)  # as the MSI's CA_CERT property sets it
    session = _signed_in(tmp_path / "home", url, "clerk_a")
    try:
        window, sync = synced_window(None, session)
        bar = window.sync_status
        qtbot.waitUntil(lambda: "Online" in bar.link.text(), timeout=5_000)

        proxy.faults = CUT
        proxy.drop_all()
        with qtbot.waitSignal(sync.runFinished, timeout=60_000) as finished:
            window.sync_action.trigger()
        assert finished.args[0].error is not None and finished.args[0].error.offline
        qtbot.waitUntil(lambda: "Offline" in bar.link.text(), timeout=5_000)

        proxy.faults = Faults()  # the link is back; nobody presses F5: the health probe must see it
        with qtbot.waitSignal(sync.runFinished, timeout=30_000,
                              check_params_cb=lambda outcome: outcome.error is None):
            pass
        qtbot.waitUntil(lambda: "Online" in bar.link.text(), timeout=5_000)
    finally:
        proxy.faults = Faults()
        session.close()


def test_one_refused_change_counts_as_refused_not_also_as_waiting(
    qtbot, tls_behind_a_link, synced_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ca_cert, _proxy = tls_behind_a_link
    _machine_config(tmp_path, monkeypatch, ca_cert)
    session = _signed_in(tmp_path / "home", url, "clerk_b")
    try:
        window, sync = synced_window(None, session)
        doc = DocumentRecord(kind="incoming", doc_type="Công văn", number_symbol="12-CV/HU",
                             summary="Về việc kiểm tra công tác văn thư", issuing_body="Huyện ủy")
        session.add_document(doc)
        with qtbot.waitSignal(sync.runFinished, timeout=60_000) as registered:
            window.sync_action.trigger()
        assert registered.args[0].error is None and tuple(vars(session.counts()).values()) == (0, 0, 0)
        # Only a leader writes direction notes. The office layer refuses that at once now; a change queued before
        # the clerk's role was known (or changed) still reaches the server, which refuses it, and the queue moves on.
        with pytest.raises(OfficeError, match="may set"):
            session.edit_document(doc.id, {"direction_note": "Văn thư tự ghi ý kiến chỉ đạo"})
        session.replica.edit("document", doc.id, {"direction_note": "Văn thư tự ghi ý kiến chỉ đạo"})
        assert session.counts().pending == 1
        with qtbot.waitSignal(sync.runFinished, timeout=60_000) as finished:
            window.sync_action.trigger()
        status = finished.args[0].status
        assert (status.pending_changes, status.failed_changes) == (0, 1)
        counts = session.counts()
        assert (counts.pending, counts.failed) == (0, 1)
        bar = window.sync_status
        qtbot.waitUntil(lambda: bar.pending.text().startswith("0 change") and "1 refused" in bar.pending.text(),
                        timeout=5_000)
    finally:
        session.close()


def test_a_mass_removal_is_asked_in_a_dialog_that_names_the_count(
    qtbot, tls_behind_a_link, synced_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ca_cert, _proxy = tls_behind_a_link
    _machine_config(tmp_path, monkeypatch, ca_cert)
    session = _signed_in(tmp_path / "home", url, "leader_a")
    try:
        window, sync = synced_window(None, session)
        answers: list[bool] = []
        # The engine asks on the sync thread; the window answers on the GUI thread.
        asking = threading.Thread(target=lambda: answers.append(sync._confirm_mass_purge(61, 100)))
        asking.start()
        qtbot.waitUntil(lambda: getattr(window, "mass_purge_box", None) is not None
                        and window.mass_purge_box.isVisible(), timeout=5_000)
        box = window.mass_purge_box
        assert "61" in box.text() and "100" in box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # Enter keeps the records
        box.button(QMessageBox.StandardButton.Yes).click()
        asking.join(5)
        assert answers == [True]
    finally:
        session.close()

