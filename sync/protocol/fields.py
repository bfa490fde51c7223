"""The constrained field types of the synced records: every length and range limit, defined once.

The wire's write models (`sync.protocol.mutations`) and the client's local records (`client.cache.records`) both
build on these, so a value the cache accepts is one the server accepts: a limit that differed between the two
would let a change save locally and then be refused at every sync.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

from sync.protocol.text_limits import DOC_TYPE, LONG_TEXT, NUMBER_SYMBOL, SHORT_TEXT, SUMMARY, TASK_TITLE

__all__ = ["DOC_TYPE", "LONG_TEXT", "NUMBER_SYMBOL", "SHORT_TEXT", "SUMMARY", "TASK_TITLE"]  # read from here too


def no_nul(value: str) -> str:
    """Refuse NUL: JSON carries it, but no database text type stores it, and the server refuses a push holding one."""
    if "\x00" in value:
        raise ValueError("text must not contain NUL (\\u0000) characters")
    return value


_Text = AfterValidator(no_nul)
Uuid = Annotated[str, StringConstraints(pattern=r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")]
Sha256Hex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Level = Annotated[int, Field(ge=0, le=3)]  # secrecy and urgency levels

ShortText = Annotated[str, StringConstraints(max_length=SHORT_TEXT), _Text]  # names, issuing body, signer
LongText = Annotated[str, StringConstraints(max_length=LONG_TEXT), _Text]  # direction notes, report texts
NumberSymbol = Annotated[str, StringConstraints(max_length=NUMBER_SYMBOL), _Text]  # `57-NQ/TW`, resolution numbers
DocType = Annotated[str, StringConstraints(max_length=DOC_TYPE), _Text]
Summary = Annotated[str, StringConstraints(max_length=SUMMARY), _Text]  # trích yếu
StatusName = Annotated[str, StringConstraints(max_length=30), _Text]
TaskTitle = Annotated[str, StringConstraints(max_length=TASK_TITLE), _Text]
PeriodLabel = Annotated[str, StringConstraints(max_length=100), _Text]  # "Quý I/2025"
MeasureUnit = Annotated[str, StringConstraints(max_length=50), _Text]
NoteText = Annotated[str, StringConstraints(min_length=1, max_length=LONG_TEXT), _Text]
FileName = Annotated[str, StringConstraints(min_length=1, max_length=255), _Text]
MimeType = Annotated[str, StringConstraints(max_length=127), _Text]

# The same limits where a value is required, for the local records that insist on one (the wire allows ""). The
# minimum must sit in the same constraints as the maximum: added on top of the NUL check, pydantic would report
# a missing summary as "a list of 0 items".
FilledShortText = Annotated[str, StringConstraints(min_length=1, max_length=SHORT_TEXT), _Text]
FilledLongText = Annotated[str, StringConstraints(min_length=1, max_length=LONG_TEXT), _Text]
FilledNumberSymbol = Annotated[str, StringConstraints(min_length=1, max_length=NUMBER_SYMBOL), _Text]
FilledDocType = Annotated[str, StringConstraints(min_length=1, max_length=DOC_TYPE), _Text]
FilledSummary = Annotated[str, StringConstraints(min_length=1, max_length=SUMMARY), _Text]
FilledTaskTitle = Annotated[str, StringConstraints(min_length=1, max_length=TASK_TITLE), _Text]

Count = Annotated[int, Field(ge=0, le=100_000)]  # pages, copies
Percent = Annotated[int, Field(ge=0, le=100)]
FileSize = Annotated[int, Field(ge=0, le=2**63 - 1)]
# JSON has no NaN or infinity: such a figure could not travel, so it is refused where it is typed.
Amount = Annotated[float, Field(allow_inf_nan=False)]

MAX_RECIPIENTS = 500
MAX_ATTACHMENTS = 200
MAX_EVIDENCE = 50
MAX_COOPERATING_UNITS = 200
MAX_INDICATORS = 100
MAX_CO_HANDLERS = 50  # phối hợp: people of the unit who work with the main handler
MAX_INFORMED = 200  # xem để biết: people of the unit who are told of the document
