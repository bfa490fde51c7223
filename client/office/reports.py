"""A leader's reports, read from the cache offline: documents per handler and month, processing time, overdue work,
and the tasks of each resolution.

Processing time runs from the arrival date (ngày đến) to the day the document was first marked done, as the
server's trail recorded it (the cache keeps times as the PC's local time, so the day is the office's day). A
document done before the trail existed falls back to its last change. Figures are computed by `report_figures.py`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select

from client.cache.schema import document_events, documents, people, task_reports, tasks
from client.office.report_figures import TimeFigure, time_figures
from sync.protocol.domain import DocumentKind, IncomingStatus, ReportingPeriod, TaskStatus
from sync.protocol.lifecycle import CLOSED_STATUSES, TASK_FINISHED

NO_HANDLER = "(chưa giao)"  # documents not assigned to anyone yet
_OPEN = (IncomingStatus.ASSIGNED, IncomingStatus.IN_PROGRESS)
_DONE = (IncomingStatus.DONE, IncomingStatus.ARCHIVED)


@dataclass(frozen=True)
class Processed:
    """One incoming document that reached "done": its type and how many days it took."""

    doc_id: str
    doc_type: str
    arrival: dt.date
    done: dt.date

    @property
    def days(self) -> int:
        return (self.done - self.arrival).days

    @property
    def month(self) -> str:
        return f"{self.done:%Y-%m}"


@dataclass(frozen=True)
class HandlerMonth:
    """Documents that arrived in a month and went to one handler: how many, done, still open, past deadline."""

    handler: str
    month: str
    received: int
    processed: int
    in_progress: int
    overdue: int


@dataclass(frozen=True)
class Overdue:
    handler: str
    number_symbol: str
    summary: str
    arrival_date: dt.date | None
    deadline: dt.date
    days_late: int


def processed_documents(engine: Engine, first: dt.date, last: dt.date) -> Iterator[Processed]:
    """Incoming documents first marked done between `first` and `last` (both included), with their arrival."""
    done_at = (select(document_events.c.document_id, func.min(document_events.c.at).label("at"))
               .where(document_events.c.to_status == IncomingStatus.DONE)
               .group_by(document_events.c.document_id).subquery())
    statement = (select(documents.c.id, documents.c.doc_type, documents.c.arrival_date, documents.c.updated_at,
                        done_at.c.at)
                 .outerjoin(done_at, done_at.c.document_id == documents.c.id)
                 .where(documents.c.kind == DocumentKind.INCOMING, documents.c.status.in_(_DONE),
                        documents.c.arrival_date.is_not(None)))
    with engine.connect() as connection:
        for row in connection.execute(statement).mappings():
            done = (row["at"] or row["updated_at"]).date()
            if first <= done <= last:
                yield Processed(row["id"], row["doc_type"], row["arrival_date"], done)


def time_by_month(engine: Engine, first: dt.date, last: dt.date) -> list[TimeFigure]:
    """Median and 90th percentile of processing days per month of completion: the trend."""
    return time_figures(processed_documents(engine, first, last), lambda p: p.month, lambda p: p.days)


def time_by_type(engine: Engine, first: dt.date, last: dt.date) -> list[TimeFigure]:
    return time_figures(processed_documents(engine, first, last), lambda p: p.doc_type, lambda p: p.days)


def handler_months(engine: Engine, first: dt.date, last: dt.date, today: dt.date) -> list[HandlerMonth]:
    """Per handler and month of arrival: received, processed (done), in progress (open) and overdue (open, past
    its deadline today). Processed and in progress add up to received for assigned documents."""
    statement = (select(documents.c.arrival_date, documents.c.status, documents.c.deadline,
                        people.c.full_name.label("handler"))
                 .outerjoin(people, people.c.id == documents.c.handler_id)
                 .where(documents.c.kind == DocumentKind.INCOMING, documents.c.arrival_date >= first,
                        documents.c.arrival_date <= last))
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    with engine.connect() as connection:
        for row in connection.execute(statement).mappings():
            line = counts[(row["handler"] or NO_HANDLER, f"{row['arrival_date']:%Y-%m}")]
            line[0] += 1
            line[1] += row["status"] in _DONE
            is_open = row["status"] in _OPEN
            line[2] += is_open
            line[3] += is_open and row["deadline"] is not None and row["deadline"] < today
    return [HandlerMonth(handler, month, *values) for (handler, month), values in sorted(counts.items())]


def overdue_documents(engine: Engine, today: dt.date) -> list[Overdue]:
    """Open documents past their deadline, by handler, the most overdue first."""
    statement = (select(documents.c.number_symbol, documents.c.summary, documents.c.arrival_date,
                        documents.c.deadline, people.c.full_name.label("handler"))
                 .outerjoin(people, people.c.id == documents.c.handler_id)
                 .where(documents.c.kind == DocumentKind.INCOMING, documents.c.deadline < today,
                        documents.c.status.not_in(sorted(CLOSED_STATUSES)))
                 .order_by(people.c.full_name, documents.c.deadline))
    with engine.connect() as connection:
        return [Overdue(r["handler"] or NO_HANDLER, r["number_symbol"] or "", r["summary"] or "", r["arrival_date"],
                        r["deadline"], (today - r["deadline"]).days)
                for r in connection.execute(statement).mappings()]


@dataclass
class ResolutionSummary:
    """What a commune reports upward about one resolution: its tasks by status, on time or late, the indicators
    (target against actual) and the periodic reports due now."""

    number: str
    title: str
    by_status: dict[str, int] = field(default_factory=dict)
    on_time: int = 0
    late: int = 0
    indicators: list[tuple[str, str, Any, Any, str]] = field(default_factory=list)  # task, name, target, actual, unit
    reports_due: list[str] = field(default_factory=list)  # titles of tasks whose report for this period is missing


def period_start(period: str, today: dt.date) -> dt.date | None:
    """The first day of the reporting period holding `today` (None for a one-off task)."""
    if period == ReportingPeriod.MONTHLY:
        return today.replace(day=1)
    if period == ReportingPeriod.QUARTERLY:
        return dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    if period == ReportingPeriod.YEARLY:
        return dt.date(today.year, 1, 1)
    return None


def resolution_summaries(engine: Engine, today: dt.date) -> list[ResolutionSummary]:
    last_report = (select(task_reports.c.task_id, func.max(task_reports.c.created_at).label("at"))
                   .group_by(task_reports.c.task_id).subquery())
    statement = (select(tasks, last_report.c.at.label("last_report"))
                 .outerjoin(last_report, last_report.c.task_id == tasks.c.id)
                 .order_by(tasks.c.resolution_number, tasks.c.deadline, tasks.c.title))
    summaries: dict[str, ResolutionSummary] = {}
    with engine.connect() as connection:
        for row in connection.execute(statement).mappings():
            summary = summaries.setdefault(row["resolution_number"], ResolutionSummary(
                row["resolution_number"], row["resolution_title"] or ""))
            status = row["status"]
            summary.by_status[status] = summary.by_status.get(status, 0) + 1
            summary.on_time += status == TaskStatus.DONE
            summary.late += status == TaskStatus.DONE_LATE
            for indicator in row["indicators"] or []:
                summary.indicators.append((row["title"], indicator.get("name", ""), indicator.get("target"),
                                           indicator.get("actual"), indicator.get("unit", "")))
            start = period_start(row["period"], today)
            reported = row["last_report"] is not None and start is not None and row["last_report"].date() >= start
            if start is not None and status not in TASK_FINISHED and not reported:
                summary.reports_due.append(row["title"])
    return list(summaries.values())


@dataclass
class Report:
    """Every figure of one report period, as the screen, the PDF and the XLSX show it."""

    unit_name: str
    first: dt.date
    last: dt.date
    today: dt.date
    by_handler: list[HandlerMonth]
    by_month: list[TimeFigure]
    by_type: list[TimeFigure]
    overdue: list[Overdue]
    resolutions: list[ResolutionSummary]


def build_report(engine: Engine, unit_name: str, first: dt.date, last: dt.date, today: dt.date) -> Report:
    if last < first:
        raise ValueError(f"the report's period ends ({last:%d/%m/%Y}) before it begins ({first:%d/%m/%Y}); "
                         "give the earlier date first")
    processed = list(processed_documents(engine, first, last))  # one read for both groupings
    return Report(unit_name, first, last, today, handler_months(engine, first, last, today),
                  time_figures(processed, lambda p: p.month, lambda p: p.days),
                  time_figures(processed, lambda p: p.doc_type, lambda p: p.days),
                  overdue_documents(engine, today), resolution_summaries(engine, today))
