"""The admin's commands: `init-updates`, `publish-update`, `renew-updates` (server/cli.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from server.cli import main
from server.updates_repo import PASSPHRASE_ENV


def metadata(repo: Path, name: str) -> dict:
    return json.loads((repo / "metadata" / name).read_text(encoding="utf-8"))["signed"]


def test_init_publish_and_renew(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo, keys = tmp_path / "kênh", tmp_path / "khóa"
    assert main(["init-updates", "--repo", str(repo), "--keys", str(keys)]) == 0
    assert sorted(p.name for p in keys.iterdir()) == ["root.pem", "snapshot.pem", "targets.pem", "timestamp.pem"]
    msi = tmp_path / "Bản cài.msi"
    msi.write_bytes(b"MSI" * 1000)
    assert main(["publish-update", str(msi), "--version", "0.2.0", "--repo", str(repo), "--keys", str(keys)]) == 0
    targets = metadata(repo, "2.targets.json")["targets"]
    assert list(targets) == ["commune-office.msi"]
    assert targets["commune-office.msi"]["custom"] == {"version": "0.2.0"}
    sha256 = targets["commune-office.msi"]["hashes"]["sha256"]
    assert (repo / "targets" / f"{sha256}.commune-office.msi").read_bytes() == msi.read_bytes()
    assert metadata(repo, "timestamp.json")["meta"]["snapshot.json"]["version"] == 2
    assert main(["renew-updates", "--repo", str(repo), "--keys", str(keys)]) == 0
    assert metadata(repo, "timestamp.json")["version"] == 3
    assert "renew before then" in capsys.readouterr().out


def test_init_never_replaces_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo, keys = tmp_path / "repo", tmp_path / "keys"
    assert main(["init-updates", "--repo", str(repo), "--keys", str(keys)]) == 0
    root = (keys / "root.pem").read_bytes()
    assert main(["init-updates", "--repo", str(tmp_path / "other"), "--keys", str(keys)]) == 1
    assert "already holds keys (root, targets, snapshot, timestamp)" in capsys.readouterr().err
    assert (keys / "root.pem").read_bytes() == root


def test_publish_with_a_bad_version_or_without_the_targets_key_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo, keys = tmp_path / "repo", tmp_path / "keys"
    assert main(["init-updates", "--repo", str(repo), "--keys", str(keys)]) == 0
    msi = tmp_path / "a.msi"
    msi.write_bytes(b"x")
    before = sorted(p.name for p in (repo / "metadata").iterdir())
    assert main(["publish-update", str(msi), "--version", "0.2-beta", "--repo", str(repo), "--keys", str(keys)]) == 1
    assert "is not a version like 1.2.3" in capsys.readouterr().err
    (keys / "targets.pem").unlink()
    assert main(["publish-update", str(msi), "--version", "0.2.0", "--repo", str(repo), "--keys", str(keys)]) == 1
    assert "the targets key" in capsys.readouterr().err
    assert sorted(p.name for p in (repo / "metadata").iterdir()) == before
    assert list((repo / "targets").iterdir()) == []


def test_keys_encrypted_with_a_passphrase_need_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    repo, keys = tmp_path / "repo", tmp_path / "keys"
    monkeypatch.setenv(PASSPHRASE_ENV, "cụm mật khẩu dài")
    assert main(["init-updates", "--repo", str(repo), "--keys", str(keys)]) == 0
    assert b"ENCRYPTED" in (keys / "targets.pem").read_bytes()
    monkeypatch.delenv(PASSPHRASE_ENV)
    assert main(["renew-updates", "--repo", str(repo), "--keys", str(keys)]) == 1
    assert PASSPHRASE_ENV in capsys.readouterr().err
