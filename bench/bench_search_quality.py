"""Search quality and speed (issue 13): recall@10 and precision@10 per category of the evaluation set in
tests/search_eval.py, beside a naive fold-and-substring search over the same fields in the same run, then search
p95 at 100,000 documents.

recall@10: share of a query's known answers (at most 10) among the first 10 results. precision@10: share of the
first min(10, answers) results that are known answers (R-precision cut at 10: are the right ones first?).
strict precision@10: share of all results in the first 10 that are known answers (a folded search that also
lists "Lê Văn Tám" after "Lê Văn Tâm" loses here). A query that should find nothing scores 1 on all three when it
finds nothing, 0 otherwise. A typing slip (category typo) that finds nothing is scored on the results of its "did you
mean" suggestion (what one click shows); the naive baseline has none.

Run: .venv/bin/python -m bench.bench_search_quality [documents]
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench import corpus
from client.cache.keys import KdfParams
from client.cache.profile import Profiles, UnitInfo
from client.cache.records import DocumentRecord
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


def speed(store: CacheStore, documents: int) -> dict[str, float]:
    """Search p50/p95 (ms) over the eval queries and the corpus queries once `documents` more are stored, beside
    the search before issue 13 (fold, last word a prefix, bm25 only) on the same index, interleaved in one run."""
    store.add_documents(corpus.documents(documents), local=False, batch_size=2000)
    texts = [q.text for q in queries(entries())] + corpus.QUERIES
    for text in texts:
        store.search(text, limit=50)  # warm the page cache
        _legacy_search(store, text, 50)
    ours: list[float] = []
    legacy: list[float] = []
    for _ in range(2):
        for text in texts:
            start = time.perf_counter()
            store.search(text, limit=50)
            middle = time.perf_counter()
            _legacy_search(store, text, 50)
            legacy.append((time.perf_counter() - middle) * 1000)
            ours.append((middle - start) * 1000)
    p50, p95 = _percentiles(ours)
    legacy_p50, legacy_p95 = _percentiles(legacy)
    return {"p50_ms": p50, "p95_ms": p95, "legacy_p50_ms": legacy_p50, "legacy_p95_ms": legacy_p95,
            "queries": float(len(ours))}


def report(results: dict[str, dict[str, float]], timing: dict[str, float] | None) -> str:
    lines = ["| category | queries | recall@10 | naive | precision@10 | naive | strict precision@10 | naive |",
             "|---|---|---|---|---|---|---|---|"]
    for cat in sorted(results, key=lambda c: (c == "all", c)):
        v = results[cat]
        lines.append(f"| {cat} | {v['n']:.0f} | {v['recall']:.2f} | {v['naive_recall']:.2f} | "
                     f"{v['precision']:.2f} | {v['naive_precision']:.2f} | {v['strict']:.2f} | "
                     f"{v['naive_strict']:.2f} |")
    if timing:
        lines.append(f"\nsearch at {timing['documents']:.0f} documents, {timing['queries']:.0f} searches of 50 "
                     f"results: p50 {timing['p50_ms']:.1f} ms, p95 {timing['p95_ms']:.1f} ms; the search before "
                     f"issue 13 in the same run: p50 {timing['legacy_p50_ms']:.1f} ms, "
                     f"p95 {timing['legacy_p95_ms']:.1f} ms (ratio p95 "
                     f"{timing['p95_ms'] / timing['legacy_p95_ms']:.2f})")
    return "\n".join(lines)


def run(documents: int = 100_000) -> str:
    data = entries()
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        profiles = Profiles(Path(tmp) / "profiles", kdf=KdfParams.fast_for_tests())
        with profiles.create("bench", PASSWORD, UNIT) as opened:
            records = [_record(e, i) for i, e in enumerate(data)]
            opened.store.add_documents((NewDocument(r) for r in records), local=False)
            ids = {r.id: e.id for r, e in zip(records, data, strict=True)}
            results = quality(opened.store, data, ids)
            timing = None
            if documents:
                timing = speed(opened.store, documents) | {"documents": float(documents)}
    return report(results, timing)


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
