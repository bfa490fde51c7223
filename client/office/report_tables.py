"""A report laid out as tables (Vietnamese column heads: the printout goes upward as a record), for the PDF and
the XLSX writers of `table_export.py`."""

from __future__ import annotations

from pathlib import Path

from client.office.registers import Column
from client.office.reports import Report
from client.office.resolution_report import STATUS_VI, amount
from client.office.table_export import Table, write_tables_pdf, write_tables_xlsx
from sync.protocol.domain import TaskStatus

REPORT_TITLE = "BÁO CÁO TÌNH HÌNH XỬ LÝ VĂN BẢN VÀ THỰC HIỆN NHIỆM VỤ"


def _days(value: float) -> str:
    return f"{value:g}"


def report_tables(report: Report) -> list[Table]:
    period = f"Từ ngày {report.first:%d/%m/%Y} đến ngày {report.last:%d/%m/%Y}"
    handler_cols = (Column("Người xử lý", 70), Column("Tháng", 30), Column("Tiếp nhận", 35),
                    Column("Đã xử lý", 35), Column("Đang xử lý", 35), Column("Quá hạn", 35))
    time_cols = (Column("Nhóm", 97), Column("Số văn bản", 50), Column("Trung vị (ngày)", 60),
                 Column("Phân vị 90 (ngày)", 60))
    overdue_cols = (Column("Người xử lý", 50), Column("Số, ký hiệu", 40), Column("Trích yếu", 97),
                    Column("Ngày đến", 25), Column("Hạn xử lý", 25), Column("Số ngày quá hạn", 30))
    task_cols = (Column("Nghị quyết", 40), Column("Nội dung", 90), Column("Chỉ tiêu", 50), Column("Mục tiêu", 29),
                 Column("Thực hiện", 29), Column("Đơn vị tính", 29))
    status_cols = (Column("Nghị quyết", 60), Column("Trạng thái", 120), Column("Số nhiệm vụ", 87))
    return [
        Table("Theo người xử lý", ["Văn bản đến theo người xử lý và tháng đến", period], handler_cols,
              [(h.handler, h.month, str(h.received), str(h.processed), str(h.in_progress), str(h.overdue))
               for h in report.by_handler]),
        Table("Thời gian theo tháng", ["Thời gian xử lý (từ ngày đến tới khi xong) theo tháng", period], time_cols,
              [(f.group, str(f.count), _days(f.median), str(f.p90)) for f in report.by_month]),
        Table("Thời gian theo loại", ["Thời gian xử lý theo loại văn bản", period], time_cols,
              [(f.group, str(f.count), _days(f.median), str(f.p90)) for f in report.by_type]),
        Table("Quá hạn", [f"Văn bản quá hạn xử lý đến ngày {report.today:%d/%m/%Y}"], overdue_cols,
              ((o.handler, o.number_symbol, o.summary, f"{o.arrival_date:%d/%m/%Y}" if o.arrival_date else "",
                f"{o.deadline:%d/%m/%Y}", str(o.days_late)) for o in report.overdue)),  # streamed, not held
        Table("Nhiệm vụ", [f"Nhiệm vụ theo nghị quyết đến ngày {report.today:%d/%m/%Y}"], status_cols,
              [row for r in report.resolutions for row in (
                  *((r.number, STATUS_VI.get(TaskStatus(s), s) if s in set(TaskStatus) else s, str(n))
                    for s, n in sorted(r.by_status.items())),
                  (r.number, "Báo cáo đến hạn chưa gửi", str(len(r.reports_due))))]),
        Table("Chỉ tiêu", ["Chỉ tiêu: mục tiêu và thực hiện"], task_cols,
              [(r.number, task, name, amount(target), amount(actual), unit)
               for r in report.resolutions for task, name, target, actual, unit in r.indicators]),
    ]


def report_file(target: Path, report: Report) -> int:
    """Write the report to `target` as PDF or XLSX (by its suffix); returns the rows written."""
    tables = report_tables(report)
    if target.suffix.lower() == ".pdf":
        cover = [f"Từ ngày {report.first:%d/%m/%Y} đến ngày {report.last:%d/%m/%Y}",
                 f"Lập ngày {report.today:%d/%m/%Y}"]
        return write_tables_pdf(target, unit_name=report.unit_name, title=REPORT_TITLE, cover=cover, tables=tables)
    return write_tables_xlsx(target, tables)
