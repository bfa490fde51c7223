"""The admin's consent policy through the office door: the machine configuration decides what happens at start.

The installer runner here records the command instead of starting it: `msiexec` is a Windows program, the one
part this machine cannot run (the brief allows a double for it and nothing else).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from client import machine_config
from client.office import Updates
from tests.updates.conftest import Channel
from tests.updates.test_channel import published


class RecordingRunner:
    def __init__(self) -> None:
        self.started: list[list[str]] = []

    def start(self, args: list[str]) -> None:
        self.started.append(args)


def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, channel: Channel, policy: str | None) -> None:
    root = tmp_path / "ProgramData" / "update-root.json"
    root.parent.mkdir(parents=True, exist_ok=True)
    root.write_bytes((channel.repo / "metadata" / "1.root.json").read_bytes())
    lines = ["[settings]", f"update_url = {channel.url}", f"update_root = {root}"]
    if policy is not None:
        lines.append(f"update_policy = {policy}")
    config = root.parent / "config.ini"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv(machine_config.ENV_OVERRIDE, str(config))


@pytest.mark.parametrize(("policy", "asks"), [(None, True), ("ask", True), ("automatic", False)])
def test_a_staged_update_is_offered_at_the_next_start_as_the_policy_says(
        channel: Channel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, policy: str | None, asks: bool) -> None:
    published(channel, tmp_path, "0.2.0")
    machine(tmp_path, monkeypatch, channel, policy)
    runner = RecordingRunner()
    updates = Updates(tmp_path / "state", version="0.1.0", runner=runner)
    staged = updates.check_and_fetch()
    assert staged is not None and staged.version == "0.2.0"

    next_start = Updates(tmp_path / "state", version="0.1.0", runner=runner)
    ready = next_start.ready()
    assert ready is not None and ready.version == "0.2.0" and ready.ask is asks
    next_start.install(ready)
    [args] = runner.started
    assert args[:5] == ["msiexec", "/i", str(staged.path), "/qn", "/norestart"]
    assert args[5] == "/l*v" and args[6].endswith("install-0.2.0.log")

    after_install = Updates(tmp_path / "state", version="0.2.0", runner=runner)
    assert after_install.ready() is None  # the new version runs: nothing is installed twice


def test_policy_off_neither_checks_nor_installs(channel: Channel, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    published(channel, tmp_path, "0.2.0")
    machine(tmp_path, monkeypatch, channel, "ask")
    assert Updates(tmp_path / "state", version="0.1.0").check_and_fetch() is not None
    machine(tmp_path, monkeypatch, channel, "off")  # the admin switches updates off before the next start
    updates = Updates(tmp_path / "state", version="0.1.0", runner=RecordingRunner())
    assert updates.check_and_fetch() is None
    assert updates.ready() is None
    assert not (tmp_path / "state" / "staged").exists()


def test_an_unknown_policy_is_reported_and_the_default_asks(tmp_path: Path) -> None:
    config = tmp_path / "config.ini"
    config.write_text("[settings]\nupdate_policy = sometimes\n", encoding="utf-8")
    loaded = machine_config.load(config)
    assert "update_policy" not in loaded.values
    assert loaded.problems == (f"{config}: update_policy = 'sometimes' ignored: must be one of automatic, ask, "
                               "off.",)


def test_a_staged_file_changed_on_disk_is_not_installed(channel: Channel, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    published(channel, tmp_path, "0.2.0")
    machine(tmp_path, monkeypatch, channel, "automatic")
    staged = Updates(tmp_path / "state", version="0.1.0").check_and_fetch()
    assert staged is not None
    staged.path.write_bytes(b"MZ not the verified installer")
    runner = RecordingRunner()
    assert Updates(tmp_path / "state", version="0.1.0", runner=runner).ready() is None
    assert runner.started == []
