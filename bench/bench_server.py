"""The sync server on PostgreSQL under load, beside the framework's bare health endpoint measured in the same run.

Run: python -m bench.bench_server [communes] [docs_per_commune] [clients] [seconds] [--out FILE]
                                                                          (defaults: 1000 500 16 10)
     python -m bench.bench_server flood [seconds] [flooders] [--out FILE]  (defaults: 8 5)

Loads a province with `communes` communes and `docs_per_commune` documents each straight into a throwaway
PostgreSQL cluster (COPY, not the API), starts `commune-central serve --workers 2`, signs in one device per client
and drives keep-alive HTTP/1.1 connections from one asyncio loop. Reports requests/s and latency percentiles of:
GET /v1/health (baseline), an empty incremental pull, pulls of a 500-change page and first snapshot pages of 500
records (gzip, as clients ask).

Figures go to stdout, and with `--out FILE` also to FILE as a Markdown section (with the date and the load
average); bench/README.md is edited by hand from them, never by the benchmark.

`flood` measures push latency while `flooders` clients send wrong passwords as fast as they can, beside the push
latency of the same server idle (measured in the same run): once with the bounded hashing pool as configured by
default, once with it opened wide (what the server did before it had one). Sign-in limits are raised for it, so
that every guess is hashed, as with a flood from many addresses.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import math
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx
import psycopg

from bench.out_option import out_file
from server.db import json_text, migrate
from server.demo_corpus import document_meta
from server.devcluster import ThrowawayCluster, free_port
from server.passwords import hash_password

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "bench-password"
PAGE_GOAL_RPS, PAGE_GOAL_P99_MS = 150, 200  # issue 17


def load(dsn: dict[str, object], communes: int, per_commune: int) -> list[tuple[str, str]]:
    """Bulk-load units, one user per commune and the documents with their audience and feed rows."""
    rng = random.Random(57)
    metas = [document_meta(rng) for _ in range(2000)]  # cycled: generating 500,000 would dominate the load time
    now = dt.datetime.now(dt.UTC).isoformat()
    province = str(uuid.uuid4())
    unit_ids = [str(uuid.uuid4()) for _ in range(communes)]
    password_hash = hash_password(PASSWORD)
    users = []
    with psycopg.connect(**dsn) as conn, conn.cursor() as cur:
        with cur.copy("COPY units (id, code, name, level, parent_id, offline_grace_hours, feed_head) FROM STDIN") as cp:
            cp.write_row((province, "TINH", "Tỉnh ủy", "province", None, 72, 0))
            for i, unit_id in enumerate(unit_ids):
                cp.write_row((unit_id, f"XA-{i:04d}", f"Đảng ủy xã số {i}", "commune", province, 72, per_commune))
        with cur.copy("COPY users (id, unit_id, username, full_name, position, roles, password_hash, active, "
                      "created_at) FROM STDIN") as cp:
            for i, unit_id in enumerate(unit_ids):
                users.append((f"xa{i:04d}", unit_id))
                cp.write_row((str(uuid.uuid4()), unit_id, f"xa{i:04d}", f"Văn thư {i}", "", '["clerk"]',
                              password_hash, True, now))
        conn.commit()
        for start in range(0, communes, 50):  # in slices so memory stays flat and progress shows
            batch = unit_ids[start:start + 50]
            records, audience, feed = [], [], []
            for unit_id in batch:
                for seq in range(1, per_commune + 1):
                    meta = metas[(seq * 7 + len(records)) % len(metas)]
                    doc_id = str(uuid.uuid4())
                    data = {"id": doc_id, "version": 1, "unit_id": unit_id, "kind": "incoming",
                            "number_symbol": meta.number_symbol, "doc_type": meta.doc_type, "summary": meta.summary,
                            "issuing_body": meta.issuing_body, "issued_date": meta.issued_date.isoformat(),
                            "signer": meta.signer, "arrival_number": seq, "arrival_date": None,
                            "outgoing_number": None, "recipients": [], "secrecy": 0, "urgency": meta.urgency,
                            "deadline": None, "handler_id": None, "direction_note": "", "status": "registered",
                            "pages": meta.pages, "copies": meta.copies, "attachments": [],
                            "source_document_id": None, "created_at": now, "updated_at": now}
                    body = json_text(data)  # as the server writes record bodies
                    records.append((doc_id, "document", unit_id, None, 0, 1, False, body, "{}", now, now))
                    audience.append((unit_id, "document", doc_id))
                    feed.append((unit_id, seq, "document", doc_id, "upsert", 1))
            with cur.copy("COPY records (id, entity, unit_id, parent_id, secrecy, version, deleted, data, "
                          "field_versions, created_at, updated_at) FROM STDIN") as cp:
                for row in records:
                    cp.write_row(row)
            with cur.copy("COPY record_audience (unit_id, entity, record_id) FROM STDIN") as cp:
                for row in audience:
                    cp.write_row(row)
            with cur.copy("COPY feed (unit_id, seq, entity, record_id, op, version) FROM STDIN") as cp:
                for row in feed:
                    cp.write_row(row)
            conn.commit()
            print(f"\r  loaded {min(start + 50, communes) * per_commune:,} documents", end="", flush=True)
        print()
        cur.execute("ANALYZE")
    return users


async def _client(port: int, requests: list[bytes], stop_at: float, latencies: list[float]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = 0
    while time.perf_counter() < stop_at:
        started = time.perf_counter()
        writer.write(requests[i % len(requests)])
        i += 1
        head = await reader.readuntil(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1.1 200"):
            raise RuntimeError(head.decode(errors="replace"))
        length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        await reader.readexactly(length)
        latencies.append(time.perf_counter() - started)
    writer.close()


def _request(path: str, token: str | None, gzip: bool = False) -> bytes:
    lines = [f"GET {path} HTTP/1.1", "Host: 127.0.0.1"]
    if token:
        lines.append(f"Authorization: Bearer {token}")
    if gzip:
        lines.append("Accept-Encoding: gzip")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _process_tree(root: int) -> list[int]:
    """A process and its descendants, from /proc (Linux); empty where there is no /proc."""
    children: dict[int, list[int]] = {}
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    for entry in proc.iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _cpu_seconds(pids: list[int]) -> dict[int, float]:
    """User + system CPU of each process still alive."""
    seconds = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        seconds[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return seconds


def measure(port: int, per_client: list[list[bytes]], seconds: float,
            processes: dict[str, int] | None = None) -> dict[str, float]:
    """Run every client for `seconds`; return throughput, latency percentiles and, for each named process tree
    (`processes`: name -> root pid), its CPU milliseconds per request: on a shared machine the throughput depends on
    everyone's load, the CPU a request costs much less."""
    latencies: list[float] = []
    roots = processes or {}
    cpu_before = {name: _cpu_seconds(_process_tree(pid)) for name, pid in roots.items()}

    async def run() -> None:
        stop_at = time.perf_counter() + seconds
        await asyncio.gather(*(_client(port, reqs, stop_at, latencies) for reqs in per_client))

    started = time.perf_counter()
    asyncio.run(run())
    elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100)
    result = {"rps": len(latencies) / elapsed, "p50": cuts[49] * 1000, "p99": cuts[98] * 1000, "n": len(latencies)}
    for name, pid in roots.items():
        # Processes started meanwhile count whole; one that ended meanwhile is lost (PostgreSQL backends live as
        # long as the server's pooled connections, so hardly any).
        before, after = cpu_before[name], _cpu_seconds(_process_tree(pid))
        spent = sum(cpu - before.get(p, 0.0) for p, cpu in after.items())
        result[f"cpu_{name}"] = spent * 1000 / len(latencies) if after else math.nan
    return result


