"""The one-page summary of one resolution, in the shape a commune sends upward: the resolution's number and title,
its tasks by status, finished on time against late, the indicators' target against actual, and the periodic
reports due this period that are not in yet. To PDF (one A4 landscape page, no cover) and XLSX (one sheet).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from client.office.registers import Column
from client.office.reports import ResolutionSummary
from client.office.table_export import Table, write_tables_pdf, write_tables_xlsx
from sync.protocol.domain import TaskStatus

SUMMARY_TITLE = "BÁO CÁO TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT"
NONE = "Không có"
STATUS_VI = {TaskStatus.NOT_STARTED: "Chưa thực hiện", TaskStatus.IN_PROGRESS: "Đang thực hiện",
             TaskStatus.DONE: "Hoàn thành đúng hạn", TaskStatus.DONE_LATE: "Hoàn thành quá hạn",
             TaskStatus.OVERDUE: "Quá hạn"}


def amount(value: object) -> str:
    """An indicator's figure as printed: a whole number without ".0", nothing for none."""
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def _status(value: str) -> str:
    return STATUS_VI.get(TaskStatus(value), value) if value in set(TaskStatus) else value


def _status_order(item: tuple[str, int]) -> int:
    """Statuses in their lifecycle order (not started ... overdue), an unknown one last."""
    order = list(TaskStatus)
    return order.index(TaskStatus(item[0])) if item[0] in set(TaskStatus) else len(order)


def summary_tables(summary: ResolutionSummary, unit_name: str, today: dt.date) -> list[Table]:
    """The summary's tables, in the order they are printed; the first table's heading names the resolution."""
    total = sum(summary.by_status.values())
    finished = summary.on_time + summary.late
    named = f"Nghị quyết {summary.number}" + (f": {summary.title}" if summary.title else "")
    heading = [unit_name, SUMMARY_TITLE, named, f"Tình hình đến ngày {today:%d/%m/%Y}"]
    counts = [(_status(status), str(n)) for status, n in sorted(summary.by_status.items(), key=_status_order)]
    counts.append(("Tổng số nhiệm vụ", str(total)))
    timing = [("Hoàn thành đúng hạn", str(summary.on_time)), ("Hoàn thành quá hạn", str(summary.late)),
              ("Tỷ lệ đúng hạn (trong số đã hoàn thành)", f"{100 * summary.on_time / finished:.0f}%" if finished
               else "Chưa có nhiệm vụ hoàn thành")]
    # An empty section still says so: a table of headings alone reads as a form left unfilled.
    indicators = [(task, name, amount(target), amount(actual), unit)
                  for task, name, target, actual, unit in summary.indicators] or [(NONE, "", "", "", "")]
    reports = [(title,) for title in summary.reports_due] or [(NONE,)]
    return [
        Table("Tóm tắt", [*heading, "1. Nhiệm vụ theo trạng thái"],
              (Column("Trạng thái", 90), Column("Số nhiệm vụ", 40)), counts),
        Table("Đúng hạn", ["2. Hoàn thành đúng hạn và quá hạn"], (Column("", 90), Column("Số nhiệm vụ", 40)), timing),
        Table("Chỉ tiêu", ["3. Chỉ tiêu: mục tiêu và thực hiện"],
              (Column("Nhiệm vụ", 80), Column("Chỉ tiêu", 80), Column("Mục tiêu", 30), Column("Thực hiện", 30),
               Column("Đơn vị tính", 47)),
              indicators),
        Table("Báo cáo đến hạn", ["4. Báo cáo định kỳ đến hạn kỳ này chưa gửi"], (Column("Nhiệm vụ", 267),),
              reports),
    ]


def write_summary(target: Path, summary: ResolutionSummary, unit_name: str, today: dt.date) -> int:
    """Write the summary to `target` as PDF or XLSX (by its suffix); returns the rows written."""
    tables = summary_tables(summary, unit_name, today)
    if target.suffix.lower() == ".pdf":
        return write_tables_pdf(target, unit_name=unit_name, title=SUMMARY_TITLE, cover=None, tables=tables,
                                continuous=True)
    return write_tables_xlsx(target, tables, one_sheet=f"NQ {summary.number}".replace("/", "-"))
