"""A test certificate hierarchy made with `cryptography`: root, intermediate, signers (good, expired, revoked),
a CRL that revokes one of them, and a root nobody trusts. Written as PEM/DER files for pyHanko and the token."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

NOW = datetime.now(UTC)


@dataclass(frozen=True)
class Identity:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def key_pem(self) -> bytes:
        return self.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())


def _name(common: str, title: str | None = None) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
             x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Đảng ủy xã Ý Tý"),
             x509.NameAttribute(NameOID.COMMON_NAME, common)]
    if title:
        parts.append(x509.NameAttribute(NameOID.TITLE, title))
    return x509.Name(parts)


def _issue(subject: x509.Name, issuer: Identity | None, *, ca: bool, not_before: datetime, not_after: datetime,
           serial: int, crl_url: str | None = None) -> Identity:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    signer_key = issuer.key if issuer else key
    builder = (x509.CertificateBuilder().subject_name(subject)
               .issuer_name(issuer.cert.subject if issuer else subject)
               .public_key(key.public_key()).serial_number(serial)
               .not_valid_before(not_before).not_valid_after(not_after)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False)
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False),
            critical=True)
    else:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False),
            critical=True).add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                                         critical=False)
    if crl_url:
        builder = builder.add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
            [x509.UniformResourceIdentifier(crl_url)], None, None, None)]), critical=False)
    return Identity(key, builder.sign(signer_key, hashes.SHA256()))


@dataclass(frozen=True)
class Hierarchy:
    root: Identity
    intermediate: Identity
    signer: Identity
    expired: Identity
    revoked: Identity
    stranger_root: Identity
    stranger: Identity
    crl: x509.CertificateRevocationList

    def write(self, folder: Path) -> dict[str, Path]:
        """PEM files: the trust bundle (root only), each signer's key and certificate, the chain, the CRL (DER)."""
        folder.mkdir(parents=True, exist_ok=True)
        paths = {"trust": folder / "trust.pem", "chain": folder / "chain.pem", "crl": folder / "intermediate.crl"}
        paths["trust"].write_bytes(self.root.cert_pem())
        paths["chain"].write_bytes(self.intermediate.cert_pem() + self.root.cert_pem())
        paths["crl"].write_bytes(self.crl.public_bytes(serialization.Encoding.DER))
        for label in ("signer", "expired", "revoked", "stranger"):
            who: Identity = getattr(self, label)
            (folder / f"{label}.key.pem").write_bytes(who.key_pem())
            (folder / f"{label}.cert.pem").write_bytes(who.cert_pem())
            paths[label] = folder / f"{label}.cert.pem"
        return paths


def make_pki(crl_url: str | None = None) -> Hierarchy:
    """A fresh hierarchy; `crl_url` goes into the signers' certificates (the local CRL server)."""
    long_ago, later = NOW - timedelta(days=3650), NOW + timedelta(days=3650)
    root = _issue(_name("Test Root CA (Ban Cơ yếu thử)"), None, ca=True, not_before=long_ago, not_after=later,
                  serial=1)
    intermediate = _issue(_name("Test Intermediate CA"), root, ca=True, not_before=long_ago, not_after=later,
                          serial=2)
    signer = _issue(_name("Nguyễn Văn An", "Bí thư"), intermediate, ca=False, not_before=NOW - timedelta(days=30),
                    not_after=NOW + timedelta(days=365), serial=10, crl_url=crl_url)
    expired = _issue(_name("Trần Thị Bình", "Văn thư"), intermediate, ca=False,
                     not_before=NOW - timedelta(days=400), not_after=NOW - timedelta(days=2), serial=11,
                     crl_url=crl_url)
    revoked = _issue(_name("Lê Văn Cường", "Phó Bí thư"), intermediate, ca=False,
                     not_before=NOW - timedelta(days=30), not_after=NOW + timedelta(days=365), serial=12,
                     crl_url=crl_url)
    stranger_root = _issue(_name("Unknown Root"), None, ca=True, not_before=long_ago, not_after=later, serial=20)
    stranger = _issue(_name("Người lạ"), stranger_root, ca=False, not_before=NOW - timedelta(days=30),
                      not_after=NOW + timedelta(days=365), serial=21)
    crl = (x509.CertificateRevocationListBuilder().issuer_name(intermediate.cert.subject)
           .last_update(NOW - timedelta(days=1)).next_update(NOW + timedelta(days=30))
           .add_revoked_certificate(x509.RevokedCertificateBuilder().serial_number(12)
                                    .revocation_date(NOW - timedelta(days=1)).build())
           .add_extension(x509.CRLNumber(1), critical=False)
           .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(intermediate.key.public_key()),
                          critical=False)
           .sign(intermediate.key, hashes.SHA256()))
    return Hierarchy(root, intermediate, signer, expired, revoked, stranger_root, stranger, crl)
