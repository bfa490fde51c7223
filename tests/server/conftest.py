"""Server test fixtures: both backends (SQLite file, throwaway PostgreSQL cluster), an org, signed-in clients."""

from __future__ import annotations

import os
import shutil
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from server.app import create_app
from server.config import Settings
from server.db import migrate, open_database
from server.devcluster import MissingPostgres, ThrowawayCluster, free_port
from server.models import Base
from tests.server.org import DemoOrg, build_org

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A migrated PostgreSQL database for the session: DATABASE_URL if given, else a throwaway cluster."""
    given = os.environ.get("COMMUNE_TEST_DATABASE_URL") or os.environ.get("DATABASE_URL")
    cluster = None
    if given:
        url = given
    else:
        try:
            cluster = ThrowawayCluster(("fsync=off", "synchronous_commit=off", "full_page_writes=off"))
        except MissingPostgres as error:
            pytest.skip(f"{error}; set DATABASE_URL to run the postgres variant")
        url = cluster.create_database("commune_test")
    migrate(url)
    yield url
    if cluster:
        cluster.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (faster than migrating each time)."""
    path = tmp_path_factory.mktemp("sqlite") / "template.db"
    migrate(f"sqlite:///{path}")
    return path


def _truncate_all(url: str) -> None:
    db = open_database(url)
    names = ", ".join(table.name for table in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    db.engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty, migrated database of each backend."""
    if request.param == "postgres":
        url = request.getfixturevalue("postgres_url")
        _truncate_all(url)
        return url
    template = request.getfixturevalue("sqlite_template")
    target = tmp_path / "central.db"
    shutil.copy(template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    """Settings for one test: its own database and data folder, small limits so limits are testable."""
    return Settings(database_url=database_url, data_dir=tmp_path / "data", secret_key="test-secret-key",
                    max_body_bytes=256 * 1024, max_chunk_bytes=64 * 1024, max_upload_bytes=4 * 1024 * 1024,
                    login_max_failures=5, db_pool_size=5)


@pytest.fixture
def org(settings: Settings) -> DemoOrg:
    """A province with two communes and users of every role."""
    return build_org(settings)


@pytest.fixture
def client(settings: Settings, org: DemoOrg) -> Iterator[TestClient]:
    """The app in process."""
    app = create_app(settings)
    with TestClient(app) as test_client:
        yield test_client
    app.state.runtime.db.engine.dispose()


@pytest.fixture
def live_server(settings: Settings, org: DemoOrg, tmp_path: Path) -> Iterator[str]:
    """The server as a real process (uvicorn, two workers) on a free loopback port; yields its base URL."""
    yield from run_server_process(settings, tmp_path, workers=2)


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
