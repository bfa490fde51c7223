"""Online, the CRLs a signature's certificates name are fetched from their server (here a local HTTP server),
kept, and the verdict made again: a revoked certificate is caught, a good one becomes "not revoked", and the kept
CRL makes a later check offline give the same answer."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from client.cache.keys import KdfParams
from client.cache.profile import Profiles
from client.cache.records import DocumentRecord
from client.machine_config import ENV_OVERRIDE
from client.office import Office, OfficeSession
from client.signatures.verdicts import INVALID, SIGNED, SIGNED_UNCHECKED
from tests.signatures.conftest import sign_with_software_key
from tests.signatures.pki import Hierarchy, make_pki


class CrlServer:
    """Serves one CRL over HTTP on loopback, counting requests; can be stopped to play "offline"."""

    def __init__(self) -> None:
        self.body = b""
        self.requests = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests += 1
                found = self.path == "/intermediate.crl"
                self.send_response(200 if found else 404)
                self.send_header("Content-Type", "application/pkix-crl")
                self.end_headers()
                if found:
                    self.wfile.write(owner.body)

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/intermediate.crl"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def crl_server() -> Iterator[CrlServer]:
    server = CrlServer()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def served_pki(crl_server: CrlServer, tmp_path_factory: pytest.TempPathFactory) -> tuple[Hierarchy, dict[str, Path]]:
    pki = make_pki(crl_server.url)
    crl_server.body = pki.crl.public_bytes(serialization.Encoding.DER)
    return pki, pki.write(tmp_path_factory.mktemp("served-pki"))


@pytest.fixture
def session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            served_pki: tuple[Hierarchy, dict[str, Path]]) -> Iterator[OfficeSession]:
    config = tmp_path / "config.ini"
    config.write_text(f"[settings]\nsignature_trust = {served_pki[1]['trust']}\n", encoding="utf-8")
    monkeypatch.setenv(ENV_OVERRIDE, str(config))
    office = Office(profiles=Profiles(tmp_path / "home", kdf=KdfParams.fast_for_tests()))
    opened = office.create("vanthu", "mật khẩu dài", unit_id="u1", unit_code="XYT", unit_name="Đảng ủy xã Ý Tý")
    yield opened
    opened.close()


def _add(session: OfficeSession, tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    record = DocumentRecord(kind="incoming", number_symbol=name, doc_type="Công văn", summary=name,
                            issuing_body="Huyện ủy", issued_date=date(2026, 12, 1), status="received")
    session.add_document(record, [path])
    return str(session.document(record.id)["attachments"][0]["sha256"])


def test_online_the_crl_is_fetched_kept_and_used_offline_later(
        session: OfficeSession, crl_server: CrlServer, tmp_path: Path, unsigned_pdf: bytes,
        served_pki: tuple[Hierarchy, dict[str, Path]]) -> None:
    files = served_pki[1]
    good = _add(session, tmp_path, "good.pdf", sign_with_software_key(unsigned_pdf, "signer", files))
    revoked = _add(session, tmp_path, "revoked.pdf", sign_with_software_key(unsigned_pdf, "revoked", files))
    assert {session.signature_verdict(s).verdict for s in (good, revoked)} == {SIGNED_UNCHECKED}  # type: ignore

    before = crl_server.requests
    assert session.check_revocation().touches("incoming")
    assert crl_server.requests == before + 1  # both certificates name the same CRL: fetched once
    assert session.signature_verdict(good).verdict == SIGNED  # type: ignore[union-attr]
    caught = session.signature_verdict(revoked)
    assert caught is not None and (caught.verdict, caught.reason) == (INVALID, "revoked")
    assert not session.check_revocation()  # nothing left unchecked, and a fresh CRL is not fetched again
    assert crl_server.requests == before + 1

    # Offline later: a newly arrived file by the same signer is judged with the kept CRL.
    later = _add(session, tmp_path, "later.pdf",
                 sign_with_software_key(unsigned_pdf, "signer", files, field="Signature9"))
    assert session.signature_verdict(later).verdict == SIGNED  # type: ignore[union-attr]
    assert crl_server.requests == before + 1


def test_an_unreachable_crl_server_leaves_the_verdict_and_says_why(
        session: OfficeSession, tmp_path: Path, unsigned_pdf: bytes, pki_files: dict[str, Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The session-wide test hierarchy names a CRL on a closed port.
    config = tmp_path / "other.ini"
    config.write_text(f"[settings]\nsignature_trust = {pki_files['trust']}\n", encoding="utf-8")
    monkeypatch.setenv(ENV_OVERRIDE, str(config))
    sha = _add(session, tmp_path, "a.pdf", sign_with_software_key(unsigned_pdf, "signer", pki_files))
    assert not session.check_revocation()
    assert len(session.revocation_problems) == 1 and "127.0.0.1:9" in session.revocation_problems[0]
    assert session.signature_verdict(sha).verdict == SIGNED_UNCHECKED  # type: ignore[union-attr]
