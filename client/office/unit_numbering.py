"""The unit's numbering scheme as this PC knows it (the unit's record, synced from the server's admin setting), and
what follows from it on the screen: the register's period ("Năm 2026" or "Nhiệm kỳ 2025-2030") and the next number
of a register, worked out from the cache by the rule the server numbers by (sync/protocol/numbering.py).

The next number is a hint for the clerk: the server alone gives numbers (two offline PCs would clash), and a number
given on another PC arrives at the next sync.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, func, select

from client.cache.schema import documents, units
from sync.protocol.doc_types import type_code
from sync.protocol.domain import DocumentKind, Secrecy
from sync.protocol.numbering import (
    PARTY_TERM_YEARS,
    NumberingScheme,
    period_bounds,
    sequence_for,
    term_period,
)


@dataclass(frozen=True)
class UnitNumbering:
    """How the unit numbers: the scheme, the congress date of the current term (Party), and whether secret documents
    have their own sequence."""

    scheme: NumberingScheme = NumberingScheme.STATE
    term_start: dt.date | None = None
    secret_separate: bool = False

    @property
    def by_term(self) -> bool:
        """Outgoing numbers run through the committee term (a Party unit whose term start is known)."""
        return self.scheme == NumberingScheme.PARTY and self.term_start is not None

    def period_label(self, kind: str, first: dt.date, last: dt.date) -> str:
        """The period a register's cover names: the term(s) of a Party unit's outgoing register, else the year(s)."""
        if kind == "outgoing" and self.by_term:
            terms = sorted({term_period(self.term_start, first), term_period(self.term_start, last)})
            return "Nhiệm kỳ " + ", ".join(f"{start}-{start + PARTY_TERM_YEARS}" for start in terms)
        return f"Năm {first.year}" if first.year == last.year else f"Năm {first.year}-{last.year}"


def unit_numbering(engine: Engine, unit_id: str) -> UnitNumbering:
    """The unit's scheme from its synced record; the state scheme until the record says otherwise."""
    statement = select(units.c.numbering_scheme, units.c.term_start, units.c.secret_register_separate).where(
        units.c.id == unit_id)
    with engine.connect() as connection:
        row = connection.execute(statement).first()
    if row is None or row[0] is None:
        return UnitNumbering()
    scheme = NumberingScheme(row[0]) if row[0] in set(NumberingScheme) else NumberingScheme.STATE
    return UnitNumbering(scheme, row[1], bool(row[2]))


def next_number(engine: Engine, numbering: UnitNumbering, register: str, on: dt.date, *,
                doc_type: str | None = None, secret: bool = False) -> int:
    """The next number of the sequence a document entering `register` ("incoming" or "outgoing") on `on` takes:
    one past the highest this PC knows in that sequence's period (and type, and secrecy where those split it)."""
    sequence = sequence_for(register, scheme=numbering.scheme, doc_type=doc_type, secret=secret,
                            secret_separate=numbering.secret_separate, term_start=numbering.term_start, on=on)
    first, after = period_bounds(sequence, term_start=numbering.term_start)
    incoming = register == "incoming"
    day, number = ((documents.c.arrival_date, documents.c.arrival_number) if incoming
                   else (documents.c.issued_date, documents.c.outgoing_number))
    conditions = [documents.c.kind == (DocumentKind.INCOMING if incoming else DocumentKind.OUTGOING),
                  number.is_not(None), day >= first]
    if after is not None:
        conditions.append(day < after)
    if sequence.register.endswith("_secret"):
        conditions.append(documents.c.secrecy >= int(Secrecy.MAT))
    elif numbering.secret_separate and not sequence.register.startswith("outgoing:"):
        conditions.append(documents.c.secrecy < int(Secrecy.MAT))
    statement = select(documents.c.doc_type, func.max(number)).where(*conditions).group_by(documents.c.doc_type)
    with engine.connect() as connection:
        highest = [(kind, top) for kind, top in connection.execute(statement)]
    if sequence.register.startswith("outgoing:"):  # a Party unit's sequence is the type's (by its code)
        code = sequence.register.removeprefix("outgoing:")
        highest = [(kind, top) for kind, top in highest if (type_code(kind) or "other") == code]
    return max((int(top) for _kind, top in highest), default=0) + 1
