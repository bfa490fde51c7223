"""What a signature check found, as plain values that cross a process boundary and are stored in the cache.

A file's verdict is one of four: `signed` (intact, chain to a configured trust anchor, revocation checked),
`signed_unchecked` (intact, chain valid, revocation not checked: the usual answer offline), `invalid` (with the
reason code of the first problem found) or `unsigned`. The GUI words the codes; `describe` gives plain English for
the command line.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SIGNED = "signed"
SIGNED_UNCHECKED = "signed_unchecked"
INVALID = "invalid"
UNSIGNED = "unsigned"
VERDICTS = (SIGNED, SIGNED_UNCHECKED, INVALID, UNSIGNED)

# Why a signature (or the whole file) is invalid, worst first: a file's reason is the first one of its signatures.
REASONS: dict[str, str] = {
    "modified": "the file was changed after it was signed",
    "partial_coverage": "the signature does not cover the whole file",
    "bad_signature": "the signature does not match the signed bytes",
    "malformed_signature": "the signature is malformed",
    "revoked": "the signer's certificate is revoked",
    "expired": "the signer's certificate has expired",
    "not_yet_valid": "the signer's certificate was not yet valid",
    "untrusted_root": "the certificate does not chain to a trusted root",
    "broken_chain": "the certificate chain is broken",
    "encrypted": "the file is encrypted and cannot be checked",
    "unreadable": "the file is not a readable PDF",
    "too_large": "the file is too large to check",
    "timeout": "the check did not finish in time",
    "check_failed": "the check stopped unexpectedly",
}


@dataclass(frozen=True)
class SignatureFinding:
    """One signature in the file: who, when, which issuer, what was checked and what it found."""

    field_name: str
    verdict: str
    reason: str | None = None
    signer_name: str | None = None
    position: str | None = None
    organisation: str | None = None
    issuer: str | None = None
    valid_from: str | None = None  # ISO 8601; the certificate's validity, shown beside the signing time
    valid_until: str | None = None
    signing_time: str | None = None
    timestamped: bool = False  # the signing time comes from a trusted timestamp, not the signer's clock
    intact: bool = False
    chain_trusted: bool = False
    revocation_checked: bool = False
    whole_file: bool = False
    detail: str = ""


@dataclass(frozen=True)
class FileVerdict:
    """The verdict on one PDF, with one finding per signature (a document timestamp counts as none)."""

    verdict: str
    reason: str | None = None
    signatures: tuple[SignatureFinding, ...] = field(default_factory=tuple)

    def as_json(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "reason": self.reason, "signatures": [asdict(s) for s in self.signatures]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FileVerdict:
        return cls(str(data["verdict"]), data.get("reason"),
                   tuple(SignatureFinding(**s) for s in data.get("signatures") or ()))

    @classmethod
    def failed(cls, reason: str, detail: str = "") -> FileVerdict:
        """A file that could not be checked at all; it is shown as invalid, never as signed."""
        finding = SignatureFinding(field_name="", verdict=INVALID, reason=reason, detail=detail)
        return cls(INVALID, reason, (finding,) if detail else ())

    def describe(self) -> str:
        """Plain English for the command line: "intact, chain valid, revocation not checked" and the like."""
        if self.verdict == UNSIGNED:
            return "not signed"
        if self.verdict == INVALID:
            return f"invalid: {REASONS.get(self.reason or '', self.reason or 'unknown reason')}"
        if self.verdict == SIGNED_UNCHECKED:
            return "intact, chain valid, revocation not checked"
        return "intact, chain valid, not revoked"


def combine(findings: list[SignatureFinding]) -> FileVerdict:
    """A file is as good as its worst signature: any invalid one makes it invalid, any unchecked one unchecked."""
    if not findings:
        return FileVerdict(UNSIGNED)
    invalid = [f for f in findings if f.verdict == INVALID]
    if invalid:
        order = list(REASONS)
        worst = min(invalid, key=lambda f: order.index(f.reason) if f.reason in order else len(order))
        return FileVerdict(INVALID, worst.reason, tuple(findings))
    if any(f.verdict == SIGNED_UNCHECKED for f in findings):
        return FileVerdict(SIGNED_UNCHECKED, None, tuple(findings))
    return FileVerdict(SIGNED, None, tuple(findings))
