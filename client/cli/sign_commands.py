"""Signatures on the command line: `sign` a document's PDF on the token, `tokens` (what the token holds), and
`signatures` (the verdict on each PDF of a document).

The PIN is read from the terminal without echo, or from standard input with --pin-stdin (after the profile
password when --password-stdin is given too); it is never taken from an option or the environment, where it would
land in shell history and process listings.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from client.cli.common import EXIT_ERROR, Handler, done, open_session
from client.cli.output import emit_json
from client.office import SignatureError

if TYPE_CHECKING:  # the token and PDF signing libraries load only for these commands
    from client.office import Office, OfficeSession, TokenCertificate


def _token_errors(handler: Handler) -> Handler:
    """A token or trust failure ends the command with its sentence, like any other error of the command line."""

    def run(args: argparse.Namespace, office: Office) -> int:
        try:
            return handler(args, office)
        except SignatureError as error:
            print(f"error: {error}", file=sys.stderr)
            return EXIT_ERROR

    return run


def cmd_tokens(args: argparse.Namespace, office: Office) -> int:
    from client.office import tokens_on_this_computer

    tokens = tokens_on_this_computer(args.module)  # no profile needed: the token screen of the command line
    now = datetime.now(UTC)
    if args.json:
        emit_json([{"slot": t.slot, "label": t.label, "manufacturer": t.manufacturer, "pin_state": t.pin_state,
                    "certificates": [{"id": c.object_id, "label": c.label, "subject": c.subject,
                                      "issuer": c.issuer, "not_after": c.not_after.isoformat(),
                                      "expired": c.expired(now), "ca": c.is_ca} for c in t.certificates]}
                   for t in tokens])
        return 0
    if not tokens:
        print("No token is plugged in.")
    for token in tokens:
        print(f"slot {token.slot}: {token.label} ({token.manufacturer} {token.model}), PIN {token.pin_state}")
        for cert in token.certificates:
            state = "EXPIRED" if cert.expired(now) else f"valid until {cert.not_after:%Y-%m-%d}"
            kind = "CA " if cert.is_ca else ""
            print(f"  {kind}id {cert.object_id}  {cert.label}: {cert.subject} ({state})")
    return 0


def cmd_sign(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office) as session:
        doc_id = session.resolve_document_id(args.id)
        document = session.document(doc_id)
        sha = _pick_file(document["attachments"], args.file)
        cert = _pick_certificate(session, args)
        pin = _read_pin(args)
        images = {"signature_image": _read(args.signature_image), "seal_image": _read(args.seal_image)}
        session.sign_attachment(doc_id, sha, cert, pin, args.purpose,
                                module=Path(args.module) if args.module else None, **images)
        signed = session.document(doc_id)
        new_sha = next(a["sha256"] for a in signed["attachments"] if a["sha256"] not in
                       {x["sha256"] for x in document["attachments"]})
        verdict = session.signature_verdict(new_sha)
        pending = session.counts().pending
        data = {"id": doc_id, "status": signed["status"], "signed_sha256": new_sha, "draft_sha256": sha,
                "verdict": verdict.verdict if verdict else None, "pending_changes": pending}
        return done(args, data, f"Signed {doc_id[:8]} ({args.purpose}) with {cert.label}: now {signed['status']}; "
                                f"the signed file {new_sha[:12]} is sent at the next sync ({pending} change(s)).")


def cmd_signatures(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office, write=True) as session:
        doc_id = session.resolve_document_id(args.id)
        session.check_signatures()  # files downloaded since the last check get their verdict now
        rows = []
        for attachment in session.document(doc_id)["attachments"]:
            verdict = session.signature_verdict(attachment["sha256"])
            rows.append({"name": attachment["name"], "sha256": attachment["sha256"],
                         "verdict": verdict.as_json() if verdict else None})
        if args.json:
            emit_json(rows)
            return 0
        for row in rows:
            verdict = session.signature_verdict(row["sha256"])
            print(f"{row['name']}: {verdict.describe() if verdict else 'not checked (not a PDF, or not here yet)'}")
            for finding in verdict.signatures if verdict else ():
                print(f"  {finding.signer_name or '?'}"
                      f"{', ' + finding.position if finding.position else ''}"
                      f"{', ' + finding.organisation if finding.organisation else ''}"
                      f" — signed {finding.signing_time or 'at an unknown time'}"
                      f"{' (trusted timestamp)' if finding.timestamped else ''}; issuer {finding.issuer or '?'}")
        return 0


def _pick_file(attachments: list[dict], wanted: str | None) -> str:
    pdfs = [a for a in attachments if a["mime"] == "application/pdf"]
    if wanted:
        pdfs = [a for a in pdfs if a["sha256"].startswith(wanted) or a["name"] == wanted]
    if len(pdfs) != 1:
        names = ", ".join(f"{a['name']} ({a['sha256'][:12]})" for a in attachments) or "none"
        raise ValueError(f"name the one PDF to sign with --file (its name or hash); the document has: {names}")
    return str(pdfs[0]["sha256"])


def _pick_certificate(session: OfficeSession, args: argparse.Namespace) -> TokenCertificate:
    tokens = session.tokens(Path(args.module) if args.module else None)
    certs = [c for t in tokens for c in t.certificates if not c.is_ca]
    if args.cert:
        certs = [c for c in certs if args.cert in (c.object_id, c.label)]
    if len(certs) != 1:
        names = ", ".join(f"{c.label} (id {c.object_id})" for t in tokens for c in t.certificates if not c.is_ca)
        raise ValueError(f"name the certificate with --cert (label or id); the token holds: {names or 'none'}")
    return certs[0]


def _read_pin(args: argparse.Namespace) -> str:
    if args.pin_stdin:
        line = sys.stdin.readline()
        if not line:
            raise ValueError("--pin-stdin was given but standard input has no PIN line")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise ValueError("the token's PIN is needed: type it at a terminal or use --pin-stdin")
    return getpass.getpass("Token PIN: ")


def _read(path: str | None) -> bytes | None:
    return Path(path).read_bytes() if path else None


def register(add: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    """Add the signature commands to the command line."""
    sign = add("sign", _token_errors(cmd_sign),
               "sign a document's PDF with the token (leader: approve; clerk: agency, when issuing)")
    sign.add_argument("id", help="the document's id, or its first 8 characters")
    sign.add_argument("--as", dest="purpose", choices=("approve", "agency"), required=True,
                      help="approve: the leader's signature; agency: the agency's signature when issuing")
    sign.add_argument("--file", help="the PDF to sign (name or hash prefix) when the document has several")
    sign.add_argument("--cert", help="the certificate's label or id on the token (when it holds several)")
    sign.add_argument("--module", help="the token's PKCS#11 library (default: pkcs11_module of the machine "
                                       "configuration, or PKCS11_MODULE)")
    sign.add_argument("--signature-image", help="your handwritten signature image (approve)")
    sign.add_argument("--seal-image", help="the unit's seal image (approve)")
    sign.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input")
    tokens = add("tokens", _token_errors(cmd_tokens), "the tokens plugged in and their certificates with expiry")
    tokens.add_argument("--module", help="the PKCS#11 library to ask (default: the configured one)")
    verify = add("signatures", _token_errors(cmd_signatures), "the signature verdict on each PDF of a document")
    verify.add_argument("id", help="the document's id, or its first 8 characters")
