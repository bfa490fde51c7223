"""Check every signature of one PDF with pyHanko, offline, against the trust anchors the admin configured.

Runs in the process that calls it, with no bound: use `bounded.check_pdf` for files from outside. Each signature is
checked for coverage (the signed byte ranges cover the file up to the signature, nothing but the signature hole
left out), integrity (the digest of those bytes), the signature value, modifications after signing (pyHanko's diff
analysis: only form filling, further signatures and long-term validation data are allowed), then its certificate
chain. A signature with a trusted timestamp is judged at the timestamp's time, so a certificate that expired
afterwards does not void it; without one it is judged now. Revocation is checked only against data the file
carries (a PAdES document security store) or that the caller passes; with none, the answer is "not checked".
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from asn1crypto import x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import (
    DocumentSecurityStore,
    EmbeddedPdfSignature,
    PdfSignatureStatus,
    SignatureCoverageLevel,
    validate_pdf_signature,
    validate_pdf_timestamp,
)
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko_certvalidator import ValidationContext

from client.signatures.verdicts import INVALID, SIGNED, SIGNED_UNCHECKED, FileVerdict, SignatureFinding, combine

# pyHanko logs every untrusted chain with a traceback at WARNING; the verdict carries the reason instead.
logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)

_TRUST_REASONS: dict[Any, str] = {
    AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND: "untrusted_root",
    AdESIndeterminate.CERTIFICATE_CHAIN_GENERAL_FAILURE: "broken_chain",
    AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE: "broken_chain",
    AdESIndeterminate.NO_SIGNING_CERTIFICATE_FOUND: "broken_chain",
    AdESIndeterminate.EXPIRED: "expired",
    AdESIndeterminate.OUT_OF_BOUNDS_NO_POE: "expired",
    AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED: "expired",
    AdESIndeterminate.NOT_YET_VALID: "not_yet_valid",
    AdESFailure.NOT_YET_VALID: "not_yet_valid",
    AdESFailure.REVOKED: "revoked",
    AdESIndeterminate.REVOKED_NO_POE: "revoked",
    AdESIndeterminate.REVOKED_CA_NO_POE: "revoked",
}
# What a chain check says when only the revocation data is missing: the chain itself is fine.
_REVOCATION_UNKNOWN = {AdESIndeterminate.TRY_LATER, AdESIndeterminate.REVOCATION_OUT_OF_BOUNDS_NO_POE}


def check_pdf_bytes(data: bytes, trust_roots: Sequence[x509.Certificate], *, crls: Sequence[bytes] = (),
                    ocsps: Sequence[bytes] = (), now: datetime | None = None) -> FileVerdict:
    """The verdict on one PDF given as bytes; never raises for a bad file (its verdict says what is wrong)."""
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            return FileVerdict.failed("encrypted", "encrypted for a recipient whose key this computer does not hold")
        embedded = reader.embedded_signatures
        dss = DocumentSecurityStore.read_dss(reader) if "/DSS" in reader.root else None
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        return FileVerdict.failed("unreadable", str(error)[:300])
    findings = []
    for signature in embedded:
        if signature.sig_object_type == "/DocTimeStamp":
            problem = _timestamp_problem(signature, trust_roots, now)
            if problem is not None:
                findings.append(problem)
            continue
        findings.append(_check_signature(signature, trust_roots, dss, list(crls), list(ocsps), now))
    return combine(findings)


def _context(trust_roots: Sequence[x509.Certificate], dss: DocumentSecurityStore | None, crls: list[bytes],
             ocsps: list[bytes], moment: datetime | None, mode: str) -> ValidationContext:
    kwargs: dict[str, Any] = {"trust_roots": list(trust_roots), "crls": list(crls), "ocsps": list(ocsps),
                              "moment": moment, "allow_fetching": False, "revocation_mode": mode,
                              # revocation data gathered after signing (a B-LT/B-LTA file's store) still speaks
                              # for the signing time when it says "not revoked"
                              "retroactive_revinfo": True}
    if dss is not None:  # certificates and revocation data the file carries (PAdES B-LT/B-LTA)
        return dss.as_validation_context(kwargs)
    return ValidationContext(**kwargs)


def _check_signature(signature: EmbeddedPdfSignature, trust_roots: Sequence[x509.Certificate],
                     dss: DocumentSecurityStore | None, crls: list[bytes], ocsps: list[bytes],
                     now: datetime | None) -> SignatureFinding:
    about = _about(signature)
    try:
        coverage = signature.evaluate_signature_coverage()
        last_revision = signature.reader.xrefs.total_revisions - 1
        # Bytes after the last signed revision that are no revision of their own are unsigned content too.
        tail_unsigned = (coverage == SignatureCoverageLevel.ENTIRE_REVISION
                         and signature.signed_revision >= last_revision)
        if coverage < SignatureCoverageLevel.ENTIRE_REVISION or tail_unsigned:
            return SignatureFinding(**about, verdict=INVALID, reason="partial_coverage",
                                    detail="the signed byte ranges leave part of the file out")
        # First judged now, to learn whether a trusted timestamp vouches for an earlier signing time.
        status = validate_pdf_signature(signature, _context(trust_roots, dss, crls, ocsps, now, "soft-fail"),
                                        _context(trust_roots, dss, crls, ocsps, now, "soft-fail"))
        stamp = status.timestamp_validity
        moment = now
        if stamp is not None and stamp.intact and stamp.valid and (
                stamp.trusted or stamp.trust_problem_indic in _REVOCATION_UNKNOWN):
            moment = stamp.timestamp
            status = validate_pdf_signature(
                signature, _context(trust_roots, dss, crls, ocsps, moment, "soft-fail"),
                _context(trust_roots, dss, crls, ocsps, now, "soft-fail"))
    except SignatureValidationError as error:
        return SignatureFinding(**about, verdict=INVALID, reason="malformed_signature", detail=str(error)[:300])
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        return SignatureFinding(**about, verdict=INVALID, reason="malformed_signature", detail=str(error)[:300])
    checked = _revocation_checked(signature, status, trust_roots, dss, crls, ocsps, moment)
    return _finding(about, status, checked, timestamped=moment is not now)


def _revocation_checked(signature: EmbeddedPdfSignature, status: PdfSignatureStatus,
                        trust_roots: Sequence[x509.Certificate], dss: DocumentSecurityStore | None,
                        crls: list[bytes], ocsps: list[bytes], moment: datetime | None) -> bool:
    """Whether the chain also holds when revocation data is required (it is, from the file or the caller)."""
    if not (status.trusted and (dss is not None or crls or ocsps)):
        return False
    try:
        strict = validate_pdf_signature(signature, _context(trust_roots, dss, crls, ocsps, moment, "hard-fail"),
                                        _context(trust_roots, dss, crls, ocsps, moment, "soft-fail"),
                                        skip_diff=True)
    except (SignatureValidationError, PdfError, ValueError):
        return False
    return bool(strict.trusted)


def _finding(about: dict[str, Any], status: PdfSignatureStatus, revocation_checked: bool,
             timestamped: bool) -> SignatureFinding:
    whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    facts: dict[str, Any] = {"intact": bool(status.intact), "chain_trusted": bool(status.trusted),
             "revocation_checked": revocation_checked, "whole_file": whole_file, "timestamped": timestamped}
    if timestamped and status.timestamp_validity is not None:
        about = {**about, "signing_time": status.timestamp_validity.timestamp.isoformat()}
    if not status.intact:
        return SignatureFinding(**about, **facts, verdict=INVALID, reason="modified",
                                detail="the digest of the signed bytes does not match")
    if not status.valid:
        return SignatureFinding(**about, **facts, verdict=INVALID, reason="bad_signature")
    if status.modification_level == ModificationLevel.OTHER or status.docmdp_ok is False:
        return SignatureFinding(**about, **facts, verdict=INVALID, reason="modified",
                                detail="content was changed in an update after this signature")
    if status.revoked:
        return SignatureFinding(**about, **facts, verdict=INVALID, reason="revoked")
    if not status.trusted:
        indic = status.trust_problem_indic
        if indic in _REVOCATION_UNKNOWN:
            return SignatureFinding(**about, **facts, verdict=SIGNED_UNCHECKED)
        reason = _TRUST_REASONS.get(indic, "broken_chain")
        if reason == "broken_chain" and _self_signed(status.signing_cert):
            reason = "untrusted_root"  # a self-made certificate is a root nobody configured
        return SignatureFinding(**about, **facts, verdict=INVALID, reason=reason,
                                detail=str(getattr(indic, "name", "")))
    return SignatureFinding(**about, **facts, verdict=SIGNED if revocation_checked else SIGNED_UNCHECKED)


def _timestamp_problem(signature: EmbeddedPdfSignature, trust_roots: Sequence[x509.Certificate],
                       now: datetime | None) -> SignatureFinding | None:
    """A document timestamp adds no signer; it matters only when it is broken."""
    about = _about(signature)
    try:
        status = validate_pdf_timestamp(signature, _context(trust_roots, None, [], [], now, "soft-fail"))
    except (SignatureValidationError, PdfError, ValueError) as error:
        return SignatureFinding(**about, verdict=INVALID, reason="malformed_signature", detail=str(error)[:300])
    if not status.intact:
        return SignatureFinding(**about, verdict=INVALID, reason="modified", detail="document timestamp")
    if not status.valid:
        return SignatureFinding(**about, verdict=INVALID, reason="bad_signature", detail="document timestamp")
    return None


def _about(signature: EmbeddedPdfSignature) -> dict[str, Any]:
    """Who signed and when they say they did, read from the certificate and the signature dictionary."""
    about: dict[str, Any] = {"field_name": str(signature.field_name or "")}
    try:
        cert = signature.signer_cert
    except (SignatureValidationError, ValueError, KeyError, AttributeError):
        cert = None
    if cert is not None:
        subject = cert.subject.native
        about |= {
            "signer_name": _text(subject.get("common_name")),
            "position": _text(subject.get("title")),
            "organisation": _text(subject.get("organization_name")) or _text(subject.get("organizational_unit_name")),
            "issuer": _text(cert.issuer.native.get("common_name")) or cert.issuer.human_friendly,
            "valid_from": cert.not_valid_before.isoformat(),
            "valid_until": cert.not_valid_after.isoformat(),
        }
    try:
        reported = signature.self_reported_timestamp
    except (ValueError, KeyError, AttributeError):
        reported = None
    if reported is not None:
        about["signing_time"] = reported.isoformat()
    return about


def _self_signed(cert: x509.Certificate | None) -> bool:
    return cert is not None and cert.subject == cert.issuer


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
