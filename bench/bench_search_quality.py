"""Search quality and speed (issues 13 and 17): recall@10 and precision@10 per category of the evaluation set in
tests/search_eval.py, beside a naive fold-and-substring search over the same fields in the same run, then search
p50/p95 at 100,000, 300,000 and (with --million) 1,000,000 documents, beside the search before issue 13 on the
same index, interleaved in the same run.

recall@10: share of a query's known answers (at most 10) among the first 10 results. precision@10: share of the
first min(10, answers) results that are known answers (R-precision cut at 10: are the right ones first?).
strict precision@10: share of all results in the first 10 that are known answers (a folded search that also
lists "Lê Văn Tám" after "Lê Văn Tâm" loses here). A query that should find nothing scores 1 on all three when it
finds nothing, 0 otherwise. A typing slip (category typo) that finds nothing is scored on the results of its "did you
mean" suggestion (what one click shows); the naive baseline has none.

Speed: each size is measured twice, on the index as storing the corpus in pages of 2,000 left it (many FTS5
segments, as after an initial sync) and after `CacheStore.tidy_search_index` merged it (what the app does after
a sync), each time with both searches.

Run: .venv/bin/python -m bench.bench_search_quality [--sizes 100000,300000] [--million] [--out FILE] [--keep DIR]
     --keep DIR keeps the built caches there (DIR/<documents>) and reuses them on the next run: building 1,000,000
     documents takes 15-25 minutes on this machine.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from bench import corpus
from bench.out_option import out_file
from client.cache.keys import KdfParams
from client.cache.profile import Profiles, UnitInfo
from client.cache.records import DocumentRecord
from client.cache.search_index import segments
from client.cache.store import CacheStore, NewDocument
from client.cache.textfold import fold_required
from tests.search_eval import Entry, Query, entries, queries

PASSWORD = "mat-khau-bench-2026"
UNIT = UnitInfo("u-bench", "XA-BENCH", "Đảng ủy xã Y Tý")
FIELDS = ("number_symbol", "summary", "issuing_body", "signer")
# The ranking of the search before issue 13 (bm25 with its field weights), kept here as the baseline's.
_RANK = "bm25(documents_fts, 10.0, 5.0, 5.0, 2.0, 2.0, 1.0)"


def _record(entry: Entry, index: int) -> DocumentRecord:
    return DocumentRecord.model_validate({
        "id": f"00000000-0000-4000-a000-{index:012d}", "kind": "incoming", "doc_type": entry.doc_type,
        "number_symbol": entry.number_symbol, "summary": entry.summary, "issuing_body": entry.issuing_body,
        "signer": entry.signer, "issued_date": entry.issued_date.isoformat()})


def naive(data: Sequence[Entry]) -> Callable[[str], list[str]]:
    """Every folded word typed is a substring of the folded fields (NFC first), newest first."""
    import unicodedata
    haystacks = [(e.id, fold_required(unicodedata.normalize("NFC", " ".join(getattr(e, f) for f in FIELDS))))
                 for e in sorted(data, key=lambda e: e.issued_date, reverse=True)]

    def search(text: str) -> list[str]:
        words = fold_required(unicodedata.normalize("NFC", text)).split()
        return [i for i, hay in haystacks if words and all(w in hay for w in words)]
    return search


def score(query: Query, found: Sequence[str]) -> tuple[float, float, float]:
    """(recall@10, precision@10, strict precision@10) of one query."""
    top = list(found[:10])
    if not query.answers:
        return (1.0, 1.0, 1.0) if not top else (0.0, 0.0, 0.0)
    hits = len(set(top) & query.answers)
    cut = min(len(query.answers), 10)
    return hits / cut, len(set(top[:cut]) & query.answers) / cut, (hits / len(top) if top else 0.0)


def quality(store: CacheStore, data: Sequence[Entry], ids: dict[str, str]) -> dict[str, dict[str, float]]:
    """Per category (and "all"): recall and precision of the cache's search and of the naive baseline."""
    baseline = naive(data)
    sums: dict[str, list[tuple[float, ...]]] = defaultdict(list)
    for query in queries(list(data)):
        rows = store.search(query.text, limit=10)
        ours = [ids[r["id"]] for r in rows]
        if not ours and query.category == "typo":
            suggestion = store.suggest(query.text)
            if suggestion:  # what one click on "Có phải bạn muốn tìm ..." shows
                ours = [ids[r["id"]] for r in store.search(suggestion, limit=10)]
        both = score(query, ours) + score(query, baseline(query.text))
        sums[query.category].append(both)
        sums["all"].append(both)
    names = ("recall", "precision", "strict", "naive_recall", "naive_precision", "naive_strict")
    return {cat: {"n": len(v)} | {name: statistics.fmean(x[i] for x in v) for i, name in enumerate(names)}
            for cat, v in sums.items()}


