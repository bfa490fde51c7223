"""Ending sessions at once, and the one repeat of a refresh whose answer was lost.

An access token carries its device's session generation; `current_principal` refuses a token of an older one.
Bumping the generation therefore ends every access token of the device on its next request, not 15 minutes later.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from server.models import Device, RefreshToken


def end_device_sessions(session: Session, device: Device) -> None:
    """Refuse every token of the device from now on: access tokens by generation, refresh tokens by deletion."""
    device.session_gen = (device.session_gen or 0) + 1
    session.execute(delete(RefreshToken).where(RefreshToken.device_id == device.id))


def end_user_sessions(session: Session, user_id: str) -> None:
    """End the sessions of every device of the user (a password change)."""
    for device in session.scalars(select(Device).where(Device.user_id == user_id).with_for_update()):
        end_device_sessions(session, device)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)  # SQLite hands back naive times


def may_repeat(session: Session, token: RefreshToken, ip: str, now: dt.datetime, grace_seconds: int) -> bool:
    """True when a used refresh token coming back is the same client repeating a refresh whose answer it lost.

    Only once, only within the grace window, only from the address that used it first, and only while the pair
    it was exchanged for is unused: a client that received that pair uses it, so its old token coming back after
    that is a copy, and every session of the device ends (the caller's reuse path).
    """
    if token.used_at is None or token.grace_used_at is not None or token.successor_hash is None:
        return False
    if token.used_ip != ip or now - _aware(token.used_at) > dt.timedelta(seconds=grace_seconds):
        return False
    successor = session.get(RefreshToken, token.successor_hash, with_for_update=True)
    return successor is not None and successor.used_at is None


def drop_lost_successor(session: Session, token: RefreshToken, now: dt.datetime) -> None:
    """Spend the token's one repeat: the pair whose answer was lost stops working before a new one is issued."""
    if token.successor_hash is not None:
        session.execute(delete(RefreshToken).where(RefreshToken.token_hash == token.successor_hash))
    token.grace_used_at = now
