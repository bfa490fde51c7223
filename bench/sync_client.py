"""One client sync in a process of its own, for bench/bench_sync.py: its peak resident memory is the client's alone
(no server, no benchmark seeding in this process). Reads its settings as JSON from argv, prints its figures as JSON.

    python -m bench.sync_client '{"home": ..., "url": ..., "proxy_url": ..., "first": true, "attachments": false}'
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from client.cache.profile import Profiles
from client.office.online import sign_in_online
from client.office.session import OfficeSession
from sync.engine import DownloadPolicy, Transport, TransportConfig

PASSWORD = "mat-khau-bench-1"


def peak_rss_mib() -> float | None:
    """This process's peak resident memory (Linux: VmHWM), or None where /proc is not there."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def current_rss_mib() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def client_sync(home: str, url: str, proxy_url: str, first: bool, attachments: bool) -> dict[str, Any]:
    """Sign in (the first time) or open the profile, then one sync through the proxy: metadata only, or with
    `attachments` every file's bytes too. Only the run itself is timed."""
    profiles = Profiles(Path(home))
    opened = (sign_in_online(profiles, url, "vanthu_bench", PASSWORD) if first
              else profiles.open("vanthu_bench", PASSWORD))
    session = OfficeSession(opened, profiles.keyring)
    engine = session.engine
    engine.policy = DownloadPolicy(auto_max_bytes=(1 << 40) if attachments else 0)
    session.transport.close()
    engine.transport = Transport(TransportConfig(base_url=proxy_url, read_timeout=600), engine.replica)
    before = current_rss_mib()
    start = time.perf_counter()
    cpu = time.process_time()
    report = engine.run()
    out: dict[str, Any] = {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
                           "records": report.pull.snapshot_records + report.pull.changes,
                           "downloaded": report.downloaded_bytes, "round_trips": report.round_trips,
                           "rss_before": before, "rss_peak": peak_rss_mib(), "rss_after": current_rss_mib()}
    engine.transport.close()
    opened.close()
    return out


if __name__ == "__main__":
    print(json.dumps(client_sync(**json.loads(sys.argv[1]))))
