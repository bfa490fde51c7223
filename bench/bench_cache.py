"""The encrypted cache against the same code on plain SQLite, measured in the same run.

Run: python -m bench.bench_cache [documents] [tasks] [vault_mb] [--out FILE]    (defaults: 100000 10000 256)

Single timings (open, unwrap, the overdue queries) are the best of several runs, so that other work on this
2-core machine does not stand in for the cache's own cost; searches report p50 and p95 over 150 runs.
Both sides run the same CacheStore, schema, triggers and folded FTS index; the only difference is SQLCipher.
The encrypted side is a real profile: opening it includes unwrapping the data key with the production Argon2id
parameters.

Figures go to stdout and, with --out FILE, to that file too; bench/README.md is written by hand.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import keyring
import keyrings.alt.file

from bench import bench_vault, corpus
from bench.out_option import add_out_option, out_file, print_lines
from client.cache.database import create_plain_engine, migrate, verify_readable
from client.cache.keys import new_data_key, unwrap_key
from client.cache.profile import Profiles, UnitInfo
from client.cache.search import DocumentFilter
from client.cache.store import CacheStore
from client.cache.vault import Vault
from sync.protocol.domain import Secrecy

PASSWORD = "mat-khau-bench-2026"
TODAY = date(2026, 11, 25)
FIRST_QUERY = DocumentFilter(kind="incoming")
OVERDUE = DocumentFilter(overdue_on=TODAY)


def _timed(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _load(store: CacheStore, documents: int, tasks: int) -> dict[str, float]:
    doc_seconds = _timed(lambda: store.add_documents(corpus.documents(documents), local=False, batch_size=2000))
    task_seconds = _timed(lambda: store.add_tasks(corpus.tasks(tasks), local=False, batch_size=2000))
    return {"documents_per_s": documents / doc_seconds, "tasks_per_s": tasks / task_seconds}


def _queries(store: CacheStore) -> dict[str, float]:
    for query in corpus.QUERIES:  # warm the page cache as a working session would have it
        store.search(query, limit=50)
    samples = []
    for _ in range(3):
        for query in corpus.QUERIES:
            samples.append(_timed(functools.partial(store.search, query, limit=50)))
    overdue = [_timed(lambda: store.overdue_tasks(TODAY)) for _ in range(20)]
    overdue_docs = [
        _timed(lambda: store.list_documents(OVERDUE, order_by="deadline", descending=False)) for _ in range(20)
    ]
    return {
        "search_p50_ms": 1000 * _percentile(samples, 50),
        "search_p95_ms": 1000 * _percentile(samples, 95),
        "overdue_tasks_ms": 1000 * min(overdue),
        "overdue_documents_ms": 1000 * min(overdue_docs),
    }


def _open_from_keyring(profiles: Profiles, root: Path) -> float:
    """Best open + first query when the data key comes from the keyring ("stay signed in": no Argon2)."""
    # keyrings.alt's file backend, chosen explicitly, stands in for Windows Credential Manager here.
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    backend = keyrings.alt.file.PlaintextKeyring()
    backend.file_path = str(root / "keyring.cfg")
    keyring.set_keyring(backend)
    profiles.open("bench", PASSWORD, remember=True).close()
    opens = []
    for _ in range(5):
        start = time.perf_counter()
        with profiles.open("bench") as opened:
            opened.store.list_documents(FIRST_QUERY, limit=50)
            opens.append(time.perf_counter() - start)
    return 1000 * min(opens)


def run(documents: int = 100_000, tasks: int = 10_000, vault_mb: int = 256) -> dict[str, dict[str, float]]:
    """Measure both sides; return {"sqlcipher": {...}, "plain": {...}}."""
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as tmp:
        root = Path(tmp)

        profiles = Profiles(root / "profiles")
        unit = UnitInfo("u-bench", "XA-BENCH", "Đảng ủy xã Y Tý")
        with profiles.create("bench", PASSWORD, unit) as opened:
            encrypted = _load(opened.store, documents, tasks)
            encrypted |= _queries(opened.store)
        opens = []
        for _ in range(5):
            start = time.perf_counter()
            with profiles.open("bench", PASSWORD) as opened:
                opened.store.list_documents(FIRST_QUERY, limit=50)
                opens.append(time.perf_counter() - start)
        encrypted["open_ms"] = 1000 * min(opens)
        info, _ = profiles.find("bench")
        unwraps = [_timed(lambda: unwrap_key(info.wrapped_key, PASSWORD, info.profile_id)) for _ in range(5)]
        encrypted["open_ms_of_which_unwrap"] = 1000 * min(unwraps)
        encrypted["open_ms_stay_signed_in"] = _open_from_keyring(profiles, root)
        results["sqlcipher"] = encrypted

        plain_path = root / "plain.db"
        engine = create_plain_engine(plain_path)
        migrate(engine)
        store = CacheStore(engine, Vault(root / "plain-vault", new_data_key()), Secrecy.MAT)
        plain = _load(store, documents, tasks) | _queries(store)
        engine.dispose()
        opens = []
        for _ in range(5):
            start = time.perf_counter()
            engine = create_plain_engine(plain_path)
            verify_readable(engine, plain_path)
            migrate(engine)
            CacheStore(engine, store.vault, Secrecy.MAT).list_documents(FIRST_QUERY, limit=50)
            opens.append(time.perf_counter() - start)
            engine.dispose()
        plain["open_ms"] = 1000 * min(opens)
        plain["open_ms_of_which_unwrap"] = 0.0
        plain["open_ms_stay_signed_in"] = plain["open_ms"]
        results["plain"] = plain
        if plain_path.read_bytes()[:16] != b"SQLite format 3\x00":
            raise RuntimeError("the baseline database is not a plain SQLite file")

    vault = bench_vault.run(vault_mb)
    results["sqlcipher"] |= {"vault_encrypt_mb_s": vault["encrypt_mb_s"], "vault_decrypt_mb_s": vault["decrypt_mb_s"]}
    results["plain"] |= {
        "vault_encrypt_mb_s": vault["baseline_write_mb_s"],
        "vault_decrypt_mb_s": vault["baseline_read_mb_s"],
    }
    return results


def report(results: dict[str, dict[str, float]]) -> str:
    """The figures as a Markdown table, with the cost of encryption as a ratio (above 1: encryption is slower)."""
    lines = ["| measure | SQLCipher cache | plain SQLite | cost ratio |", "|---|---:|---:|---:|"]
    for key, value in results["sqlcipher"].items():
        base = results["plain"][key]
        # Rates: plain / encrypted; times: encrypted / plain. Either way 1.5 means "half again as slow".
        rate = key.endswith("_per_s") or key.endswith("_mb_s")
        ratio = (base / value if rate else value / base) if base and value else float("nan")
        shown = "—" if ratio != ratio else f"{ratio:.2f}"
        lines.append(f"| {key} | {value:,.1f} | {base:,.1f} | {shown} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Measure both sides and print the table (and write it to --out)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", nargs="?", type=int, default=100_000,
                        help="documents written to each side's cache (default: %(default)s)")
    parser.add_argument("tasks", nargs="?", type=int, default=10_000,
                        help="tasks written to each side's cache (default: %(default)s)")
    parser.add_argument("vault_mb", nargs="?", type=int, default=256,
                        help="MiB streamed through the attachment vault and its baseline (default: %(default)s)")
    add_out_option(parser)
    args = parser.parse_args(argv)
    args.out = out_file(parser, args)
    table = report(run(args.documents, args.tasks, args.vault_mb))
    print_lines([table], args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
