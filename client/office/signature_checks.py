"""Signature verdicts computed when PDFs arrive (sync, import, register-from-scan) and read back for the screens.

The trust anchors are the machine configuration's `signature_trust` bundle. A missing or unreadable bundle is not
fatal: files are judged against no anchor ("does not chain to a trusted root") and the problem is reported; when
the admin fixes the bundle its digest changes, so every verdict is made again.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import requests

from client import machine_config
from client.cache.signature_verdicts import SignatureVerdicts
from client.cache.store import CacheStore
from client.signatures.bounded import DEADLINE_SECONDS, check_many
from client.signatures.errors import SignatureError
from client.signatures.revocation import MAX_CRL_BYTES, checked_crl, crl_urls
from client.signatures.trust import load_bundle
from client.signatures.verdicts import SIGNED_UNCHECKED, FileVerdict

# Files checked per child process: bounds the bytes held in memory at once (each file is at most bounded.MAX_BYTES).
BATCH = 20
# Online revocation checks, bounded like every request of the app: per CRL, and per sync run.
CRL_CONNECT_SECONDS, CRL_TOTAL_SECONDS = 5.0, 20.0
CRLS_PER_RUN = 20
CRL_REFRESH = timedelta(hours=12)  # a CRL kept longer is fetched again when online

Fetch = Callable[[str], bytes]


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
    kept = [der for der, _when in verdicts.revocation().values()]  # what earlier online checks fetched
    while batch := [sha for sha in verdicts.unchecked(anchors.digest, BATCH) if sha not in done]:
        files = [store.vault.read_bytes(sha) for sha in batch]
        for sha, verdict in zip(batch, check_many(files, anchors.der, crls=kept, deadline=deadline), strict=True):
            verdicts.put(sha, verdict.verdict, verdict.reason, verdict.as_json()["signatures"], anchors.digest)
            done.append(sha)
    return done


def fetch_crl(url: str) -> bytes:
    """GET one CRL, bounded: connect and total time, and size (the proxy settings of the system apply)."""
    started = time.monotonic()
    with requests.get(url, stream=True, timeout=(CRL_CONNECT_SECONDS, CRL_TOTAL_SECONDS),
                      allow_redirects=True) as answer:
        answer.raise_for_status()
        body = bytearray()
        for chunk in answer.iter_content(64 * 1024):
            body += chunk
            if len(body) > MAX_CRL_BYTES:
                raise SignatureError("bad_crl", f"The CRL at {url} is larger than {MAX_CRL_BYTES} bytes.", url=url)
            if time.monotonic() - started > CRL_TOTAL_SECONDS:
                raise SignatureError("bad_crl", f"The CRL at {url} took over {CRL_TOTAL_SECONDS:g} s.", url=url)
    return bytes(body)


def check_revocation(store: CacheStore, verdicts: SignatureVerdicts, anchors: TrustAnchors,
                     fetch: Fetch = fetch_crl, now: datetime | None = None) -> tuple[list[str], list[str]]:
    """Online: fetch the CRLs that files judged "revocation not checked" name, keep them, judge those files again.

    Returns the hashes judged again and the problems met (a CRL server down is a problem, not a failure: the
    verdict stays "not checked" and the next online run tries again)."""
    moment = now or datetime.now()
    pending = verdicts.with_verdict(SIGNED_UNCHECKED, BATCH)
    if not pending:
        return [], []
    files = {sha: store.vault.read_bytes(sha) for sha in pending}
    kept = verdicts.revocation()
    wanted = list(dict.fromkeys(url for data in files.values() for url in crl_urls(data)))
    fetched, problems = 0, []
    for url in wanted[:CRLS_PER_RUN]:
        if url in kept and moment - kept[url][1] < CRL_REFRESH:
            continue
        try:
            verdicts.keep_revocation(url, checked_crl(url, fetch(url)))
            fetched += 1
        except (requests.RequestException, SignatureError, OSError) as error:
            problems.append(f"{url}: {error}")
    if not fetched:
        return [], problems
    crls = [der for der, _when in verdicts.revocation().values()]
    shas = list(files)
    for sha, verdict in zip(shas, check_many([files[s] for s in shas], anchors.der, crls=crls), strict=True):
        verdicts.put(sha, verdict.verdict, verdict.reason, verdict.as_json()["signatures"], anchors.digest)
    return shas, problems


def stored_verdict(verdicts: SignatureVerdicts, sha256: str) -> FileVerdict | None:
    """The verdict on one file as the viewer shows it; None while it has not been checked."""
    row = verdicts.get(sha256)
    if row is None:
        return None
    return FileVerdict.from_json({"verdict": row["verdict"], "reason": row["reason"],
                                  "signatures": row["findings"]})
