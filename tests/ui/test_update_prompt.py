"""The update channel on screen: a staged update is offered at start as the policy says, and a background check
tells the user when a newer version is ready or why one was refused.

The installer runner records the command instead of starting it: `msiexec` is a Windows program, the one part
this machine cannot run.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QMessageBox

from client.office import Office, Updates
from client.ui.app import AppController
from client.ui.i18n import Translations
from client.ui.settings import AppSettings
from tests.sync.faultproxy import FaultProxy, Faults
from tests.updates.conftest import Channel, channel, served  # noqa: F401 - fixtures
from tests.updates.test_channel import published
from tests.updates.test_policy import RecordingRunner, machine


def staged_update(channel: Channel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, policy: str) -> Path:  # noqa: F811
    published(channel, tmp_path, "0.2.0")
    machine(tmp_path, monkeypatch, channel, policy)
    assert Updates(tmp_path / "state", version="0.1.0").check_and_fetch() is not None
    return tmp_path / "state"


def test_the_user_is_asked_and_install_now_starts_the_installer(
        qtbot, office: Office, settings: AppSettings, channel: Channel,  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = staged_update(channel, tmp_path, monkeypatch, "ask")
    runner = RecordingRunner()
    controller = AppController(office, settings, sync=False,
                               updates=Updates(state, version="0.1.0", runner=runner))
    went_on: list[bool] = []
    assert controller.update_prompt is not None
    with qtbot.waitSignal(controller.update_prompt.questionShown) as shown:
        controller.begin(lambda: went_on.append(True))
    box: QMessageBox = shown.args[0]
    assert "Version 0.2.0 of Commune Office is ready to install" in box.text()
    [install] = [b for b in box.buttons() if b.text() == "Install now"]
    with qtbot.waitSignal(controller.update_prompt.installing) as installing:
        install.click()
    assert installing.args == ["0.2.0"]
    assert runner.started[0][:4] == ["msiexec", "/i", str(state / "staged" / "commune-office-0.2.0.msi"), "/qn"]
    assert went_on == []  # the app closes for the installer instead of opening


def test_later_starts_the_app_as_usual_and_installs_nothing(
        qtbot, office: Office, settings: AppSettings, channel: Channel,  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = staged_update(channel, tmp_path, monkeypatch, "ask")
    runner = RecordingRunner()
    controller = AppController(office, settings, sync=False,
                               updates=Updates(state, version="0.1.0", runner=runner))
    went_on: list[bool] = []
    assert controller.update_prompt is not None
    with qtbot.waitSignal(controller.update_prompt.questionShown) as shown:
        controller.begin(lambda: went_on.append(True))
    box: QMessageBox = shown.args[0]
    [later] = [b for b in box.buttons() if b.text() == "Later"]
    later.click()
    qtbot.waitUntil(lambda: went_on == [True])
    assert runner.started == []


def test_automatic_installs_without_asking(
        qtbot, office: Office, settings: AppSettings, channel: Channel,  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = staged_update(channel, tmp_path, monkeypatch, "automatic")
    runner = RecordingRunner()
    controller = AppController(office, settings, sync=False,
                               updates=Updates(state, version="0.1.0", runner=runner))
    assert controller.update_prompt is not None
    controller.update_prompt.questionShown.connect(lambda _box: pytest.fail("automatic must not ask"))
    with qtbot.waitSignal(controller.update_prompt.installing):
        controller.begin(lambda: pytest.fail("the app must close for the installer"))
    assert len(runner.started) == 1


def test_a_background_check_says_an_update_is_ready(
        qtbot, office: Office, settings: AppSettings, channel: Channel,  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    published(channel, tmp_path, "0.2.0")
    machine(tmp_path, monkeypatch, channel, "ask")
    controller = AppController(office, settings, sync=False, updates=Updates(tmp_path / "state", version="0.1.0"))
    assert controller.update_prompt is not None
    with qtbot.waitSignal(controller.update_prompt.ready) as ready:
        controller.update_prompt.check()
    assert ready.args == ["0.2.0"]
    assert ("An update is ready", "Version 0.2.0 will be installed the next time Commune Office starts.") \
        in controller.tray.messages


def test_a_refused_update_is_told_in_vietnamese(
        qtbot, office: Office, settings: AppSettings, channel: Channel,  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    published(channel, tmp_path, "0.2.0")
    published(channel, tmp_path, "0.3.0")
    metadata = channel.repo / "metadata"
    (metadata / "3.targets.json").write_bytes((metadata / "2.targets.json").read_bytes())  # mix two states
    machine(tmp_path, monkeypatch, channel, "ask")
    controller = AppController(office, settings, sync=False, updates=Updates(tmp_path / "state", version="0.1.0"))
    translations = Translations()
    translations.install("vi")
    try:
        assert controller.update_prompt is not None
        with qtbot.waitSignal(controller.update_prompt.refused) as refused:
            controller.update_prompt.check()
    finally:
        translations.install("en")
    assert refused.args[0].startswith("Bản cập nhật bị từ chối")
    assert not (tmp_path / "state" / "staged").exists()


def test_closing_the_app_cuts_a_check_short_and_keeps_what_arrived(
        qtbot, office: Office, settings: AppSettings, channel: Channel,  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    published(channel, tmp_path, "0.2.0", size=1_600_000)
    parts = urlsplit(channel.url)
    proxy = FaultProxy(parts.port or 0, Faults(bytes_per_second=100_000))  # a slow rural link
    slow = Channel(channel.repo, channel.keys, proxy.url + parts.path)
    try:
        machine(tmp_path, monkeypatch, slow, "ask")
        controller = AppController(office, settings, sync=False,
                                   updates=Updates(tmp_path / "state", version="0.1.0"))
        prompt = controller.update_prompt
        assert prompt is not None
        prompt.refused.connect(lambda text: pytest.fail(f"no notice for a check cut by closing: {text}"))
        downloads = tmp_path / "state" / "downloads"
        prompt.check()
        qtbot.waitUntil(lambda: any(p.stat().st_size > 0 for p in downloads.glob("*.part")), timeout=20_000)
        controller.shutdown()  # waits for the job: it must end at once, not after the whole file
    finally:
        proxy.close()
    [part] = downloads.glob("*.part")
    assert 0 < part.stat().st_size < 1_600_000
    assert not (tmp_path / "state" / "staged").exists()
    assert controller.tray.messages == []
