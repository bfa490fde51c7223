"""The registers on the command line: `register --kind incoming --from --to --pdf FILE / --xlsx FILE`.

With neither file, the register's lines are printed (tab-separated, or JSON with --json), so a script can check a
month before printing it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from client.cli.common import Handler, done, open_session
from client.cli.output import emit_json
from client.office import Office, parse_date


def _day(text: str) -> date:
    value = parse_date(text.strip())
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{text!r} is not a date: write it as dd/mm/yyyy or yyyy-mm-dd") from None


def cmd_register(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office, write=False) as session:
        where = session.register_range(args.kind, _day(args.first), _day(args.last))
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


def register(add: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    """Add the register command to the command line."""
    command = add("register", cmd_register, "the incoming or outgoing register for a date range, as PDF or XLSX")
    command.add_argument("--kind", choices=("incoming", "outgoing"), required=True)
    command.add_argument("--from", dest="first", required=True, help="first day, dd/mm/yyyy or yyyy-mm-dd")
    command.add_argument("--to", dest="last", required=True, help="last day (included)")
    command.add_argument("--pdf", help="write the printable register (A4 landscape) to this file")
    command.add_argument("--xlsx", help="write the register as a spreadsheet to this file")
