"""Which sequence a register number comes from (Decree 30 Art. 15; Regulation 399-QĐ/TW; DOMAIN.md).

- Incoming (số đến): one sequence per calendar year, for every unit; secret items in their own where the unit keeps
  a separate secret register.
- Outgoing, state scheme: one sequence per calendar year; secret documents in their own where the unit keeps a
  separate secret register (`secret_register_separate`, the secret policy's setting).
- Outgoing, Party scheme: one sequence per document type from 01 through the committee's term (nhiệm kỳ); it rolls
  over at the congress date (`term_start`), not on 1 January; secret documents share the type's sequence.

The server alone gives numbers (offline PCs would clash); this is the rule it follows, kept here with the vocabulary.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sync.protocol.doc_types import type_code

SECRET_SUFFIX = "_secret"  # a separate register's sequence: "incoming_secret", "outgoing_secret"
PARTY_TERM_YEARS = 5  # a Party committee's term (Party Statute Art. 13): the term before the one the admin set


class NumberingScheme(StrEnum):
    STATE = "state"  # per calendar year
    PARTY = "party"  # per document type through the committee term


@dataclass(frozen=True)
class Sequence:
    """One counter: a register ("outgoing", "outgoing_secret", "outgoing:NQ") and its period (a year: the calendar
    year, or the year the term began)."""

    register: str
    period: int


def sequence_for(register: str, *, scheme: NumberingScheme | str, doc_type: str | None, secret: bool,
                 secret_separate: bool, term_start: dt.date | None, on: dt.date) -> Sequence:
    """The sequence a document entering `register` ("incoming" or "outgoing") on `on` is numbered in."""
    if register == "outgoing" and NumberingScheme(scheme) == NumberingScheme.PARTY:
        return Sequence(f"outgoing:{type_code(doc_type) or 'other'}", term_period(term_start, on))
    if secret and secret_separate:
        return Sequence(register + SECRET_SUFFIX, on.year)
    return Sequence(register, on.year)


def term_period(term_start: dt.date | None, on: dt.date) -> int:
    """The year the term holding `on` began: the set term from its congress date, the term before it until then.

    A Party unit without a term start (never set) numbers per year until an admin sets one.
    """
    if term_start is None:
        return on.year
    return term_start.year if on >= term_start else term_start.year - PARTY_TERM_YEARS


def period_bounds(sequence: Sequence, *, term_start: dt.date | None) -> tuple[dt.date, dt.date | None]:
    """The days a sequence runs over: its first day and the first day after it (None: open, the current term runs
    until the next congress sets a new start). A year's sequence runs over the calendar year; a term's from its
    congress date (the term before the set one: from the same day five years earlier)."""
    if not sequence.register.startswith("outgoing:") or term_start is None:
        return dt.date(sequence.period, 1, 1), dt.date(sequence.period + 1, 1, 1)
    if sequence.period == term_start.year:
        return term_start, None
    return _years_before(term_start, PARTY_TERM_YEARS), term_start


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)
