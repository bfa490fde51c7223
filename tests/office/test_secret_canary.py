"""The canary: a secret document's content offered through every entrance leaves no trace on this PC.

A unique marker is put into a secret document's summary, its attachment's bytes and its attachment's file name,
and offered through the import bundle, the office actions (add, draft, register-from-scan, edit), a hostile
server that sends content on a secret document anyway (real HTTP on loopback), a conflict whose local side holds
it when the server raises the document to Mật, and a secrecy upgrade of an ordinary document holding it. Afterwards
the marker is nowhere: not in any table of the decrypted database (the FTS shadow tables included), not in any file
under the profile folder or the temp folder, not in the raw bytes of the database and its log, not in the logs.

Decision on processing notes (ý kiến xử lý): the notes of a secret entry are the unit's words about its handling,
so they are kept and synced like any note, and a note that arrives through a content entrance (a bundle's notes of
a secret document, a hostile server's note) follows the same rule. They are never put in the search index. So the
marker goes into summary, attachment bytes and file name (direction_note is handling and allowed), and for notes
the canary proves a note's own marker is NOT findable by search and NOT in the FTS shadow tables.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from client.cache.keys import KdfParams
from client.cache.profile import DATABASE_FILE, Profiles, UnitInfo
from client.cache.schema import document_attachments
from client.office import DocumentRecord, ImportFileError, OfficeSession, SecretContentError, read_bundle
from client.office.online import SERVER_URL_STATE
from sync.engine.replica import IncomingChange
from sync.protocol.domain import UnitLevel
from tests.pdfs import write_pdf

MARKER = "Qz7CanaryMat"  # letters and digits: one token to the search index, folded to lower case there
NOTE_MARKER = "Nq5NoteCanary"
UNIT = "22222222-2222-4222-8222-222222222222"
SECRET_ID = "33333333-3333-4333-8333-333333333333"
PLAIN_ID = "44444444-4444-4444-8444-444444444444"
NOTE_ID = "55555555-5555-4555-8555-555555555555"
Reply = tuple[int, bytes]


class StubServer:
    """A real HTTP server on loopback that answers what the test scripts, and records every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Callable[[bytes], Reply]] = {}
        self.requests: list[tuple[str, str, bytes]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, method: str) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                path = self.path.split("?", 1)[0]
                owner.requests.append((method, path, body))
                route = owner.routes.get(f"{method} {path}")
                status, data = route(body) if route else (404, b'{"detail": "no route"}')
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._answer("GET")

            def do_POST(self) -> None:
                self._answer("POST")

            def log_message(self, *_args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _json(data: Any) -> Reply:
    return 200, json.dumps(data).encode()


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The temp folder the app writes to during the test (its own, so it can be searched whole)."""
    folder = tmp_path / "temp"
    folder.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


@pytest.fixture
def server() -> Iterator[StubServer]:
    stub = StubServer()
    yield stub
    stub.close()


@pytest.fixture
def session(tmp_path: Path, server: StubServer, temp_folder: Path) -> Iterator[OfficeSession]:
    profiles = Profiles(tmp_path / "home", kdf=KdfParams.fast_for_tests())
    opened = profiles.create("van.thu", "mat-khau-123", UnitInfo(UNIT, "XA", "Đảng ủy xã", UnitLevel.COMMUNE))
    office = OfficeSession(opened)
    office.replica.set_state({SERVER_URL_STATE: server.url})
    office.replica.save_tokens("v1.test.token", 4_000_000_000, "refresh-token-for-tests")
    office.connect(max_attempts=2, backoff_base=0.01, read_timeout=5)
    yield office
    office.close()


def _record(**fields: Any) -> DocumentRecord:
    values: dict[str, Any] = {"kind": "incoming", "doc_type": "Công văn", "secrecy": "Mật",
                              "number_symbol": "8-CV/HU", "original_location": "Tủ mật văn thư"}
    values.update(fields)
    return DocumentRecord.model_validate(values)


def _hostile_server(server: StubServer, secret_pdf: bytes) -> None:
    """Content on a secret document, its file offered for download, and a note with its own marker."""
    sha = hashlib.sha256(secret_pdf).hexdigest()
    secret = {"id": SECRET_ID, "version": 1, "unit_id": UNIT, "kind": "incoming", "status": "received",
              "doc_type": "Công văn", "number_symbol": "9-CV/HU", "secrecy": 1, "summary": f"Về việc {MARKER}",
              "original_location": "Tủ mật", "direction_note": "Giữ tại văn thư",
              "attachments": [{"sha256": sha, "name": f"{MARKER}.pdf", "size": len(secret_pdf),
                               "mime": "application/pdf"}]}
    plain = {"id": PLAIN_ID, "version": 1, "unit_id": UNIT, "kind": "incoming", "status": "received",
             "doc_type": "Công văn", "number_symbol": "10-CV/HU", "summary": "Lịch trực tuần"}
    note = {"id": NOTE_ID, "version": 1, "unit_id": UNIT, "document_id": SECRET_ID, "author_id": "u1",
            "author_name": "Lan", "text": f"Đã cất {NOTE_MARKER}", "created_at": "2026-03-02T08:00:00+07:00"}
    items = [{"entity": e, "id": r["id"], "version": 1, "record": r}
             for e, r in (("document", secret), ("document", plain), ("document_note", note))]
    server.routes["GET /v1/sync/snapshot"] = lambda _b: _json({"records": items, "cursor": 5,
                                                              "next_page_token": None})
    server.routes["GET /v1/sync/changes"] = lambda _b: _json({"changes": [], "cursor": 5, "has_more": False})
    server.routes[f"GET /v1/attachments/{sha}"] = lambda _b: (200, secret_pdf)
    server.routes["POST /v1/audit/opens"] = lambda body: _json({"accepted": len(json.loads(body)["opens"])})


def _dump(session: OfficeSession) -> str:
    """Every row of every table, the search index's shadow tables included, as text."""
    parts = []
    with session.store.engine.connect() as conn:
        names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars().all()
        for name in names:
            if name == "documents_fts":
                continue  # contentless: its shadow tables (documents_fts_data, ...) hold what it has
            for row in conn.exec_driver_sql(f'SELECT * FROM "{name}"'):
                parts += [value.decode("latin-1") if isinstance(value, bytes) else str(value) for value in row]
    return "\n".join(parts).lower()


def _files_holding(folder: Path, word: str) -> list[Path]:
    needle = word.lower().encode()
    return [path for path in folder.rglob("*") if path.is_file()
            and (needle in path.read_bytes().lower() or word.lower() in path.name.lower())]


def _fts_hits(session: OfficeSession, word: str) -> list[int]:
    with session.store.engine.connect() as conn:
        return list(conn.exec_driver_sql("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?",
                                         (f'"{word.lower()}"',)).scalars())


def test_a_secret_documents_content_leaves_no_trace_whatever_the_entrance(
        session: OfficeSession, server: StubServer, tmp_path: Path, temp_folder: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    sources = tmp_path / "sources"  # what the user offers: outside the profile and the temp folder
    sources.mkdir()
    secret_pdf = write_pdf(sources / f"{MARKER}.pdf", f"Nội dung {MARKER}").read_bytes()
    scan = sources / f"{MARKER}-scan.pdf"
    scan.write_bytes(secret_pdf)

    # A hostile server: the stub is stored, the content dropped, the file never asked for.
    _hostile_server(server, secret_pdf)
    session.sync()
    secret = session.document(SECRET_ID)
    assert (secret["summary"], secret["attachments"], secret["original_location"]) == ("", [], "Tủ mật")
    assert secret["direction_note"] == "Giữ tại văn thư"
    assert not any("/attachments/" in path for _, path, _ in server.requests)
    assert [note["text"] for note in secret["notes"]] == [f"Đã cất {NOTE_MARKER}"]  # handling: kept

    # Opening the secret entry offline is reported at the next sync.
    session.open_document(SECRET_ID)
    assert [doc_id for _, doc_id, _ in session.replica.pending_opens(10)] == [SECRET_ID]
    session.sync()
    reported = [json.loads(body) for method, path, body in server.requests if path == "/v1/audit/opens"]
    assert [o["document_id"] for r in reported for o in r["opens"]] == [SECRET_ID]
    assert session.replica.pending_opens(10) == []

    # The office actions: add, a draft, register-from-scan, an edit of the secret entry.
    for offer in (lambda: session.add_document(_record(summary=f"Về {MARKER}")),
                  lambda: session.add_document(_record(kind="draft", status=None, summary=f"Dự thảo {MARKER}")),
                  lambda: session.add_document(_record(), [scan]),
                  lambda: session.register_secret(_record(summary=MARKER)),
                  lambda: session.edit_document(SECRET_ID, {"summary": MARKER})):
        with pytest.raises(SecretContentError) as refused:
            offer()
        assert refused.value.code == "secret_content"
    registered = _record(number_symbol="11-CV/HU")
    session.register_secret(registered)
    assert session.available_actions(session.document(registered.id)).isdisjoint(
        {"view_attachment", "print", "export", "attach"})

    # The import bundle: refused whole, with the clear message.
    bundle_dir = tmp_path / "bundle"
    bundle_dir.mkdir()
    (bundle_dir / f"{MARKER}.pdf").write_bytes(secret_pdf)
    bundle = bundle_dir / "import.json"
    bundle.write_text(json.dumps({"documents": [
        {"kind": "incoming", "doc_type": "Công văn", "secrecy": "Mật", "summary": f"Về {MARKER}",
         "original_location": "Tủ mật", "attachments": [f"{MARKER}.pdf"]}]}, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ImportFileError, match="register entry only") as not_imported:
        session.import_bundle(read_bundle(bundle))
    assert [problem.code for problem in not_imported.value.problems] == ["secret_content"]

    # A conflict: an unsent local summary holding the marker, then the server raises the document to Mật.
    session.edit_document(PLAIN_ID, {"summary": f"Lịch trực {MARKER}"})
    raised = {"id": PLAIN_ID, "version": 2, "unit_id": UNIT, "kind": "incoming", "status": "received",
              "doc_type": "Công văn", "number_symbol": "10-CV/HU", "summary": f"Bản máy chủ {MARKER}", "secrecy": 1}
    session.replica.apply_changes([IncomingChange("document", PLAIN_ID, "upsert", 2, raised)], 6)
    assert all(c["field"] != "summary" for c in session.conflicts())
    assert session.document(PLAIN_ID)["summary"] == ""

    # A secrecy upgrade of an ordinary document holding the marker in its summary, its file and its file's name.
    ordinary = DocumentRecord(kind="incoming", doc_type="Kế hoạch", number_symbol="12-KH/ĐU",
                              summary=f"Kế hoạch {MARKER}")
    session.add_document(ordinary, [sources / f"{MARKER}.pdf"])
    assert session.search(MARKER)  # indexed while it was ordinary
    session.edit_document(ordinary.id, {"secrecy": 1, "original_location": "Hệ thống văn bản mật"})
    sha = hashlib.sha256(secret_pdf).hexdigest()
    assert not session.store.vault.contains(sha)
    with session.store.engine.connect() as conn:
        assert conn.execute(select(document_attachments).where(document_attachments.c.sha256 == sha)).all() == []
    assert session.secret_purge_notice() == 2  # the raised one and the upgraded one; told once
    assert session.secret_purge_notice() is None

    # Afterwards: nowhere.
    assert session.search(MARKER) == [] and _fts_hits(session, MARKER) == []
    assert MARKER.lower() not in _dump(session)
    assert _files_holding(session.folder, MARKER) == []
    assert _files_holding(temp_folder, MARKER) == []
    for name in (DATABASE_FILE, DATABASE_FILE + "-wal"):
        raw = session.folder / name
        assert not raw.exists() or MARKER.lower().encode() not in raw.read_bytes().lower()
    assert MARKER.lower() not in caplog.text.lower()
    # The notes' own marker: kept in the note, never searchable, never in the index.
    assert session.search(NOTE_MARKER) == [] and _fts_hits(session, NOTE_MARKER) == []
    with session.store.engine.connect() as conn:
        shadow = conn.exec_driver_sql("SELECT group_concat(hex(block)) FROM documents_fts_data").scalar() or ""
    assert NOTE_MARKER.lower().encode().hex().upper() not in shadow
    assert os.listdir(temp_folder) == [] or all(not p.name.startswith(MARKER) for p in temp_folder.iterdir())
