"""Every open of a secret register entry reaches the server's audit log, an open made offline included."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from client.office import DocumentRecord
from tests.sync.conftest import LiveServer


def _opens_on_server(live: LiveServer, doc_id: str) -> int:
    engine = create_engine(live.settings.database_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'document_open' "
                                         "AND target = :doc"), {"doc": doc_id}).scalar_one())
    finally:
        engine.dispose()


def test_an_offline_open_of_a_secret_entry_is_queued_and_reaches_the_audit_log_at_the_next_sync(
        live: LiveServer, sign_in) -> None:
    clerk = sign_in("admin_a")
    entry = DocumentRecord(kind="incoming", doc_type="Công văn", number_symbol="15-CV/HU", secrecy="Mật",
                           original_location="Tủ mật văn thư")
    clerk.register_secret(entry)
    assert clerk.sync().report.push.applied == 1
    clerk.open_document(entry.id)  # no sync yet: as good as offline
    clerk.open_document(entry.id)
    assert _opens_on_server(live, entry.id) == 0
    report = clerk.sync().report
    assert report.opens_reported == 2
    assert _opens_on_server(live, entry.id) == 2
    assert clerk.sync().report.opens_reported == 0  # sent once
