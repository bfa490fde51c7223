"""Server test fixtures: both backends (SQLite file, throwaway PostgreSQL cluster), an org, signed-in clients."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
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
from server.models import Base
from tests.server.org import DemoOrg, build_org

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


class _Cluster:
    """A throwaway PostgreSQL cluster in a temp folder, run as an unprivileged user when we are root."""

    def __init__(self) -> None:
        initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
        if not initdb or not pg_ctl:
            pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found; set DATABASE_URL to run the postgres variant")
        self.pg_ctl = pg_ctl
        self.dir = Path(tempfile.mkdtemp(prefix="commune-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            # initdb refuses to run as root: hand the folder to the postgres user and run as them.
            import pwd

            user = pwd.getpwnam("postgres")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]
        subprocess.run([*self.prefix, initdb, "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                        "--no-sync"], check=True, capture_output=True)
        options = f"-p {self.port} -k {self.dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off " \
                  "-c full_page_writes=off -c max_connections=200"
        subprocess.run([*self.prefix, pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.dir / "log"),
                        "-w", "start"], check=True, capture_output=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.dir}&port={self.port}"

    def stop(self) -> None:
        subprocess.run([*self.prefix, self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A migrated PostgreSQL database for the session: DATABASE_URL if given, else a throwaway cluster."""
    given = os.environ.get("COMMUNE_TEST_DATABASE_URL") or os.environ.get("DATABASE_URL")
    cluster = None
    if given:
        url = given
    else:
        cluster = _Cluster()
        admin = open_database(cluster.url())
        with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("CREATE DATABASE commune_test"))
        admin.engine.dispose()
        url = cluster.url("commune_test")
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


def run_server_process(settings: Settings, tmp_path: Path, workers: int) -> Iterator[str]:
    """Start `commune-central serve` and wait until its health endpoint answers."""
    port = free_port()
    env = {**os.environ, "COMMUNE_DATABASE_URL": settings.database_url, "COMMUNE_DATA_DIR": str(settings.data_dir),
           "COMMUNE_SECRET_KEY": settings.secret_key, "COMMUNE_MAX_BODY_BYTES": str(settings.max_body_bytes),
           "COMMUNE_MAX_CHUNK_BYTES": str(settings.max_chunk_bytes), "COMMUNE_DB_POOL_SIZE": "4",
           "PYTHONPATH": str(ROOT)}
    log = open(tmp_path / f"server-{port}.log", "wb")  # noqa: SIM115 - closed after the process ends
    process = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "serve", "--port", str(port), "--workers", str(workers),
         "--log-level", "warning", "--no-access-log"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{base}/v1/health", timeout=1).status_code == 200:
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
