"""Server test fixtures: both backends (SQLite file, throwaway PostgreSQL cluster), an org, signed-in clients."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from server.app import create_app
from server.config import Settings
from server.db import migrate, open_database
from server.devcluster import MissingPostgres, ThrowawayCluster
from server.models import Base
from tests.server.org import DemoOrg, build_org
from tests.server.server_process import run_server_process


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
