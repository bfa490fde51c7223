"""The incoming and outgoing registers (sổ đăng ký văn bản đến / đi) as the clerk keeps them, read from the cache.

Columns follow Decree 30's register forms (Annex IV). A line is built from the row alone, so a register of any size
streams from the database to the writer (`register_export.py`) without being held in memory. A secret entry shows
what its stub holds: type, symbol, dates, handler, its secrecy and where the original is kept; no summary unless
the unit's policy kept one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Engine, func, literal_column, select, union_all
from sqlalchemy.sql import Select

from client.cache.schema import documents, people
from sync.protocol.domain import DocumentKind, Secrecy, Urgency
from sync.protocol.secrecy import is_secret

RegisterKind = Literal["incoming", "outgoing"]
STREAM_BATCH = 1000  # rows fetched at a time: memory stays flat in the register's size


@dataclass(frozen=True)
class Column:
    title: str  # as printed on the form (Vietnamese: the register is a legal record, printed as such)
    width_mm: float  # on A4 landscape with 15 mm margins: the widths add up to 267 mm


INCOMING_COLUMNS: tuple[Column, ...] = (
    Column("Số đến", 16), Column("Ngày đến", 21), Column("Tác giả", 34), Column("Số, ký hiệu", 28),
    Column("Ngày tháng", 21), Column("Tên loại và trích yếu nội dung", 69), Column("Đơn vị hoặc người nhận", 32),
    Column("Ký nhận", 18), Column("Ghi chú", 28),
)
OUTGOING_COLUMNS: tuple[Column, ...] = (
    Column("Số đi", 14), Column("Ngày tháng", 21), Column("Số, ký hiệu", 28),
    Column("Tên loại và trích yếu nội dung", 70), Column("Người ký", 30), Column("Nơi nhận văn bản", 40),
    Column("Đơn vị, người nhận bản lưu", 30), Column("Số lượng bản", 14), Column("Ghi chú", 20),
)
TITLES: dict[str, str] = {"incoming": "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "outgoing": "SỔ ĐĂNG KÝ VĂN BẢN ĐI"}


@dataclass(frozen=True)
class RegisterRange:
    """Which register, over which days (both included), for which unit; `period` names the numbering period on the
    cover ("Năm 2026", or "Nhiệm kỳ 2025-2030" for a Party unit's outgoing register: `unit_numbering.py`)."""

    kind: RegisterKind
    first: dt.date
    last: dt.date
    unit_name: str
    period: str = ""

    def __post_init__(self) -> None:
        if self.kind not in TITLES:
            raise ValueError(f"unknown register {self.kind!r}; expected incoming or outgoing")
        if self.last < self.first:
            raise ValueError(f"the register's range ends ({self.last:%d/%m/%Y}) before it begins "
                             f"({self.first:%d/%m/%Y}); give the earlier date first")

    @property
    def columns(self) -> tuple[Column, ...]:
        return INCOMING_COLUMNS if self.kind == "incoming" else OUTGOING_COLUMNS


def register_statement(where: RegisterRange) -> Select:
    """The register's documents in register order (date, then number), with the handler's name.

    Read from the lists' index by that date (migration 0011), which is entered by kind, secrecy and unread state:
    each one's range of days is walked in order and the walks merged, so only the documents of one day are
    sorted by number."""
    incoming = where.kind == "incoming"
    day, number = ((documents.c.arrival_date, documents.c.arrival_number) if incoming
                   else (documents.c.issued_date, documents.c.outgoing_number))
    kind = DocumentKind.INCOMING if incoming else DocumentKind.OUTGOING
    parts = [select(documents, people.c.full_name.label("handler_name"), day.label("_day"),
                    (documents.c.secrecy > 0).label("_secret"), number.label("_number"))
             .outerjoin(people, people.c.id == documents.c.handler_id)
             .where(documents.c.kind == kind, documents.c.secrecy == int(level), documents.c.unread == unread,
                    number.is_not(None), day >= where.first, day <= where.last)
             for level in Secrecy for unread in (False, True)]
    return union_all(*parts).order_by(  # type: ignore[return-value]
        literal_column("_day"), literal_column("_secret"), literal_column("_number"))


def register_lines(engine: Engine, where: RegisterRange) -> Iterator[tuple[str, ...]]:
    """The register's lines in register order (date, then number), each a tuple of printed cells."""
    statement = register_statement(where)
    line = _incoming_line if where.kind == "incoming" else _outgoing_line
    with engine.connect() as connection:
        result = connection.execution_options(yield_per=STREAM_BATCH).execute(statement).mappings()
        for row in result:
            yield line(row)


def count_lines(engine: Engine, where: RegisterRange) -> int:
    """How many lines the register has (the preview's and the cover page's count), without reading them."""
    incoming = where.kind == "incoming"
    day, number = ((documents.c.arrival_date, documents.c.arrival_number) if incoming
                   else (documents.c.issued_date, documents.c.outgoing_number))
    statement = select(func.count()).select_from(documents).where(
        documents.c.kind == (DocumentKind.INCOMING if incoming else DocumentKind.OUTGOING),
        number.is_not(None), day >= where.first, day <= where.last)
    with engine.connect() as connection:
        return int(connection.execute(statement).scalar_one())


def _date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _type_and_summary(row: Any) -> str:
    summary = (row["summary"] or "").strip()
    return f"{row['doc_type']}: {summary}" if summary else str(row["doc_type"])


def _notes(row: Any) -> str:
    parts = []
    if is_secret(row["secrecy"]):
        parts.append(Secrecy(row["secrecy"]).label_vi)
        if row["original_location"]:
            parts.append(f"Bản gốc: {row['original_location']}")
    if row["urgency"]:
        parts.append(Urgency(row["urgency"]).label_vi)
    return "; ".join(parts)


def _incoming_line(row: Any) -> tuple[str, ...]:
    return (str(row["arrival_number"]), _date(row["arrival_date"]), row["issuing_body"] or "",
            row["number_symbol"] or "", _date(row["issued_date"]), _type_and_summary(row), row["handler_name"] or "",
            "", _notes(row))


def _outgoing_line(row: Any) -> tuple[str, ...]:
    recipients = "; ".join(r if isinstance(r, str) else str(r.get("name", "")) for r in row["recipients"] or [])
    return (str(row["outgoing_number"]), _date(row["issued_date"]), row["number_symbol"] or "",
            _type_and_summary(row), row["signer"] or "", recipients, row["handler_name"] or "",
            str(row["copies"] or ""), _notes(row))