def _legacy_match(query: str) -> str | None:
    """The search before issue 13: each folded word whole, the last a prefix, bm25 only."""
    phrases = [t for t in (re.findall(r"[^\W_]+", w) for w in fold_required(query).split()) if t]
    if not phrases:
        return None
    terms = ['"' + " ".join(t) + '"' for t in phrases]
    terms[-1] += "*"
    return " ".join(terms)


def _legacy_search(store: CacheStore, query: str, limit: int) -> list[Any]:
    match = _legacy_match(query)
    if match is None:
        return []
    with store.engine.connect() as connection:
        return connection.exec_driver_sql(
            f"SELECT d.* FROM (SELECT rowid, {_RANK} AS rank FROM documents_fts WHERE documents_fts MATCH ? "
            "ORDER BY rank LIMIT ?) p JOIN documents d ON d.rid = p.rowid ORDER BY p.rank", (match, limit)).fetchall()


def _percentiles(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    return samples[len(samples) // 2], samples[int(len(samples) * 0.95)]


def _timed(store: CacheStore, texts: list[str]) -> dict[str, float]:
    """Wall-clock p50/p95 of both searches, interleaved, and the same of this process's CPU time: on a machine
    shared with other work the CPU time is what the search itself costs (SQLite runs in this process)."""
    for text in texts:
        store.search(text, limit=50)  # warm the page cache
        _legacy_search(store, text, 50)
    samples: dict[str, list[float]] = defaultdict(list)
    for _ in range(2):
        for text in texts:
            for name, search in (("", lambda t: store.search(t, limit=50)),
                                 ("legacy_", lambda t: _legacy_search(store, t, 50))):
                wall, cpu = time.perf_counter(), time.process_time()
                search(text)
                samples[name + "wall"].append((time.perf_counter() - wall) * 1000)
                samples[name + "cpu"].append((time.process_time() - cpu) * 1000)
    found: dict[str, float] = {"queries": float(len(samples["wall"]))}
    for name, values in samples.items():
        found[name + "_p50"], found[name + "_p95"] = _percentiles(values)
    return found


def _segments(store: CacheStore) -> int:
    with store.engine.connect() as connection:
        return segments(connection)


def _build(folder: Path, documents: int, keep: Path | None) -> None:
    """A cache at `folder` holding the 300 evaluation entries and the first `documents` of `bench/corpus.py`,
    grown from the largest smaller one kept in `keep` when there is one."""
    smaller = sorted((int(p.name), p) for p in keep.iterdir() if p.name.isdigit() and int(p.name) < documents) \
        if keep else []
    start = 0
    if smaller:
        start, source = smaller[-1]
        shutil.copytree(source, folder)
    profiles = Profiles(folder / "profiles", kdf=KdfParams.fast_for_tests())
    opened = profiles.open("bench", PASSWORD) if smaller else profiles.create("bench", PASSWORD, UNIT)
    with opened:
        if not smaller:
            opened.store.add_documents((NewDocument(_record(e, i)) for i, e in enumerate(entries())), local=False)
        opened.store.add_documents(islice(corpus.documents(documents), start, None), local=False, batch_size=2000)


def speed(documents: int, keep: Path | None, out: Callable[[str], None]) -> list[dict[str, float]]:
    """Search p50/p95 (ms) over the eval queries and the corpus queries with `documents` corpus documents, beside
    the search before issue 13 (fold, last word a prefix, bm25 only), on the index as stored and once merged."""
    texts = [q.text for q in queries(entries())] + corpus.QUERIES
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        kept = keep / str(documents) if keep else None
        built = kept or Path(tmp) / "stored"
        if not built.exists():
            started = time.perf_counter()
            _build(built, documents, keep)
            out(f"built {documents:,} documents in {time.perf_counter() - started:.0f} s")
        merged = Path(tmp) / "merged"
        shutil.copytree(built, merged)  # the kept cache stays as stored, for the next run's first figure
        rows = []
        for state, folder in (("as stored", built), ("merged", merged)):
            profiles = Profiles(folder / "profiles", kdf=KdfParams.fast_for_tests())
            with profiles.open("bench", PASSWORD) as opened:
                tidy_seconds = 0.0
                if state == "merged":
                    started = time.perf_counter()
                    opened.store.tidy_search_index()
                    tidy_seconds = time.perf_counter() - started
                row = {"documents": float(documents), "merged": float(state == "merged"),
                       "segments": float(_segments(opened.store)), "tidy_s": tidy_seconds,
                       "load": _load()} | _timed(opened.store, texts)
            out(_speed_line(row))
            rows.append(row)
    return rows


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def _speed_line(row: dict[str, float]) -> str:
    state = f"merged ({row['tidy_s']:.0f} s)" if row["merged"] else "as stored"
    return (f"| {row['documents']:,.0f} | {state} | {row['segments']:.0f} | {row['wall_p50']:.1f} | "
            f"{row['wall_p95']:.1f} | {row['legacy_wall_p50']:.1f} | {row['legacy_wall_p95']:.1f} | "
            f"{row['wall_p95'] / row['legacy_wall_p95']:.2f} | {row['cpu_p50']:.1f} | {row['cpu_p95']:.1f} | "
            f"{row['legacy_cpu_p50']:.1f} | {row['legacy_cpu_p95']:.1f} | {row['load']:.1f} |")


SPEED_HEADER = (
    "| documents | index | segments | p50 ms | p95 ms | before issue 13: p50 ms | p95 ms | ratio p95 "
    "| CPU p50 ms | CPU p95 ms | before: CPU p50 ms | CPU p95 ms | load |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|")


def report(results: dict[str, dict[str, float]]) -> str:
    lines = ["| category | queries | recall@10 | naive | precision@10 | naive | strict precision@10 | naive |",
             "|---|---|---|---|---|---|---|---|"]
    for cat in sorted(results, key=lambda c: (c == "all", c)):
        v = results[cat]
        lines.append(f"| {cat} | {v['n']:.0f} | {v['recall']:.2f} | {v['naive_recall']:.2f} | "
                     f"{v['precision']:.2f} | {v['naive_precision']:.2f} | {v['strict']:.2f} | "
                     f"{v['naive_strict']:.2f} |")
    return "\n".join(lines)


def evaluate() -> dict[str, dict[str, float]]:
    """The evaluation set alone in a fresh cache: quality per category."""
    data = entries()
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        profiles = Profiles(Path(tmp) / "profiles", kdf=KdfParams.fast_for_tests())
        with profiles.create("bench", PASSWORD, UNIT) as opened:
            records = [_record(e, i) for i, e in enumerate(data)]
            opened.store.add_documents((NewDocument(r) for r in records), local=False)
            ids = {r.id: e.id for r, e in zip(records, data, strict=True)}
            return quality(opened.store, data, ids)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_search_quality",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,300000",
                        help="corpus sizes to time search at, comma-separated (0: quality only)")
    parser.add_argument("--million", action="store_true", help="also time search at 1,000,000 documents")
    parser.add_argument("--out", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep", type=Path, help="keep the built caches in this folder and reuse them")
    args = parser.parse_args(argv)
    args.out = out_file(parser, args)
    sizes = sorted({int(n) for n in args.sizes.split(",") if int(n)} | ({1_000_000} if args.million else set()))
    lines: list[str] = []

    def out(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    out(f"search quality and speed, {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, load average {_load():.1f}\n")
    out(report(evaluate()))
    if sizes:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
        out("\n" + SPEED_HEADER)
        for documents in sizes:
            speed(documents, args.keep, lambda line: out(line) if line.startswith("|") else print(line))
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
