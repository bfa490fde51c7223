"""Server-only parts of the document lifecycle: the register numbers.

The rules themselves (status steps, who may take each, what a status requires) are shared with the client and
live in `sync.protocol.lifecycle`; the write paths import them from there.
"""

from __future__ import annotations

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from server.models import RegisterCounter
from server.secret_policy import policy_of
from sync.protocol.secrecy import is_secret

SECRET_SUFFIX = "_secret"  # a separate register's counter: "incoming_secret", "outgoing_secret"


def register_for(session: Session, unit_id: str, register: str, secrecy: int | None) -> str:
    """The register a document is numbered in: its own secret sequence where the unit keeps one.

    State units number secret documents in a separate yearly sequence; Party units share the type's sequence. Which
    one a unit follows is its `secret_register_separate` setting.
    """
    if is_secret(secrecy) and policy_of(session, unit_id).register_separate:
        return register + SECRET_SUFFIX
    return register


def next_register_number(session: Session, unit_id: str, register: str, year: int) -> int:
    """The next consecutive number of a unit's register for a year (locks the counter row until commit)."""
    number = session.execute(
        update(RegisterCounter)
        .where(RegisterCounter.unit_id == unit_id, RegisterCounter.register == register, RegisterCounter.year == year)
        .values(last=RegisterCounter.last + 1)
        .returning(RegisterCounter.last)
    ).scalar()
    if number is not None:
        return int(number)
    # First number of the year: a concurrent first insert fails on the key and the transaction is retried.
    session.execute(insert(RegisterCounter).values(unit_id=unit_id, register=register, year=year, last=1))
    return 1
