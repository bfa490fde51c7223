"""Through a fault-injecting proxy: resets, stalls, truncated answers, 5xx and a 64 kbit/s link; sync converges."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from client.cache.records import DocumentRecord, NoteRecord
from sync.engine import DownloadPolicy, SyncError, TransportConfig
from tests.sync.conftest import Device, LiveServer
from tests.sync.faultproxy import FaultProxy, Faults


@pytest.fixture
def proxy(live: LiveServer) -> Iterator[FaultProxy]:
    made = FaultProxy(urlsplit(live.url).port or 0, seed=7)
    yield made
    made.close()


def sync_until_done(device: Device, tries: int = 40) -> int:
    """Run again after each failure, as the scheduler would; return how many runs failed first."""
    for failed in range(tries):
        try:
            device.sync()
            return failed
        except SyncError:
            continue
    raise AssertionError(f"no complete sync in {tries} runs")


def through(proxy: FaultProxy, read_timeout: float = 1.0, attempts: int = 6) -> TransportConfig:
    return TransportConfig(base_url=proxy.url, read_timeout=read_timeout, connect_timeout=1, max_attempts=attempts,
                           backoff_base=0.02, backoff_cap=0.2)


def server_documents(live: LiveServer, username: str = "leader_a") -> dict[str, dict]:
    return {i: c for i, c in live.api(username).all_changes().items() if c["entity"] == "document"}


def test_converges_through_resets_stalls_truncation_and_5xx(live: LiveServer, device_factory, proxy: FaultProxy,
                                                            tmp_path: Path) -> None:
    leader = live.api("leader_a")
    proxy.faults = Faults(reset_rate=0.25, truncate_rate=0.15, stall_rate=0.1, stall_seconds=1.5, error_rate=0.15)
    device: Device = device_factory("clerk_a", transport_config=through(proxy))
    mine, failed_runs = [], 0
    for round_ in range(5):
        for i in range(5):
            doc = leader.push_one("document", "create", kind="incoming", summary=f"Từ tỉnh {round_}.{i}",
                                  doc_type="Công văn")["record"]
            leader.push_one("document_note", "append", document_id=doc["id"], text=f"Ý kiến {round_}.{i}")
        for i in range(3):
            scan = tmp_path / f"scan-{round_}-{i}.jpg"
            scan.write_bytes(os.urandom(30_000 + i * 10_000))
            doc = DocumentRecord(kind="incoming", doc_type="Công văn", summary=f"Tại xã {round_}.{i}")
            device.store.add_document(doc, [scan])
            device.store.add_note(NoteRecord(document_id=doc.id, author_name="Lan", text=f"Đã nhận {round_}.{i}"))
            mine.append(doc.id)
        if round_:
            device.replica.edit("document", mine[0], {"summary": f"Sửa lần {round_}"})
        failed_runs += sync_until_done(device)
    assert proxy.cuts + proxy.errors_sent >= 8, "the proxy should have misbehaved"
    assert device.replica.counts().pending == 0 and device.replica.counts().failed == 0
    expected = server_documents(live)
    assert set(mine) <= set(expected)
    assert expected[mine[0]]["record"]["summary"] == "Sửa lần 4"
    for doc_id, change in expected.items():
        row = device.store.get_document(doc_id)
        assert row["server_version"] == change["version"] and row["summary"] == change["record"]["summary"]
    notes = {c["record"]["text"] for c in live.api("leader_a").all_changes().values()
             if c["entity"] == "document_note"}
    assert all(f"Đã nhận {r}.{i}" in notes for r in range(5) for i in range(3))
    assert device.engine.missing_attachments() == []
    print(f"converged after {failed_runs} failed runs; {proxy.cuts} cuts, {proxy.errors_sent} injected 503s")


def test_converges_on_a_64_kbit_link(live: LiveServer, device_factory, proxy: FaultProxy, tmp_path: Path) -> None:
    proxy.faults = Faults(bytes_per_second=8000)
    device: Device = device_factory("clerk_b", transport_config=through(proxy, read_timeout=10))
    scan = tmp_path / "bao-cao.pdf"
    scan.write_bytes(os.urandom(16_000))
    doc = DocumentRecord(kind="incoming", doc_type="Báo cáo", summary="Gửi qua đường truyền chậm")
    device.store.add_document(doc, [scan])
    sync_until_done(device, tries=3)
    assert device.replica.counts().pending == 0
    assert server_documents(live, "leader_b")[doc.id]["record"]["attachments"][0]["size"] == 16_000


def test_50_mb_attachment_resumes_instead_of_starting_over(live: LiveServer, device_factory, proxy: FaultProxy,
                                                           tmp_path: Path) -> None:
    size = 50 * 1024 * 1024
    big = tmp_path / "ho-so-luu-tru.pdf"
    with open(big, "wb") as handle:
        for _ in range(50):
            handle.write(os.urandom(1024 * 1024))
    sha = hashlib.sha256(big.read_bytes()).hexdigest()
    proxy.faults = Faults(up_cut_after=(4_000_000, 9_000_000))
    sender: Device = device_factory("clerk_a", transport_config=through(proxy, read_timeout=20, attempts=4))
    sync_until_done(sender, tries=5)
    proxy.reset_counts()
    doc = DocumentRecord(kind="incoming", doc_type="Hồ sơ", summary="Hồ sơ số hóa 50 MB")
    sender.store.add_document(doc, [big])
    failed_runs = sync_until_done(sender, tries=10)
    assert proxy.cuts >= 4, "the upload should have been cut several times"
    # Every cut loses at most the chunk in flight (1 MiB on this server), never what the server acknowledged.
    assert proxy.bytes_up < size + (proxy.cuts + 2) * 1024 * 1024 + 1_000_000, (proxy.bytes_up, proxy.cuts)
    assert server_documents(live)[doc.id]["record"]["attachments"][0]["sha256"] == sha
    print(f"upload: {proxy.cuts} cuts, {proxy.bytes_up / size:.3f}x the file sent, {failed_runs} failed runs")

    proxy.faults = Faults(down_cut_after=(4_000_000, 9_000_000))
    proxy.reset_counts()
    receiver: Device = device_factory("leader_a", transport_config=through(proxy, read_timeout=20, attempts=4),
                                      policy=DownloadPolicy(auto_max_bytes=size))
    sync_until_done(receiver, tries=10)
    # No connection carries more than 9 MB here, so the 50 MB file can only have arrived by resuming. What the
    # proxy forwarded past each cut includes bytes the client's kernel drops on the reset, hence the margin.
    assert proxy.cuts >= 4
    assert proxy.bytes_down < size * 1.8, (proxy.bytes_down, proxy.cuts)
    with receiver.opened.vault.open_reader(sha) as pieces:
        digest = hashlib.sha256()
        for piece in pieces:
            digest.update(piece)
    assert digest.hexdigest() == sha
    print(f"download: {proxy.cuts} cuts, {proxy.bytes_down / size:.3f}x the file received")
