"""The first page of every document list, in every sort and with each filter, at 100k, 300k and 1M documents.

`python -m bench.bench_lists [--sizes 100000,300000,1000000] [--out FILE] [--repeat 3] [--folder DIR]`

One encrypted profile (SQLCipher, the real schema and migrations; a weak Argon2 setting, since opening is not
measured here) grows to each size in turn, with rows of `bench.corpus.document_rows` written by `executemany`.
The search index's insert trigger is off while rows are written and back on afterwards: lists never read that
index, and filling it would triple the build time (`bench_cache` measures search); the other indexes are dropped
and built again after the rows (found in `sqlite_master`, whatever their names). At each size every list (each
kind, and all kinds as the search screen lists them with no words) is read in every sort `client.cache.lists`
offers, both directions, with no filter and with each filter of `DocumentFilter` alone, through
`CacheStore.list_documents` and a page of 200 rows (the table model's page). The figure is the best of
`--repeat` reads in milliseconds (warm: the page as a user sees it on the second look; the first read of each is
also kept, `cold`).

Baselines in the same run, at each size: `SELECT 1` through the same engine, and the page every list showed fast
before issue 17: Incoming by issue date, newest first, no filter. Sorts and filters are read from the code, so a
new one is measured without editing this file; a filter with no realistic value below fails loudly.

Figures go to stdout and, with `--out`, to that file; bench/README.md is written by hand.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench.corpus import document_rows
from client.cache.keys import KdfParams
from client.cache.lists import SORTABLE
from client.cache.profile import OpenProfile, Profiles, UnitInfo
from client.cache.search import DocumentFilter
from sync.protocol.domain import DocumentKind, Secrecy, Urgency

TODAY = date(2026, 11, 25)  # the corpus's "now"
PAGE = 200
LIMIT_MS = 50.0
# A realistic value of each filter the lists offer; the status is per kind (a status of that kind's workflow).
VALUES: dict[str, Any] = {
    "doc_type": "Công văn",
    "secrecy": Secrecy.MAT,
    "urgency_at_least": Urgency.KHAN,
    "issued_from": TODAY - timedelta(days=365),
    "issued_to": TODAY,
    "overdue_on": TODAY,
    "unread": True,
}
STATUS = {"incoming": "received", "outgoing": "signed", "draft": "in_review", None: "in_progress"}
KINDS: list[str | None] = [*(str(k) for k in DocumentKind), None]


def filters(kind: str | None) -> list[tuple[str, DocumentFilter]]:
    """No filter, then each filter field of DocumentFilter alone (the two ends of the date range together)."""
    found = [("none", DocumentFilter(kind=kind))]
    for field in dataclasses.fields(DocumentFilter):
        if field.name in ("kind", "issued_to"):
            continue
        if field.name == "status":
            found.append(("status", DocumentFilter(kind=kind, status=STATUS[kind])))
        elif field.name == "issued_from":
            found.append(("issued last year", DocumentFilter(kind=kind, issued_from=VALUES["issued_from"],
                                                             issued_to=VALUES["issued_to"])))
        elif field.name in VALUES:
            found.append((field.name, DocumentFilter(kind=kind, **{field.name: VALUES[field.name]})))
        else:
            raise SystemExit(f"DocumentFilter.{field.name} has no realistic value in bench_lists.VALUES")
    return found


def _insert(opened: OpenProfile, first: int, count: int) -> float:
    """Write `count` corpus rows from number `first`; return rows per second (indexes built included)."""
    rows = document_rows(count, first=first)
    sample = next(document_rows(1))
    sql = f"INSERT INTO documents ({', '.join(sample)}) VALUES ({', '.join(':' + c for c in sample)})"
    raw = opened.engine.raw_connection()
    start = time.perf_counter()
    try:
        cursor = raw.cursor()
        trigger = cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'documents_fts_ai'").fetchone()
        # The secondary indexes are built once after the rows, as an initial sync would: a third of the time.
        indexes = cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                 "tbl_name = 'documents' AND sql IS NOT NULL").fetchall()
        cursor.execute("DROP TRIGGER documents_fts_ai")
        for name, _ in indexes:
            cursor.execute(f"DROP INDEX {name}")
        while batch := list(islice(rows, 20_000)):
            cursor.execute("BEGIN")
            cursor.executemany(sql, batch)
            cursor.execute("COMMIT")
        for _, create in indexes:
            cursor.execute(create)
        cursor.execute(trigger[0])
    finally:
        raw.close()
    return count / (time.perf_counter() - start)


def _timed(action: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """(first, best) of `repeat` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(1000 * (time.perf_counter() - start))
    return times[0], min(times)


