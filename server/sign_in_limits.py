"""Sign-in throttling: per user name and address, and per address whatever the user name.

Each attempt is counted *before* its password is hashed, in a short transaction that holds a lock on its keys, so
concurrent guesses cannot all read "9 failures" and all be checked: the 11th waits for the 10th's row and sees it.
The attempt is stored as a failure at once and only cleared when the password turns out right.
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from server.audit import record_audit
from server.config import Settings
from server.models import LoginAttempt, utcnow
from server.problems import Problem


@dataclass(frozen=True)
class Reservation:
    user_key: str
    address_attempt_id: int


def user_key(username: str, ip: str) -> str:
    return f"{username.casefold()}|{ip}"


def address_key(ip: str) -> str:
    return f"*|{ip}"  # "*" is no user name: a user name never holds "|" before the address


def _lock_keys(session: Session, keys: list[str]) -> None:
    # SQLite writers already hold the database lock (BEGIN IMMEDIATE); PostgreSQL needs a lock per key, taken in
    # one order so two sign-ins never wait for each other crosswise.
    if session.get_bind().dialect.name != "postgresql":
        return
    for key in sorted(keys):
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": zlib.crc32(key.encode()) - 2**31})


def _failures(session: Session, key: str, since: dt.datetime) -> int:
    return session.scalar(select(func.count()).select_from(LoginAttempt).where(
        LoginAttempt.key == key, LoginAttempt.at >= since, LoginAttempt.success.is_(False))) or 0


def reserve_attempt(session: Session, settings: Settings, username: str, ip: str) -> Reservation:
    """Count this attempt against both limits, or refuse it with 429 (committing the audit of the refusal)."""
    keys = [user_key(username, ip), address_key(ip)]
    _lock_keys(session, keys)
    since = utcnow() - dt.timedelta(seconds=settings.login_window_seconds)
    per_user = _failures(session, keys[0], since) >= settings.login_max_failures
    per_address = _failures(session, keys[1], since) >= settings.login_max_failures_per_address
    if per_user or per_address:
        record_audit(session, "login_blocked", target=username, ip=ip,
                     detail={"limit": "address" if per_address else "user"})
        session.commit()
        which = "from this address" if per_address else "for this account from this address"
        raise Problem(429, "too-many-sign-ins", f"Too many failed sign-ins {which}. "
                      f"Wait {max(1, settings.login_window_seconds // 60)} minutes and try again.",
                      headers={"Retry-After": str(settings.login_window_seconds)})
    session.add(LoginAttempt(key=keys[0], success=False))
    by_address = LoginAttempt(key=keys[1], success=False)
    session.add(by_address)
    session.flush()
    return Reservation(keys[0], by_address.id)


def clear_after_success(session: Session, reservation: Reservation) -> None:
    """The right password: this user's failures from this address no longer count, nor does this attempt."""
    session.execute(delete(LoginAttempt).where(LoginAttempt.key == reservation.user_key))
    session.execute(delete(LoginAttempt).where(LoginAttempt.id == reservation.address_attempt_id))
