"""Signatures in the clerk's words: the four verdicts, the reasons a signature is invalid, and the errors of
signing (merged into error_text's table, so `describe` words them like every other error)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from client.ui.i18n import source_text

_CONTEXT = "SignatureText"

_VERDICTS: dict[str, object] = {
    "signed": QT_TRANSLATE_NOOP("SignatureText", "Signed: intact, chain valid, not revoked"),
    "signed_unchecked": QT_TRANSLATE_NOOP("SignatureText", "Signed: intact, chain valid, revocation not checked"),
    "invalid": QT_TRANSLATE_NOOP("SignatureText", "Signature invalid"),
    "unsigned": QT_TRANSLATE_NOOP("SignatureText", "Not signed"),
}
# The short form for a list's badge column.
_BADGES: dict[str, object] = {
    "signed": QT_TRANSLATE_NOOP("SignatureText", "✔ Signed"),
    "signed_unchecked": QT_TRANSLATE_NOOP("SignatureText", "✔ Signed (not checked online)"),
    "invalid": QT_TRANSLATE_NOOP("SignatureText", "✖ Invalid"),
    "unsigned": QT_TRANSLATE_NOOP("SignatureText", "Unsigned"),
}
BADGE_COLOURS = {"signed": "#1a7f37", "signed_unchecked": "#1a7f37", "invalid": "#c62828", "unsigned": "#6b6b6b"}

_REASONS: dict[str, object] = {
    "modified": QT_TRANSLATE_NOOP("SignatureText", "The file was changed after it was signed."),
    "partial_coverage": QT_TRANSLATE_NOOP("SignatureText", "The signature does not cover the whole file."),
    "bad_signature": QT_TRANSLATE_NOOP("SignatureText", "The signature does not match the signed content."),
    "malformed_signature": QT_TRANSLATE_NOOP("SignatureText", "The signature is malformed."),
    "revoked": QT_TRANSLATE_NOOP("SignatureText", "The signer's certificate has been revoked."),
    "expired": QT_TRANSLATE_NOOP("SignatureText", "The signer's certificate has expired."),
    "not_yet_valid": QT_TRANSLATE_NOOP("SignatureText", "The signer's certificate was not yet valid."),
    "untrusted_root": QT_TRANSLATE_NOOP("SignatureText", "The certificate does not come from a trusted "
                                                         "certification authority."),
    "broken_chain": QT_TRANSLATE_NOOP("SignatureText", "The certificate chain is broken."),
    "encrypted": QT_TRANSLATE_NOOP("SignatureText", "The file is encrypted and cannot be checked."),
    "unreadable": QT_TRANSLATE_NOOP("SignatureText", "The file is not a readable PDF."),
    "too_large": QT_TRANSLATE_NOOP("SignatureText", "The file is too large to check."),
    "timeout": QT_TRANSLATE_NOOP("SignatureText", "The check took too long and was stopped."),
    "check_failed": QT_TRANSLATE_NOOP("SignatureText", "The check stopped unexpectedly."),
}

# Errors of signing and of the token, in error_text's context and shape: code -> (sentence, params for %1, %2).
SIGNATURE_ERRORS: dict[str, tuple[object, tuple[str, ...]]] = {
    "wrong_pin": (QT_TRANSLATE_NOOP("ErrorText", "Wrong PIN. Nothing was signed. After a few wrong tries the "
                                                 "token locks, so type it carefully."), ()),
    "wrong_pin_last_try": (QT_TRANSLATE_NOOP("ErrorText", "Wrong PIN. One try is left before the token locks."),
                           ()),
    "pin_locked": (QT_TRANSLATE_NOOP("ErrorText", "The token's PIN is locked. Ask your certificate provider to "
                                                  "unlock it."), ()),
    "token_removed": (QT_TRANSLATE_NOOP("ErrorText", "The token was removed or stopped answering. Nothing was "
                                                     "signed; plug it in and sign again."), ()),
    "token_error": (QT_TRANSLATE_NOOP("ErrorText", "The token refused to sign: %1"), ("text",)),
    "no_module": (QT_TRANSLATE_NOOP("ErrorText", "No token driver is configured on this computer. Ask your "
                                                 "administrator to set pkcs11_module."), ()),
    "module_missing": (QT_TRANSLATE_NOOP("ErrorText", "The token driver %1 is not installed on this computer."),
                       ("path",)),
    "module_unusable": (QT_TRANSLATE_NOOP("ErrorText", "The token driver %1 cannot be loaded."), ("path",)),
    "certificate_expired": (QT_TRANSLATE_NOOP("ErrorText", "This certificate is valid only from %1 to %2; it "
                                                           "cannot sign now."), ("valid_from", "valid_until")),
    "signing_failed": (QT_TRANSLATE_NOOP("ErrorText", "The PDF could not be signed: %1"), ("text",)),
    "unreadable_pdf": (QT_TRANSLATE_NOOP("ErrorText", "The PDF cannot be read, so it cannot be signed."), ()),
    "encrypted_pdf": (QT_TRANSLATE_NOOP("ErrorText", "An encrypted PDF cannot be signed."), ()),
    "no_signature_image": (QT_TRANSLATE_NOOP("ErrorText", "Choose your signature image before signing."), ()),
    "bad_image": (QT_TRANSLATE_NOOP("ErrorText", "The signature or seal image cannot be read."), ()),
    "trust_unreadable": (QT_TRANSLATE_NOOP("ErrorText", "The list of trusted certification authorities (%1) "
                                                        "cannot be read."), ("path",)),
    "signing_forbidden": (QT_TRANSLATE_NOOP("ErrorText", "This signature is for: %1, when the document is "
                                                         "\"%2\"."), ("roles", "expected")),
    "signing_needs_fields": (QT_TRANSLATE_NOOP("ErrorText", "Fill in %1 before applying the agency signature."),
                             ("fields",)),
    "attachment_missing": (QT_TRANSLATE_NOOP("ErrorText", "This file is not an attachment of the document."), ()),
    "not_a_pdf": (QT_TRANSLATE_NOOP("ErrorText", "Only PDF files can be signed."), ()),
    "attachment_not_here": (QT_TRANSLATE_NOOP("ErrorText", "The file has not been downloaded yet."), ()),
}


def verdict_text(verdict: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source_text(_VERDICTS.get(verdict, _VERDICTS["invalid"])))


def badge_text(verdict: str | None) -> str:
    if verdict is None:
        return ""
    return QCoreApplication.translate(_CONTEXT, source_text(_BADGES.get(verdict, _BADGES["invalid"])))


def reason_text(reason: str | None) -> str:
    if reason is None:
        return ""
    return QCoreApplication.translate(_CONTEXT, source_text(_REASONS.get(reason, _REASONS["check_failed"])))
