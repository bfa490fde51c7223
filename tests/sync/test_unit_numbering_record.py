"""The unit's numbering on its wire record, and the days each sequence runs over: a scheme or a term start the
client cannot read is refused (the record names the field), and the term boundaries are those the server numbers by."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from sync.protocol.numbering import NumberingScheme, Sequence, period_bounds, sequence_for
from sync.protocol.records import UnitRecord

UNIT = {"id": "u1", "version": 3, "unit_id": "u1", "name": "Đảng ủy xã An Bình", "code": "XA-A", "level": "commune",
        "secrecy_ceiling": 1, "offline_grace_hours": 72}
CONGRESS = dt.date(2025, 10, 15)


def test_a_unit_record_from_an_older_server_reads_as_the_state_scheme() -> None:
    record = UnitRecord.model_validate(UNIT)
    assert (record.numbering_scheme, record.term_start) == (NumberingScheme.STATE, None)


def test_a_party_record_carries_its_term_start() -> None:
    record = UnitRecord.model_validate({**UNIT, "numbering_scheme": "party", "term_start": "2025-10-15"})
    assert (record.numbering_scheme, record.term_start) == (NumberingScheme.PARTY, CONGRESS)


@pytest.mark.parametrize(("field", "value"), [("numbering_scheme", "monthly"), ("term_start", "15/10/2025")])
def test_a_numbering_the_client_cannot_read_is_refused_naming_the_field(field: str, value: str) -> None:
    with pytest.raises(ValidationError) as refused:
        UnitRecord.model_validate({**UNIT, field: value})
    assert refused.value.errors()[0]["loc"] == (field,)


def test_a_terms_sequence_runs_from_its_congress_and_the_one_before_until_it() -> None:
    def bounds(on: dt.date, start: dt.date | None = CONGRESS) -> tuple[dt.date, dt.date | None]:
        sequence = sequence_for("outgoing", scheme="party", doc_type="Nghị quyết", secret=False,
                                secret_separate=False, term_start=start, on=on)
        return period_bounds(sequence, term_start=start)

    assert bounds(CONGRESS) == (CONGRESS, None)
    assert bounds(dt.date(2027, 1, 1)) == (CONGRESS, None)  # no restart on 1 January
    assert bounds(CONGRESS - dt.timedelta(days=1)) == (dt.date(2020, 10, 15), CONGRESS)
    assert bounds(dt.date(2025, 3, 1), None) == (dt.date(2025, 1, 1), dt.date(2026, 1, 1))  # no term set: per year
    assert period_bounds(Sequence("outgoing:NQ", 2019), term_start=dt.date(2024, 2, 29)) == (
        dt.date(2019, 2, 28), dt.date(2024, 2, 29))  # a leap-day congress: the term before began on the 28th


def test_a_years_sequence_runs_over_the_calendar_year() -> None:
    assert period_bounds(Sequence("incoming_secret", 2026), term_start=CONGRESS) == (
        dt.date(2026, 1, 1), dt.date(2027, 1, 1))
