"""Signing on a real PKCS#11 token (SoftHSM2): the PAdES signature verifies, its appearance is where Decree 30
puts it, and the token's failures (wrong PIN, token removed mid-sign, expired certificate) are clear errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from PIL import Image, ImageDraw
from pypdf import PdfReader

from client.signatures import appearance, signing
from client.signatures.errors import SignatureError
from client.signatures.signing import AGENCY, APPROVE, SignRequest, sign_pdf
from client.signatures.token import TokenCertificate, list_tokens, load_module
from client.signatures.validation import check_pdf_bytes
from client.signatures.verdicts import INVALID, SIGNED, SIGNED_UNCHECKED
from tests.signatures.softhsm import SoftToken


def png(draw: str, size: tuple[int, int]) -> bytes:
    """A black-on-white test image: a stroke for a signature, a ring for a seal."""
    image = Image.new("RGB", size, "white")
    pen = ImageDraw.Draw(image)
    if draw == "stroke":
        pen.line((10, size[1] - 20, size[0] - 10, 20), fill="black", width=10)
    else:
        pen.ellipse((8, 8, size[0] - 8, size[1] - 8), outline="black", width=14)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


SIGNATURE_PNG = png("stroke", (600, 200))
SEAL_PNG = png("ring", (420, 420))


def certificate(token: SoftToken, label: str) -> TokenCertificate:
    return next(c for t in list_tokens(token.module) for c in t.certificates if c.label == label)


def test_the_token_screen_sees_the_token_and_its_certificates(soft_token: SoftToken) -> None:
    [token] = list_tokens(soft_token.module)  # SoftHSM2's spare empty slot is not listed
    assert token.label == soft_token.label
    assert token.pin_state in ("ok", "count_low")  # "count low" once a wrong-PIN test has run before this one
    by_label = {c.label: c for c in token.certificates}
    assert set(by_label) == {"signer", "expired", "revoked", "intermediate"}
    assert by_label["intermediate"].is_ca and not by_label["signer"].is_ca
    assert "Nguyễn Văn An" in by_label["signer"].subject
    assert by_label["expired"].not_after < by_label["signer"].not_after


def test_a_leader_signature_on_the_token_verifies_with_its_appearance(
        soft_token: SoftToken, unsigned_pdf: bytes, root: asn1_x509.Certificate, crl: bytes) -> None:
    request = SignRequest(soft_token.module, certificate(soft_token, "signer"), soft_token.pin, APPROVE,
                          signature_image=SIGNATURE_PNG, seal_image=SEAL_PNG)
    signed = sign_pdf(unsigned_pdf, request)
    assert signed.startswith(unsigned_pdf)  # an incremental update: the draft's bytes are untouched
    verdict = check_pdf_bytes(signed, [root])
    assert verdict.verdict == SIGNED_UNCHECKED
    assert verdict.signatures[0].signer_name == "Nguyễn Văn An" and verdict.signatures[0].whole_file
    assert check_pdf_bytes(signed, [root], crls=[crl]).verdict == SIGNED
    # PAdES, and a visible widget at the bottom right of the last page
    reader = PdfReader(io.BytesIO(signed))
    [widget] = [a.get_object() for a in reader.pages[-1]["/Annots"]]
    assert widget["/V"].get_object()["/SubFilter"] == "/ETSI.CAdES.detached"
    left, bottom, right, top = (float(v) for v in widget["/Rect"])
    page_width = float(reader.pages[-1].mediabox.width)
    assert right == pytest.approx(page_width - signing.MARGIN, abs=1) and bottom == pytest.approx(signing.MARGIN)
    assert right - left > 0 and top - bottom > 0 and "/AP" in widget


def test_the_agency_signature_is_text_top_right_of_page_one(soft_token: SoftToken, unsigned_pdf: bytes,
                                                            root: asn1_x509.Certificate) -> None:
    request = SignRequest(soft_token.module, certificate(soft_token, "signer"), soft_token.pin, AGENCY,
                          agency_text="Đảng ủy xã Ý Tý\nSố: 12-QĐ/ĐU")
    signed = sign_pdf(unsigned_pdf, request)
    reader = PdfReader(io.BytesIO(signed))
    [widget] = [a.get_object() for a in reader.pages[0]["/Annots"]]
    _left, _bottom, right, top = (float(v) for v in widget["/Rect"])
    page = reader.pages[0].mediabox
    assert right == pytest.approx(float(page.width) - signing.MARGIN, abs=1)
    assert top == pytest.approx(float(page.height) - signing.MARGIN, abs=1)
    assert check_pdf_bytes(signed, [root]).verdict == SIGNED_UNCHECKED


def test_the_leader_then_the_clerk_sign_the_same_file(soft_token: SoftToken, unsigned_pdf: bytes,
                                                      root: asn1_x509.Certificate) -> None:
    cert = certificate(soft_token, "signer")
    approved = sign_pdf(unsigned_pdf, SignRequest(soft_token.module, cert, soft_token.pin, APPROVE,
                                                  signature_image=SIGNATURE_PNG, seal_image=SEAL_PNG))
    issued = sign_pdf(approved, SignRequest(soft_token.module, cert, soft_token.pin, AGENCY, agency_text="Số: 1"))
    verdict = check_pdf_bytes(issued, [root])
    assert verdict.verdict == SIGNED_UNCHECKED
    assert [f.field_name for f in verdict.signatures] == ["approve1", "agency1"]


def test_the_appearance_inks_are_blue_and_red_with_the_seal_over_the_left_third() -> None:
    composed = appearance.compose_approval(SIGNATURE_PNG, SEAL_PNG)
    seal_width, signature_width = 420, 600
    assert composed.width == seal_width + signature_width - signature_width // 3
    colours = {pixel[:3] for pixel in composed.get_flattened_data() if pixel[3] > 200}
    assert colours == {appearance.BLUE, appearance.RED}


def test_a_wrong_pin_is_refused_and_says_what_the_token_reports(soft_token: SoftToken, unsigned_pdf: bytes) -> None:
    request = SignRequest(soft_token.module, certificate(soft_token, "signer"), "000000", APPROVE,
                          signature_image=SIGNATURE_PNG)
    with pytest.raises(SignatureError) as caught:
        sign_pdf(unsigned_pdf, request)
    assert caught.value.code == "wrong_pin"
    # SoftHSM2 keeps no retry counter, but sets "count low" after a failure, as PKCS#11 defines it
    assert caught.value.params == {"tries_left": None, "low": True}
    assert "000000" not in str(caught.value) and "000000" not in repr(request)
    # the right PIN still works afterwards
    assert sign_pdf(unsigned_pdf, SignRequest(soft_token.module, request.certificate, soft_token.pin, APPROVE,
                                              signature_image=SIGNATURE_PNG)).startswith(unsigned_pdf)


def test_an_expired_certificate_is_refused_before_the_token_signs(soft_token: SoftToken,
                                                                  unsigned_pdf: bytes) -> None:
    with pytest.raises(SignatureError) as caught:
        sign_pdf(unsigned_pdf, SignRequest(soft_token.module, certificate(soft_token, "expired"), soft_token.pin,
                                           APPROVE, signature_image=SIGNATURE_PNG))
    assert caught.value.code == "certificate_expired"


def test_the_token_removed_mid_sign_is_a_clear_error(soft_token: SoftToken, unsigned_pdf: bytes,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # The module is shut down between the login and the signature, as when the token is pulled out.
    lib = load_module(soft_token.module)
    real = signing.PKCS11Signer

    class PulledOut(real):  # type: ignore[misc, valid-type]
        async def async_sign_raw(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            lib.finalize()
            return await super().async_sign_raw(*args, **kwargs)

    monkeypatch.setattr(signing, "PKCS11Signer", PulledOut)
    request = SignRequest(soft_token.module, certificate(soft_token, "signer"), soft_token.pin, APPROVE,
                          signature_image=SIGNATURE_PNG)
    with pytest.raises(SignatureError) as caught:
        sign_pdf(unsigned_pdf, request)
    assert caught.value.code == "token_removed"
    monkeypatch.setattr(signing, "PKCS11Signer", real)
    assert sign_pdf(unsigned_pdf, request).startswith(unsigned_pdf)  # plugged back in: signing works again


def test_a_revoked_certificate_signs_but_its_signature_is_caught_with_the_crl(
        soft_token: SoftToken, unsigned_pdf: bytes, root: asn1_x509.Certificate, crl: bytes) -> None:
    signed = sign_pdf(unsigned_pdf, SignRequest(soft_token.module, certificate(soft_token, "revoked"),
                                                soft_token.pin, APPROVE, signature_image=SIGNATURE_PNG))
    verdict = check_pdf_bytes(signed, [root], crls=[crl])
    assert (verdict.verdict, verdict.reason) == (INVALID, "revoked")


def test_a_missing_module_is_a_clear_error(tmp_path: Path) -> None:
    from client.signatures.token import configured_module

    with pytest.raises(SignatureError) as caught:
        configured_module(str(tmp_path / "không có.dll"))
    assert caught.value.code == "module_missing"