def measure(opened: OpenProfile, repeat: int) -> dict[tuple[str, str, str, str], tuple[float, float]]:
    """(list, sort, filter, direction) -> (cold, warm) ms, the baselines under ("baseline", ...)."""
    store = opened.store
    found: dict[tuple[str, str, str, str], tuple[float, float]] = {}
    with opened.engine.connect() as connection:
        found[("baseline", "SELECT 1", "", "")] = _timed(lambda: connection.execute(text("SELECT 1")).all(), 20)
    incoming = DocumentFilter(kind="incoming")
    found[("baseline", "incoming by issue date", "none", "desc")] = _timed(
        lambda: store.list_documents(incoming, limit=PAGE), max(repeat, 5))
    for kind in KINDS:
        for name, where in filters(kind):
            for order_by in SORTABLE:
                for descending in (True, False):
                    found[(kind or "all kinds", order_by, name, "desc" if descending else "asc")] = _timed(
                        lambda w=where, o=order_by, d=descending: store.list_documents(  # type: ignore[misc]
                            w, order_by=o, descending=d, limit=PAGE), repeat)
    return found


def run(sizes: list[int], repeat: int, folder: Path) -> Iterator[str]:
    """Grow the cache through the sizes, measure at each; yield the report's lines as they are known."""
    profiles = Profiles(folder, kdf=KdfParams.fast_for_tests())
    results: dict[int, dict[tuple[str, str, str, str], tuple[float, float]]] = {}
    with profiles.create("bench", "mat-khau-bench-2026", UnitInfo("u-bench", "XA-BENCH", "Đảng ủy xã Y Tý")) \
            as opened:
        held = 0
        for size in sizes:
            rate = _insert(opened, held, size - held)
            held = size
            load = os.getloadavg()
            results[size] = measure(opened, repeat)
            after = os.getloadavg()
            database = sum(p.stat().st_size for p in folder.rglob("cache.db*"))
            yield (f"{size:,} documents: written at {rate:,.0f} rows/s; cache {database / 2**20:,.0f} MiB; "
                   f"load average {load[0]:.2f} before, {after[0]:.2f} after the reads")
    yield from report(results)


def report(results: dict[int, dict[tuple[str, str, str, str], tuple[float, float]]]) -> Iterator[str]:
    sizes = sorted(results)
    largest = results[sizes[-1]]
    heads = " | ".join(f"{s:,} warm ms" for s in sizes)
    yield ""
    yield f"| baseline | {heads} |"
    yield "|---|" + "---:|" * len(sizes)
    for key in (k for k in largest if k[0] == "baseline"):
        yield f"| {key[1]} | " + " | ".join(f"{results[s][key][1]:.2f}" for s in sizes) + " |"
    cases = [k for k in largest if k[0] != "baseline"]
    base = {s: results[s][("baseline", "incoming by issue date", "none", "desc")][1] for s in sizes}
    yield ""
    yield f"| summary over {len(cases)} list x sort x filter x direction | " + heads + " |"
    yield "|---|" + "---:|" * len(sizes)
    for label, pick in (("median", lambda v: statistics.median(v)),
                        ("90th percentile", lambda v: statistics.quantiles(v, n=10)[-1]),
                        ("worst", max)):
        yield f"| {label} | " + " | ".join(f"{pick([results[s][k][1] for k in cases]):.1f}" for s in sizes) + " |"
    yield "| worst / baseline (incoming by issue date) | " + " | ".join(
        f"{max(results[s][k][1] for k in cases) / base[s]:.1f}" for s in sizes) + " |"
    yield f"| over {LIMIT_MS:.0f} ms warm | " + " | ".join(
        str(sum(results[s][k][1] > LIMIT_MS for k in cases)) for s in sizes) + " |"
    yield f"| over {LIMIT_MS:.0f} ms cold (first read) | " + " | ".join(
        str(sum(results[s][k][0] > LIMIT_MS for k in cases)) for s in sizes) + " |"
    yield ""
    yield "| list | sort | filter | dir | " + " | ".join(f"{s:,} cold / warm ms" for s in sizes) + " |"
    yield "|---|---|---|---|" + "---:|" * len(sizes)
    for key in sorted(cases, key=lambda k: -largest[k][1]):
        yield f"| {key[0]} | {key[1]} | {key[2]} | {key[3]} | " + " | ".join(
            f"{results[s][key][0]:.1f} / {results[s][key][1]:.1f}" for s in sizes) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,300000,1000000",
                        help="document counts, ascending, comma-separated (default: 100000,300000,1000000)")
    parser.add_argument("--repeat", type=int, default=3, help="reads of each page; the best is reported")
    parser.add_argument("--out", type=Path, help="also write the figures to this file")
    parser.add_argument("--folder", type=Path, help="build the cache here (default: a temporary folder)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    if sizes != sorted(sizes) or sizes[0] <= 0:
        parser.error("--sizes must be positive and ascending: the cache grows from one to the next")
    out = args.out.open("w", encoding="utf-8") if args.out else None
    with tempfile.TemporaryDirectory(prefix="bench-lists-", dir=args.folder) as tmp:
        for line in run(sizes, args.repeat, Path(tmp)):
            print(line, flush=True)
            if out is not None:
                out.write(line + "\n")
                out.flush()
    if out is not None:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
