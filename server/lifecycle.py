"""Server-only parts of the document lifecycle: the register numbers.

The rules themselves (status steps, who may take each, what a status requires, which sequence a number comes from)
are shared with the client and live in `sync.protocol`; the write paths import them from there.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from server.models import RegisterCounter, Unit
from sync.protocol.numbering import NumberingScheme, Sequence, sequence_for
from sync.protocol.secrecy import is_secret


def sequence_of(session: Session, unit_id: str, register: str, doc_type: str | None, secrecy: int | None,
                on: dt.date) -> Sequence:
    """The sequence a document of this unit entering `register` on `on` is numbered in, under the unit's scheme."""
    row = session.execute(select(Unit.numbering_scheme, Unit.term_start, Unit.secret_register_separate)
                          .where(Unit.id == unit_id)).first()
    scheme, term_start, separate = row if row else (NumberingScheme.STATE, None, False)
    return sequence_for(register, scheme=scheme or NumberingScheme.STATE, doc_type=doc_type,
                        secret=is_secret(secrecy), secret_separate=bool(separate), term_start=term_start, on=on)


def number_for(session: Session, unit_id: str, register: str, doc_type: str | None, secrecy: int | None,
               on: dt.date) -> int:
    """The next arrival ("incoming") or outgoing ("outgoing") number of a unit's document entering its register."""
    sequence = sequence_of(session, unit_id, register, doc_type, secrecy, on)
    return next_register_number(session, unit_id, sequence.register, sequence.period)


def next_register_number(session: Session, unit_id: str, register: str, year: int) -> int:
    """The next consecutive number of one sequence (locks the counter row until commit)."""
    number = session.execute(
        update(RegisterCounter)
        .where(RegisterCounter.unit_id == unit_id, RegisterCounter.register == register, RegisterCounter.year == year)
        .values(last=RegisterCounter.last + 1)
        .returning(RegisterCounter.last)
    ).scalar()
    if number is not None:
        return int(number)
    # First number of the period: a concurrent first insert fails on the key and the transaction is retried.
    session.execute(insert(RegisterCounter).values(unit_id=unit_id, register=register, year=year, last=1))
    return 1
