"""Access tokens (HMAC-SHA256 signed, short-lived) and refresh tokens (random, stored only as a hash)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

_PREFIX = "v1"


@dataclass(frozen=True)
class AccessClaims:
    user_id: str
    device_id: str
    unit_id: str
    expires_at: int
    generation: int = 0  # the device's session generation when issued; a token of an older one is refused


class TokenError(Exception):
    """The token is malformed, forged or expired; `slug` says which for the problem response."""

    def __init__(self, slug: str, detail: str) -> None:
        super().__init__(detail)
        self.slug = slug


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issue_access_token(key: bytes, claims: AccessClaims) -> str:
    """Sign the claims; the token is `v1.<payload>.<signature>`."""
    payload = _b64(json.dumps(
        {"sub": claims.user_id, "dev": claims.device_id, "unit": claims.unit_id, "exp": claims.expires_at,
         "gen": claims.generation},
        separators=(",", ":"),
    ).encode())
    signed = f"{_PREFIX}.{payload}"
    signature = _b64(hmac.new(key, signed.encode(), hashlib.sha256).digest())
    return f"{signed}.{signature}"


def verify_access_token(key: bytes, token: str, now: float | None = None) -> AccessClaims:
    """Check signature and expiry and return the claims."""
    parts = token.split(".")
    if len(parts) != 3 or parts[0] != _PREFIX:
        raise TokenError("invalid-token", "The access token is malformed. Sign in again.")
    expected = hmac.new(key, f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256).digest()
    try:
        given = _unb64(parts[2])
        data = json.loads(_unb64(parts[1]))
        claims = AccessClaims(str(data["sub"]), str(data["dev"]), str(data["unit"]), int(data["exp"]),
                              int(data.get("gen", 0)))
    except (ValueError, KeyError, TypeError) as error:
        raise TokenError("invalid-token", "The access token is malformed. Sign in again.") from error
    if not hmac.compare_digest(expected, given):
        raise TokenError("invalid-token", "The access token is not valid. Sign in again.")
    if claims.expires_at <= (time.time() if now is None else now):
        raise TokenError("token-expired", "The access token has expired. Refresh it or sign in again.")
    return claims


def new_refresh_token() -> tuple[str, str]:
    """A fresh refresh token and the SHA-256 hash that is all the database keeps of it."""
    token = secrets.token_urlsafe(32)
    return token, hash_refresh_token(token)


def hash_refresh_token(token: str) -> str:
    """The stored form of a refresh token."""
    return hashlib.sha256(token.encode()).hexdigest()
