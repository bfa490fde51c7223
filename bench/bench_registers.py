"""Registers and reports at size: a year's incoming register (10,000 entries) and 100,000, to PDF and XLSX, beside
the bare query of the same rows, in the same run.

`python -m bench.bench_registers [10000 100000] [--out FILE]`. Each size gets its own encrypted profile holding that
many registered incoming documents in one year (with handlers, deadlines and done events, so the report has work to
do). Times are wall-clock seconds; "× query" divides by the bare query's time (the same rows read from the
encrypted cache with nothing done to them); peak memory is tracemalloc's peak of Python allocations during the step
(SQLite's own page cache is outside it and bounded by its cache size).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bench.corpus import documents
from bench.out_option import add_out_option, out_file, print_lines
from client.cache.keys import KdfParams
from client.cache.profile import Profiles
from client.cache.schema import documents as documents_table
from client.cache.store import NewDocument
from client.office import Office, OfficeSession
from client.office.registers import RegisterRange
from sync.engine.replica import IncomingChange
from sync.protocol.domain import DocumentKind
from sync.protocol.records import DocumentEventRecord, PersonRecord

UNIT = "unit-bench"
YEAR = date(2025, 1, 1)
HANDLERS = [f"p-{i}" for i in range(12)]


def _register_entries(count: int) -> list[NewDocument]:
    """`count` registered incoming documents arriving through 2025, in arrival order."""
    entries = []
    for i, item in enumerate(documents(count)):
        arrival = YEAR + timedelta(days=i * 365 // count)
        record = item.record.model_copy(update={
            "kind": DocumentKind.INCOMING, "arrival_number": i + 1, "arrival_date": arrival, "issued_date": arrival,
            "status": ("done", "in_progress", "assigned", "archived")[i % 4], "handler_id": HANDLERS[i % 12],
            "deadline": arrival + timedelta(days=10 + i % 20)})
        entries.append(NewDocument(record))
    return entries


def _fill(session: OfficeSession, count: int) -> None:
    people = [IncomingChange("person", p, "upsert", 1, PersonRecord(
        id=p, version=1, unit_id=UNIT, username=p, full_name=f"Chuyên viên {i}", roles=["specialist"],
    ).model_dump(mode="json")) for i, p in enumerate(HANDLERS)]
    session.replica.apply_changes(people, 1)
    entries = _register_entries(count)
    session.store.add_documents(entries, local=False)
    events = [IncomingChange("document_event", f"e{i}", "upsert", 1, DocumentEventRecord(
        id=f"e{i}", version=1, unit_id=UNIT, document_id=e.record.id, action="done", to_status="done",
        at=f"{e.record.arrival_date + timedelta(days=1 + i % 15)}T05:00:00+00:00").model_dump(mode="json"))
        for i, e in enumerate(entries) if e.record.status in ("done", "archived")]
    for start in range(0, len(events), 5000):
        session.replica.apply_changes(events[start:start + 5000], 2 + start)


def _measure(step: Callable[[], Any]) -> tuple[float, float]:
    """Seconds (untraced: tracing slows Python code several times) and, in a second run, the peak MiB of Python
    allocations."""
    start = time.perf_counter()
    step()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    step()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak


def _steps(session: OfficeSession, where: RegisterRange, root: Path) -> dict[str, Callable[[], Any]]:
    """What is timed: the bare query of the register's rows first (the baseline), then each product of them."""
    last = date(2025, 12, 31)

    def bare() -> None:
        table = documents_table
        statement = (select(table).where(table.c.kind == "incoming", table.c.arrival_date >= YEAR,
                                         table.c.arrival_date <= last)
                     .order_by(table.c.arrival_date, table.c.arrival_number))
        with session.store.engine.connect() as connection:
            for _row in connection.execution_options(yield_per=1000).execute(statement):
                pass

    def lines() -> None:
        for _line in session.register_lines(where):
            pass

    return {
        "bare query": bare,
        "register lines": lines,
        "register PDF": lambda: session.export_register(where, root / "so.pdf"),
        "register XLSX": lambda: session.export_register(where, root / "so.xlsx"),
        "report (figures)": lambda: session.report(YEAR, last, date(2026, 1, 15)),
        "report PDF": lambda: session.export_report(session.report(YEAR, last, date(2026, 1, 15)), root / "bc.pdf"),
        "report XLSX": lambda: session.export_report(session.report(YEAR, last, date(2026, 1, 15)), root / "bc.xlsx"),
    }


def run(sizes: list[int]) -> dict[int, dict[str, tuple[float, float]]]:
    results: dict[int, dict[str, tuple[float, float]]] = {}
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="bench-registers-") as folder:
            root = Path(folder)
            office = Office(profiles=Profiles(root / "home", kdf=KdfParams.fast_for_tests()))
            session = office.create("bench", "mật khẩu thử", unit_id=UNIT, unit_code="XBT",
                                    unit_name="Đảng ủy xã Bát Xát")
            try:
                _fill(session, size)
                where = session.register_range("incoming", YEAR, date(2025, 12, 31))
                steps = _steps(session, where, root)
                results[size] = {name: _measure(step) for name, step in steps.items()}
                pdf_mb = (root / "so.pdf").stat().st_size / 2**20
                results[size]["register PDF file MiB"] = (pdf_mb, 0.0)
            finally:
                session.close()
    return results


def report(results: dict[int, dict[str, tuple[float, float]]]) -> str:
    """Each step on one line, the sizes side by side: seconds, × the bare query, peak MiB; then the peak at the
    largest size over the peak at the smallest (1.0 is memory flat in the size)."""
    sizes = list(results)
    head = " | ".join(f"{n:,}: s | × query | peak MiB" for n in sizes)
    out = [f"| step | {head} | peak {sizes[-1]:,} / {sizes[0]:,} |",
           "| --- |" + " ---: |" * (3 * len(sizes) + 1)]
    for name in results[sizes[0]]:
        if name.endswith("MiB"):
            out.append(f"| {name} | " + " | ".join(f"{results[n][name][0]:.1f} | | " for n in sizes) + " | |")
            continue
        cells = []
        for size in sizes:
            seconds, peak = results[size][name]
            cells.append(f"{seconds:.2f} | {seconds / results[size]['bare query'][0]:.1f} | {peak:.1f}")
        ratio = results[sizes[-1]][name][1] / max(results[sizes[0]][name][1], 1e-9)
        out.append(f"| {name} | " + " | ".join(cells) + f" | {ratio:.2f} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    add_out_option(parser, "the table")
    args = parser.parse_args(argv)
    args.out = out_file(parser, args)
    table = report(run(sorted(args.sizes)))
    print_lines([table], args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
