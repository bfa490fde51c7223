"""The machine configuration: admin values first, user values second, locked values always win."""

from __future__ import annotations

from pathlib import Path

import pytest

from client import machine_config


def _write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "config.ini"
    path.write_text(text, encoding=encoding)
    return path


def test_missing_file_is_an_empty_configuration(tmp_path: Path) -> None:
    config = machine_config.load(tmp_path / "absent.ini")
    assert config.values == {} and config.problems == ()
    assert config.resolve("server_url", None, "fallback") == "fallback"


def test_machine_value_is_the_default_and_a_user_value_overrides_it(tmp_path: Path) -> None:
    config = machine_config.load(_write(tmp_path, "[settings]\nsync_interval_minutes = 30\n"))
    assert config.resolve("sync_interval_minutes", None, 15) == 30
    assert config.resolve("sync_interval_minutes", 5, 15) == 5
    assert not config.is_locked("sync_interval_minutes")


def test_locked_machine_value_always_wins(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "[settings]\nserver_url = https://vanban.laocai.example/\nca_cert = C:\\ca.pem\n"
        "[policy]\nlocked = server_url, ca_cert\n",
    )
    config = machine_config.load(path)
    assert config.resolve("server_url", "https://evil.example", None) == "https://vanban.laocai.example"
    assert config.is_locked("server_url") and config.is_locked("ca_cert")


def test_bad_values_are_reported_and_ignored_not_fatal(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "[settings]\nserver_url = ftp://x\nsync_interval_minutes = -3\nsurprise = 1\n[policy]\nlocked = colour\n",
    )
    config = machine_config.load(path)
    assert config.values == {}
    text = "\n".join(config.problems)
    assert "server_url" in text and "sync_interval_minutes" in text and "surprise" in text and "colour" in text


def test_unreadable_file_gives_one_clear_problem(tmp_path: Path) -> None:
    config = machine_config.load(_write(tmp_path, "this is not an ini file"))
    assert config.values == {} and len(config.problems) == 1 and "cannot be read" in config.problems[0]


def test_a_byte_order_mark_from_notepad_is_accepted(tmp_path: Path) -> None:
    config = machine_config.load(_write(tmp_path, "[settings]\nunit_code = XA-YTY\n", encoding="utf-8-sig"))
    assert config.values == {"unit_code": "XA-YTY"}


def test_environment_names_another_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "[settings]\nunit_code = XA-01\n")
    monkeypatch.setenv(machine_config.ENV_OVERRIDE, str(path))
    assert machine_config.load().values == {"unit_code": "XA-01"}


def test_unknown_key_cannot_be_resolved() -> None:
    with pytest.raises(KeyError):
        machine_config.MachineConfig().resolve("colour", None)
