"""Sync benchmark: initial sync into a fresh encrypted profile at 20,000 and 100,000 records (and 1,000,000 with
--million), an incremental sync of edited records, 200 MB of attachments and a sync with nothing new, against the
real server process on loopback (SQLite, one worker).

Every figure is printed beside a baseline measured in the same run: raw `requests` fetching the same snapshot (or
feed) pages without storing them, plain HTTP downloads and plain file copies of the same blobs. The client syncs
in a process of its own, so its peak resident memory is the client's alone. Bytes on the wire and round trips are
counted by a TCP proxy in front of the server.

A hostile page follows: the peak memory and time of reading a feed page of 1,000,000 `{}` items (refused by its
count before any item is validated), beside a normal page of 1,000 document changes, measured the same way.

Figures go to stdout and, with --out FILE, to that file too; bench/README.md is written by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

import requests
from sqlalchemy import delete, insert, select, update

from bench.out_option import out_file
from server.blobstore import BlobStore
from server.config import Settings
from server.db import migrate, open_database
from server.models import AttachmentRefRow, Blob, FeedEntry, Record, RecordAudience, Unit
from server.organisation import add_unit, add_user
from sync.engine import ProtocolError, inbound
from sync.protocol.domain import Role, UnitLevel
from sync.protocol.records import DocumentRecord, TaskRecord
from tests.server.server_process import run_server_process
from tests.sync.faultproxy import FaultProxy

PASSWORD = "mat-khau-bench-1"
BLOB_BYTES = 2 * 1024 * 1024
SEED_CHUNK = 10_000
EDITED = 2_000  # records edited on the server after the initial sync, for the incremental figure
_OUT: list[TextIO] = []


REPO = Path(__file__).resolve().parent.parent


def say(text: str = "") -> None:
    """Print a line to stdout and to the --out file."""
    print(text, flush=True)
    for out in _OUT:
        out.write(text + "\n")
        out.flush()


def seed(settings: Settings, documents: int, tasks: int, attachments_mb: int) -> tuple[str, list[Path]]:
    """A province and a commune with a clerk; the commune's records bulk-inserted with their feed entries, in chunks
    (a million records fit in memory only a chunk at a time)."""
    migrate(settings.database_url)
    db = open_database(settings.database_url)
    rng = random.Random(1)
    with db.write() as session:
        add_unit(session, "TINH-B", "Tỉnh ủy Benchmark", UnitLevel.PROVINCE)
        commune = add_unit(session, "XA-B", "Đảng ủy xã Benchmark", UnitLevel.COMMUNE, "TINH-B")
        add_user(session, "vanthu_bench", PASSWORD, "Văn thư", "XA-B", [Role.CLERK])
        session.commit()
        unit_id = commune.id
    blobs = BlobStore(settings.blob_dir, settings.upload_dir)
    blob_refs = []
    for _ in range(attachments_mb * 1024 * 1024 // BLOB_BYTES):
        data = os.urandom(BLOB_BYTES)
        blob_refs.append({"sha256": blobs.put(data), "name": "scan.pdf", "size": len(data),
                          "mime": "application/pdf"})
    now = dt.datetime.now(dt.UTC).isoformat()
    # Validated once each; every record is a copy with its own id, number and summary.
    document = DocumentRecord.model_validate({
        "id": str(uuid.uuid4()), "version": 1, "unit_id": unit_id, "kind": "incoming", "number_symbol": "1/UBND-VP",
        "doc_type": "Công văn", "summary": "V/v", "issuing_body": "UBND tỉnh", "issued_date": "2025-03-01",
        "signer": "Nguyễn Văn A", "status": "registered", "arrival_number": 1, "arrival_date": "2025-03-02",
        "secrecy": 0, "urgency": 0, "attachments": [], "created_at": now, "updated_at": now,
    }).model_dump(mode="json")
    task = TaskRecord.model_validate({
        "id": str(uuid.uuid4()), "version": 1, "unit_id": unit_id, "resolution_number": "57-NQ/TW", "title": "x",
        "lead_unit_id": unit_id, "deadline": "2025-12-31",
        "indicators": [{"name": "Hồ sơ", "target": 100, "actual": 10, "unit": "hồ sơ"}],
        "created_at": now, "updated_at": now,
    }).model_dump(mode="json")
    bodies = ["UBND tỉnh", "Huyện ủy Ba Vì", "Sở Thông tin và Truyền thông", "Ủy ban MTTQ xã", "Đảng ủy xã"]
    with db.write() as session:
        head = int(session.scalar(select(Unit.feed_head).where(Unit.id == unit_id)) or 0)
        total = documents + tasks
        for first in range(0, total, SEED_CHUNK):
            records, audience, feed, refs = [], [], [], []
            for i in range(first, min(first + SEED_CHUNK, total)):
                record_id = str(uuid.uuid4())
                if i < documents:
                    entity = "document"
                    attached = [blob_refs[i]] if i < len(blob_refs) else []
                    data = {**document, "id": record_id, "number_symbol": f"{i + 1}/UBND-VP",
                            "doc_type": rng.choice(["Công văn", "Quyết định", "Nghị quyết", "Kế hoạch"]),
                            "summary": f"V/v triển khai nhiệm vụ chuyển đổi số năm 2025, đợt {i}",
                            "issuing_body": rng.choice(bodies), "arrival_number": i + 1,
                            "secrecy": rng.choice([0, 0, 0, 1]), "urgency": rng.choice([0, 1]),
                            "attachments": attached}
                    refs += [{"sha256": a["sha256"], "record_id": record_id} for a in attached]
                else:
                    entity = "task"
                    data = {**task, "id": record_id, "title": f"Nhiệm vụ số hóa {i}"}
                records.append({"id": record_id, "entity": entity, "unit_id": unit_id, "parent_id": None,
                                "secrecy": data.get("secrecy", 0), "version": 1, "deleted": False, "data": data,
                                "field_versions": {name: 1 for name in data}})
                audience.append({"unit_id": unit_id, "entity": entity, "record_id": record_id})
                feed.append({"unit_id": unit_id, "seq": head + i + 1, "entity": entity, "record_id": record_id,
                             "op": "upsert", "version": 1})
            for table, rows in ((Record, records), (RecordAudience, audience), (FeedEntry, feed),
                                (AttachmentRefRow, refs)):
                for start in range(0, len(rows), 2000):
                    session.execute(insert(table), rows[start:start + 2000])
        if blob_refs:
            session.execute(insert(Blob), [{"sha256": b["sha256"], "size": b["size"]} for b in blob_refs])
        session.execute(update(Unit).where(Unit.id == unit_id).values(feed_head=head + total))
        session.commit()
    db.engine.dispose()
    return unit_id, [blobs.blob_path(b["sha256"]) for b in blob_refs]


def edit_on_server(settings: Settings, unit_id: str, count: int) -> None:
    """Another device's edits, as the server stores them: `count` documents at version 2, each moved to the feed's
    head (the feed keeps one entry per record)."""
    db = open_database(settings.database_url)
    with db.write() as session:
        head = int(session.scalar(select(Unit.feed_head).where(Unit.id == unit_id)) or 0)
        rows = session.execute(select(Record.id, Record.data).where(
            Record.unit_id == unit_id, Record.entity == "document").limit(count)).all()
        ids = [record_id for record_id, _ in rows]
        session.execute(delete(FeedEntry).where(FeedEntry.unit_id == unit_id, FeedEntry.record_id.in_(ids)))
        for seq, (record_id, data) in enumerate(rows, start=head + 1):
            changed = {**data, "version": 2, "summary": data["summary"] + " (sửa)", "status": "assigned"}
            session.execute(update(Record).where(Record.id == record_id).values(version=2, data=changed))
            session.execute(insert(FeedEntry).values(unit_id=unit_id, seq=seq, entity="document",
                                                     record_id=record_id, op="upsert", version=2))
        session.execute(update(Unit).where(Unit.id == unit_id).values(feed_head=head + len(rows)))
        session.commit()
    db.engine.dispose()


def raw_pages(url: str, token: str, path: str, key: str, params: dict[str, Any]) -> tuple[int, int, float]:
    """Baseline: fetch every page of the snapshot or the feed with plain requests, store nothing.
    (records, JSON bytes, seconds)"""
    session = requests.Session()
    start = time.perf_counter()
    records = size = 0
    params = dict(params)
    while True:
        response = session.get(f"{url}{path}", params={**params, "limit": 1000},
                               headers={"Authorization": f"Bearer {token}"}, timeout=120)
        size += len(response.content)
        page = response.json()
        records += len(page[key])
        if key == "records":
            if not page["next_page_token"]:
                return records, size, time.perf_counter() - start
            params["page_token"] = page["next_page_token"]
        else:
            if not page["has_more"]:
                return records, size, time.perf_counter() - start
            params["after"] = page["cursor"]


def raw_downloads(url: str, token: str, paths: list[Path]) -> tuple[int, float]:
    """Baseline: GET every blob with plain requests, store nothing."""
    session = requests.Session()
    start = time.perf_counter()
    total = 0
    for path in paths:
        response = session.get(f"{url}/v1/attachments/{path.name}", timeout=60,
                               headers={"Authorization": f"Bearer {token}", "Accept-Encoding": "identity"})
        total += len(response.content)
    return total, time.perf_counter() - start


def file_copies(paths: list[Path], target: Path) -> tuple[int, float]:
    """Baseline: copy the blob files on the same disk."""
    target.mkdir()
    start = time.perf_counter()
    total = 0
    for path in paths:
        shutil.copyfile(path, target / path.name)
        total += path.stat().st_size
    return total, time.perf_counter() - start


def in_child(home: str, url: str, proxy_url: str, first: bool, attachments: bool,
             code: Path = REPO) -> dict[str, Any]:
    """Run one client sync in a process of its own (bench/sync_client.py), so its memory is the client's alone;
    `code` is the checkout whose client runs (bench_sync_ab runs an earlier revision's)."""
    done = subprocess.run([sys.executable, "-m", "bench.sync_client", json.dumps(
        {"home": home, "url": url, "proxy_url": proxy_url, "first": first, "attachments": attachments})],
        check=True, capture_output=True, text=True, cwd=code, env={**os.environ, "PYTHONPATH": str(code)})
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def read_page(body: bytes) -> tuple[float, float, str]:
    """Peak traced memory (MB) and seconds to parse and check one feed page as the puller does, and the outcome."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        changes, *_rest = inbound.read_changes_page(body, 0, 1000, 3, "11111111-1111-4111-8111-111111111111")
        outcome = f"{len(changes)} changes accepted"
    except ProtocolError as error:
        outcome = f"refused: {error.params['what']}"
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return peak, seconds, outcome


def hostile_page() -> None:
    unit = "11111111-1111-4111-8111-111111111111"
    normal = json.dumps({"changes": [
        {"seq": i + 1, "entity": "document", "id": doc_id, "op": "upsert", "version": 1,
         "record": {"id": doc_id, "version": 1, "unit_id": unit, "kind": "incoming", "status": "received",
                    "summary": f"Công văn số {i} về việc triển khai chuyển đổi số", "issuing_body": "UBND tỉnh",
                    "number_symbol": f"{i}/UBND-VP", "doc_type": "Công văn"}}
        for i, doc_id in enumerate(str(uuid.uuid4()) for _ in range(1000))], "cursor": 1000, "has_more": False},
        ensure_ascii=False).encode()
    hostile = b'{"changes":[' + b",".join([b"{}"] * 1_000_000) + b'],"cursor":1,"has_more":false}'
    base_peak, base_seconds, base_outcome = read_page(normal)
    peak, seconds, outcome = read_page(hostile)
    say("\nReading one feed page (JSON parse and checks, traced Python memory; nothing stored):\n")
    row("page", "peak memory, time", "normal page: 1,000 document changes", "ratio")
    row("---", "---", "---", "---")
    row(f"1,000,000 `{{}}` items, {len(hostile) / 1e6:.1f} MB ({outcome})", f"{peak:,.0f} MB, {seconds:.2f} s",
        f"{base_peak:,.1f} MB, {base_seconds:.3f} s, {len(normal) / 1e6:.1f} MB ({base_outcome})",
        f"{peak / base_peak:.1f}x memory")


def row(*cells: str) -> None:
    say("| " + " | ".join(cells) + " |")


def load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except (AttributeError, OSError):
        return "n/a"


def mib(value: float | None) -> str:
    return f"{value:,.0f} MiB" if value is not None else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000],
                        help="records (documents, and one task per ten documents) per initial sync measured")
    parser.add_argument("--million", action="store_true", help="also measure 1,000,000 records (long)")
    parser.add_argument("--attachments-mb", type=int, default=200,
                        help="attachments measured with the first size (0: none)")
    parser.add_argument("--hostile-only", action="store_true", help="only the hostile-page figures")
    parser.add_argument("--out", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    args.out = out_file(parser, args)
    if args.out:
        _OUT.append(args.out.open("w", encoding="utf-8"))
    say(f"bench_sync {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, load average {load()}")
    if args.hostile_only:
        hostile_page()
        return
    sizes = args.sizes + ([1_000_000] if args.million else [])
    results = [measure(size, args.attachments_mb if index == 0 else 0) for index, size in enumerate(sizes)]
    say("\nInitial sync into a fresh encrypted profile, server in its own process on loopback (SQLite, one worker); "
        "the client in a process of its own:\n")
    row("records", "sync engine", "baseline: raw requests, nothing stored", "engine / baseline",
        "client CPU (of it the search index's child process)",
        "client peak RSS (before the sync, after it); the child's", "load average")
    row("---", "---:", "---:", "---:", "---:", "---:", "---")
    for r in results:
        row(f"{r['records']:,}", f"{r['records'] / r['seconds']:,.0f} records/s ({r['seconds']:.1f} s)",
            f"{r['base_records'] / r['base_seconds']:,.0f} records/s ({r['base_seconds']:.1f} s)",
            f"{r['base_seconds'] / r['seconds']:.2f}", f"{r['cpu']:.1f} s ({r.get('child_cpu', 0):.1f} s)",
            f"{mib(r['rss_peak'])} ({mib(r['rss_before'])}, {mib(r.get('rss_after'))}); "
            f"{mib(r.get('child_rss_peak')) if r.get('child_rss_peak') else 'none'}", r["load"])
    say(f"\nIncremental sync of {EDITED:,} documents edited on the server, into the cache just synced:\n")
    row("records in the cache", "sync engine", "baseline: raw requests of the same feed pages", "engine / baseline",
        "client CPU", "load average")
    row("---", "---:", "---:", "---:", "---:", "---")
    for r in results:
        inc = r["incremental"]
        row(f"{r['records']:,}", f"{inc['records'] / inc['seconds']:,.0f} records/s ({inc['seconds']:.2f} s)",
            f"{inc['base_records'] / inc['base_seconds']:,.0f} records/s ({inc['base_seconds']:.2f} s)",
            f"{inc['base_seconds'] / inc['seconds']:.2f}", f"{inc['cpu']:.2f} s", inc["load"])
    first = results[0]
    if "attach_seconds" in first:
        say("\nAttachments and a sync with nothing new (first size):\n")
        row("figure", "sync engine", "baseline", "ratio")
        row("---", "---", "---", "---")
        mb = first["attach_bytes"] / 1e6
        if mb:
            row("attachments", f"{mb / first['attach_seconds']:,.0f} MB/s ({mb:.0f} MB, verified, encrypted)",
                f"{first['get_mb_s']:,.0f} MB/s plain GET; {first['copy_mb_s']:,.0f} MB/s file copy",
                f"{first['get_mb_s'] / (mb / first['attach_seconds']):.1f}x")
        row("bytes on the wire, initial sync", f"{first['wire'] / 1e6:.1f} MB (gzip)",
            f"{first['json_bytes'] / 1e6:.1f} MB of JSON", f"{first['wire'] / first['json_bytes']:.2f}")
        row("nothing-new sync", f"{first['idle_round_trips']} round trip, {first['idle_bytes']} bytes, "
            f"{first['idle_ms']:.1f} ms", f"GET /v1/health {first['health_ms']:.1f} ms", "")
    hostile_page()


def measure(records: int, attachments_mb: int) -> dict[str, Any]:
    """Seed a server with `records`, run it, and measure the initial and an incremental sync against raw fetches."""
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        settings = Settings(database_url=f"sqlite:///{folder / 'central.db'}", data_dir=folder / "data",
                            secret_key="bench-secret", max_chunk_bytes=8 * 1024 * 1024)
        tasks = records // 11
        started = time.perf_counter()
        unit_id, blob_paths = seed(settings, records - tasks, tasks, attachments_mb)
        say(f"seeded {records - tasks} documents, {tasks} tasks, {len(blob_paths)} blobs in "
            f"{time.perf_counter() - started:.1f} s")
        for url in run_server_process(settings, folder, workers=1):
            return run(url, folder, settings, unit_id, blob_paths)
        raise AssertionError("the server did not start")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(url: str, folder: Path, settings: Settings, unit_id: str, blob_paths: list[Path]) -> dict[str, Any]:
    proxy = FaultProxy(urlsplit(url).port or 0)
    home = str(folder / "profiles")
    try:
        # The baseline fetches with the clerk's token: signed in once, by a client process of its own.
        token = requests.post(f"{url}/v1/auth/login", timeout=60, json={
            "username": "vanthu_bench", "password": PASSWORD, "device_name": "baseline"}).json()["access_token"]
        base_records, json_bytes, base_seconds = raw_pages(url, token, "/v1/sync/snapshot", "records", {})
        proxy.reset_counts()
        out = in_child(home, url, proxy.url, True, False)
        out.update(base_records=base_records, base_seconds=base_seconds, json_bytes=json_bytes, load=load(),
                   wire=proxy.bytes_down + proxy.bytes_up)
        say(f"{out['records']:,} records: {out['records'] / out['seconds']:,.0f}/s, raw "
            f"{base_records / base_seconds:,.0f}/s, peak RSS {mib(out['rss_peak'])}, load {out['load']}")
        if blob_paths:
            fetched = in_child(home, url, proxy.url, False, True)
            get_bytes, get_seconds = raw_downloads(url, token, blob_paths)
            copy_bytes, copy_seconds = file_copies(blob_paths, folder / "copies")
            out.update(attach_seconds=fetched["seconds"], attach_bytes=fetched["downloaded"],
                       get_mb_s=get_bytes / 1e6 / get_seconds, copy_mb_s=copy_bytes / 1e6 / copy_seconds)
            proxy.reset_counts()
            idle = in_child(home, url, proxy.url, False, False)
            out.update(idle_ms=idle["seconds"] * 1000, idle_round_trips=idle["round_trips"],
                       idle_bytes=proxy.bytes_up + proxy.bytes_down)
            health_start = time.perf_counter()
            requests.get(f"{url}/v1/health", timeout=10)
            out["health_ms"] = (time.perf_counter() - health_start) * 1000
        with open_database(settings.database_url).engine.connect() as conn:
            cursor = int(conn.execute(select(Unit.feed_head).where(Unit.id == unit_id)).scalar_one())
        edit_on_server(settings, unit_id, EDITED)
        inc_records, _bytes, inc_base = raw_pages(url, token, "/v1/sync/changes", "changes", {"after": cursor})
        inc = in_child(home, url, proxy.url, False, False)
        inc.update(base_records=inc_records, base_seconds=inc_base, load=load())
        out["incremental"] = inc
        return out
    finally:
        proxy.close()


if __name__ == "__main__":
    main()
