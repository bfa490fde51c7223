"""The check of a file from outside is bounded: size, a deadline per file, a child process that may die."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import serialization

from client.signatures.bounded import check_many
from client.signatures.verdicts import INVALID, SIGNED_UNCHECKED, UNSIGNED
from tests.signatures.conftest import sign_with_software_key
from tests.signatures.pki import Hierarchy


def test_verdicts_come_back_from_the_child_in_order(unsigned_pdf: bytes, pki: Hierarchy,
                                                    pki_files: dict[str, Path]) -> None:
    signed = sign_with_software_key(unsigned_pdf, "signer", pki_files)
    trust = [pki.root.cert.public_bytes(serialization.Encoding.DER)]
    verdicts = check_many([signed, unsigned_pdf, b"not a pdf at all"], trust)
    assert [(v.verdict, v.reason) for v in verdicts] == [(SIGNED_UNCHECKED, None), (UNSIGNED, None),
                                                        (INVALID, "unreadable")]


def test_a_file_over_the_size_limit_is_not_parsed(unsigned_pdf: bytes) -> None:
    verdict = check_many([unsigned_pdf], [], max_bytes=len(unsigned_pdf) - 1)[0]
    assert (verdict.verdict, verdict.reason) == (INVALID, "too_large")


def test_a_file_past_its_deadline_is_invalid_not_a_hang(unsigned_pdf: bytes) -> None:
    # A deadline of zero cannot be met (the child has to start Python first), standing in for a hostile file
    # that never finishes: the caller gets a verdict, the child is killed, every file is answered.
    verdicts = check_many([unsigned_pdf, unsigned_pdf], [], deadline=0)
    assert [(v.verdict, v.reason) for v in verdicts] == [(INVALID, "timeout"), (INVALID, "timeout")]


def test_hostile_pdfs_get_a_verdict_and_crash_nothing() -> None:
    # 200,000 nested arrays (a recursion bomb for a naive parser) and a page tree that contains itself.
    nested = (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X " + b"[" * 200_000 + b"]" * 200_000
              + b" >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    loop = (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [2 0 R] "
            b"/Count 1 >>\nendobj\nxref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n"
            b"trailer\n<< /Size 3 /Root 1 0 R /Prev 9 >>\nstartxref\n110\n%%EOF\n")
    verdicts = check_many([nested, loop], [])
    assert [(v.verdict, v.reason) for v in verdicts] == [(INVALID, "unreadable"), (INVALID, "unreadable")]
