"""Optional Authenticode signing with osslsigncode, with a throwaway self-signed code-signing certificate."""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.installer.conftest import need


def _certificate(folder: Path, password: str) -> tuple[Path, Path]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Commune Office test signing")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    pfx = folder / "signing.pfx"
    pfx.write_bytes(pkcs12.serialize_key_and_certificates(
        b"test", key, certificate, None, serialization.BestAvailableEncryption(password.encode())))
    pem = folder / "signing.pem"
    pem.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return pfx, pem


def test_a_given_certificate_signs_the_msi(tmp_path: Path, staged: Path, build: ModuleType) -> None:
    need("wixl")
    need("osslsigncode")
    msi = build.build_msi(staged, tmp_path / "CommuneOffice.msi", toolset="wixl")
    pfx, pem = _certificate(tmp_path, "mat-khau-ky")
    assert build.sign([msi], pfx, "mat-khau-ky") == [msi]
    verified = subprocess.run(["osslsigncode", "verify", "-CAfile", str(pem), "-in", str(msi)],
                              capture_output=True, text=True)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Commune Office test signing" in verified.stdout
    assert not msi.with_name(msi.name + ".unsigned").exists()


def test_a_wrong_password_fails_and_keeps_the_unsigned_file(tmp_path: Path, staged: Path, build: ModuleType) -> None:
    need("wixl")
    need("osslsigncode")
    msi = build.build_msi(staged, tmp_path / "CommuneOffice.msi", toolset="wixl")
    before = msi.read_bytes()
    pfx, _ = _certificate(tmp_path, "right")
    with pytest.raises(SystemExit, match="signing"):
        build.sign([msi], pfx, "wrong")
    assert msi.read_bytes() == before


def test_without_a_certificate_nothing_is_signed(
    tmp_path: Path, build: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COMMUNE_SIGN_PFX", raising=False)
    target = tmp_path / "file.msi"
    target.write_bytes(b"unsigned")
    assert build.sign([target]) == []
    assert target.read_bytes() == b"unsigned"
