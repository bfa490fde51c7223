"""The proof that a wipe instruction came from the device's own server: one definition for server and client.

At sign-in the server gives the device a secret that only the two of them hold. A device told to wipe sends a
fresh nonce to its server; the server answers with an HMAC over the device id and that nonce. A hostile server or a
forged answer on the way cannot make one, so it cannot make the device destroy its unsent work.
"""

from __future__ import annotations

import hashlib
import hmac

WIPE_CHECK_PATH = "/v1/auth/wipe-check"
_CONTEXT = b"commune-office wipe v1"


def wipe_proof(device_secret: str, device_id: str, nonce: str) -> str:
    """The proof the server sends for a revoked device; hex HMAC-SHA256."""
    message = b"\n".join((_CONTEXT, device_id.encode(), nonce.encode()))
    return hmac.new(device_secret.encode(), message, hashlib.sha256).hexdigest()


def proof_is_valid(device_secret: str, device_id: str, nonce: str, proof: object) -> bool:
    """True when `proof` is exactly what the device's own server would send for this nonce."""
    return isinstance(proof, str) and hmac.compare_digest(wipe_proof(device_secret, device_id, nonce), proof)
