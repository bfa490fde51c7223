"""Sync benchmark: initial sync of 20,000 documents + 2,000 tasks and of 200 MB of attachments into a fresh
encrypted profile, and a sync with nothing new, against the real server process on loopback.

Every figure is printed beside a baseline measured in the same run: raw `requests` fetching the same snapshot
pages without storing them, plain HTTP downloads and plain file copies of the same blobs. Bytes on the wire and
round trips are counted by a TCP proxy in front of the server.

A hostile page follows: the peak memory and time of reading a feed page of 1,000,000 `{}` items (refused by its
count before any item is validated), beside a normal page of 1,000 document changes, measured the same way.

    python -m bench.bench_sync [--documents 20000] [--tasks 2000] [--attachments-mb 200] [--hostile-only]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from sqlalchemy import insert, select, update

from client.cache.profile import Profiles
from client.office.online import sign_in_online
from client.office.session import OfficeSession
from server.blobstore import BlobStore
from server.config import Settings
from server.db import migrate, open_database
from server.models import AttachmentRefRow, Blob, FeedEntry, Record, RecordAudience, Unit
from server.organisation import add_unit, add_user
from sync.engine import DownloadPolicy, ProtocolError, Transport, TransportConfig, inbound, pagejson
from sync.protocol.domain import Role, UnitLevel
from sync.protocol.records import DocumentRecord, TaskRecord
from tests.server.conftest import run_server_process
from tests.sync.faultproxy import FaultProxy

PASSWORD = "mat-khau-bench-1"
BLOB_BYTES = 2 * 1024 * 1024


def seed(settings: Settings, documents: int, tasks: int, attachments_mb: int) -> tuple[str, list[Path]]:
    """A province and a commune with a clerk; the commune's records bulk-inserted with their feed entries."""
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
    with db.write() as session:
        head = int(session.scalar(select(Unit.feed_head).where(Unit.id == unit_id)) or 0)
        records, audience, feed, refs = [], [], [], []
        for i in range(documents + tasks):
            record_id = str(uuid.uuid4())
            if i < documents:
                entity = "document"
                attached = [blob_refs[i]] if i < len(blob_refs) else []
                data = DocumentRecord.model_validate({
                    "id": record_id, "version": 1, "unit_id": unit_id, "kind": "incoming",
                    "number_symbol": f"{i + 1}/UBND-VP", "doc_type": rng.choice(["Công văn", "Quyết định"]),
                    "summary": f"V/v triển khai nhiệm vụ chuyển đổi số năm 2025, đợt {i}", "issuing_body": "UBND tỉnh",
                    "issued_date": "2025-03-01", "signer": "Nguyễn Văn A", "status": "registered",
                    "arrival_number": i + 1, "arrival_date": "2025-03-02", "secrecy": rng.choice([0, 0, 0, 1]),
                    "urgency": rng.choice([0, 1]), "attachments": attached, "created_at": now, "updated_at": now,
                }).model_dump(mode="json")
                refs += [{"sha256": a["sha256"], "record_id": record_id} for a in attached]
            else:
                entity = "task"
                data = TaskRecord.model_validate({
                    "id": record_id, "version": 1, "unit_id": unit_id, "resolution_number": "57-NQ/TW",
                    "title": f"Nhiệm vụ số hóa {i}", "lead_unit_id": unit_id, "deadline": "2025-12-31",
                    "indicators": [{"name": "Hồ sơ", "target": 100, "actual": 10, "unit": "hồ sơ"}],
                    "created_at": now, "updated_at": now,
                }).model_dump(mode="json")
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
        session.execute(update(Unit).where(Unit.id == unit_id).values(feed_head=head + len(records)))
        session.commit()
    db.engine.dispose()
    return unit_id, [blobs.blob_path(b["sha256"]) for b in blob_refs]


def raw_snapshot(url: str, token: str) -> tuple[int, int, float]:
    """Baseline: fetch every snapshot page with plain requests, store nothing. (records, JSON bytes, seconds)"""
    session = requests.Session()
    start = time.perf_counter()
    records = size = 0
    page_token = None
    while True:
        params: dict[str, Any] = {"limit": 1000}
        if page_token:
            params["page_token"] = page_token
        response = session.get(f"{url}/v1/sync/snapshot", params=params,
                               headers={"Authorization": f"Bearer {token}"}, timeout=60)
        size += len(response.content)
        page = response.json()
        records += len(page["records"])
        page_token = page["next_page_token"]
        if not page_token:
            return records, size, time.perf_counter() - start


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


