"""A leader's reports, read from the cache offline: documents per handler and month, processing time, overdue work,
and the tasks of each resolution.

Processing time runs from the arrival date (ngày đến) to the day the document was first marked done, as the
server's trail recorded it (the cache keeps times as the PC's local time, so the day is the office's day). A
document done before the trail existed falls back to its last change. SQL counts and groups; `report_figures.py`
turns the counts into median and p90. Nothing here holds a list as long as the documents: the overdue list is read
again from the cache when a file is written.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from sqlalchemy import Engine, Integer, case, cast, func, select

from client.cache.schema import document_events, documents, people, task_reports, tasks
from client.office.registers import STREAM_BATCH
from client.office.report_figures import TimeFigure, figures_from_counts
from sync.protocol.domain import DocumentKind, IncomingStatus, ReportingPeriod, TaskStatus
from sync.protocol.lifecycle import CLOSED_STATUSES, TASK_FINISHED

NO_HANDLER = "(chưa giao)"  # documents not assigned to anyone yet
_OPEN = (IncomingStatus.ASSIGNED, IncomingStatus.IN_PROGRESS)
_DONE = (IncomingStatus.DONE, IncomingStatus.ARCHIVED)


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


def _done_day() -> Any:
    """The day an incoming document was first marked done (its last change when the trail has no such event)."""
    done_at = (select(document_events.c.document_id, func.min(document_events.c.at).label("at"))
               .where(document_events.c.to_status == IncomingStatus.DONE)
               .group_by(document_events.c.document_id).subquery())
    return done_at, func.date(func.coalesce(done_at.c.at, documents.c.updated_at))


@dataclass(frozen=True)
class ProcessingTimes:
    """How many documents took each number of days, per month of completion and per type: the histograms the
    median and p90 come from, as long as the months (or types) times the distinct day counts."""

    by_month: dict[tuple[str, int], int]
    by_type: dict[tuple[str, int], int]

    def month_figures(self) -> list[TimeFigure]:
        return figures_from_counts((month, days, n) for (month, days), n in self.by_month.items())

    def type_figures(self) -> list[TimeFigure]:
        return figures_from_counts((kind, days, n) for (kind, days), n in self.by_type.items())


def processing_times(engine: Engine, first: dt.date, last: dt.date) -> ProcessingTimes:
    """Processing days of the incoming documents first marked done between `first` and `last` (both included),
    counted by SQL per (month, type, days) and folded into the two histograms as the rows come."""
    done_at, done_day = _done_day()
    month = func.strftime("%Y-%m", done_day)
    days = cast(func.julianday(done_day) - func.julianday(documents.c.arrival_date), Integer)
    statement = (select(month, documents.c.doc_type, days, func.count())
                 .select_from(documents).outerjoin(done_at, done_at.c.document_id == documents.c.id)
                 .where(documents.c.kind == DocumentKind.INCOMING, documents.c.status.in_(_DONE),
                        documents.c.arrival_date.is_not(None),
                        done_day >= first.isoformat(), done_day <= last.isoformat())
                 .group_by(month, documents.c.doc_type, days))
    times = ProcessingTimes(defaultdict(int), defaultdict(int))
    with engine.connect() as connection:
        for done_month, kind, taken, count in connection.execute(statement):
            times.by_month[(str(done_month), int(taken))] += int(count)
            times.by_type[(str(kind), int(taken))] += int(count)
    return times


def time_by_month(engine: Engine, first: dt.date, last: dt.date) -> list[TimeFigure]:
    """Median and 90th percentile of processing days per month of completion: the trend."""
    return processing_times(engine, first, last).month_figures()


def time_by_type(engine: Engine, first: dt.date, last: dt.date) -> list[TimeFigure]:
    return processing_times(engine, first, last).type_figures()


def handler_months(engine: Engine, first: dt.date, last: dt.date, today: dt.date) -> list[HandlerMonth]:
    """Per handler and month of arrival: received, processed (done), in progress (open) and overdue (open, past
    its deadline today), counted by SQL. Processed and in progress add up to received for assigned documents."""
    handler = func.coalesce(people.c.full_name, NO_HANDLER)
    month = func.strftime("%Y-%m", documents.c.arrival_date)
    is_open = documents.c.status.in_(_OPEN)
    statement = (select(handler, month, func.count(),
                        func.sum(case((documents.c.status.in_(_DONE), 1), else_=0)),
                        func.sum(case((is_open, 1), else_=0)),
                        func.sum(case((is_open & (documents.c.deadline < today), 1), else_=0)))
                 .select_from(documents).outerjoin(people, people.c.id == documents.c.handler_id)
                 .where(documents.c.kind == DocumentKind.INCOMING, documents.c.arrival_date >= first,
                        documents.c.arrival_date <= last)
                 .group_by(handler, month))
    with engine.connect() as connection:
        rows = [HandlerMonth(str(h), str(m), int(r), int(p), int(o), int(late))
                for h, m, r, p, o, late in connection.execute(statement)]
    return sorted(rows, key=lambda row: (row.handler, row.month))


class OverdueList:
    """Open documents past their deadline, by handler, the most overdue first: counted at once, read again from the
    cache each time it is walked (an export streams it), with the first `SHOWN` read ahead for the screen."""

    SHOWN = 1000  # what a table on the screen holds; the files have every one

    def __init__(self, engine: Engine, today: dt.date) -> None:
        self.engine, self.today = engine, today
        condition = (documents.c.kind == DocumentKind.INCOMING, documents.c.deadline < today,
                     documents.c.status.not_in(sorted(CLOSED_STATUSES)))
        self._statement = (select(documents.c.number_symbol, documents.c.summary, documents.c.arrival_date,
                                  documents.c.deadline, people.c.full_name.label("handler"))
                           .outerjoin(people, people.c.id == documents.c.handler_id).where(*condition)
                           .order_by(people.c.full_name, documents.c.deadline))
        with engine.connect() as connection:
            self.count = int(connection.execute(
                select(func.count()).select_from(documents).where(*condition)).scalar_one())
        self.first = list(islice(self, self.SHOWN))

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Overdue]:
        today = self.today
        with self.engine.connect() as connection:
            result = connection.execution_options(yield_per=STREAM_BATCH).execute(self._statement).mappings()
            for r in result:
                yield Overdue(r["handler"] or NO_HANDLER, r["number_symbol"] or "", r["summary"] or "",
                              r["arrival_date"], r["deadline"], (today - r["deadline"]).days)


def overdue_documents(engine: Engine, today: dt.date) -> OverdueList:
    """Open documents past their deadline, by handler, the most overdue first."""
    return OverdueList(engine, today)


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


def resolution_summaries(engine: Engine, today: dt.date, number: str | None = None) -> list[ResolutionSummary]:
    """Each resolution's summary (or only resolution `number`'s), as of `today`."""
    last_report = (select(task_reports.c.task_id, func.max(task_reports.c.created_at).label("at"))
                   .group_by(task_reports.c.task_id).subquery())
    statement = (select(tasks, last_report.c.at.label("last_report"))
                 .outerjoin(last_report, last_report.c.task_id == tasks.c.id)
                 .order_by(tasks.c.resolution_number, tasks.c.deadline, tasks.c.title))
    if number is not None:
        statement = statement.where(tasks.c.resolution_number == number)
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
    overdue: OverdueList
    resolutions: list[ResolutionSummary]


def build_report(engine: Engine, unit_name: str, first: dt.date, last: dt.date, today: dt.date) -> Report:
    if last < first:
        raise ValueError(f"the report's period ends ({last:%d/%m/%Y}) before it begins ({first:%d/%m/%Y}); "
                         "give the earlier date first")
    times = processing_times(engine, first, last)  # one read for both groupings
    return Report(unit_name, first, last, today, handler_months(engine, first, last, today),
                  times.month_figures(), times.type_figures(),
                  overdue_documents(engine, today), resolution_summaries(engine, today))
