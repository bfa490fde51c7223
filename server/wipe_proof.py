"""The device's wipe secret and the endpoint that proves a wipe instruction to the device."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from server.models import Device
from server.problems import Problem
from server.runtime import runtime
from server.tokens import TokenError, verify_access_token
from sync.protocol.wipe import WIPE_CHECK_PATH, wipe_proof
from sync.protocol.wire import Problem as ProblemModel
from sync.protocol.wire import WipeCheckRequest, WipeCheckResponse

router = APIRouter(tags=["auth"])
_bearer = HTTPBearer(auto_error=False, description="The device's access token (expired is fine)")


def ensure_wipe_secret(device: Device) -> str:
    """The device's secret, made at its first sign-in after this column existed."""
    if not device.wipe_secret:
        device.wipe_secret = secrets.token_hex(32)
    return device.wipe_secret


@router.post(WIPE_CHECK_PATH, responses={401: {"model": ProblemModel}, 403: {"model": ProblemModel},
                                         404: {"model": ProblemModel}})
def wipe_check(body: WipeCheckRequest, request: Request,
               credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> WipeCheckResponse:
    """Answer a device that was told to wipe: a proof bound to it when it really is revoked, else `wipe: false`.

    The caller shows it is the device by an access token the server signed for it (expired is fine: the device may
    have been offline for days, and a revoked device has no refresh token left). Nothing here changes any state.
    """
    rt = runtime(request)
    device_id = _authenticated_device(credentials, rt.signing_key)
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


def _authenticated_device(credentials: HTTPAuthorizationCredentials | None, key: bytes) -> str:
    if credentials is None:
        raise Problem(401, "unauthenticated", "Send the device's access token as 'Authorization: Bearer <token>'.")
    try:  # expiry does not matter here, the signature does
        return verify_access_token(key, credentials.credentials, now=0).device_id
    except TokenError as error:
        raise Problem(401, error.slug, str(error)) from error
