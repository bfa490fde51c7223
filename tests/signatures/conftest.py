"""Signature fixtures: a test PKI made with `cryptography`, PDFs signed with its keys, the shared real-world PDFs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers

from tests.pdfs import write_pdf
from tests.signatures import softhsm
from tests.signatures.pki import Hierarchy, make_pki
from tests.signatures.softhsm import SoftToken

REPO = Path(__file__).resolve().parents[2]
SHARED_PDFS = REPO / ".." / "shared" / "data" / "signed-pdfs"
CRL_URL = "http://127.0.0.1:9/intermediate.crl"  # in the certificates; the tests hand the CRL over directly


@pytest.fixture(scope="session")
def shared_pdfs() -> Path:
    """The real-world signed PDFs beside the clone (../shared/data/signed-pdfs); skipped when absent."""
    if not (SHARED_PDFS / "README.md").is_file():
        pytest.skip(f"the shared signed PDFs are not at {SHARED_PDFS.resolve()} (CI puts shared/ beside the clone)")
    return SHARED_PDFS


_SHARED: dict[str, object] = {}


@pytest.fixture(scope="session")
def pki() -> Hierarchy:
    # One hierarchy per process, even when another test package imports these fixtures (pytest then holds a
    # second session fixture of the same name): the SoftHSM2 module is initialised once per process, so the
    # token and the trust anchors must come from the same hierarchy.
    if "pki" not in _SHARED:
        _SHARED["pki"] = make_pki(CRL_URL)
    return _SHARED["pki"]  # type: ignore[return-value]


@pytest.fixture(scope="session")
def pki_files(pki: Hierarchy, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return pki.write(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def root(pki: Hierarchy) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(pki.root.cert.public_bytes(serialization.Encoding.DER))


@pytest.fixture(scope="session")
def crl(pki: Hierarchy) -> bytes:
    return pki.crl.public_bytes(serialization.Encoding.DER)


@pytest.fixture(scope="session")
def unsigned_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = write_pdf(tmp_path_factory.mktemp("pdf") / "quyet-dinh.pdf", "Quyết định số 12-QĐ/ĐU", "Về việc thử")
    return path.read_bytes()


def sign_with_software_key(data: bytes, who: str, files: dict[str, Path], field: str = "Signature1") -> bytes:
    """Sign with a key from a file (the verification tests need many signed files; the token tests sign on
    SoftHSM2)."""
    signer = signers.SimpleSigner.load(str(files[who].with_name(f"{who}.key.pem")), str(files[who]),
                                       ca_chain_files=(str(files["chain"]),))
    assert signer is not None
    out = io.BytesIO()
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data)), signers.PdfSignatureMetadata(field_name=field),
                     signer=signer, output=out)
    return out.getvalue()


@pytest.fixture(scope="session")
def soft_token(pki: Hierarchy, tmp_path_factory: pytest.TempPathFactory) -> SoftToken:
    """A SoftHSM2 token initialised for this test session, holding the signers' keys and certificates."""
    if (why := softhsm.available()) is not None:
        pytest.skip(why)
    if "token" not in _SHARED:  # one token per process, for the reason `pki` gives
        _SHARED["token"] = softhsm.make_token(tmp_path_factory.mktemp("softhsm"), pki)
    return _SHARED["token"]  # type: ignore[return-value]
