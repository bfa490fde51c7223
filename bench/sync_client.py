"""One client sync in a process of its own, for bench/bench_sync.py: its peak resident memory is the client's alone
(no server, no benchmark seeding in this process). Reads its settings as JSON from argv, prints its figures as JSON.

    python -m bench.sync_client '{"home": ..., "url": ..., "proxy_url": ..., "first": true, "attachments": false}'
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import threading
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


class _ChildrenPeak:
    """The largest peak resident memory (Linux: VmHWM) of this process's child processes, read every 50 ms while
    they run; None where /proc is not there or no child ran."""

    def __init__(self) -> None:
        self.peak: float | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="children-peak", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._done.wait(0.05):
            for child in multiprocessing.active_children():
                try:
                    for line in Path(f"/proc/{child.pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            self.peak = max(self.peak or 0.0, int(line.split()[1]) / 1024)
                except (OSError, ValueError):
                    pass

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


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
    children = _ChildrenPeak()
    start = time.perf_counter()
    cpu = time.process_time()
    times = os.times()
    report = engine.run()
    seconds, own = time.perf_counter() - start, time.process_time() - cpu
    children.stop()
    # The search index's child process (client/cache/search_builder.py) is part of the client: its CPU (once
    # it has ended and been waited for; Windows counts none) and its peak memory, beside this process's.
    child_cpu = sum(os.times()[2:4]) - sum(times[2:4])
    out: dict[str, Any] = {"seconds": seconds, "cpu": own + child_cpu, "child_cpu": child_cpu,
                           "records": report.pull.snapshot_records + report.pull.changes,
                           "downloaded": report.downloaded_bytes, "round_trips": report.round_trips,
                           "rss_before": before, "rss_peak": peak_rss_mib(), "rss_after": current_rss_mib(),
                           "child_rss_peak": children.peak}
    engine.transport.close()
    opened.close()
    return out


if __name__ == "__main__":
    print(json.dumps(client_sync(**json.loads(sys.argv[1]))))
