"""The first page of every document list, in every sort and with each filter, at 100k, 300k and 1M documents.

`python -m bench.bench_lists [--sizes 100000,300000,1000000] [--out FILE] [--repeat 3] [--folder DIR | --keep DIR]
[--walk-alone] [--boundaries] [--deep 10000,100000,390000]`

One encrypted profile (SQLCipher, the real schema and migrations; a weak Argon2 setting, since opening is not
measured here) grows to each size in turn, with rows of `bench.corpus.document_rows` written by `executemany`.
The search index's insert trigger is off while rows are written and back on afterwards: lists never read that
index, and filling it would triple the build time (`bench_cache` measures search); the other indexes are dropped
and built again after the rows (found in `sqlite_master`, whatever their names). At each size every list (each
kind, and all kinds as the search screen lists them with no words) is read in every sort `client.cache.lists`
offers, both directions, with no filter and with each filter of `DocumentFilter` alone (the issue-date range in
nine widths and positions, `RANGES`), through
`CacheStore.list_documents` and a page of 200 rows (the table model's page). The figure is the best of
`--repeat` reads in milliseconds (warm: the page as a user sees it on the second look; the first read of each is
also kept, `cold`).

Baselines in the same run, at each size: `SELECT 1` through the same engine, and the page every list showed fast
before issue 17: Incoming by issue date, newest first, no filter. Sorts and filters are read from the code, so a
new one is measured without editing this file; a filter with no realistic value below fails loudly.

With `--keep DIR` the cache of each size stays in `DIR/<size>` and a later run opens it instead of writing it again
(a 1M cache takes about ten minutes to write); a size not there yet starts from a copy of the largest smaller one.
A kept cache is opened through the migrations, so a new list index is built on it as on a user's cache.

With `--boundaries`, each list in each sort with blank values (`client.cache.lists` puts them last) is also read
ascending with no filter at the boundary between its valued and its blank rows: the count of the valued rows that
a page starting past them makes (`page_walks.read_page`; best of `--repeat`), and, read once each (seconds at 1M),
that page and the descending page at the same offset, which costs what paging to that depth cost before.

With `--deep OFFSETS`, each list (Incoming, and all kinds) in every sort, both directions, no filter, is also read at
each offset (capped at the size): the page a user reaches by scrolling that far, beside its first page.

Figures go to stdout and, with `--out`, to that file; bench/README.md is written by hand.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from bench.corpus import document_rows
from bench.out_option import out_file
from client.cache.keys import KdfParams
from client.cache.lists import BLANK_BELOW, SORTABLE, blank, list_statement, list_walks, sort_expression
from client.cache.profile import OpenProfile, Profiles, UnitInfo
from client.cache.schema import documents
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
# Issue-date ranges of every width and position: a list walked in another date's order meets a recent range last
# when ascending and an old one last when descending, and a narrow one matches one entry in thousands. The corpus's
# documents are issued from 2016-01-01 to 2025-12-29 ("last year" holds its last five weeks).
RANGES: dict[str, tuple[date | None, date | None]] = {
    "last year": (VALUES["issued_from"], VALUES["issued_to"]),
    "in 2025": (date(2025, 1, 1), date(2025, 12, 31)),
    "in December 2025": (date(2025, 12, 1), date(2025, 12, 31)),
    "on 15 December 2025": (date(2025, 12, 15), date(2025, 12, 15)),
    "in 2017": (date(2017, 1, 1), date(2017, 12, 31)),
    "in March 2017": (date(2017, 3, 1), date(2017, 3, 31)),
    "ten years": (TODAY - timedelta(days=3650), TODAY),
    "since 2025": (date(2025, 1, 1), None),
    "until mid-2017": (None, date(2017, 6, 30)),
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
            found += [(f"issued {name}", DocumentFilter(kind=kind, issued_from=low, issued_to=high))
                      for name, (low, high) in RANGES.items()]
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


def measure(opened: OpenProfile, repeat: int, walk_alone: bool = False
            ) -> dict[tuple[str, str, str, str], tuple[float, float]]:
    """(list, sort, filter, direction) -> (cold, warm) ms, the baselines under ("baseline", ...); with
    `walk_alone`, each issue-date range in another sort also read by the walk of the sort's index alone, as the
    lists read it before `list_query` chose (under ("walk alone", "list | sort", filter, direction))."""
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
                    if walk_alone and order_by != "issued_date" and name.startswith("issued "):
                        statement = list_statement(where, order_by, descending, PAGE, 0, store.ceiling)
                        with opened.engine.connect() as connection:
                            found[("walk alone", f"{kind or 'all kinds'} | {order_by}", name,
                                   "desc" if descending else "asc")] = _timed(
                                lambda c=connection, st=statement: c.execute(st).all(), repeat)  # type: ignore[misc]
    return found


def measure_boundaries(opened: OpenProfile, repeat: int) -> dict[tuple[str, str, str, str], tuple[float, float]]:
    """(("boundary", list, sort, what) -> (cold, warm) ms) at the boundary between each ascending list's valued
    and blank rows, no filter: the count of the valued rows, and (read once) the page there, and descending."""
    found: dict[tuple[str, str, str, str], tuple[float, float]] = {}
    store = opened.store
    for kind in KINDS:
        where = DocumentFilter(kind=kind)
        for order_by in (o for o in SORTABLE if documents.c[o].nullable or o in BLANK_BELOW):
            with opened.engine.connect() as connection:
                valued = int(connection.execute(select(func.count()).select_from(documents).where(
                    *where.conditions(), ~blank(order_by, sort_expression(order_by)))).scalar_one())
                first = list_walks(connection, where, order_by, False, valued + PAGE, store.ceiling)[0]
                found[("boundary", kind or "all kinds", order_by, "count")] = _timed(
                    lambda c=connection, w=first, v=valued: c.execute(w.count(v)).scalar(),  # type: ignore[misc]
                    repeat)
            for what, descending in (("page", False), ("descending page", True)):
                found[("boundary", kind or "all kinds", order_by, what)] = _timed(
                    lambda w=where, o=order_by, d=descending, v=valued: store.list_documents(  # type: ignore[misc]
                        w, order_by=o, descending=d, limit=PAGE, offset=v), 1)
            found[("boundary", kind or "all kinds", order_by, "valued rows")] = (valued, valued)
    return found


def measure_deep(opened: OpenProfile, repeat: int, offsets: list[int]
                 ) -> dict[tuple[str, str, str, str], tuple[float, float]]:
    """(("deep", list, "sort dir", offset) -> (cold, warm) ms): each list's page at each offset, and at 0."""
    found: dict[tuple[str, str, str, str], tuple[float, float]] = {}
    store = opened.store
    held = _count(opened)
    for kind in ("incoming", None):
        where = DocumentFilter(kind=kind)
        for order_by in SORTABLE:
            for descending in (True, False):
                for offset in sorted({0, *(min(o, held) for o in offsets)}):
                    found[("deep", kind or "all kinds", f"{order_by} {'desc' if descending else 'asc'}",
                           str(offset))] = _timed(
                        lambda o=order_by, d=descending, at=offset, w=where: store.list_documents(  # type: ignore[misc]
                            w, order_by=o, descending=d, limit=PAGE, offset=at), repeat)
    return found


