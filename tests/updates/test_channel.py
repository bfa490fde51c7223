"""The update channel end to end: real TUF metadata made by the publisher, served by the real server on loopback.

Each refusal (tampered, rolled back, expired, mix-and-match) is an attack python-tuf detects; these tests pin that
each reaches the PC as its own error code, and that nothing is staged when it does.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from client.updates import (
    UpdateExpiredError,
    UpdateMixAndMatchError,
    UpdateRolledBackError,
    UpdateTamperedError,
    pending,
)
from server.updates_repo import UpdateRepoError, init_repository, publish, renew
from sync.engine.errors import SyncCancelledError
from tests.sync.faultproxy import FaultProxy, Faults
from tests.updates.conftest import Channel, client, msi_bytes


def published(channel: Channel, tmp_path: Path, version: str, size: int = 300_000) -> bytes:
    data = msi_bytes(size, seed=len(version) + int(version.replace(".", "")))
    msi = tmp_path / f"CommuneOffice-{version}.msi"
    msi.write_bytes(data)
    publish(channel.repo, channel.keys, msi, version)
    return data


def test_a_good_update_is_verified_and_staged(channel: Channel, tmp_path: Path) -> None:
    data = published(channel, tmp_path, "0.2.0")
    pc = client(channel, tmp_path / "pc" / "state")
    offer = pc.check()
    assert offer is not None and offer.version == "0.2.0" and offer.length == len(data)
    staged = pc.download(offer)
    assert staged.version == "0.2.0"
    assert staged.path.read_bytes() == data
    assert pending(tmp_path / "pc" / "state", "0.1.0") == staged
    assert pending(tmp_path / "pc" / "state", "0.2.0") is None  # installed meanwhile: cleared, not re-installed


def test_nothing_is_offered_at_or_below_the_installed_version(channel: Channel, tmp_path: Path) -> None:
    published(channel, tmp_path, "0.2.0")
    assert client(channel, tmp_path / "pc" / "state", installed="0.2.0").check() is None


def test_the_publisher_refuses_a_version_not_above_the_last(channel: Channel, tmp_path: Path) -> None:
    published(channel, tmp_path, "0.2.0")
    before = sorted(p.name for p in (channel.repo / "metadata").iterdir())
    with pytest.raises(UpdateRepoError, match=r"not above the published 0\.2\.0"):
        published(channel, tmp_path, "0.1.9")
    assert sorted(p.name for p in (channel.repo / "metadata").iterdir()) == before


def test_a_tampered_msi_is_refused_and_nothing_is_staged(channel: Channel, tmp_path: Path) -> None:
    data = published(channel, tmp_path, "0.2.0")
    [stored] = (channel.repo / "targets").iterdir()
    stored.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))  # same length, one bit flipped
    pc = client(channel, tmp_path / "pc" / "state")
    offer = pc.check()
    assert offer is not None
    with pytest.raises(UpdateTamperedError) as caught:
        pc.download(offer)
    assert caught.value.code == "update_tampered"
    assert pending(tmp_path / "pc" / "state", "0.1.0") is None
    assert not list((tmp_path / "pc" / "state" / "downloads").iterdir())  # bad bytes are not resumed from


def test_tampered_metadata_is_refused(channel: Channel, tmp_path: Path) -> None:
    published(channel, tmp_path, "0.2.0")
    targets = channel.repo / "metadata" / "2.targets.json"
    targets.write_text(targets.read_text(encoding="utf-8").replace('"0.2.0"', '"9.9.9"'), encoding="utf-8")
    with pytest.raises(UpdateTamperedError, match="signed by 0/1 keys"):
        client(channel, tmp_path / "pc" / "state").check()


def test_a_rolled_back_channel_is_refused(channel: Channel, tmp_path: Path) -> None:
    published(channel, tmp_path, "0.2.0")
    old_state = tmp_path / "old-metadata"
    shutil.copytree(channel.repo / "metadata", old_state)
    published(channel, tmp_path, "0.3.0")
    state = tmp_path / "pc" / "state"
    assert (offer := client(channel, state).check()) is not None and offer.version == "0.3.0"
    # An attacker (or a stale mirror) serves the older, validly signed state to hold the PC on 0.2.0.
    shutil.rmtree(channel.repo / "metadata")
    shutil.copytree(old_state, channel.repo / "metadata")
    with pytest.raises(UpdateRolledBackError) as caught:
        client(channel, state).check()
    assert caught.value.code == "update_rolled_back"


def test_expired_metadata_is_refused(served: Channel, tmp_path: Path) -> None:
    served.reset(tmp_path / "keys")
    init_repository(served.repo, served.keys, now=datetime.now(UTC) - timedelta(days=8))  # timestamp lasts 7
    with pytest.raises(UpdateExpiredError, match=r"timestamp\.json is expired") as caught:
        client(served, tmp_path / "pc" / "state").check()
    assert caught.value.code == "update_expired"
    renew(served.repo, served.keys)  # the admin's weekly task re-signs it: the same PC accepts it again
    assert client(served, tmp_path / "pc" / "state").check() is None


def test_a_mix_of_two_states_is_refused(channel: Channel, tmp_path: Path) -> None:
    published(channel, tmp_path, "0.2.0")
    published(channel, tmp_path, "0.3.0")
    # Each file is validly signed, but the snapshot names targets v3 and the channel serves v2 under its name.
    metadata = channel.repo / "metadata"
    shutil.copyfile(metadata / "2.targets.json", metadata / "3.targets.json")
    with pytest.raises(UpdateMixAndMatchError, match="Expected targets v3, got v2") as caught:
        client(channel, tmp_path / "pc" / "state").check()
    assert caught.value.code == "update_mix_and_match"


def test_a_download_cut_midway_resumes_where_it_stopped(channel: Channel, tmp_path: Path) -> None:
    size = 1_600_000  # the transport reads 256 KiB pieces: a cut loses the piece in flight, not what was held
    data = published(channel, tmp_path, "0.2.0", size=size)
    state = tmp_path / "pc" / "state"
    offer = client(channel, state).check()
    assert offer is not None
    parts = urlsplit(channel.url)
    proxy = FaultProxy(parts.port or 0, Faults(down_cut_after=(600_000, 600_000)))  # every connection is cut
    try:
        pc = client(channel, state, url=proxy.url + parts.path, max_attempts=2)
        staged = pc.download(offer)
        pc.close()
    finally:
        proxy.close()
    assert proxy.cuts >= 2
    assert staged.path.read_bytes() == data
    assert proxy.bytes_down < 2 * size  # started over at each cut, it would have moved far more


def test_a_download_stopped_by_closing_the_app_resumes_at_the_next_run(channel: Channel, tmp_path: Path) -> None:
    size = 1_600_000
    data = published(channel, tmp_path, "0.2.0", size=size)
    state = tmp_path / "pc" / "state"
    first = client(channel, state)
    offer = first.check()
    assert offer is not None

    def close_app_after_first_piece(held: int, _total: int) -> None:
        first.cancel.cancel()

    with pytest.raises(SyncCancelledError):
        first.download(offer, close_app_after_first_piece)
    first.close()
    held = (state / "downloads" / f"{offer.sha256}.part").stat().st_size
    assert 0 < held < size
    parts = urlsplit(channel.url)
    proxy = FaultProxy(parts.port or 0)  # a faultless proxy, to count the bytes of the second run
    try:
        second = client(channel, state, url=proxy.url + parts.path)
        staged = second.download(offer)
        second.close()
    finally:
        proxy.close()
    assert staged.path.read_bytes() == data
    assert proxy.bytes_down < size - held + 10_000  # only the rest (and its headers) crossed the link
