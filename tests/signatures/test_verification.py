"""Every signature verdict the issue names, on real files: the shared real-world PDFs and files signed here."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from client.signatures.trust import load_bundle
from client.signatures.validation import check_pdf_bytes
from client.signatures.verdicts import INVALID, SIGNED, SIGNED_UNCHECKED, UNSIGNED
from tests.signatures.conftest import sign_with_software_key
from tests.signatures.pki import Hierarchy

# What each shared file must get with the test CA's root as the only anchor (its README says what each file is).
SHARED_VERDICTS = {
    "minimal.pdf": (UNSIGNED, None),
    # B-LTA: its timestamp vouches for the signing time and its security store carries the revocation data.
    "pades-lta-dss-indirect-arrs-test.pdf": (SIGNED, None),
    # Signed by a certificate of the test CA that has expired since, with no timestamp to vouch for the time.
    "pades-with-old-style-signing-cert-attr.pdf": (INVALID, "expired"),
    "pades-with-old-style-signing-cert-attr-issser.pdf": (INVALID, "expired"),
    "sig-no-signed-attrs.pdf": (INVALID, "expired"),
    "sig-with-ski-sid.pdf": (INVALID, "expired"),
    # A "detached" signature that carries the content inside: not a valid PDF signature.
    "pdf-sig-with-econtent.pdf": (INVALID, "malformed_signature"),
    # Signed twice by a self-signed certificate nobody configured.
    "minimal-signed-twice-both-created.pdf": (INVALID, "untrusted_root"),
    "minimal-two-fields-signed-twice.pdf": (INVALID, "untrusted_root"),
    "signed-encrypted-pubkey-with-catalog-ref.pdf": (INVALID, "encrypted"),
    "coverage-anomalies_one-byterange.pdf": (INVALID, "partial_coverage"),
    "coverage-anomalies_signature-gap-too-big.pdf": (INVALID, "partial_coverage"),
    "coverage-anomalies_tail-uncovered.pdf": (INVALID, "partial_coverage"),
    "coverage-anomalies_weird-byterange.pdf": (INVALID, "partial_coverage"),
}


def test_every_shared_pdf_has_an_expected_verdict(shared_pdfs: Path) -> None:
    # A file added to the shared folder must be added to the table, not silently skipped.
    assert sorted(p.name for p in shared_pdfs.glob("*.pdf")) == sorted(SHARED_VERDICTS)


@pytest.mark.parametrize(("name", "expected"), sorted(SHARED_VERDICTS.items()))
def test_shared_pdf_gets_its_verdict(shared_pdfs: Path, name: str, expected: tuple[str, str | None]) -> None:
    roots = load_bundle(shared_pdfs / "testing-ca-root.cert.pem")
    verdict = check_pdf_bytes((shared_pdfs / name).read_bytes(), roots)
    assert (verdict.verdict, verdict.reason) == expected


def test_the_lta_file_without_its_root_configured_is_untrusted(shared_pdfs: Path) -> None:
    verdict = check_pdf_bytes((shared_pdfs / "pades-lta-dss-indirect-arrs-test.pdf").read_bytes(), [])
    assert (verdict.verdict, verdict.reason) == (INVALID, "untrusted_root")


def test_an_expired_file_was_fine_while_its_certificate_was_valid(shared_pdfs: Path) -> None:
    # The "expired" verdict comes from the date, not from anything else wrong with the file.
    roots = load_bundle(shared_pdfs / "testing-ca-root.cert.pem")
    data = (shared_pdfs / "pades-with-old-style-signing-cert-attr.pdf").read_bytes()
    verdict = check_pdf_bytes(data, roots, now=datetime(2021, 9, 1, tzinfo=UTC))
    assert verdict.verdict == SIGNED_UNCHECKED
    finding = verdict.signatures[0]
    assert (finding.signer_name, finding.organisation, finding.issuer) == ("Alice", "Example Inc", "Intermediate CA")
    assert finding.intact and finding.chain_trusted and finding.whole_file and not finding.revocation_checked


def test_a_good_signature_offline_is_intact_with_revocation_not_checked(
        unsigned_pdf: bytes, pki_files: dict[str, Path], root: asn1_x509.Certificate) -> None:
    verdict = check_pdf_bytes(sign_with_software_key(unsigned_pdf, "signer", pki_files), [root])
    assert verdict.verdict == SIGNED_UNCHECKED
    assert verdict.describe() == "intact, chain valid, revocation not checked"
    finding = verdict.signatures[0]
    assert (finding.signer_name, finding.position, finding.organisation) == ("Nguyễn Văn An", "Bí thư",
                                                                            "Đảng ủy xã Ý Tý")
    assert finding.issuer == "Test Intermediate CA"
    assert finding.signing_time is not None and finding.whole_file


def test_a_good_signature_with_the_crl_is_signed(unsigned_pdf: bytes, pki_files: dict[str, Path],
                                                 root: asn1_x509.Certificate, crl: bytes) -> None:
    verdict = check_pdf_bytes(sign_with_software_key(unsigned_pdf, "signer", pki_files), [root], crls=[crl])
    assert verdict.verdict == SIGNED
    assert verdict.signatures[0].revocation_checked


def test_a_revoked_certificate_is_invalid_once_the_crl_is_known(
        unsigned_pdf: bytes, pki_files: dict[str, Path], root: asn1_x509.Certificate, crl: bytes) -> None:
    signed = sign_with_software_key(unsigned_pdf, "revoked", pki_files)
    assert check_pdf_bytes(signed, [root]).verdict == SIGNED_UNCHECKED  # offline nobody can know
    verdict = check_pdf_bytes(signed, [root], crls=[crl])
    assert (verdict.verdict, verdict.reason) == (INVALID, "revoked")


def test_an_expired_certificate_is_invalid(unsigned_pdf: bytes, pki_files: dict[str, Path],
                                           root: asn1_x509.Certificate) -> None:
    verdict = check_pdf_bytes(sign_with_software_key(unsigned_pdf, "expired", pki_files), [root])
    assert (verdict.verdict, verdict.reason) == (INVALID, "expired")


def test_an_untrusted_root_is_invalid(unsigned_pdf: bytes, pki_files: dict[str, Path],
                                      root: asn1_x509.Certificate) -> None:
    verdict = check_pdf_bytes(sign_with_software_key(unsigned_pdf, "stranger", pki_files), [root])
    assert (verdict.verdict, verdict.reason) == (INVALID, "untrusted_root")


def test_a_forged_issuer_breaks_the_chain(unsigned_pdf: bytes, pki: Hierarchy, tmp_path: Path,
                                          pki_files: dict[str, Path], root: asn1_x509.Certificate) -> None:
    # A certificate naming the real intermediate as issuer but signed by another key: the chain does not hold.
    now = datetime.now(UTC)
    forged = (x509.CertificateBuilder().subject_name(pki.signer.cert.subject)
              .issuer_name(pki.intermediate.cert.subject).public_key(pki.signer.key.public_key())
              .serial_number(99).not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
              .sign(pki.stranger_root.key, hashes.SHA256()))
    files = dict(pki_files)
    files["forged"] = tmp_path / "forged.cert.pem"
    files["forged"].write_bytes(forged.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "forged.key.pem").write_bytes(pki.signer.key_pem())
    verdict = check_pdf_bytes(sign_with_software_key(unsigned_pdf, "forged", files), [root])
    assert (verdict.verdict, verdict.reason) == (INVALID, "broken_chain")


def test_a_changed_byte_is_caught(unsigned_pdf: bytes, pki_files: dict[str, Path],
                                  root: asn1_x509.Certificate) -> None:
    signed = sign_with_software_key(unsigned_pdf, "signer", pki_files)
    at = signed.index(b"stream") + 20  # inside the page's content stream, which the signature covers
    tampered = signed[:at] + bytes([signed[at] ^ 0x01]) + signed[at + 1:]
    verdict = check_pdf_bytes(tampered, [root])
    assert (verdict.verdict, verdict.reason) == (INVALID, "modified")


def test_an_incremental_update_that_edits_content_is_caught(unsigned_pdf: bytes, pki_files: dict[str, Path],
                                                             root: asn1_x509.Certificate) -> None:
    signed = sign_with_software_key(unsigned_pdf, "signer", pki_files)
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page["/Contents"] = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 720 Td (FAKE) Tj ET"))
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    verdict = check_pdf_bytes(out.getvalue(), [root])
    assert (verdict.verdict, verdict.reason) == (INVALID, "modified")
    assert verdict.signatures[0].intact  # the signed revision itself is untouched: the update is the problem


def test_bytes_appended_after_the_signature_are_partial_coverage(unsigned_pdf: bytes, pki_files: dict[str, Path],
                                                                 root: asn1_x509.Certificate) -> None:
    signed = sign_with_software_key(unsigned_pdf, "signer", pki_files)
    verdict = check_pdf_bytes(signed + b"\n% added after signing\n", [root])
    assert (verdict.verdict, verdict.reason) == (INVALID, "partial_coverage")


def test_a_second_signature_keeps_the_first_valid(unsigned_pdf: bytes, pki_files: dict[str, Path],
                                                  root: asn1_x509.Certificate) -> None:
    # The leader signs, then the clerk applies the agency signature: an allowed update after the first.
    twice = sign_with_software_key(sign_with_software_key(unsigned_pdf, "signer", pki_files), "signer", pki_files,
                                   field="Signature2")
    verdict = check_pdf_bytes(twice, [root])
    assert verdict.verdict == SIGNED_UNCHECKED
    assert [f.field_name for f in verdict.signatures] == ["Signature1", "Signature2"]


def test_an_unsigned_pdf_and_garbage(unsigned_pdf: bytes) -> None:
    assert check_pdf_bytes(unsigned_pdf, []).verdict == UNSIGNED
    garbage = check_pdf_bytes(b"%PDF-1.7\n" + b"\x00\xff" * 500, [])
    assert (garbage.verdict, garbage.reason) == (INVALID, "unreadable")
