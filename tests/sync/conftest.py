"""Sync fixtures: a real server process on a free loopback port, an organisation, and real encrypted profiles."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from client.cache.keys import KdfParams
from client.cache.profile import OpenProfile, Profiles
from client.cache.replica import CacheReplica
from client.office.online import sign_in_online
from server.config import Settings
from server.db import migrate
from sync.engine import DownloadPolicy, SyncEngine, SyncReport, Transport, TransportConfig
from tests.server.org import PASSWORD, Api, DemoOrg, build_org, sign_in
from tests.server.server_process import run_server_process


@dataclass
class LiveServer:
    url: str
    settings: Settings
    org: DemoOrg
    folder: Path
    _http: list[httpx.Client] = field(default_factory=list)

    def api(self, username: str, url: str | None = None) -> Api:
        """A server-side actor (another device of the unit), signed in over HTTP."""
        http = httpx.Client(base_url=url or self.url, timeout=30)
        self._http.append(http)
        return sign_in(http, username)

    @property
    def database(self) -> Path:
        return Path(self.settings.database_url.removeprefix("sqlite:///"))

    def close(self) -> None:
        for http in self._http:
            http.close()


def server_settings(folder: Path, **overrides: Any) -> Settings:
    """A SQLite-backed server with limits that let a 50 MB attachment through in 1 MiB chunks."""
    values: dict[str, Any] = {
        "database_url": f"sqlite:///{folder / 'central.db'}", "data_dir": folder / "data",
        "secret_key": "sync-test-secret", "max_body_bytes": 4 * 1024 * 1024, "max_chunk_bytes": 1024 * 1024,
        "max_upload_bytes": 128 * 1024 * 1024, "db_pool_size": 5,
    }
    values.update(overrides)
    return Settings(**values)


def start_server(folder: Path, **overrides: Any) -> Iterator[LiveServer]:
    """Build an org in a fresh database and run the real server process over it."""
    folder.mkdir(parents=True, exist_ok=True)
    settings = server_settings(folder, **overrides)
    migrate(settings.database_url)
    org = build_org(settings)
    for url in run_server_process(settings, folder, workers=1):
        live = LiveServer(url, settings, org, folder)
        try:
            yield live
        finally:
            live.close()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One server process per test module; tests keep to their own records."""
    yield from start_server(tmp_path_factory.mktemp("central"))


class Device:
    """A clerk's PC: a real encrypted profile signed in online, and the engine over it."""

    def __init__(self, home: Path, server_url: str, username: str, *, policy: DownloadPolicy | None = None,
                 transport_config: TransportConfig | None = None) -> None:
        self.home = home
        self.username = username
        self.server_url = server_url
        self.policy = policy
        self.transport_config = transport_config
        self.profiles = Profiles(home, kdf=KdfParams.fast_for_tests())
        self.opened: OpenProfile = sign_in_online(self.profiles, server_url, username, PASSWORD)
        self._attach()

    def _attach(self) -> None:
        self.replica = CacheReplica(self.opened, self.profiles.keyring)
        config = self.transport_config or TransportConfig(base_url=self.server_url, backoff_base=0.05,
                                                          backoff_cap=0.5, read_timeout=10)
        self.transport = Transport(config, self.replica)
        self.engine = SyncEngine(self.replica, self.transport, policy=self.policy)

    @property
    def store(self) -> Any:
        return self.opened.store

    def sync(self, **kwargs: Any) -> SyncReport:
        return self.engine.run(**kwargs)

    def close(self) -> None:
        self.transport.close()
        self.opened.close()

    def reopen(self) -> None:
        self.opened = self.profiles.open(self.username, PASSWORD)
        self._attach()


@pytest.fixture
def device_factory(tmp_path: Path, live: LiveServer) -> Iterator[Any]:
    """Make signed-in devices (each its own profile folder); all are closed at the end."""
    made: list[Device] = []

    def make(username: str, **kwargs: Any) -> Device:
        device = Device(tmp_path / f"home-{len(made)}", kwargs.pop("url", live.url), username, **kwargs)
        made.append(device)
        return device

    yield make
    for device in made:
        with contextlib.suppress(Exception):  # a wiped device has nothing left to close
            device.close()
