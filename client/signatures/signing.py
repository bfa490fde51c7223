"""Sign a PDF with a key on the token: a PAdES signature (B-B) with the visible appearance of Decree 30.

The caller names the token's slot, the certificate's id and the PIN; the PIN goes to the token and nowhere else.
A certificate that is expired (or not yet valid) is refused before the token is asked to sign: a signature it made
would be invalid on arrival.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import fields, signers
from pyhanko.sign.pkcs11 import PKCS11Signer
from pyhanko.stamp import BaseStampStyle

from client.signatures import appearance
from client.signatures.errors import SignatureError
from client.signatures.token import TokenCertificate, logged_in

APPROVE, AGENCY = "approve", "agency"
MARGIN = 36.0  # half an inch from the page edge
AGENCY_BOX = (230.0, 48.0)  # wide enough for "Số: 123/QĐ-ĐU" and an ISO 8601 time at 10 pt


@dataclass(frozen=True)
class SignRequest:
    """What to sign with and how it looks. `pin` is excluded from repr so it never reaches a log line."""

    module: Path
    certificate: TokenCertificate
    pin: str = field(repr=False)
    purpose: str = APPROVE
    signature_image: bytes | None = None  # the user's handwritten signature (approve)
    seal_image: bytes | None = None  # the unit's seal (approve)
    agency_text: str = ""  # agency name, number and symbol (agency); the time is added at signing
    field_name: str | None = None


def sign_pdf(data: bytes, request: SignRequest, *, now: datetime | None = None) -> bytes:
    """The signed PDF (the original bytes followed by one incremental update holding the signature)."""
    moment = now or datetime.now(UTC)
    cert = request.certificate
    if cert.expired(moment):
        raise SignatureError("certificate_expired", f"The certificate {cert.label!r} is valid only from "
                             f"{cert.not_before:%Y-%m-%d} to {cert.not_after:%Y-%m-%d}.",
                             valid_from=cert.not_before.isoformat(), valid_until=cert.not_after.isoformat())
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    except (PdfError, ValueError, KeyError) as error:
        raise SignatureError("unreadable_pdf", f"The PDF cannot be read: {error}.") from error
    if writer.security_handler is not None:
        raise SignatureError("encrypted_pdf", "An encrypted PDF cannot be signed here.")
    name = request.field_name or _free_field_name(writer, request.purpose)
    style, page, box = _appearance(writer, request, moment)
    meta = signers.PdfSignatureMetadata(field_name=name, subfilter=fields.SigSeedSubFilter.PADES,
                                        md_algorithm="sha256")
    with logged_in(request.module, cert.slot, request.pin) as session:
        key_id = bytes.fromhex(cert.object_id)
        # other_certs_to_pull=None: every certificate on the token goes in, so the chain travels with the file
        signer = PKCS11Signer(session, key_id=key_id, cert_id=key_id, other_certs_to_pull=None)
        pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style,
                                       new_field_spec=fields.SigFieldSpec(
                                           name, on_page=page, box=(round(box[0]), round(box[1]), round(box[2]),
                                                                    round(box[3]))))
        out = io.BytesIO()
        try:
            pdf_signer.sign_pdf(writer, output=out)
        except (PdfError, ValueError) as error:
            raise SignatureError("signing_failed", f"The PDF could not be signed: {error}.") from error
    return out.getvalue()


def _appearance(writer: IncrementalPdfFileWriter, request: SignRequest,
                moment: datetime) -> tuple[BaseStampStyle, int, tuple[float, float, float, float]]:
    if request.purpose == AGENCY:
        _left, _bottom, right, top = _media_box(writer, 0)
        width, height = AGENCY_BOX
        text = "\n".join(line for line in (request.agency_text.strip(), moment.astimezone().isoformat(
            timespec="seconds")) if line)
        box = (right - MARGIN - width, top - MARGIN - height, right - MARGIN, top - MARGIN)
        return appearance.agency_style(text, AGENCY_BOX), 0, box
    if request.purpose != APPROVE:
        raise SignatureError("unknown_purpose", f"{request.purpose!r} is not a kind of signature.")
    if request.signature_image is None:
        raise SignatureError("no_signature_image", "Choose your signature image in Settings before signing.")
    last = _page_count(writer) - 1
    _left, bottom, right, _top = _media_box(writer, last)
    width, height = appearance.approval_size(request.signature_image, request.seal_image)
    # at the signer's place: the bottom right of the last page, above the margin (Annex I's signature block)
    box = (right - MARGIN - width, bottom + MARGIN, right - MARGIN, bottom + MARGIN + height)
    return appearance.approval_style(request.signature_image, request.seal_image), last, box


def _page_count(writer: IncrementalPdfFileWriter) -> int:
    return int(writer.root["/Pages"]["/Count"])


def _media_box(writer: IncrementalPdfFileWriter, page: int) -> tuple[float, float, float, float]:
    page_ref = writer.find_page_for_modification(page)[0]
    box = page_ref.get_object().get("/MediaBox") or writer.root["/Pages"].get("/MediaBox")
    left, bottom, right, top = (float(v) for v in box)
    return left, bottom, right, top


def _free_field_name(writer: IncrementalPdfFileWriter, purpose: str) -> str:
    taken = {name for name, _value, _ref in fields.enumerate_sig_fields(writer)}
    index = 1
    while f"{purpose}{index}" in taken:
        index += 1
    return f"{purpose}{index}"


def signer_certificate(der: bytes) -> x509.Certificate:
    return x509.Certificate.load(der)
