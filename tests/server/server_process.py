"""The reference server as a real process on a free loopback port, for tests and benchmarks.

Apart from conftest.py so that a benchmark can start a server without importing pytest's fixtures and Starlette's
test client (whose import warns that it is deprecated with httpx).
"""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from server.config import Settings
from server.devcluster import free_port

ROOT = Path(__file__).resolve().parents[2]


def run_server_process(settings: Settings, tmp_path: Path, workers: int,
                       tls: tuple[Path, Path, Path] | None = None,
                       extra_env: dict[str, str] | None = None) -> Iterator[str]:
    """Start `commune-central serve` and wait until its health endpoint answers.

    `tls` is (certificate, key, CA certificate): the server then speaks HTTPS, checked against that CA.
    `extra_env` sets more COMMUNE_* settings of the server.
    """
    port = free_port()
    env = {**os.environ, "COMMUNE_DATABASE_URL": settings.database_url, "COMMUNE_DATA_DIR": str(settings.data_dir),
           "COMMUNE_SECRET_KEY": settings.secret_key, "COMMUNE_MAX_BODY_BYTES": str(settings.max_body_bytes),
           "COMMUNE_MAX_CHUNK_BYTES": str(settings.max_chunk_bytes), "COMMUNE_DB_POOL_SIZE": "4",
           "PYTHONPATH": str(ROOT), **(extra_env or {})}
    log = open(tmp_path / f"server-{port}.log", "wb")  # noqa: SIM115 - closed after the process ends
    process = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "serve", "--port", str(port), "--workers", str(workers),
         "--log-level", "warning", "--no-access-log",
         *(["--ssl-certfile", str(tls[0]), "--ssl-keyfile", str(tls[1])] if tls else [])],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"{'https' if tls else 'http'}://127.0.0.1:{port}"
    verify: ssl.SSLContext | bool = ssl.create_default_context(cafile=str(tls[2])) if tls else True
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{base}/v1/health", timeout=1, verify=verify).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"server did not start: {(tmp_path / f'server-{port}.log').read_text()}")
        time.sleep(0.1)
    try:
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
