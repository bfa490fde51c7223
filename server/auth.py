"""Sign-in, token refresh, and the dependency that turns a bearer token into a Principal."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from server.audit import record_audit
from server.client_address import client_address
from server.hash_gate import hash_gate
from server.models import USER_AGENT_LENGTH, Device, RefreshToken, Unit, User, utcnow
from server.passwords import hash_password, needs_rehash, verify_password
from server.problems import Problem
from server.runtime import Runtime, runtime
from server.scope import Principal, ceiling_of
from server.sessions import drop_lost_successor, end_device_sessions, may_repeat
from server.sign_in_limits import clear_after_success, reserve_attempt
from server.tokens import (
    AccessClaims,
    TokenError,
    hash_refresh_token,
    issue_access_token,
    new_refresh_token,
    verify_access_token,
)
from server.wipe_proof import ensure_wipe_secret
from sync.protocol.domain import UnitLevel
from sync.protocol.wire import LoginRequest, RefreshRequest, TokenResponse, UnitInfo, UserInfo
from sync.protocol.wire import Problem as ProblemModel

router = APIRouter(prefix="/v1/auth", tags=["auth"])
bearer = HTTPBearer(auto_error=False, description="Access token from /v1/auth/login or /v1/auth/refresh")
AUTH_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ProblemModel, "description": "Missing, invalid or expired token, or a revoked device (wipe)"},
}


_PRINCIPAL_QUERY = (
    select(Device.revoked_at, Device.session_gen, User.active, User.roles, User.unit_id, Unit.level, Unit.feed_head)
    .join(User, User.id == Device.user_id)
    .join(Unit, Unit.id == User.unit_id)
    .where(Device.id == bindparam("device_id"), Device.user_id == bindparam("user_id"))
)


def _revoked() -> Problem:
    return Problem(401, "device-revoked", "This device was revoked by an administrator; its local data must be "
                   "wiped. Sign in again on an authorised device.", wipe=True)


async def token_claims(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> AccessClaims:
    """The bearer token's claims, signature and expiry checked: no database, so it runs on the event loop."""
    if credentials is None:
        raise Problem(401, "unauthenticated", "Sign in first: send 'Authorization: Bearer <access token>'.",
                      headers={"WWW-Authenticate": "Bearer"})
    try:
        return verify_access_token(runtime(request).signing_key, credentials.credentials)
    except TokenError as error:
        raise Problem(401, error.slug, str(error), headers={"WWW-Authenticate": "Bearer"}) from error


TokenClaims = Annotated[AccessClaims, Depends(token_claims)]


def principal_of(rt: Runtime, claims: AccessClaims, conn: Connection | None = None) -> Principal:
    """The device and user behind checked claims, as they are now; a revoked device is told to wipe.

    Blocking (one query): the page routes call it in the worker thread that reads their page, on the page's
    connection, so that a page pull costs one thread hop and one connection, not two of each.
    """
    if conn is None:
        # A plain connection, not a Session: this runs on every request and is the whole cost of an empty pull.
        with rt.db.autocommit.connect() as own:
            return principal_of(rt, claims, own)
    row = conn.execute(_PRINCIPAL_QUERY, {"device_id": claims.device_id, "user_id": claims.user_id}).first()
    if row is None or not row.active:
        raise Problem(401, "invalid-token", "The account or device no longer exists or is disabled.")
    if row.revoked_at is not None:
        raise _revoked()
    if claims.generation != row.session_gen:
        raise Problem(401, "session-ended", "This session was ended (a password change, or a copied sign-in was "
                      "detected). Sign in again.", headers={"WWW-Authenticate": "Bearer"})
    return Principal(user_id=claims.user_id, device_id=claims.device_id, unit_id=row.unit_id,
                     unit_level=UnitLevel(row.level), roles=frozenset(row.roles), feed_head=int(row.feed_head))


def current_principal(request: Request, claims: TokenClaims) -> Principal:
    """Authenticate the request; a revoked device is told to wipe."""
    return principal_of(runtime(request), claims)


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def _issue(rt: Runtime, session: Session, user: User, device: Device,
           parent: RefreshToken | None = None) -> TokenResponse:
    unit = session.get(Unit, user.unit_id)
    assert unit is not None
    expires = int(time.time()) + rt.settings.access_token_seconds
    access = issue_access_token(rt.signing_key, AccessClaims(user.id, device.id, user.unit_id, expires,
                                                             device.session_gen or 0))
    refresh, refresh_hash = new_refresh_token()
    session.add(RefreshToken(token_hash=refresh_hash, device_id=device.id,
                             expires_at=utcnow() + dt.timedelta(days=rt.settings.refresh_token_days)))
    if parent is not None:
        parent.successor_hash = refresh_hash
    device.last_seen_at = utcnow()
    return TokenResponse(
        access_token=access, refresh_token=refresh, expires_in=rt.settings.access_token_seconds, device_id=device.id,
        # Only at sign-in: a refresh token copied off a device must not also yield the secret that proves wipes.
        device_secret=ensure_wipe_secret(device) if parent is None else None,
        user=UserInfo(id=user.id, username=user.username, full_name=user.full_name, roles=list(user.roles),
                      unit_id=user.unit_id),
        unit=UnitInfo(id=unit.id, name=unit.name, code=unit.code, level=unit.level, parent_id=unit.parent_id,
                      secrecy_ceiling=ceiling_of(unit), offline_grace_hours=unit.offline_grace_hours),
    )


