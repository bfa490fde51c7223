"""Signature verdicts computed when PDFs arrive (sync, import, register-from-scan) and read back for the screens.

The trust anchors are the machine configuration's `signature_trust` bundle. A missing or unreadable bundle is not
fatal: files are judged against no anchor ("does not chain to a trusted root") and the problem is reported; when
the admin fixes the bundle its digest changes, so every verdict is made again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from client import machine_config
from client.cache.signature_verdicts import SignatureVerdicts
from client.cache.store import CacheStore
from client.signatures.bounded import DEADLINE_SECONDS, check_many
from client.signatures.errors import SignatureError
from client.signatures.trust import load_bundle
from client.signatures.verdicts import FileVerdict

# Files checked per child process: bounds the bytes held in memory at once (each file is at most bounded.MAX_BYTES).
BATCH = 20


@dataclass(frozen=True)
class TrustAnchors:
    """The anchors' DER bytes, a digest naming this set (stored with each verdict) and what went wrong reading it."""

    der: tuple[bytes, ...]
    digest: str
    problem: str | None = None


def trust_anchors(path: Path | None = None) -> TrustAnchors:
    """The anchors configured on this computer (or in `path`)."""
    if path is None:
        configured = machine_config.load().values.get("signature_trust")
        if not configured:
            return TrustAnchors((), "none")
        path = Path(configured)
    try:
        certs = load_bundle(path)
    except SignatureError as error:
        return TrustAnchors((), "unreadable", str(error))
    der = tuple(cert.dump() for cert in certs)
    return TrustAnchors(der, hashlib.sha256(b"".join(sorted(der))).hexdigest())


def check_unchecked(store: CacheStore, verdicts: SignatureVerdicts, anchors: TrustAnchors,
                    *, deadline: float = DEADLINE_SECONDS) -> list[str]:
    """Judge every PDF in the vault that has no verdict under these anchors; return the hashes judged."""
    done: list[str] = []
    while batch := [sha for sha in verdicts.unchecked(anchors.digest, BATCH) if sha not in done]:
        files = [store.vault.read_bytes(sha) for sha in batch]
        for sha, verdict in zip(batch, check_many(files, anchors.der, deadline=deadline), strict=True):
            verdicts.put(sha, verdict.verdict, verdict.reason, verdict.as_json()["signatures"], anchors.digest)
            done.append(sha)
    return done


def stored_verdict(verdicts: SignatureVerdicts, sha256: str) -> FileVerdict | None:
    """The verdict on one file as the viewer shows it; None while it has not been checked."""
    row = verdicts.get(sha256)
    if row is None:
        return None
    return FileVerdict.from_json({"verdict": row["verdict"], "reason": row["reason"],
                                  "signatures": row["findings"]})
