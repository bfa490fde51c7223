"""The device's wipe secret and the endpoint that proves a wipe instruction to the device."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request

from server.models import Device
from server.problems import Problem
from server.runtime import runtime
from server.tokens import TokenError, verify_access_token
from sync.protocol.wipe import WIPE_CHECK_PATH, wipe_proof
from sync.protocol.wire import WipeCheckRequest, WipeCheckResponse

router = APIRouter(tags=["auth"])


def ensure_wipe_secret(device: Device) -> str:
    """The device's secret, made at its first sign-in after this column existed."""
    if not device.wipe_secret:
        device.wipe_secret = secrets.token_hex(32)
    return device.wipe_secret


@router.post(WIPE_CHECK_PATH)
def wipe_check(body: WipeCheckRequest, request: Request) -> WipeCheckResponse:
    """Answer a device that was told to wipe: a proof bound to it when it really is revoked, else `wipe: false`.

    The caller shows it is the device by an access token the server signed for it (expired is fine: the device may
    have been offline for days, and a revoked device has no refresh token left). Nothing here changes any state.
    """
    rt = runtime(request)
    device_id = _authenticated_device(request, rt.signing_key)
    if device_id != body.device_id:
        raise Problem(403, "not-this-device", "The token belongs to another device.")
    with rt.db.read() as session:
        device = session.get(Device, device_id)
        if device is None:
            raise Problem(404, "unknown-device", "This server does not know the device.")
        revoked, secret = device.revoked_at is not None, device.wipe_secret
    if not revoked or not secret:
        return WipeCheckResponse(wipe=False)
    return WipeCheckResponse(wipe=True, proof=wipe_proof(secret, device_id, body.nonce))


def _authenticated_device(request: Request, key: bytes) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Problem(401, "unauthenticated", "Send the device's access token as 'Authorization: Bearer <token>'.")
    try:
        return verify_access_token(key, token, now=0).device_id  # expiry does not matter, the signature does
    except TokenError as error:
        raise Problem(401, error.slug, str(error)) from error
