"""The update channel served by the reference server: plain files at /updates/, Range honoured, MSI never gzipped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from server.app import create_app
from server.config import Settings
from server.updates_repo import init_repository, publish


@pytest.fixture
def channel_app(settings: Settings, tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    repo = tmp_path / "kênh"
    init_repository(repo, tmp_path / "keys")
    msi = tmp_path / "a.msi"
    msi.write_bytes(b"{" * 200_000)  # compresses well: a gzipped answer would show at once
    publish(repo, tmp_path / "keys", msi, "0.2.0")
    app = create_app(settings.model_copy(update={"updates_dir": repo}))
    with TestClient(app) as test_client:
        yield test_client, repo
    app.state.runtime.db.engine.dispose()


def test_metadata_and_the_msi_are_served(channel_app: tuple[TestClient, Path]) -> None:
    http, repo = channel_app
    root = http.get("/updates/metadata/root.json")
    assert root.status_code == 200 and root.content == (repo / "metadata" / "root.json").read_bytes()
    [stored] = (repo / "targets").iterdir()
    part = http.get(f"/updates/targets/{stored.name}", headers={"Range": "bytes=150000-", "Accept-Encoding": "gzip"})
    assert part.status_code == 206
    assert part.headers["Content-Range"] == "bytes 150000-199999/200000"
    assert "content-encoding" not in part.headers
    assert part.content == b"{" * 50_000
    whole = http.get(f"/updates/targets/{stored.name}", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in whole.headers and len(whole.content) == 200_000


def test_nothing_outside_the_channel_folder_is_served(channel_app: tuple[TestClient, Path]) -> None:
    http, repo = channel_app
    (repo.parent / "secret.txt").write_text("keys live elsewhere", encoding="utf-8")
    assert http.get("/updates/../secret.txt").status_code == 404
    assert http.get("/updates/%2e%2e/secret.txt").status_code == 404
    assert http.get("/updates/metadata/").status_code == 404  # no directory listing


def test_no_updates_route_without_the_setting(client: TestClient) -> None:
    assert client.get("/updates/metadata/root.json").status_code == 404
