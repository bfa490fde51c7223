"""Wipe the profile only on an instruction this device can verify came from its own server.

A `401 {"wipe": true}` proves nothing: any server, proxy or redirect target can send one, and it used to destroy a
profile with unsent work in it. On such a claim the device asks its configured server, with its own token and a
fresh nonce, whether it really is revoked; the server answers with an HMAC over the device id and the nonce, keyed
by the secret it gave this device at sign-in (sync/protocol/wipe.py). Only a valid proof wipes; the error then
says how many unsent changes were lost. Anything else keeps every byte and says the claim was not confirmed.
"""

from __future__ import annotations

import json
import logging
import secrets

from sync.engine.errors import DeviceRevokedError, SyncError, WipeNotConfirmedError
from sync.engine.replica import Replica
from sync.engine.transport import Transport
from sync.protocol.wipe import WIPE_CHECK_PATH, proof_is_valid

log = logging.getLogger("commune.sync")
WIPE_SECRET = "auth.wipe_secret"
DEVICE_ID = "auth.device_id"


def wipe_if_verified(replica: Replica, transport: Transport) -> DeviceRevokedError:
    """Verify a wipe claim with the device's own server: wipe and return the error to raise, or raise
    WipeNotConfirmedError and keep everything."""
    secret, device_id = replica.get_state(WIPE_SECRET), replica.get_state(DEVICE_ID)
    access, _expires, _refresh = replica.load_tokens()
    if not secret or not device_id or not access:
        log.warning("a wipe was claimed, but this profile holds no secret to verify it with: nothing is wiped")
        raise WipeNotConfirmedError("this profile was signed in before wipe instructions were signed")
    nonce = secrets.token_urlsafe(32)
    try:
        answer = transport.request(
            "POST", WIPE_CHECK_PATH, data=json.dumps({"device_id": device_id, "nonce": nonce}).encode(),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {access}"}, auth=False,
        ).json()
    except SyncError as error:
        raise WipeNotConfirmedError(f"the server did not confirm it: {error}") from error
    if not isinstance(answer, dict) or answer.get("wipe") is not True:
        raise WipeNotConfirmedError("the server says this device is not revoked")
    if not proof_is_valid(secret, device_id, nonce, answer.get("proof")):
        log.warning("a wipe instruction came with a proof that does not verify: nothing is wiped")
        raise WipeNotConfirmedError("its proof does not verify")
    counts = replica.counts()
    unsent = counts.pending + counts.failed
    log.warning("device revoked (verified): wiping the profile with %d unsent changes", unsent)
    replica.wipe()
    return DeviceRevokedError(unsent)
