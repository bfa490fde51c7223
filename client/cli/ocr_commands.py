"""`commune-office ocr`: recognise the text of the scans with none yet, e.g. from Task Scheduler overnight.

Page by page and resumable, like the app's runs: `--minutes N` stops after the page being read once N minutes have
passed, and the next run goes on from there. Progress goes to standard error, the outcome to standard output.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from client.cli.common import EXIT_ERROR, Handler, open_session
from client.cli.output import emit_json
from client.office import OcrError

if TYPE_CHECKING:
    from client.office import Office


def cmd_ocr(args: argparse.Namespace, office: Office) -> int:
    stop_at = time.monotonic() + 60 * args.minutes if args.minutes else None

    def progress(done: int, total: int, name: str) -> None:
        if total and not args.json:
            print(f"\rpage {done}/{total} {name}", end="", file=sys.stderr, flush=True)

    with open_session(args, office) as session:
        try:
            report, _changes = session.recognise_scans(
                progress=progress, cancelled=lambda: stop_at is not None and time.monotonic() >= stop_at)
        except OcrError as error:
            print(f"error: {error}", file=sys.stderr)
            return EXIT_ERROR
    if args.json:
        emit_json({"finished": report.finished, "failed": report.failed, "stopped": report.stopped})
        return 0
    print("", file=sys.stderr)
    print(f"{len(report.finished)} scan(s) recognised, {len(report.failed)} could not be read"
          + ("; stopped at the time limit, the next run goes on" if report.stopped else "") + ".")
    for sha, code in report.failed.items():
        print(f"  {sha[:12]}: {code}")
    return 0


def register(add: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    """Add the OCR command to the command line."""
    ocr = add("ocr", cmd_ocr, "recognise the text of scans that have none (resumable, page by page)")
    ocr.add_argument("--minutes", type=int, help="stop after this many minutes (the next run goes on)")
