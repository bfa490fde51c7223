"""`commune-office update`: what a scheduled task sees, with the same refusals as the app."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from client.cli.main import main
from tests.updates.conftest import Channel
from tests.updates.test_channel import published
from tests.updates.test_policy import machine


@pytest.fixture
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "dữ liệu"))  # where platformdirs puts the state on Linux
    return tmp_path / "dữ liệu"


def test_update_fetches_a_newer_version(channel: Channel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        user_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    published(channel, tmp_path, "99.0.0")  # above whatever this checkout's version is
    machine(tmp_path, monkeypatch, channel, "ask")
    assert main(["update", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer == {"policy": "ask", "staged": "99.0.0", "installing": False}
    assert (user_data / "CommuneOffice" / "updates" / "staged" / "commune-office-99.0.0.msi").is_file()


def test_update_names_a_refusal_by_its_code(channel: Channel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            user_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    published(channel, tmp_path, "99.0.0")
    old = tmp_path / "old"
    shutil.copytree(channel.repo / "metadata", old)
    published(channel, tmp_path, "99.0.1")
    machine(tmp_path, monkeypatch, channel, "ask")
    assert main(["update", "--json"]) == 0
    capsys.readouterr()
    shutil.rmtree(channel.repo / "metadata")
    shutil.copytree(old, channel.repo / "metadata")
    assert main(["update"]) == 1
    assert capsys.readouterr().err.startswith("error: [update_rolled_back] The update was refused")


def test_update_does_nothing_when_the_policy_is_off(channel: Channel, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch, user_data: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    published(channel, tmp_path, "99.0.0")
    machine(tmp_path, monkeypatch, channel, "off")
    assert main(["update"]) == 0
    assert capsys.readouterr().out == "Updates are off on this computer (update_policy).\n"
    assert not user_data.exists()
