"""The registers and reports on the command line: `register --kind incoming --from --to --pdf FILE / --xlsx FILE`
and `report --from --to --pdf/--xlsx`, or `report --resolution NUMBER --pdf/--xlsx` for one resolution's summary.

With neither file, the register's lines are printed (tab-separated, or JSON with --json), so a script can check a
month before printing it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from client.cli.common import Handler, done, open_session, parse_day
from client.cli.output import emit_json

if TYPE_CHECKING:
    from client.office import Office


def cmd_register_book(args: argparse.Namespace, office: Office) -> int:
    if not (args.first and args.last) or args.id:
        raise ValueError("print a register with --kind incoming|outgoing --from DATE --to DATE (and no document id)")
    with open_session(args, office, write=False) as session:
        where = session.register_range(args.kind, parse_day(args.first), parse_day(args.last))
        written: dict[str, int] = {}
        for target in (args.pdf, args.xlsx):
            if target:
                written[target] = session.export_register(where, Path(target))
        if written:
            lines = next(iter(written.values()))
            names = " and ".join(written)
            return done(args, {"written": list(written), "lines": lines},
                        f"Wrote the {args.kind} register, {lines} lines, to {names}.")
        lines_out = list(session.register_lines(where))
    if args.json:
        emit_json({"columns": [c.title for c in where.columns], "lines": lines_out})
    else:
        print("\t".join(c.title for c in where.columns))
        for line in lines_out:
            print("\t".join(line))
    return 0


def cmd_resolution_summary(args: argparse.Namespace, office: Office) -> int:
    """`report --resolution 57-NQ/TW [--pdf F] [--xlsx F]`: the one-page summary sent upward."""
    with open_session(args, office, write=False) as session:
        summary = session.resolution_summary(args.resolution)
        written = {target: session.export_resolution_summary(args.resolution, Path(target))
                   for target in (args.pdf, args.xlsx) if target}
    if written:
        return done(args, {"written": list(written)},
                    f"Wrote the summary of resolution {summary.number} to {' and '.join(written)}.")
    figures = {"resolution": summary.number, "title": summary.title, "by_status": summary.by_status,
               "on_time": summary.on_time, "late": summary.late, "reports_due": summary.reports_due,
               "indicators": [{"task": t, "name": n, "target": target, "actual": actual, "unit": unit}
                              for t, n, target, actual, unit in summary.indicators]}
    if args.json:
        emit_json(figures)
    else:
        print(f"{summary.number}\t{summary.title}")
        for status, count in sorted(summary.by_status.items()):
            print(f"{status}\t{count}")
        print(f"on time\t{summary.on_time}\nlate\t{summary.late}\nreports due\t{len(summary.reports_due)}")
    return 0


def cmd_report(args: argparse.Namespace, office: Office) -> int:
    if args.resolution:
        return cmd_resolution_summary(args, office)
    if not (args.first and args.last):
        raise ValueError("give the report's period with --from DATE --to DATE, or --resolution NUMBER for one "
                         "resolution's summary")
    with open_session(args, office, write=False) as session:
        report = session.report(parse_day(args.first), parse_day(args.last))
        written = {target: session.export_report(report, Path(target)) for target in (args.pdf, args.xlsx) if target}
    if written:
        return done(args, {"written": list(written)}, f"Wrote the report to {' and '.join(written)}.")
    figures = [{"month": f.group, "documents": f.count, "median_days": f.median, "p90_days": f.p90}
               for f in report.by_month]
    if args.json:
        emit_json({"processing_time_by_month": figures,
                   "overdue": [{"handler": o.handler, "number_symbol": o.number_symbol, "days_late": o.days_late}
                               for o in report.overdue]})
    else:
        print("month\tdocuments\tmedian days\tp90 days")
        for f in report.by_month:
            print(f"{f.group}\t{f.count}\t{f.median:g}\t{f.p90}")
        print(f"{len(report.overdue)} overdue document(s)")
    return 0


def add_book_options(command: argparse.ArgumentParser) -> None:
    """The options of `register` that print the register book instead of registering one document."""
    command.add_argument("--kind", choices=("incoming", "outgoing"), help="which register to print")
    command.add_argument("--from", dest="first", help="first day, dd/mm/yyyy or yyyy-mm-dd")
    command.add_argument("--to", dest="last", help="last day (included)")
    command.add_argument("--pdf", help="write the printable register (A4 landscape) to this file")
    command.add_argument("--xlsx", help="write the register as a spreadsheet to this file")


def register(add: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    """Add the report command to the command line (the register book's options sit on `register`)."""
    report = add("report", cmd_report, "documents per handler, processing time (median, p90), overdue work and "
                 "resolution tasks for a period, as PDF or XLSX")
    report.add_argument("--from", dest="first", help="first day, dd/mm/yyyy or yyyy-mm-dd")
    report.add_argument("--to", dest="last", help="last day (included)")
    report.add_argument("--resolution", help="one resolution's one-page summary instead (its number, e.g. 57-NQ/TW)")
    report.add_argument("--pdf", help="write the printable report to this file")
    report.add_argument("--xlsx", help="write the report as a workbook to this file")
