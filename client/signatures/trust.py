"""The trust anchors for signatures: a PEM bundle the admin names in the machine configuration (`signature_trust`).

Separate from the TLS CA on purpose: the roots that vouch for signers (the Government Cipher Committee's CA, a
test CA in a pilot) are not the roots that vouch for the sync server. None is built in; with no bundle, every
signature reads "does not chain to a trusted root".
"""

from __future__ import annotations

from pathlib import Path

from asn1crypto import pem, x509

from client.signatures.errors import SignatureError


def load_bundle(path: Path) -> list[x509.Certificate]:
    """Every certificate of a PEM (or single DER) file; a missing or unreadable bundle is a clear error."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SignatureError("trust_unreadable", f"The signature trust bundle {path} cannot be read: {error}.",
                             path=str(path)) from error
    try:
        if pem.detect(data):
            certs = [x509.Certificate.load(der) for kind, _headers, der in pem.unarmor(data, multiple=True)
                     if kind == "CERTIFICATE"]
        else:
            certs = [x509.Certificate.load(data)]
        for cert in certs:
            cert.native  # noqa: B018 - parses the whole structure now, not at the first signature
    except (ValueError, TypeError) as error:
        raise SignatureError("trust_unreadable", f"The signature trust bundle {path} is not PEM certificates: "
                             f"{error}.", path=str(path)) from error
    if not certs:
        raise SignatureError("trust_unreadable", f"The signature trust bundle {path} holds no certificate.",
                             path=str(path))
    return certs