def _load_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench.bench_server", description=__doc__.split("\n")[0],
        epilog="'python -m bench.bench_server flood --help' for the sign-in flood benchmark.")
    parser.add_argument("communes", type=int, nargs="?", default=1000, help="communes to load (default 1000)")
    parser.add_argument("docs_per_commune", type=int, nargs="?", default=500,
                        help="documents per commune (default 500; at least 500 for full pages)")
    parser.add_argument("clients", type=int, nargs="?", default=16, help="concurrent clients (default 16)")
    parser.add_argument("seconds", type=float, nargs="?", default=10, help="seconds per measurement (default 10)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="also write the figures to FILE as a Markdown section")
    return parser


def _conditions() -> str:
    """When and under what load the figures were taken: on a shared machine they mean little without it."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else None  # not on Windows
    average = f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1 / 5 / 15 min)" if load else "load n/a"
    return f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, {average}"


def _write_out(path: Path | None, section: str) -> None:
    if path is not None:
        path.write_text(section, encoding="utf-8")
        print(f"figures written to {path}")


def main(argv: list[str]) -> int:
    parser = _load_parser()
    args = parser.parse_args(argv)
    args.out = out_file(parser, args)
    communes, per_commune, clients, seconds = args.communes, args.docs_per_commune, args.clients, args.seconds
    if min(communes, per_commune, clients) < 1 or seconds <= 0:
        parser.error("communes, documents, clients and seconds must be positive")
    if clients > communes:
        parser.error(f"{clients} clients need at least {clients} communes (one signed-in clerk each)")
    print(f"Server benchmark: {communes} communes x {per_commune} documents, {clients} clients, {seconds:g} s each")
    cluster = ThrowawayCluster(("shared_buffers=512MB", "synchronous_commit=off", "max_wal_size=4GB"))
    server = None
    try:
        url = cluster.create_database("bench")
        migrate(url)
        t0 = time.perf_counter()
        users = load({"host": str(cluster.dir), "port": cluster.port, "user": "postgres", "dbname": "bench"},
                     communes, per_commune)
        load_seconds = time.perf_counter() - t0
        server, base = _start_server(url, Path(cluster.dir) / "server-data", {"COMMUNE_DB_POOL_SIZE": "20"})
        port = int(base.rsplit(":", 1)[1])
        tokens = []
        with httpx.Client(base_url=base, timeout=30) as http:
            for username, _unit in users[:clients]:
                body = {"username": username, "password": PASSWORD, "device_name": "bench"}
                tokens.append(http.post("/v1/auth/login", json=body).json()["access_token"])
        rng = random.Random(1)
        health = [[_request("/v1/health", None)] for _ in tokens]
        empty = [[_request(f"/v1/sync/changes?after={per_commune}", t)] for t in tokens]
        pages = [[_request(f"/v1/sync/changes?after={rng.randint(0, max(0, per_commune - 500))}&limit=500", t,
                           gzip=True) for _ in range(5)] for t in tokens]
        snapshots = [[_request("/v1/sync/snapshot?limit=500", t, gzip=True)] for t in tokens]
        measure(port, health, 2)  # warm-up: connections, pools, caches
        # The server's workers, and the cluster's postmaster with its backends (not other clusters on the machine).
        postmaster = int((cluster.data / "postmaster.pid").read_text().split()[0])
        processes = {"server": server.pid, "postgres": postmaster}
        results = {
            "GET /v1/health (baseline)": measure(port, health, seconds, processes),
            "empty incremental pull": measure(port, empty, seconds, processes),
            "pull of a 500-change page (gzip)": measure(port, pages, seconds, processes),
            "first snapshot page, 500 records (gzip)": measure(port, snapshots, seconds, processes),
        }
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=20)
        cluster.stop()
    conditions = _conditions()
    baseline = results["GET /v1/health (baseline)"]["rps"]
    rows = [f"| {name} | {r['rps']:,.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['rps'] / baseline:.2f} | "
            f"{r['cpu_server']:.2f} | {r['cpu_postgres']:.2f} |" for name, r in results.items()]
    table = "\n".join(["| request | requests/s | p50 ms | p99 ms | × baseline | server CPU ms/request | "
                       "PostgreSQL CPU ms/request |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |", *rows])
    empty_goal = results["empty incremental pull"]
    page_goal = results["pull of a 500-change page (gzip)"]
    verdicts = (
        f"≥ 300 empty pulls/s with p99 < 100 ms: {_verdict(empty_goal, 300, 100)}; "
        f"≥ {PAGE_GOAL_RPS} page pulls/s with p99 < {PAGE_GOAL_P99_MS} ms: "
        f"{_verdict(page_goal, PAGE_GOAL_RPS, PAGE_GOAL_P99_MS)}"
    )
    print(f"{conditions}; bulk load {load_seconds:.0f} s\n{table}\nGoals: {verdicts}")
    _write_out(args.out, (
        "## Server\n\n"
        f"`python -m bench.bench_server {communes} {per_commune} {clients} {seconds:g}` ({conditions}): PostgreSQL "
        f"with {communes:,} communes and {communes * per_commune:,} documents (bulk load {load_seconds:.0f} s), "
        f"`commune-central serve --workers 2`, {clients} concurrent keep-alive clients on loopback, driven from the "
        "same machine.\n\n"
        f"{table}\n\nGoals: {verdicts}.\n"
    ))
    return 0


def _verdict(result: dict[str, float], rps: float, p99_ms: float) -> str:
    return "met" if result["rps"] >= rps and result["p99"] < p99_ms else "NOT met"


FLOOD_HEADING = "## Server under a sign-in flood\n"


def _start_server(url: str, data_dir: Path, extra: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "COMMUNE_DATABASE_URL": url, "COMMUNE_DATA_DIR": str(data_dir), "COMMUNE_SECRET_KEY": "bench",
           "COMMUNE_DB_POOL_SIZE": "10", "PYTHONPATH": str(ROOT), **extra}
    server = subprocess.Popen([sys.executable, "-m", "server.cli", "serve", "--port", str(port), "--workers", "2",
                               "--log-level", "warning", "--no-access-log"], cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{base}/v1/health").status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    return server, base


def _push_latencies(base: str, username: str, seconds: float) -> list[float]:
    """One clerk pushing one new document at a time for `seconds`; the latency of each push."""
    latencies: list[float] = []
    with httpx.Client(base_url=base, timeout=120) as http:
        login = http.post("/v1/auth/login", json={"username": username, "password": PASSWORD, "device_name": "b"})
        token = login.json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        stop_at, seq = time.perf_counter() + seconds, 0
        while time.perf_counter() < stop_at:
            seq += 1
            mutation = {"mutation_id": str(uuid.uuid4()), "device_seq": seq, "entity": "document", "op": "create",
                        "record_id": str(uuid.uuid4()),
                        "fields": {"kind": "incoming", "number_symbol": f"{seq}/UBND-VP", "doc_type": "Công văn",
                                   "summary": "Đo độ trễ khi bị dò mật khẩu", "issuing_body": "UBND tỉnh"}}
            started = time.perf_counter()
            answer = http.post("/v1/sync/push", json={"mutations": [mutation]}, headers=headers)
            latencies.append(time.perf_counter() - started)
            if answer.status_code != 200:
                raise RuntimeError(answer.text)
    return latencies


def _flood(base: str, usernames: list[str], stop: threading.Event, answers: Counter[int]) -> None:
    with httpx.Client(base_url=base, timeout=120) as http:
        i = 0
        while not stop.is_set():
            i += 1
            body = {"username": usernames[i % len(usernames)], "password": f"doan-{i}", "device_name": "x"}
            answers[http.post("/v1/auth/login", json=body).status_code] += 1


def _flood_run(base: str, users: list[tuple[str, str]], seconds: float, flooders: int) -> dict[str, object]:
    pusher, targets = users[0][0], [name for name, _unit in users[1:]]
    _push_latencies(base, pusher, 1)  # warm-up
    idle = _push_latencies(base, pusher, seconds)
    stop, answers = threading.Event(), Counter[int]()
    threads = [threading.Thread(target=_flood, args=(base, targets, stop, answers), daemon=True)
               for _ in range(flooders)]
    for thread in threads:
        thread.start()
    time.sleep(1)  # let the flood reach its pace before measuring
    flooded = _push_latencies(base, pusher, seconds)
    stop.set()
    for thread in threads:
        thread.join()
    return {"idle": idle, "flood": flooded, "answers": dict(answers)}


def _pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] * 1000 if len(values) > 1 else values[0] * 1000


def _flood_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench.bench_server flood",
        description="Push latency while clients send wrong passwords without pause, beside the same server idle.")
    parser.add_argument("seconds", type=float, nargs="?", default=8.0, help="seconds per measurement (default 8)")
    parser.add_argument("flooders", type=int, nargs="?", default=5, help="flooding clients (default 5)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="also write the figures to FILE as a Markdown section")
    return parser


def flood_main(argv: list[str]) -> int:
    parser = _flood_parser()
    args = parser.parse_args(argv)
    args.out = out_file(parser, args)
    seconds, flooders = args.seconds, args.flooders
    if seconds <= 0 or flooders < 1:
        parser.error("seconds and flooders must be positive")
    print(f"Sign-in flood benchmark: {flooders} flooding clients, {seconds:.0f} s per measurement")
    cluster = ThrowawayCluster(("synchronous_commit=off",))
    results: dict[str, dict[str, object]] = {}
    try:
        url = cluster.create_database("flood")
        migrate(url)
        users = load({"host": str(cluster.dir), "port": cluster.port, "user": "postgres", "dbname": "flood"}, 40, 20)
        wide_open = {"COMMUNE_LOGIN_MAX_FAILURES": "1000000", "COMMUNE_LOGIN_MAX_FAILURES_PER_ADDRESS": "1000000"}
        setups = {
            "bounded hashing pool (default: 1 at once, 4 waiting, 25 % of the time)": wide_open,
            "hashing pool opened wide (64 at once, all the time: as before)": {
                **wide_open, "COMMUNE_HASH_WORKERS": "64", "COMMUNE_HASH_QUEUE": "1000",
                "COMMUNE_HASH_CPU_SHARE": "1"},
        }
        for name, extra in setups.items():
            server, base = _start_server(url, Path(cluster.dir) / "server-data", extra)
            try:
                results[name] = _flood_run(base, users, seconds, flooders)
            finally:
                server.terminate()
                server.wait(timeout=20)
    finally:
        cluster.stop()
    rows = []
    for name, r in results.items():
        idle, flood = r["idle"], r["flood"]
        assert isinstance(idle, list) and isinstance(flood, list)
        ratio = _pct(flood, 50) / _pct(idle, 50)
        rows.append(f"| {name} | {_pct(idle, 50):.1f} | {_pct(idle, 99):.1f} | {_pct(flood, 50):.1f} | "
                    f"{_pct(flood, 99):.1f} | {max(flood) * 1000:.0f} | {ratio:.1f} | {r['answers']} |")
    table = "\n".join(["| setup | idle p50 ms | idle p99 ms | flood p50 ms | flood p99 ms | flood max ms | "
                       "p50 × idle | sign-in answers during the flood |",
                       "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |", *rows])
    conditions = _conditions()
    print(f"{conditions}\n{table}")
    _write_out(args.out, (
        f"{FLOOD_HEADING}\n`python -m bench.bench_server flood {seconds:g} {flooders}` ({conditions}): PostgreSQL, "
        f"`commune-central serve --workers 2`, one clerk pushing one new document at a time, first idle, then while "
        f"{flooders} clients send wrong passwords without pause (sign-in limits raised so that every guess is "
        "hashed). The same server, same run, is the baseline.\n\n"
        f"{table}\n"))
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["flood"]:
        sys.exit(flood_main(sys.argv[2:]))
    sys.exit(main(sys.argv[1:]))
