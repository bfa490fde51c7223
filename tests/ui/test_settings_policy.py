"""The settings screen shows which values Group Policy locks: greyed out, with "Set by policy"."""

from __future__ import annotations

from pathlib import Path

from client import machine_config
from client.machine_config import KEYS
from client.ui.settings import AppSettings
from client.ui.settings_dialog import MACHINE_NAMES, SettingsDialog


def test_policy_values_are_greyed_out_and_say_set_by_policy(qtbot, tmp_path: Path) -> None:
    config = tmp_path / "config.ini"
    config.write_text("[settings]\nserver_url = https://old.example\nunit_code = XA-YTY\n"
                      "[policy]\nlocked = unit_code\n", encoding="utf-8")
    machine = machine_config.load(config, policies={"server_url": "https://vanban.laocai.example",
                                                    "sync_interval_minutes": "45", "allow_plain_http": "0"})
    settings = AppSettings(tmp_path / "settings.ini", machine=machine)
    settings.language = "en"
    settings.sync_interval_minutes = 5  # the user's own choice, which the policy overrides
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.machineRead, timeout=10_000).wait()

    fields, notes = dialog.machine_fields, dialog.notes
    assert fields["server_url"].text() == "https://vanban.laocai.example" and not fields["server_url"].isEnabled()
    assert notes["machine:server_url"].isVisibleTo(dialog) and notes["machine:server_url"].text() == "Set by policy"
    assert fields["allow_plain_http"].text() == "False" and not fields["allow_plain_http"].isEnabled()
    # Locked in config.ini, not by policy: the administrator's note, as before.
    assert notes["machine:unit_code"].text() == "Set by your administrator"
    assert notes["machine:unit_code"].isVisibleTo(dialog)
    # The user's own setting a policy fixes: greyed out at the policy's value, and saved as it was.
    assert not dialog.sync_interval.isEnabled() and dialog.sync_interval.value() == 45
    assert notes["sync_interval_minutes"].text() == "Set by policy"
    assert settings.sync_interval_minutes == 45
    assert dialog.language.isEnabled() and not notes["language"].isVisibleTo(dialog)


def test_every_machine_key_has_a_name_on_the_settings_screen() -> None:
    assert list(MACHINE_NAMES) == list(KEYS)