def _count(opened: OpenProfile) -> int:
    with opened.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM documents")).scalar_one())


_USER, _PASSWORD = "bench", "mat-khau-bench-2026"


def _profile(folder: Path, size: int, keep: bool) -> OpenProfile:
    """The cache to grow to `size`: with `keep`, `folder/<size>` (as left by an earlier run, else a copy of the
    largest smaller size kept there, else new); without, the one cache in `folder` that grows through the sizes."""
    home = folder / str(size) if keep else folder
    if keep and not home.exists():
        smaller = sorted((int(p.name) for p in folder.iterdir() if p.name.isdigit() and int(p.name) < size),
                         reverse=True) if folder.exists() else []
        if smaller:
            shutil.copytree(folder / str(smaller[0]), home)
    profiles = Profiles(home, kdf=KdfParams.fast_for_tests())
    if any(info.username == _USER for info in profiles.list()):
        return profiles.open(_USER, _PASSWORD)
    return profiles.create(_USER, _PASSWORD, UnitInfo("u-bench", "XA-BENCH", "Đảng ủy xã Y Tý"))


def run(sizes: list[int], repeat: int, folder: Path, keep: bool = False, walk_alone: bool = False,
        boundaries: bool = False, deep: list[int] | None = None) -> Iterator[str]:
    """Grow the cache through the sizes, measure at each; yield the report's lines as they are known."""
    results: dict[int, dict[tuple[str, str, str, str], tuple[float, float]]] = {}
    opened: OpenProfile | None = None
    try:
        for size in sizes:
            if opened is None or keep:
                if opened is not None:
                    opened.close()
                opened = _profile(folder, size, keep)
            held = _count(opened)
            if held > size:
                raise SystemExit(f"{folder / str(size)} holds {held:,} documents, more than {size:,}")
            rate = _insert(opened, held, size - held) if size > held else 0.0
            load = os.getloadavg()
            results[size] = measure(opened, repeat, walk_alone)
            if boundaries:
                results[size] |= measure_boundaries(opened, repeat)
            if deep:
                results[size] |= measure_deep(opened, repeat, deep)
            after = os.getloadavg()
            home = folder / str(size) if keep else folder
            database = sum(p.stat().st_size for p in home.rglob("cache.db*"))
            written = f"written at {rate:,.0f} rows/s" if rate else "kept from an earlier run"
            yield (f"{size:,} documents: {written}; cache {database / 2**20:,.0f} MiB; "
                   f"load average {load[0]:.2f} before, {after[0]:.2f} after the reads")
    finally:
        if opened is not None:
            opened.close()
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
    cases = [k for k in largest if k[0] not in ("baseline", "walk alone", "boundary", "deep")]
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
    alone = [k for k in largest if k[0] == "walk alone"]
    if alone:
        chosen = [(listed, sort, k[2], k[3]) for k in alone for listed, sort in [k[1].split(" | ", 1)]]
        yield ""
        yield f"| {len(alone)} issue-date ranges in another sort, warm | " + heads + " |"
        yield "|---|" + "---:|" * len(sizes)
        for label, keys in (("walk alone (before): median", alone), ("list_query (after): median", chosen)):
            yield f"| {label} | " + " | ".join(
                f"{statistics.median(results[s][k][1] for k in keys):.1f}" for s in sizes) + " |"
            yield f"| {label.split(':')[0]}: worst | " + " | ".join(
                f"{max(results[s][k][1] for k in keys):.1f}" for s in sizes) + " |"
            yield f"| {label.split(':')[0]}: over {LIMIT_MS:.0f} ms | " + " | ".join(
                str(sum(results[s][k][1] > LIMIT_MS for k in keys)) for s in sizes) + " |"
        yield ""
        yield "| list | sort | range | dir | " + " | ".join(f"{s:,} before / after ms" for s in sizes) + " |"
        yield "|---|---|---|---|" + "---:|" * len(sizes)
        for key, after in sorted(zip(alone, chosen, strict=True), key=lambda p: -largest[p[0]][1])[:12]:
            yield f"| {' | '.join(after)} | " + " | ".join(
                f"{results[s][key][1]:.1f} / {results[s][after][1]:.1f}" for s in sizes) + " |"
    lists = sorted({(k[1], k[2]) for k in largest if k[0] == "boundary"}, key=lambda k: (k[0] == "all kinds", k))
    if lists:
        yield ""
        yield ("| ascending list at its blank rows | " + " | ".join(
            f"{s:,}: valued rows, count warm ms, page ms, descending page ms" for s in sizes) + " |")
        yield "|---|" + "---:|" * len(sizes)
        for listed, sort in lists:
            yield f"| {listed} by {sort} | " + " | ".join(
                f"{results[s][('boundary', listed, sort, 'valued rows')][0]:,.0f}, "
                f"{results[s][('boundary', listed, sort, 'count')][1]:.1f}, "
                f"{results[s][('boundary', listed, sort, 'page')][1]:.0f}, "
                f"{results[s][('boundary', listed, sort, 'descending page')][1]:.0f}" for s in sizes) + " |"
    yield from _deep_report(results)
    yield ""
    yield "| list | sort | filter | dir | " + " | ".join(f"{s:,} cold / warm ms" for s in sizes) + " |"
    yield "|---|---|---|---|" + "---:|" * len(sizes)
    for key in sorted(cases, key=lambda k: -largest[k][1]):
        yield f"| {key[0]} | {key[1]} | {key[2]} | {key[3]} | " + " | ".join(
            f"{results[s][key][0]:.1f} / {results[s][key][1]:.1f}" for s in sizes) + " |"


