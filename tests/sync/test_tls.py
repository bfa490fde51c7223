"""TLS: the engine trusts a private CA named in the machine configuration, and refuses a server it cannot verify."""

from __future__ import annotations

import datetime as dt
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from client.cache.keys import KdfParams
from client.cache.profile import Profiles
from client.office.online import sign_in_online
from client.office.session import OfficeSession
from server.db import migrate
from sync.engine import UntrustedServerError
from tests.server.org import PASSWORD, build_org
from tests.server.server_process import run_server_process
from tests.sync.conftest import server_settings


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _issue(folder: Path, stem: str, subject: str, issuer_key: ec.EllipticCurvePrivateKey | None,
           issuer: x509.Name | None, *, ca: bool) -> tuple[Path, Path, ec.EllipticCurvePrivateKey, x509.Name]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer or _name(subject))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if not ca:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
    certificate = builder.sign(issuer_key or key, hashes.SHA256())
    cert_path, key_path = folder / f"{stem}.pem", folder / f"{stem}-key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path, key, _name(subject)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The reference server speaking HTTPS with a certificate from a private CA (as a province's pilot would)."""
    folder = tmp_path_factory.mktemp("tls")
    ca_cert, _ca_key_path, ca_key, ca_name = _issue(folder, "ca", "Commune Office test CA", None, None, ca=True)
    server_cert, server_key, _, _ = _issue(folder, "server", "127.0.0.1", ca_key, ca_name, ca=False)
    settings = server_settings(folder)
    migrate(settings.database_url)
    build_org(settings)
    for url in run_server_process(settings, folder, workers=1, tls=(server_cert, server_key, ca_cert)):
        yield url, ca_cert


def _machine_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ca_cert: Path | None) -> None:
    config = tmp_path / "machine.ini"
    config.write_text("[settings]\n" + (f"ca_cert = {ca_cert}\n" if ca_cert else ""), encoding="utf-8")
    monkeypatch.setenv("COMMUNE_OFFICE_MACHINE_CONFIG", str(config))


def test_a_private_ca_in_the_machine_configuration_lets_sign_in_and_sync_through(
    tls_server: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ca_cert = tls_server
    _machine_config(tmp_path, monkeypatch, ca_cert)
    profiles = Profiles(tmp_path / "home", kdf=KdfParams.fast_for_tests())
    opened = sign_in_online(profiles, url, "clerk_a", PASSWORD)
    try:
        session = OfficeSession(opened, profiles.keyring)
        engine, transport = session.engine, session.transport
        try:
            report = engine.run()
        finally:
            transport.close()
        assert report.pull.snapshot_records > 0 and engine.status().last_error is None
    finally:
        opened.close()


def test_a_server_that_cannot_be_verified_is_refused_at_once_not_reported_offline(
    tls_server: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _ca_cert = tls_server
    _machine_config(tmp_path, monkeypatch, None)  # the system's CAs only: the private CA is unknown
    profiles = Profiles(tmp_path / "home", kdf=KdfParams.fast_for_tests())
    with pytest.raises(UntrustedServerError, match="certificate is not trusted") as refused:
        sign_in_online(profiles, url, "clerk_a", PASSWORD)
    assert not refused.value.offline
    assert profiles.list() == []  # nothing was created, nothing was sent
