"""The initial and incremental sync of two versions of the code, A/B, from one seeded server per size (issue 17).

    python -m bench.bench_sync_ab --base REV [--sizes 20000 100000] [--rounds 4] [--edits 2000] [--out FILE]

A change to the sync's speed is a few per cent, and the spread between runs of the same code is as large: 9,300 to
9,800 records/s at 100,003 within minutes (session 11). So both versions sync from the same server, seeded once per
size (SQLite, one uvicorn worker, loopback, its own process, as bench_sync seeds it), in alternating rounds and in
alternating order, each into a fresh encrypted profile, in a client process of its own (bench/sync_client.py)
straight to the server. A first round of each is a warm-up and not counted: the first syncs after seeding ran
slower, whichever version made them. Then `--edits` documents are edited on the server, and each version's profile
syncs them, `--rounds` times.

`--base` is any git revision, checked out in a temporary worktree (removed at the end); the other side is this
working tree. Each round is printed as it ends, then the medians side by side; figures go to stdout and, with
--out FILE, to that file too (bench/README.md is written by hand).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.bench_sync import edit_on_server, in_child, load, seed
from bench.out_option import add_out_option, out_file, print_lines
from server.config import Settings
from tests.server.server_process import run_server_process

HERE = Path(__file__).resolve().parent.parent


def rate(result: dict[str, Any]) -> float:
    return float(result["records"]) / float(result["seconds"])


def child_figures(result: dict[str, Any]) -> str:
    """The search index child's share, when one ran (client/cache/search_builder.py): its CPU is in the CPU."""
    if not result.get("child_rss_peak"):
        return ""
    return f" (child: CPU {result.get('child_cpu', 0):.2f} s, peak RSS {result['child_rss_peak']:.0f} MiB)"


def one_size(size: int, sides: dict[str, Path], rounds: int, edits: int) -> Iterator[str]:
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-ab-"))
    try:
        settings = Settings(database_url=f"sqlite:///{folder / 'central.db'}", data_dir=folder / "data",
                            secret_key="bench-secret", max_chunk_bytes=8 * 1024 * 1024)
        tasks = size // 11
        unit_id, _ = seed(settings, size - tasks, tasks, 0)
        names = list(sides)
        initial: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
        later: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
        for url in run_server_process(settings, folder, workers=1):
            for round_ in range(rounds + 1):
                for name in names if round_ % 2 else names[::-1]:
                    home = folder / f"{name}-{round_}"
                    result = in_child(str(home), url, url, True, False, sides[name])
                    if round_ > 0:
                        initial[name].append(result)
                    yield (f"{size:,} records, {'warm-up' if round_ == 0 else f'round {round_}'}, {name}: "
                           f"{rate(result):,.0f} records/s, CPU {result['cpu']:.2f} s, peak RSS "
                           f"{result['rss_peak']:.0f} MiB{child_figures(result)}, load {load()}")
                    if round_ < rounds:
                        shutil.rmtree(home, ignore_errors=True)
            for round_ in range(rounds if edits else 0):
                edit_on_server(settings, unit_id, edits)
                for name in names if round_ % 2 else names[::-1]:
                    result = in_child(str(folder / f"{name}-{rounds}"), url, url, False, False, sides[name])
                    later[name].append(result)
                    yield (f"{size:,} records, {edits:,} edits, round {round_ + 1}, {name}: {result['seconds']:.2f} s, "
                           f"CPU {result['cpu']:.2f} s, load {load()}")
            break
        yield ""
        yield f"| {size:,} records | " + " | ".join(names) + " | this tree / base |"
        yield "| --- | " + " | ".join("---:" for _ in names) + " | ---: |"
        medians = [statistics.median(rate(r) for r in initial[name]) for name in names]
        cpus = [statistics.median(r["cpu"] for r in initial[name]) for name in names]
        peaks = [statistics.median(r["rss_peak"] for r in initial[name]) for name in names]
        yield (f"| initial sync, median of {rounds} | " + " | ".join(f"{m:,.0f} records/s" for m in medians)
               + f" | {medians[1] / medians[0]:.3f} |")
        yield ("| client CPU (the search child's included), median | " + " | ".join(f"{c:.2f} s" for c in cpus)
               + f" | {cpus[1] / cpus[0]:.3f} |")
        yield ("| client peak RSS, median | " + " | ".join(f"{p:.0f} MiB" for p in peaks)
               + f" | {peaks[1] / peaks[0]:.3f} |")
        children = [statistics.median(r.get("child_rss_peak") or 0 for r in initial[name]) for name in names]
        if any(children):
            yield ("| the search index child's peak RSS, median | " + " | ".join(
                f"{c:.0f} MiB" if c else "none" for c in children) + " | |")
        if edits:
            times = [statistics.median(r["seconds"] for r in later[name]) for name in names]
            yield (f"| {edits:,} edits, median of {rounds} | " + " | ".join(f"{t:.2f} s" for t in times)
                   + f" | {times[1] / times[0]:.3f} |")
        yield ""
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def figures(base: str, sizes: list[int], rounds: int, edits: int) -> Iterator[str]:
    worktree = Path(tempfile.mkdtemp(prefix="bench-sync-ab-base-")) / "code"
    subprocess.run(["git", "worktree", "add", "--detach", str(worktree), base], cwd=HERE, check=True,
                   capture_output=True)
    try:
        revision = subprocess.run(["git", "rev-parse", "--short", base], cwd=HERE, check=True, capture_output=True,
                                  text=True).stdout.strip()
        sides = {f"base ({revision})": worktree, "this tree": HERE}
        yield (f"bench_sync_ab {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, load average "
               f"{load()}; {rounds} rounds after a warm-up, straight to the server")
        for size in sizes:
            yield from one_size(size, sides, rounds, edits)
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(worktree)], cwd=HERE, capture_output=True)
        shutil.rmtree(worktree.parent, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True, help="the git revision to compare this working tree with")
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000],
                        help="records (documents, and one task per ten documents) per initial sync")
    parser.add_argument("--rounds", type=int, default=4, help="rounds counted per size (after one warm-up)")
    parser.add_argument("--edits", type=int, default=2_000,
                        help="documents edited on the server before each incremental sync (0: none)")
    add_out_option(parser)
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    print_lines(figures(args.base, args.sizes, args.rounds, args.edits), out_file(parser, args))


if __name__ == "__main__":
    main()