def read_page(body: bytes) -> tuple[float, float, str]:
    """Peak traced memory (MB) and seconds to parse and check one feed page as the puller does, and the outcome."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        data = pagejson.load_page(body, "changes", 1000)
        changes, *_rest = inbound.changes_page(data, 0, 1000, 3, "11111111-1111-4111-8111-111111111111")
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
    print("\nReading one feed page (JSON parse and checks, traced Python memory; nothing stored):\n")
    row("page", "peak memory, time", "normal page: 1,000 document changes", "ratio")
    row("---", "---", "---", "---")
    row(f"1,000,000 `{{}}` items, {len(hostile) / 1e6:.1f} MB ({outcome})", f"{peak:,.0f} MB, {seconds:.2f} s",
        f"{base_peak:,.1f} MB, {base_seconds:.3f} s, {len(normal) / 1e6:.1f} MB ({base_outcome})",
        f"{peak / base_peak:.1f}x memory")


def row(figure: str, value: str, baseline: str, ratio: str) -> None:
    print(f"| {figure} | {value} | {baseline} | {ratio} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--tasks", type=int, default=2_000)
    parser.add_argument("--attachments-mb", type=int, default=200)
    parser.add_argument("--hostile-only", action="store_true", help="only the hostile-page figures")
    args = parser.parse_args()
    if args.hostile_only:
        hostile_page()
        return
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        settings = Settings(database_url=f"sqlite:///{folder / 'central.db'}", data_dir=folder / "data",
                            secret_key="bench-secret", max_chunk_bytes=8 * 1024 * 1024)
        started = time.perf_counter()
        _unit, blob_paths = seed(settings, args.documents, args.tasks, args.attachments_mb)
        print(f"seeded {args.documents} documents, {args.tasks} tasks, {len(blob_paths)} blobs in "
              f"{time.perf_counter() - started:.1f} s")
        for url in run_server_process(settings, folder, workers=1):
            run(url, folder, args, blob_paths)
        hostile_page()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(url: str, folder: Path, args: argparse.Namespace, blob_paths: list[Path]) -> None:
    proxy = FaultProxy(urlsplit(url).port or 0)
    profiles = Profiles(folder / "profiles")
    opened = sign_in_online(profiles, url, "vanthu_bench", PASSWORD)
    session = OfficeSession(opened, profiles.keyring)
    engine, transport = session.engine, session.transport
    engine.policy = DownloadPolicy(auto_max_bytes=0)  # metadata first; bytes in their own measured run
    transport.close()
    engine.transport = Transport(TransportConfig(base_url=proxy.url, read_timeout=120), engine.replica)
    token = engine.replica.load_tokens()[0] or ""

    base_records, json_bytes, base_seconds = raw_snapshot(url, token)
    proxy.reset_counts()
    start = time.perf_counter()
    report = engine.run()
    seconds = time.perf_counter() - start
    records = report.pull.snapshot_records + report.pull.changes
    wire = proxy.bytes_down + proxy.bytes_up

    engine.policy = DownloadPolicy(auto_max_bytes=1 << 40)
    start = time.perf_counter()
    attachments = engine.run()
    attach_seconds = time.perf_counter() - start
    mb = attachments.downloaded_bytes / 1e6
    get_bytes, get_seconds = raw_downloads(url, token, blob_paths)
    copy_bytes, copy_seconds = file_copies(blob_paths, folder / "copies")

    proxy.reset_counts()
    start = time.perf_counter()
    idle = engine.run()
    idle_ms = (time.perf_counter() - start) * 1000
    idle_bytes = proxy.bytes_up + proxy.bytes_down
    health_start = time.perf_counter()
    requests.get(f"{url}/v1/health", timeout=10)
    health_ms = (time.perf_counter() - health_start) * 1000

    print(f"\nInitial sync into a fresh encrypted profile ({args.documents} documents + {args.tasks} tasks + "
          f"directory records), {len(blob_paths)} attachments of {BLOB_BYTES // 2**20} MiB, server on loopback "
          "(SQLite, one worker):\n")
    row("figure", "sync engine", "baseline", "ratio")
    row("---", "---", "---", "---")
    row("initial metadata sync", f"{records / seconds:,.0f} records/s ({seconds:.1f} s)",
        f"{base_records / base_seconds:,.0f} records/s raw requests, nothing stored", f"{seconds / base_seconds:.1f}x")
    row("bytes on the wire, initial sync", f"{wire / 1e6:.1f} MB (gzip)", f"{json_bytes / 1e6:.1f} MB of JSON",
        f"{wire / json_bytes:.2f}")
    row("attachments", f"{mb / attach_seconds:,.0f} MB/s ({mb:.0f} MB, verified, encrypted)",
        f"{get_bytes / 1e6 / get_seconds:,.0f} MB/s plain GET; {copy_bytes / 1e6 / copy_seconds:,.0f} MB/s file copy",
        f"{(get_bytes / get_seconds) / (attachments.downloaded_bytes / attach_seconds):.1f}x")
    row("nothing-new sync", f"{idle.round_trips} round trip, {idle_bytes} bytes, {idle_ms:.1f} ms",
        f"GET /v1/health {health_ms:.1f} ms", "")
    digest = hashlib.sha256(opened.vault.read_bytes(blob_paths[0].name)).hexdigest() if blob_paths else ""
    assert not blob_paths or digest == blob_paths[0].name
    engine.transport.close()
    opened.close()
    proxy.close()


if __name__ == "__main__":
    main()
