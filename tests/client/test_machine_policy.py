"""Group Policy values: read from the registry as text, and winning over config.ini and the user's settings."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest

from client import machine_config, machine_policy
from client.machine_policy import REG_DWORD, REG_EXPAND_SZ, REG_SZ

REG_BINARY, REG_MULTI_SZ = 3, 7


def test_the_reader_takes_text_and_numbers_as_group_policy_writes_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROGRAMDATA", "C:\\ProgramData")
    found, problems = machine_policy.texts([
        ("Server_URL", "https://vanban.laocai.example", REG_SZ),  # the registry ignores case; so do we
        ("sync_interval_minutes", 30, REG_DWORD),
        ("allow_plain_http", 0, REG_DWORD),
        ("ca_cert", "$PROGRAMDATA/CommuneOffice/ca.pem" if sys.platform != "win32"
         else "%PROGRAMDATA%\\CommuneOffice\\ca.pem", REG_EXPAND_SZ),
        ("unit_code", b"XA-YTY", REG_BINARY),
        ("language", ["vi", "en"], REG_MULTI_SZ),
        ("idle_lock_minutes", "10", REG_DWORD),  # a type that does not match its data is not guessed at
    ])
    assert found == {"server_url": "https://vanban.laocai.example", "sync_interval_minutes": "30",
                     "allow_plain_http": "0", "ca_cert": found["ca_cert"]}
    assert found["ca_cert"].startswith("C:\\ProgramData")
    assert problems == [
        f"{machine_policy.WHERE}\\unit_code ignored: is a registry value of type 3, not text (REG_SZ) or a number "
        "(REG_DWORD).",
        f"{machine_policy.WHERE}\\language ignored: is a registry value of type 7, not text (REG_SZ) or a number "
        "(REG_DWORD).",
        f"{machine_policy.WHERE}\\idle_lock_minutes ignored: is a registry value of type 4, not text (REG_SZ) or a "
        "number (REG_DWORD).",
    ]


def test_a_policy_wins_over_config_ini_and_the_user_and_is_locked(tmp_path: Path) -> None:
    path = tmp_path / "config.ini"
    path.write_text("[settings]\nserver_url = https://old.example\nsync_interval_minutes = 15\n"
                    "idle_lock_minutes = 10\n[policy]\nlocked = idle_lock_minutes\n", encoding="utf-8")
    config = machine_config.load(path, policies={"server_url": "https://vanban.laocai.example/",
                                                 "sync_interval_minutes": "30", "allow_plain_http": "0"})
    assert config.problems == ()
    assert config.values == {"server_url": "https://vanban.laocai.example", "sync_interval_minutes": 30,
                             "idle_lock_minutes": 10, "allow_plain_http": False}
    assert config.resolve("server_url", "https://mine.example") == "https://vanban.laocai.example"
    assert config.resolve("sync_interval_minutes", 5) == 30  # not locked in config.ini: the policy locks it
    assert config.is_policy("sync_interval_minutes") and config.is_locked("sync_interval_minutes")
    assert config.is_locked("idle_lock_minutes") and not config.is_policy("idle_lock_minutes")


def test_a_bad_policy_value_is_reported_and_the_file_value_stays(tmp_path: Path) -> None:
    path = tmp_path / "config.ini"
    path.write_text("[settings]\nlanguage = vi\n", encoding="utf-8")
    config = machine_config.load(path, policies={"language": "fr", "colour": "red", "sync_interval_minutes": "0"})
    assert config.values == {"language": "vi"}
    assert config.policy == frozenset() and not config.is_locked("language")
    assert config.problems == (
        f"{machine_policy.WHERE}: language = 'fr' ignored: must be one of vi, en.",
        f"{machine_policy.WHERE}: unknown setting 'colour' ignored.",
        f"{machine_policy.WHERE}: sync_interval_minutes = '0' ignored: must be a positive whole number.",
    )


def test_policies_apply_on_a_pc_without_config_ini(tmp_path: Path) -> None:
    config = machine_config.load(tmp_path / "absent.ini", policies={"server_url": "https://vanban.laocai.example"})
    assert config.values == {"server_url": "https://vanban.laocai.example"}
    assert config.source is None and config.is_policy("server_url")


def test_outside_windows_there_is_no_registry_to_read() -> None:
    if sys.platform == "win32":
        pytest.skip("Windows has a registry: see the next test")
    assert machine_policy.read_registry() == ({}, [])


@pytest.mark.skipif(sys.platform != "win32", reason="the registry exists on Windows only")
def test_the_registry_reader_reads_a_real_key() -> None:
    import winreg

    path = rf"Software\CommuneOfficeTest\{uuid.uuid4().hex}"
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, path) as key:
        winreg.SetValueEx(key, "server_url", 0, winreg.REG_SZ, "https://vanban.laocai.example")
        winreg.SetValueEx(key, "sync_interval_minutes", 0, winreg.REG_DWORD, 30)
        winreg.SetValueEx(key, "unit_code", 0, winreg.REG_BINARY, b"XA")
    try:
        found, problems = machine_policy.read_registry(winreg.HKEY_CURRENT_USER, path)
    finally:
        winreg.DeleteKey(winreg.HKEY_CURRENT_USER, path)
    assert found == {"server_url": "https://vanban.laocai.example", "sync_interval_minutes": "30"}
    assert len(problems) == 1 and "unit_code" in problems[0]