def _deep_report(results: dict[int, dict[tuple[str, str, str, str], tuple[float, float]]]) -> Iterator[str]:
    for size in sorted(results):
        deep = [k for k in results[size] if k[0] == "deep"]
        if not deep:
            continue
        offsets = sorted({int(k[3]) for k in deep})
        lists = sorted({(k[1], k[2]) for k in deep})
        yield ""
        yield (f"| {size:,} documents: list, sort | " + " | ".join(f"row {o:,} warm ms" for o in offsets)
               + " | deepest / first page |")
        yield "|---|" + "---:|" * (len(offsets) + 1)
        for listed, sort in lists:
            times = [results[size][("deep", listed, sort, str(o))][1] for o in offsets]
            yield f"| {listed}, {sort} | " + " | ".join(f"{t:.1f}" for t in times) + f" | {times[-1] / times[0]:.1f} |"
        yield "| worst | " + " | ".join(
            f"{max(results[size][('deep', listed, sort, str(o))][1] for listed, sort in lists):.1f}"
            for o in offsets) + " | |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,300000,1000000",
                        help="document counts, ascending, comma-separated (default: 100000,300000,1000000)")
    parser.add_argument("--repeat", type=int, default=3, help="reads of each page; the best is reported")
    parser.add_argument("--out", type=Path, help="also write the figures to this file")
    parser.add_argument("--boundaries", action="store_true",
                        help="also read each ascending list at the boundary between its valued and blank rows")
    parser.add_argument("--walk-alone", action="store_true",
                        help="also read each issue-date range by the sort's walk alone, as before list_query")
    parser.add_argument("--deep", help="also read each list at these row offsets, comma-separated (as scrolled to)")
    place = parser.add_mutually_exclusive_group()
    place.add_argument("--folder", type=Path, help="build the cache in a temporary folder here, removed after")
    place.add_argument("--keep", type=Path, help="keep each size's cache in KEEP/<size> and reuse it next run")
    args = parser.parse_args(argv)
    args.out = out_file(parser, args)
    sizes = [int(s) for s in args.sizes.split(",")]
    if sizes != sorted(sizes) or sizes[0] <= 0:
        parser.error("--sizes must be positive and ascending: the cache grows from one to the next")
    deep = [int(o) for o in args.deep.split(",")] if args.deep else None
    out = args.out.open("w", encoding="utf-8") if args.out else None
    try:
        if args.keep is not None:
            _report(run(sizes, args.repeat, args.keep, keep=True, walk_alone=args.walk_alone,
                        boundaries=args.boundaries, deep=deep), out)
        else:
            with tempfile.TemporaryDirectory(prefix="bench-lists-", dir=args.folder) as tmp:
                _report(run(sizes, args.repeat, Path(tmp), walk_alone=args.walk_alone,
                            boundaries=args.boundaries, deep=deep), out)
    finally:
        if out is not None:
            out.close()
    return 0


def _report(lines: Iterator[str], out: Any) -> None:
    for line in lines:
        print(line, flush=True)
        if out is not None:
            out.write(line + "\n")
            out.flush()


if __name__ == "__main__":
    sys.exit(main())