def _user_agent(request: Request) -> str | None:
    """The client's User-Agent as sent (cut to what the column holds), or None without one."""
    text = request.headers.get("user-agent", "").strip()
    return text[:USER_AGENT_LENGTH] or None


@router.post("/login", responses={401: AUTH_ERRORS[401], 429: {"model": ProblemModel},
                                   503: {"model": ProblemModel}})
def login(body: LoginRequest, request: Request) -> TokenResponse:
    """Sign in with user name and password; registers the device or signs an existing one in again."""
    rt = runtime(request)
    ip = client_address(request, rt.settings)
    gate = hash_gate(request)
    with gate.admitted():
        # Counted and committed before hashing, and hashed outside any transaction: a slow hash holds no lock.
        with rt.db.write() as session:
            reservation = reserve_attempt(session, rt.settings, body.username, ip)
            user = session.scalar(select(User).where(User.username == body.username))
            stored_hash = user.password_hash if user is not None else None
            session.commit()
        ok = gate.compute(verify_password, stored_hash, body.password)
        rehashed = gate.compute(hash_password, body.password) if ok and needs_rehash(stored_hash or "") else None
    with rt.db.write() as session:
        user = session.scalar(select(User).where(User.username == body.username))
        # The hash checked must still be the user's: a password changed meanwhile makes the old one wrong.
        ok = ok and user is not None and user.active and user.password_hash == stored_hash
        if not ok or user is None:
            record_audit(session, "login_failed", target=body.username, ip=ip)
            session.commit()
            raise Problem(401, "invalid-credentials", "Wrong user name or password.")
        device = session.get(Device, body.device_id) if body.device_id else None
        if device is not None and device.user_id != user.id:
            device = None  # another user's device id: register a new device instead of borrowing that one
        if device is not None and device.revoked_at is not None:
            record_audit(session, "login_revoked_device", actor=user.id, unit_id=user.unit_id, device_id=device.id,
                         ip=ip)
            session.commit()
            raise _revoked()
        if device is None:
            device = Device(id=str(uuid.uuid4()), user_id=user.id, name=body.device_name)
            session.add(device)
            session.flush()
        device.user_agent = _user_agent(request)
        if rehashed is not None:
            user.password_hash = rehashed
        clear_after_success(session, reservation)
        response = _issue(rt, session, user, device)
        record_audit(session, "login", actor=user.id, unit_id=user.unit_id, device_id=device.id, ip=ip,
                     detail={"device_name": body.device_name, "user_agent": device.user_agent})
        session.commit()
    return response


@router.post("/refresh", responses={401: AUTH_ERRORS[401]})
def refresh(body: RefreshRequest, request: Request) -> TokenResponse:
    """Exchange a refresh token for a new pair; each refresh token works once."""
    rt = runtime(request)
    with rt.db.write() as session:
        token = session.get(RefreshToken, hash_refresh_token(body.refresh_token), with_for_update=True)
        if token is None or token.expires_at.replace(tzinfo=token.expires_at.tzinfo or dt.UTC) <= utcnow():
            raise Problem(401, "invalid-refresh-token", "The refresh token is unknown or expired. Sign in again.")
        device = session.get(Device, token.device_id, with_for_update=True)
        assert device is not None
        ip, now = client_address(request, rt.settings), utcnow()
        if token.used_at is not None:
            if not may_repeat(session, token, ip, now, rt.settings.refresh_grace_seconds):
                # A used token coming back means it was copied: end every session of this device at once.
                end_device_sessions(session, device)
                record_audit(session, "refresh_reuse", actor=device.user_id, device_id=device.id, ip=ip)
                session.commit()
                raise Problem(401, "invalid-refresh-token", "This refresh token was already used. Sign in again.")
            drop_lost_successor(session, token, now)
            record_audit(session, "refresh_repeat", actor=device.user_id, device_id=device.id, ip=ip)
        if device.revoked_at is not None:
            raise _revoked()
        user = session.get(User, device.user_id)
        if user is None or not user.active:
            raise Problem(401, "invalid-refresh-token", "The account is disabled.")
        token.used_at, token.used_ip = token.used_at or now, ip
        device.user_agent = _user_agent(request)  # an updated PC refreshes its tokens long before it signs in again
        response = _issue(rt, session, user, device, parent=token)
        session.commit()
    return response
