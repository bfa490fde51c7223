"""Update channel fixtures: a real TUF repository made by the publisher, served by a real server process."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from client.updates import ChannelConfig, UpdateChannel
from server.updates_repo import init_repository
from sync.engine import TransportConfig
from tests.server.server_process import run_server_process
from tests.sync.conftest import server_settings


@dataclass
class Channel:
    """The channel's folder as the server serves it, its keys, and its URL."""

    repo: Path
    keys: Path
    url: str

    def reset(self, keys: Path) -> None:
        """Empty the served folder for a new channel (the server keeps serving the same folder)."""
        for entry in self.repo.iterdir():
            shutil.rmtree(entry)
        self.keys = keys


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Channel]:
    folder = tmp_path_factory.mktemp("update-server")
    repo = folder / "kênh cập nhật"  # paths may hold Vietnamese letters
    repo.mkdir()
    settings = server_settings(folder)
    for url in run_server_process(settings, folder, workers=1, extra_env={"COMMUNE_UPDATES_DIR": str(repo)}):
        yield Channel(repo, folder / "keys", f"{url}/updates")


@pytest.fixture
def channel(served: Channel, tmp_path: Path) -> Channel:
    """A fresh channel (new keys, no update yet) behind the module's server."""
    served.reset(tmp_path / "khóa")
    init_repository(served.repo, served.keys)
    return served


def msi_bytes(size: int, seed: int) -> bytes:
    return (bytes([seed % 251]) + os.urandom(15)) * (size // 16)


def client(channel: Channel, state: Path, installed: str = "0.1.0", url: str | None = None,
           max_attempts: int = 6) -> UpdateChannel:
    """The PC's side, trusting the root.json the admin deployed with the MSI."""
    root = state.parent / "root.json"
    if not root.exists():
        state.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(channel.repo / "metadata" / "1.root.json", root)
    return UpdateChannel(ChannelConfig(url=url or channel.url, trusted_root=root, state_dir=state,
                                       installed_version=installed,
                                       transport=TransportConfig(base_url="", max_attempts=max_attempts,
                                                                 backoff_base=0.01)))
